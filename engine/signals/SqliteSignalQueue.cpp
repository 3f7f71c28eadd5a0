#include "signals/SqliteSignalQueue.h"

#include "core/Clock.h"
#include "journal/SqlConnection.h"
#include "signals/EmaSignalRow.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <atomic>

namespace axion {

namespace {

std::atomic<int> g_connectionCounter{0};

// Rows below the cursor are normally all marked; a rare full pass (about once a minute at the
// default interval) still finds one that was not, e.g. a row an operator reset to executed = 0.
constexpr int kPollsPerRescan = 120;

// DESIGN.md §5, column for column: the PRD-134 engine's schema, not ours to change.
const QStringList& schemaColumns() {
    static const QStringList columns{QStringLiteral("id"),
                                     QStringLiteral("ticker"),
                                     QStringLiteral("signal_type"),
                                     QStringLiteral("direction"),
                                     QStringLiteral("timeframe"),
                                     QStringLiteral("conviction"),
                                     QStringLiteral("entry_price"),
                                     QStringLiteral("stop_loss"),
                                     QStringLiteral("target_price"),
                                     QStringLiteral("cloud_states_json"),
                                     QStringLiteral("metadata_json"),
                                     QStringLiteral("created_at"),
                                     QStringLiteral("executed"),
                                     QStringLiteral("execution_id")};
    return columns;
}

// SQLITE_BUSY (5) or SQLITE_LOCKED (6): the other engine holds the lock past our short busy
// timeout. Normal under load, not worth an alert: the next poll tries again.
bool isBusy(const QSqlError& error) {
    bool ok = false;
    const int primary = error.nativeErrorCode().toInt(&ok) & 0xff;
    return ok && (primary == 5 || primary == 6);
}

QString describe(const QSqlError& error) {
    const QString db = error.databaseText();
    return db.isEmpty() ? error.text() : db;
}

} // namespace

struct SqliteSignalQueue::Claim {
    SignalParseResult result;
    QByteArray raw;
};

SqliteSignalQueue::SqliteSignalQueue(const ExecutorConfig& config, const Clock& clock,
                                     Options options, QObject* parent)
    : QObject(parent)
    , m_parser(config)
    , m_clock(clock)
    , m_options(std::move(options))
    , m_timer(this) {
    m_timer.setInterval(m_options.pollIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        const int claimed = pollOnce();
        // A full batch means a backlog: take the next one as soon as the event loop is free,
        // instead of draining a thousand stale rows at batchSize per interval.
        m_timer.setInterval(claimed >= m_options.batchSize ? 0 : m_options.pollIntervalMs);
    });
}

SqliteSignalQueue::~SqliteSignalQueue() {
    close();
}

QString SqliteSignalQueue::rejectedExecutionId(SignalRejectCode code) {
    return QStringLiteral("rejected:") + toString(code);
}

bool SqliteSignalQueue::fail(const QString& message) {
    m_error = message;
    return false;
}

QString SqliteSignalQueue::lastDbError() const {
    return describe(m_db.lastError());
}

bool SqliteSignalQueue::open() {
    close();
    m_error.clear();
    const QString& path = m_options.databasePath;
    if (path.isEmpty())
        return fail(tr("no signal database given"));
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return fail(tr("the Qt SQLite driver (QSQLITE) is not installed"));
    const QFileInfo info(path);
    if (info.isDir())
        return fail(tr("signal database %1 is a directory, not a file").arg(path));
    if (!info.exists() && !info.absoluteDir().exists())
        return fail(tr("cannot create signal database %1: directory %2 does not exist")
                        .arg(path, info.absolutePath()));
    const bool newFile = !info.exists() || info.size() == 0;

    m_connectionName = QStringLiteral("axion-signal-queue-%1").arg(++g_connectionCounter);
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(
        QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(qMax(0, m_options.busyTimeoutMs)));
    if (!m_db.open()) {
        const QString why = lastDbError();
        close();
        return fail(tr("cannot open signal database %1: %2").arg(path, why));
    }
    // Only a file we create is switched to WAL (readers and the writer stop blocking each
    // other); the journal mode of the other engine's database is its choice and stays.
    if (newFile) {
        QSqlQuery wal(m_db);
        wal.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    }
    if (!createSchema() || !checkSchema()) {
        const QString why = m_error;
        close();
        return fail(why);
    }
    m_afterId = 0;
    m_pollsSinceRescan = 0;
    return true;
}

void SqliteSignalQueue::close() {
    m_timer.stop();
    removeSqlConnection(m_db, m_connectionName);
}

bool SqliteSignalQueue::createSchema() {
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'"
                               " AND name = 'ema_signals'")) ||
        !q.next())
        return fail(tr("signal database %1 is not a usable SQLite database: %2")
                        .arg(m_options.databasePath, describe(q.lastError())));
    if (q.value(0).toInt() > 0)
        return true;
    q.finish();
    // IF NOT EXISTS: the other engine or a second queue may create it at the same moment. The
    // indexes are made only together with the table: an existing table keeps the indexes its
    // owner chose, under whatever names.
    const QString statements[] = {
        QStringLiteral("CREATE TABLE IF NOT EXISTS ema_signals ("
                       "id INTEGER PRIMARY KEY, ticker TEXT, signal_type TEXT, direction TEXT,"
                       " timeframe TEXT, conviction INTEGER, entry_price REAL, stop_loss REAL,"
                       " target_price REAL, cloud_states_json TEXT, metadata_json TEXT,"
                       " created_at DATETIME, executed BOOLEAN DEFAULT 0, execution_id TEXT)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS ix_ema_signals_ticker_created_at"
                       " ON ema_signals (ticker, created_at)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS ix_ema_signals_conviction_executed"
                       " ON ema_signals (conviction, executed)"),
    };
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return fail(tr("cannot create table ema_signals in %1: %2")
                        .arg(m_options.databasePath, describe(q.lastError())));
    for (const QString& sql : statements) {
        if (!q.exec(sql)) {
            const QString why = describe(q.lastError());
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
            return fail(
                tr("cannot create table ema_signals in %1: %2").arg(m_options.databasePath, why));
        }
    }
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const QString why = describe(q.lastError());
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        return fail(
            tr("cannot create table ema_signals in %1: %2").arg(m_options.databasePath, why));
    }
    return true;
}

bool SqliteSignalQueue::checkSchema() {
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA table_info(ema_signals)")))
        return fail(tr("cannot read the columns of ema_signals in %1: %2")
                        .arg(m_options.databasePath, describe(q.lastError())));
    QSet<QString> present;
    while (q.next())
        present.insert(q.value(1).toString().toLower());
    QStringList missing;
    for (const QString& column : schemaColumns()) {
        if (!present.contains(column))
            missing << column;
    }
    if (!missing.isEmpty())
        return fail(tr("table ema_signals in %1 is not the PRD-134 signal table: it lacks %2")
                        .arg(m_options.databasePath, missing.join(QStringLiteral(", "))));
    return true;
}

bool SqliteSignalQueue::start() {
    if (!isOpen() && !open())
        return false;
    // The first poll at once: rows written while we were down should not wait an interval.
    m_timer.start(0);
    return true;
}

void SqliteSignalQueue::stop() {
    m_timer.stop();
}

int SqliteSignalQueue::pollFailed(const QSqlError& error, const QString& message) {
    m_error = message;
    if (error.isValid() && isBusy(error))
        return 0;
    Q_EMIT errorOccurred(message);
    return -1;
}

int SqliteSignalQueue::pollOnce() {
    if (!isOpen())
        return pollFailed(QSqlError(), tr("signal database is not open"));
    if (++m_pollsSinceRescan >= kPollsPerRescan) {
        m_pollsSinceRescan = 0;
        m_afterId = 0;
    }

    QList<EmaSignalRow> rows;
    {
        QSqlQuery select(m_db);
        select.setForwardOnly(true);
        select.prepare(QStringLiteral(
            "SELECT id, ticker, signal_type, direction, timeframe, conviction, entry_price,"
            " stop_loss, target_price, cloud_states_json, metadata_json, created_at"
            " FROM ema_signals WHERE id > ? AND COALESCE(executed, 0) = 0 ORDER BY id LIMIT ?"));
        select.addBindValue(m_afterId);
        select.addBindValue(qMax(1, m_options.batchSize));
        if (!select.exec())
            return pollFailed(select.lastError(),
                              tr("cannot read ema_signals in %1: %2")
                                  .arg(m_options.databasePath, describe(select.lastError())));
        while (select.next()) {
            EmaSignalRow row;
            row.id = select.value(0).toLongLong();
            row.ticker = select.value(1);
            row.signalType = select.value(2);
            row.direction = select.value(3);
            row.timeframe = select.value(4);
            row.conviction = select.value(5);
            row.entryPrice = select.value(6);
            row.stopLoss = select.value(7);
            row.targetPrice = select.value(8);
            row.cloudStatesJson = select.value(9);
            row.metadataJson = select.value(10);
            row.createdAt = select.value(11);
            rows.append(std::move(row));
        }
    }
    if (rows.isEmpty())
        return 0;

    // Decide every row before taking the write lock: parsing is pure, so the lock is held only
    // for the UPDATEs.
    const qint64 nowMs = m_clock.nowMs();
    QSet<QString> acceptedHere; // two rows of one batch with the same signal id: one trade
    const SignalParser::KnownIdCheck isKnown = [&](const QString& id) {
        return acceptedHere.contains(id) || (m_knownIdCheck && m_knownIdCheck(id));
    };
    QList<Claim> decided;
    decided.reserve(rows.size());
    for (const EmaSignalRow& row : rows) {
        EmaSignalRow::Conversion c = row.toSignalObject();
        Claim claim;
        claim.result = c.rejection ? *c.rejection : m_parser.parse(c.object, nowMs, isKnown);
        claim.raw = QJsonDocument(c.object).toJson(QJsonDocument::Compact);
        if (claim.result.ok())
            acceptedHere.insert(claim.result.signal->signalId);
        decided.append(std::move(claim));
    }

    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return pollFailed(q.lastError(), tr("cannot lock ema_signals in %1 (will retry): %2")
                                             .arg(m_options.databasePath, describe(q.lastError())));
    QList<Claim> claimed;
    q.prepare(QStringLiteral("UPDATE ema_signals SET executed = 1, execution_id = ?"
                             " WHERE id = ? AND COALESCE(executed, 0) = 0"));
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const Claim& claim = decided.at(i);
        q.addBindValue(claim.result.ok() ? claim.result.signal->signalId
                                         : rejectedExecutionId(claim.result.code));
        q.addBindValue(rows.at(i).id);
        if (!q.exec()) {
            const QSqlError error = q.lastError();
            const QString why = describe(error);
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
            return pollFailed(error, tr("cannot mark ema_signals row %1 in %2 (will retry): %3")
                                         .arg(rows.at(i).id)
                                         .arg(m_options.databasePath, why));
        }
        // 0: another consumer marked it between our read and our lock; it is not ours.
        if (q.numRowsAffected() == 1)
            claimed.append(claim);
    }
    q.finish();
    QSqlQuery commit(m_db);
    if (!commit.exec(QStringLiteral("COMMIT"))) {
        const QSqlError error = commit.lastError();
        const QString why = describe(error);
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        return pollFailed(error, tr("cannot commit ema_signals marks in %1 (will retry): %2")
                                     .arg(m_options.databasePath, why));
    }
    m_afterId = rows.constLast().id;

    // Committed: these rows are ours alone, now hand them over.
    for (const Claim& claim : std::as_const(claimed)) {
        if (claim.result.ok()) {
            if (m_signalSink) {
                Signal signal = *claim.result.signal;
                signal.source = QString::fromLatin1(Signal::kEmaSignals);
                m_signalSink(signal);
            }
        } else if (m_rejectionSink) {
            m_rejectionSink(claim.result, claim.raw);
        }
    }
    return int(claimed.size());
}

} // namespace axion
