#pragma once

#include "config/ExecutorConfig.h"
#include "signals/HttpRequestParser.h"
#include "signals/IngressProtocol.h"
#include "signals/SignalInbox.h"
#include "signals/SignalParser.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <functional>

class QTcpServer;
class QTimer;
class QTcpSocket;
class QWebSocket;
class QWebSocketServer;

namespace axion {

class Clock;
class TradeJournal;

struct IngressOptions {
    QHostAddress address = QHostAddress::LocalHost; // loopback unless configured otherwise
    quint16 port = 0;                               // 0: any free port, see SignalIngress::port()
    QByteArray token;                               // bearer token; empty refuses every request
    qsizetype maxBodyBytes = 1024 * 1024;           // per HTTP body and per WebSocket message
    qsizetype maxHeaderBytes = 16 * 1024;
    int maxConnections = 64; // HTTP and WebSocket; beyond this, new connections are closed at once
    // An HTTP connection that sends nothing for this long is closed, so idle or stalled clients
    // cannot hold every connection slot.
    int idleTimeoutMs = 30'000;
};

// The local signal ingress (DESIGN §2): `POST /v1/signals` and a WebSocket on the same port, both
// behind a bearer token, taking the §5 JSON contract (one signal or an array).
//
// Answers: 202 with the signal id once the signal is committed to the inbox (so an acknowledged
// signal survives kill -9), 409 for an id already received (across restarts), 400 with the reason
// code for a bad signal, 401 without a valid token, 413 over the size limit. A WebSocket text
// message gets one JSON ack per signal with the same codes. Every received signal, accepted or
// not, is journaled with its source; accepted ones reach the sink (the executor) exactly once.
//
// HTTP/1.1 is parsed here (HttpRequestParser, bounded buffers, keep-alive, Content-Length bodies
// only); an Upgrade: websocket request is recognised by a peek and its untouched bytes are handed
// to a QWebSocketServer. Lives on the engine thread; the sink is called directly (no queued
// signal on the way to the executor).
class SignalIngress : public QObject {
    Q_OBJECT

public:
    // `clock` judges signal staleness; journal and inbox (on the journal's database) outlive this.
    SignalIngress(IngressOptions options, const ExecutorConfig& config, const Clock& clock,
                  TradeJournal& journal, SignalInbox& inbox, SignalSink sink,
                  QObject* parent = nullptr);
    ~SignalIngress() override;

    // Delivers what the inbox holds unprocessed (a restart between receipt and processing), then
    // listens. False and errorString() when the port cannot be bound or the inbox is unreadable.
    bool start();
    quint16 port() const;

    // Told of every refusal after it is journaled (the Signals tab shows them): the parse result
    // with its code and message, the raw body (may be empty), the source and the signal id when
    // known.
    using RefusalObserver =
        std::function<void(const SignalParseResult& result, const QByteArray& raw,
                           const QString& source, const QString& signalId)>;
    void setRefusalObserver(RefusalObserver observer) { m_refusalObserver = std::move(observer); }
    QString errorString() const { return m_error; }

    // Steady-clock ns at which the last complete request (or WebSocket message) was in: the
    // start of the ingress latency (benchmarks read it from the broker side).
    qint64 lastReceivedNs() const { return m_lastReceivedNs; }

private:
    struct Batch {
        QList<IngressResult> results;
        QList<Signal> accepted;
        QList<SignalInbox::Entry> entries; // of the accepted signals, stored after delivery
    };

    void onNewConnection();
    void onReadyRead(QTcpSocket* socket);
    void handleRequest(QTcpSocket* socket, const HttpRequest& request);
    void handOverToWebSocket(QTcpSocket* socket, const HttpRequest& request);
    void onWebSocketConnected();
    void onWebSocketMessage(QWebSocket* socket, const QString& message);
    void answerAndClose(QTcpSocket* socket, int status, const IngressResult& result);
    void forget(QTcpSocket* socket);
    void closeIdleConnections();

    // Parses, dedupes, journals the rejects and stores the accepted signals (committed).
    Batch process(const QByteArray& body, const QString& source);
    // Hands the accepted (committed) signals to the sink.
    void deliver(const QList<Signal>& accepted);
    // After the answer: flushes the journal (the executor's rows), then marks them processed.
    // After the executor took them: the journal's rows, then the inbox rows (as delivered), each
    // in one FULL commit. A failure turns their 202s into 503s (the ids stay known: a resend is
    // refused with 409, never traded again).
    void commitDelivered(Batch& batch);
    void journalRefusal(SignalRejectCode code, const QString& message, const QByteArray& raw,
                        const QString& source);

    IngressOptions m_options;
    SignalParser m_parser;
    HttpRequestParser m_http;
    const Clock& m_clock;
    TradeJournal& m_journal;
    SignalInbox& m_inbox;
    SignalSink m_sink;
    RefusalObserver m_refusalObserver;
    QTcpServer* m_server;
    QWebSocketServer* m_webSockets;
    // Open HTTP connections: their unparsed bytes and the steady-clock ms of their last bytes.
    struct Connection {
        QByteArray buffer;
        qint64 lastActivityMs = 0;
        bool continueSent = false; // "100 Continue" answered for the request being read
    };
    QHash<QTcpSocket*, Connection> m_connections;
    QTimer* m_idleSweep;
    int m_webSocketCount = 0;                   // open WebSockets: they count toward maxConnections
    QHash<quint16, bool> m_handshakeAuthorized; // peer port -> token ok, until the handshake ends
    qint64 m_lastReceivedNs = 0;
    QString m_error;
};

} // namespace axion
