#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <utility>

namespace axion {

// One HTTP/1.1 request as the signal ingress needs it.
struct HttpRequest {
    QByteArray method;                                // "POST"
    QByteArray target;                                // "/v1/signals?token=..." as sent
    QByteArray path;                                  // target without the query
    QByteArray query;                                 // after '?', undecoded
    QByteArray version;                               // "HTTP/1.1"
    QList<std::pair<QByteArray, QByteArray>> headers; // names lower-cased, values trimmed
    QByteArray body;

    // The first header of that (lower-case) name, or a null array.
    QByteArray header(QByteArrayView lowerName) const;
    // HTTP/1.1 keeps the connection unless "Connection: close"; HTTP/1.0 closes unless keep-alive.
    bool keepAlive() const;
    bool isWebSocketUpgrade() const;
    // A query parameter's raw (percent-decoded) value, or a null array.
    QByteArray queryValue(QByteArrayView name) const;
};

// Parses HTTP/1.1 requests out of a connection's receive buffer. Pure: the caller owns the buffer
// and the socket. Bounded: a header section longer than maxHeaderBytes or a Content-Length above
// maxBodyBytes is refused as soon as it is seen, before the body is read, so a slow or garbage
// client never makes the buffer grow past maxHeaderBytes + maxBodyBytes.
class HttpRequestParser {
public:
    enum class Status {
        Incomplete, // need more bytes
        Complete,   // `request` is whole; `consumed` bytes of the buffer belong to it
        Error,      // answer errorStatus and close the connection
    };
    struct Result {
        Status status = Status::Incomplete;
        HttpRequest request;
        qsizetype consumed = 0;
        int errorStatus = 0; // 400, 411, 413, 431, 505
        QString errorCode;   // "bad_request", "length_required", "payload_too_large", ...
        QString errorMessage;
    };

    HttpRequestParser(qsizetype maxHeaderBytes, qsizetype maxBodyBytes);

    // Parses the request at the start of `buffer`. With headersOnly the body is neither required
    // nor copied (a peek to decide on a WebSocket upgrade).
    Result parse(QByteArrayView buffer, bool headersOnly = false) const;

    qsizetype maxHeaderBytes() const { return m_maxHeaderBytes; }
    qsizetype maxBodyBytes() const { return m_maxBodyBytes; }

private:
    qsizetype m_maxHeaderBytes;
    qsizetype m_maxBodyBytes;
};

} // namespace axion
