#pragma once

#include "journal/JournalRecords.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <optional>

namespace axion {

// Which trades the Trade Journal shows. Every field narrows; a default filter is every closed
// trade. Dates are New York trading dates of the trade's sort time (see JournalQueries).
struct JournalFilter {
    enum class Status { Closed, Open, Cancelled, Any };
    enum class Outcome { Any, Win, Loss }; // win: P&L > 0, loss: P&L < 0 (break-even: neither)

    QDate from{};         // inclusive; invalid = no lower bound
    QDate to{};           // inclusive; invalid = no upper bound
    QString ticker{};     // exact symbol (case-insensitive); empty = every ticker
    QString exitReason{}; // stored name ("stop_loss", "kill_switch", ...); empty = any
    Outcome outcome = Outcome::Any;
    Status status = Status::Closed;

    bool operator==(const JournalFilter&) const = default;
};

// Where a page ends: the last row's sort key and id. The next page starts strictly after it.
struct JournalCursor {
    qint64 key = 0; // COALESCE(exit_time_ms, entry_time_ms), UTC ms
    qint64 id = 0;

    bool operator==(const JournalCursor&) const = default;
};

// One New York trading date of the daily summary: the closed trades exiting that day (exact
// integer sums), plus the day's daily_pnl row when the engine wrote one.
struct JournalDay {
    DailySummary summary;
    std::optional<Money> endingEquity; // daily_pnl.ending_equity_e4 (account-wide, unfiltered)
    bool killSwitchTriggered = false;  // daily_pnl.kill_switch_triggered

    bool operator==(const JournalDay&) const = default;
};

// One point of the equity curve: cumulative realized P&L of the filtered closed trades up to
// and including timeMs (a trade's exit, or a day's 16:00 New York close for a daily curve).
struct EquityPoint {
    qint64 timeMs = 0;
    Money cumulativePnl;

    bool operator==(const EquityPoint&) const = default;
};

// The read side of the journal for the GUI: trade history pages, filters, counts, the daily
// summary, the equity curve and the CSV export of a filter. Pure Qt Sql.
//
// It opens its OWN read-only connection (QSQLITE_OPEN_READONLY, a unique connection name), so
// the GUI thread reads while the engine thread writes the same file: the journal is in WAL mode,
// readers see the last commit and never block the writer. Like any QSqlDatabase, an instance is
// used on the thread that opened it; another thread opens its own instance.
//
// Order: newest first by (COALESCE(exit_time_ms, entry_time_ms), id): a closed or cancelled trade
// by its exit, an open one by its entry, ties by id. Pages are keyset pages (WHERE (key, id) <
// cursor ... LIMIT n), served in that order by the indexes of migration 5, so a page costs the same
// at row 10 as at row 1,000,000 and nothing ever loads the whole journal.
//
// Every query runs to completion and is finished before returning: a live statement would pin
// a WAL snapshot and keep the writer's checkpoints from resetting the log.
class JournalQueries {
    Q_DECLARE_TR_FUNCTIONS(JournalQueries)

public:
    // Rows read per page of exportCsv().
    static constexpr int kExportPageSize = 5000;

    JournalQueries();
    ~JournalQueries();
    JournalQueries(const JournalQueries&) = delete;
    JournalQueries& operator=(const JournalQueries&) = delete;

    // Opens `path` read-only. Refuses (false, errorString()) a missing file, a file that is not
    // SQLite, an SQLite file of another application, a file without the journal tables and a
    // journal older than schema version 5 (no _ms time columns; the engine upgrades it on open).
    bool open(const QString& path);
    void close();
    bool isOpen() const { return m_db.isOpen(); }
    QString path() const { return m_path; }
    // The error of the last call; empty after a call that succeeded.
    QString errorString() const { return m_error; }
    QString connectionName() const { return m_connectionName; }
    QSqlDatabase connection() const { return m_db; }
    // user_version of the file when opened (read-only: never migrated here).
    int schemaVersion() const { return m_schemaVersion; }

    // The sort key of a row: exit time when it has one, else entry time.
    static qint64 sortKey(const TradeRecord& trade);
    static JournalCursor cursorOf(const TradeRecord& trade);

    // Up to `limit` trades matching `filter`, newest first, starting after `after` (from the
    // newest when absent). An empty list at the end or on error (errorString() tells which).
    QList<TradeRecord> fetchPage(const JournalFilter& filter, int limit,
                                 const std::optional<JournalCursor>& after = std::nullopt);
    // Number of trades matching `filter`; nullopt on error.
    std::optional<qint64> countTrades(const JournalFilter& filter);

    // Closed trades matching `filter`, one row per New York trading date that has any, newest
    // first. The status filter applies as: Closed or Any -> closed trades; Open or Cancelled ->
    // no days (only closed trades have P&L).
    QList<JournalDay> dailySummary(const JournalFilter& filter);
    // The sum of days (trades, wins, losses, P&L, gross profit and loss); date = the newest day.
    static DailySummary totals(const QList<JournalDay>& days);

    // Cumulative realized P&L of the closed trades matching `filter`, oldest first: one point per
    // trade while there are at most maxTradePoints of them, else one per day (a chart cannot show
    // a million points, and the journal need not read them).
    QList<EquityPoint> equityCurve(const JournalFilter& filter, int maxTradePoints = 2000);
    // One point per trade, oldest first (reads every matching closed trade).
    QList<EquityPoint> equityCurveByTrade(const JournalFilter& filter);
    // One point per day at the 16:00 New York close, oldest first, from dailySummary() rows.
    static QList<EquityPoint> equityCurveFromDays(const QList<JournalDay>& days);

    // Every trade matching `filter`, newest first, as CSV (CsvExport's columns and quoting),
    // written atomically. Streams pageSize rows at a time inside one read transaction (one
    // consistent snapshot): memory stays flat for any journal size.
    bool exportCsv(const JournalFilter& filter, const QString& path, qint64* rowsWritten = nullptr,
                   int pageSize = kExportPageSize);

    // Distinct tickers and exit reasons in the journal, sorted (for the filter choices). Read by
    // index seeks, one per distinct value.
    QStringList tickers();
    QStringList exitReasons();

    // The SQL of a page query (for tests that check the query plan uses an index).
    static QString pageSql(const JournalFilter& filter, bool withCursor, QVariantList* binds,
                           const std::optional<JournalCursor>& after = std::nullopt);

private:
    bool fail(const QString& message);
    QStringList distinctValues(const QString& column);

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    QString m_error;
    int m_schemaVersion = 0;
};

} // namespace axion
