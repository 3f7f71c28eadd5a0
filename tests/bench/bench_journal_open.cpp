// Trade Journal tab on a big journal: 1,000,000 closed trades (100,000 with --quick). Builds the
// journal once per row count under the temp folder (bulk INSERT in one transaction, indexes built
// after) and reuses it, then times what a user waits for: opening the journal with the tab shown
// and its first page painted (target < 1 s), a ticker filter, a date filter, scrolling a page,
// a refresh, the daily summary, the equity curve and a CSV export. Prints figures; never fails
// on speed.
//
//   build/release/tests/bench/bench_journal_open              (1,000,000 trades, README figures)
//   build/release/tests/bench/bench_journal_open --quick      (what ctest -L bench runs)
//   build/release/tests/bench/bench_journal_open --rows N     (any size)
//   ... --journal PATH [--screenshot tab.png]                  (an existing journal; a picture)

#include "charts/EquityCurveChart.h"
#include "journal/Database.h"
#include "journal/JournalQueries.h"
#include "journal/TradeJournal.h"
#include "models/DailySummaryModel.h"
#include "models/JournalTradeModel.h"
#include "tabs/TradeJournalTab.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimeZone>
#include <cstdio>
#include <ctime>
#include <functional>

using namespace axion;

namespace {

constexpr int kTradesPerDay = 1000;

const char* const kTickers[] = {
    "AAPL", "MSFT", "NVDA", "AMZN", "GOOGL", "META", "TSLA", "AMD",  "NFLX", "AVGO",
    "ORCL", "CRM",  "ADBE", "INTC", "QCOM",  "MU",   "SHOP", "UBER", "PLTR", "COIN",
    "SPY",  "QQQ",  "IWM",  "DIA",  "XLF",   "XLE",  "SMH",  "JPM",  "BAC",  "WFC",
    "GS",   "MS",   "C",    "V",    "MA",    "PYPL", "SQ",   "DIS",  "NKE",  "SBUX",
    "MCD",  "KO",   "PEP",  "WMT",  "COST",  "HD",   "LOW",  "TGT",  "BA",   "CAT",
    "DE",   "GE",   "F",    "GM",   "RIVN",  "LCID", "XOM",  "CVX",  "OXY",  "SNOW"};
constexpr int kTickerCount = int(sizeof(kTickers) / sizeof(kTickers[0]));

// Exit reasons in rough proportion to a cloud strategy's exits.
const char* const kReasons[] = {"stop_loss",  "stop_loss",           "cloud_flip",    "cloud_flip",
                                "cloud_flip", "profit_target",       "profit_target", "eod_close",
                                "time_stop",  "momentum_exhaustion", "trailing_stop", "manual"};
constexpr int kReasonCount = int(sizeof(kReasons) / sizeof(kReasons[0]));
const char* const kSignalTypes[] = {"cloud_flip_bullish", "cloud_flip_bearish", "pullback_entry",
                                    "momentum_breakout"};
const char* const kTimeframes[] = {"5m", "10m", "10m", "1h"};

// Wall time and process CPU time (every thread): on a busy machine the wall figure is inflated
// by waiting for a core, the CPU figure is what the work costs.
struct Stopwatch {
    QElapsedTimer wall;
    std::clock_t cpu = 0;
    Stopwatch() { restart(); }
    void restart() {
        wall.start();
        cpu = std::clock();
    }
    QString text() const {
        return QStringLiteral("%1 ms (cpu %2 ms)")
            .arg(static_cast<double>(wall.nsecsElapsed()) / 1e6, 0, 'f', 1)
            .arg(1000.0 * static_cast<double>(std::clock() - cpu) / CLOCKS_PER_SEC, 0, 'f', 1);
    }
};

double seconds(const QElapsedTimer& t) {
    return static_cast<double>(t.nsecsElapsed()) / 1e9;
}

// A small deterministic generator (xorshift64*), so every run builds the same journal.
struct Random {
    quint64 state = 0x9E3779B97F4A7C15ULL;
    quint64 next() {
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        return state * 0x2545F4914F6CDD1DULL;
    }
    int below(int n) { return static_cast<int>(next() % static_cast<quint64>(n)); }
};

bool exec(QSqlDatabase& db, const QString& sql, QString* error) {
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        *error = sql.left(80) + QStringLiteral(": ") + q.lastError().text();
        return false;
    }
    return true;
}

// Rows, schema version and application id of a cached file; -1 when it is not usable.
qint64 cachedRows(const QString& path) {
    if (!QFile::exists(path))
        return -1;
    JournalQueries q;
    if (!q.open(path) || q.schemaVersion() != Database::latestVersion())
        return -1;
    return q.countTrades(JournalFilter{.status = JournalFilter::Status::Any}).value_or(-1);
}

// Builds `rows` closed trades into `path`: the schema through Database (every migration), then
// the rows in one transaction with a prepared statement and no journal, the trade indexes
// dropped during the load and rebuilt after (a sorted build instead of a million random index
// inserts), then WAL mode as the engine leaves it.
bool buildJournal(const QString& path, qint64 rows, QString* error) {
    const QString part = path + QStringLiteral(".part");
    for (const QString& f :
         QStringList{part, part + QStringLiteral("-wal"), part + QStringLiteral("-shm")})
        QFile::remove(f);
    {
        Database db;
        if (!db.open(part)) {
            *error = db.errorString();
            return false;
        }
    }
    const QString name = QStringLiteral("bench-journal-build");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(part);
        if (!db.open()) {
            *error = db.lastError().text();
            return false;
        }
        QStringList indexSql;
        QStringList indexNames;
        {
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND"
                                  " tbl_name = 'trade_executions' AND sql IS NOT NULL"));
            while (q.next()) {
                indexNames << q.value(0).toString();
                indexSql << q.value(1).toString();
            }
        }
        if (!exec(db, QStringLiteral("PRAGMA journal_mode = OFF"), error) ||
            !exec(db, QStringLiteral("PRAGMA synchronous = OFF"), error) ||
            !exec(db, QStringLiteral("PRAGMA cache_size = -262144"), error) ||
            !exec(db, QStringLiteral("PRAGMA temp_store = MEMORY"), error))
            return false;
        for (const QString& index : std::as_const(indexNames)) {
            if (!exec(db, QStringLiteral("DROP INDEX ") + index, error))
                return false;
        }
        if (!exec(db, QStringLiteral("BEGIN"), error))
            return false;
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral(
            "INSERT INTO trade_executions (id, signal_id, ticker, direction, trade_type,"
            " entry_price, entry_price_e4, exit_price, exit_price_e4, shares, stop_loss,"
            " stop_loss_e4, target_price, target_price_e4, conviction, status, exit_reason, pnl,"
            " pnl_e4, pnl_pct, broker, order_id, entry_time, entry_time_ms, exit_time, "
            "exit_time_ms,"
            " metadata_json, created_at, created_at_ms)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'closed', ?, ?, ?, ?, 'paper',"
            " ?, ?, ?, ?, ?, ?, ?, ?)"));
        const auto isoUtc = [](qint64 ms) {
            return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
        };
        QSqlQuery daily(db);
        daily.prepare(QStringLiteral(
            "INSERT INTO daily_pnl (date, starting_equity, starting_equity_e4, ending_equity,"
            " ending_equity_e4, realized_pnl, realized_pnl_e4, total_trades, winning_trades,"
            " losing_trades) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        const QTimeZone ny = QTimeZone("America/New_York");
        Random rnd;
        QDate day(2021, 1, 4);
        qint64 dayOpenMs = 0;
        qint64 equity = 100'000LL * 10'000;
        qint64 dayPnl = 0;
        int dayTrades = 0;
        int dayWins = 0;
        int dayLosses = 0;
        const auto closeDay = [&]() {
            if (dayTrades == 0)
                return true;
            const qint64 start = equity;
            equity += dayPnl;
            daily.bindValue(0, day.toString(Qt::ISODate));
            daily.bindValue(1, double(start) / 10'000.0);
            daily.bindValue(2, start);
            daily.bindValue(3, double(equity) / 10'000.0);
            daily.bindValue(4, equity);
            daily.bindValue(5, double(dayPnl) / 10'000.0);
            daily.bindValue(6, dayPnl);
            daily.bindValue(7, dayTrades);
            daily.bindValue(8, dayWins);
            daily.bindValue(9, dayLosses);
            dayPnl = 0;
            dayTrades = dayWins = dayLosses = 0;
            return daily.exec();
        };
        for (qint64 i = 0; i < rows; ++i) {
            const int inDay = static_cast<int>(i % kTradesPerDay);
            if (inDay == 0) {
                if (i > 0) {
                    if (!closeDay()) {
                        *error = daily.lastError().text();
                        return false;
                    }
                    day = day.addDays(1);
                }
                while (day.dayOfWeek() > 5)
                    day = day.addDays(1);
                dayOpenMs = QDateTime(day, QTime(9, 30), ny).toMSecsSinceEpoch();
            }
            // Entries spread over the session (09:30-15:30), held 1 to 150 minutes.
            const qint64 entryMs =
                dayOpenMs + (qint64(inDay) * 360 * 60'000) / kTradesPerDay + rnd.below(60) * 1000;
            const qint64 exitMs = entryMs + (1 + rnd.below(150)) * 60'000LL + rnd.below(60) * 1000;
            const int t = rnd.below(kTickerCount);
            const bool longSide = rnd.below(3) != 0;
            const qint64 entry = (20 + (t * 37) % 480) * 10'000LL + rnd.below(100) * 100;
            const qint64 move = (rnd.below(401) - 190) * entry / 20'000; // about -1.9 % .. +2.1 %
            const qint64 exit = std::max<qint64>(100, (entry + move) / 100 * 100);
            const qint64 shares = 10 + rnd.below(50) * 10;
            const qint64 pnl = (exit - entry) * shares * (longSide ? 1 : -1);
            const double pnlPct = 100.0 * double(pnl) / double(entry * shares);
            const qint64 stop = longSide ? entry - entry / 100 : entry + entry / 100;
            const qint64 target = longSide ? entry + entry / 50 : entry - entry / 50;
            const quint64 h = rnd.next();
            const QString signalId = QStringLiteral("%1").arg(h, 16, 16, QLatin1Char('0'));
            insert.bindValue(0, i + 1);
            insert.bindValue(1, signalId);
            insert.bindValue(2, QString::fromLatin1(kTickers[t]));
            insert.bindValue(3, longSide ? QStringLiteral("long") : QStringLiteral("short"));
            insert.bindValue(
                4, i % 9 == 0 ? QStringLiteral("swing")
                              : (i % 13 == 0 ? QStringLiteral("scalp") : QStringLiteral("day")));
            insert.bindValue(5, double(entry) / 10'000.0);
            insert.bindValue(6, entry);
            insert.bindValue(7, double(exit) / 10'000.0);
            insert.bindValue(8, exit);
            insert.bindValue(9, shares);
            insert.bindValue(10, double(stop) / 10'000.0);
            insert.bindValue(11, stop);
            insert.bindValue(12, double(target) / 10'000.0);
            insert.bindValue(13, target);
            insert.bindValue(14, 50 + rnd.below(51));
            insert.bindValue(15, i % 5000 == 17
                                     ? QStringLiteral("kill_switch")
                                     : QString::fromLatin1(kReasons[rnd.below(kReasonCount)]));
            insert.bindValue(16, double(pnl) / 10'000.0);
            insert.bindValue(17, pnl);
            insert.bindValue(18, pnlPct);
            insert.bindValue(19, QString(signalId + QStringLiteral("-entry")));
            insert.bindValue(20, isoUtc(entryMs));
            insert.bindValue(21, entryMs);
            insert.bindValue(22, isoUtc(exitMs));
            insert.bindValue(23, exitMs);
            insert.bindValue(24, QStringLiteral("{\"signal_type\":\"%1\",\"timeframe\":\"%2\"}")
                                     .arg(QString::fromLatin1(kSignalTypes[rnd.below(4)]),
                                          QString::fromLatin1(kTimeframes[rnd.below(4)])));
            insert.bindValue(25, isoUtc(entryMs));
            insert.bindValue(26, entryMs);
            if (!insert.exec()) {
                *error = insert.lastError().text();
                return false;
            }
            dayPnl += pnl;
            ++dayTrades;
            dayWins += pnl > 0;
            dayLosses += pnl < 0;
        }
        if (!closeDay()) {
            *error = daily.lastError().text();
            return false;
        }
        insert.finish();
        daily.finish();
        if (!exec(db, QStringLiteral("COMMIT"), error))
            return false;
        for (const QString& sql : std::as_const(indexSql)) {
            if (!exec(db, sql, error))
                return false;
        }
        // No ANALYZE: the engine's journals have no planner statistics either, and the figures
        // must be the ones a real journal gets.
        if (!exec(db, QStringLiteral("PRAGMA journal_mode = WAL"), error))
            return false;
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    QFile::remove(path);
    if (!QFile::rename(part, path)) {
        *error = QStringLiteral("cannot rename %1 to %2").arg(part, path);
        return false;
    }
    return true;
}

// Runs `action` (a filter change) and prints how long the rows took (synchronous, on the GUI
// thread) and how long until the tab's daily summary and equity curve were in (worker thread):
// what a user waits for before the whole tab agrees with the filter.
void timeFilter(QTextStream& out, TradeJournalTab& tab, const QString& what,
                const std::function<void()>& action) {
    QSignalSpy spy(&tab, &TradeJournalTab::analyticsUpdated);
    Stopwatch t;
    action();
    const QString rows = t.text();
    if (tab.analyticsPending())
        spy.wait(120'000);
    out << QStringLiteral("  %1\n      rows shown %2; summary + curve %3\n")
               .arg(what, rows, t.text());
    out.flush();
}

} // namespace

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool quick = args.contains(QStringLiteral("--quick"));
    qint64 rows = quick ? 100'000 : 1'000'000;
    if (const qsizetype i = args.indexOf(QStringLiteral("--rows")); i >= 0 && i + 1 < args.size())
        rows = std::max<qint64>(kTradesPerDay, args.at(i + 1).toLongLong());

    QTextStream out(stdout);
    // --journal PATH times an existing journal instead (e.g. one a replay wrote).
    QString path = QDir::temp().filePath(
        QStringLiteral("axion-bench-journal-v%1-%2.db").arg(Database::latestVersion()).arg(rows));
    if (const qsizetype i = args.indexOf(QStringLiteral("--journal"));
        i >= 0 && i + 1 < args.size())
        path = args.at(i + 1);
    QElapsedTimer t;
    t.start();
    if (args.contains(QStringLiteral("--journal"))) {
        out << "bench_journal_open: " << QDir::toNativeSeparators(path) << '\n';
    } else if (cachedRows(path) == rows) {
        out << "bench_journal_open: reusing " << QDir::toNativeSeparators(path) << '\n';
    } else {
        QString error;
        if (!buildJournal(path, rows, &error)) {
            std::fprintf(stderr, "bench_journal_open: cannot build %s: %s\n", qPrintable(path),
                         qPrintable(error));
            return 1;
        }
        out << QStringLiteral("bench_journal_open: built %1 (%2 trades) in %3 s\n")
                   .arg(QDir::toNativeSeparators(path))
                   .arg(rows)
                   .arg(seconds(t), 0, 'f', 1);
    }
    out.flush();

    // --- open: the tab created, shown, the journal opened and its first page painted ---
    Stopwatch open;
    TradeJournalTab tab;
    tab.resize(1280, 800);
    tab.show();
    QString error;
    if (!tab.openJournal(path, &error)) {
        std::fprintf(stderr, "bench_journal_open: %s\n", qPrintable(error));
        return 1;
    }
    tab.tradeView()->repaint(); // paint the first page now, not at the next event loop pass
    QApplication::processEvents();
    const QString openText = open.text();
    const int firstPage = tab.tradeModel()->rowCount();
    QSignalSpy firstAnalytics(&tab, &TradeJournalTab::analyticsUpdated);
    if (tab.analyticsPending())
        firstAnalytics.wait(120'000);
    const QString openAnalyticsText = open.text();
    // --screenshot PNG: the tab as opened, for the docs and for looking at it.
    if (const qsizetype i = args.indexOf(QStringLiteral("--screenshot"));
        i >= 0 && i + 1 < args.size()) {
        QApplication::processEvents();
        tab.equityChart()->repaint();
        if (!tab.grab().save(args.at(i + 1)))
            std::fprintf(stderr, "bench_journal_open: cannot save %s\n",
                         qPrintable(args.at(i + 1)));
    }

    out << QStringLiteral("bench_journal_open (%1): %2 closed trades over %3 trading days\n")
               .arg(quick ? QStringLiteral("quick") : QStringLiteral("full"))
               .arg(JournalQueries::totals(tab.summaryModel()->days()).totalTrades)
               .arg(tab.summaryModel()->rowCount());
    out << QStringLiteral(
               "  open journal + create tab + first page (%1 rows) shown: %2   target < 1000 ms\n")
               .arg(firstPage)
               .arg(openText);
    out << QStringLiteral("  ... then daily summary + equity curve (worker thread) in: %1\n")
               .arg(openAnalyticsText);

    // --- scrolling: the next page ---
    {
        const int pages = 20;
        Stopwatch s;
        for (int i = 0; i < pages; ++i)
            tab.tradeModel()->fetchMore({});
        out << QStringLiteral("  next page (fetchMore of %1 rows), total of %2 pages: %3\n")
                   .arg(JournalTradeModel::kDefaultPageSize)
                   .arg(pages)
                   .arg(s.text());
    }

    // --- filters ---
    timeFilter(out, tab, QStringLiteral("ticker filter (NVDA)"),
               [&] { tab.setFilter(JournalFilter{.ticker = QStringLiteral("NVDA")}); });
    const QDate lastDay = tab.summaryModel()->rowCount() > 0
                              ? tab.summaryModel()->day(0).summary.date
                              : QDate(2021, 6, 1);
    timeFilter(out, tab, QStringLiteral("date filter (the last month)"), [&] {
        tab.setFilter(JournalFilter{.from = lastDay.addMonths(-1).addDays(1), .to = lastDay});
    });
    timeFilter(out, tab, QStringLiteral("exit reason + losers filter (kill_switch)"), [&] {
        tab.setFilter(JournalFilter{.exitReason = QStringLiteral("kill_switch"),
                                    .outcome = JournalFilter::Outcome::Loss});
    });
    timeFilter(out, tab, QStringLiteral("back to every trade"),
               [&] { tab.setFilter(JournalFilter{}); });
    timeFilter(out, tab, QStringLiteral("refresh (a trade closed)"), [&] { tab.refresh(); });

    // --- the queries alone, on this thread ---
    JournalQueries q;
    if (!q.open(path)) {
        std::fprintf(stderr, "bench_journal_open: %s\n", qPrintable(q.errorString()));
        return 1;
    }
    Stopwatch s;
    const QList<JournalDay> days = q.dailySummary(JournalFilter{});
    out << QStringLiteral("  daily summary, every trade (%1 days): %2\n")
               .arg(days.size())
               .arg(s.text());
    s.restart();
    const QList<JournalDay> nvdaDays =
        q.dailySummary(JournalFilter{.ticker = QStringLiteral("NVDA")});
    out << QStringLiteral("  daily summary, one ticker (%1 days): %2\n")
               .arg(nvdaDays.size())
               .arg(s.text());
    s.restart();
    const QList<EquityPoint> curve = q.equityCurve(JournalFilter{});
    out << QStringLiteral("  equity curve, every trade (%1 daily points, with its count): %2\n")
               .arg(curve.size())
               .arg(s.text());
    s.restart();
    const QList<EquityPoint> nvdaCurve =
        q.equityCurveByTrade(JournalFilter{.ticker = QStringLiteral("NVDA")});
    out << QStringLiteral("  equity curve, one ticker (%1 trade points): %2\n")
               .arg(nvdaCurve.size())
               .arg(s.text());
    s.restart();
    const std::optional<qint64> count = q.countTrades(JournalFilter{});
    out << QStringLiteral("  count, every trade (%1): %2\n").arg(count.value_or(-1)).arg(s.text());
    QTemporaryDir dir;
    s.restart();
    qint64 exported = 0;
    q.exportCsv(JournalFilter{.ticker = QStringLiteral("NVDA")},
                dir.filePath(QStringLiteral("nvda.csv")), &exported);
    out << QStringLiteral("  CSV export, one ticker (%1 trades): %2\n").arg(exported).arg(s.text());
    return 0;
}
