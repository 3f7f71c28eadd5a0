#pragma once

#include "core/Order.h"

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>
#include <optional>
#include <span>

namespace axion {

// What the executor is about to ask a broker for, written down before it asks.
struct OrderIntent {
    // Replace: the new order of a Broker::replace (its old order has a Cancel line beside it).
    enum class Kind { Submit, Cancel, Replace };
    Kind kind = Kind::Submit;
    qint64 engineTimeMs = 0;
    // Submit, Replace: the whole order. Cancel: clientOrderId and broker are what counts.
    Order order;
    bool operator==(const OrderIntent&) const = default;
};

QString toString(OrderIntent::Kind kind);

// The write-ahead log of order intents: one line per submit or cancel, appended with a single
// unbuffered write() before the order leaves the executor, and never fsynced on that path.
//
// Why a file beside the journal and not a SQLite row: the write has to sit between the decision
// and the send, where the ingress latency target leaves a few microseconds. A bracket's three
// lines, encoded and written in one write() into the page cache, cost p50 4.6 us; the same rows
// committed to SQLite in WAL cost p50 24 us with synchronous=NORMAL and 282 us with FULL
// (bench_intent_log). A write() that returned is in the
// kernel: it survives kill -9 of the process. Power loss can take the last writes since the
// journal's previous FULL commit; the restart's reconciliation by client order id (ids are
// deterministic) finds those orders at the broker.
//
// A line: fields separated by '|', the last one a 64-bit FNV-1a checksum of the rest, then
// '\n'. A line cut short by a crash, or one whose checksum does not match, is not an intent
// (a kill during the write came before the send) and is skipped. Text fields are
// percent-escaped so '|', '%' and line breaks never split a line.
//
// TradeJournal owns one: it replays the log into the journal at open and empties it after
// every commit that covered what it holds.
class IntentLog {
public:
    IntentLog() = default;
    IntentLog(const IntentLog&) = delete;
    IntentLog& operator=(const IntentLog&) = delete;

    // Opens (creating) the log for appending. False with errorString() when it cannot.
    bool open(const QString& path);
    void close();
    bool isOpen() const { return m_file.isOpen(); }
    QString path() const { return m_file.fileName(); }
    QString errorString() const { return m_error; }

    // One write() of the encoded lines. False when the write failed or was short: the caller
    // must not send the orders.
    bool append(std::span<const OrderIntent> intents);
    // Empties the log (everything in it is in a committed journal transaction).
    bool clear();
    qint64 size() const { return m_size; }

    struct Contents {
        QList<OrderIntent> intents; // in the order they were written
        int skipped = 0;            // torn or corrupt lines
    };
    // Reads a log file (missing: empty contents).
    static Contents read(const QString& path);

    static QByteArray encode(const OrderIntent& intent);
    static void encode(const OrderIntent& intent, QByteArray& out); // appends
    static std::optional<OrderIntent> decode(QByteArrayView line);

private:
    QFile m_file;
    qint64 m_size = 0;
    QString m_error;
    QByteArray m_buffer; // reused: one allocation for the life of the log
};

} // namespace axion
