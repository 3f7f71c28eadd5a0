#include "execution/EntryPlanner.h"
#include "support/TestValues.h"

#include <QTest>

using namespace axion;
using axion::test::px;

namespace {

CloudState cloud(CloudLayer layer, double shortEma, double longEma) {
    CloudState c;
    c.layer = layer;
    c.shortEma = shortEma;
    c.longEma = longEma;
    c.isBullish = shortEma > longEma;
    return c;
}

// The DESIGN.md example: AAPL long, entry 187.42, stop 185.10, target 191.90.
Signal aaplLong(int conviction = 82, bool volume = true) {
    Signal s;
    s.signalId = QStringLiteral("sig-abc");
    s.signalType = QStringLiteral("cloud_flip_bullish");
    s.ticker = QStringLiteral("AAPL");
    s.direction = Direction::Long;
    s.timeframe = QStringLiteral("10m");
    s.tradeType = TradeType::Day;
    s.conviction = conviction;
    s.volumeConfirmed = volume;
    s.entryPrice = px("187.42");
    s.stopLoss = px("185.10");
    s.targetPrice = px("191.90");
    s.cloudStates = {cloud(CloudLayer::Fast, 187.1, 186.8),
                     cloud(CloudLayer::Pullback, 186.9049, 186.7)};
    return s;
}

Signal shortSignal() {
    Signal s = aaplLong(60, false);
    s.signalType = QStringLiteral("cloud_flip_bearish");
    s.direction = Direction::Short;
    s.entryPrice = px("100");
    s.stopLoss = px("102.005");
    s.targetPrice.reset();
    s.cloudStates = {cloud(CloudLayer::Pullback, 100.2011, 100.4)};
    return s;
}

ExecutorConfig noScaleIn() {
    ExecutorConfig c;
    c.scaleInEnabled = false;
    return c;
}

Bar bar(const char* o, const char* h, const char* l, const char* c) {
    return Bar{0, px(o), px(h), px(l), px(c), 1000};
}

} // namespace

class tst_EntryPlanner : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void highConvictionWithVolumeIsAMarketOrder() {
        const EntryPlan p = EntryPlanner(noScaleIn()).plan(aaplLong(), 80, QStringLiteral("paper"));
        QCOMPARE(toString(p.style), QStringLiteral("market"));
        QCOMPARE(toString(p.entry.type), QStringLiteral("market"));
        QVERIFY(!p.entry.limitPrice.has_value());
        QCOMPARE(p.entry.quantity, 80);
        QCOMPARE(toString(p.entry.side), QStringLiteral("buy"));
        QCOMPARE(p.entry.clientOrderId, QStringLiteral("sig-abc-entry"));
        QCOMPARE(p.entry.broker, QStringLiteral("paper"));
        QVERIFY(validate(p.entry).isEmpty());
        QVERIFY(!p.scaleIn.has_value());
    }

    void conviction_data() {
        QTest::addColumn<int>("conviction");
        QTest::addColumn<bool>("volume");
        QTest::addColumn<QString>("style");
        QTest::newRow("75 with volume") << 75 << true << "market";
        QTest::newRow("74 with volume") << 74 << true << "limit_at_cloud";
        QTest::newRow("90 without volume") << 90 << false << "limit_at_cloud";
        QTest::newRow("50") << 50 << true << "limit_at_cloud";
    }
    void conviction() {
        QFETCH(int, conviction);
        QFETCH(bool, volume);
        QFETCH(QString, style);
        QCOMPARE(
            toString(EntryPlanner(noScaleIn()).plan(aaplLong(conviction, volume), 10, {}).style),
            style);
    }

    void limitSitsAtTheCloudEdge() {
        // Pullback cloud upper edge 186.9049 rounds down to the cent: 186.90 (below entry 187.42).
        const EntryPlan p = EntryPlanner(noScaleIn()).plan(aaplLong(60), 80, {});
        QCOMPARE(toString(p.entry.type), QStringLiteral("limit"));
        QCOMPARE(*p.entry.limitPrice, px("186.90"));
        QCOMPARE(p.cloudEdge, px("186.9049"));
        QCOMPARE(p.expiryBars, 3);
        QVERIFY(validate(p.entry).isEmpty());
    }

    void limitNeverPaysMoreThanTheSignal() {
        Signal s = aaplLong(60);
        s.cloudStates = {cloud(CloudLayer::Pullback, 188.5, 188.0)}; // cloud above price
        QCOMPARE(*EntryPlanner(noScaleIn()).plan(s, 10, {}).entry.limitPrice, px("187.42"));
        s.cloudStates.clear(); // no cloud known: the signal's entry
        QCOMPARE(*EntryPlanner(noScaleIn()).plan(s, 10, {}).entry.limitPrice, px("187.42"));
    }

    void shortLimitMirrors() {
        // Short waits for a rally up to the cloud's lower edge 100.2011, rounded up: 100.21.
        const EntryPlan p = EntryPlanner(noScaleIn()).plan(shortSignal(), 10, {});
        QCOMPARE(toString(p.entry.side), QStringLiteral("sell"));
        QCOMPARE(*p.entry.limitPrice, px("100.21"));
        // Stop 102.005 rounds away from the entry: 102.01. Target 2:1: 100 - 2 x 2.005 = 95.99,
        // rounded toward the entry: 95.99 -> 96.00? No: 95.99 is already a cent.
        QCOMPARE(*p.stop.stopPrice, px("102.01"));
        QCOMPARE(toString(p.stop.side), QStringLiteral("buy"));
        QCOMPARE(*p.target.limitPrice, px("95.99"));
    }

    void bracketLegs() {
        const EntryPlan p =
            EntryPlanner(noScaleIn()).plan(aaplLong(), 80, QStringLiteral("alpaca"));
        QCOMPARE(p.stop.clientOrderId, QStringLiteral("sig-abc-stop"));
        QCOMPARE(p.target.clientOrderId, QStringLiteral("sig-abc-target"));
        QCOMPARE(toString(p.stop.type), QStringLiteral("stop"));
        QCOMPARE(*p.stop.stopPrice, px("185.10"));
        QCOMPARE(toString(p.target.type), QStringLiteral("limit"));
        QCOMPARE(*p.target.limitPrice, px("191.90")); // the signal's own target
        for (const Order* leg : {&p.stop, &p.target}) {
            QCOMPARE(leg->quantity, 80);
            QCOMPARE(toString(leg->side), QStringLiteral("sell"));
            QCOMPARE(leg->parentClientOrderId, QStringLiteral("sig-abc-entry"));
            QCOMPARE(leg->ocoGroup, QStringLiteral("sig-abc-oco"));
            QCOMPARE(leg->broker, QStringLiteral("alpaca"));
            QCOMPARE(toString(leg->timeInForce), QStringLiteral("day")); // day trade
            QVERIFY(validate(*leg).isEmpty());
        }
    }

    void targetDefaultsToTwoToOne() {
        Signal s = aaplLong();
        s.targetPrice.reset();
        // 187.42 + 2 x (187.42 - 185.10) = 187.42 + 4.64 = 192.06
        QCOMPARE(*EntryPlanner(noScaleIn()).plan(s, 10, {}).target.limitPrice, px("192.06"));
        ExecutorConfig c = noScaleIn();
        c.rewardToRiskTarget = 3.0; // 187.42 + 6.96 = 194.38
        QCOMPARE(*EntryPlanner(c).plan(s, 10, {}).target.limitPrice, px("194.38"));
    }

    void swingLegsAreGoodTillCancelled() {
        Signal s = aaplLong();
        s.tradeType = TradeType::Swing;
        const EntryPlan p = EntryPlanner(noScaleIn()).plan(s, 10, {});
        QCOMPARE(toString(p.stop.timeInForce), QStringLiteral("gtc"));
        QCOMPARE(toString(p.target.timeInForce), QStringLiteral("gtc"));
    }

    void scaleInEntersHalfNow_data() {
        QTest::addColumn<qint64>("shares");
        QTest::addColumn<qint64>("now");
        QTest::addColumn<qint64>("later");
        QTest::newRow("even") << qint64(80) << qint64(40) << qint64(40);
        QTest::newRow("odd") << qint64(149) << qint64(74) << qint64(75);
        QTest::newRow("two") << qint64(2) << qint64(1) << qint64(1);
        QTest::newRow("one share cannot scale") << qint64(1) << qint64(1) << qint64(0);
    }
    void scaleInEntersHalfNow() {
        QFETCH(qint64, shares);
        QFETCH(qint64, now);
        QFETCH(qint64, later);
        const EntryPlan p =
            EntryPlanner(ExecutorConfig{}).plan(aaplLong(), shares, QStringLiteral("paper"));
        QCOMPARE(p.entry.quantity, now);
        QCOMPARE(p.stop.quantity, now);
        QCOMPARE(p.target.quantity, now);
        QCOMPARE(p.scaleIn.has_value(), later > 0);
        if (later > 0) {
            QCOMPARE(p.scaleIn->shares, later);
            QCOMPARE(p.scaleIn->broker, QStringLiteral("paper"));
            QCOMPARE(p.entry.quantity + p.scaleIn->shares, shares);
        }
    }

    void scaleInWaitsForAPullbackThatHolds_data() {
        QTest::addColumn<int>("direction");
        QTest::addColumn<Bar>("bar");
        QTest::addColumn<bool>("fires");
        // Long: cloud 99.00-100.00. Touch the upper edge and close back above it.
        QTest::newRow("long dips in and holds")
            << int(Direction::Long) << bar("100.50", "100.80", "99.50", "100.20") << true;
        QTest::newRow("long touches edge exactly")
            << int(Direction::Long) << bar("100.50", "100.80", "100.00", "100.00") << true;
        QTest::newRow("long never reaches cloud")
            << int(Direction::Long) << bar("100.50", "100.80", "100.01", "100.60") << false;
        QTest::newRow("long closes inside cloud")
            << int(Direction::Long) << bar("100.50", "100.80", "99.50", "99.80") << false;
        QTest::newRow("long breaks through")
            << int(Direction::Long) << bar("100.50", "100.80", "98.00", "98.50") << false;
        // Short mirrors against the lower edge 99.00.
        QTest::newRow("short rallies in and holds")
            << int(Direction::Short) << bar("98.50", "99.50", "98.20", "98.80") << true;
        QTest::newRow("short never reaches cloud")
            << int(Direction::Short) << bar("98.50", "98.99", "98.20", "98.40") << false;
        QTest::newRow("short closes inside cloud")
            << int(Direction::Short) << bar("98.50", "99.50", "98.20", "99.20") << false;
    }
    void scaleInWaitsForAPullbackThatHolds() {
        QFETCH(int, direction);
        QFETCH(Bar, bar);
        QFETCH(bool, fires);
        const PendingScaleIn pending{QStringLiteral("sig-abc"), QStringLiteral("AAPL"),
                                     Direction(direction), 75, QStringLiteral("paper")};
        const auto order =
            EntryPlanner(ExecutorConfig{})
                .scaleInOrder(pending, bar, cloud(CloudLayer::Pullback, 100.0, 99.0));
        QCOMPARE(order.has_value(), fires);
        if (fires) {
            QCOMPARE(order->clientOrderId, QStringLiteral("sig-abc-scale"));
            QCOMPARE(order->quantity, 75);
            QCOMPARE(toString(order->leg), QStringLiteral("scale"));
            QCOMPARE(toString(order->side), direction == int(Direction::Long)
                                                ? QStringLiteral("buy")
                                                : QStringLiteral("sell"));
            QCOMPARE(order->broker, QStringLiteral("paper"));
            QVERIFY(validate(*order).isEmpty());
        }
    }

    void repeatedScaleLegsGetDistinctIds() {
        const PendingScaleIn pending{
            QStringLiteral("sig-abc"), QStringLiteral("AAPL"), Direction::Long, 10, {}};
        const auto second = EntryPlanner(ExecutorConfig{})
                                .scaleInOrder(pending, bar("100.5", "101", "99.5", "100.2"),
                                              cloud(CloudLayer::Pullback, 100.0, 99.0), 2);
        QCOMPARE(second->clientOrderId, QStringLiteral("sig-abc-scale-2"));
    }

    void limitExpiry() {
        const EntryPlanner planner(ExecutorConfig{});
        QVERIFY(!planner.limitExpired(2));
        QVERIFY(planner.limitExpired(3));
    }

    void plansAreDeterministic() {
        const EntryPlanner planner(ExecutorConfig{});
        const EntryPlan a = planner.plan(aaplLong(60), 149, QStringLiteral("paper"));
        const EntryPlan b = planner.plan(aaplLong(60), 149, QStringLiteral("paper"));
        QCOMPARE(a.entry, b.entry);
        QCOMPARE(a.stop, b.stop);
        QCOMPARE(a.target, b.target);
        QCOMPARE(a.scaleIn, b.scaleIn);
    }

    void subDollarPricesKeepFourDecimals() {
        Signal s = aaplLong(60);
        s.entryPrice = px("0.5123");
        s.stopLoss = px("0.4567");
        s.targetPrice.reset();
        s.cloudStates.clear();
        const EntryPlan p = EntryPlanner(noScaleIn()).plan(s, 1000, {});
        QCOMPARE(*p.entry.limitPrice, px("0.5123"));
        QCOMPARE(*p.stop.stopPrice, px("0.4567"));
        // 0.5123 + 2 x 0.0556 = 0.6235
        QCOMPARE(*p.target.limitPrice, px("0.6235"));
    }
};

QTEST_GUILESS_MAIN(tst_EntryPlanner)
#include "tst_EntryPlanner.moc"
