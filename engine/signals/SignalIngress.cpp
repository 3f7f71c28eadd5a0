#include "signals/SignalIngress.h"

#include "core/Clock.h"
#include "journal/TradeJournal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>
#include <algorithm>
#include <chrono>

namespace axion {

namespace {

const QString kHttp = QString::fromLatin1(Signal::kHttp);
const QString kWebSocket = QString::fromLatin1(Signal::kWebSocket);
const QByteArray kSignalsPath = "/v1/signals";
// Enough of a refused body to recognise the signal, not enough to fill the journal.
constexpr qsizetype kMaxUnauthorizedJournalBytes = 1024;

qint64 steadyNs() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

IngressResult refusal(int status, const QString& code, const QString& message) {
    return {status, QString(), code, message};
}

// After an error answer the client may still be sending its body; closing at once with unread
// bytes makes the kernel reset the connection, and the client loses the answer. The rest is read
// and dropped for this long, then the connection is closed.
constexpr int kLingerMs = 500;

} // namespace

SignalIngress::SignalIngress(IngressOptions options, const ExecutorConfig& config,
                             const Clock& clock, TradeJournal& journal, SignalInbox& inbox,
                             SignalSink sink, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_parser(config)
    , m_http(m_options.maxHeaderBytes, m_options.maxBodyBytes)
    , m_clock(clock)
    , m_journal(journal)
    , m_inbox(inbox)
    , m_sink(std::move(sink))
    , m_server(new QTcpServer(this))
    , m_webSockets(new QWebSocketServer(QStringLiteral("axion-ingress"),
                                        QWebSocketServer::NonSecureMode, this))
    , m_idleSweep(new QTimer(this)) {
    m_idleSweep->setInterval(std::max(100, m_options.idleTimeoutMs / 4));
    connect(m_idleSweep, &QTimer::timeout, this, &SignalIngress::closeIdleConnections);
    connect(m_server, &QTcpServer::newConnection, this, &SignalIngress::onNewConnection);
    connect(m_webSockets, &QWebSocketServer::newConnection, this,
            &SignalIngress::onWebSocketConnected);
}

SignalIngress::~SignalIngress() = default;

bool SignalIngress::start() {
    if (!m_inbox.load()) {
        m_error = m_inbox.errorString();
        return false;
    }
    if (m_inbox.deliverUnprocessed(m_parser, m_sink) < 0) {
        m_error = m_inbox.errorString();
        return false;
    }
    m_journal.flush();
    m_server->setMaxPendingConnections(m_options.maxConnections);
    if (!m_server->listen(m_options.address, m_options.port)) {
        m_error = QStringLiteral("signal ingress cannot listen on %1:%2: %3")
                      .arg(m_options.address.toString())
                      .arg(m_options.port)
                      .arg(m_server->errorString());
        return false;
    }
    m_idleSweep->start();
    return true;
}

void SignalIngress::closeIdleConnections() {
    const qint64 cutoff = steadyNs() / 1'000'000 - m_options.idleTimeoutMs;
    QList<QTcpSocket*> idle;
    for (auto it = m_connections.cbegin(); it != m_connections.cend(); ++it) {
        if (it->lastActivityMs < cutoff)
            idle.append(it.key());
    }
    for (QTcpSocket* socket : idle) {
        socket->disconnect(this);
        socket->abort();
        forget(socket);
    }
}

quint16 SignalIngress::port() const {
    return m_server->serverPort();
}

void SignalIngress::onNewConnection() {
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        // WebSockets hold a slot too: long-lived clients must not starve the limit's purpose.
        if (m_connections.size() + m_webSocketCount >= m_options.maxConnections) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        // Qt's own receive buffer is unbounded by default: capped at one request of the allowed
        // size, a client that sends faster than it is read is held back by TCP instead.
        socket->setReadBufferSize(m_options.maxHeaderBytes + m_options.maxBodyBytes + 4);
        m_connections.insert(socket, Connection{QByteArray(), steadyNs() / 1'000'000});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] { forget(socket); });
        if (socket->bytesAvailable() > 0)
            onReadyRead(socket);
    }
}

void SignalIngress::forget(QTcpSocket* socket) {
    if (m_connections.remove(socket))
        socket->deleteLater();
}

void SignalIngress::onReadyRead(QTcpSocket* socket) {
    auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    it->lastActivityMs = steadyNs() / 1'000'000;
    if (socket->property("axionLinger").toBool()) {
        socket->readAll(); // an answered error: the rest is dropped
        return;
    }
    if (it->buffer.isEmpty()) {
        // At a request boundary: look before consuming, so that a WebSocket handshake can be
        // handed over with its bytes still in the socket.
        const QByteArray head = socket->peek(m_options.maxHeaderBytes + 4);
        const HttpRequestParser::Result r = m_http.parse(head, true);
        if (r.status == HttpRequestParser::Status::Incomplete)
            return;
        if (r.status == HttpRequestParser::Status::Complete && r.request.isWebSocketUpgrade())
            return handOverToWebSocket(socket, r.request);
    }
    QByteArray& buffer = it->buffer;
    // Bounded: the parser refuses a header over maxHeaderBytes or a body over maxBodyBytes before
    // the buffer could hold more than one request of the allowed size.
    buffer += socket->read(m_options.maxHeaderBytes + m_options.maxBodyBytes + 4 - buffer.size());
    while (!buffer.isEmpty()) {
        const HttpRequestParser::Result r = m_http.parse(buffer);
        if (r.status == HttpRequestParser::Status::Incomplete) {
            // curl and others send "Expect: 100-continue" before a body over 1 KiB and wait a
            // second for the go-ahead: give it as soon as the headers are in and acceptable.
            if (!it->continueSent) {
                const HttpRequestParser::Result head = m_http.parse(buffer, true);
                if (head.status == HttpRequestParser::Status::Complete &&
                    head.request.header("expect").compare("100-continue", Qt::CaseInsensitive) ==
                        0) {
                    it->continueSent = true;
                    socket->write("HTTP/1.1 100 Continue\r\n\r\n");
                }
            }
            return;
        }
        it->continueSent = false;
        if (r.status == HttpRequestParser::Status::Error) {
            const SignalRejectCode code = r.errorStatus == 413 ? SignalRejectCode::PayloadTooLarge
                                                               : SignalRejectCode::BadRequest;
            journalRefusal(code, r.errorMessage, QByteArray(), kHttp);
            m_journal.flush();
            return answerAndClose(socket, r.errorStatus,
                                  refusal(r.errorStatus, r.errorCode, r.errorMessage));
        }
        m_lastReceivedNs = steadyNs();
        buffer.remove(0, r.consumed);
        handleRequest(socket, r.request);
        if (!m_connections.contains(socket) || socket->property("axionLinger").toBool())
            return;
    }
    // More may be waiting beyond what one read took (a pipelined burst).
    if (socket->bytesAvailable() > 0)
        QTimer::singleShot(0, this, [this, s = QPointer<QTcpSocket>(socket)] {
            if (s)
                onReadyRead(s);
        });
}

void SignalIngress::answerAndClose(QTcpSocket* socket, int status, const IngressResult& result) {
    socket->write(IngressProtocol::httpResponse(status, IngressProtocol::ackJson(result), false));
    socket->setProperty("axionLinger", true);
    socket->readAll();
    QTimer::singleShot(kLingerMs, socket, [socket] { socket->disconnectFromHost(); });
}

void SignalIngress::handleRequest(QTcpSocket* socket, const HttpRequest& request) {
    if (request.path != kSignalsPath)
        return answerAndClose(socket, 404,
                              refusal(404, QStringLiteral("not_found"),
                                      QStringLiteral("the signal endpoint is POST /v1/signals")));
    if (request.isWebSocketUpgrade())
        return answerAndClose(
            socket, 400,
            refusal(400, QStringLiteral("bad_request"),
                    QStringLiteral("a WebSocket upgrade must be the connection's first request")));
    if (request.method != "POST")
        return answerAndClose(
            socket, 405,
            refusal(405, QStringLiteral("method_not_allowed"), QStringLiteral("use POST")));
    if (!IngressProtocol::tokenMatches(IngressProtocol::presentedToken(request), m_options.token)) {
        const QString message = QStringLiteral("missing or wrong bearer token");
        // Who does not hold the token writes at most a short excerpt into the journal.
        journalRefusal(SignalRejectCode::Unauthorized, message,
                       request.body.left(kMaxUnauthorizedJournalBytes), kHttp);
        m_journal.flush();
        const IngressResult r = refusal(401, toString(SignalRejectCode::Unauthorized), message);
        socket->write(
            IngressProtocol::httpResponse(401, IngressProtocol::ackJson(r), request.keepAlive()));
        if (!request.keepAlive())
            socket->disconnectFromHost();
        return;
    }
    Batch batch = process(request.body, kHttp);
    const bool keepAlive = request.keepAlive();
    // The executor takes the accepted signals first (the latency that matters is signal to
    // order: each order's intent is written before its send, no fsync on the way), then they
    // are committed, then the sender hears the answer.
    deliver(batch.accepted);
    commitDelivered(batch);
    socket->write(IngressProtocol::httpResponse(IngressProtocol::overallStatus(batch.results),
                                                IngressProtocol::responseBody(batch.results),
                                                keepAlive));
    socket->flush();
    if (!keepAlive)
        socket->disconnectFromHost();
}

void SignalIngress::handOverToWebSocket(QTcpSocket* socket, const HttpRequest& request) {
    // The token is judged on the handshake (header, or ?token= for browsers); the verdict waits
    // for the finished WebSocket, found again by its peer port. A refused client still gets a
    // 401 ack on the socket, which a browser can read (it cannot read a refused handshake).
    m_handshakeAuthorized.insert(
        socket->peerPort(),
        IngressProtocol::tokenMatches(IngressProtocol::presentedToken(request), m_options.token));
    m_connections.remove(socket);
    socket->disconnect(this);
    m_webSockets->handleConnection(socket);
}

void SignalIngress::onWebSocketConnected() {
    while (QWebSocket* ws = m_webSockets->nextPendingConnection()) {
        ws->setParent(this);
        connect(ws, &QWebSocket::disconnected, ws, &QObject::deleteLater);
        ++m_webSocketCount;
        connect(ws, &QObject::destroyed, this, [this] { --m_webSocketCount; });
        const bool authorized = m_handshakeAuthorized.take(ws->peerPort());
        if (!authorized) {
            const QString message = QStringLiteral("missing or wrong bearer token");
            journalRefusal(SignalRejectCode::Unauthorized, message, QByteArray(), kWebSocket);
            m_journal.flush();
            ws->sendTextMessage(QString::fromUtf8(IngressProtocol::ackJson(
                refusal(401, toString(SignalRejectCode::Unauthorized), message))));
            ws->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("unauthorized"));
            continue;
        }
        // Twice the body limit bounds memory; between the two, the message gets a 413 ack.
        ws->setMaxAllowedIncomingMessageSize(quint64(m_options.maxBodyBytes) * 2);
        connect(ws, &QWebSocket::textMessageReceived, this,
                [this, ws](const QString& message) { onWebSocketMessage(ws, message); });
        connect(ws, &QWebSocket::binaryMessageReceived, this, [this, ws](const QByteArray&) {
            const QString message = QStringLiteral("send signals as text messages");
            journalRefusal(SignalRejectCode::BadRequest, message, QByteArray(), kWebSocket);
            m_journal.flush();
            ws->sendTextMessage(QString::fromUtf8(IngressProtocol::ackJson(
                refusal(400, toString(SignalRejectCode::BadRequest), message))));
        });
    }
}

void SignalIngress::onWebSocketMessage(QWebSocket* ws, const QString& message) {
    m_lastReceivedNs = steadyNs();
    const QByteArray body = message.toUtf8();
    if (body.size() > m_options.maxBodyBytes) {
        const QString text = QStringLiteral("message of %1 bytes exceeds the limit of %2 bytes")
                                 .arg(body.size())
                                 .arg(m_options.maxBodyBytes);
        journalRefusal(SignalRejectCode::PayloadTooLarge, text, QByteArray(), kWebSocket);
        m_journal.flush();
        ws->sendTextMessage(QString::fromUtf8(IngressProtocol::ackJson(
            refusal(413, toString(SignalRejectCode::PayloadTooLarge), text))));
        return;
    }
    Batch batch = process(body, kWebSocket);
    deliver(batch.accepted);
    commitDelivered(batch);
    for (const IngressResult& r : batch.results)
        ws->sendTextMessage(QString::fromUtf8(IngressProtocol::ackJson(r)));
    ws->flush();
}

void SignalIngress::journalRefusal(SignalRejectCode code, const QString& message,
                                   const QByteArray& raw, const QString& source) {
    SignalParseResult r;
    r.code = code;
    r.message = message;
    m_journal.recordSignalRejected(r, raw, source);
    if (m_refusalObserver)
        m_refusalObserver(r, raw, source, QString());
}

SignalIngress::Batch SignalIngress::process(const QByteArray& body, const QString& source) {
    Batch batch;
    const qint64 nowMs = m_clock.nowMs();
    const QByteArray text = IngressProtocol::quoteNonFiniteNumbers(body);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);

    auto reject = [&](const SignalParseResult& r, const QByteArray& raw, const QString& id) {
        batch.results.append(IngressProtocol::rejected(r, id));
        m_journal.recordSignalRejected(r, raw, source, id);
        if (m_refusalObserver)
            m_refusalObserver(r, raw, source, id);
    };
    if (error.error != QJsonParseError::NoError) {
        // Parsed again for the reason text with the offset (the same parser the contract uses).
        reject(m_parser.parse(text, nowMs), body, QString());
    } else if (!doc.isObject() && !doc.isArray()) {
        reject(m_parser.parse(text, nowMs), body, QString());
    } else {
        QList<std::pair<QJsonValue, QByteArray>> items;
        if (doc.isObject()) {
            items.append({doc.object(), text});
        } else {
            const QJsonArray array = doc.array();
            for (const QJsonValue& v : array)
                items.append({v, QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)});
            if (array.isEmpty()) {
                SignalParseResult r;
                r.code = SignalRejectCode::BadRequest;
                r.message = QStringLiteral("an empty array holds no signal");
                reject(r, body, QString());
            }
        }
        QSet<QString> batchIds; // a batch that repeats an id: the second is a duplicate
        const auto isKnown = [&](const QString& id) {
            return m_inbox.isKnown(id) || batchIds.contains(id);
        };
        QList<SignalInbox::Entry> entries;
        for (const auto& [value, raw] : items) {
            if (!value.isObject()) {
                SignalParseResult r;
                r.code = SignalRejectCode::NotAnObject;
                r.message = QStringLiteral("a signal must be a JSON object");
                reject(r, QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact),
                       QString());
                continue;
            }
            const QJsonObject object = value.toObject();
            const SignalParseResult parsed = m_parser.parse(object, nowMs, isKnown);
            if (!parsed.ok()) {
                reject(parsed, raw, object.value(u"signal_id").toString());
                continue;
            }
            const QString id = parsed.signal->signalId;
            batchIds.insert(id);
            entries.append({id, source, nowMs, raw});
            batch.results.append(IngressProtocol::accepted(id));
            batch.accepted.append(*parsed.signal);
            batch.accepted.last().source = source;
        }
        batch.entries = std::move(entries);
    }
    if (batch.accepted.size() != batch.results.size())
        m_journal.flush(); // the rejects are on disk before anything else happens
    return batch;
}

void SignalIngress::deliver(const QList<Signal>& accepted) {
    for (const Signal& s : accepted)
        m_sink(s);
}

void SignalIngress::commitDelivered(Batch& batch) {
    if (batch.entries.isEmpty())
        return;
    const bool journaled = m_journal.flush();
    if (journaled && m_inbox.store(batch.entries, QStringLiteral("delivered")))
        return;
    const QString why = journaled ? m_inbox.errorString() : m_journal.errorString();
    m_error = why;
    for (const SignalInbox::Entry& e : batch.entries)
        m_inbox.remember(e.signalId);
    for (IngressResult& r : batch.results) {
        if (r.status == IngressProtocol::kAccepted)
            r = {503, r.signalId, QStringLiteral("journal_unavailable"),
                 QStringLiteral("taken by the executor but not journaled (%1): do not resend, "
                                "check the journal")
                     .arg(why)};
    }
}

} // namespace axion
