#pragma once

#include "core/Signal.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QSqlQuery>
#include <QString>
#include <functional>

namespace axion {

class Database;
class SignalParser;

// Where accepted signals go: TradeExecutor::onSignal in the application, anything in tests.
using SignalSink = std::function<void(const Signal&)>;

// The durable inbox of the signal ingress: the `signal_inbox` table of the journal database.
//
// An accepted signal is stored (and committed: WAL, synchronous=FULL) before its sender hears 202,
// so an acknowledged signal survives kill -9. Its id then refuses any resend with 409, across
// restarts; so does the id of a signal that has orders in the journal (the ingress hands a
// signal to the executor before its row is committed: the fsync is not on the way to the
// order, whose intent is written before the send). After the executor has taken a signal, its row
// is marked processed; a row left unprocessed by a crash is delivered once at the next start
// (deliverUnprocessed()), unless the journal shows that the executor had already taken it (its
// `signal` event, or an order of it: every order is in the journal's intent log before it reaches a
// broker, and the journal replays that log when it opens), so a signal never reaches the executor
// twice.
//
// Uses the database's connection: one thread (the engine's), and destroyed before it closes.
class SignalInbox {
public:
    struct Entry {
        QString signalId;
        QString source; // "http", "websocket"
        qint64 receivedMs = 0;
        QByteArray payload; // the signal's JSON as received
    };

    explicit SignalInbox(Database& db);

    // Reads the ids already received. False and errorString() when the table cannot be read.
    bool load();
    bool isKnown(const QString& signalId) const { return m_known.contains(signalId); }
    qsizetype size() const { return m_known.size(); }

    // Stores the entries in ONE transaction; true once committed (then they are known). On
    // failure nothing is stored and nothing becomes known. With a decision the rows are stored
    // as processed already (the executor took them before they were stored).
    bool store(const QList<Entry>& entries, const QString& decision = {});
    // Known from now on without a row (taken by the executor, the row could not be stored).
    void remember(const QString& signalId) { m_known.insert(signalId); }
    // Marks rows as handed to the executor, with what became of them.
    bool markProcessed(const QStringList& signalIds, const QString& decision,
                       const QString& reason = {});

    QList<Entry> unprocessed();
    // Delivers every unprocessed row once, oldest first: parsed again as at its receipt (its
    // received time is "now" for the staleness check), then marked processed. Returns how many
    // reached the sink, or -1 on a database error.
    int deliverUnprocessed(const SignalParser& parser, const SignalSink& sink);

    QString errorString() const { return m_error; }

private:
    bool executorSaw(const QString& signalId);
    bool fail(const QSqlQuery& query, const QString& what);
    // Runs `body` in one transaction: committed when it returns true, rolled back otherwise.
    bool inTransaction(const std::function<bool()>& body);

    Database& m_db;
    QSet<QString> m_known;
    QSqlQuery m_insert;
    QSqlQuery m_markProcessed;
    QString m_error;
};

} // namespace axion
