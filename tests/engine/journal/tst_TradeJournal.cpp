#include "core/SimClock.h"
#include "journal/CsvExport.h"
#include "journal/TradeJournal.h"
#include "support/TestValues.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <cstdio>
#include <limits>

using namespace axion;
using namespace Qt::StringLiterals;
using axion::test::px;
using axion::test::usd;

namespace {

// Set in the environment of the child process of the crash test (see main()).
constexpr char kCrashChildEnv[] = "AXION_TST_JOURNAL_CRASH_CHILD";

qint64 utc(int y, int mo, int d, int h, int mi) {
    return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC).toMSecsSinceEpoch();
}

TradeRecord entry(const QString& signalId, const QString& ticker, Direction direction,
                  const char* price, Quantity shares, qint64 entryMs) {
    TradeRecord t;
    t.signalId = signalId;
    t.ticker = ticker;
    t.direction = direction;
    t.tradeType = TradeType::Day;
    t.entryPrice = px(price);
    t.shares = shares;
    t.conviction = 80;
    t.broker = u"paper"_s;
    t.orderId = signalId + u"-entry"_s;
    t.entryTimeMs = entryMs;
    return t;
}

Fill fill(const QString& executionId, const QString& broker, const char* price, Quantity qty) {
    Fill f;
    f.executionId = executionId;
    f.clientOrderId = u"sig-1-entry"_s;
    f.brokerOrderId = u"b-1"_s;
    f.broker = broker;
    f.ticker = u"AAPL"_s;
    f.side = OrderSide::Buy;
    f.quantity = qty;
    f.price = px(price);
    f.brokerTimeMs = utc(2026, 11, 24, 15, 31);
    f.receivedTimeMs = f.brokerTimeMs + 12;
    return f;
}

qint64 count(Database& db, const QString& table) {
    const auto v = db.scalar(u"SELECT COUNT(*) FROM "_s + table);
    return v ? v->toLongLong() : -1;
}

// Every row of a table as text, with each value's type, so REAL/INTEGER/NULL differences show.
QStringList dump(Database& db, const QString& table, const QString& orderBy) {
    QStringList rows;
    QSqlQuery q(db.connection());
    if (!q.exec(u"SELECT * FROM %1 ORDER BY %2"_s.arg(table, orderBy)))
        return {u"query failed"_s};
    while (q.next()) {
        QStringList fields;
        for (int i = 0; i < q.record().count(); ++i) {
            const QVariant v = q.value(i);
            fields << (v.isNull() ? u"NULL"_s
                                  : QString::fromLatin1(v.typeName()) + u':' + v.toString());
        }
        rows << fields.join(u'|');
    }
    return rows;
}

const QList<std::pair<QString, QString>> kTradingTables{{u"trade_executions"_s, u"id"_s},
                                                        {u"daily_pnl"_s, u"id"_s},
                                                        {u"orders"_s, u"client_order_id"_s},
                                                        {u"fills"_s, u"id"_s},
                                                        {u"events"_s, u"seq"_s}};

Signal aaplSignal() {
    Signal s;
    s.signalId = u"sig-1"_s;
    s.signalType = u"cloud_flip_bullish"_s;
    s.direction = Direction::Long;
    s.ticker = u"AAPL"_s;
    s.timeframe = u"10m"_s;
    s.conviction = 82;
    s.entryPrice = px("187.42");
    s.stopLoss = px("185.10");
    s.targetPrice = px("191.90");
    s.timestampMs = utc(2026, 11, 24, 15, 31);
    s.metadata = QJsonObject{{u"volume_ratio"_s, 1.8}};
    CloudState fast;
    fast.layer = CloudLayer::Fast;
    fast.shortEma = 187.1;
    fast.longEma = 186.8;
    fast.isBullish = true;
    s.cloudStates = {fast};
    s.volumeConfirmed = true;
    s.sector = u"Technology"_s;
    return s;
}

// One session touching every kind of record. flushEveryCall changes only WHEN the owner flushes,
// which must not change what ends up in the trading tables.
void scriptedSession(TradeJournal& j, SimClock& clock, bool flushEveryCall) {
    const auto step = [&](qint64 ms) {
        if (flushEveryCall)
            QVERIFY(j.flush());
        clock.advanceMs(ms);
    };
    clock.setNowMs(utc(2026, 11, 24, 15, 31));
    const Signal s = aaplSignal();
    j.recordSignal(s);
    step(1);
    SignalParseResult rejected;
    rejected.code = SignalRejectCode::StopWrongSide;
    rejected.field = u"stop_loss"_s;
    rejected.message = u"long stop 190 must be below entry 187.42"_s;
    j.recordSignalRejected(rejected, R"({"ticker":"MSFT","stop_loss":190})");
    step(1);
    RiskDecision decision;
    decision.approved = true;
    decision.approvedShares = 100;
    decision.adjustments = {{RiskRejectCode::SingleStockExposure, 150, 100}};
    decision.message = u"reduced to 100 shares by the 15% single-stock limit"_s;
    j.recordRiskDecision(s, decision);
    step(2);
    OrderRecord order;
    order.order.clientOrderId = u"sig-1-entry"_s;
    order.order.signalId = u"sig-1"_s;
    order.order.ticker = u"AAPL"_s;
    order.order.quantity = 100;
    order.order.type = OrderType::Limit;
    order.order.limitPrice = px("187.42");
    order.order.broker = u"paper"_s;
    order.createdMs = order.updatedMs = clock.nowMs();
    j.recordOrder(order);
    step(5);
    OrderUpdate ack;
    ack.clientOrderId = u"sig-1-entry"_s;
    ack.brokerOrderId = u"b-1"_s;
    ack.broker = u"paper"_s;
    ack.event = OrderEvent::Ack;
    ack.receivedTimeMs = clock.nowMs();
    j.recordOrderEvent(ack, {OrderBookChange::Applied, OrderState::New, OrderState::Accepted, {}});
    order.state = OrderState::Accepted;
    order.brokerOrderId = u"b-1"_s;
    order.updatedMs = clock.nowMs();
    j.recordOrder(order);
    step(60'000);
    j.recordFill(fill(u"x-1"_s, u"paper"_s, "187.42", 100));
    j.recordFill(fill(u"x-1"_s, u"paper"_s, "187.42", 100)); // duplicate report
    order.state = OrderState::Filled;
    order.filled = 100;
    order.filledCost = px("187.42") * 100;
    order.updatedMs = clock.nowMs();
    j.recordOrder(order);
    const qint64 id =
        j.recordEntry(entry(u"sig-1"_s, u"AAPL"_s, Direction::Long, "187.42", 100, clock.nowMs()));
    step(10 * 60'000);
    j.recordScaleIn(id, 150, px("188.0000"));
    step(20 * 60'000);
    j.recordExit(id, px("191.90"), clock.nowMs(), ExitReason::ProfitTarget, usd("597.00"), 2.12);
    j.recordExit(id, px("191.90"), clock.nowMs(), ExitReason::ProfitTarget, usd("597.00"), 2.12);
    step(1);
    const qint64 cancelled =
        j.recordEntry(entry(u"sig-2"_s, u"MSFT"_s, Direction::Short, "410.10", 10, clock.nowMs()));
    j.recordTradeCancelled(cancelled, u"limit entry expired"_s);
    step(1);
    j.recordKillSwitch(
        {KillSwitchEvent::Kind::Tripped, KillTrigger::Manual, u"operator"_s, clock.nowMs()},
        QJsonObject{{u"tripped"_s, true}});
    DailyPnlRecord day;
    day.date = QDate(2026, 11, 24);
    day.startingEquity = usd("100000.00");
    day.endingEquity = usd("100597.00");
    day.realizedPnl = usd("597.00");
    day.totalTrades = 1;
    day.winningTrades = 1;
    day.killSwitchTriggered = true;
    j.upsertDailyPnl(day);
    QVERIFY(j.flush());
}

int runCrashChild(const QString& path);

} // namespace

class tst_TradeJournal : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void movedStopUpdatesTheTradeAndIsLogged() {
        QTemporaryDir dir;
        SimClock clock(utc(2026, 11, 24, 15, 31));
        TradeJournal j(clock);
        QVERIFY2(j.open(dir.filePath(u"j.db"_s)), qPrintable(j.errorString()));
        TradeRecord t = entry(u"sig-1"_s, u"AAPL"_s, Direction::Long, "187.42", 100, clock.nowMs());
        t.stopLoss = px("185.00");
        const qint64 id = j.recordEntry(t);
        j.recordStopMoved(id, px("185.00"), px("186.2500"), u"manual"_s);
        QVERIFY(j.flush());
        const std::optional<TradeRecord> stored = j.trade(id);
        QVERIFY(stored);
        QCOMPARE(stored->stopLoss, std::optional<Price>(px("186.25")));
        Database& db = j.database();
        QCOMPARE(db.scalar(u"SELECT stop_loss FROM trade_executions WHERE id = 1"_s)->toDouble(),
                 186.25);
        const QJsonObject payload =
            QJsonDocument::fromJson(
                db.scalar(u"SELECT payload_json FROM events WHERE kind = 'stop_moved'"_s)
                    ->toString()
                    .toUtf8())
                .object();
        QCOMPARE(payload.value(u"trade_id"_s).toInteger(), id);
        QCOMPARE(payload.value(u"reason"_s).toString(), u"manual"_s);
        QVERIFY(payload.contains(u"from"_s) && payload.contains(u"to"_s));
    }

    void entryAndExitKeepExactMoney_data() {
        QTest::addColumn<QString>("ticker");
        QTest::addColumn<int>("direction");
        QTest::addColumn<QString>("entryPrice");
        QTest::addColumn<qint64>("shares");
        QTest::addColumn<QString>("exitPrice");
        QTest::addColumn<QString>("pnl");
        // Expected units worked out by hand: (exit - entry) x shares x side, in 1/10,000 $.
        QTest::addColumn<qint64>("entryE4");
        QTest::addColumn<qint64>("exitE4");
        QTest::addColumn<qint64>("pnlE4");
        // (191.90 - 187.42) x 100 = 4.48 x 100 = 448.00
        QTest::newRow("long AAPL")
            << u"AAPL"_s << int(Direction::Long) << u"187.42"_s << qint64(100) << u"191.90"_s
            << u"448.00"_s << qint64(1'874'200) << qint64(1'919'000) << qint64(4'480'000);
        // (250.00 - 245.55) x 20 = 4.45 x 20 = 89.00 for a short
        QTest::newRow("short TSLA")
            << u"TSLA"_s << int(Direction::Short) << u"250.00"_s << qint64(20) << u"245.55"_s
            << u"89.00"_s << qint64(2'500'000) << qint64(2'455'500) << qint64(890'000);
        // (0.5001 - 0.5123) x 1000 = -0.0122 x 1000 = -12.20, sub-penny prices
        QTest::newRow("sub-penny loss")
            << u"SNDL"_s << int(Direction::Long) << u"0.5123"_s << qint64(1000) << u"0.5001"_s
            << u"-12.20"_s << qint64(5'123) << qint64(5'001) << qint64(-122'000);
        // (4124.0001 - 4123.4567) x 1,000,000 = 0.5434 x 1,000,000 = 543,400.00; the position is
        // worth $4.1 billion, far beyond the 2^53 units a double holds exactly
        QTest::newRow("large") << u"BIG"_s << int(Direction::Long) << u"4123.4567"_s
                               << qint64(1'000'000) << u"4124.0001"_s << u"543400.00"_s
                               << qint64(41'234'567) << qint64(41'240'001) << qint64(5'434'000'000);
    }
    void entryAndExitKeepExactMoney() {
        QFETCH(QString, ticker);
        QFETCH(int, direction);
        QFETCH(QString, entryPrice);
        QFETCH(qint64, shares);
        QFETCH(QString, exitPrice);
        QFETCH(QString, pnl);
        QFETCH(qint64, entryE4);
        QFETCH(qint64, exitE4);
        QFETCH(qint64, pnlE4);
        QTemporaryDir dir;
        SimClock clock(utc(2026, 11, 24, 15, 31));
        TradeJournal j(clock);
        QVERIFY2(j.open(dir.filePath(u"j.db"_s)), qPrintable(j.errorString()));

        TradeRecord t = entry(u"sig-1"_s, ticker, Direction(direction), "1", shares, clock.nowMs());
        t.entryPrice = *Price::parse(entryPrice);
        t.stopLoss = px("0.01");
        t.targetPrice = *Price::parse(exitPrice);
        const qint64 id = j.recordEntry(t);
        QCOMPARE(id, qint64(1));
        const qint64 exitMs = utc(2026, 11, 24, 16, 5);
        j.recordExit(id, *Price::parse(exitPrice), exitMs, ExitReason::ProfitTarget,
                     *Money::parse(pnl), 2.39);
        QVERIFY(j.flush());
        QVERIFY(j.takeRecordErrors().isEmpty());

        const auto back = j.trade(id);
        QVERIFY(back.has_value());
        QCOMPARE(back->entryPrice.units(), entryE4);
        QCOMPARE(back->exitPrice->units(), exitE4);
        QCOMPARE(back->pnl->units(), pnlE4);
        QCOMPARE(back->shares, shares);
        COMPARE_NAMED(back->status, TradeStatus::Closed);
        QCOMPARE(back->exitReason, u"profit_target"_s);
        QCOMPARE(*back->exitTimeMs, exitMs);
        QCOMPARE(*back->pnlPct, 2.39);

        // The stored integers themselves, and the REAL dollars beside them for outside readers.
        Database& db = j.database();
        const QString where = u" FROM trade_executions WHERE id = 1"_s;
        QCOMPARE(db.scalar(u"SELECT pnl_e4"_s + where)->toLongLong(), pnlE4);
        QCOMPARE(db.scalar(u"SELECT typeof(pnl_e4)"_s + where)->toString(), u"integer"_s);
        QCOMPARE(db.scalar(u"SELECT entry_price_e4"_s + where)->toLongLong(), entryE4);
        QCOMPARE(db.scalar(u"SELECT exit_price_e4"_s + where)->toLongLong(), exitE4);
        QCOMPARE(db.scalar(u"SELECT pnl"_s + where)->toDouble(), pnl.toDouble());
        QCOMPARE(db.scalar(u"SELECT entry_price"_s + where)->toDouble(), entryPrice.toDouble());
        QCOMPARE(db.scalar(u"SELECT status"_s + where)->toString(), u"closed"_s);
    }

    void timesAreIsoTextWithExactMsTwins() {
        // Millisecond instants, the kind a broker time or a tick gives: the text keeps the ms,
        // the _ms column keeps them exactly, and the trade reads back with the same ms.
        QTemporaryDir dir;
        const qint64 createdMs = utc(2013, 10, 7, 13, 31) + 7;    // 13:31:00.007Z
        const qint64 entryMs = utc(2013, 10, 7, 13, 31) + 59'999; // 13:31:59.999Z
        const qint64 exitMs = utc(2013, 10, 7, 19, 55) + 12'345;  // 19:55:12.345Z
        const qint64 cancelMs = utc(2013, 10, 7, 20, 0) + 1;      // 20:00:00.001Z
        SimClock clock(createdMs);
        TradeJournal j(clock);
        QVERIFY2(j.open(dir.filePath(u"j.db"_s)), qPrintable(j.errorString()));
        const qint64 id =
            j.recordEntry(entry(u"sig-1"_s, u"SPY"_s, Direction::Long, "168.90", 100, entryMs));
        const qint64 cancelled =
            j.recordEntry(entry(u"sig-2"_s, u"SPY"_s, Direction::Long, "168.90", 100, entryMs));
        j.recordExit(id, px("169.40"), exitMs, ExitReason::EodClose, usd("50.00"), 0.3);
        clock.setNowMs(cancelMs);
        j.recordTradeCancelled(cancelled, u"expired"_s);
        QVERIFY(j.flush());
        QVERIFY(j.takeRecordErrors().isEmpty());

        const auto iso = [](qint64 ms) {
            return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
        };
        QCOMPARE(iso(exitMs), u"2013-10-07T19:55:12.345Z"_s);
        Database& db = j.database();
        const QString where = u" FROM trade_executions WHERE id = %1"_s;
        const auto value = [&](const char* column, qint64 row) {
            return db.scalar(u"SELECT "_s + QLatin1StringView(column) + where.arg(row)).value();
        };
        QCOMPARE(value("entry_time", id).toString(), iso(entryMs));
        QCOMPARE(value("exit_time", id).toString(), u"2013-10-07T19:55:12.345Z"_s);
        QCOMPARE(value("created_at", id).toString(), u"2013-10-07T13:31:00.007Z"_s);
        QCOMPARE(value("exit_time", cancelled).toString(), u"2013-10-07T20:00:00.001Z"_s);
        QCOMPARE(value("typeof(entry_time)", id).toString(), u"text"_s);
        QCOMPARE(value("entry_time_ms", id).toLongLong(), entryMs);
        QCOMPARE(value("exit_time_ms", id).toLongLong(), exitMs);
        QCOMPARE(value("created_at_ms", id).toLongLong(), createdMs);
        QCOMPARE(value("exit_time_ms", cancelled).toLongLong(), cancelMs);
        QCOMPARE(value("typeof(exit_time_ms)", id).toString(), u"integer"_s);
        // What an outside reader does with the text: the same instant.
        QCOMPARE(QDateTime::fromString(value("exit_time", id).toString(), Qt::ISODateWithMs)
                     .toMSecsSinceEpoch(),
                 exitMs);
        // SQLite's own date functions read it too.
        QCOMPARE(value("CAST(ROUND((julianday(exit_time) - 2440587.5) * 86400000) AS INTEGER)", id)
                     .toLongLong(),
                 exitMs);

        const auto back = j.trade(id);
        QVERIFY(back.has_value());
        QCOMPARE(back->entryTimeMs, entryMs);
        QCOMPARE(*back->exitTimeMs, exitMs);
        QCOMPARE(back->createdAtMs, createdMs);
        const auto gone = j.trade(cancelled);
        QVERIFY(gone.has_value());
        QCOMPARE(*gone->exitTimeMs, cancelMs);
        const QList<TradeRecord> history = j.tradeHistory(u"SPY"_s, 1, QDate(2013, 10, 7));
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.constFirst().entryTimeMs, entryMs);
        // The day's summary selects by the exact exit ms.
        QCOMPARE(j.dailySummary(QDate(2013, 10, 7)).realizedPnl, usd("50.00"));
    }

    void runsAreNumberedAndTheDayCountsEveryRun() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"j.db"_s);
        const qint64 exitMs = utc(2013, 10, 7, 19, 0);
        const auto oneRun = [&](qint64 expectedRun) {
            SimClock clock(utc(2013, 10, 7, 14, 0));
            TradeJournal j(clock);
            QVERIFY2(j.open(path), qPrintable(j.errorString()));
            QCOMPARE(j.run(), qint64(0));
            QCOMPARE(j.beginRun(), expectedRun);
            QCOMPARE(j.run(), expectedRun);
            const qint64 id = j.recordEntry(
                entry(u"sig-1"_s, u"SPY"_s, Direction::Long, "168.90", 100, clock.nowMs()));
            j.recordExit(id, px("169.40"), exitMs, ExitReason::EodClose, usd("50.00"), 0.3);
            QVERIFY(j.flush());
            QCOMPARE(j.database()
                         .scalar(u"SELECT run_id FROM trade_executions WHERE id = %1"_s.arg(id))
                         ->toLongLong(),
                     expectedRun);
            // One account's day: this run's trade and those of the runs before it, each once.
            const DailySummary day = j.dailySummary(QDate(2013, 10, 7));
            QCOMPARE(day.totalTrades, int(expectedRun));
            QCOMPARE(day.realizedPnl, usd("50.00") * expectedRun);
        };
        oneRun(1);
        oneRun(2);
        oneRun(3);
        Database db;
        QVERIFY(db.open(path));
        QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM journal_runs"_s)->toInt(), 3);
        QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM trade_executions"_s)->toInt(), 3);
        // A journal that never numbered a run sums every trade of the date too.
        SimClock clock(exitMs);
        TradeJournal plain(clock);
        QVERIFY(plain.open(path));
        QCOMPARE(plain.dailySummary(QDate(2013, 10, 7)).totalTrades, 3);
    }

    void dailySummaryCountsAndSums() {
        QTemporaryDir dir;
        SimClock clock(utc(2026, 11, 25, 0, 0));
        TradeJournal j(clock);
        QVERIFY(j.open(dir.filePath(u"j.db"_s)));
        const auto closed = [&](const char* sig, const char* ticker, Direction d,
                                const char* entryPx, Quantity shares, qint64 entryMs,
                                const char* exitPx, qint64 exitMs, const char* pnl) {
            const qint64 id =
                j.recordEntry(entry(QString::fromLatin1(sig), QString::fromLatin1(ticker), d,
                                    entryPx, shares, entryMs));
            j.recordExit(id, px(exitPx), exitMs, ExitReason::StopLoss, usd(pnl), 0.0);
        };
        // New York is UTC-5 in late November (EST).
        // +448.00: (191.90 - 187.42) x 100, exit 15:00 New York on the 24th
        closed("a", "AAPL", Direction::Long, "187.42", 100, utc(2026, 11, 24, 15, 0), "191.90",
               utc(2026, 11, 24, 20, 0), "448.00");
        // -225.00: (405.60 - 410.10) x 50
        closed("b", "MSFT", Direction::Long, "410.10", 50, utc(2026, 11, 24, 15, 0), "405.60",
               utc(2026, 11, 24, 18, 0), "-225.00");
        // +89.00: short, (250.00 - 245.55) x 20; exit 04:30 UTC on the 25th = 23:30 on the 24th
        // in New York, so it belongs to the 24th
        closed("c", "TSLA", Direction::Short, "250.00", 20, utc(2026, 11, 24, 16, 0), "245.55",
               utc(2026, 11, 25, 4, 30), "89.00");
        // break-even: counts as a trade, neither win nor loss
        closed("d", "NVDA", Direction::Long, "100.00", 10, utc(2026, 11, 24, 15, 0), "100.00",
               utc(2026, 11, 24, 16, 0), "0.00");
        // -60.00: (118.00 - 120.00) x 30; exit 03:00 UTC on the 24th = 22:00 on the 23rd NY
        closed("e", "AMD", Direction::Long, "120.00", 30, utc(2026, 11, 23, 15, 0), "118.00",
               utc(2026, 11, 24, 3, 0), "-60.00");
        // still open, and a cancelled entry: neither counts
        j.recordEntry(
            entry(u"f"_s, u"META"_s, Direction::Long, "500.00", 5, utc(2026, 11, 24, 17, 0)));
        const qint64 g = j.recordEntry(
            entry(u"g"_s, u"META"_s, Direction::Long, "500.00", 5, utc(2026, 11, 24, 17, 0)));
        j.recordTradeCancelled(g, u"expired"_s);

        // Queries flush first: no explicit flush() here on purpose.
        const DailySummary s24 = j.dailySummary(QDate(2026, 11, 24));
        QCOMPARE(s24.date, QDate(2026, 11, 24));
        QCOMPARE(s24.totalTrades, 4);
        QCOMPARE(s24.winningTrades, 2);
        QCOMPARE(s24.losingTrades, 1);
        // 448.00 - 225.00 + 89.00 + 0.00 = 312.00
        QCOMPARE(s24.realizedPnl.units(), qint64(3'120'000));
        QCOMPARE(s24.grossProfit.units(), qint64(5'370'000)); // 448.00 + 89.00 = 537.00
        QCOMPARE(s24.grossLoss.units(), qint64(-2'250'000));

        const DailySummary s23 = j.dailySummary(QDate(2026, 11, 23));
        QCOMPARE(s23.totalTrades, 1);
        QCOMPARE(s23.winningTrades, 0);
        QCOMPARE(s23.losingTrades, 1);
        QCOMPARE(s23.realizedPnl.units(), qint64(-600'000));

        const DailySummary s25 = j.dailySummary(QDate(2026, 11, 25));
        QCOMPARE(s25.totalTrades, 0);
        QCOMPARE(s25.realizedPnl.units(), qint64(0));
    }

    void historyByTickerAndLastDays_data() {
        QTest::addColumn<QString>("ticker");
        QTest::addColumn<int>("lastDays");
        QTest::addColumn<QDate>("asOf");
        QTest::addColumn<QStringList>("expectedIds");
        QTest::newRow("all") << QString() << 0 << QDate()
                             << QStringList{u"a20"_s, u"a23"_s, u"a24"_s, u"m24"_s, u"a25"_s};
        QTest::newRow("AAPL") << u"AAPL"_s << 0 << QDate()
                              << QStringList{u"a20"_s, u"a23"_s, u"a24"_s, u"a25"_s};
        QTest::newRow("MSFT") << u"MSFT"_s << 0 << QDate() << QStringList{u"m24"_s};
        QTest::newRow("unknown ticker") << u"ZZZZ"_s << 0 << QDate() << QStringList{};
        // The 23rd and the 24th; a23 entered 04:00 UTC on the 24th = 23:00 on the 23rd NY.
        QTest::newRow("last 2 days to the 24th")
            << QString() << 2 << QDate(2026, 11, 24) << QStringList{u"a23"_s, u"a24"_s, u"m24"_s};
        QTest::newRow("AAPL, last 2 days to the 24th")
            << u"AAPL"_s << 2 << QDate(2026, 11, 24) << QStringList{u"a23"_s, u"a24"_s};
        QTest::newRow("last 1 day to the 25th")
            << QString() << 1 << QDate(2026, 11, 25) << QStringList{u"a25"_s};
        QTest::newRow("last 7 days to the 22nd")
            << QString() << 7 << QDate(2026, 11, 22) << QStringList{u"a20"_s};
        // No date given: the engine clock's date (the 25th), never the wall clock's.
        QTest::newRow("last 1 day, engine clock")
            << QString() << 1 << QDate() << QStringList{u"a25"_s};
    }
    void historyByTickerAndLastDays() {
        QFETCH(QString, ticker);
        QFETCH(int, lastDays);
        QFETCH(QDate, asOf);
        QFETCH(QStringList, expectedIds);
        QTemporaryDir dir;
        SimClock clock(utc(2026, 11, 25, 18, 0));
        TradeJournal j(clock);
        QVERIFY(j.open(dir.filePath(u"j.db"_s)));
        // Recorded out of time order: history sorts by entry time.
        j.recordEntry(
            entry(u"a24"_s, u"AAPL"_s, Direction::Long, "187.42", 100, utc(2026, 11, 24, 15, 0)));
        j.recordEntry(
            entry(u"a20"_s, u"AAPL"_s, Direction::Long, "180.00", 100, utc(2026, 11, 20, 15, 0)));
        j.recordEntry(
            entry(u"a23"_s, u"AAPL"_s, Direction::Long, "185.00", 100, utc(2026, 11, 24, 4, 0)));
        j.recordEntry(
            entry(u"m24"_s, u"MSFT"_s, Direction::Short, "410.10", 10, utc(2026, 11, 24, 16, 0)));
        j.recordEntry(
            entry(u"a25"_s, u"AAPL"_s, Direction::Long, "189.00", 100, utc(2026, 11, 25, 15, 0)));
        QStringList actual;
        for (const TradeRecord& t : j.tradeHistory(ticker, lastDays, asOf))
            actual << t.signalId;
        QCOMPARE(actual, expectedIds);
    }

    void openTradesForRestart() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"j.db"_s);
        SimClock clock(utc(2026, 11, 24, 15, 0));
        {
            TradeJournal j(clock);
            QVERIFY(j.open(path));
            const qint64 a = j.recordEntry(
                entry(u"a"_s, u"AAPL"_s, Direction::Long, "187.42", 100, utc(2026, 11, 24, 15, 0)));
            j.recordEntry(
                entry(u"b"_s, u"MSFT"_s, Direction::Short, "410.10", 10, utc(2026, 11, 24, 15, 1)));
            j.recordExit(a, px("191.90"), utc(2026, 11, 24, 16, 0), ExitReason::EodClose,
                         usd("448.00"), 2.39);
            // no flush: the destructor flushes what is queued
        }
        TradeJournal j(clock);
        QVERIFY(j.open(path));
        const QList<TradeRecord> open = j.openTrades();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.at(0).signalId, u"b"_s);
        QCOMPARE(open.at(0).id, qint64(2));
        COMPARE_NAMED(open.at(0).direction, Direction::Short);
        QCOMPARE(open.at(0).entryPrice.units(), qint64(4'101'000));
        // Ids continue after the stored ones.
        QCOMPARE(j.recordEntry(entry(u"c"_s, u"AMD"_s, Direction::Long, "120.00", 1, 0)),
                 qint64(3));
    }

    void duplicateFillIgnored() {
        QTemporaryDir dir;
        SimClock clock(utc(2026, 11, 24, 15, 31));
        TradeJournal j(clock);
        QVERIFY(j.open(dir.filePath(u"j.db"_s)));
        j.recordFill(fill(u"x-1"_s, u"alpaca"_s, "187.42", 60));
        j.recordFill(fill(u"x-1"_s, u"alpaca"_s, "187.42", 60)); // same batch
        QVERIFY(j.flush());
        j.recordFill(fill(u"x-1"_s, u"alpaca"_s, "187.43", 60)); // a later batch, even altered
        j.recordFill(fill(u"x-1"_s, u"ibkr"_s, "187.45", 40));   // other broker: another fill
        j.recordFill(fill(u"x-2"_s, u"alpaca"_s, "187.44", 40));
        // A fill without a broker name is still deduplicated (stored as '', never NULL, which
        // UNIQUE would let through twice).
        j.recordFill(fill(u"x-3"_s, QString(), "187.44", 1));
        j.recordFill(fill(u"x-3"_s, QString(), "187.44", 1));
        QVERIFY(j.flush());
        QVERIFY(j.takeRecordErrors().isEmpty());
        Database& db = j.database();
        QCOMPARE(count(db, u"fills"_s), qint64(4));
        QCOMPARE(db.scalar(u"SELECT price_e4 FROM fills WHERE execution_id = 'x-1'"
                           " AND broker = 'alpaca'"_s)
                     ->toLongLong(),
                 qint64(1'874'200));
        QCOMPARE(db.scalar(u"SELECT price FROM fills WHERE execution_id = 'x-1'"
                           " AND broker = 'alpaca'"_s)
                     ->toDouble(),
                 187.42);
        // 60 + 40 + 40 + 1 shares
        QCOMPARE(db.scalar(u"SELECT SUM(quantity) FROM fills"_s)->toLongLong(), qint64(141));
        QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM events WHERE kind = 'fill_duplicate'"_s)->toInt(),
                 3);
        QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM events WHERE kind = 'fill'"_s)->toInt(), 4);
        QCOMPARE(
            db.scalar(u"SELECT typeof(broker) FROM fills WHERE execution_id = 'x-3'"_s)->toString(),
            u"text"_s);
    }

    void csvFieldEscaping_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"AAPL"_s << u"AAPL"_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("comma") << u"a,b"_s << u"\"a,b\""_s;
        QTest::newRow("quote") << u"say \"hi\""_s << u"\"say \"\"hi\"\"\""_s;
        QTest::newRow("newline") << u"two\nlines"_s << u"\"two\nlines\""_s;
        QTest::newRow("carriage return") << u"a\rb"_s << u"\"a\rb\""_s;
        QTest::newRow("spaces kept") << u" x "_s << u" x "_s;
    }
    void csvFieldEscaping() {
        QFETCH(QString, field);
        QFETCH(QString, expected);
        QCOMPARE(CsvExport::escapeField(field), expected);
    }

    void csvExportLineByLine() {
        QTemporaryDir dir;
        SimClock clock(utc(2026, 11, 24, 15, 31));
        TradeJournal j(clock);
        QVERIFY(j.open(dir.filePath(u"j.db"_s)));
        TradeRecord a =
            entry(u"sig-1"_s, u"AAPL"_s, Direction::Long, "187.42", 100, utc(2026, 11, 24, 15, 31));
        a.stopLoss = px("185.10");
        a.targetPrice = px("191.90");
        a.conviction = 82;
        a.broker = u"alpaca"_s;
        a.metadata = QJsonObject{{u"note"_s, u"gap, \"fast\" fill"_s}};
        const qint64 id = j.recordEntry(a);
        j.recordExit(id, px("191.90"), utc(2026, 11, 24, 16, 5), ExitReason::ProfitTarget,
                     usd("448.00"), 2.39);
        TradeRecord b = entry(u"sig,\"2\""_s, u"TSLA"_s, Direction::Short, "250.0001", 20,
                              utc(2026, 11, 24, 15, 45));
        b.tradeType = TradeType::Swing;
        b.orderId = u"o-2"_s;
        j.recordEntry(b);
        const QString path = dir.filePath(u"trades.csv"_s);
        QVERIFY2(j.exportCsv(path), qPrintable(j.errorString()));

        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(f.readAll()).split(u"\r\n"_s);
        QCOMPARE(lines.size(), 4); // header, two rows, empty after the last CRLF
        QCOMPARE(lines.at(0),
                 u"id,signal_id,ticker,direction,trade_type,entry_price,exit_price,shares,"
                 "stop_loss,target_price,conviction,status,exit_reason,pnl,pnl_pct,broker,"
                 "order_id,entry_time,exit_time,metadata_json"_s);
        // The metadata JSON {"note":"gap, \"fast\" fill"} has commas and quotes: quoted, with
        // every " doubled.
        QCOMPARE(
            lines.at(1),
            u"1,sig-1,AAPL,long,day,187.42,191.90,100,185.10,191.90,82,closed,"
            "profit_target,448.00,2.39,alpaca,sig-1-entry,2026-11-24T15:31:00.000Z,"
            "2026-11-24T16:05:00.000Z,\"{\"\"note\"\":\"\"gap, \\\"\"fast\\\"\" fill\"\"}\""_s);
        QCOMPARE(lines.at(2), u"2,\"sig,\"\"2\"\"\",TSLA,short,swing,250.0001,,20,,,80,open,,,,"
                              "paper,o-2,2026-11-24T15:45:00.000Z,,"_s);
        QCOMPARE(lines.at(3), QString());

        // Filters pass through.
        QVERIFY(j.exportCsv(path, u"TSLA"_s));
        QFile g(path);
        QVERIFY(g.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(g.readAll()).count(u"\r\n"_s), 2);
    }

    void nothingVisibleBeforeFlush() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"j.db"_s);
        SimClock clock(utc(2026, 11, 24, 15, 31));
        TradeJournal j(clock);
        QVERIFY(j.open(path));
        Database reader; // a second connection, as another process would see the file
        QVERIFY(reader.open(path));

        j.recordSignal(aaplSignal());
        j.recordFill(fill(u"x-1"_s, u"paper"_s, "187.42", 100));
        const qint64 id = j.recordEntry(
            entry(u"sig-1"_s, u"AAPL"_s, Direction::Long, "187.42", 100, clock.nowMs()));
        j.recordExit(id, px("191.90"), clock.nowMs(), ExitReason::ProfitTarget, usd("448.00"),
                     2.39);
        QCOMPARE(j.pendingCount(), qsizetype(4));
        for (const auto& [table, key] : kTradingTables)
            QCOMPARE(count(reader, table), qint64(0));
        QCOMPARE(count(reader, u"wall_clock"_s), qint64(0));

        QVERIFY(j.flush());
        QCOMPARE(j.pendingCount(), qsizetype(0));
        QCOMPARE(count(reader, u"trade_executions"_s), qint64(1));
        QCOMPARE(count(reader, u"fills"_s), qint64(1));
        QCOMPARE(count(reader, u"events"_s), qint64(4));
        QCOMPARE(count(reader, u"wall_clock"_s), qint64(4));
        QCOMPARE(reader.scalar(u"SELECT pnl_e4 FROM trade_executions"_s)->toLongLong(),
                 qint64(4'480'000));
        QVERIFY(j.flush()); // an empty flush is a no-op
        QCOMPARE(count(reader, u"events"_s), qint64(4));
    }

    void liveDurabilityIsFullAndWritesIntents() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"j.db"_s);
        SimClock clock(utc(2026, 11, 24, 15, 31));
        TradeJournal j(clock);
        QCOMPARE(j.durability(), TradeJournal::Durability::Live);
        QVERIFY(j.open(path));
        QCOMPARE(j.database().scalar(u"PRAGMA synchronous"_s)->toInt(), 2); // FULL
        OrderIntent intent;
        intent.order.clientOrderId = u"sig-1-entry"_s;
        QVERIFY(j.writeIntents({&intent, 1}));
        QVERIFY(QFileInfo(path + u"-intents"_s).size() > 0); // written before the send
    }

    void replayDurabilityCommitsPerDayOrBatch() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"j.db"_s);
        SimClock clock(utc(2026, 11, 24, 15, 31));
        TradeJournal j(clock);
        j.setDurability(TradeJournal::Durability::Replay);
        QVERIFY(j.open(path));
        QCOMPARE(j.database().scalar(u"PRAGMA synchronous"_s)->toInt(), 0); // OFF
        Database reader; // a second connection sees only what is committed
        QVERIFY(reader.open(path));
        const auto note = [&j] { j.recordNote(u"tick"_s, QString(), QJsonObject{}); };

        // No intent log: a replay is re-run, not recovered.
        OrderIntent intent;
        intent.order.clientOrderId = u"sig-1-entry"_s;
        QVERIFY(j.writeIntents({&intent, 1}));
        QCOMPARE(QFileInfo(path + u"-intents"_s).size(), qint64(0));

        note();
        QVERIFY(j.flush()); // the first flush commits and starts the day
        QCOMPARE(count(reader, u"events"_s), qint64(1));
        note();
        note();
        clock.advanceMs(3 * 3'600'000); // 18:31 UTC, still the 24th in New York
        QVERIFY(j.flush());             // a trade boundary: deferred
        QCOMPARE(count(reader, u"events"_s), qint64(1));
        QCOMPARE(j.pendingCount(), qsizetype(2));
        clock.setNowMs(utc(2026, 11, 25, 14, 30)); // the next trading date
        QVERIFY(j.flush());
        QCOMPARE(count(reader, u"events"_s), qint64(3));

        // A full batch commits within the day.
        for (qsizetype i = 0; i < TradeJournal::kReplayBatchRecords - 1; ++i)
            note();
        QVERIFY(j.flush());
        QCOMPARE(count(reader, u"events"_s), qint64(3));
        note();
        QVERIFY(j.flush());
        QCOMPARE(count(reader, u"events"_s), qint64(3 + TradeJournal::kReplayBatchRecords));

        // Queries and close() commit everything.
        note();
        QVERIFY(j.flush());
        QCOMPARE(j.pendingCount(), qsizetype(1));
        j.openTrades();
        QCOMPARE(j.pendingCount(), qsizetype(0));
        QCOMPARE(count(reader, u"events"_s), qint64(4 + TradeJournal::kReplayBatchRecords));
        note();
        QVERIFY(j.flush());
        QVERIFY(j.close());
        QCOMPARE(count(reader, u"events"_s), qint64(5 + TradeJournal::kReplayBatchRecords));
    }

    void replayDurabilityStoresTheSameRows() {
        QTemporaryDir dir;
        SimClock clockA;
        SimClock clockB;
        TradeJournal live(clockA);
        TradeJournal replay(clockB);
        replay.setDurability(TradeJournal::Durability::Replay);
        QVERIFY(live.open(dir.filePath(u"live.db"_s)));
        QVERIFY(replay.open(dir.filePath(u"replay.db"_s)));
        scriptedSession(live, clockA, /*flushEveryCall=*/true);
        scriptedSession(replay, clockB, /*flushEveryCall=*/true);
        QVERIFY(replay.commit());
        for (const auto& [table, key] : kTradingTables) {
            const QStringList rows = dump(live.database(), table, key);
            QVERIFY2(!rows.isEmpty(), qPrintable(table));
            QCOMPARE(dump(replay.database(), table, key), rows);
        }
        QCOMPARE(replay.takeRecordErrors(), live.takeRecordErrors());
    }

    // A writer thread (setBackgroundWrites) makes a Replay journal's commits: the same rows, row
    // for row, the same record errors, and every wall_clock row naming the same trading row.
    void backgroundWritesStoreTheSameRows() {
        QTemporaryDir dir;
        SimClock clockA;
        SimClock clockB;
        TradeJournal live(clockA);
        TradeJournal replay(clockB);
        replay.setDurability(TradeJournal::Durability::Replay);
        replay.setBackgroundWrites(true);
        QVERIFY(live.open(dir.filePath(u"live.db"_s)));
        QVERIFY(replay.open(dir.filePath(u"replay.db"_s)));
        scriptedSession(live, clockA, /*flushEveryCall=*/true);
        scriptedSession(replay, clockB, /*flushEveryCall=*/true);
        QVERIFY(replay.commit());          // the day's deferred batch
        QVERIFY(replay.hasWriterThread()); // the commits were handed to it
        QVERIFY2(replay.waitForWrites(), qPrintable(replay.errorString()));
        for (const auto& [table, key] : kTradingTables) {
            const QStringList rows = dump(live.database(), table, key);
            QVERIFY2(!rows.isEmpty(), qPrintable(table));
            QCOMPARE(dump(replay.database(), table, key), rows);
        }
        const QString wallRows = u"SELECT group_concat(event_seq || ' ' || table_name || ' ' ||"
                                 " row_key, ';') FROM (SELECT * FROM wall_clock ORDER BY 1)"_s;
        QCOMPARE(replay.database().scalar(wallRows)->toString(),
                 live.database().scalar(wallRows)->toString());
        QCOMPARE(replay.takeRecordErrors(), live.takeRecordErrors());
        QVERIFY(replay.close());
        QVERIFY(!replay.hasWriterThread());
    }

    // The daily summary of a journal with a writer thread counts what is still queued: the
    // writer answers once it has written the batch's trade rows, before its commit.
    void backgroundWritesAnswerTheDailySummaryWithTheQueue() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"j.db"_s);
        SimClock clock(utc(2026, 11, 24, 15, 31));
        TradeJournal j(clock);
        j.setDurability(TradeJournal::Durability::Replay);
        j.setBackgroundWrites(true);
        QVERIFY(j.open(path));
        const auto closed = [&](const char* sig, const char* exitPx, const char* pnl) {
            const qint64 id = j.recordEntry(entry(QString::fromLatin1(sig), u"AAPL"_s,
                                                  Direction::Long, "187.42", 100, clock.nowMs()));
            j.recordExit(id, px(exitPx), clock.nowMs() + 60'000, ExitReason::StopLoss, usd(pnl),
                         0.0);
        };
        closed("a", "191.90", "448.00");
        QVERIFY(j.flush()); // the first commit: handed to the writer thread
        QVERIFY(j.hasWriterThread());
        closed("b", "185.17", "-225.00");
        QVERIFY(j.flush()); // deferred: the same trading date
        QCOMPARE(j.pendingCount(), qsizetype(2));
        closed("c", "188.31", "89.00");
        // A refused exit (trade 99 does not exist) is not counted, as on the owner's thread.
        j.recordExit(99, px("1.00"), clock.nowMs(), ExitReason::StopLoss, usd("1000.00"), 0.0);
        const DailySummary s = j.dailySummary(QDate(2026, 11, 24));
        QCOMPARE(j.pendingCount(), qsizetype(0));
        QCOMPARE(s.date, QDate(2026, 11, 24));
        QCOMPARE(s.totalTrades, 3);
        QCOMPARE(s.winningTrades, 2);
        QCOMPARE(s.losingTrades, 1);
        QCOMPARE(s.realizedPnl.units(), qint64(3'120'000)); // 448.00 - 225.00 + 89.00
        QCOMPARE(s.grossLoss.units(), qint64(-2'250'000));
        QVERIFY(j.waitForWrites());
        Database reader;
        QVERIFY(reader.open(path));
        QCOMPARE(count(reader, u"trade_executions"_s), qint64(3));
        QCOMPARE(j.takeRecordErrors().size(), 1);
    }

    // A commit the writer thread cannot make (here: another connection holds the write lock past
    // the busy timeout) is reported at the next wait, its records are queued again, and the
    // journal commits them on its own thread once the file can be written.
    void aFailedBackgroundCommitIsQueuedAgain() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"j.db"_s);
        SimClock clock(utc(2026, 11, 24, 15, 31));
        TradeJournal j(clock);
        j.setDurability(TradeJournal::Durability::Replay);
        j.setBackgroundWrites(true);
        QVERIFY(j.open(path));
        const auto note = [&j] { j.recordNote(u"tick"_s, QString(), QJsonObject{}); };
        note();
        QVERIFY(j.commit());
        QVERIFY(j.waitForWrites());
        QVERIFY(j.hasWriterThread());

        Database blocker;
        QVERIFY(blocker.open(path));
        QVERIFY(blocker.begin()); // BEGIN IMMEDIATE: the write lock, until the rollback below
        note();
        note();
        QVERIFY(j.commit()); // handed over; the writer waits for the lock, then gives up
        note();
        QVERIFY(!j.waitForWrites());
        QVERIFY2(j.errorString().contains(u"locked"_s), qPrintable(j.errorString()));
        QVERIFY(!j.hasWriterThread());
        QCOMPARE(j.pendingCount(), qsizetype(3)); // the two handed over, and the one after
        QVERIFY(blocker.rollback());
        QVERIFY2(j.commit(), qPrintable(j.errorString()));
        QVERIFY(!j.hasWriterThread()); // from now on on this thread
        QCOMPARE(j.pendingCount(), qsizetype(0));
        QCOMPARE(count(blocker, u"events"_s), qint64(4));
        QCOMPARE(blocker.scalar(u"SELECT MAX(seq) FROM events"_s)->toLongLong(), qint64(4));
    }

    void replaysGiveIdenticalTradingTables() {
        QTemporaryDir dir;
        SimClock wallA(1'000'000'000'000);
        SimClock wallB(1'700'000'000'000);
        SimClock clockA;
        SimClock clockB;
        TradeJournal a(clockA, &wallA);
        TradeJournal b(clockB, &wallB);
        QVERIFY(a.open(dir.filePath(u"a.db"_s)));
        QVERIFY(b.open(dir.filePath(u"b.db"_s)));
        scriptedSession(a, clockA, /*flushEveryCall=*/true);
        scriptedSession(b, clockB, /*flushEveryCall=*/false);

        for (const auto& [table, key] : kTradingTables) {
            const QStringList rowsA = dump(a.database(), table, key);
            const QStringList rowsB = dump(b.database(), table, key);
            QVERIFY2(!rowsA.isEmpty(), qPrintable(table));
            QCOMPARE(rowsA, rowsB);
        }
        // The session's content, to make sure the comparison compared something real.
        Database& db = a.database();
        QCOMPARE(count(db, u"trade_executions"_s), qint64(2));
        QCOMPARE(count(db, u"orders"_s), qint64(1));
        QCOMPARE(db.scalar(u"SELECT state FROM orders"_s)->toString(), u"filled"_s);
        QCOMPARE(db.scalar(u"SELECT broker_order_id FROM orders"_s)->toString(), u"b-1"_s);
        QCOMPARE(db.scalar(u"SELECT avg_fill_price_e4 FROM orders"_s)->toLongLong(),
                 qint64(1'874'200));
        // The second exit of the same trade was refused and kept as a journal_error event.
        QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM events WHERE kind = 'journal_error'"_s)->toInt(),
                 1);
        QCOMPARE(a.takeRecordErrors().size(), 1);
        QCOMPARE(db.scalar(u"SELECT shares || ' ' || entry_price_e4 || ' ' || pnl_e4"
                           " FROM trade_executions WHERE id = 1"_s)
                     ->toString(),
                 u"150 1880000 5970000"_s);

        // Wall-clock times are kept apart and differ between the runs.
        const QStringList wallRowsA = dump(a.database(), u"wall_clock"_s, u"event_seq"_s);
        const QStringList wallRowsB = dump(b.database(), u"wall_clock"_s, u"event_seq"_s);
        QCOMPARE(wallRowsA.size(), int(count(db, u"events"_s)));
        QVERIFY(wallRowsA != wallRowsB);
        QCOMPARE(a.database().scalar(u"SELECT MIN(wall_time_ms) FROM wall_clock"_s)->toLongLong(),
                 qint64(1'000'000'000'000));
        for (const auto& [table, key] : kTradingTables) {
            for (const QString& row : dump(db, table, key))
                QVERIFY2(!row.contains(u"1000000000000"_s), qPrintable(row));
        }
    }

    void refusedRecordDoesNotSinkTheBatch() {
        QTemporaryDir dir;
        SimClock clock(utc(2026, 11, 24, 15, 31));
        TradeJournal j(clock);
        QVERIFY(j.open(dir.filePath(u"j.db"_s)));
        const qint64 ok =
            j.recordEntry(entry(u"ok"_s, u"AAPL"_s, Direction::Long, "187.42", 100, clock.nowMs()));
        j.recordExit(99, px("1.00"), clock.nowMs(), ExitReason::StopLoss, usd("1.00"), 0.1);
        j.recordEntry(entry(u"bad"_s, u"AAPL"_s, Direction::Long, "187.42", 0, clock.nowMs()));
        j.recordFill(fill(u"x-9"_s, u"paper"_s, "187.42", 100));
        QVERIFY2(j.flush(), qPrintable(j.errorString()));
        const QStringList errors = j.takeRecordErrors();
        QCOMPARE(errors.size(), 2);
        QVERIFY2(errors.at(0).contains(u"trade 99 is not open"_s), qPrintable(errors.at(0)));
        QVERIFY2(errors.at(1).contains(u"CHECK"_s), qPrintable(errors.at(1)));
        QVERIFY(j.takeRecordErrors().isEmpty());
        QVERIFY(j.trade(ok).has_value());
        Database& db = j.database();
        QCOMPARE(count(db, u"trade_executions"_s), qint64(1));
        QCOMPARE(count(db, u"fills"_s), qint64(1));
        // The refused records are in the log, whole.
        const QJsonObject payload =
            QJsonDocument::fromJson(db.scalar(u"SELECT payload_json FROM events"
                                              " WHERE kind = 'journal_error' ORDER BY seq"
                                              " LIMIT 1"_s)
                                        ->toString()
                                        .toUtf8())
                .object();
        QCOMPARE(payload.value(u"failed_kind"_s).toString(), u"exit"_s);
        QCOMPARE(payload.value(u"record"_s).toObject().value(u"exit_price"_s).toString(),
                 u"1.00"_s);
    }

    // The trading record only: no signal, risk decision or order event rows; an order's
    // snapshots of one batch fold into its last state, an orders row without an events row;
    // fills and notes keep theirs.
    void tradesDetailKeepsTheTradingRecordOnly() {
        QTemporaryDir dir;
        SimClock clock(utc(2026, 11, 24, 15, 31));
        TradeJournal j(clock);
        j.setDetail(TradeJournal::Detail::Trades);
        QVERIFY(!j.keepsAudit());
        QVERIFY(j.open(dir.filePath(u"j.db"_s)));
        Signal s;
        s.signalId = u"sig-1"_s;
        s.ticker = u"AAPL"_s;
        j.recordSignal(s);
        j.recordRiskDecision(s, RiskDecision{});
        OrderRecord entry;
        entry.order.clientOrderId = u"sig-1-entry"_s;
        entry.order.signalId = u"sig-1"_s;
        entry.order.ticker = u"AAPL"_s;
        entry.order.quantity = 100;
        entry.order.broker = u"paper"_s;
        entry.state = OrderState::Submitting;
        j.recordOrder(entry);
        OrderUpdate ack;
        ack.clientOrderId = entry.order.clientOrderId;
        ack.broker = u"paper"_s;
        j.recordOrderEvent(ack, OrderBookChange{});
        entry.state = OrderState::Filled;
        entry.filled = 100;
        entry.filledCost = px("187.40") * 100;
        j.recordOrder(entry);
        QCOMPARE(j.pendingCount(), 1); // one order row, its last state
        Fill f;
        f.executionId = u"x1"_s;
        f.clientOrderId = entry.order.clientOrderId;
        f.broker = u"paper"_s;
        f.ticker = u"AAPL"_s;
        f.quantity = 100;
        f.price = px("187.40");
        j.recordFill(f);
        j.recordNote(u"engine_recovered"_s, QString(), QJsonObject{});
        QVERIFY(j.flush());
        const QList<OrderRecord> orders = j.openOrders();
        QVERIFY(orders.isEmpty()); // filled: not open
        const auto scalar = [&j](const QString& sql) { return j.database().scalar(sql)->toInt(); };
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM orders WHERE state = 'filled' AND "
                        "filled_quantity = 100"_s),
                 1);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM fills"_s), 1);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM events WHERE kind IN ('signal', "
                        "'risk_decision', 'order', 'order_event')"_s),
                 0);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM events WHERE kind IN ('fill', "
                        "'engine_recovered')"_s),
                 2);
        // A later batch gets the order's row again.
        entry.state = OrderState::Cancelled;
        j.recordOrder(entry);
        QCOMPARE(j.pendingCount(), 1);
        QVERIFY(j.flush());
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM orders WHERE state = 'cancelled'"_s), 1);
    }

    void ordersUpsertAndOpenOrders() {
        QTemporaryDir dir;
        SimClock clock(utc(2026, 11, 24, 15, 31));
        TradeJournal j(clock);
        QVERIFY(j.open(dir.filePath(u"j.db"_s)));
        OrderRecord entryOrder;
        entryOrder.order.clientOrderId = u"sig-1-entry"_s;
        entryOrder.order.signalId = u"sig-1"_s;
        entryOrder.order.ticker = u"AAPL"_s;
        entryOrder.order.quantity = 100;
        entryOrder.order.type = OrderType::Limit;
        entryOrder.order.limitPrice = px("187.42");
        entryOrder.order.broker = u"alpaca"_s;
        entryOrder.createdMs = entryOrder.updatedMs = 1000;
        OrderRecord stop = entryOrder;
        stop.order.clientOrderId = u"sig-1-stop"_s;
        stop.order.leg = OrderLeg::Stop;
        stop.order.side = OrderSide::Sell;
        stop.order.type = OrderType::Stop;
        stop.order.limitPrice.reset();
        stop.order.stopPrice = px("185.10");
        stop.order.timeInForce = TimeInForce::Gtc;
        stop.order.parentClientOrderId = u"sig-1-entry"_s;
        stop.order.ocoGroup = u"sig-1"_s;
        stop.createdMs = stop.updatedMs = 1001;
        j.recordOrder(entryOrder);
        j.recordOrder(stop);
        entryOrder.state = OrderState::PartiallyFilled;
        entryOrder.brokerOrderId = u"alp-1"_s;
        entryOrder.filled = 40;
        entryOrder.filledCost = px("187.40") * 40;
        entryOrder.updatedMs = 2000;
        j.recordOrder(entryOrder);

        QList<OrderRecord> open = j.openOrders();
        QCOMPARE(open.size(), 2);
        QCOMPARE(open.at(0).order, entryOrder.order);
        COMPARE_NAMED(open.at(0).state, OrderState::PartiallyFilled);
        QCOMPARE(open.at(0).brokerOrderId, u"alp-1"_s);
        QCOMPARE(open.at(0).filled, qint64(40));
        QCOMPARE(open.at(0).averageFillPrice().units(), qint64(1'874'000));
        QCOMPARE(open.at(0).createdMs, qint64(1000)); // the first insert's time is kept
        QCOMPARE(open.at(0).updatedMs, qint64(2000));
        QCOMPARE(open.at(1).order, stop.order);

        entryOrder.state = OrderState::Filled;
        entryOrder.brokerOrderId.clear(); // an update without the broker id keeps the stored one
        j.recordOrder(entryOrder);
        open = j.openOrders();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.at(0).order.clientOrderId, u"sig-1-stop"_s);
        QCOMPARE(j.database()
                     .scalar(u"SELECT broker_order_id FROM orders"
                             " WHERE client_order_id = 'sig-1-entry'"_s)
                     ->toString(),
                 u"alp-1"_s);
    }

    void dailyPnlUpsertAndKillSwitchState() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"j.db"_s);
        SimClock clock(utc(2026, 11, 24, 15, 31));
        {
            TradeJournal j(clock);
            QVERIFY(j.open(path));
            DailyPnlRecord day;
            day.date = QDate(2026, 11, 24);
            day.startingEquity = usd("100000.00");
            day.realizedPnl = usd("-1500.25");
            j.upsertDailyPnl(day);
            day.endingEquity = usd("98499.75");
            day.maxDrawdown = usd("2100.5");
            day.totalTrades = 3;
            day.losingTrades = 2;
            day.winningTrades = 1;
            day.killSwitchTriggered = true;
            day.metadata = QJsonObject{{u"note"_s, u"manual trip"_s}};
            j.upsertDailyPnl(day);
            j.recordKillSwitch({KillSwitchEvent::Kind::Tripped, KillTrigger::DailyLoss,
                                u"daily loss 10.2%"_s, clock.nowMs()},
                               QJsonObject{{u"tripped"_s, true}, {u"trigger"_s, u"daily_loss"_s}});
        }
        TradeJournal j(clock);
        QVERIFY(j.open(path));
        QCOMPARE(count(j.database(), u"daily_pnl"_s), qint64(1));
        const auto day = j.dailyPnl(QDate(2026, 11, 24));
        QVERIFY(day.has_value());
        QCOMPARE(day->realizedPnl.units(), qint64(-15'002'500));
        QCOMPARE(day->endingEquity.units(), qint64(984'997'500));
        QCOMPARE(day->maxDrawdown.units(), qint64(21'005'000));
        QCOMPARE(day->totalTrades, 3);
        QVERIFY(day->killSwitchTriggered);
        QCOMPARE(day->metadata.value(u"note"_s).toString(), u"manual trip"_s);
        QVERIFY(!j.dailyPnl(QDate(2026, 11, 25)).has_value());
        const auto state = j.lastKillSwitchState();
        QVERIFY(state.has_value());
        QCOMPARE(state->value(u"trigger"_s).toString(), u"daily_loss"_s);
    }

    void signalsAndDecisionsAreLogged() {
        QTemporaryDir dir;
        SimClock clock(utc(2026, 11, 24, 15, 31));
        TradeJournal j(clock);
        QVERIFY(j.open(dir.filePath(u"j.db"_s)));
        const Signal s = aaplSignal();
        j.recordSignal(s);
        SignalParseResult r;
        r.code = SignalRejectCode::StopWrongSide;
        r.field = u"stop_loss"_s;
        r.message = u"stop above entry for a long"_s;
        j.recordSignalRejected(r, R"({"ticker":"MSFT","signal_id":"s-9","stop_loss":500})");
        RiskDecision d;
        d.failedCheck = RiskCheck::MaxPositions;
        d.code = RiskRejectCode::MaxPositions;
        j.recordRiskDecision(s, d);
        QVERIFY(j.flush());
        QSqlQuery q(j.database().connection());
        QVERIFY(q.exec(u"SELECT kind, ticker, ref_id, payload_json, time_ms FROM events"
                       " ORDER BY seq"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"signal"_s);
        QJsonObject p = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
        QCOMPARE(p.value(u"entry_price"_s).toString(), u"187.42"_s);
        QCOMPARE(p.value(u"stop_loss"_s).toString(), u"185.10"_s);
        QCOMPARE(q.value(4).toLongLong(), utc(2026, 11, 24, 15, 31)); // engine time
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"signal_rejected"_s);
        QCOMPARE(q.value(1).toString(), u"MSFT"_s);
        QCOMPARE(q.value(2).toString(), u"s-9"_s);
        p = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
        QCOMPARE(p.value(u"code"_s).toString(), toString(SignalRejectCode::StopWrongSide));
        QCOMPARE(p.value(u"field"_s).toString(), u"stop_loss"_s);
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"risk_decision"_s);
        p = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
        QCOMPARE(p.value(u"approved"_s).toBool(), false);
        QCOMPARE(p.value(u"failed_check"_s).toString(), u"max_positions"_s);
        QVERIFY(!q.next());
    }

    void payloadsAreValidJson() {
        // Broker messages and operator notes can hold anything: quotes, backslashes, newlines,
        // control characters, non-ASCII. Every payload must still parse and keep the text.
        const QString nasty = u"say \"hi\" \\ path\nnew line\ttab \u0001 caf\u00e9 \u6f22"_s;
        QTemporaryDir dir;
        SimClock clock(utc(2026, 11, 24, 15, 31));
        TradeJournal j(clock);
        QVERIFY(j.open(dir.filePath(u"j.db"_s)));
        const qint64 id =
            j.recordEntry(entry(nasty, u"AAPL"_s, Direction::Long, "187.42", 100, clock.nowMs()));
        j.recordExit(id, px("191.90"), clock.nowMs(), nasty, usd("448.00"),
                     std::numeric_limits<double>::quiet_NaN());
        j.recordKillSwitch({KillSwitchEvent::Kind::Reset, KillTrigger::Manual, nasty, 0},
                           QJsonObject{{u"note"_s, nasty}});
        OrderUpdate u;
        u.clientOrderId = u"c-1"_s;
        u.message = nasty;
        j.recordOrderEvent(
            u, {OrderBookChange::Invalid, OrderState::Filled, OrderState::Filled, nasty});
        QVERIFY(j.flush());
        QSqlQuery q(j.database().connection());
        QVERIFY(q.exec(u"SELECT kind, payload_json FROM events ORDER BY seq"_s));
        int rows = 0;
        while (q.next()) {
            ++rows;
            QJsonParseError error;
            const QJsonObject o =
                QJsonDocument::fromJson(q.value(1).toString().toUtf8(), &error).object();
            QVERIFY2(error.error == QJsonParseError::NoError,
                     qPrintable(q.value(0).toString() + u": "_s + error.errorString()));
            const QString kind = q.value(0).toString();
            if (kind == u"entry")
                QCOMPARE(o.value(u"signal_id"_s).toString(), nasty);
            if (kind == u"exit") {
                QCOMPARE(o.value(u"exit_reason"_s).toString(), nasty);
                QVERIFY(o.value(u"pnl_pct"_s).isNull()); // NaN has no JSON form
                QCOMPARE(o.value(u"pnl"_s).toString(), u"448.00"_s);
            }
            if (kind == u"kill_switch")
                QCOMPARE(o.value(u"state"_s).toObject().value(u"note"_s).toString(), nasty);
            if (kind == u"order_event") {
                QCOMPARE(o.value(u"message"_s).toString(), nasty);
                QCOMPARE(o.value(u"result"_s).toString(), u"invalid"_s);
            }
        }
        QCOMPARE(rows, 4);
        QCOMPARE(j.trade(id)->exitReason, nasty);
    }

    void recordingWhileClosedIsReported() {
        SimClock clock;
        TradeJournal j(clock);
        QCOMPARE(j.recordEntry(entry(u"a"_s, u"AAPL"_s, Direction::Long, "1", 1, 0)), qint64(0));
        j.recordFill(fill(u"x"_s, u"paper"_s, "1", 1));
        QCOMPARE(j.pendingCount(), qsizetype(0));
        QCOMPARE(j.takeRecordErrors().size(), 2);
        QTemporaryDir dir;
        QVERIFY(!j.open(dir.path())); // a directory
        QVERIFY(!j.errorString().isEmpty());
    }

    // The child (this executable, see main()) records and flushes trades in a loop and prints
    // how many are committed; we kill -9 it mid-run and check every reported trade survived.
    void committedTradesSurviveKill9() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"crash.db"_s);
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(kCrashChildEnv), path);
        child.setProcessEnvironment(env);
        child.setProgram(QCoreApplication::applicationFilePath());
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start();
        QVERIFY(child.waitForStarted(5000));

        constexpr qint64 kTarget = 300;
        qint64 committed = 0;
        QElapsedTimer timer;
        timer.start();
        while (committed < kTarget && timer.elapsed() < 10'000 &&
               child.state() == QProcess::Running) {
            child.waitForReadyRead(50);
            while (child.canReadLine()) {
                const QByteArray line = child.readLine().trimmed();
                if (line.startsWith("committed "))
                    committed = line.mid(10).toLongLong();
            }
        }
        child.kill(); // SIGKILL: no destructor, no final flush
        QVERIFY(child.waitForFinished(5000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        QVERIFY2(committed >= kTarget, qPrintable(u"only %1 committed"_s.arg(committed)));

        SimClock clock;
        TradeJournal j(clock);
        QVERIFY2(j.open(path), qPrintable(j.errorString()));
        QCOMPARE(j.database().integrityCheck(), u"ok"_s);
        QHash<qint64, TradeRecord> byId;
        for (const TradeRecord& t : j.tradeHistory())
            byId.insert(t.id, t);
        QVERIFY2(byId.size() >= committed,
                 qPrintable(u"%1 trades found, %2 reported"_s.arg(byId.size()).arg(committed)));
        for (qint64 i = 1; i <= committed; ++i) {
            QVERIFY2(byId.contains(i), qPrintable(u"trade %1 lost"_s.arg(i)));
            const TradeRecord& t = byId[i];
            COMPARE_NAMED(t.status, TradeStatus::Closed);
            // Child's trade i: entry 100.00 + i cents, exit 1.23 higher, 100 shares:
            // pnl 1.23 x 100 = 123.00.
            QCOMPARE(t.entryPrice.units(), 1'000'000 + 100 * i);
            QCOMPARE(t.exitPrice->units(), 1'000'000 + 100 * i + 12'300);
            QCOMPARE(t.pnl->units(), qint64(1'230'000));
            QCOMPARE(t.shares, qint64(100));
        }
        QVERIFY(count(j.database(), u"fills"_s) >= committed);
        QVERIFY(j.database()
                    .scalar(u"SELECT COUNT(*) FROM fills WHERE price_e4 <> 1000000 +"
                            " 100 * CAST(execution_id AS INTEGER)"_s)
                    ->toInt() == 0);
    }
};

namespace {

int runCrashChild(const QString& path) {
    SimClock clock(utc(2026, 11, 24, 14, 30));
    TradeJournal journal(clock);
    if (!journal.open(path)) {
        std::fprintf(stderr, "child: %s\n", qPrintable(journal.errorString()));
        return 3;
    }
    QElapsedTimer timer;
    timer.start();
    // Bounded so an orphan cannot run forever if the parent dies before killing it.
    for (qint64 i = 1; timer.elapsed() < 30'000; ++i) {
        clock.advanceMs(1000);
        TradeRecord t;
        t.signalId = u"crash-%1"_s.arg(i);
        t.ticker = u"SPY"_s;
        t.entryPrice = Price::fromUnits(1'000'000 + 100 * i);
        t.shares = 100;
        t.entryTimeMs = clock.nowMs();
        const qint64 id = journal.recordEntry(t);
        Fill f;
        f.executionId = QString::number(i);
        f.broker = u"paper"_s;
        f.clientOrderId = t.signalId + u"-entry"_s;
        f.ticker = t.ticker;
        f.quantity = 100;
        f.price = t.entryPrice;
        f.brokerTimeMs = f.receivedTimeMs = clock.nowMs();
        journal.recordFill(f);
        journal.recordExit(id, t.entryPrice + Price::fromUnits(12'300), clock.nowMs(),
                           ExitReason::ProfitTarget, Money::fromUnits(1'230'000), 1.0);
        if (i % 10 == 0) {
            if (!journal.flush()) {
                std::fprintf(stderr, "child: %s\n", qPrintable(journal.errorString()));
                return 4;
            }
            std::printf("committed %lld\n", static_cast<long long>(i));
            std::fflush(stdout);
        }
    }
    return 0;
}

} // namespace

// Our own main: the same executable is the crash test's child when the environment says so.
int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QByteArray childPath = qgetenv(kCrashChildEnv);
    if (!childPath.isEmpty())
        return runCrashChild(QString::fromLocal8Bit(childPath));
    tst_TradeJournal test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_TradeJournal.moc"
