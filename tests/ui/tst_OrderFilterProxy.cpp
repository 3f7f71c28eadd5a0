#include "models/OrderFilterProxy.h"
#include "models/OrdersModel.h"
#include "support/TestValues.h"
#include "ui/OrderBookSamples.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace axion;
using namespace axion::test;
using StateFilter = OrderFilterProxy::StateFilter;

namespace {

// One order per state, with legs, sides and tickers spread so that each filter picks a known set.
QList<OrderRecord> historyInEveryState() {
    QList<OrderRecord> orders;
    const char* tickers[] = {"AAPL", "MSFT", "NVDA", "AMD", "GOOGL"};
    for (int i = 0; i < kOrderStateCount; ++i) {
        const auto state = static_cast<OrderState>(i);
        RecordSpec spec;
        spec.id = QStringLiteral("sig-%1-%2").arg(i).arg(toString(state));
        spec.ticker = QString::fromLatin1(tickers[i % 5]);
        spec.leg = static_cast<OrderLeg>(i % 5);
        spec.side = i % 2 ? OrderSide::Sell : OrderSide::Buy;
        spec.quantity = 100;
        spec.state = state;
        spec.createdMs = nyMs(10, i);
        // A cancelled order that had filled some shares first.
        spec.filled = state == OrderState::PartiallyFilled || state == OrderState::Cancelled ? 30
                      : state == OrderState::Filled                                          ? 100
                                                                                             : 0;
        spec.fillPrice = "187.42";
        orders.append(record(spec));
    }
    return orders;
}

QStringList shownStates(const OrderFilterProxy& proxy) {
    QStringList states;
    for (int r = 0; r < proxy.rowCount(); ++r) {
        states.append(toString(
            static_cast<OrderState>(proxy.index(r, 0).data(OrdersModel::StateRole).toInt())));
    }
    std::sort(states.begin(), states.end());
    return states;
}

QStringList sorted(QStringList list) {
    std::sort(list.begin(), list.end());
    return list;
}

} // namespace

class tst_OrderFilterProxy : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void stateFilter_data() {
        QTest::addColumn<int>("filter");
        QTest::addColumn<QStringList>("states");
        QTest::newRow("all") << int(StateFilter::All)
                             << sorted({QStringLiteral("new"), QStringLiteral("submitting"),
                                        QStringLiteral("accepted"),
                                        QStringLiteral("partially_filled"),
                                        QStringLiteral("filled"), QStringLiteral("cancel_pending"),
                                        QStringLiteral("cancelled"), QStringLiteral("rejected"),
                                        QStringLiteral("expired"), QStringLiteral("unknown")});
        QTest::newRow("working") << int(StateFilter::Working)
                                 << sorted({QStringLiteral("new"), QStringLiteral("submitting"),
                                            QStringLiteral("accepted"),
                                            QStringLiteral("partially_filled"),
                                            QStringLiteral("cancel_pending"),
                                            QStringLiteral("unknown")});
        QTest::newRow("filled") << int(StateFilter::Filled)
                                << QStringList{QStringLiteral("filled")};
        QTest::newRow("partial") << int(StateFilter::PartiallyFilled)
                                 << sorted({QStringLiteral("partially_filled"),
                                            QStringLiteral("cancelled")});
        QTest::newRow("cancelled")
            << int(StateFilter::Cancelled) << QStringList{QStringLiteral("cancelled")};
        QTest::newRow("expired") << int(StateFilter::Expired)
                                 << QStringList{QStringLiteral("expired")};
        QTest::newRow("rejected") << int(StateFilter::Rejected)
                                  << QStringList{QStringLiteral("rejected")};
        QTest::newRow("unknown") << int(StateFilter::Unknown)
                                 << QStringList{QStringLiteral("unknown")};
    }
    void stateFilter() {
        QFETCH(int, filter);
        QFETCH(QStringList, states);
        OrdersModel model(OrdersModel::historyColumns());
        OrderFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setOrders(historyInEveryState(), nyMs(11, 0));
        QCOMPARE(proxy.rowCount(), kOrderStateCount);
        proxy.setStateFilter(static_cast<StateFilter>(filter));
        QCOMPARE(shownStates(proxy), states);
        QCOMPARE(proxy.isFiltering(), filter != int(StateFilter::All));
        proxy.setStateFilter(StateFilter::All);
        QCOMPARE(proxy.rowCount(), kOrderStateCount);
    }

    void tickerFilterIsCaseInsensitiveSubstring() {
        OrdersModel model(OrdersModel::historyColumns());
        OrderFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setOrders(historyInEveryState(), 0);
        proxy.setTickerFilter(QStringLiteral(" aapl "));
        QCOMPARE(proxy.rowCount(), 2);
        for (int r = 0; r < proxy.rowCount(); ++r)
            QCOMPARE(proxy.index(r, 0).data(OrdersModel::TickerRole).toString(),
                     QStringLiteral("AAPL"));
        proxy.setTickerFilter(QStringLiteral("m")); // MSFT, AMD
        QCOMPARE(proxy.rowCount(), 4);
        proxy.setTickerFilter(QStringLiteral("ZZZ"));
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setTickerFilter(QString());
        QCOMPARE(proxy.rowCount(), kOrderStateCount);
        QVERIFY(!proxy.isFiltering());
    }

    void legAndSideFilters() {
        OrdersModel model(OrdersModel::historyColumns());
        OrderFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setOrders(historyInEveryState(), 0);
        proxy.setLegFilter(OrderLeg::Stop); // i = 2, 7
        QCOMPARE(proxy.rowCount(), 2);
        for (int r = 0; r < proxy.rowCount(); ++r)
            QCOMPARE(proxy.index(r, 0).data(OrdersModel::LegRole).toInt(), int(OrderLeg::Stop));
        proxy.setSideFilter(OrderSide::Sell); // only i = 7 is odd
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data(OrdersModel::StateRole).toInt(), int(OrderState::Rejected));
        proxy.setLegFilter(std::nullopt);
        QCOMPARE(proxy.rowCount(), 5);
        proxy.setStateFilter(StateFilter::Working); // sells among working: 1, 3, 5, 9
        QCOMPARE(proxy.rowCount(), 4);
        proxy.setSideFilter(std::nullopt);
        proxy.setStateFilter(StateFilter::All);
        QCOMPARE(proxy.rowCount(), kOrderStateCount);
    }

    // Snapshots keep coming while a filter is set: rows enter and leave the filtered view.
    void filterFollowsSnapshots() {
        OrdersModel model(OrdersModel::historyColumns());
        OrderFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setStateFilter(StateFilter::Filled);
        QList<OrderRecord> orders = historyInEveryState();
        model.setOrders(orders, 0);
        QCOMPARE(proxy.rowCount(), 1);
        orders[2].state = OrderState::Filled; // accepted -> filled
        orders[2].filled = 100;
        model.setOrders(orders, 1);
        QCOMPARE(proxy.rowCount(), 2);
        orders.removeAt(4); // the filled one leaves the capped history
        model.setOrders(orders, 2);
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data(OrdersModel::ClientOrderIdRole).toString(),
                 orders[2].order.clientOrderId);
    }

    // Sorting uses raw values: 5 < 40 < 100 shares, not "100" < "40" < "5".
    void sortsByRawValues() {
        OrdersModel model(OrdersModel::historyColumns());
        OrderFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<OrderRecord> orders;
        for (Quantity q : {40, 100, 5}) {
            RecordSpec spec;
            spec.id = QStringLiteral("sig-q%1-entry").arg(q);
            spec.quantity = q;
            spec.createdMs = nyMs(10, 0) + q;
            orders.append(record(spec));
        }
        model.setOrders(orders, 0);
        const int qty = model.columnOf(OrdersModel::Column::Quantity);
        proxy.sort(qty, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, qty).data().toString(), QStringLiteral("5"));
        QCOMPARE(proxy.index(1, qty).data().toString(), QStringLiteral("40"));
        QCOMPARE(proxy.index(2, qty).data().toString(), QStringLiteral("100"));
        proxy.sort(model.columnOf(OrdersModel::Column::Created), Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, qty).data().toString(), QStringLiteral("100"));
        // A new order sorts into place as it arrives.
        RecordSpec spec;
        spec.id = QStringLiteral("sig-new-entry");
        spec.quantity = 7;
        spec.createdMs = nyMs(12, 0);
        orders.append(record(spec));
        model.setOrders(orders, 1);
        QCOMPARE(proxy.index(0, qty).data().toString(), QStringLiteral("7"));
    }

    void labels() {
        QCOMPARE(OrderFilterProxy::stateFilterLabel(StateFilter::All),
                 QStringLiteral("All states"));
        QCOMPARE(OrderFilterProxy::stateFilterLabel(StateFilter::Rejected),
                 QStringLiteral("Rejected"));
    }
};

QTEST_MAIN(tst_OrderFilterProxy)
#include "tst_OrderFilterProxy.moc"
