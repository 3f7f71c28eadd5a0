#include "format/DisplayFormat.h"
#include "models/OrdersModel.h"
#include "support/TestValues.h"
#include "ui/OrderBookSamples.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QtTest>

using namespace axion;
using namespace axion::test;
using Column = OrdersModel::Column;

namespace {

OrderRecord entry(OrderState state = OrderState::Accepted, Quantity filled = 0) {
    RecordSpec spec;
    spec.id = QStringLiteral("sig-a-entry");
    spec.limit = "187.42";
    spec.state = state;
    spec.filled = filled;
    spec.fillPrice = "187.40";
    spec.createdMs = nyMs(14, 31, 5);
    spec.broker = QStringLiteral("alpaca");
    return record(spec);
}
OrderRecord stop() {
    RecordSpec spec;
    spec.id = QStringLiteral("sig-a-stop");
    spec.leg = OrderLeg::Stop;
    spec.side = OrderSide::Sell;
    spec.type = OrderType::Stop;
    spec.stop = "185.10";
    spec.createdMs = nyMs(14, 31, 6);
    spec.broker = QStringLiteral("alpaca");
    spec.tif = TimeInForce::Gtc;
    return record(spec);
}
OrderRecord target() {
    RecordSpec spec;
    spec.id = QStringLiteral("sig-a-target");
    spec.leg = OrderLeg::Target;
    spec.side = OrderSide::Sell;
    spec.limit = "191.90";
    spec.createdMs = nyMs(14, 31, 6);
    spec.broker = QStringLiteral("alpaca");
    spec.tif = TimeInForce::Gtc;
    return record(spec);
}
OrderRecord other(const QString& id, qint64 createdMs = nyMs(14, 40)) {
    RecordSpec spec;
    spec.id = id;
    spec.ticker = QStringLiteral("MSFT");
    spec.type = OrderType::Market;
    spec.quantity = 40;
    spec.createdMs = createdMs;
    return record(spec);
}

QStringList keys(const OrdersModel& model) {
    QStringList ids;
    for (int r = 0; r < model.rowCount(); ++r)
        ids.append(model.index(r, 0).data(OrdersModel::ClientOrderIdRole).toString());
    return ids;
}

QString text(const OrdersModel& model, int row, Column column) {
    return model.index(row, model.columnOf(column)).data().toString();
}

} // namespace

class tst_OrdersModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void columnSets() {
        OrdersModel working(OrdersModel::workingColumns());
        QCOMPARE(working.columnCount(), 14);
        QCOMPARE(working.headerData(0, Qt::Horizontal).toString(),
                 QStringLiteral("Client order id"));
        QVERIFY(working.columnOf(Column::Age) >= 0);
        QCOMPARE(working.columnOf(Column::Message), -1);
        OrdersModel history(OrdersModel::historyColumns());
        QVERIFY(history.columnOf(Column::Created) >= 0);
        QVERIFY(history.columnOf(Column::AvgFillPrice) >= 0);
        QCOMPARE(history.columnOf(Column::Age), -1);
    }

    void valuesPerColumn() {
        QList<Column> all;
        for (int c = 0; c <= static_cast<int>(Column::Message); ++c)
            all.append(static_cast<Column>(c));
        OrdersModel model(all);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        OrderRecord partial = entry(OrderState::PartiallyFilled, 40);
        partial.updatedMs = nyMs(14, 32, 10);
        partial.lastMessage = QStringLiteral("note");
        model.setOrders({partial, stop()}, nyMs(14, 33, 10));

        QCOMPARE(text(model, 0, Column::ClientOrderId), QStringLiteral("sig-a-entry"));
        QCOMPARE(text(model, 0, Column::Ticker), QStringLiteral("AAPL"));
        QCOMPARE(text(model, 0, Column::Leg), QStringLiteral("Entry"));
        QCOMPARE(text(model, 1, Column::Leg), QStringLiteral("Stop"));
        QCOMPARE(text(model, 0, Column::Side), QStringLiteral("Buy"));
        QCOMPARE(text(model, 1, Column::Side), QStringLiteral("Sell"));
        QCOMPARE(text(model, 0, Column::Type), QStringLiteral("Limit"));
        QCOMPARE(text(model, 1, Column::Type), QStringLiteral("Stop"));
        QCOMPARE(text(model, 0, Column::Quantity), QStringLiteral("100"));
        QCOMPARE(text(model, 0, Column::Filled), QStringLiteral("40"));
        QCOMPARE(text(model, 0, Column::Remaining), QStringLiteral("60"));
        QCOMPARE(text(model, 0, Column::AvgFillPrice), QStringLiteral("187.40"));
        QCOMPARE(text(model, 1, Column::AvgFillPrice), QStringLiteral("\u2014"));
        QCOMPARE(text(model, 0, Column::LimitPrice), QStringLiteral("187.42"));
        QCOMPARE(text(model, 0, Column::StopPrice), QStringLiteral("\u2014"));
        QCOMPARE(text(model, 1, Column::LimitPrice), QStringLiteral("\u2014"));
        QCOMPARE(text(model, 1, Column::StopPrice), QStringLiteral("185.10"));
        QCOMPARE(text(model, 0, Column::TimeInForce), QStringLiteral("DAY"));
        QCOMPARE(text(model, 1, Column::TimeInForce), QStringLiteral("GTC"));
        QCOMPARE(text(model, 0, Column::State), QStringLiteral("Partially filled"));
        QCOMPARE(text(model, 1, Column::State), QStringLiteral("Working"));
        QCOMPARE(text(model, 0, Column::Broker), QStringLiteral("Alpaca"));
        QCOMPARE(text(model, 0, Column::Age), QStringLiteral("2m 05s"));
        QCOMPARE(text(model, 1, Column::Age), QStringLiteral("2m 04s"));
        QCOMPARE(text(model, 0, Column::Created), QStringLiteral("14:31:05"));
        QCOMPARE(text(model, 0, Column::Updated), QStringLiteral("14:32:10"));
        QCOMPARE(text(model, 0, Column::Message), QStringLiteral("note"));

        // Raw roles for filters and sorting, tint by state.
        const QModelIndex first = model.index(0, 0);
        QCOMPARE(first.data(OrdersModel::StateRole).toInt(),
                 static_cast<int>(OrderState::PartiallyFilled));
        QCOMPARE(first.data(OrdersModel::LegRole).toInt(), static_cast<int>(OrderLeg::Entry));
        QCOMPARE(first.data(OrdersModel::SideRole).toInt(), static_cast<int>(OrderSide::Buy));
        QCOMPARE(first.data(OrdersModel::TickerRole).toString(), QStringLiteral("AAPL"));
        QCOMPARE(first.data(OrdersModel::FilledRole).toLongLong(), 40);
        QCOMPARE(first.data(Qt::BackgroundRole).value<QColor>(),
                 display::orderStateColor(OrderState::PartiallyFilled));
        QCOMPARE(model.index(1, 3).data(Qt::BackgroundRole).value<QColor>(),
                 display::orderStateColor(OrderState::Accepted));
        QCOMPARE(model.index(0, model.columnOf(Column::Quantity))
                     .data(OrdersModel::SortRole)
                     .toLongLong(),
                 100);
        QCOMPARE(model.index(1, model.columnOf(Column::StopPrice))
                     .data(OrdersModel::SortRole)
                     .toLongLong(),
                 px("185.10").units());
        QVERIFY(
            model.index(0, model.columnOf(Column::Quantity)).data(Qt::TextAlignmentRole).toInt() &
            Qt::AlignRight);
        QVERIFY(model.index(0, model.columnOf(Column::ClientOrderId))
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("b-sig-a-entry")));
    }

    // A day in the life of a bracket, as the working list sees it.
    void snapshotSequenceUpdatesInPlace() {
        OrdersModel model(OrdersModel::workingColumns());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        qint64 now = nyMs(14, 31, 10);

        // 1. The bracket appears: one insert for the three rows.
        model.setOrders({entry(), stop(), target()}, now);
        QCOMPARE(keys(model),
                 (QStringList{QStringLiteral("sig-a-entry"), QStringLiteral("sig-a-stop"),
                              QStringLiteral("sig-a-target")}));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(inserted.at(0).at(2).toInt(), 2);

        // 2. Same snapshot, same clock: nothing at all is signalled.
        changed.clear();
        inserted.clear();
        model.setOrders({entry(), stop(), target()}, now);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(inserted.count(), 0);

        // 3. The clock moves: only the age column changes.
        now += 5'000;
        model.setOrders({entry(), stop(), target()}, now);
        QCOMPARE(changed.count(), 1);
        const int ageColumn = model.columnOf(Column::Age);
        QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(0, ageColumn));
        QCOMPARE(changed.at(0).at(1).toModelIndex(), model.index(2, ageColumn));
        QCOMPARE(text(model, 0, Column::Age), QStringLiteral("10s"));

        // 4. The entry fills partially: exactly that row changes.
        changed.clear();
        QPersistentModelIndex stopIndex = model.index(1, 0);
        model.setOrders({entry(OrderState::PartiallyFilled, 40), stop(), target()}, now);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(0, 0));
        QCOMPARE(changed.at(0).at(1).toModelIndex(), model.index(0, model.columnCount() - 1));
        QCOMPARE(text(model, 0, Column::State), QStringLiteral("Partially filled"));
        QCOMPARE(text(model, 0, Column::Filled), QStringLiteral("40"));
        QCOMPARE(text(model, 0, Column::Remaining), QStringLiteral("60"));

        // 5. The entry fills and leaves the working list; a new order joins at the end.
        changed.clear();
        model.setOrders({stop(), target(), other(QStringLiteral("sig-b-entry"))}, now);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(1).toInt(), 0);
        QCOMPARE(removed.at(0).at(2).toInt(), 0);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 2);
        QCOMPARE(changed.count(), 0);
        QVERIFY(stopIndex.isValid());
        QCOMPARE(stopIndex.row(), 0);
        QCOMPARE(stopIndex.data(OrdersModel::ClientOrderIdRole).toString(),
                 QStringLiteral("sig-a-stop"));

        // 6. A cancel is requested for the target: state changes in place.
        OrderRecord pending = target();
        pending.state = OrderState::CancelPending;
        model.setOrders({stop(), pending, other(QStringLiteral("sig-b-entry"))}, now);
        QCOMPARE(text(model, 1, Column::State), QStringLiteral("Cancel pending"));
        QCOMPARE(changed.count(), 1);

        // 7. Order changes position (the engine reordered): a move, not a remove + insert.
        removed.clear();
        inserted.clear();
        model.setOrders({other(QStringLiteral("sig-b-entry")), stop(), pending}, now);
        QCOMPARE(moved.count(), 1);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(keys(model),
                 (QStringList{QStringLiteral("sig-b-entry"), QStringLiteral("sig-a-stop"),
                              QStringLiteral("sig-a-target")}));
        QCOMPARE(stopIndex.row(), 1);

        // 8. Everything leaves.
        model.setOrders({}, now);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!stopIndex.isValid());
        QCOMPARE(reset.count(), 0);
    }

    void selectionSurvivesUpdates() {
        OrdersModel model(OrdersModel::workingColumns());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QItemSelectionModel selection(&model);
        qint64 now = nyMs(14, 31, 10);
        model.setOrders({entry(), stop(), target()}, now);
        selection.select(model.index(1, 0),
                         QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        for (int i = 0; i < 20; ++i) {
            now += 33;
            QList<OrderRecord> orders;
            if (i % 2 == 0)
                orders.append(other(QStringLiteral("sig-x%1-entry").arg(i)));
            orders += {entry(OrderState::PartiallyFilled, i + 1), stop(), target()};
            model.setOrders(orders, now);
            const QModelIndexList rows = selection.selectedRows();
            QCOMPARE(rows.size(), 1);
            QCOMPARE(rows.at(0).data(OrdersModel::ClientOrderIdRole).toString(),
                     QStringLiteral("sig-a-stop"));
        }
    }

    void duplicateIdsInInputShowOnce() {
        OrdersModel model(OrdersModel::historyColumns());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setOrders({entry(), stop(), entry(OrderState::Filled, 100)}, 0);
        QCOMPARE(keys(model),
                 (QStringList{QStringLiteral("sig-a-entry"), QStringLiteral("sig-a-stop")}));
        QCOMPARE(text(model, 0, Column::State), QStringLiteral("Working"));
    }

    // Random snapshot sequences: after every one the rows must be exactly the input, in order,
    // with the model tester watching every signal.
    void randomSequencesMatchInput() {
        OrdersModel model(OrdersModel::historyColumns());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QRandomGenerator rng(20261124);
        QList<OrderRecord> pool;
        for (int i = 0; i < 40; ++i) {
            OrderRecord r = other(QStringLiteral("sig-%1-entry").arg(i), nyMs(10, i));
            r.order.quantity = 10 + i;
            pool.append(r);
        }
        for (int step = 0; step < 300; ++step) {
            QList<OrderRecord> next;
            for (const OrderRecord& r : std::as_const(pool)) {
                if (rng.bounded(3) != 0) {
                    OrderRecord copy = r;
                    copy.state = static_cast<OrderState>(rng.bounded(kOrderStateCount));
                    copy.filled = rng.bounded(static_cast<int>(r.order.quantity) + 1);
                    next.append(copy);
                }
            }
            if (step % 7 == 0 && next.size() > 2)
                std::swap(next[0], next[next.size() - 1]);
            model.setOrders(next, step);
            QCOMPARE(model.rowCount(), next.size());
            for (int row = 0; row < next.size(); ++row) {
                QCOMPARE(model.rowAt(row)->order.clientOrderId, next.at(row).order.clientOrderId);
                COMPARE_NAMED(model.rowAt(row)->state, next.at(row).state);
                QCOMPARE(model.rowAt(row)->filled, next.at(row).filled);
            }
        }
        QCOMPARE(reset.count(), 0);
    }
};

QTEST_MAIN(tst_OrdersModel)
#include "tst_OrdersModel.moc"
