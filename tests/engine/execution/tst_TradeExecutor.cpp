#include "support/ExecutorRig.h"

#include <QSignalSpy>
#include <QTest>

using namespace axion;
using axion::test::px;

// The executor wired the way a replay wires it (tests/support/ExecutorRig.h).
using Rig = axion::test::ExecutorRig;

class tst_TradeExecutor : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void signalBecomesAPositionWithBrokerSideProtection() {
        Rig rig;
        rig.bar("100");
        rig.executor.onSignal(rig.signal("s1"));
        QCOMPARE(rig.executor.stats().approved, 1);
        // Sized 149 (15% of 100,000 at 100.10); scale-in: 74 now, the rest on a pullback.
        QCOMPARE(rig.executor.orders().size(), 3); // entry + stop + target
        rig.bar("100");                            // market entry fills at this bar's open
        const Position* p = rig.executor.positions().position(QStringLiteral("TEST"));
        QVERIFY(p);
        QCOMPARE(p->shares, 74);
        // Open 100.00 + 0.1% slippage, capped at half the bar's 0.10 range.
        QCOMPARE(p->averageEntry, px("100.05"));
        QCOMPARE(p->broker, QStringLiteral("paper"));
        QCOMPARE(toString(rig.executor.orders().find(QStringLiteral("s1-stop"))->state),
                 QStringLiteral("accepted"));
    }

    void brokerStopClosesTheTrade() {
        Rig rig;
        rig.bar("100");
        rig.executor.onSignal(rig.signal("s1"));
        rig.bar("100");
        QSignalSpy closed(&rig.executor, &TradeExecutor::positionClosed);
        rig.bar("100");
        rig.bar("98.50"); // trades through the 99.00 stop
        QCOMPARE(closed.count(), 1);
        QCOMPARE(closed.at(0).at(1).toString(), QStringLiteral("stop_loss"));
        QCOMPARE(rig.executor.positions().openCount(), 0);
        QCOMPARE(rig.executor.stats().trades, 1);
        QCOMPARE(rig.executor.stats().losses, 1);
        // Money conserved: the account moved by exactly the realized P&L.
        QCOMPARE(rig.broker.account().equity - Money::fromWhole(100'000),
                 rig.executor.stats().realizedPnl);
    }

    void killSwitchHaltsEntriesAndClosesDayTrades() {
        Rig rig;
        rig.bar("100");
        rig.executor.onSignal(rig.signal("s1"));
        rig.bar("100");
        QVERIFY(rig.executor.positions().position(QStringLiteral("TEST")));
        QSignalSpy alerts(&rig.executor, &TradeExecutor::alertRaised);
        QSignalSpy closed(&rig.executor, &TradeExecutor::positionClosed);
        rig.executor.tripKillSwitch(QStringLiteral("operator"));
        QCOMPARE(alerts.count(), 1);
        QVERIFY(rig.executor.killSwitch().isTripped());
        rig.bar("100"); // the market exit fills
        QCOMPARE(closed.count(), 1);
        QCOMPARE(closed.at(0).at(1).toString(), QStringLiteral("kill_switch"));
        QCOMPARE(rig.executor.positions().openCount(), 0);

        rig.executor.onSignal(rig.signal("s2"));
        QCOMPARE(rig.executor.stats().rejected.value(QStringLiteral("kill_switch_tripped")), 1);
        rig.bar("100");
        QCOMPARE(rig.executor.positions().openCount(), 0); // nothing entered

        // Only an explicit reset re-enables trading.
        QVERIFY(rig.executor.resetKillSwitch(QStringLiteral("checked")));
        rig.executor.onSignal(rig.signal("s3"));
        QCOMPARE(rig.executor.stats().approved, 2);
    }

    void dayTradesAreClosedAtTheEodCutoff() {
        ExecutorConfig noTimeStop;
        noTimeStop.timeStopMinutes = 600; // this test is about the cutoff alone
        Rig rig(noTimeStop);
        rig.bar("100");
        rig.executor.onSignal(rig.signal("s1"));
        QSignalSpy closed(&rig.executor, &TradeExecutor::positionClosed);
        // 15:54 bar closes at 15:55:00 = the cutoff: the exit goes out, fills at 15:55's open.
        rig.barsUntil(384, "100.80");
        QCOMPARE(closed.count(), 0);
        rig.bar("100.80"); // 15:54 bar, ends at the cutoff
        rig.bar("100.80"); // 15:55 bar: exit fills at its open
        QCOMPARE(closed.count(), 1);
        QCOMPARE(closed.at(0).at(1).toString(), QStringLiteral("eod_close"));
        QCOMPARE(rig.executor.positions().openCount(), 0);
    }

    void duplicateSignalsAndLateEntriesAreRefused() {
        Rig rig;
        rig.bar("100");
        rig.executor.onSignal(rig.signal("s1"));
        rig.executor.onSignal(rig.signal("s1"));
        QCOMPARE(rig.executor.stats().rejected.value(QStringLiteral("duplicate_id")), 1);
        QCOMPARE(rig.executor.stats().approved, 1);

        Rig late;
        late.barsUntil(386, "100"); // 15:56: past the EOD cutoff
        late.executor.onSignal(late.signal("s9"));
        QCOMPARE(late.executor.stats().rejected.value(QStringLiteral("past_eod_cutoff")), 1);
    }

    void moveStopReplacesTheProtectiveStop() {
        Rig rig;
        rig.bar("100");
        rig.executor.onSignal(rig.signal("s1"));
        rig.bar("100"); // 74 shares in at 100.05 (half the range), bracket stop at 99.00
        const QString ticker = QStringLiteral("TEST");
        const int ordersBefore = rig.executor.orders().size();

        // Refused, and nothing changes: a stop at or above the market would fill at once.
        COMPARE_NAMED(rig.executor.moveStop(ticker, px("100.00")), StopMoveError::WrongSide);
        COMPARE_NAMED(rig.executor.moveStop(ticker, px("0")), StopMoveError::InvalidPrice);
        COMPARE_NAMED(rig.executor.moveStop(QStringLiteral("NONE"), px("90")),
                      StopMoveError::NoPosition);
        QCOMPARE(rig.executor.orders().size(), ordersBefore);
        QCOMPARE(rig.executor.positions().position(ticker)->stopLoss, px("99"));

        COMPARE_NAMED(rig.executor.moveStop(ticker, px("99.60")), StopMoveError::None);
        const Position* p = rig.executor.positions().position(ticker);
        QCOMPARE(p->stopLoss, px("99.60"));
        QCOMPARE(p->initialStop, px("99")); // 1R stays what it was at entry
        COMPARE_NAMED(rig.executor.orders().find(QStringLiteral("s1-stop"))->state,
                      OrderState::Cancelled);
        // Exactly one working stop, for the whole position, at the new price.
        QList<const OrderRecord*> stops;
        for (const OrderRecord* r : rig.executor.orders().working()) {
            if (r->order.leg == OrderLeg::Stop)
                stops << r;
        }
        QCOMPARE(stops.size(), 1);
        QCOMPARE(stops.first()->order.clientOrderId, QStringLiteral("s1-stop-2"));
        QCOMPARE(stops.first()->order.stopPrice, px("99.60"));
        QCOMPARE(stops.first()->order.quantity, 74);
        // Replaced at the broker in one step: the new stop took the old one's place in the
        // bracket, so the target stays, one-cancels-other with it; at no event were the shares
        // without a stop (the rig checks after each one).
        COMPARE_NAMED(rig.executor.orders().find(QStringLiteral("s1-target"))->state,
                      OrderState::Accepted);
        QVERIFY2(rig.violations.isEmpty(), qPrintable(rig.violations.join(u'\n')));

        // A bar that reaches the new stop but not the old one closes the trade at the stop.
        QSignalSpy closed(&rig.executor, &TradeExecutor::positionClosed);
        rig.bar("99.62"); // low 99.57
        QCOMPARE(closed.count(), 1);
        QCOMPARE(closed.at(0).at(1).toString(), QStringLiteral("stop_loss"));
        QCOMPARE(rig.broker.positions().size(), 0);
        QVERIFY(rig.executor.orders().working().isEmpty()); // the target went too
        QCOMPARE(rig.broker.account().equity - Money::fromWhole(100'000),
                 rig.executor.stats().realizedPnl);
        // Moving the stop of a closed position is refused.
        COMPARE_NAMED(rig.executor.moveStop(ticker, px("95")), StopMoveError::NoPosition);
    }

    void appliedConfigGovernsTheNextDecision() {
        Rig rig;
        rig.bar("100");
        Signal first = rig.signal("s1");
        first.conviction = 60;
        rig.executor.onSignal(first);
        QCOMPARE(rig.executor.stats().approved, 1);
        rig.executor.tripKillSwitch(QStringLiteral("manual: test"));

        ExecutorConfig stricter = rig.config;
        stricter.minConviction = 70;
        stricter.dailyLossLimit = 0.03;
        rig.executor.applyConfig(stricter);
        QCOMPARE(rig.executor.config().minConviction, 70);
        QVERIFY(rig.executor.killSwitch().isTripped()); // a trip survives new limits
        QVERIFY(rig.executor.resetKillSwitch(QStringLiteral("checked")));

        Signal second = rig.signal("s2");
        second.ticker = QStringLiteral("OTHER");
        second.conviction = 60;
        rig.executor.onSignal(second);
        QCOMPARE(rig.executor.stats().approved, 1);
        QCOMPARE(rig.executor.stats().rejected.value(QStringLiteral("below_min_conviction")), 1);
    }

    void manualCloseAndCancel() {
        Rig rig;
        rig.bar("100");
        rig.executor.onSignal(rig.signal("s1"));
        rig.bar("100");
        QSignalSpy closed(&rig.executor, &TradeExecutor::positionClosed);
        QVERIFY(rig.executor.closePosition(QStringLiteral("TEST")));
        QVERIFY(!rig.executor.closePosition(QStringLiteral("NONE")));
        rig.bar("101");
        QCOMPARE(closed.count(), 1);
        QCOMPARE(closed.at(0).at(1).toString(), QStringLiteral("manual"));
        // Legs were cancelled before the exit went out: nothing is left working.
        QVERIFY(rig.executor.orders().working().isEmpty());
        QCOMPARE(rig.broker.positions().size(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_TradeExecutor)
#include "tst_TradeExecutor.moc"
