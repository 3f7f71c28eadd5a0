#include "format/DisplayFormat.h"
#include "models/OrdersModel.h"
#include "support/TestValues.h"
#include "tabs/OrderBookTab.h"
#include "ui/OrderBookSamples.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QtTest>
#include <memory>

using namespace axion;
using namespace axion::test;

namespace {

OrderRecord working(const QString& id, const QString& ticker, OrderLeg leg, qint64 createdMs) {
    RecordSpec spec;
    spec.id = id;
    spec.ticker = ticker;
    spec.leg = leg;
    spec.createdMs = createdMs;
    if (leg == OrderLeg::Stop) {
        spec.type = OrderType::Stop;
        spec.stop = "185.10";
        spec.side = OrderSide::Sell;
    } else if (leg == OrderLeg::Target) {
        spec.limit = "191.90";
        spec.side = OrderSide::Sell;
    }
    return record(spec);
}

Position longPosition(const QString& ticker) {
    Position p;
    p.ticker = ticker;
    p.shares = 100;
    p.averageEntry = px("187.42");
    p.lastPrice = px("188.00");
    return p;
}

// A bracket for AAPL (position open), a pending entry for MSFT (no position).
EngineSnapshot bracketSnapshot() {
    EngineSnapshot s;
    s.nowMs = nyMs(14, 40);
    s.positions = {longPosition(QStringLiteral("AAPL"))};
    s.workingOrders = {
        working(QStringLiteral("sig-a-stop"), QStringLiteral("AAPL"), OrderLeg::Stop, nyMs(14, 31)),
        working(QStringLiteral("sig-a-target"), QStringLiteral("AAPL"), OrderLeg::Target,
                nyMs(14, 31)),
        working(QStringLiteral("sig-m-entry"), QStringLiteral("MSFT"), OrderLeg::Entry,
                nyMs(14, 35))};
    s.orderHistory = s.workingOrders;
    return s;
}

QStringList emittedIds(const QSignalSpy& spy) {
    QStringList ids;
    for (const auto& args : spy)
        ids.append(args.at(0).toString());
    return ids;
}

// Answers the next modal message box by clicking the button with `buttonName`; records its text.
class DialogAnswer : public QObject {
public:
    DialogAnswer(const QString& buttonName)
        : m_buttonName(buttonName) {
        m_timer.setInterval(10);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box)
                return;
            seen = true;
            text = box->text() + QLatin1Char('\n') + box->informativeText();
            if (auto* button = box->findChild<QPushButton*>(m_buttonName))
                button->click();
            else
                box->reject();
            m_timer.stop();
        });
        m_timer.start();
    }
    bool seen = false;
    QString text;

private:
    QString m_buttonName;
    QTimer m_timer;
};

struct Fixture {
    OrderBookTab tab;
    QTableView* workingView = nullptr;
    QTableView* historyView = nullptr;
    QTableView* fillsView = nullptr;
    QPushButton* cancel = nullptr;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;

    Fixture() {
        workingView = tab.findChild<QTableView*>(QStringLiteral("workingOrdersView"));
        historyView = tab.findChild<QTableView*>(QStringLiteral("orderHistoryView"));
        fillsView = tab.findChild<QTableView*>(QStringLiteral("recentFillsView"));
        cancel = tab.findChild<QPushButton*>(QStringLiteral("cancelOrdersButton"));
        for (QTableView* view : {workingView, historyView, fillsView}) {
            if (view) {
                testers.push_back(std::make_unique<QAbstractItemModelTester>(
                    view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest));
            }
        }
    }
    bool ok() const { return workingView && historyView && fillsView && cancel; }

    int rowOf(QTableView* view, const QString& id) const {
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            if (view->model()->index(r, 0).data(OrdersModel::ClientOrderIdRole).toString() == id)
                return r;
        }
        return -1;
    }
    void select(QTableView* view, const QStringList& ids) const {
        view->selectionModel()->clearSelection();
        for (const QString& id : ids) {
            view->selectionModel()->select(view->model()->index(rowOf(view, id), 0),
                                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }
    QStringList selectedIds(QTableView* view) const {
        QStringList ids;
        for (const QModelIndex& index : view->selectionModel()->selectedRows())
            ids.append(index.data(OrdersModel::ClientOrderIdRole).toString());
        std::sort(ids.begin(), ids.end());
        return ids;
    }
};

} // namespace

class tst_OrderBookTab : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void showsTheSnapshot() {
        Fixture f;
        QVERIFY(f.ok());
        const EngineSnapshot s = realisticSnapshot();
        QCOMPARE(s.workingOrders.size(), 10);
        QCOMPARE(s.orderHistory.size(), 80);
        QCOMPARE(s.recentFills.size(), 30);
        f.tab.setSnapshot(s);
        QCOMPARE(f.workingView->model()->rowCount(), 10);
        QCOMPARE(f.historyView->model()->rowCount(), 80);
        QCOMPARE(f.fillsView->model()->rowCount(), 30);

        auto* tabs = f.tab.findChild<QTabWidget*>(QStringLiteral("orderBookLowerTabs"));
        QVERIFY(tabs);
        QCOMPARE(tabs->tabText(0), QStringLiteral("Order history (80)"));
        QCOMPARE(tabs->tabText(1), QStringLiteral("Recent fills (30)"));
        auto* count = f.tab.findChild<QLabel*>(QStringLiteral("workingOrdersCount"));
        QVERIFY(count);
        QCOMPARE(count->text(), QStringLiteral("10"));

        // Working orders keep the engine's order (oldest first, brackets together).
        for (int r = 0; r < 10; ++r) {
            QCOMPARE(f.workingView->model()->index(r, 0).data().toString(),
                     s.workingOrders.at(r).order.clientOrderId);
        }
        // History newest first, fills newest first.
        qint64 newest = 0;
        for (const OrderRecord& r : s.orderHistory)
            newest = std::max(newest, r.createdMs);
        const QString top =
            f.historyView->model()->index(0, 0).data(OrdersModel::ClientOrderIdRole).toString();
        const auto topRecord =
            std::find_if(s.orderHistory.begin(), s.orderHistory.end(),
                         [&](const OrderRecord& r) { return r.order.clientOrderId == top; });
        QVERIFY(topRecord != s.orderHistory.end());
        QCOMPARE(topRecord->createdMs, newest);
        QCOMPARE(f.fillsView->model()->index(0, 0).data().toString(),
                 display::nyTime(s.recentFills.last().brokerTimeMs));
    }

    void cancelButtonEmitsEachSelectedOrder() {
        Fixture f;
        QVERIFY(f.ok());
        QSignalSpy spy(&f.tab, &OrderBookTab::cancelOrderRequested);
        f.tab.setSnapshot(bracketSnapshot());
        QVERIFY(!f.cancel->isEnabled());
        f.select(f.workingView, {QStringLiteral("sig-a-target"), QStringLiteral("sig-m-entry")});
        QVERIFY(f.cancel->isEnabled());
        QCOMPARE(f.cancel->text(), QStringLiteral("Cancel 2 orders"));
        f.cancel->click();
        QCOMPARE(emittedIds(spy),
                 (QStringList{QStringLiteral("sig-a-target"), QStringLiteral("sig-m-entry")}));
        // The orders stay listed until the broker confirms; the selection stays too.
        QCOMPARE(f.selectedIds(f.workingView),
                 (QStringList{QStringLiteral("sig-a-target"), QStringLiteral("sig-m-entry")}));
    }

    void deleteKeyCancels() {
        Fixture f;
        QVERIFY(f.ok());
        QSignalSpy spy(&f.tab, &OrderBookTab::cancelOrderRequested);
        f.tab.setSnapshot(bracketSnapshot());
        QTest::keyClick(f.workingView, Qt::Key_Delete); // nothing selected: nothing sent
        QCOMPARE(spy.count(), 0);
        f.select(f.workingView, {QStringLiteral("sig-m-entry")});
        QCOMPARE(f.cancel->text(), QStringLiteral("Cancel order"));
        QTest::keyClick(f.workingView, Qt::Key_Delete);
        QCOMPARE(emittedIds(spy), QStringList{QStringLiteral("sig-m-entry")});
    }

    void cancellingTheOnlyStopOfAPositionAsksFirst() {
        Fixture f;
        QVERIFY(f.ok());
        QSignalSpy spy(&f.tab, &OrderBookTab::cancelOrderRequested);
        f.tab.setSnapshot(bracketSnapshot());
        f.select(f.workingView, {QStringLiteral("sig-a-stop")});
        {
            DialogAnswer answer(QStringLiteral("keepButton"));
            f.cancel->click();
            QVERIFY(answer.seen);
            QVERIFY2(answer.text.contains(QStringLiteral("leaves the position unprotected")),
                     qPrintable(answer.text));
            QVERIFY(answer.text.contains(QStringLiteral("AAPL")));
            QCOMPARE(spy.count(), 0);
        }
        {
            DialogAnswer answer(QStringLiteral("confirmButton"));
            QTest::keyClick(f.workingView, Qt::Key_Delete);
            QVERIFY(answer.seen);
            QCOMPARE(emittedIds(spy), QStringList{QStringLiteral("sig-a-stop")});
        }
    }

    void stopsThatLeaveNothingUnprotectedDoNotAsk() {
        Fixture f;
        QVERIFY(f.ok());
        QSignalSpy spy(&f.tab, &OrderBookTab::cancelOrderRequested);

        // No position in the ticker (the entry has not filled): no question.
        EngineSnapshot s = bracketSnapshot();
        s.positions.clear();
        f.tab.setSnapshot(s);
        f.select(f.workingView, {QStringLiteral("sig-a-stop")});
        {
            DialogAnswer answer(QStringLiteral("keepButton"));
            f.cancel->click();
            QVERIFY(!answer.seen);
        }
        QCOMPARE(emittedIds(spy), QStringList{QStringLiteral("sig-a-stop")});

        // A replacement stop is already working: cancelling the old one leaves it protected...
        spy.clear();
        s = bracketSnapshot();
        s.workingOrders.append(working(QStringLiteral("sig-a-stop-2"), QStringLiteral("AAPL"),
                                       OrderLeg::Stop, nyMs(14, 39)));
        f.tab.setSnapshot(s);
        f.select(f.workingView, {QStringLiteral("sig-a-stop")});
        {
            DialogAnswer answer(QStringLiteral("keepButton"));
            f.cancel->click();
            QVERIFY(!answer.seen);
        }
        QCOMPARE(emittedIds(spy), QStringList{QStringLiteral("sig-a-stop")});

        // ...but cancelling both does not.
        spy.clear();
        f.select(f.workingView, {QStringLiteral("sig-a-stop"), QStringLiteral("sig-a-stop-2")});
        {
            DialogAnswer answer(QStringLiteral("keepButton"));
            f.cancel->click();
            QVERIFY(answer.seen);
        }
        QCOMPARE(spy.count(), 0);
    }

    void selectionSurvivesTheSnapshotStream() {
        Fixture f;
        QVERIFY(f.ok());
        EngineSnapshot s = realisticSnapshot();
        f.tab.setSnapshot(s);
        const QString workingId = s.workingOrders.at(4).order.clientOrderId;
        const QString historyId = s.orderHistory.at(40).order.clientOrderId;
        f.select(f.workingView, {workingId});
        f.select(f.historyView, {historyId});
        f.workingView->setCurrentIndex(
            f.workingView->model()->index(f.rowOf(f.workingView, workingId), 0));

        for (int i = 0; i < 30; ++i) {
            s.nowMs += 33;
            // An order above the selection leaves, a new order arrives (newest: top of history).
            if (i == 3)
                s.workingOrders.removeFirst();
            OrderRecord fresh = working(QStringLiteral("sig-new%1-entry").arg(i),
                                        QStringLiteral("QQQ"), OrderLeg::Entry, s.nowMs);
            s.workingOrders.append(fresh);
            s.orderHistory.append(fresh);
            // The selected working order fills a little more each time.
            OrderRecord& selected = *std::find_if(
                s.workingOrders.begin(), s.workingOrders.end(),
                [&](const OrderRecord& r) { return r.order.clientOrderId == workingId; });
            selected.filled = std::min<Quantity>(selected.order.quantity - 1, i + 1);
            selected.state = OrderState::PartiallyFilled;
            f.tab.setSnapshot(s);
            QCOMPARE(f.selectedIds(f.workingView), QStringList{workingId});
            QCOMPARE(f.selectedIds(f.historyView), QStringList{historyId});
            QCOMPARE(f.workingView->currentIndex().data(OrdersModel::ClientOrderIdRole).toString(),
                     workingId);
        }
        QCOMPARE(f.historyView->model()->rowCount(), 110);
    }

    void historyFilterWidgets() {
        Fixture f;
        QVERIFY(f.ok());
        const EngineSnapshot s = realisticSnapshot();
        f.tab.setSnapshot(s);
        auto* state = f.tab.findChild<QComboBox*>(QStringLiteral("historyStateFilter"));
        auto* ticker = f.tab.findChild<QLineEdit*>(QStringLiteral("historyTickerFilter"));
        auto* leg = f.tab.findChild<QComboBox*>(QStringLiteral("historyLegFilter"));
        auto* side = f.tab.findChild<QComboBox*>(QStringLiteral("historySideFilter"));
        auto* count = f.tab.findChild<QLabel*>(QStringLiteral("historyCount"));
        QVERIFY(state && ticker && leg && side && count);
        QCOMPARE(count->text(), QStringLiteral("80 orders"));

        auto expected = [&](auto pred) {
            return static_cast<int>(
                std::count_if(s.orderHistory.begin(), s.orderHistory.end(), pred));
        };
        state->setCurrentIndex(state->findText(QStringLiteral("Rejected")));
        const int rejected =
            expected([](const OrderRecord& r) { return r.state == OrderState::Rejected; });
        QVERIFY(rejected > 0);
        QCOMPARE(f.historyView->model()->rowCount(), rejected);
        QCOMPARE(count->text(), QStringLiteral("Showing %1 of 80 orders").arg(rejected));

        state->setCurrentIndex(0);
        ticker->setText(QStringLiteral("aapl"));
        leg->setCurrentIndex(leg->findText(QStringLiteral("Stop")));
        side->setCurrentIndex(side->findText(QStringLiteral("Sell")));
        const int aaplStops = expected([](const OrderRecord& r) {
            return r.order.ticker == u"AAPL" && r.order.leg == OrderLeg::Stop &&
                   r.order.side == OrderSide::Sell;
        });
        QVERIFY(aaplStops > 0);
        QCOMPARE(f.historyView->model()->rowCount(), aaplStops);

        auto* clear = f.tab.findChild<QToolButton*>(QStringLiteral("historyClearFilters"));
        QVERIFY(clear && clear->isEnabled());
        clear->click();
        QCOMPARE(f.historyView->model()->rowCount(), 80);
        QVERIFY(ticker->text().isEmpty());
        QVERIFY(!clear->isEnabled());
    }

    // Renders the tab as a trader sees it at 1280x800 (set AXION_ORDERS_SCREENSHOT to keep it).
    void rendersAtWorkstationSize() {
        OrderBookTab tab;
        tab.resize(1280, 740); // the main window's toolbar, tab bar and status bar take the rest
        tab.setSnapshot(realisticSnapshot());
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        auto* view = tab.findChild<QTableView*>(QStringLiteral("workingOrdersView"));
        QVERIFY(view);
        view->selectRow(3);
        const QPixmap shot = tab.grab();
        QCOMPARE(shot.size() / shot.devicePixelRatio(), QSize(1280, 740));
        const QString path = qEnvironmentVariable("AXION_ORDERS_SCREENSHOT");
        if (!path.isEmpty())
            QVERIFY(shot.save(path));
        // Every working order is visible without scrolling.
        QVERIFY(view->rowViewportPosition(9) + view->rowHeight(9) <= view->viewport()->height());
    }
};

QTEST_MAIN(tst_OrderBookTab)
#include "tst_OrderBookTab.moc"
