#include "journal/Database.h"

#include "journal/SqlConnection.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <atomic>

namespace axion {

namespace {

// Connection names must be unique per process; a counter is enough (names are never reused, so
// a late removeDatabase() of one instance can never hit another's connection).
std::atomic<quint64> g_connectionCounter{0};

QString describe(const QSqlError& error) {
    const QString db = error.databaseText();
    return db.isEmpty() ? error.text() : db;
}

// SQLite's own header: "SQLite format 3" and a NUL (https://www.sqlite.org/fileformat.html).
constexpr char kSqliteMagic[] = "SQLite format 3";
constexpr qint64 kSqliteHeaderSize = 100;

} // namespace

const QList<Database::Migration>& Database::migrations() {
    // Money columns come in pairs: <name>_e4 is the exact INTEGER in 1/10,000 $ that every sum in
    // code uses; <name> is the same amount as REAL dollars for outside readers (PRD-135 names).
    // Trading times are INTEGER UTC ms from the engine clock (columns named *_ms); from migration 5
    // on, trade_executions also has them as ISO-8601 UTC text under the PRD-135 names. Wall-clock
    // times live in wall_clock.
    static const QList<Migration> list{
        {1,
         QStringLiteral("PRD-135 tables trade_executions and daily_pnl"),
         {
             QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId),
             QStringLiteral("CREATE TABLE schema_migrations ("
                            " version INTEGER PRIMARY KEY,"
                            " description TEXT NOT NULL,"
                            " applied_at_wall_ms INTEGER NOT NULL)"),
             QStringLiteral(
                 "CREATE TABLE trade_executions ("
                 " id INTEGER PRIMARY KEY,"
                 " signal_id TEXT NOT NULL,"
                 " ticker TEXT NOT NULL,"
                 " direction TEXT NOT NULL CHECK (direction IN ('long', 'short')),"
                 " trade_type TEXT NOT NULL CHECK (trade_type IN ('day', 'swing', 'scalp')),"
                 " entry_price REAL NOT NULL,"
                 " entry_price_e4 INTEGER NOT NULL CHECK (entry_price_e4 > 0),"
                 " exit_price REAL,"
                 " exit_price_e4 INTEGER,"
                 " shares INTEGER NOT NULL CHECK (shares > 0),"
                 " stop_loss REAL,"
                 " stop_loss_e4 INTEGER,"
                 " target_price REAL,"
                 " target_price_e4 INTEGER,"
                 " conviction INTEGER NOT NULL DEFAULT 0,"
                 " status TEXT NOT NULL DEFAULT 'open'"
                 "  CHECK (status IN ('open', 'closed', 'cancelled')),"
                 " exit_reason TEXT,"
                 " pnl REAL,"
                 " pnl_e4 INTEGER,"
                 " pnl_pct REAL,"
                 " broker TEXT,"
                 " order_id TEXT,"
                 " entry_time INTEGER NOT NULL,"
                 " exit_time INTEGER,"
                 " metadata_json TEXT,"
                 " created_at INTEGER NOT NULL,"
                 " CHECK (status <> 'closed' OR (exit_price_e4 IS NOT NULL AND pnl_e4 IS NOT NULL"
                 "  AND exit_time IS NOT NULL)))"),
             QStringLiteral("CREATE TABLE daily_pnl ("
                            " id INTEGER PRIMARY KEY,"
                            " date TEXT NOT NULL UNIQUE,"
                            " starting_equity REAL NOT NULL,"
                            " starting_equity_e4 INTEGER NOT NULL,"
                            " ending_equity REAL,"
                            " ending_equity_e4 INTEGER,"
                            " realized_pnl REAL NOT NULL DEFAULT 0,"
                            " realized_pnl_e4 INTEGER NOT NULL DEFAULT 0,"
                            " unrealized_pnl REAL NOT NULL DEFAULT 0,"
                            " unrealized_pnl_e4 INTEGER NOT NULL DEFAULT 0,"
                            " total_trades INTEGER NOT NULL DEFAULT 0,"
                            " winning_trades INTEGER NOT NULL DEFAULT 0,"
                            " losing_trades INTEGER NOT NULL DEFAULT 0,"
                            " max_drawdown REAL NOT NULL DEFAULT 0,"
                            " max_drawdown_e4 INTEGER NOT NULL DEFAULT 0,"
                            " kill_switch_triggered INTEGER NOT NULL DEFAULT 0"
                            "  CHECK (kill_switch_triggered IN (0, 1)),"
                            " metadata_json TEXT)"),
             QStringLiteral("CREATE INDEX idx_trade_executions_ticker_status"
                            " ON trade_executions(ticker, status)"),
             QStringLiteral("CREATE INDEX idx_trade_executions_signal_id"
                            " ON trade_executions(signal_id)"),
             // Redundant with the UNIQUE constraint's automatic index, but the PRD names it and
             // outside tools look for it.
             QStringLiteral("CREATE INDEX idx_daily_pnl_date ON daily_pnl(date)"),
         }},
        {2,
         QStringLiteral("orders, fills, append-only events, wall_clock; time indexes"),
         {
             QStringLiteral("CREATE TABLE orders ("
                            " client_order_id TEXT PRIMARY KEY,"
                            " signal_id TEXT,"
                            " leg TEXT NOT NULL,"
                            " ticker TEXT NOT NULL,"
                            " side TEXT NOT NULL CHECK (side IN ('buy', 'sell')),"
                            " quantity INTEGER NOT NULL CHECK (quantity > 0),"
                            " type TEXT NOT NULL,"
                            " limit_price REAL,"
                            " limit_price_e4 INTEGER,"
                            " stop_price REAL,"
                            " stop_price_e4 INTEGER,"
                            " tif TEXT NOT NULL,"
                            " broker TEXT,"
                            " broker_order_id TEXT,"
                            " parent_client_order_id TEXT,"
                            " oco_group TEXT,"
                            " state TEXT NOT NULL,"
                            " filled_quantity INTEGER NOT NULL DEFAULT 0"
                            "  CHECK (filled_quantity >= 0),"
                            " filled_cost_e4 INTEGER NOT NULL DEFAULT 0,"
                            " avg_fill_price REAL,"
                            " avg_fill_price_e4 INTEGER,"
                            " last_message TEXT,"
                            " created_time_ms INTEGER NOT NULL,"
                            " updated_time_ms INTEGER NOT NULL)"),
             QStringLiteral("CREATE INDEX idx_orders_state ON orders(state)"),
             QStringLiteral("CREATE INDEX idx_orders_signal_id ON orders(signal_id)"),
             // (execution_id, broker) is the dedup key: execution ids are unique per broker only.
             QStringLiteral("CREATE TABLE fills ("
                            " id INTEGER PRIMARY KEY,"
                            " execution_id TEXT NOT NULL,"
                            " broker TEXT NOT NULL,"
                            " client_order_id TEXT,"
                            " broker_order_id TEXT,"
                            " ticker TEXT NOT NULL,"
                            " side TEXT NOT NULL CHECK (side IN ('buy', 'sell')),"
                            " quantity INTEGER NOT NULL CHECK (quantity > 0),"
                            " price REAL NOT NULL,"
                            " price_e4 INTEGER NOT NULL CHECK (price_e4 > 0),"
                            " broker_time_ms INTEGER NOT NULL,"
                            " received_time_ms INTEGER NOT NULL,"
                            " UNIQUE (execution_id, broker))"),
             QStringLiteral("CREATE INDEX idx_fills_client_order_id ON fills(client_order_id)"),
             QStringLiteral("CREATE TABLE events ("
                            " seq INTEGER PRIMARY KEY,"
                            " time_ms INTEGER NOT NULL,"
                            " kind TEXT NOT NULL,"
                            " ticker TEXT,"
                            " ref_id TEXT,"
                            " payload_json TEXT NOT NULL)"),
             // Few indexes on the log: each costs every write. Events are found by the order or
             // trade they refer to; the kill switch state (read at start) by a partial index that
             // only kill_switch rows maintain.
             QStringLiteral("CREATE INDEX idx_events_ref_id ON events(ref_id)"),
             QStringLiteral("CREATE INDEX idx_events_kill_switch ON events(seq)"
                            " WHERE kind = 'kill_switch'"),
             // The audit trail is append-only: the database itself refuses edits.
             QStringLiteral("CREATE TRIGGER events_no_update BEFORE UPDATE ON events"
                            " BEGIN SELECT RAISE(ABORT, 'events is append-only'); END"),
             QStringLiteral("CREATE TRIGGER events_no_delete BEFORE DELETE ON events"
                            " BEGIN SELECT RAISE(ABORT, 'events is append-only'); END"),
             // Wall-clock time of every journal write, apart from the trading tables, so two
             // replays of one input give identical trading tables. One row per event; table_name
             // and row_key name the trading row the event wrote. No secondary index: it is read
             // rarely (audits) and written on every call.
             QStringLiteral("CREATE TABLE wall_clock ("
                            " event_seq INTEGER PRIMARY KEY REFERENCES events(seq),"
                            " table_name TEXT NOT NULL,"
                            " row_key TEXT NOT NULL,"
                            " wall_time_ms INTEGER NOT NULL)"),
             // Daily summaries select closed trades by exit time and sum pnl_e4: with pnl_e4 in
             // the index they never touch the table. History selects by entry time.
             QStringLiteral("CREATE INDEX idx_trade_executions_status_exit_time"
                            " ON trade_executions(status, exit_time, pnl_e4)"),
             QStringLiteral("CREATE INDEX idx_trade_executions_entry_time"
                            " ON trade_executions(entry_time)"),
         }},
        {3,
         QStringLiteral("trade history newest first: indexes for paging and filters"),
         {
             // The Trade Journal tab lists trades newest first by COALESCE(exit_time,
             // entry_time) (a closed or cancelled trade by its exit, an open one by its entry)
             // and pages by (that key, id). Each index below lets one filter walk its trades
             // already in that order, so a page is LIMIT rows read, not a sort of the journal.
             // The expression must match the query's text exactly (JournalQueries).
             QStringLiteral("CREATE INDEX idx_trade_executions_recent"
                            " ON trade_executions(COALESCE(exit_time, entry_time))"),
             // The usual view (closed trades); id and pnl_e4 make the daily summary and the
             // equity curve covering reads.
             QStringLiteral(
                 "CREATE INDEX idx_trade_executions_status_recent"
                 " ON trade_executions(status, COALESCE(exit_time, entry_time), id, pnl_e4)"),
             QStringLiteral("CREATE INDEX idx_trade_executions_ticker_recent"
                            " ON trade_executions(ticker, COALESCE(exit_time, entry_time))"),
             QStringLiteral("CREATE INDEX idx_trade_executions_exit_reason_recent"
                            " ON trade_executions(exit_reason, COALESCE(exit_time, entry_time))"),
         }},
        {4,
         QStringLiteral("signal_inbox: signals accepted by the ingress, durable before the 202"),
         {
             // One row per accepted signal id, committed before the sender hears 202: the id
             // refuses a resend (409) across restarts, and processed = 0 rows are delivered to
             // the executor at the next start (a restart between receipt and processing).
             QStringLiteral("CREATE TABLE signal_inbox ("
                            " signal_id TEXT PRIMARY KEY,"
                            " source TEXT NOT NULL,"
                            " received_ms INTEGER NOT NULL,"
                            " payload_json TEXT NOT NULL,"
                            " processed INTEGER NOT NULL DEFAULT 0 CHECK (processed IN (0, 1)),"
                            " decision TEXT,"
                            " reason TEXT)"),
             // Start-up reads the few unprocessed rows, not the whole inbox.
             QStringLiteral("CREATE INDEX idx_signal_inbox_unprocessed ON signal_inbox(received_ms)"
                            " WHERE processed = 0"),
         }},
        {5,
         QStringLiteral("trade_executions times as ISO-8601 UTC text with exact _ms twins;"
                        " run_id and journal_runs"),
         {
             // Outside readers (an ORM, the sqlite3 shell, pandas) read entry_time, exit_time and
             // created_at as dates: ISO-8601 UTC text with milliseconds
             // ("2013-10-07T13:31:00.000Z", which sorts as it reads). The exact INTEGER UTC ms
             // move to <name>_ms, which every query, sort and sum in code uses. SQLite cannot
             // change a column's type or a CHECK in place: the table is rebuilt (same columns,
             // rows and ids, constraints equivalent) and its indexes are made again on the _ms
             // columns under their old names. run_id is the journal_runs row of the process
             // that journaled the entry (NULL for trades from before runs were numbered).
             QStringLiteral(
                 "CREATE TABLE trade_executions_v5 ("
                 " id INTEGER PRIMARY KEY,"
                 " signal_id TEXT NOT NULL,"
                 " ticker TEXT NOT NULL,"
                 " direction TEXT NOT NULL CHECK (direction IN ('long', 'short')),"
                 " trade_type TEXT NOT NULL CHECK (trade_type IN ('day', 'swing', 'scalp')),"
                 " entry_price REAL NOT NULL,"
                 " entry_price_e4 INTEGER NOT NULL CHECK (entry_price_e4 > 0),"
                 " exit_price REAL,"
                 " exit_price_e4 INTEGER,"
                 " shares INTEGER NOT NULL CHECK (shares > 0),"
                 " stop_loss REAL,"
                 " stop_loss_e4 INTEGER,"
                 " target_price REAL,"
                 " target_price_e4 INTEGER,"
                 " conviction INTEGER NOT NULL DEFAULT 0,"
                 " status TEXT NOT NULL DEFAULT 'open'"
                 "  CHECK (status IN ('open', 'closed', 'cancelled')),"
                 " exit_reason TEXT,"
                 " pnl REAL,"
                 " pnl_e4 INTEGER,"
                 " pnl_pct REAL,"
                 " broker TEXT,"
                 " order_id TEXT,"
                 " entry_time TEXT NOT NULL,"
                 " entry_time_ms INTEGER NOT NULL,"
                 " exit_time TEXT,"
                 " exit_time_ms INTEGER,"
                 " metadata_json TEXT,"
                 " created_at TEXT NOT NULL,"
                 " created_at_ms INTEGER NOT NULL,"
                 " run_id INTEGER,"
                 " CHECK ((exit_time IS NULL) = (exit_time_ms IS NULL)),"
                 " CHECK (status <> 'closed' OR (exit_price_e4 IS NOT NULL AND pnl_e4 IS NOT NULL"
                 "  AND exit_time_ms IS NOT NULL)))"),
             QStringLiteral(
                 "INSERT INTO trade_executions_v5 (id, signal_id, ticker, direction, trade_type,"
                 " entry_price, entry_price_e4, exit_price, exit_price_e4, shares, stop_loss,"
                 " stop_loss_e4, target_price, target_price_e4, conviction, status, exit_reason,"
                 " pnl, pnl_e4, pnl_pct, broker, order_id, entry_time, entry_time_ms, exit_time,"
                 " exit_time_ms, metadata_json, created_at, created_at_ms)"
                 " SELECT id, signal_id, ticker, direction, trade_type, entry_price,"
                 " entry_price_e4, exit_price, exit_price_e4, shares, stop_loss, stop_loss_e4,"
                 " target_price, target_price_e4, conviction, status, exit_reason, pnl, pnl_e4,"
                 " pnl_pct, broker, order_id,"
                 " strftime('%Y-%m-%dT%H:%M:%fZ', entry_time / 1000.0, 'unixepoch'), entry_time,"
                 " strftime('%Y-%m-%dT%H:%M:%fZ', exit_time / 1000.0, 'unixepoch'), exit_time,"
                 " metadata_json,"
                 " strftime('%Y-%m-%dT%H:%M:%fZ', created_at / 1000.0, 'unixepoch'), created_at"
                 " FROM trade_executions"),
             QStringLiteral("DROP TABLE trade_executions"),
             QStringLiteral("ALTER TABLE trade_executions_v5 RENAME TO trade_executions"),
             // The indexes of migrations 1 to 3 went with the old table: the same names, on the
             // _ms columns. The history key COALESCE(exit_time_ms, entry_time_ms) must match the
             // text of JournalQueries' queries exactly.
             QStringLiteral("CREATE INDEX idx_trade_executions_ticker_status"
                            " ON trade_executions(ticker, status)"),
             QStringLiteral("CREATE INDEX idx_trade_executions_signal_id"
                            " ON trade_executions(signal_id)"),
             QStringLiteral("CREATE INDEX idx_trade_executions_status_exit_time"
                            " ON trade_executions(status, exit_time_ms, pnl_e4)"),
             QStringLiteral("CREATE INDEX idx_trade_executions_entry_time"
                            " ON trade_executions(entry_time_ms)"),
             QStringLiteral("CREATE INDEX idx_trade_executions_recent"
                            " ON trade_executions(COALESCE(exit_time_ms, entry_time_ms))"),
             QStringLiteral("CREATE INDEX idx_trade_executions_status_recent"
                            " ON trade_executions(status, COALESCE(exit_time_ms, entry_time_ms),"
                            " id, pnl_e4)"),
             QStringLiteral("CREATE INDEX idx_trade_executions_ticker_recent"
                            " ON trade_executions(ticker, COALESCE(exit_time_ms, entry_time_ms))"),
             QStringLiteral(
                 "CREATE INDEX idx_trade_executions_exit_reason_recent"
                 " ON trade_executions(exit_reason, COALESCE(exit_time_ms, entry_time_ms))"),
             // One row per process run on this journal (TradeJournal::beginRun()). Its number
             // goes into the paper broker's order and execution ids, so a second process on the
             // same journal never repeats the first one's ids. AUTOINCREMENT: a number is never
             // handed out twice, even after the newest row is gone.
             QStringLiteral("CREATE TABLE journal_runs ("
                            " run INTEGER PRIMARY KEY AUTOINCREMENT,"
                            " started_wall_ms INTEGER NOT NULL,"
                            " pid INTEGER)"),
         }},
    };
    return list;
}

int Database::latestVersion() {
    return migrations().constLast().version;
}

Database::Database() = default;

Database::~Database() {
    close();
}

bool Database::open(const QString& path) {
    return open(path, latestVersion());
}

bool Database::open(const QString& path, int upToVersion) {
    close();
    m_error.clear();
    m_version = 0;
    if (!checkFile(path))
        return false;
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return fail(QStringLiteral("the Qt SQLite driver (QSQLITE) is not installed"));

    m_connectionName = QStringLiteral("axion-journal-%1").arg(++g_connectionCounter);
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    // Another process (a second handle, a reader) may hold the lock for a moment: wait, not fail.
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    m_path = path;
    if (!m_db.open()) {
        const QString why = describe(m_db.lastError());
        close();
        return fail(QStringLiteral("cannot open journal %1: %2").arg(path, why));
    }
    if (!configure() || !migrate(upToVersion)) {
        const QString why = m_error;
        close();
        return fail(why);
    }
    return true;
}

void Database::close() {
    removeConnection();
    m_path.clear();
}

void Database::removeConnection() {
    removeSqlConnection(m_db, m_connectionName);
}

bool Database::fail(const QString& message) {
    m_error = message;
    return false;
}

bool Database::checkFile(const QString& path) {
    if (path.isEmpty())
        return fail(QStringLiteral("no journal file given"));
    const QFileInfo info(path);
    if (info.isDir())
        return fail(QStringLiteral("journal %1 is a directory, not a file").arg(path));
    if (!info.exists()) {
        if (!info.absoluteDir().exists())
            return fail(QStringLiteral("cannot create journal %1: directory %2 does not exist")
                            .arg(path, info.absolutePath()));
        return true; // SQLite creates it
    }
    if (!info.isReadable())
        return fail(QStringLiteral("cannot read journal %1: permission denied").arg(path));
    if (!info.isWritable())
        return fail(QStringLiteral("cannot write journal %1: permission denied").arg(path));
    if (info.size() == 0)
        return true; // an empty file is a new database
    // Check the header ourselves: SQLite opens any file lazily and only complains later with a
    // terse "file is not a database"; here we can say which file and why, before touching it.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read journal %1: %2").arg(path, file.errorString()));
    const QByteArray header = file.read(kSqliteHeaderSize);
    if (header.size() < kSqliteHeaderSize ||
        !header.startsWith(QByteArrayView(kSqliteMagic, sizeof(kSqliteMagic))))
        return fail(
            QStringLiteral("journal %1 is not an SQLite database (no SQLite header)").arg(path));
    return true;
}

bool Database::configure() {
    // Read the version before changing anything (journal_mode=WAL rewrites the header), so a file
    // we refuse is left exactly as it was.
    const auto version = scalar(QStringLiteral("PRAGMA user_version"));
    if (!version)
        return fail(
            QStringLiteral("journal %1 is not a usable SQLite database: %2").arg(m_path, m_error));
    m_version = version->toInt();
    const auto appId = scalar(QStringLiteral("PRAGMA application_id"));
    if (!appId)
        return false;
    if (appId->toInt() != 0 && appId->toInt() != kApplicationId)
        return fail(QStringLiteral("%1 is an SQLite database of another application"
                                   " (application_id %2), not an Axion journal")
                        .arg(m_path)
                        .arg(appId->toInt()));
    if (m_version > latestVersion())
        return fail(QStringLiteral("journal %1 has schema version %2, newer than the %3 this"
                                   " program knows: refusing to open it (it was written by a newer"
                                   " Axion; use that version or another journal file)")
                        .arg(m_path)
                        .arg(m_version)
                        .arg(latestVersion()));
    if (m_version < 0)
        return fail(QStringLiteral("journal %1 has an invalid schema version %2")
                        .arg(m_path)
                        .arg(m_version));

    const auto mode = scalar(QStringLiteral("PRAGMA journal_mode=WAL"));
    if (!mode)
        return false;
    if (mode->toString().compare(u"wal", Qt::CaseInsensitive) != 0)
        return fail(QStringLiteral("journal %1: cannot switch to WAL mode (got %2); the file"
                                   " system may not support it")
                        .arg(m_path, mode->toString()));
    // FULL: the WAL is fsynced at every commit, so a flushed batch survives a power cut, not
    // only a process crash. NORMAL would be faster and could lose the last commits.
    if (!exec(QStringLiteral("PRAGMA synchronous=FULL")) ||
        !exec(QStringLiteral("PRAGMA foreign_keys=ON")))
        return false;
    const auto fk = scalar(QStringLiteral("PRAGMA foreign_keys"));
    if (!fk || fk->toInt() != 1)
        return fail(
            QStringLiteral("journal %1: SQLite refused to enforce foreign keys").arg(m_path));
    return true;
}

bool Database::migrate(int upToVersion) {
    for (const Migration& m : migrations()) {
        if (m.version <= m_version)
            continue;
        if (m.version > upToVersion)
            break;
        if (!begin())
            return fail(QStringLiteral("journal %1: cannot start migration %2: %3")
                            .arg(m_path)
                            .arg(m.version)
                            .arg(m_error));
        // Another process may have migrated between our read and our lock: read again.
        const auto now = scalar(QStringLiteral("PRAGMA user_version"));
        if (!now) {
            const QString why = m_error;
            rollback();
            return fail(why);
        }
        if (now->toInt() >= m.version) {
            m_version = now->toInt();
            if (!commit())
                return false;
            if (m_version > latestVersion())
                return fail(QStringLiteral("journal %1 was upgraded to schema version %2 by a"
                                           " newer program while opening")
                                .arg(m_path)
                                .arg(m_version));
            continue;
        }
        bool ok = true;
        for (const QString& sql : m.statements) {
            if (!exec(sql)) {
                ok = false;
                break;
            }
        }
        if (ok)
            ok = exec(QStringLiteral("PRAGMA user_version = %1").arg(m.version));
        if (ok) {
            QSqlQuery q(m_db);
            ok = q.prepare(QStringLiteral("INSERT INTO schema_migrations"
                                          " (version, description, applied_at_wall_ms)"
                                          " VALUES (?, ?, ?)"));
            if (ok) {
                q.bindValue(0, m.version);
                q.bindValue(1, m.description);
                q.bindValue(2, QDateTime::currentMSecsSinceEpoch());
                ok = q.exec();
            }
            if (!ok)
                m_error = describe(q.lastError());
        }
        if (ok)
            ok = commit();
        if (!ok) {
            const QString why = m_error;
            rollback();
            return fail(QStringLiteral("journal %1: migration %2 (%3) failed: %4; the file is"
                                       " unchanged at schema version %5")
                            .arg(m_path)
                            .arg(m.version)
                            .arg(m.description, why)
                            .arg(m_version));
        }
        m_version = m.version;
    }
    return true;
}

bool Database::exec(const QString& sql) {
    QSqlQuery q(m_db);
    if (!q.exec(sql)) {
        m_error = describe(q.lastError());
        return false;
    }
    return true;
}

std::optional<QVariant> Database::scalar(const QString& sql) {
    QSqlQuery q(m_db);
    if (!q.exec(sql)) {
        m_error = describe(q.lastError());
        return std::nullopt;
    }
    if (!q.next()) {
        m_error = q.lastError().isValid() ? describe(q.lastError())
                                          : QStringLiteral("no result for: %1").arg(sql);
        return std::nullopt;
    }
    return q.value(0);
}

bool Database::rollback() {
    // Keep the error that made us roll back; a failing ROLLBACK (nothing to undo) adds nothing.
    const QString keep = m_error;
    const bool ok = exec(QStringLiteral("ROLLBACK"));
    m_error = keep;
    return ok;
}

QString Database::integrityCheck() {
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check"))) {
        m_error = describe(q.lastError());
        return m_error;
    }
    QStringList lines;
    while (q.next())
        lines << q.value(0).toString();
    return lines.join(u'\n');
}

namespace {

// The text values of a one-column query.
std::optional<QSet<QString>> stringColumn(const QSqlDatabase& db, const QString& sql,
                                          QString* error) {
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql)) {
        if (error)
            *error = q.lastError().text();
        return std::nullopt;
    }
    QSet<QString> out;
    while (q.next())
        out.insert(q.value(0).toString());
    return out;
}

} // namespace

std::optional<QSet<QString>> signalIdsWithOrders(const QSqlDatabase& db, QString* error) {
    return stringColumn(
        db, QStringLiteral("SELECT DISTINCT signal_id FROM orders WHERE signal_id IS NOT NULL"),
        error);
}

std::optional<QSet<QString>> clientOrderIds(const QSqlDatabase& db, QString* error) {
    return stringColumn(db, QStringLiteral("SELECT client_order_id FROM orders"), error);
}

} // namespace axion
