#include "signals/IngressProtocol.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace axion {

int IngressProtocol::statusFor(SignalRejectCode code) {
    switch (code) {
    case SignalRejectCode::None:
        return kAccepted;
    case SignalRejectCode::DuplicateId:
        return 409;
    case SignalRejectCode::Unauthorized:
        return 401;
    case SignalRejectCode::PayloadTooLarge:
        return 413;
    default:
        return 400;
    }
}

IngressResult IngressProtocol::accepted(const QString& signalId) {
    return {kAccepted, signalId, QStringLiteral("accepted"), QString()};
}

IngressResult IngressProtocol::rejected(const SignalParseResult& result, const QString& signalId) {
    return {statusFor(result.code), signalId, toString(result.code), result.message};
}

bool IngressProtocol::tokenMatches(QByteArrayView given, QByteArrayView expected) {
    if (expected.isEmpty())
        return false;
    // The length is not secret (tokens are generated at a fixed length); the bytes are.
    unsigned char diff = given.size() == expected.size() ? 0 : 1;
    const qsizetype n = expected.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char g = i < given.size() ? given[i] : '\0';
        diff |= static_cast<unsigned char>(g ^ expected[i]);
    }
    return diff == 0;
}

QByteArray IngressProtocol::presentedToken(const HttpRequest& request) {
    const QByteArray authorization = request.header("authorization");
    if (!authorization.isNull()) {
        const qsizetype space = authorization.indexOf(' ');
        if (space > 0 && authorization.left(space).compare("bearer", Qt::CaseInsensitive) == 0)
            return authorization.mid(space + 1).trimmed();
        return QByteArray(""); // some other scheme: present but not ours
    }
    return request.queryValue("token");
}

QByteArray IngressProtocol::quoteNonFiniteNumbers(const QByteArray& json) {
    if (!json.contains("NaN") && !json.contains("Infinity"))
        return json; // the usual case: nothing to copy
    QByteArray out;
    out.reserve(json.size() + 16);
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (inString) {
            out += c;
            if (c == '\\' && i + 1 < json.size())
                out += json[++i];
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
            out += c;
            continue;
        }
        bool replaced = false;
        for (const QByteArrayView word :
             {QByteArrayView("-Infinity"), QByteArrayView("Infinity"), QByteArrayView("NaN")}) {
            if (QByteArrayView(json).sliced(i).startsWith(word)) {
                out += '"';
                out += word;
                out += '"';
                i += word.size() - 1;
                replaced = true;
                break;
            }
        }
        if (!replaced)
            out += c;
    }
    return out;
}

QByteArray IngressProtocol::ackJson(const IngressResult& r) {
    QJsonObject o{{QStringLiteral("status"), r.status},
                  {QStringLiteral("signal_id"),
                   r.signalId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.signalId)},
                  {QStringLiteral("code"), r.code},
                  {QStringLiteral("message"), r.message}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

int IngressProtocol::overallStatus(const QList<IngressResult>& results) {
    for (const IngressResult& r : results) {
        if (r.status != kAccepted)
            return r.status;
    }
    return results.isEmpty() ? 400 : kAccepted;
}

QByteArray IngressProtocol::responseBody(const QList<IngressResult>& results) {
    if (results.size() == 1)
        return ackJson(results.first());
    QByteArray body =
        "{\"status\":" + QByteArray::number(overallStatus(results)) + ",\"results\":[";
    for (qsizetype i = 0; i < results.size(); ++i) {
        if (i > 0)
            body += ',';
        body += ackJson(results.at(i));
    }
    body += "]}";
    return body;
}

QByteArray IngressProtocol::reasonPhrase(int status) {
    switch (status) {
    case 202:
        return "Accepted";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 431:
        return "Request Header Fields Too Large";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Error";
    }
}

QByteArray IngressProtocol::httpResponse(int status, const QByteArray& jsonBody, bool keepAlive) {
    QByteArray r;
    r.reserve(160 + jsonBody.size());
    r += "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    r +=
        "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(jsonBody.size()) +
        "\r\n";
    if (status == 401)
        r += "WWW-Authenticate: Bearer realm=\"axion\"\r\n";
    r += keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n";
    r += jsonBody;
    return r;
}

} // namespace axion
