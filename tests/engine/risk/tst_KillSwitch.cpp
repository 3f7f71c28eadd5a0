#include "risk/KillSwitch.h"
#include "support/TestValues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <algorithm>
#include <limits>

using namespace axion;

// core's toString(enum) returns a QString, which ADL prefers over QTest's enum printer inside
// QCOMPARE and breaks it: compare such enums by name (also gives readable failure messages).
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kNow = 1'764'000'000'000; // a UTC ms timestamp

Money usd(qint64 units) {
    return Money::fromUnits(units);
}

// A healthy account: no trigger fires.
KillSwitchInputs healthy() {
    KillSwitchInputs in;
    in.startOfDayEquity = Money::fromWhole(100'000);
    in.equity = Money::fromWhole(100'000);
    in.nowMs = kNow;
    return in;
}

// The status entry of one trigger.
KillSwitchTriggerStatus statusOf(const KillSwitchStatus& all, KillTrigger t) {
    const auto it = std::find_if(all.cbegin(), all.cend(),
                                 [t](const KillSwitchTriggerStatus& s) { return s.trigger == t; });
    if (it == all.cend())
        qFatal("trigger %s missing from status()", qPrintable(toString(t)));
    return *it;
}

// The first firing status, as check() must report it ("none" when nothing fires).
QString firstFiring(const KillSwitchStatus& all) {
    for (const KillSwitchTriggerStatus& s : all) {
        if (s.firing)
            return toString(s.trigger);
    }
    return QStringLiteral("none");
}

QString checked(const std::optional<KillSwitchTrip>& trip) {
    return trip ? toString(trip->trigger) : QStringLiteral("none");
}

} // namespace

class tst_KillSwitch : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void healthyAccountDoesNotTrip() {
        const KillSwitch ks{ExecutorConfig{}};
        QVERIFY(!ks.check(healthy()).has_value());
        QVERIFY(!ks.isTripped());
    }

    // (a) Daily loss > 10% of start-of-day equity, strictly.
    void dailyLoss_data() {
        QTest::addColumn<qint64>("startUnits");
        QTest::addColumn<qint64>("equityUnits");
        QTest::addColumn<bool>("trips");
        // Start $100,000.00: the limit is $10,000.00.
        QTest::newRow("-10% exactly (equity 90,000.00)")
            << qint64(1'000'000'000) << qint64(900'000'000) << false;
        QTest::newRow("-10.0001% (equity 89,999.90)")
            << qint64(1'000'000'000) << qint64(899'999'000) << true;
        QTest::newRow("one unit past (equity 89,999.9999)")
            << qint64(1'000'000'000) << qint64(899'999'999) << true;
        QTest::newRow("-5%") << qint64(1'000'000'000) << qint64(950'000'000) << false;
        QTest::newRow("up on the day") << qint64(1'000'000'000) << qint64(1'010'000'000) << false;
        // Start $100,000.0005: the exact limit is 100,000,000.5 units, between two amounts.
        QTest::newRow("odd start, loss 100,000,000 units")
            << qint64(1'000'000'005) << qint64(900'000'005) << false;
        QTest::newRow("odd start, loss 100,000,001 units")
            << qint64(1'000'000'005) << qint64(900'000'004) << true;
        // Start-of-day equity unknown (0): no base, not checked.
        QTest::newRow("no start-of-day equity") << qint64(0) << qint64(300'000'000) << false;
    }
    void dailyLoss() {
        QFETCH(qint64, startUnits);
        QFETCH(qint64, equityUnits);
        QFETCH(bool, trips);
        const KillSwitch ks{ExecutorConfig{}};
        KillSwitchInputs in = healthy();
        in.startOfDayEquity = usd(startUnits);
        in.equity = usd(equityUnits);
        const auto trip = ks.check(in);
        QCOMPARE(trip.has_value(), trips);
        if (trips) {
            COMPARE_NAMED(trip->trigger, KillTrigger::DailyLoss);
            QCOMPARE(trip->atMs, kNow);
        }
    }

    void dailyLossDetailGivesTheNumbers() {
        const KillSwitch ks{ExecutorConfig{}};
        KillSwitchInputs in = healthy();
        in.equity = usd(899'999'000); // loss 10,000.10
        const auto trip = ks.check(in);
        QVERIFY(trip);
        QVERIFY2(trip->detail.contains(u"10000.10"), qPrintable(trip->detail));
        QVERIFY2(trip->detail.contains(u"10000.00"), qPrintable(trip->detail));
        QVERIFY2(trip->detail.contains(u"100000.00"), qPrintable(trip->detail));
        QVERIFY2(trip->detail.contains(u"10.0001%"), qPrintable(trip->detail));
    }

    void dailyLossFollowsConfig() {
        ExecutorConfig cfg;
        cfg.dailyLossLimit = 0.05; // $5,000 of $100,000
        const KillSwitch ks{cfg};
        KillSwitchInputs in = healthy();
        in.equity = Money::fromWhole(95'000);
        QVERIFY(!ks.check(in));
        in.equity = usd(949'999'999);
        COMPARE_NAMED(ks.check(in)->trigger, KillTrigger::DailyLoss);
    }

    // (c) Broker unreachable for more than 60 s, strictly.
    void brokerUnreachable_data() {
        QTest::addColumn<qint64>("sinceMs");
        QTest::addColumn<bool>("trips");
        QTest::newRow("reachable") << qint64(0) << false;
        QTest::newRow("1 s") << kNow - 1'000 << false;
        QTest::newRow("exactly 60 s") << kNow - 60'000 << false;
        QTest::newRow("60 s + 1 ms") << kNow - 60'001 << true;
        QTest::newRow("5 min") << kNow - 300'000 << true;
        QTest::newRow("since is in the future (clock skew)") << kNow + 5'000 << false;
    }
    void anAccountNotYetReportedIsNotJudgedButReachabilityIs() {
        // A remote broker just started: its equity reads 0 until its first answer.
        const KillSwitch ks{ExecutorConfig{}};
        KillSwitchInputs in = healthy();
        in.equity = Money();
        in.equityKnown = false;
        QCOMPARE(checked(ks.check(in)), QStringLiteral("none"));
        // Unreachable for longer than the timeout still trips.
        in.brokerUnreachableSinceMs = kNow - 61'000;
        QCOMPARE(checked(ks.check(in)), toString(KillTrigger::BrokerUnreachable));
        // Once reported, the same zero equity is judged (fail closed).
        in.brokerUnreachableSinceMs = 0;
        in.equityKnown = true;
        QCOMPARE(checked(ks.check(in)), toString(KillTrigger::DailyLoss));
    }

    void brokerUnreachable() {
        QFETCH(qint64, sinceMs);
        QFETCH(bool, trips);
        const KillSwitch ks{ExecutorConfig{}};
        KillSwitchInputs in = healthy();
        in.brokerUnreachableSinceMs = sinceMs;
        const auto trip = ks.check(in);
        QCOMPARE(trip.has_value(), trips);
        if (trips)
            COMPARE_NAMED(trip->trigger, KillTrigger::BrokerUnreachable);
    }

    void brokerUnreachableDetail() {
        const KillSwitch ks{ExecutorConfig{}};
        KillSwitchInputs in = healthy();
        in.brokerUnreachableSinceMs = kNow - 60'001;
        const auto trip = ks.check(in);
        QVERIFY(trip);
        QVERIFY2(trip->detail.contains(u"60.001"), qPrintable(trip->detail));
        QVERIFY2(trip->detail.contains(u"60 s"), qPrintable(trip->detail));
    }

    // (d) Equity < $25,000. The day's loss is kept tiny so the daily limit stays out of it.
    void equityBelowMinimum_data() {
        QTest::addColumn<qint64>("equityUnits");
        QTest::addColumn<bool>("trips");
        QTest::newRow("exactly 25,000.0000") << qint64(250'000'000) << false;
        QTest::newRow("25,000.0001") << qint64(250'000'001) << false;
        QTest::newRow("24,999.9999") << qint64(249'999'999) << true;
        QTest::newRow("zero (no snapshot: fail closed)") << qint64(0) << true;
    }
    void equityBelowMinimum() {
        QFETCH(qint64, equityUnits);
        QFETCH(bool, trips);
        const KillSwitch ks{ExecutorConfig{}};
        KillSwitchInputs in = healthy();
        in.startOfDayEquity = usd(equityUnits);
        in.equity = usd(equityUnits);
        const auto trip = ks.check(in);
        QCOMPARE(trip.has_value(), trips);
        if (trips)
            COMPARE_NAMED(trip->trigger, KillTrigger::EquityBelowMinimum);
    }

    void equityDetail() {
        const KillSwitch ks{ExecutorConfig{}};
        KillSwitchInputs in = healthy();
        in.startOfDayEquity = usd(249'999'999);
        in.equity = usd(249'999'999);
        const auto trip = ks.check(in);
        QVERIFY(trip);
        QVERIFY2(trip->detail.contains(u"24999.9999"), qPrintable(trip->detail));
        QVERIFY2(trip->detail.contains(u"25000.00"), qPrintable(trip->detail));
    }

    // (e) The last 3 closed trades all lost strictly more than 3% of their cost basis.
    void consecutiveLosses_data() {
        QTest::addColumn<QList<double>>("returns");
        QTest::addColumn<bool>("trips");
        QTest::newRow("none") << QList<double>{} << false;
        QTest::newRow("two big losses") << QList<double>{-0.05, -0.04} << false;
        QTest::newRow("three big losses") << QList<double>{-0.035, -0.04, -0.05} << true;
        QTest::newRow("3.0% exactly does not count (first)")
            << QList<double>{-0.03, -0.04, -0.05} << false;
        QTest::newRow("3.0% exactly does not count (last)")
            << QList<double>{-0.04, -0.05, -0.03} << false;
        QTest::newRow("3.01% counts") << QList<double>{-0.0301, -0.04, -0.05} << true;
        QTest::newRow("win in between resets")
            << QList<double>{-0.04, -0.05, 0.02, -0.06, -0.07} << false;
        QTest::newRow("streak after a win") << QList<double>{0.05, -0.04, -0.05, -0.06} << true;
        QTest::newRow("small loss breaks the streak")
            << QList<double>{-0.04, -0.01, -0.05, -0.06} << false;
        QTest::newRow("breakeven breaks the streak")
            << QList<double>{-0.04, 0.0, -0.05, -0.06} << false;
        QTest::newRow("older losses, recent win")
            << QList<double>{-0.04, -0.05, -0.06, 0.01} << false;
        QTest::newRow("four big losses") << QList<double>{-0.04, -0.05, -0.06, -0.07} << true;
    }
    void consecutiveLosses() {
        QFETCH(QList<double>, returns);
        QFETCH(bool, trips);
        const KillSwitch ks{ExecutorConfig{}};
        KillSwitchInputs in = healthy();
        in.recentTradeReturns = returns;
        const auto trip = ks.check(in);
        QCOMPARE(trip.has_value(), trips);
        if (trips) {
            COMPARE_NAMED(trip->trigger, KillTrigger::ConsecutiveLosses);
            QVERIFY2(trip->detail.contains(u"3.00%"), qPrintable(trip->detail));
        }
    }

    // Returns computed from exact money: -300.00 on 10,000.00 is exactly -3% and does not count;
    // -300.0001 is worse than 3% and does.
    void tradeReturnBoundary_data() {
        QTest::addColumn<qint64>("lastPnlUnits");
        QTest::addColumn<bool>("trips");
        QTest::newRow("-300.0000 of 10,000") << qint64(-3'000'000) << false;
        QTest::newRow("-300.0001 of 10,000") << qint64(-3'000'001) << true;
    }
    void tradeReturnBoundary() {
        QFETCH(qint64, lastPnlUnits);
        QFETCH(bool, trips);
        const Money cost = Money::fromWhole(10'000);
        QCOMPARE(KillSwitch::tradeReturn(Money::fromWhole(-300), cost), -0.03);
        const KillSwitch ks{ExecutorConfig{}};
        KillSwitchInputs in = healthy();
        in.recentTradeReturns = {KillSwitch::tradeReturn(Money::fromWhole(-400), cost),
                                 KillSwitch::tradeReturn(Money::fromWhole(-500), cost),
                                 KillSwitch::tradeReturn(usd(lastPnlUnits), cost)};
        QCOMPARE(ks.check(in).has_value(), trips);
        QCOMPARE(KillSwitch::tradeReturn(Money::fromWhole(-1), Money()), 0.0);
    }

    void consecutiveLossesFollowConfig() {
        ExecutorConfig cfg;
        cfg.consecutiveLossThreshold = 2;
        cfg.consecutiveLossPct = 0.05;
        const KillSwitch ks{cfg};
        KillSwitchInputs in = healthy();
        in.recentTradeReturns = {-0.06, -0.05};
        QVERIFY(!ks.check(in));
        in.recentTradeReturns = {-0.06, -0.051};
        COMPARE_NAMED(ks.check(in)->trigger, KillTrigger::ConsecutiveLosses);
    }

    void firstTriggerInPrdOrder() {
        const KillSwitch ks{ExecutorConfig{}};
        KillSwitchInputs in;
        in.nowMs = kNow;
        in.startOfDayEquity = Money::fromWhole(27'000);
        in.equity = Money::fromWhole(24'000); // -11.1% and below $25,000
        in.brokerUnreachableSinceMs = kNow - 61'000;
        in.recentTradeReturns = {-0.05, -0.05, -0.05};
        COMPARE_NAMED(ks.check(in)->trigger, KillTrigger::DailyLoss);
        in.startOfDayEquity = Money::fromWhole(25'000); // -4%
        COMPARE_NAMED(ks.check(in)->trigger, KillTrigger::BrokerUnreachable);
        in.brokerUnreachableSinceMs = 0;
        COMPARE_NAMED(ks.check(in)->trigger, KillTrigger::EquityBelowMinimum);
        in.equity = Money::fromWhole(25'000);
        COMPARE_NAMED(ks.check(in)->trigger, KillTrigger::ConsecutiveLosses);
    }

    // status(): the four automatic triggers in check()'s order.
    void statusListsTheFourTriggersInCheckOrder() {
        const KillSwitchStatus all = KillSwitch{ExecutorConfig{}}.status(healthy());
        COMPARE_NAMED(all[0].trigger, KillTrigger::DailyLoss);
        COMPARE_NAMED(all[1].trigger, KillTrigger::BrokerUnreachable);
        COMPARE_NAMED(all[2].trigger, KillTrigger::EquityBelowMinimum);
        COMPARE_NAMED(all[3].trigger, KillTrigger::ConsecutiveLosses);
        for (const KillSwitchTriggerStatus& s : all)
            QVERIFY2(!s.firing, qPrintable(toString(s.trigger)));
    }

    // At each trigger's exact boundary the status fires exactly when check() trips on it. The
    // other triggers are kept quiet (healthy()), so check() can only name this one.
    void statusAgreesWithCheckAtTheBoundary_data() {
        QTest::addColumn<int>("trigger");
        QTest::addColumn<qint64>("startUnits");
        QTest::addColumn<qint64>("equityUnits");
        QTest::addColumn<qint64>("unreachableSinceMs");
        QTest::addColumn<QList<double>>("returns");
        QTest::addColumn<bool>("fires");
        const int loss = int(KillTrigger::DailyLoss);
        const int broker = int(KillTrigger::BrokerUnreachable);
        const int equity = int(KillTrigger::EquityBelowMinimum);
        const int streak = int(KillTrigger::ConsecutiveLosses);
        const QList<double> none;
        // Daily loss: the limit of $100,000.00 is $10,000.00; of $100,000.0005 it is
        // 100,000,000.5 units, between two amounts (the exact fraction floors it).
        QTest::newRow("loss exactly 10%")
            << loss << qint64(1'000'000'000) << qint64(900'000'000) << qint64(0) << none << false;
        QTest::newRow("loss 10% + 1 unit")
            << loss << qint64(1'000'000'000) << qint64(899'999'999) << qint64(0) << none << true;
        QTest::newRow("odd start, loss 100,000,000 units")
            << loss << qint64(1'000'000'005) << qint64(900'000'005) << qint64(0) << none << false;
        QTest::newRow("odd start, loss 100,000,001 units")
            << loss << qint64(1'000'000'005) << qint64(900'000'004) << qint64(0) << none << true;
        // Broker: more than 60 s, strictly.
        QTest::newRow("unreachable exactly 60 s")
            << broker << qint64(1'000'000'000) << qint64(1'000'000'000) << kNow - 60'000 << none
            << false;
        QTest::newRow("unreachable 60 s + 1 ms")
            << broker << qint64(1'000'000'000) << qint64(1'000'000'000) << kNow - 60'001 << none
            << true;
        // Equity: exactly the minimum trades.
        QTest::newRow("equity exactly 25,000")
            << equity << qint64(250'000'000) << qint64(250'000'000) << qint64(0) << none << false;
        QTest::newRow("equity 25,000 - 1 unit")
            << equity << qint64(249'999'999) << qint64(249'999'999) << qint64(0) << none << true;
        // Streak: three losses each worse than 3%, strictly; -3% exactly does not count.
        QTest::newRow("three losses, one exactly 3%")
            << streak << qint64(1'000'000'000) << qint64(1'000'000'000) << qint64(0)
            << QList<double>{-0.04, -0.05,
                             KillSwitch::tradeReturn(usd(-3'000'000), usd(100'000'000))}
            << false;
        QTest::newRow("three losses, one 3% + 1 unit")
            << streak << qint64(1'000'000'000) << qint64(1'000'000'000) << qint64(0)
            << QList<double>{-0.04, -0.05,
                             KillSwitch::tradeReturn(usd(-3'000'001), usd(100'000'000))}
            << true;
        QTest::newRow("two losses") << streak << qint64(1'000'000'000) << qint64(1'000'000'000)
                                    << qint64(0) << QList<double>{-0.04, -0.05} << false;
    }
    void statusAgreesWithCheckAtTheBoundary() {
        QFETCH(int, trigger);
        QFETCH(qint64, startUnits);
        QFETCH(qint64, equityUnits);
        QFETCH(qint64, unreachableSinceMs);
        QFETCH(QList<double>, returns);
        QFETCH(bool, fires);
        const KillSwitch ks{ExecutorConfig{}};
        KillSwitchInputs in = healthy();
        in.startOfDayEquity = usd(startUnits);
        in.equity = usd(equityUnits);
        in.brokerUnreachableSinceMs = unreachableSinceMs;
        in.recentTradeReturns = returns;
        const KillTrigger t = static_cast<KillTrigger>(trigger);
        QCOMPARE(statusOf(ks.status(in), t).firing, fires);
        QCOMPARE(checked(ks.check(in)), fires ? toString(t) : QStringLiteral("none"));
    }

    // The values a dashboard shows: both sides of each comparison, exact, and the gauge.
    void statusGivesTheComparedValues() {
        ExecutorConfig cfg;
        cfg.consecutiveLossThreshold = 3;
        const KillSwitch ks{cfg};
        KillSwitchInputs in = healthy();
        in.equity = Money::fromWhole(95'000);        // lost $5,000 of the $10,000 limit
        in.brokerUnreachableSinceMs = kNow - 15'000; // 15 of 60 s
        in.recentTradeReturns = {-0.05, 0.01, -0.04, -0.05};
        const KillSwitchStatus all = ks.status(in);
        const KillSwitchTriggerStatus loss = statusOf(all, KillTrigger::DailyLoss);
        QCOMPARE(loss.current, Money::fromWhole(5'000).units());
        QCOMPARE(loss.limit, Money::fromWhole(10'000).units());
        QCOMPARE(loss.usage, 0.5);
        const KillSwitchTriggerStatus broker = statusOf(all, KillTrigger::BrokerUnreachable);
        QCOMPARE(broker.current, qint64(15'000));
        QCOMPARE(broker.limit, qint64(60'000));
        QCOMPARE(broker.usage, 0.25);
        const KillSwitchTriggerStatus equity = statusOf(all, KillTrigger::EquityBelowMinimum);
        QCOMPARE(equity.current, Money::fromWhole(95'000).units());
        QCOMPARE(equity.limit, Money::fromWhole(25'000).units());
        QCOMPARE(equity.usage, 25'000.0 / 95'000.0);
        const KillSwitchTriggerStatus streak = statusOf(all, KillTrigger::ConsecutiveLosses);
        QCOMPARE(streak.current, qint64(2)); // the latest two; the win ended the older one
        QCOMPARE(streak.limit, qint64(3));
        QCOMPARE(streak.usage, 2.0 / 3.0);
        for (const KillSwitchTriggerStatus& s : all)
            QVERIFY2(!s.firing, qPrintable(toString(s.trigger)));

        in.equity = Money::fromWhole(102'000); // up on the day: no loss, an empty gauge
        in.brokerUnreachableSinceMs = 0;
        const KillSwitchStatus up = ks.status(in);
        QCOMPARE(statusOf(up, KillTrigger::DailyLoss).current, Money::fromWhole(-2'000).units());
        QCOMPARE(statusOf(up, KillTrigger::DailyLoss).usage, 0.0);
        QCOMPARE(statusOf(up, KillTrigger::BrokerUnreachable).current, qint64(0));
        QCOMPARE(statusOf(up, KillTrigger::BrokerUnreachable).usage, 0.0);
    }

    // For a grid of inputs around every boundary, check() reports the first firing status, in
    // order, and nothing when none fires.
    void checkIsTheFirstFiringStatus_data() {
        QTest::addColumn<qint64>("startUnits");
        QTest::addColumn<qint64>("equityUnits");
        QTest::addColumn<qint64>("unreachableSinceMs");
        QTest::addColumn<QList<double>>("returns");
        QTest::addColumn<int>("threshold");
        const qint64 starts[] = {0, 1'000'000'000, 1'000'000'005, 270'000'000, 250'000'000};
        const qint64 equities[] = {
            1'010'000'000, 1'000'000'000, 900'000'005, 900'000'004, 900'000'000,
            899'999'999,   250'000'000,   249'999'999, 240'000'000, 0};
        const qint64 since[] = {0, kNow - 60'000, kNow - 60'001, kNow + 5'000};
        const double nan = std::numeric_limits<double>::quiet_NaN();
        const QList<QList<double>> returns = {{},
                                              {-0.05, -0.05},
                                              {-0.05, -0.05, -0.05},
                                              {-0.03, -0.05, -0.05},
                                              {-0.05, -0.05, -0.0301, -0.04},
                                              {-0.05, nan, -0.05, -0.05},
                                              {-0.05, -0.05, -0.05, 0.01}};
        const int thresholds[] = {3, 0};
        for (qint64 st : starts)
            for (qint64 eq : equities)
                for (qint64 s : since)
                    for (qsizetype r = 0; r < returns.size(); ++r)
                        for (int n : thresholds)
                            QTest::addRow("start %lld equity %lld since %lld returns %lld n %d", st,
                                          eq, s, qlonglong(r), n)
                                << st << eq << s << returns.at(r) << n;
    }
    void checkIsTheFirstFiringStatus() {
        QFETCH(qint64, startUnits);
        QFETCH(qint64, equityUnits);
        QFETCH(qint64, unreachableSinceMs);
        QFETCH(QList<double>, returns);
        QFETCH(int, threshold);
        ExecutorConfig cfg;
        cfg.consecutiveLossThreshold = threshold;
        const KillSwitch ks{cfg};
        KillSwitchInputs in;
        in.nowMs = kNow;
        in.startOfDayEquity = usd(startUnits);
        in.equity = usd(equityUnits);
        in.brokerUnreachableSinceMs = unreachableSinceMs;
        in.recentTradeReturns = returns;
        const auto trip = ks.check(in);
        QCOMPARE(checked(trip), firstFiring(ks.status(in)));
        if (trip)
            QCOMPARE(trip->atMs, kNow);
    }

    void checkIsPureAndNeverLatches() {
        const KillSwitch ks{ExecutorConfig{}};
        KillSwitchInputs in = healthy();
        in.equity = Money::fromWhole(80'000);
        QVERIFY(ks.check(in));
        QVERIFY(!ks.isTripped());
        QVERIFY(ks.history().isEmpty());
    }

    // (b) Manual, and what activation does.
    void manualActivationActions() {
        KillSwitch ks{ExecutorConfig{}};
        const auto actions = ks.activate(KillTrigger::Manual, u"operator pressed STOP"_s, kNow);
        QVERIFY(actions.haltEntries);
        QVERIFY(actions.cancelWorkingEntries);
        QVERIFY(actions.closeDayTrades);
        QVERIFY(actions.alert);
        QVERIFY(actions.alertMessage.contains(u"operator pressed STOP"));
        QVERIFY(ks.isTripped());
        QCOMPARE(ks.activeTrip(), std::optional(KillSwitchTrip{KillTrigger::Manual,
                                                               u"operator pressed STOP"_s, kNow}));
        QCOMPARE(ks.history().size(), 1);
        QCOMPARE(ks.history()[0].kind, KillSwitchEvent::Kind::Tripped);
    }

    void activateFromCheck() {
        KillSwitch ks{ExecutorConfig{}};
        KillSwitchInputs in = healthy();
        in.brokerUnreachableSinceMs = kNow - 90'000;
        const auto trip = ks.check(in);
        QVERIFY(trip);
        const auto actions = ks.activate(trip->trigger, trip->detail, trip->atMs);
        QVERIFY(actions.alert);
        QVERIFY(actions.alertMessage.contains(trip->detail));
        QCOMPARE(ks.activeTrip(), trip);
    }

    void secondActivationRecordsButDoesNotRealert() {
        KillSwitch ks{ExecutorConfig{}};
        ks.activate(KillTrigger::DailyLoss, u"loss 11%"_s, kNow);
        const auto again = ks.activate(KillTrigger::Manual, u"pressed again"_s, kNow + 1'000);
        QVERIFY(!again.alert);
        QVERIFY(again.alertMessage.isEmpty());
        QVERIFY(again.haltEntries); // still halted; the commands are idempotent
        QVERIFY(ks.isTripped());
        COMPARE_NAMED(ks.activeTrip()->trigger,
                      KillTrigger::DailyLoss); // the original reason stays
        QCOMPARE(ks.activeTrip()->atMs, kNow);
        const auto h = ks.history();
        QCOMPARE(h.size(), 2);
        QCOMPARE(h[1], (KillSwitchEvent{KillSwitchEvent::Kind::Repeated, KillTrigger::Manual,
                                        u"pressed again"_s, kNow + 1'000}));
    }

    void deactivateOnlyWhenTripped() {
        KillSwitch ks{ExecutorConfig{}};
        QVERIFY(!ks.deactivate(u"nothing to reset"_s, kNow));
        QVERIFY(ks.history().isEmpty());
        QVERIFY(!ks.lastResetAtMs());

        ks.activate(KillTrigger::EquityBelowMinimum, u"equity 24000"_s, kNow);
        QVERIFY(ks.deactivate(u"deposit arrived"_s, kNow + 60'000));
        QVERIFY(!ks.isTripped());
        QVERIFY(!ks.activeTrip());
        QCOMPARE(ks.lastResetAtMs(), std::optional<qint64>(kNow + 60'000));
        QCOMPARE(ks.history().last(),
                 (KillSwitchEvent{KillSwitchEvent::Kind::Reset, KillTrigger::EquityBelowMinimum,
                                  u"deposit arrived"_s, kNow + 60'000}));
        QVERIFY(!ks.deactivate(u"twice"_s, kNow + 61'000));
        QCOMPARE(ks.history().size(), 2);

        // Armed again: a new trip alerts again.
        QVERIFY(ks.activate(KillTrigger::Manual, {}, kNow + 70'000).alert);
    }

    void nothingButDeactivateUntrips() {
        KillSwitch ks{ExecutorConfig{}};
        KillSwitchInputs in = healthy();
        in.equity = Money::fromWhole(85'000);
        const auto trip = ks.check(in);
        ks.activate(trip->trigger, trip->detail, trip->atMs);
        // The account recovers: check() finds nothing, the switch stays tripped.
        in.equity = Money::fromWhole(100'000);
        in.nowMs += 3'600'000;
        QVERIFY(!ks.check(in));
        QVERIFY(ks.isTripped());
        // Nor does a restart.
        QString error;
        const auto restored = KillSwitch::fromJson(ExecutorConfig{}, ks.toJson(), &error);
        QVERIFY2(restored, qPrintable(error));
        QVERIFY(restored->isTripped());
    }

    void jsonRoundTripKeepsTripped() {
        KillSwitch ks{ExecutorConfig{}};
        ks.activate(KillTrigger::Manual, u"first"_s, kNow - 10'000);
        ks.deactivate(u"checked the feed"_s, kNow - 5'000);
        ks.activate(KillTrigger::ConsecutiveLosses, u"3 losses: -4.00%, -5.00%, -6.00%"_s, kNow);
        ks.activate(KillTrigger::BrokerUnreachable, u"alpaca 75 s"_s, kNow + 75'000);

        // Through bytes, as a restart reads it from disk.
        const QByteArray bytes = QJsonDocument(ks.toJson()).toJson();
        QString error;
        const auto back =
            KillSwitch::fromJson(ExecutorConfig{}, QJsonDocument::fromJson(bytes).object(), &error);
        QVERIFY2(back, qPrintable(error));
        QVERIFY(back->isTripped());
        QCOMPARE(back->activeTrip(), ks.activeTrip());
        COMPARE_NAMED(back->activeTrip()->trigger, KillTrigger::ConsecutiveLosses);
        QCOMPARE(back->activeTrip()->detail, u"3 losses: -4.00%, -5.00%, -6.00%"_s);
        QCOMPARE(back->activeTrip()->atMs, kNow);
        QCOMPARE(back->history(), ks.history());
        QCOMPARE(back->history().size(), 4);
        QCOMPARE(back->lastResetAtMs(), std::optional<qint64>(kNow - 5'000));
        QCOMPARE(back->toJson(), ks.toJson());

        // The restored switch still only resets through deactivate(), and does not re-alert.
        KillSwitch restored = *back;
        QVERIFY(!restored.activate(KillTrigger::Manual, {}, kNow + 80'000).alert);
        QVERIFY(restored.deactivate(u"ok"_s, kNow + 90'000));
    }

    void jsonRoundTripArmed() {
        const KillSwitch fresh{ExecutorConfig{}};
        QString error;
        const auto back = KillSwitch::fromJson(ExecutorConfig{}, fresh.toJson(), &error);
        QVERIFY2(back, qPrintable(error));
        QVERIFY(!back->isTripped());
        QVERIFY(back->history().isEmpty());
    }

    void corruptJsonIsAnError_data() {
        QTest::addColumn<QByteArray>("json");
        const QByteArray okTrip = R"("active":{"trigger":"manual","detail":"x","at_ms":5})";
        QTest::newRow("empty object") << QByteArray("{}");
        QTest::newRow("future version")
            << QByteArray(R"({"version":2,"tripped":false,"history":[]})");
        QTest::newRow("tripped missing") << QByteArray(R"({"version":1,"history":[]})");
        QTest::newRow("tripped not bool")
            << QByteArray(R"({"version":1,"tripped":"yes","history":[]})");
        QTest::newRow("tripped without active")
            << QByteArray(R"({"version":1,"tripped":true,"history":[]})");
        QTest::newRow("active while armed")
            << QByteArray(R"({"version":1,"tripped":false,)" + okTrip + R"(,"history":[]})");
        QTest::newRow("unknown trigger") << QByteArray(
            R"({"version":1,"tripped":true,"active":{"trigger":"bored","detail":"","at_ms":5},"history":[]})");
        QTest::newRow("fractional time") << QByteArray(
            R"({"version":1,"tripped":true,"active":{"trigger":"manual","detail":"","at_ms":5.5},"history":[]})");
        QTest::newRow("negative time") << QByteArray(
            R"({"version":1,"tripped":true,"active":{"trigger":"manual","detail":"","at_ms":-1},"history":[]})");
        QTest::newRow("detail not a string") << QByteArray(
            R"({"version":1,"tripped":true,"active":{"trigger":"manual","detail":7,"at_ms":5},"history":[]})");
        QTest::newRow("history missing")
            << QByteArray(R"({"version":1,"tripped":true,)" + okTrip + "}");
        QTest::newRow("history not an array")
            << QByteArray(R"({"version":1,"tripped":true,)" + okTrip + R"(,"history":{}})");
        QTest::newRow("history entry not an object")
            << QByteArray(R"({"version":1,"tripped":true,)" + okTrip + R"(,"history":[3]})");
        QTest::newRow("history entry unknown event") << QByteArray(
            R"({"version":1,"tripped":true,)" + okTrip +
            R"(,"history":[{"event":"nap","trigger":"manual","detail":"","at_ms":1}]})");
        QTest::newRow("history entry bad trigger") << QByteArray(
            R"({"version":1,"tripped":true,)" + okTrip +
            R"(,"history":[{"event":"tripped","trigger":"x","detail":"","at_ms":1}]})");
        QTest::newRow("reset time not a number") << QByteArray(
            R"({"version":1,"tripped":false,"last_reset_at_ms":"soon","history":[]})");
    }
    void corruptJsonIsAnError() {
        QFETCH(QByteArray, json);
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
        QCOMPARE(parseError.error, QJsonParseError::NoError); // the JSON itself is well formed
        QString error;
        const auto ks = KillSwitch::fromJson(ExecutorConfig{}, doc.object(), &error);
        QVERIFY(!ks.has_value());
        QVERIFY(!error.isEmpty());
    }

    void historyIsBounded() {
        KillSwitch ks{ExecutorConfig{}};
        ks.activate(KillTrigger::Manual, u"first"_s, kNow);
        for (int i = 1; i <= 1'100; ++i)
            ks.activate(KillTrigger::BrokerUnreachable, {}, kNow + i);
        QCOMPARE(ks.history().size(), KillSwitch::kMaxHistory);
        QCOMPARE(ks.history().last().atMs, kNow + 1'100);
        QCOMPARE(ks.activeTrip()->detail, u"first"_s); // the active trip is kept regardless
    }

    void triggerNames_data() {
        QTest::addColumn<int>("trigger");
        QTest::addColumn<QString>("name");
        QTest::newRow("daily_loss") << int(KillTrigger::DailyLoss) << u"daily_loss"_s;
        QTest::newRow("manual") << int(KillTrigger::Manual) << u"manual"_s;
        QTest::newRow("broker_unreachable")
            << int(KillTrigger::BrokerUnreachable) << u"broker_unreachable"_s;
        QTest::newRow("equity_below_minimum")
            << int(KillTrigger::EquityBelowMinimum) << u"equity_below_minimum"_s;
        QTest::newRow("consecutive_losses")
            << int(KillTrigger::ConsecutiveLosses) << u"consecutive_losses"_s;
    }
    void triggerNames() {
        QFETCH(int, trigger);
        QFETCH(QString, name);
        QCOMPARE(toString(static_cast<KillTrigger>(trigger)), name);
        QCOMPARE(killTriggerFromString(name), std::optional(static_cast<KillTrigger>(trigger)));
        QVERIFY(!killTriggerFromString(name.toUpper()));
    }
};

QTEST_GUILESS_MAIN(tst_KillSwitch)
#include "tst_KillSwitch.moc"
