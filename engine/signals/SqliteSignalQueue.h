#pragma once

#include "signals/SignalParser.h"

#include <QObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QTimer>
#include <functional>

namespace axion {

class Clock;
struct EmaSignalRow;

// Consumes the PRD-134 signal engine's `ema_signals` table (DESIGN.md §5): polls for rows with
// executed = 0, turns each into the §5 JSON contract, parses it, and marks it executed with its
// execution_id: the signal id when accepted, "rejected:<reason code>" when not. A marked row is
// never looked at again, by this instance, a restarted one or a second one on the same file.
//
// Exactly once: rows are CLAIMED before they are delivered. A batch is claimed in one
// transaction (UPDATE ... WHERE id = ? AND executed = 0; only a row this connection changed is
// ours), the transaction commits, and only then are the signals handed to the sink. So a row is
// delivered at most once even with two queues on one file or a crash at any point; the cost is
// that a crash between the commit and the sink call (the same thread, a few microseconds) loses
// that batch: the rows stay marked with their signal id, nothing is traded. Delivering first and
// marking after would instead trade a signal twice after such a crash, which with real money is
// the worse failure (the executor's duplicate-id check only covers signals it has journaled).
//
// The table belongs to the other engine: it is created (with its two indexes) only when missing,
// with exactly the §5 columns, and no column of ours is ever added; the rejection reason lives in
// execution_id, the table's only free text column.
//
// Lives on the engine thread (its QSqlDatabase connection is created in open() and used only
// there). A poll never blocks for long: the busy timeout is short, and a database locked by the
// other engine simply means trying again at the next poll.
class SqliteSignalQueue : public QObject {
    Q_OBJECT

public:
    struct Options {
        QString databasePath;
        int pollIntervalMs = 500;
        int batchSize = 100;
        // How long one statement waits for the other engine's write lock before the poll gives up
        // until the next tick. Short: this runs on the engine thread.
        int busyTimeoutMs = 250;
    };

    using SignalSink = std::function<void(const Signal& signal)>;
    // The parse result (code, field, message) and the row as §5 JSON, for
    // TradeJournal::recordSignalRejected.
    using RejectionSink =
        std::function<void(const SignalParseResult& result, const QByteArray& raw)>;

    SqliteSignalQueue(const ExecutorConfig& config, const Clock& clock, Options options,
                      QObject* parent = nullptr);
    ~SqliteSignalQueue() override;

    void setSignalSink(SignalSink sink) { m_signalSink = std::move(sink); }
    void setRejectionSink(RejectionSink sink) { m_rejectionSink = std::move(sink); }
    // Signal ids the executor has already seen (another source, the journal): such a row is
    // rejected as a duplicate.
    void setKnownIdCheck(SignalParser::KnownIdCheck check) { m_knownIdCheck = std::move(check); }

    // Opens the database (creating the file, the table and its indexes when missing) and checks
    // that the table has the §5 columns. False and errorString() on failure.
    bool open();
    void close();
    bool isOpen() const { return m_db.isOpen(); }
    QString errorString() const { return m_error; }

    // Opens when needed, then polls every pollIntervalMs. False when the database cannot be opened.
    bool start();
    void stop();

    // One poll: claims and delivers at most batchSize rows. Returns how many rows this instance
    // claimed (accepted + rejected); 0 also when the other engine holds the lock; -1 on a
    // database error (errorOccurred is emitted). Either way the next poll tries again.
    int pollOnce();

    // "rejected:<code>", e.g. "rejected:stop_wrong_side": what a refused row's execution_id says.
    static QString rejectedExecutionId(SignalRejectCode code);
    static QString tableName() { return QStringLiteral("ema_signals"); }

Q_SIGNALS:
    void errorOccurred(const QString& message);

private:
    struct Claim;

    bool createSchema();
    bool checkSchema();
    bool fail(const QString& message);
    // Records the error and emits errorOccurred, except for a busy database (retried silently).
    int pollFailed(const QSqlError& error, const QString& message);
    QString lastDbError() const;

    SignalParser m_parser;
    const Clock& m_clock;
    Options m_options;
    QString m_connectionName;
    QSqlDatabase m_db;
    QString m_error;
    QTimer m_timer;
    SignalSink m_signalSink;
    RejectionSink m_rejectionSink;
    SignalParser::KnownIdCheck m_knownIdCheck;
    // Rows up to this id are known to be marked: a poll reads only newer ones, so the other
    // engine's ever growing table costs an index range scan, not a full scan, twice a second.
    qint64 m_afterId = 0;
    int m_pollsSinceRescan = 0;
};

} // namespace axion
