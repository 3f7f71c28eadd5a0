#include "support/ExecutorRig.h"

#include <QSignalSpy>
#include <QTest>

using namespace axion;
using axion::test::ExecutorRig;
using axion::test::px;

namespace {

// A paper broker that refuses the next bracket on the spot: the rejects arrive inside
// submitBracket(), before the call returns, as a broker that validates synchronously answers.
class RejectingBroker : public PaperBroker {
public:
    explicit RejectingBroker(QString name = QStringLiteral("paper"))
        : PaperBroker(ExecutorRig::defaultSettings())
        , m_name(std::move(name)) {}
    QString name() const override { return m_name; }
    bool rejectNext = false;
    bool rejectNextStop = false; // the next single stop order (a scale-in's or a moved stop)
    void submit(const Order& order) override {
        if (!rejectNextStop || order.type != OrderType::Stop)
            return PaperBroker::submit(order);
        rejectNextStop = false;
        reject(order);
    }
    void submitBracket(const Order& entry, const Order& stop, const Order& target) override {
        if (!rejectNext)
            return PaperBroker::submitBracket(entry, stop, target);
        rejectNext = false;
        for (const Order* o : {&entry, &stop, &target})
            reject(*o);
    }

private:
    void reject(const Order& o) {
        OrderUpdate u;
        u.clientOrderId = o.clientOrderId;
        u.broker = name();
        u.event = OrderEvent::Reject;
        u.message = QStringLiteral("refused on the spot");
        u.handle = o.handle;
        notifyOrderUpdated(u);
    }
    QString m_name;
};

Bar ohlc(qint64 timeMs, const char* o, const char* h, const char* l, const char* c) {
    return Bar{timeMs, px(o), px(h), px(l), px(c), 10'000};
}

} // namespace

class tst_TradeExecutorPaths : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Defect: a bracket rejected inside submitBracket left a dead trade that the next signal
    // joined as an "add", taking its stop, target and trade type.
    void bracketRejectedInsideSubmitLeavesNoTrade() {
        auto owned = std::make_unique<RejectingBroker>();
        RejectingBroker& broker = *owned;
        ExecutorRig rig({}, std::move(owned));
        rig.bar("100");
        broker.rejectNext = true;
        rig.executor.onSignal(rig.signal("s1"));
        QVERIFY(!rig.executor.tradePhase(QStringLiteral("TEST")).has_value());

        rig.executor.onSignal(rig.swingSignal("s2", "98", "104"));
        rig.bar("100");
        const Position* p = rig.executor.positions().position(QStringLiteral("TEST"));
        QVERIFY(p);
        QCOMPARE(p->signalId, QStringLiteral("s2"));
        QCOMPARE(p->stopLoss, px("98"));
        QCOMPARE(toString(p->tradeType), toString(TradeType::Swing));
        QVERIFY2(rig.violations.isEmpty(), qPrintable(rig.violations.join(u'\n')));
    }

    // A stop the broker refuses would leave the shares unprotected: the trade is closed and
    // the operator alerted.
    void refusedReplacementStopClosesTheTrade() {
        auto owned = std::make_unique<RejectingBroker>();
        RejectingBroker& broker = *owned;
        ExecutorRig rig({}, std::move(owned));
        QSignalSpy alerts(&rig.executor, &TradeExecutor::alertRaised);
        QSignalSpy closed(&rig.executor, &TradeExecutor::positionClosed);
        rig.bar("100");
        rig.executor.onSignal(rig.signal("s1"));
        rig.bar("100");
        rig.bar("100.40");
        broker.rejectNextStop = true;
        QVERIFY(rig.executor.moveStop(QStringLiteral("TEST"), px("99.60")) == StopMoveError::None);
        QCOMPARE(alerts.count(), 1);
        QCOMPARE(toString(rig.executor.tradePhase(QStringLiteral("TEST")).value()),
                 toString(TradePhase::Exiting));
        rig.bar("100.40"); // the market exit fills
        QCOMPARE(closed.count(), 1);
        QCOMPARE(closed.at(0).at(1).toString(), QStringLiteral("stop_rejected"));
        QCOMPARE(rig.broker.positions().size(), 0);
    }

    // Defect: after a stop move, the old bracket target and the new stop were not
    // one-cancels-other: one bar through both sold the position twice.
    void barThroughTargetAndMovedStopSellsOnce() {
        ExecutorRig rig;
        rig.bar("100");
        rig.executor.onSignal(rig.signal("s1"));
        rig.bar("100");
        rig.bar("100.40");
        QVERIFY(rig.executor.moveStop(QStringLiteral("TEST"), px("99.60")) == StopMoveError::None);
        rig.bar("100.40"); // the old legs' cancels and the new stop settle
        rig.bar(ohlc(rig.makeBar("100").timeMs, "100.40", "102.50", "99.00", "100.00"));
        rig.bar("100");
        for (const BrokerPosition& bp : rig.broker.positions())
            QVERIFY2(bp.shares >= 0 && bp.direction == Direction::Long,
                     "the broker went short: the shares were sold twice");
        QCOMPARE(rig.broker.positions().size(), 0);
        QCOMPARE(rig.executor.positions().openCount(), 0);
        QVERIFY2(rig.violations.isEmpty(), qPrintable(rig.violations.join(u'\n')));
    }

    // Defect: an add joined a trade that was already exiting.
    void addToAnExitingTradeIsRefused() {
        ExecutorRig rig;
        rig.bar("100");
        rig.executor.onSignal(rig.signal("s1"));
        rig.bar("100");
        rig.bar("101"); // in profit: an add to a winner would pass the gate
        QVERIFY(rig.executor.closePosition(QStringLiteral("TEST")));
        rig.executor.onSignal(rig.signal("s2"));
        QCOMPARE(rig.executor.stats().rejected.value(QStringLiteral("trade_exiting")), 1);
        rig.bar("101");
        QCOMPARE(rig.executor.positions().openCount(), 0);
        QVERIFY(rig.workingOf(QStringLiteral("TEST"), OrderLeg::Entry).isEmpty());
    }

    // Defect: a day-trade add to a swing trade got a Day stop on shares held overnight. The
    // swing entry's wide stop sizes it below the exposure cap, leaving room for an add.
    void addTakesTheTradeTypeOfTheTradeItJoins() {
        ExecutorRig rig;
        rig.bar("100");
        rig.executor.onSignal(rig.swingSignal("s1", "60", "180"));
        rig.bar("100");
        rig.bar("101");
        rig.executor.onSignal(rig.signal("s2")); // a day-trade signal
        QVERIFY2(rig.executor.stats().approved == 2,
                 qPrintable(rig.executor.stats().rejected.keys().join(u',')));
        const OrderRecord* addStop = rig.executor.orders().find(QStringLiteral("s2-stop"));
        QVERIFY(addStop);
        QCOMPARE(toString(addStop->order.timeInForce), toString(TimeInForce::Gtc));
        rig.bar("101");
        QCOMPARE(toString(rig.executor.positions().position(QStringLiteral("TEST"))->tradeType),
                 toString(TradeType::Swing));
    }

    // Defect: EOD flattening ran only on the position's own bars: an illiquid name with no bar
    // after the cutoff was carried overnight.
    void eodCutoffClosesATickerThatPrintsNoBar() {
        ExecutorRig rig;
        rig.bar("100");
        rig.executor.onSignal(rig.signal("s1"));
        rig.bar("100");
        QVERIFY(rig.executor.positions().position(QStringLiteral("TEST")));
        // From here only OTHER prints, up to 15:57 (minute 387 of the session).
        while (rig.minute < 387) {
            rig.barOf(QStringLiteral("OTHER"), 1, rig.makeBar("50"));
            ++rig.minute;
        }
        QCOMPARE(toString(rig.executor.tradePhase(QStringLiteral("TEST")).value()),
                 toString(TradePhase::Exiting));
        QCOMPARE(rig.workingOf(QStringLiteral("TEST"), OrderLeg::Exit).size(), 1);
        QVERIFY(rig.workingOf(QStringLiteral("TEST"), OrderLeg::Stop).isEmpty());
    }

    // Defect: max_concurrent_positions counted filled positions only.
    void pendingEntriesCountTowardTheConcurrentLimit() {
        ExecutorConfig c;
        c.maxConcurrentPositions = 2;
        ExecutorRig rig(c);
        int symbol = 1;
        for (const char* t : {"AAA", "BBB", "CCC", "DDD"})
            rig.barOf(QString::fromLatin1(t), symbol++, rig.makeBar("100"));
        rig.bar("100");
        for (const char* t : {"AAA", "BBB", "CCC", "DDD"}) {
            Signal s = rig.signal(t, QString::fromLatin1(t));
            rig.executor.onSignal(s);
        }
        QVERIFY2(rig.executor.stats().approved == 2,
                 qPrintable(rig.executor.stats().rejected.keys().join(u',')));
        QCOMPARE(rig.executor.stats().rejected.value(QStringLiteral("max_positions")), 2);
    }

    // Defect: the day's starting equity was taken after the day's first bar was marked, so an
    // overnight gap was not part of the day's loss.
    void overnightGapCountsInTheDailyLoss() {
        ExecutorRig rig;
        rig.bar("100");
        rig.executor.onSignal(rig.swingSignal("s1", "80", "140"));
        rig.barsUntil(390, "100");
        const Money closeEquity = rig.broker.equity();
        rig.nextDay();
        rig.bar(ohlc(rig.makeBar("90").timeMs, "90", "90.05", "89.95", "90")); // 10 % gap down
        QCOMPARE(rig.executor.accountState().startOfDayEquity, closeEquity);
        QVERIFY(rig.executor.accountState().dailyPnl().isNegative());
    }

    // Defect: the summary's max drawdown reset every day.
    void maxDrawdownSpansDays() {
        ExecutorRig rig;
        rig.bar("100");
        rig.executor.onSignal(rig.swingSignal("s1", "80", "140"));
        Money peak;
        Money worst;
        const auto track = [&] {
            const Money e = rig.broker.equity();
            if (e > peak)
                peak = e;
            if (peak - e > worst)
                worst = peak - e;
        };
        rig.bar("100");
        track();
        rig.bar("104");
        track();
        rig.barsUntil(390, "102"); // day 1: down 2 from the peak
        track();
        rig.nextDay();
        rig.bar("99"); // day 2: down 5 from day 1's peak, 3 from day 2's start
        track();
        rig.bar("99");
        track();
        QVERIFY(worst.isPositive());
        QCOMPARE(rig.executor.stats().maxDrawdown, worst);
    }

    // Defect: an add to a winner was routed to the primary broker, not to the one holding the
    // position.
    void addGoesToTheBrokerHoldingThePosition() {
        ExecutorRig rig;
        PaperBroker& first = rig.broker;
        rig.bar("100");
        rig.executor.onSignal(rig.signal("s1"));
        rig.bar("100");
        rig.bar("101");
        RejectingBroker second(QStringLiteral("paper2"));
        rig.router.addBroker(&second);
        rig.router.setPrimary(second.name());
        rig.executor.attachBroker(&second);
        rig.executor.onSignal(rig.signal("s2"));
        QCOMPARE(rig.executor.stats().approved, 2);
        const OrderRecord* add =
            rig.executor.orders().find(clientOrderId(QStringLiteral("s2"), OrderLeg::Entry));
        QVERIFY(add);
        QCOMPARE(add->order.broker, first.name());
    }

    // The kill switch's automatic triggers, from real events through the executor: realised
    // losses through fills (daily loss), equity below the minimum, a loss streak. Each trip
    // halts entries, cancels working entries, closes day trades and alerts.
    void killSwitchTripsFromEvents_data() {
        QTest::addColumn<QString>("trigger");
        QTest::newRow("daily_loss") << QStringLiteral("daily_loss");
        QTest::newRow("equity_minimum") << QStringLiteral("equity_below_minimum");
        QTest::newRow("loss_streak") << QStringLiteral("consecutive_losses");
    }
    void killSwitchTripsFromEvents() {
        QFETCH(QString, trigger);
        ExecutorConfig c;
        int losingTrades = 1;
        if (trigger == QLatin1String("daily_loss")) {
            c.dailyLossLimit = 0.001; // $100 of $100,000
        } else if (trigger == QLatin1String("equity_below_minimum")) {
            c.minAccountEquity = Money::fromWhole(99'900);
        } else {
            c.consecutiveLossThreshold = 3;
            // The trades lose 1.6 %, 1.6 % and 0.1 % of their cost (the third leaves at the
            // macro-cloud stop, once the clouds have warmed up, before the broker's stop).
            c.consecutiveLossPct = 0.0005;
            losingTrades = 3;
        }
        ExecutorRig rig(c);
        QSignalSpy alerts(&rig.executor, &TradeExecutor::alertRaised);
        rig.bar("100");
        for (int i = 0; i < losingTrades; ++i) {
            QVERIFY(!rig.executor.killSwitch().isTripped());
            const QByteArray id = "loss" + QByteArray::number(i);
            rig.executor.onSignal(rig.signal(id.constData()));
            rig.bar("100");
            rig.bar("100");
            rig.bar("98.50"); // through the 99.00 stop
            rig.bar("100");
        }
        QVERIFY2(rig.executor.killSwitch().isTripped(),
                 qPrintable(QStringLiteral("trades %1 losses %2 rejected %3")
                                .arg(rig.executor.stats().trades)
                                .arg(rig.executor.stats().losses)
                                .arg(rig.executor.stats().rejected.keys().join(u','))));
        QCOMPARE(toString(rig.executor.killSwitch().activeTrip()->trigger),
                 toString(killTriggerFromString(trigger).value()));
        QCOMPARE(alerts.count(), 1);
        rig.executor.onSignal(rig.signal("after"));
        QCOMPARE(rig.executor.stats().rejected.value(QStringLiteral("kill_switch_tripped")), 1);
    }

    void killSwitchCancelsWorkingEntriesAndClosesDayTrades() {
        ExecutorConfig c;
        c.dailyLossLimit = 0.001;
        ExecutorRig rig(c);
        rig.bar("100");
        Signal day = rig.signal("held");
        rig.executor.onSignal(day);
        rig.bar("100");
        Signal pending = rig.signal("pending", QStringLiteral("OTHER"));
        pending.conviction = 60; // a limit entry at the cloud edge: still working
        pending.entryPrice = px("50");
        pending.stopLoss = px("49");
        pending.targetPrice = px("52");
        rig.barOf(QStringLiteral("OTHER"), 1, rig.makeBar("50"));
        rig.executor.onSignal(pending);
        QCOMPARE(rig.workingOf(QStringLiteral("OTHER"), OrderLeg::Entry).size(), 1);
        // A loss on the held position's mark alone trips nothing (realised losses do); the
        // manual-free path: a second trade is stopped out.
        rig.bar("98.50");
        rig.bar("100");
        QVERIFY(rig.executor.killSwitch().isTripped());
        QVERIFY(rig.workingOf(QStringLiteral("OTHER"), OrderLeg::Entry).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_TradeExecutorPaths)
#include "tst_TradeExecutorPaths.moc"
