#include "TestPaths.h"
#include "execution/EngineWorker.h"
#include "execution/TradeExecutor.h"
#include "support/TestValues.h"

#include <QDir>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>

using namespace axion;

namespace {

// The shared SPY, IBM and BAC minute days: real bars, so the cloud engine trades.
ReplayFeed sharedFeed() {
    ReplayFeed feed;
    for (const QString& symbol :
         {QStringLiteral("spy"), QStringLiteral("ibm"), QStringLiteral("bac")}) {
        const QDir dir(QStringLiteral(AXION_SHARED_DIR "/data/lean/equity/usa/minute/") + symbol);
        for (const QString& f :
             dir.entryList({QStringLiteral("*_trade.zip")}, QDir::Files, QDir::Name)) {
            QString error;
            if (!feed.addFile(dir.filePath(f), &error))
                qFatal("%s", qPrintable(error));
        }
    }
    return feed;
}

EngineWorkerOptions optionsFor(ReplayFeed& feed, const QString& journal) {
    EngineWorkerOptions o;
    o.bars = feed.bars();
    o.symbols = feed.symbols();
    o.journalPath = journal;
    o.minutesPerSecond = 0.0; // tests step the market themselves
    return o;
}

// The Risk Dashboard's rows against the kill switch's own status for the executor's inputs:
// every automatic trigger's firing flag and gauge are the switch's. Returns the first mismatch.
QString viewsMismatch(const EngineWorker& worker, const EngineSnapshot& s) {
    const TradeExecutor* ex = worker.executor();
    const KillSwitchStatus status = ex->killSwitch().status(ex->killSwitchInputs());
    for (const KillSwitchTriggerStatus& st : status) {
        const auto view =
            std::find_if(s.killSwitchTriggers.cbegin(), s.killSwitchTriggers.cend(),
                         [&st](const KillSwitchTriggerView& v) { return v.trigger == st.trigger; });
        if (view == s.killSwitchTriggers.cend())
            return toString(st.trigger) + QStringLiteral(": no row");
        if (view->firing != st.firing || view->usage != st.usage)
            return QStringLiteral("%1: row firing %2 usage %3, kill switch %4 %5")
                .arg(toString(st.trigger))
                .arg(int(view->firing))
                .arg(view->usage)
                .arg(int(st.firing))
                .arg(st.usage);
    }
    return {};
}

const KillSwitchTriggerView& rowOf(const EngineSnapshot& s, KillTrigger t) {
    for (const KillSwitchTriggerView& v : s.killSwitchTriggers) {
        if (v.trigger == t)
            return v;
    }
    qFatal("no dashboard row for %s", qPrintable(toString(t)));
}

int countEvents(const QList<QList<QVariant>>& batches, EngineEvent::Kind kind) {
    int n = 0;
    for (const auto& args : batches) {
        for (const EngineEvent& e : args.at(0).value<QList<EngineEvent>>())
            n += e.kind == kind ? 1 : 0;
    }
    return n;
}

} // namespace

class tst_EngineWorker : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_feed = sharedFeed(); }

    void snapshotsFollowTheExecutor() {
        QTemporaryDir dir;
        EngineWorker worker(optionsFor(m_feed, dir.filePath(QStringLiteral("j.db"))));
        QSignalSpy snapshots(&worker, &EngineWorker::snapshotPublished);
        QSignalSpy events(&worker, &EngineWorker::eventsPublished);
        worker.start();
        QVERIFY(worker.isStarted());
        QCOMPARE(snapshots.size(), 1); // start() publishes the first one at once

        // Step through the market, checking every snapshot against the executor it came from.
        bool sawPosition = false;
        bool sawWorking = false;
        while (!worker.atEnd()) {
            worker.stepBars(97);
            const EngineSnapshot s = worker.buildSnapshot();
            const ExecutorStats& st = worker.executor()->stats();
            QCOMPARE(s.stats.trades, st.trades);
            QCOMPARE(s.openPositions, int(s.positions.size()));
            QCOMPARE(s.positions, worker.executor()->accountState().positions);
            QCOMPARE(s.dayPnl.units(), (s.equity - s.startOfDayEquity).units());
            QCOMPARE(s.killSwitchTriggers.size(), 5);
            const QString mismatch = viewsMismatch(worker, s);
            QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
            for (const OrderRecord& r : s.workingOrders)
                QVERIFY(r.isWorking());
            Money tickerSum;
            for (const ExposureView& e : s.tickerExposure) {
                tickerSum += e.exposure;
                QCOMPARE(e.limit, 0.15);
            }
            Money sectorSum;
            for (const ExposureView& e : s.sectorExposure)
                sectorSum += e.exposure;
            QCOMPARE(sectorSum.units(), tickerSum.units());
            for (qsizetype i = 1; i < s.pnlCurve.size(); ++i)
                QVERIFY(s.pnlCurve[i].timeMs > s.pnlCurve[i - 1].timeMs);
            sawPosition = sawPosition || !s.positions.isEmpty();
            sawWorking = sawWorking || !s.workingOrders.isEmpty();
            worker.publishNow();
        }
        QVERIFY(sawPosition);
        QVERIFY(sawWorking);
        const ExecutorStats& st = worker.executor()->stats();
        QVERIFY(st.trades > 0);
        // Every closed trade and every fill was announced once.
        QCOMPARE(countEvents(events, EngineEvent::Kind::Exit), int(st.trades));
        QCOMPARE(countEvents(events, EngineEvent::Kind::Fill) +
                     countEvents(events, EngineEvent::Kind::StopHit),
                 int(st.fills));
        qint64 rejected = 0;
        for (qint64 n : st.rejected)
            rejected += n;
        QCOMPARE(countEvents(events, EngineEvent::Kind::Rejection), int(rejected));
        // Sequence numbers only grow.
        qint64 last = 0;
        for (const auto& args : snapshots) {
            const qint64 seq = args.at(0).value<EngineSnapshot>().sequence;
            QVERIFY(seq > last);
            last = seq;
        }
    }

    // The equity row at the exact minimum: equal trades, one unit short fires. The row asks the
    // kill switch (which has not checked yet: no bar has been seen), it does not wait for a trip.
    void dashboardEquityRowAtTheMinimum_data() {
        QTest::addColumn<qint64>("minimumUnits");
        QTest::addColumn<bool>("firing");
        QTest::newRow("equity exactly the minimum") << Money::fromWhole(100'000).units() << false;
        QTest::newRow("one unit above the equity") << Money::fromWhole(100'000).units() + 1 << true;
    }
    void dashboardEquityRowAtTheMinimum() {
        QFETCH(qint64, minimumUnits);
        QFETCH(bool, firing);
        QTemporaryDir dir;
        EngineWorkerOptions o = optionsFor(m_feed, dir.filePath(QStringLiteral("j.db")));
        o.startingEquity = Money::fromWhole(100'000);
        o.config.minAccountEquity = Money::fromUnits(minimumUnits);
        EngineWorker worker(o);
        worker.start();
        const EngineSnapshot s = worker.buildSnapshot();
        QCOMPARE(rowOf(s, KillTrigger::EquityBelowMinimum).firing, firing);
        QCOMPARE(rowOf(s, KillTrigger::EquityBelowMinimum).limit,
                 QLatin1Char('$') + Money::fromUnits(minimumUnits).toString());
        const QString mismatch = viewsMismatch(worker, s);
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    }

    // Bar by bar through a replay with limits tight enough to trip: every snapshot's rows are the
    // kill switch's status, and the trigger that trips the switch shows as firing.
    void dashboardRowsFollowTheKillSwitch() {
        QTemporaryDir dir;
        EngineWorkerOptions o = optionsFor(m_feed, dir.filePath(QStringLiteral("j.db")));
        o.config.consecutiveLossThreshold = 1;
        o.config.consecutiveLossPct = 0.0001; // one closed trade losing more than 0.01% trips
        EngineWorker worker(o);
        worker.start();
        bool sawFiring = false;
        while (!worker.atEnd() && !worker.executor()->killSwitch().isTripped()) {
            worker.stepBars(1);
            const EngineSnapshot s = worker.buildSnapshot();
            const QString mismatch = viewsMismatch(worker, s);
            QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
            for (const KillSwitchTriggerView& v : s.killSwitchTriggers)
                sawFiring = sawFiring || v.firing;
        }
        const auto trip = worker.executor()->killSwitch().activeTrip();
        QVERIFY2(trip, "the replay never tripped the kill switch");
        COMPARE_NAMED(trip->trigger, KillTrigger::ConsecutiveLosses);
        const EngineSnapshot s = worker.buildSnapshot();
        QVERIFY(rowOf(s, KillTrigger::ConsecutiveLosses).firing);
        QVERIFY(sawFiring);
        QCOMPARE(rowOf(s, KillTrigger::ConsecutiveLosses).current,
                 EngineWorker::tr("%1 in a row").arg(1));

        // The operator's reset acknowledges the streak: the row stops firing with the switch.
        worker.resetKillSwitch(QStringLiteral("checked"));
        const EngineSnapshot after = worker.buildSnapshot();
        QVERIFY(!rowOf(after, KillTrigger::ConsecutiveLosses).firing);
        const QString mismatch = viewsMismatch(worker, after);
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    }

    // The broker row says what the kill switch measures (the paper broker is reachable), and
    // the operator's Disconnect, which only pauses the simulated market, does not change that.
    void dashboardBrokerRowIsTheKillSwitchFigure() {
        QTemporaryDir dir;
        EngineWorker worker(optionsFor(m_feed, dir.filePath(QStringLiteral("j.db"))));
        worker.start();
        worker.stepBars(10);
        QCOMPARE(rowOf(worker.buildSnapshot(), KillTrigger::BrokerUnreachable).current,
                 EngineWorker::tr("reachable"));
        worker.setConnected(false);
        const EngineSnapshot s = worker.buildSnapshot();
        QCOMPARE(rowOf(s, KillTrigger::BrokerUnreachable).current,
                 EngineWorker::tr("reachable (market paused by the operator)"));
        QVERIFY(!rowOf(s, KillTrigger::BrokerUnreachable).firing);
        const QString mismatch = viewsMismatch(worker, s);
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    }

    void killSwitchHaltsEntriesAndIsJournaled() {
        QTemporaryDir dir;
        const QString journal = dir.filePath(QStringLiteral("j.db"));
        {
            EngineWorker worker(optionsFor(m_feed, journal));
            QSignalSpy events(&worker, &EngineWorker::eventsPublished);
            worker.start();
            worker.tripKillSwitch(QStringLiteral("manual: test"));
            QVERIFY(worker.buildSnapshot().killSwitchTripped);
            COMPARE_NAMED(worker.buildSnapshot().activeTrip->trigger, KillTrigger::Manual);
            const qint64 approvedBefore = worker.executor()->stats().approved;
            while (!worker.atEnd())
                worker.stepBars(1000);
            const ExecutorStats& st = worker.executor()->stats();
            QCOMPARE(st.approved, approvedBefore); // nothing new was entered
            QVERIFY(st.rejected.value(QStringLiteral("kill_switch_tripped")) > 0);
            worker.stop();
            QVERIFY(countEvents(events, EngineEvent::Kind::KillSwitch) >= 1);
            const EngineSnapshot s = worker.buildSnapshot();
            COMPARE_NAMED(s.killSwitchTriggers.at(1).trigger, KillTrigger::Manual);
            QVERIFY(s.killSwitchTriggers.at(1).firing);

            worker.resetKillSwitch(QStringLiteral("checked, resuming"));
            QVERIFY(!worker.buildSnapshot().killSwitchTripped);
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("k"));
        db.setDatabaseName(journal);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(
            q.exec(QStringLiteral("SELECT COUNT(*) FROM events WHERE kind LIKE 'kill_switch%'")));
        QVERIFY(q.next());
        QVERIFY(q.value(0).toInt() >= 2); // the trip and the reset
        q.finish();
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("k"));
    }

    void secondEngineOnTheJournalKeepsEveryFill() {
        // Two engine lifetimes (two workstation sessions) replay the same market into one
        // journal. Each numbers its run at start() and its paper ids carry it, so the second
        // one's fills are journaled, not dropped as duplicates of the first one's. The second
        // trades only the signals the first one did not (a signal with orders is never traded
        // again), so no client order id is issued twice either.
        QTemporaryDir dir;
        const QString journal = dir.filePath(QStringLiteral("j.db"));
        qint64 fills[2] = {0, 0};
        qint64 orders[2] = {0, 0};
        for (int i = 0; i < 2; ++i) {
            EngineWorker worker(optionsFor(m_feed, journal));
            worker.start();
            QVERIFY(worker.isStarted());
            while (!worker.atEnd())
                worker.stepBars(1000);
            fills[i] = worker.executor()->stats().fills;
            orders[i] = worker.executor()->stats().orders;
            QCOMPARE(worker.executor()->stats().anomalies, 0);
            worker.stop();
        }
        QVERIFY2(fills[0] > 0 && fills[1] > 0, "a run filled nothing: the test proves nothing");
        QVERIFY(fills[1] < fills[0]); // the first run's signals were refused
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("runs"));
            db.setDatabaseName(journal);
            QVERIFY(db.open());
            QSqlQuery q(db);
            const auto scalar = [&q](const char* sql) {
                if (!q.exec(QString::fromLatin1(sql)) || !q.next())
                    return qint64(-1);
                const qint64 v = q.value(0).toLongLong();
                q.finish();
                return v;
            };
            QCOMPARE(scalar("SELECT COUNT(*) FROM journal_runs"), qint64(2));
            QCOMPARE(scalar("SELECT COUNT(*) FROM fills"), fills[0] + fills[1]);
            QCOMPARE(scalar("SELECT COUNT(*) FROM orders"), orders[0] + orders[1]);
            QCOMPARE(scalar("SELECT COUNT(*) FROM events WHERE kind = 'fill_duplicate'"),
                     qint64(0));
            QCOMPARE(scalar("SELECT COUNT(*) FROM fills WHERE execution_id LIKE 'paper-%-r1-%'"),
                     fills[0]);
            QCOMPARE(scalar("SELECT COUNT(*) FROM fills WHERE execution_id LIKE 'paper-%-r2-%'"),
                     fills[1]);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("runs"));
    }

    void settingsAndMoveStopReachTheRunningEngine() {
        QTemporaryDir dir;
        const QString journal = dir.filePath(QStringLiteral("j.db"));
        EngineWorker worker(optionsFor(m_feed, journal));
        QSignalSpy events(&worker, &EngineWorker::eventsPublished);
        worker.start();
        ExecutorConfig wanted = worker.executor()->config();
        wanted.maxConcurrentPositions = 3;
        wanted.tradingMode = QStringLiteral("live"); // waits for a restart
        worker.applyConfig(wanted);
        QCOMPARE(worker.executor()->config().maxConcurrentPositions, 3);
        QCOMPARE(worker.executor()->config().tradingMode, QStringLiteral("paper"));
        QCOMPARE(worker.buildSnapshot().maxOpenPositions, 3);
        QVERIFY(countEvents(events, EngineEvent::Kind::Info) >= 1);

        // Run until a position is open, then move its stop halfway to the market.
        QString ticker;
        while (ticker.isEmpty() && !worker.atEnd()) {
            worker.stepBars(50);
            for (const Position& p : worker.executor()->positions().positions()) {
                if (p.lastPrice.isPositive() && p.lastPrice != p.stopLoss)
                    ticker = p.ticker;
            }
        }
        QVERIFY2(!ticker.isEmpty(), "no position opened in the replay");
        const Position before = *worker.executor()->positions().position(ticker);
        const Price halfway =
            Price::fromUnits((before.stopLoss.units() + before.lastPrice.units()) / 2);
        worker.moveStop(ticker, halfway);
        const Position* after = worker.executor()->positions().position(ticker);
        QVERIFY(after);
        QVERIFY(after->stopLoss != before.stopLoss);
        QVERIFY(qAbs((after->stopLoss - halfway).units()) <= 100); // within a cent (tick rounding)
        worker.stop();

        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("m"));
        db.setDatabaseName(journal);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM events WHERE kind = 'stop_moved'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        q.finish();
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("m"));
    }

    void pacedReplayCoalescesSnapshots() {
        EngineWorkerOptions o = optionsFor(m_feed, QString());
        o.minutesPerSecond = 2'000.0; // fast: many bars per pace tick
        EngineWorker worker(o);
        QSignalSpy snapshots(&worker, &EngineWorker::snapshotPublished);
        worker.start();
        QElapsedTimer wall;
        wall.start();
        QTRY_VERIFY_WITH_TIMEOUT(worker.barsProcessed() > 2'000, 10'000);
        const qint64 ms = wall.elapsed();
        // At most one snapshot per publish interval (33 ms), plus the first one.
        QVERIFY2(snapshots.size() <= ms / 33 + 2,
                 qPrintable(QStringLiteral("%1 snapshots in %2 ms").arg(snapshots.size()).arg(ms)));
        QVERIFY(snapshots.size() >= 2);

        // Paused: nothing moves.
        worker.setReplaySpeed(0.0);
        const std::size_t at = worker.barsProcessed();
        QTest::qWait(150);
        QCOMPARE(worker.barsProcessed(), at);
        // Disconnected: nothing moves either, even at speed.
        worker.setReplaySpeed(2'000.0);
        worker.setConnected(false);
        QTest::qWait(150);
        QCOMPARE(worker.barsProcessed(), at);
        QVERIFY(!worker.buildSnapshot().brokers.at(0).connected);
        worker.setConnected(true);
        QTRY_VERIFY_WITH_TIMEOUT(worker.barsProcessed() > at, 5'000);
    }

    void chartOfTheSelectedTicker() {
        EngineWorker worker(optionsFor(m_feed, QString()));
        QSignalSpy charts(&worker, &EngineWorker::chartPublished);
        worker.start();
        worker.stepBars(3'000);
        worker.requestChart(QStringLiteral("SPY"));
        QCOMPARE(charts.size(), 1);
        const ChartSnapshot chart = charts.at(0).at(0).value<ChartSnapshot>();
        QCOMPARE(chart.ticker, QStringLiteral("SPY"));
        QCOMPARE(chart.timeframe, QStringLiteral("5m"));
        QVERIFY(chart.candles.size() > 50);
        for (std::size_t i = 1; i < chart.candles.size(); ++i) {
            QVERIFY(chart.candles[i].timeMs > chart.candles[i - 1].timeMs);
            QVERIFY(chart.candles[i].low <= chart.candles[i].open);
            QVERIFY(chart.candles[i].high >= chart.candles[i].close);
        }
        QVERIFY(std::isfinite(chart.candles.back().trend50));
        // More SPY bars make the next publish carry a new chart; other tickers' bars don't.
        worker.stepBars(30);
        worker.publishNow();
        QCOMPARE(charts.size(), 2);
        QVERIFY(worker.buildChart(QStringLiteral("NOPE")).candles.empty());
    }

private:
    ReplayFeed m_feed;
};

QTEST_GUILESS_MAIN(tst_EngineWorker)
#include "tst_EngineWorker.moc"
