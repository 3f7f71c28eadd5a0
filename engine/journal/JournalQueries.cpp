#include "journal/JournalQueries.h"

#include "journal/CsvExport.h"
#include "journal/Database.h"
#include "journal/TradeJournal.h"
#include "journal/TradeRecordRow.h"
#include "market/MarketCalendar.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <atomic>
#include <limits>

namespace axion {

namespace {

// Reader connection names are process-wide and never reused (see Database).
std::atomic<quint64> g_readerCounter{0};

// The sort key. The text must stay identical to the indexed expression of migration 5 (migration
// 3's, on the _ms columns): SQLite matches an expression index by the expression, and any other
// spelling would sort the journal.
const QString kKey = QStringLiteral("COALESCE(exit_time_ms, entry_time_ms)");

// The first schema whose trade_executions has the _ms time columns these queries read.
constexpr int kMinimumSchemaVersion = 5;

QString describe(const QSqlError& error) {
    const QString db = error.databaseText();
    return db.isEmpty() ? error.text() : db;
}

// The WHERE terms of a filter, with their values appended to binds in order.
QStringList filterTerms(const JournalFilter& f, QVariantList* binds) {
    QStringList terms;
    switch (f.status) {
    case JournalFilter::Status::Closed:
        terms << QStringLiteral("status = 'closed'");
        break;
    case JournalFilter::Status::Open:
        terms << QStringLiteral("status = 'open'");
        break;
    case JournalFilter::Status::Cancelled:
        terms << QStringLiteral("status = 'cancelled'");
        break;
    case JournalFilter::Status::Any:
        break;
    }
    const QString ticker = f.ticker.trimmed().toUpper();
    if (!ticker.isEmpty()) {
        terms << QStringLiteral("ticker = ?");
        *binds << ticker;
    }
    if (!f.exitReason.isEmpty()) {
        terms << QStringLiteral("exit_reason = ?");
        *binds << f.exitReason;
    }
    if (f.from.isValid()) {
        terms << kKey + QStringLiteral(" >= ?");
        *binds << TradeJournal::startOfTradingDateMs(f.from);
    }
    if (f.to.isValid()) {
        terms << kKey + QStringLiteral(" < ?");
        *binds << TradeJournal::startOfTradingDateMs(f.to.addDays(1));
    }
    switch (f.outcome) {
    case JournalFilter::Outcome::Win:
        terms << QStringLiteral("pnl_e4 > 0");
        break;
    case JournalFilter::Outcome::Loss:
        terms << QStringLiteral("pnl_e4 < 0");
        break;
    case JournalFilter::Outcome::Any:
        break;
    }
    return terms;
}

QString whereClause(const QStringList& terms) {
    return terms.isEmpty() ? QString()
                           : QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
}

void bindAll(QSqlQuery& q, const QVariantList& binds) {
    for (qsizetype i = 0; i < binds.size(); ++i)
        q.bindValue(int(i), binds.at(i));
}

// Summaries and the equity curve are about realized P&L: closed trades only.
std::optional<JournalFilter> closedOnly(const JournalFilter& filter) {
    if (filter.status == JournalFilter::Status::Open ||
        filter.status == JournalFilter::Status::Cancelled)
        return std::nullopt;
    JournalFilter f = filter;
    f.status = JournalFilter::Status::Closed;
    return f;
}

qint64 sessionCloseMs(QDate date) {
    return QDateTime(date, QTime(16, 0), MarketCalendar::newYork()).toMSecsSinceEpoch();
}

} // namespace

JournalQueries::JournalQueries() = default;

JournalQueries::~JournalQueries() {
    close();
}

bool JournalQueries::fail(const QString& message) {
    m_error = message;
    return false;
}

bool JournalQueries::open(const QString& path) {
    close();
    m_error.clear();
    if (path.isEmpty())
        return fail(tr("no journal file given"));
    const QFileInfo info(path);
    if (!info.exists())
        return fail(tr("journal %1 does not exist").arg(path));
    if (info.isDir())
        return fail(tr("journal %1 is a directory, not a file").arg(path));
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return fail(tr("the Qt SQLite driver (QSQLITE) is not installed"));

    m_connectionName = QStringLiteral("axion-journal-reader-%1").arg(++g_readerCounter);
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    // Read-only: this side can never change the engine's journal, nor migrate it. The busy
    // timeout covers the moments the writer holds an exclusive lock (a checkpoint, a migration).
    m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
    m_path = path;
    if (!m_db.open()) {
        const QString why = describe(m_db.lastError());
        close();
        return fail(tr("cannot open journal %1: %2").arg(path, why));
    }
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next()) {
        const QString why = describe(q.lastError());
        q = QSqlQuery();
        close();
        return fail(tr("journal %1 is not a usable SQLite database: %2").arg(path, why));
    }
    const int appId = q.value(0).toInt();
    if (appId != 0 && appId != Database::kApplicationId) {
        q = QSqlQuery();
        close();
        return fail(
            tr("%1 is an SQLite database of another application, not an Axion journal").arg(path));
    }
    // A newer schema is read as far as it goes: these queries only use columns of version 5,
    // and reading cannot harm a file a newer program owns. An older one lacks the _ms time
    // columns; this side is read-only and cannot migrate it, the engine does when it opens it.
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        const QString why = describe(q.lastError());
        q = QSqlQuery();
        close();
        return fail(tr("journal %1: %2").arg(path, why));
    }
    m_schemaVersion = q.value(0).toInt();
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'"
                               " AND name IN ('trade_executions', 'daily_pnl')")) ||
        !q.next() || q.value(0).toInt() != 2) {
        q = QSqlQuery();
        close();
        return fail(tr("%1 is not an Axion journal (no trade_executions table)").arg(path));
    }
    if (m_schemaVersion < kMinimumSchemaVersion) {
        const int version = m_schemaVersion;
        q = QSqlQuery();
        close();
        return fail(tr("journal %1 has the older schema version %2: open it once with the engine"
                       " (a replay or the workstation) to upgrade it to version %3")
                        .arg(path)
                        .arg(version)
                        .arg(kMinimumSchemaVersion));
    }
    return true;
}

void JournalQueries::close() {
    m_schemaVersion = 0;
    if (m_connectionName.isEmpty())
        return;
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase(); // removeDatabase() wants no handle left
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
    m_path.clear();
}

qint64 JournalQueries::sortKey(const TradeRecord& trade) {
    return trade.exitTimeMs.value_or(trade.entryTimeMs);
}

JournalCursor JournalQueries::cursorOf(const TradeRecord& trade) {
    return {sortKey(trade), trade.id};
}

QString JournalQueries::pageSql(const JournalFilter& filter, bool withCursor, QVariantList* binds,
                                const std::optional<JournalCursor>& after) {
    QStringList terms = filterTerms(filter, binds);
    if (withCursor) {
        // (key, id) < (k, i), spelled so that the key bound is a plain range on the index: a
        // row-value or OR form would make SQLite scan from the newest trade every page.
        terms << kKey + QStringLiteral(" <= ?")
              << QStringLiteral("(") + kKey + QStringLiteral(" < ? OR id < ?)");
        const JournalCursor c = after.value_or(JournalCursor{});
        *binds << c.key << c.key << c.id;
    }
    return QStringLiteral("SELECT ") + tradeRecordColumns() +
           QStringLiteral(" FROM trade_executions") + whereClause(terms) +
           QStringLiteral(" ORDER BY ") + kKey + QStringLiteral(" DESC, id DESC LIMIT ?");
}

QList<TradeRecord> JournalQueries::fetchPage(const JournalFilter& filter, int limit,
                                             const std::optional<JournalCursor>& after) {
    m_error.clear();
    QList<TradeRecord> out;
    if (!isOpen()) {
        fail(tr("journal is not open"));
        return out;
    }
    if (limit <= 0)
        return out;
    QVariantList binds;
    const QString sql = pageSql(filter, after.has_value(), &binds, after);
    binds << limit;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        fail(tr("trade history: %1").arg(describe(q.lastError())));
        return out;
    }
    bindAll(q, binds);
    if (!q.exec()) {
        fail(tr("trade history: %1").arg(describe(q.lastError())));
        return out;
    }
    out.reserve(limit);
    while (q.next())
        out.append(readTradeRecord(q));
    return out;
}

std::optional<qint64> JournalQueries::countTrades(const JournalFilter& filter) {
    m_error.clear();
    if (!isOpen()) {
        fail(tr("journal is not open"));
        return std::nullopt;
    }
    QVariantList binds;
    const QString sql = QStringLiteral("SELECT COUNT(*) FROM trade_executions") +
                        whereClause(filterTerms(filter, &binds));
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        fail(tr("trade count: %1").arg(describe(q.lastError())));
        return std::nullopt;
    }
    bindAll(q, binds);
    if (!q.exec() || !q.next()) {
        fail(tr("trade count: %1").arg(describe(q.lastError())));
        return std::nullopt;
    }
    return q.value(0).toLongLong();
}

QList<JournalDay> JournalQueries::dailySummary(const JournalFilter& filter) {
    m_error.clear();
    QList<JournalDay> days;
    if (!isOpen()) {
        fail(tr("journal is not open"));
        return days;
    }
    const std::optional<JournalFilter> closed = closedOnly(filter);
    if (!closed)
        return days;

    // A New York date is not a fixed UTC offset (DST), so SQL cannot group by it cheaply; a
    // GROUP BY on a computed day also sorts every row. Instead, walk the days that have trades:
    // find the first key at or after the cursor, aggregate that day's key range, jump to the
    // next day. Both are range reads on the filter's index, so the work is one pass over the
    // matching index entries plus two seeks per trading day; weekends and gaps cost nothing.
    QVariantList binds;
    const QString where = whereClause(filterTerms(*closed, &binds));
    const QString andOrWhere =
        where.isEmpty() ? QStringLiteral(" WHERE ") : where + QStringLiteral(" AND ");
    QSqlQuery next(m_db);
    QSqlQuery day(m_db);
    next.setForwardOnly(true);
    day.setForwardOnly(true);
    if (!next.prepare(QStringLiteral("SELECT ") + kKey + QStringLiteral(" FROM trade_executions") +
                      andOrWhere + kKey + QStringLiteral(" >= ? ORDER BY ") + kKey +
                      QStringLiteral(" LIMIT 1")) ||
        !day.prepare(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(pnl_e4 > 0), 0),"
                                    " COALESCE(SUM(pnl_e4 < 0), 0), COALESCE(SUM(pnl_e4), 0),"
                                    " COALESCE(SUM(MAX(pnl_e4, 0)), 0) FROM trade_executions") +
                     andOrWhere + kKey + QStringLiteral(" >= ? AND ") + kKey +
                     QStringLiteral(" < ?"))) {
        fail(tr("daily summary: %1")
                 .arg(describe(next.lastError().isValid() ? next.lastError() : day.lastError())));
        return days;
    }
    const int n = int(binds.size());
    bindAll(next, binds);
    bindAll(day, binds);
    qint64 cursor = std::numeric_limits<qint64>::min();
    for (;;) {
        next.bindValue(n, cursor);
        if (!next.exec()) {
            fail(tr("daily summary: %1").arg(describe(next.lastError())));
            return {};
        }
        if (!next.next())
            break; // no trade at or after the cursor
        const QVariant first = next.value(0);
        next.finish();
        JournalDay d;
        d.summary.date = TradeJournal::tradingDate(first.toLongLong());
        const qint64 start = TradeJournal::startOfTradingDateMs(d.summary.date);
        const qint64 end = TradeJournal::startOfTradingDateMs(d.summary.date.addDays(1));
        day.bindValue(n, start);
        day.bindValue(n + 1, end);
        if (!day.exec() || !day.next()) {
            fail(tr("daily summary: %1").arg(describe(day.lastError())));
            return {};
        }
        d.summary.totalTrades = day.value(0).toInt();
        d.summary.winningTrades = day.value(1).toInt();
        d.summary.losingTrades = day.value(2).toInt();
        d.summary.realizedPnl = Money::fromUnits(day.value(3).toLongLong());
        d.summary.grossProfit = Money::fromUnits(day.value(4).toLongLong());
        d.summary.grossLoss = d.summary.realizedPnl - d.summary.grossProfit;
        day.finish();
        days.append(d);
        cursor = end;
    }
    if (days.isEmpty())
        return days;

    // The engine's own end-of-day rows, for the account equity column.
    QSqlQuery pnl(m_db);
    pnl.setForwardOnly(true);
    pnl.prepare(QStringLiteral("SELECT date, ending_equity_e4, kill_switch_triggered"
                               " FROM daily_pnl WHERE date >= ? AND date <= ?"));
    pnl.bindValue(0, days.constFirst().summary.date.toString(Qt::ISODate));
    pnl.bindValue(1, days.constLast().summary.date.toString(Qt::ISODate));
    if (pnl.exec()) {
        QHash<QDate, std::pair<std::optional<Money>, bool>> byDate;
        while (pnl.next()) {
            const QDate date = QDate::fromString(pnl.value(0).toString(), Qt::ISODate);
            std::optional<Money> equity;
            if (!pnl.value(1).isNull())
                equity = Money::fromUnits(pnl.value(1).toLongLong());
            byDate.insert(date, {equity, pnl.value(2).toInt() != 0});
        }
        for (JournalDay& d : days) {
            const auto it = byDate.constFind(d.summary.date);
            if (it != byDate.constEnd()) {
                d.endingEquity = it->first;
                d.killSwitchTriggered = it->second;
            }
        }
    }
    std::reverse(days.begin(), days.end());
    return days;
}

DailySummary JournalQueries::totals(const QList<JournalDay>& days) {
    DailySummary t;
    if (!days.isEmpty())
        t.date = days.constFirst().summary.date;
    for (const JournalDay& d : days) {
        t.totalTrades += d.summary.totalTrades;
        t.winningTrades += d.summary.winningTrades;
        t.losingTrades += d.summary.losingTrades;
        t.realizedPnl += d.summary.realizedPnl;
        t.grossProfit += d.summary.grossProfit;
        t.grossLoss += d.summary.grossLoss;
    }
    return t;
}

QList<EquityPoint> JournalQueries::equityCurve(const JournalFilter& filter, int maxTradePoints) {
    const std::optional<JournalFilter> closed = closedOnly(filter);
    if (!closed || !isOpen())
        return {};
    const std::optional<qint64> count = countTrades(*closed);
    if (!count)
        return {};
    if (*count <= maxTradePoints)
        return equityCurveByTrade(*closed);
    return equityCurveFromDays(dailySummary(*closed));
}

QList<EquityPoint> JournalQueries::equityCurveByTrade(const JournalFilter& filter) {
    m_error.clear();
    QList<EquityPoint> out;
    if (!isOpen()) {
        fail(tr("journal is not open"));
        return out;
    }
    const std::optional<JournalFilter> closed = closedOnly(filter);
    if (!closed)
        return out;
    QVariantList binds;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT ") + kKey +
                   QStringLiteral(", pnl_e4 FROM trade_executions") +
                   whereClause(filterTerms(*closed, &binds)) + QStringLiteral(" ORDER BY ") + kKey +
                   QStringLiteral(", id"))) {
        fail(tr("equity curve: %1").arg(describe(q.lastError())));
        return out;
    }
    bindAll(q, binds);
    if (!q.exec()) {
        fail(tr("equity curve: %1").arg(describe(q.lastError())));
        return out;
    }
    Money cumulative;
    while (q.next()) {
        cumulative += Money::fromUnits(q.value(1).toLongLong());
        out.append({q.value(0).toLongLong(), cumulative});
    }
    return out;
}

QList<EquityPoint> JournalQueries::equityCurveFromDays(const QList<JournalDay>& days) {
    QList<EquityPoint> out;
    out.reserve(days.size());
    Money cumulative;
    // Days come newest first.
    for (auto it = days.crbegin(); it != days.crend(); ++it) {
        cumulative += it->summary.realizedPnl;
        out.append({sessionCloseMs(it->summary.date), cumulative});
    }
    return out;
}

bool JournalQueries::exportCsv(const JournalFilter& filter, const QString& path,
                               qint64* rowsWritten, int pageSize) {
    m_error.clear();
    if (rowsWritten)
        *rowsWritten = 0;
    if (!isOpen())
        return fail(tr("journal is not open"));
    pageSize = std::max(1, pageSize);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("cannot write %1: %2").arg(path, file.errorString()));
    const QByteArray crlf("\r\n");
    file.write(CsvExport::header().toUtf8() + crlf);
    // One read transaction: every page sees the same snapshot, so a trade the engine closes
    // during the export cannot be skipped or written twice.
    const bool snapshot = m_db.transaction();
    qint64 rows = 0;
    std::optional<JournalCursor> cursor;
    bool ok = true;
    for (;;) {
        m_error.clear();
        const QList<TradeRecord> page = fetchPage(filter, pageSize, cursor);
        if (page.isEmpty()) {
            ok = m_error.isEmpty(); // else a failed read, not the end
            break;
        }
        QByteArray chunk;
        for (const TradeRecord& t : page)
            chunk += CsvExport::tradeRow(t).toUtf8() + crlf;
        if (file.write(chunk) != chunk.size()) {
            ok = false;
            m_error = tr("cannot write %1: %2").arg(path, file.errorString());
            break;
        }
        rows += page.size();
        if (page.size() < pageSize)
            break;
        cursor = cursorOf(page.constLast());
    }
    if (snapshot)
        m_db.commit();
    if (!ok) {
        file.cancelWriting();
        return false;
    }
    if (!file.commit())
        return fail(tr("cannot write %1: %2").arg(path, file.errorString()));
    if (rowsWritten)
        *rowsWritten = rows;
    return true;
}

QStringList JournalQueries::distinctValues(const QString& column) {
    m_error.clear();
    QStringList out;
    if (!isOpen())
        return out;
    // A loose index scan: each step seeks the next larger value, so the cost is one seek per
    // distinct value instead of a pass over every trade.
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const QString sql =
        QStringLiteral("WITH RECURSIVE v(x) AS (SELECT MIN(%1) FROM trade_executions UNION ALL"
                       " SELECT (SELECT MIN(%1) FROM trade_executions WHERE %1 > v.x) FROM v"
                       " WHERE v.x IS NOT NULL) SELECT x FROM v WHERE x IS NOT NULL")
            .arg(column);
    if (!q.exec(sql)) {
        fail(tr("journal %1 values: %2").arg(column, describe(q.lastError())));
        return out;
    }
    while (q.next()) {
        const QString v = q.value(0).toString();
        if (!v.isEmpty())
            out << v;
    }
    return out;
}

QStringList JournalQueries::tickers() {
    return distinctValues(QStringLiteral("ticker"));
}

QStringList JournalQueries::exitReasons() {
    return distinctValues(QStringLiteral("exit_reason"));
}

} // namespace axion
