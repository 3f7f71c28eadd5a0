#include "signals/HttpRequestParser.h"

namespace axion {

namespace {

HttpRequestParser::Result error(int status, const char* code, const QString& message) {
    HttpRequestParser::Result r;
    r.status = HttpRequestParser::Status::Error;
    r.errorStatus = status;
    r.errorCode = QString::fromLatin1(code);
    r.errorMessage = message;
    return r;
}

bool isTokenChar(char c) {
    // RFC 9110 tchar: what a method or a header name may contain.
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView s) {
    if (s.isEmpty())
        return false;
    for (char c : s) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

bool containsTokenIgnoringCase(QByteArrayView list, QByteArrayView token) {
    for (QByteArrayView part : QByteArray(list.toByteArray()).split(',')) {
        if (part.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

QByteArray HttpRequest::header(QByteArrayView lowerName) const {
    for (const auto& [name, value] : headers) {
        if (name == lowerName)
            return value;
    }
    return {};
}

bool HttpRequest::keepAlive() const {
    const QByteArray connection = header("connection");
    if (version == "HTTP/1.0")
        return containsTokenIgnoringCase(connection, "keep-alive");
    return !containsTokenIgnoringCase(connection, "close");
}

bool HttpRequest::isWebSocketUpgrade() const {
    return containsTokenIgnoringCase(header("upgrade"), "websocket") &&
           containsTokenIgnoringCase(header("connection"), "upgrade");
}

QByteArray HttpRequest::queryValue(QByteArrayView name) const {
    for (const QByteArray& pair : query.split('&')) {
        const qsizetype eq = pair.indexOf('=');
        const QByteArrayView key = eq < 0 ? QByteArrayView(pair) : QByteArrayView(pair).first(eq);
        if (key == name) {
            QByteArray value = eq < 0 ? QByteArray("") : pair.mid(eq + 1);
            value.replace('+', ' ');
            return QByteArray::fromPercentEncoding(value);
        }
    }
    return {};
}

HttpRequestParser::HttpRequestParser(qsizetype maxHeaderBytes, qsizetype maxBodyBytes)
    : m_maxHeaderBytes(maxHeaderBytes)
    , m_maxBodyBytes(maxBodyBytes) {}

HttpRequestParser::Result HttpRequestParser::parse(QByteArrayView buffer, bool headersOnly) const {
    // Tolerate the empty lines some clients send between requests (RFC 9112 §2.2).
    qsizetype start = 0;
    while (start + 1 < buffer.size() && buffer[start] == '\r' && buffer[start + 1] == '\n')
        start += 2;
    const QByteArrayView data = buffer.sliced(start);
    const qsizetype end = data.indexOf("\r\n\r\n");
    if (end < 0) {
        if (data.size() > m_maxHeaderBytes)
            return error(
                431, "header_too_large",
                QStringLiteral("request header section exceeds %1 bytes").arg(m_maxHeaderBytes));
        return {};
    }
    if (end + 4 > m_maxHeaderBytes)
        return error(
            431, "header_too_large",
            QStringLiteral("request header section exceeds %1 bytes").arg(m_maxHeaderBytes));

    Result r;
    HttpRequest& req = r.request;
    const QList<QByteArray> lines = data.first(end).toByteArray().split('\n');
    // Request line: METHOD SP target SP HTTP/x.y
    QByteArray requestLine = lines.first();
    if (!requestLine.endsWith('\r') && lines.size() > 1)
        return error(400, "bad_request", QStringLiteral("request line must end with CRLF"));
    requestLine.chop(requestLine.endsWith('\r') ? 1 : 0);
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || !isToken(parts[0]) || parts[1].isEmpty())
        return error(400, "bad_request",
                     QStringLiteral("bad request line \"%1\"")
                         .arg(QString::fromLatin1(requestLine.left(200))));
    if (!parts[2].startsWith("HTTP/1."))
        return error(parts[2].startsWith("HTTP/") ? 505 : 400,
                     parts[2].startsWith("HTTP/") ? "http_version_not_supported" : "bad_request",
                     QStringLiteral("unsupported protocol \"%1\"")
                         .arg(QString::fromLatin1(parts[2].left(20))));
    req.method = parts[0];
    req.target = parts[1];
    req.version = parts[2];
    const qsizetype q = req.target.indexOf('?');
    req.path = q < 0 ? req.target : req.target.left(q);
    req.query = q < 0 ? QByteArray() : req.target.mid(q + 1);

    for (qsizetype i = 1; i < lines.size(); ++i) {
        QByteArray line = lines[i];
        if (line.endsWith('\r'))
            line.chop(1);
        const qsizetype colon = line.indexOf(':');
        // No obsolete line folding, no space before the colon (RFC 9112 §5.1: request smuggling).
        if (colon <= 0 || !isToken(QByteArrayView(line).first(colon)))
            return error(
                400, "bad_request",
                QStringLiteral("bad header line \"%1\"").arg(QString::fromLatin1(line.left(200))));
        req.headers.append({line.left(colon).toLower(), line.mid(colon + 1).trimmed()});
    }
    if (req.version == "HTTP/1.1" && req.header("host").isNull())
        return error(400, "bad_request", QStringLiteral("HTTP/1.1 request without Host"));

    const qsizetype headerBytes = start + end + 4;
    // Bodies come with a Content-Length only: chunked uploads are refused plainly, never guessed.
    if (!req.header("transfer-encoding").isNull())
        return error(411, "length_required",
                     QStringLiteral("Transfer-Encoding is not supported; send Content-Length"));
    qsizetype length = 0;
    const QByteArray lengthText = req.header("content-length");
    if (!lengthText.isNull()) {
        bool ok = false;
        const qlonglong n = lengthText.toLongLong(&ok);
        // Digits only: "+5", " 5" or a second Content-Length that disagrees is an attack or a bug.
        bool digits = !lengthText.isEmpty();
        for (char c : lengthText)
            digits = digits && c >= '0' && c <= '9';
        if (!ok || !digits || n < 0)
            return error(400, "bad_request", QStringLiteral("bad Content-Length"));
        for (const auto& [name, value] : req.headers) {
            if (name == "content-length" && value != lengthText)
                return error(400, "bad_request", QStringLiteral("conflicting Content-Length"));
        }
        if (n > m_maxBodyBytes)
            return error(413, "payload_too_large",
                         QStringLiteral("body of %1 bytes exceeds the limit of %2 bytes")
                             .arg(n)
                             .arg(m_maxBodyBytes));
        length = qsizetype(n);
    } else if (req.method == "POST" || req.method == "PUT") {
        return error(411, "length_required", QStringLiteral("a POST needs a Content-Length"));
    }

    if (headersOnly) {
        r.status = Status::Complete;
        r.consumed = headerBytes;
        return r;
    }
    if (buffer.size() - headerBytes < length)
        return {};
    req.body = buffer.sliced(headerBytes, length).toByteArray();
    r.status = Status::Complete;
    r.consumed = headerBytes + length;
    return r;
}

} // namespace axion
