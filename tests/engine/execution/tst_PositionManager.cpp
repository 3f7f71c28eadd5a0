#include "execution/PositionManager.h"
#include "support/TestValues.h"

#include <QTest>

using namespace axion;

// core's toString(enum) returns a QString, which ADL prefers over QTest's enum printer inside
// QCOMPARE and breaks it: compare such enums by name (also gives readable failure messages).
using namespace Qt::StringLiterals;

namespace {

Price px(qint64 units) {
    return Price::fromUnits(units);
}
Money usd(qint64 units) {
    return Money::fromUnits(units);
}

// Every execution gets a fresh id unless the test wants a duplicate.
class FillFactory {
public:
    Fill make(const QString& ticker, OrderSide side, Quantity qty, qint64 priceUnits,
              const QString& broker = QStringLiteral("paper")) {
        Fill f;
        f.executionId = QStringLiteral("exec-%1").arg(++m_next);
        f.clientOrderId = QStringLiteral("sig-entry");
        f.broker = broker;
        f.ticker = ticker;
        f.side = side;
        f.quantity = qty;
        f.price = px(priceUnits);
        f.brokerTimeMs = 1'700'000'000'000 + m_next;
        f.receivedTimeMs = f.brokerTimeMs + 3;
        return f;
    }

private:
    int m_next = 0;
};

constexpr auto Buy = OrderSide::Buy;
constexpr auto Sell = OrderSide::Sell;

} // namespace

class tst_PositionManager : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Hand arithmetic: cost 100 x 10.00 + 50 x 10.30 = 1000.00 + 515.00 = 1515.00 over 150
    // shares = 10.10. Exit 150 x 10.50 = 1575.00; 1575.00 - 1515.00 = +60.00.
    void scaleInThenFullExit() {
        PositionManager pm;
        FillFactory ff;
        const Position tmpl;

        auto o = pm.apply(ff.make(u"AAPL"_s, Buy, 100, 100'000), Direction::Long, tmpl);
        QCOMPARE(o.kind, FillOutcome::Opened);
        QCOMPARE(o.realizedPnl, usd(0));
        QCOMPARE(pm.position(u"AAPL"_s)->averageEntry, px(100'000));

        o = pm.apply(ff.make(u"AAPL"_s, Buy, 50, 103'000), Direction::Long, tmpl);
        QCOMPARE(o.kind, FillOutcome::Increased);
        const Position* p = pm.position(u"AAPL"_s);
        QVERIFY(p);
        QCOMPARE(p->shares, 150);
        QCOMPARE(p->averageEntry, px(101'000));
        QCOMPARE(pm.openCost(u"AAPL"_s), usd(15'150'000));
        QCOMPARE(pm.openCount(), 1);

        o = pm.apply(ff.make(u"AAPL"_s, Sell, 150, 105'000), Direction::Long, tmpl);
        QCOMPARE(o.kind, FillOutcome::Closed);
        QCOMPARE(o.realizedPnl, usd(600'000));
        QCOMPARE(o.position.shares, 0);
        QCOMPARE(o.position.realizedPnl, usd(600'000));
        QCOMPARE(o.tradeEntryCost, usd(15'150'000));
        QVERIFY(!pm.position(u"AAPL"_s));
        QCOMPARE(pm.openCount(), 0);
        QCOMPARE(pm.realizedPnl(), usd(600'000)); // stays in the total after the close
        QCOMPARE(pm.unrealizedPnl(), usd(0));
    }

    // Mirror of the above: short 100 @ 10.00 + 50 @ 10.30 (avg 10.10, 1515.00 received).
    // Cover 150 @ 9.70 = 1455.00 -> +60.00; cover 150 @ 10.50 = 1575.00 -> -60.00.
    void shortMirrored_data() {
        QTest::addColumn<qint64>("coverUnits");
        QTest::addColumn<qint64>("expectedPnl");
        QTest::newRow("short wins") << qint64(97'000) << qint64(600'000);
        QTest::newRow("short loses") << qint64(105'000) << qint64(-600'000);
    }
    void shortMirrored() {
        QFETCH(qint64, coverUnits);
        QFETCH(qint64, expectedPnl);
        PositionManager pm;
        FillFactory ff;
        const Position tmpl;
        QCOMPARE(pm.apply(ff.make(u"TSLA"_s, Sell, 100, 100'000), Direction::Short, tmpl).kind,
                 FillOutcome::Opened);
        QCOMPARE(pm.apply(ff.make(u"TSLA"_s, Sell, 50, 103'000), Direction::Short, tmpl).kind,
                 FillOutcome::Increased);
        COMPARE_NAMED(pm.position(u"TSLA"_s)->direction, Direction::Short);
        QCOMPARE(pm.position(u"TSLA"_s)->averageEntry, px(101'000));
        const auto o = pm.apply(ff.make(u"TSLA"_s, Buy, 150, coverUnits), Direction::Short, tmpl);
        QCOMPARE(o.kind, FillOutcome::Closed);
        QCOMPARE(o.realizedPnl, usd(expectedPnl));
        QCOMPARE(pm.realizedPnl(), usd(expectedPnl));
        QCOMPARE(pm.openCount(), 0);
    }

    // Buy 100 @ 20.00. Sell 40 @ 21.00: +1.00 x 40 = +40.00, 60 left at 20.00.
    // Sell 60 @ 19.50: -0.50 x 60 = -30.00. Trade total +10.00.
    void partialExits() {
        PositionManager pm;
        FillFactory ff;
        Position tmpl;
        pm.apply(ff.make(u"MSFT"_s, Buy, 100, 200'000), Direction::Long, tmpl);

        auto o = pm.apply(ff.make(u"MSFT"_s, Sell, 40, 210'000), Direction::Long, tmpl);
        QCOMPARE(o.kind, FillOutcome::Reduced);
        QCOMPARE(o.realizedPnl, usd(400'000));
        QCOMPARE(o.position.shares, 60);
        QCOMPARE(o.position.averageEntry, px(200'000));
        QCOMPARE(o.position.realizedPnl, usd(400'000));
        QCOMPARE(pm.openCost(u"MSFT"_s), usd(12'000'000));

        o = pm.apply(ff.make(u"MSFT"_s, Sell, 60, 195'000), Direction::Long, tmpl);
        QCOMPARE(o.kind, FillOutcome::Closed);
        QCOMPARE(o.realizedPnl, usd(-300'000));
        QCOMPARE(o.position.realizedPnl, usd(100'000));
        QCOMPARE(o.tradeEntryCost, usd(20'000'000));
        QCOMPARE(pm.realizedPnl(), usd(100'000));
    }

    // Three entries at odd prices (units of 1/10,000):
    //   33 x 100,001 = 3,300,033;  17 x 100,003 = 1,700,051;  41 x 99,999 = 4,099,959
    //   cost 9,100,043 over 91 shares = 100,000.47... -> average 10.0000
    // Exits take their proportional share of the cost, rounded half away from zero:
    //   30 @ 100,107: proceeds 3,003,210; cost 9,100,043 x 30 / 91 = 3,000,014.17 -> 3,000,014;
    //                 realized +3,196; left 6,100,029 over 61
    //   30 @ 100,013: proceeds 3,000,390; cost 6,100,029 x 30 / 61 = 3,000,014.26 -> 3,000,014;
    //                 realized +376; left 3,100,015 over 31
    //   31 @  99,997: proceeds 3,099,907; the rest of the cost 3,100,015; realized -108
    // Sum +3,464 = total proceeds 9,103,507 - total cost 9,100,043, exactly.
    void oddPricesRoundTripExact_data() {
        QTest::addColumn<bool>("isShort");
        QTest::newRow("long") << false;
        QTest::newRow("short") << true;
    }
    void oddPricesRoundTripExact() {
        QFETCH(bool, isShort);
        const Direction dir = isShort ? Direction::Short : Direction::Long;
        const OrderSide open = isShort ? Sell : Buy;
        const OrderSide close = isShort ? Buy : Sell;
        const qint64 s = isShort ? -1 : 1;
        PositionManager pm;
        FillFactory ff;
        const Position tmpl;

        pm.apply(ff.make(u"AMD"_s, open, 33, 100'001), dir, tmpl);
        pm.apply(ff.make(u"AMD"_s, open, 17, 100'003), dir, tmpl);
        pm.apply(ff.make(u"AMD"_s, open, 41, 99'999), dir, tmpl);
        QCOMPARE(pm.position(u"AMD"_s)->shares, 91);
        QCOMPARE(pm.openCost(u"AMD"_s), usd(9'100'043));
        QCOMPARE(pm.position(u"AMD"_s)->averageEntry, px(100'000));

        auto o = pm.apply(ff.make(u"AMD"_s, close, 30, 100'107), dir, tmpl);
        QCOMPARE(o.kind, FillOutcome::Reduced);
        QCOMPARE(o.realizedPnl, usd(3'196 * s));
        QCOMPARE(pm.openCost(u"AMD"_s), usd(6'100'029));
        QCOMPARE(pm.position(u"AMD"_s)->averageEntry, px(100'000)); // 100,000.475 -> 100,000

        o = pm.apply(ff.make(u"AMD"_s, close, 30, 100'013), dir, tmpl);
        QCOMPARE(o.realizedPnl, usd(376 * s));
        QCOMPARE(pm.openCost(u"AMD"_s), usd(3'100'015));

        o = pm.apply(ff.make(u"AMD"_s, close, 31, 99'997), dir, tmpl);
        QCOMPARE(o.kind, FillOutcome::Closed);
        QCOMPARE(o.realizedPnl, usd(-108 * s));
        QCOMPARE(o.position.realizedPnl, usd(3'464 * s));
        QCOMPARE(o.tradeEntryCost, usd(9'100'043));
        QCOMPARE(pm.realizedPnl(), usd((9'103'507 - 9'100'043) * s));
    }

    // A remainder of exactly one half: buy 1 @ 10.0001 + 2 @ 10.0000 = 300,001 units / 3.
    //   average 100,000.33 -> 10.0000
    //   sell 1 @ 10.0000: cost share 300,001 / 3 = 100,000.33 -> 100,000; realized 0;
    //                     left 200,001 over 2 = 100,000.5 -> average 10.0001 (half away from 0)
    //   sell 2 @ 10.0000: the remaining 200,001; realized -1. Total -1 = 300,000 - 300,001.
    void halfUnitRemainder() {
        PositionManager pm;
        FillFactory ff;
        const Position tmpl;
        pm.apply(ff.make(u"F"_s, Buy, 1, 100'001), Direction::Long, tmpl);
        pm.apply(ff.make(u"F"_s, Buy, 2, 100'000), Direction::Long, tmpl);
        QCOMPARE(pm.position(u"F"_s)->averageEntry, px(100'000));
        auto o = pm.apply(ff.make(u"F"_s, Sell, 1, 100'000), Direction::Long, tmpl);
        QCOMPARE(o.realizedPnl, usd(0));
        QCOMPARE(pm.position(u"F"_s)->averageEntry, px(100'001));
        o = pm.apply(ff.make(u"F"_s, Sell, 2, 100'000), Direction::Long, tmpl);
        QCOMPARE(o.kind, FillOutcome::Closed);
        QCOMPARE(o.realizedPnl, usd(-1));
        QCOMPARE(pm.realizedPnl(), usd(-1));
    }

    // The cost share of an exit rounds to nearest, not down: buy 1 @ 10.0002 + 2 @ 10.0000 =
    // 300,002 units over 3 (average 100,000.67 -> 10.0001).
    //   sell 1 @ 10.0000: cost share 100,000.67 -> 100,001; realized 100,000 - 100,001 = -1;
    //                     left 200,001 over 2 = 100,000.5 -> average 10.0001
    //   sell 2 @ 10.0000: realized 200,000 - 200,001 = -1. Total -2 = 300,000 - 300,002.
    void costShareRoundsToNearest() {
        PositionManager pm;
        FillFactory ff;
        const Position tmpl;
        pm.apply(ff.make(u"GE"_s, Buy, 1, 100'002), Direction::Long, tmpl);
        pm.apply(ff.make(u"GE"_s, Buy, 2, 100'000), Direction::Long, tmpl);
        QCOMPARE(pm.position(u"GE"_s)->averageEntry, px(100'001));
        auto o = pm.apply(ff.make(u"GE"_s, Sell, 1, 100'000), Direction::Long, tmpl);
        QCOMPARE(o.realizedPnl, usd(-1));
        QCOMPARE(pm.openCost(u"GE"_s), usd(200'001));
        QCOMPARE(pm.position(u"GE"_s)->averageEntry, px(100'001));
        o = pm.apply(ff.make(u"GE"_s, Sell, 2, 100'000), Direction::Long, tmpl);
        QCOMPARE(o.realizedPnl, usd(-1));
        QCOMPARE(pm.realizedPnl(), usd(-2));
    }

    // Buy 200 @ 50.00 = 10,000.00; sell 200 @ 48.25 = 9,650.00 -> -350.00.
    void loss() {
        PositionManager pm;
        FillFactory ff;
        const Position tmpl;
        pm.apply(ff.make(u"NVDA"_s, Buy, 200, 500'000), Direction::Long, tmpl);
        const auto o = pm.apply(ff.make(u"NVDA"_s, Sell, 200, 482'500), Direction::Long, tmpl);
        QCOMPARE(o.kind, FillOutcome::Closed);
        QCOMPARE(o.realizedPnl, usd(-3'500'000));
        QCOMPARE(pm.realizedPnl(), usd(-3'500'000));
    }

    void duplicateExecutionCountedOnce() {
        PositionManager pm;
        FillFactory ff;
        const Position tmpl;
        const Fill entry = ff.make(u"AAPL"_s, Buy, 100, 100'000);
        QCOMPARE(pm.apply(entry, Direction::Long, tmpl).kind, FillOutcome::Opened);
        const auto dup = pm.apply(entry, Direction::Long, tmpl);
        QCOMPARE(dup.kind, FillOutcome::Duplicate);
        QCOMPARE(dup.position.shares, 100);
        QCOMPARE(pm.position(u"AAPL"_s)->shares, 100);

        const Fill exit = ff.make(u"AAPL"_s, Sell, 40, 110'000);
        QCOMPARE(pm.apply(exit, Direction::Long, tmpl).realizedPnl, usd(400'000));
        const auto dupExit = pm.apply(exit, Direction::Long, tmpl);
        QCOMPARE(dupExit.kind, FillOutcome::Duplicate);
        QCOMPARE(dupExit.realizedPnl, usd(0));
        QCOMPARE(pm.position(u"AAPL"_s)->shares, 60);
        QCOMPARE(pm.realizedPnl(), usd(400'000));

        // A replayed report of an execution whose position is already closed changes nothing.
        const Fill last = ff.make(u"AAPL"_s, Sell, 60, 110'000);
        QCOMPARE(pm.apply(last, Direction::Long, tmpl).kind, FillOutcome::Closed);
        QCOMPARE(pm.apply(last, Direction::Long, tmpl).kind, FillOutcome::Duplicate);
        QCOMPARE(pm.apply(entry, Direction::Long, tmpl).kind, FillOutcome::Duplicate);
        QCOMPARE(pm.openCount(), 0);
        QCOMPARE(pm.realizedPnl(), usd(1'000'000));
    }

    // Open 100, take 10 off (so there is realized P&L and cost history), then report a reducing
    // fill larger than the 90 still open.
    void overfillRejectedUnchanged_data() {
        QTest::addColumn<bool>("isShort");
        QTest::addColumn<qint64>("reduceQty");
        QTest::newRow("long, sell 91 of 90") << false << qint64(91);
        QTest::newRow("long, sell 150 of 90") << false << qint64(150);
        QTest::newRow("short, buy 91 of 90") << true << qint64(91);
    }
    void overfillRejectedUnchanged() {
        QFETCH(bool, isShort);
        QFETCH(qint64, reduceQty);
        const Direction dir = isShort ? Direction::Short : Direction::Long;
        const OrderSide open = isShort ? Sell : Buy;
        const OrderSide close = isShort ? Buy : Sell;
        PositionManager pm;
        FillFactory ff;
        const Position tmpl;
        pm.apply(ff.make(u"QQQ"_s, open, 100, 4'000'000), dir, tmpl);
        QCOMPARE(pm.apply(ff.make(u"QQQ"_s, close, 10, 4'100'000), dir, tmpl).kind,
                 FillOutcome::Reduced);
        const Position before = *pm.position(u"QQQ"_s);
        const Money realizedBefore = pm.realizedPnl();
        const Money costBefore = pm.openCost(u"QQQ"_s);
        QCOMPARE(before.shares, 90);

        const Fill over = ff.make(u"QQQ"_s, close, reduceQty, 4'100'000);
        const auto o = pm.apply(over, dir, tmpl);
        QCOMPARE(o.kind, FillOutcome::Rejected);
        QVERIFY(o.error.contains(u"overfill"));
        // Not remembered as seen: sent again, it is refused again (not a duplicate).
        QCOMPARE(pm.apply(over, dir, tmpl).kind, FillOutcome::Rejected);
        QCOMPARE(o.realizedPnl, usd(0));
        QCOMPARE(*pm.position(u"QQQ"_s), before);
        COMPARE_NAMED(pm.position(u"QQQ"_s)->direction, dir); // never reversed
        QCOMPARE(pm.realizedPnl(), realizedBefore);
        QCOMPARE(pm.openCost(u"QQQ"_s), costBefore);
        QCOMPARE(pm.openCount(), 1);

        // Exactly the open shares is a close.
        QCOMPARE(pm.apply(ff.make(u"QQQ"_s, close, 90, 4'100'000), dir, tmpl).kind,
                 FillOutcome::Closed);
    }

    void reducingWhenFlatIsOverfill() {
        PositionManager pm;
        FillFactory ff;
        const auto o = pm.apply(ff.make(u"SPY"_s, Sell, 10, 5'000'000), Direction::Long, {});
        QCOMPARE(o.kind, FillOutcome::Rejected);
        QVERIFY(!o.error.isEmpty());
        QCOMPARE(pm.openCount(), 0);
        QCOMPARE(pm.realizedPnl(), usd(0));
    }

    // AAPL long 100 @ 10.10 marked 10.35: +0.25 x 100 = +25.00.
    // TSLA short 50 @ 20.00 marked 21.00: -1.00 x 50 = -50.00. Total -25.00.
    void unrealizedAfterMark() {
        PositionManager pm;
        FillFactory ff;
        const Position tmpl;
        pm.apply(ff.make(u"AAPL"_s, Buy, 100, 101'000), Direction::Long, tmpl);
        pm.apply(ff.make(u"TSLA"_s, Sell, 50, 200'000), Direction::Short, tmpl);
        QCOMPARE(pm.unrealizedPnl(), usd(0)); // marked at the fill price when opened
        QCOMPARE(pm.markPrice(u"AAPL"_s, px(103'500)), pm.position(u"AAPL"_s));
        pm.markPrice(u"TSLA"_s, px(210'000));
        QVERIFY(pm.markPrice(u"NOPE"_s, px(10'000)) == nullptr); // not held: ignored
        QCOMPARE(pm.position(u"AAPL"_s)->lastPrice, px(103'500));
        QCOMPARE(pm.position(u"AAPL"_s)->unrealizedPnl(), usd(250'000));
        QCOMPARE(pm.position(u"TSLA"_s)->unrealizedPnl(), usd(-500'000));
        QCOMPARE(pm.unrealizedPnl(), usd(-250'000));
        QCOMPARE(pm.realizedPnl(), usd(0));
        QCOMPARE(pm.openCount(), 2);
        QVERIFY(!pm.position(u"NOPE"_s));
        const QList<Position> all = pm.positions();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all[0].ticker, u"AAPL"_s);
        QCOMPARE(all[1].ticker, u"TSLA"_s);
    }

    void positionKeepsBrokerAndTemplate() {
        PositionManager pm;
        FillFactory ff;
        Position tmpl;
        tmpl.ticker = u"IGNORED"_s;
        tmpl.stopLoss = px(95'000);
        tmpl.initialStop = px(95'000);
        tmpl.target = px(110'000);
        tmpl.signalId = u"sig-42"_s;
        tmpl.tradeType = TradeType::Swing;
        tmpl.broker = u"ibkr"_s;
        tmpl.sector = u"Technology"_s;

        const Fill f = ff.make(u"AAPL"_s, Buy, 10, 100'000, u"ibkr"_s);
        const auto o = pm.apply(f, Direction::Long, tmpl);
        QCOMPARE(o.kind, FillOutcome::Opened);
        const Position* p = pm.position(u"AAPL"_s);
        QCOMPARE(p->ticker, u"AAPL"_s);
        QCOMPARE(p->broker, u"ibkr"_s);
        QCOMPARE(p->stopLoss, px(95'000));
        QCOMPARE(p->initialStop, px(95'000));
        QCOMPARE(p->target, std::optional(px(110'000)));
        QCOMPARE(p->signalId, u"sig-42"_s);
        COMPARE_NAMED(p->tradeType, TradeType::Swing);
        QCOMPARE(p->sector, u"Technology"_s);
        QCOMPARE(p->entryTimeMs, f.brokerTimeMs);

        // An add with a different template does not overwrite the open position's details.
        Position other;
        other.broker = u"alpaca"_s;
        other.signalId = u"sig-99"_s;
        QCOMPARE(
            pm.apply(ff.make(u"AAPL"_s, Buy, 10, 100'000, u"ibkr"_s), Direction::Long, other).kind,
            FillOutcome::Increased);
        QCOMPARE(pm.position(u"AAPL"_s)->broker, u"ibkr"_s);
        QCOMPARE(pm.position(u"AAPL"_s)->signalId, u"sig-42"_s);

        // Shares reported by another broker are not this position's.
        const auto wrong =
            pm.apply(ff.make(u"AAPL"_s, Sell, 5, 100'000, u"alpaca"_s), Direction::Long, tmpl);
        QCOMPARE(wrong.kind, FillOutcome::Rejected);
        QVERIFY(wrong.error.contains(u"ibkr"));
        QCOMPARE(pm.position(u"AAPL"_s)->shares, 20);
    }

    void brokerFromTemplateWhenFillHasNone() {
        PositionManager pm;
        FillFactory ff;
        Position tmpl;
        tmpl.broker = u"alpaca"_s;
        pm.apply(ff.make(u"AAPL"_s, Buy, 10, 100'000, QString()), Direction::Long, tmpl);
        QCOMPARE(pm.position(u"AAPL"_s)->broker, u"alpaca"_s);
    }

    void existingDirectionDecides() {
        // A long is open; a sell reduces it even if the caller names Short.
        PositionManager pm;
        FillFactory ff;
        pm.apply(ff.make(u"AAPL"_s, Buy, 10, 100'000), Direction::Long, {});
        const auto o = pm.apply(ff.make(u"AAPL"_s, Sell, 4, 100'000), Direction::Short, {});
        QCOMPARE(o.kind, FillOutcome::Reduced);
        COMPARE_NAMED(pm.position(u"AAPL"_s)->direction, Direction::Long);
        QCOMPARE(pm.position(u"AAPL"_s)->shares, 6);
    }

    void malformedFillsRejected_data() {
        QTest::addColumn<QString>("executionId");
        QTest::addColumn<QString>("ticker");
        QTest::addColumn<qint64>("qty");
        QTest::addColumn<qint64>("priceUnits");
        QTest::newRow("no execution id") << QString() << u"AAPL"_s << qint64(1) << qint64(1);
        QTest::newRow("no ticker") << u"e1"_s << QString() << qint64(1) << qint64(1);
        QTest::newRow("zero shares") << u"e1"_s << u"AAPL"_s << qint64(0) << qint64(1);
        QTest::newRow("negative shares") << u"e1"_s << u"AAPL"_s << qint64(-5) << qint64(1);
        QTest::newRow("zero price") << u"e1"_s << u"AAPL"_s << qint64(1) << qint64(0);
        QTest::newRow("negative price") << u"e1"_s << u"AAPL"_s << qint64(1) << qint64(-1);
    }
    void malformedFillsRejected() {
        QFETCH(QString, executionId);
        QFETCH(QString, ticker);
        QFETCH(qint64, qty);
        QFETCH(qint64, priceUnits);
        Fill f;
        f.executionId = executionId;
        f.ticker = ticker;
        f.quantity = qty;
        f.price = px(priceUnits);
        PositionManager pm;
        const auto o = pm.apply(f, Direction::Long, {});
        QCOMPARE(o.kind, FillOutcome::Rejected);
        QVERIFY(!o.error.isEmpty());
        QCOMPARE(pm.openCount(), 0);
    }

    void rejectedExecutionIdNotConsumed() {
        // A fill rejected as an overfill is not remembered as seen: nothing changed.
        PositionManager pm;
        FillFactory ff;
        const Fill early = ff.make(u"AAPL"_s, Sell, 10, 100'000);
        QCOMPARE(pm.apply(early, Direction::Long, {}).kind, FillOutcome::Rejected);
        QCOMPARE(pm.apply(early, Direction::Long, {}).kind, FillOutcome::Rejected);
    }

    void handlesNameTickersForLife() {
        // A handle is given before any position exists, stays the ticker's through opening,
        // closing and reopening, and finds the same position as the ticker does.
        PositionManager pm;
        FillFactory ff;
        const int aapl = pm.handle(u"AAPL"_s);
        const int msft = pm.handle(u"MSFT"_s);
        QVERIFY(aapl >= 0);
        QVERIFY(msft != aapl);
        QCOMPARE(pm.handle(u"AAPL"_s), aapl);
        QCOMPARE(pm.position(aapl), nullptr);
        QCOMPARE(pm.markPrice(aapl, px(101'000)), nullptr);
        QCOMPARE(pm.position(-1), nullptr);
        QCOMPARE(pm.position(99), nullptr);

        pm.apply(ff.make(u"AAPL"_s, Buy, 100, 100'000), Direction::Long, {});
        // A ticker first seen through a fill gets a handle too, and it does not move AAPL's.
        pm.apply(ff.make(u"NVDA"_s, Buy, 10, 500'000), Direction::Long, {});
        const int nvda = pm.handle(u"NVDA"_s);
        QVERIFY(nvda != aapl && nvda != msft);
        QCOMPARE(pm.position(aapl), pm.position(u"AAPL"_s));
        QCOMPARE(pm.position(nvda), pm.position(u"NVDA"_s));
        QCOMPARE(pm.position(msft), nullptr);

        const Position* marked = pm.markPrice(aapl, px(102'000));
        QVERIFY(marked);
        QCOMPARE(marked, pm.position(u"AAPL"_s));
        QCOMPARE(marked->lastPrice, px(102'000));
        QCOMPARE(pm.unrealizedPnl(), usd(200'000)); // 100 x +2.00; NVDA at its entry
        QCOMPARE(pm.positions().size(), 2);
        QCOMPARE(pm.positions().first().ticker, u"AAPL"_s); // still in ticker order

        QCOMPARE(pm.apply(ff.make(u"AAPL"_s, Sell, 100, 102'000), Direction::Long, {}).kind,
                 FillOutcome::Closed);
        QCOMPARE(pm.position(aapl), nullptr);
        QCOMPARE(pm.markPrice(aapl, px(103'000)), nullptr);
        QCOMPARE(pm.openCount(), 1);

        QCOMPARE(pm.apply(ff.make(u"AAPL"_s, Sell, 50, 103'000), Direction::Short, {}).kind,
                 FillOutcome::Opened);
        QCOMPARE(pm.handle(u"AAPL"_s), aapl);
        QVERIFY(pm.position(aapl));
        QVERIFY(pm.position(aapl)->direction == Direction::Short);
        QCOMPARE(pm.position(aapl)->shares, 50);
        QCOMPARE(pm.openCount(), 2);
    }
};

QTEST_GUILESS_MAIN(tst_PositionManager)
#include "tst_PositionManager.moc"
