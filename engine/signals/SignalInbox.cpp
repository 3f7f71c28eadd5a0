#include "signals/SignalInbox.h"

#include "journal/Database.h"
#include "signals/SignalParser.h"

#include <QSqlError>

namespace axion {

SignalInbox::SignalInbox(Database& db)
    : m_db(db)
    , m_insert(db.connection())
    , m_markProcessed(db.connection()) {}

bool SignalInbox::fail(const QSqlQuery& query, const QString& what) {
    m_error = QStringLiteral("signal inbox: %1 failed: %2").arg(what, query.lastError().text());
    return false;
}

bool SignalInbox::load() {
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT signal_id FROM signal_inbox")))
        return fail(q, QStringLiteral("reading the received ids"));
    m_known.clear();
    while (q.next())
        m_known.insert(q.value(0).toString());
    // A signal whose orders went out is known too: the process can stop after the send and
    // before the inbox row is committed (the journal replays the orders' intents at open).
    QString error;
    const std::optional<QSet<QString>> withOrders = signalIdsWithOrders(m_db.connection(), &error);
    if (!withOrders) {
        m_error = QStringLiteral("signal inbox: reading the signal ids with orders: ") + error;
        return false;
    }
    m_known.unite(*withOrders);
    if (!m_insert.prepare(QStringLiteral("INSERT INTO signal_inbox"
                                         " (signal_id, source, received_ms, payload_json,"
                                         " processed, decision) VALUES (?, ?, ?, ?, ?, ?)")))
        return fail(m_insert, QStringLiteral("preparing the insert"));
    if (!m_markProcessed.prepare(QStringLiteral("UPDATE signal_inbox SET processed = 1,"
                                                " decision = ?, reason = ? WHERE signal_id = ?")))
        return fail(m_markProcessed, QStringLiteral("preparing the update"));
    return true;
}

bool SignalInbox::store(const QList<Entry>& entries, const QString& decision) {
    if (entries.isEmpty())
        return true;
    const bool ok = inTransaction([&] {
        for (const Entry& e : entries) {
            m_insert.bindValue(0, e.signalId);
            m_insert.bindValue(1, e.source);
            m_insert.bindValue(2, e.receivedMs);
            m_insert.bindValue(3, QString::fromUtf8(e.payload));
            m_insert.bindValue(4, decision.isEmpty() ? 0 : 1);
            m_insert.bindValue(5, decision.isEmpty() ? QVariant() : QVariant(decision));
            if (!m_insert.exec())
                return fail(m_insert, QStringLiteral("storing signal %1").arg(e.signalId));
        }
        return true;
    });
    if (!ok)
        return false;
    for (const Entry& e : entries)
        m_known.insert(e.signalId);
    return true;
}

bool SignalInbox::markProcessed(const QStringList& signalIds, const QString& decision,
                                const QString& reason) {
    if (signalIds.isEmpty())
        return true;
    // One transaction for the lot: one sync instead of one per signal.
    return inTransaction([&] {
        for (const QString& id : signalIds) {
            m_markProcessed.bindValue(0, decision);
            m_markProcessed.bindValue(1, reason.isEmpty() ? QVariant() : QVariant(reason));
            m_markProcessed.bindValue(2, id);
            if (!m_markProcessed.exec())
                return fail(m_markProcessed, QStringLiteral("marking %1 processed").arg(id));
        }
        return true;
    });
}

bool SignalInbox::inTransaction(const std::function<bool()>& body) {
    if (!m_db.begin()) {
        m_error = m_db.errorString();
        return false;
    }
    if (!body()) {
        m_db.rollback();
        return false;
    }
    if (!m_db.commit()) {
        m_error = m_db.errorString();
        m_db.rollback();
        return false;
    }
    return true;
}

QList<SignalInbox::Entry> SignalInbox::unprocessed() {
    QList<Entry> rows;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT signal_id, source, received_ms, payload_json"
                               " FROM signal_inbox WHERE processed = 0"
                               " ORDER BY received_ms, rowid"))) {
        fail(q, QStringLiteral("reading unprocessed signals"));
        return rows;
    }
    while (q.next())
        rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
                     q.value(3).toString().toUtf8()});
    return rows;
}

bool SignalInbox::executorSaw(const QString& signalId) {
    QSqlQuery q(m_db.connection());
    // Its signal event, or an order of it (from the journal's replay of the intent log: a crash
    // between the send and the next commit leaves only the intents).
    q.prepare(QStringLiteral("SELECT 1 FROM events WHERE ref_id = ? AND kind = 'signal'"
                             " UNION ALL SELECT 1 FROM orders WHERE signal_id = ? LIMIT 1"));
    q.bindValue(0, signalId);
    q.bindValue(1, signalId);
    return q.exec() && q.next();
}

int SignalInbox::deliverUnprocessed(const SignalParser& parser, const SignalSink& sink) {
    m_error.clear();
    const QList<Entry> rows = unprocessed();
    if (!m_error.isEmpty())
        return -1;
    int delivered = 0;
    for (const Entry& row : rows) {
        if (executorSaw(row.signalId)) {
            // Taken before the crash, only the mark was lost: delivering again would trade twice.
            if (!markProcessed({row.signalId}, QStringLiteral("already_processed")))
                return -1;
            continue;
        }
        const SignalParseResult parsed = parser.parse(row.payload, row.receivedMs);
        if (!parsed.ok()) {
            // Cannot happen for a row this program stored; kept visible rather than retried.
            if (!markProcessed({row.signalId}, QStringLiteral("unparsable"), parsed.message))
                return -1;
            continue;
        }
        Signal signal = *parsed.signal;
        signal.signalId = row.signalId;
        signal.source = row.source;
        sink(signal);
        ++delivered;
        if (!markProcessed({row.signalId}, QStringLiteral("delivered_after_restart")))
            return -1;
    }
    return delivered;
}

} // namespace axion
