#pragma once

#include "signals/HttpRequestParser.h"
#include "signals/SignalParser.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace axion {

// The answer to one signal (or to a request that never got as far as a signal).
struct IngressResult {
    int status = 0;   // 202, 400, 401, 409, 413, ...
    QString signalId; // when known
    QString code;     // reject reason code ("duplicate_id"); "accepted" for a 202
    QString message;
};

// The decisions and wire texts of the signal ingress, as pure functions: which status a reject
// gets, whether a token matches, what an acknowledgement looks like. SignalIngress does the I/O.
class IngressProtocol {
public:
    static constexpr int kAccepted = 202;

    // 409 for a duplicate id, 401/413 for the transport-level refusals, 400 for any other reject.
    static int statusFor(SignalRejectCode code);
    static IngressResult accepted(const QString& signalId);
    static IngressResult rejected(const SignalParseResult& result, const QString& signalId = {});

    // Compares in time independent of where the first difference is (no early exit), so the
    // token cannot be guessed byte by byte from response times. An empty expected token never
    // matches: an ingress without a token is closed, not open.
    static bool tokenMatches(QByteArrayView given, QByteArrayView expected);
    // The bearer token of a request: "Authorization: Bearer <t>", else (for browsers, which cannot
    // set headers on a WebSocket) the `token` query parameter. Null when there is none.
    static QByteArray presentedToken(const HttpRequest& request);

    // Python's json.dumps writes NaN, Infinity and -Infinity as bare words, which are not JSON.
    // Rewrites them (outside strings) as the strings "NaN", "Infinity", "-Infinity" so that the
    // parser names the field (invalid_price) instead of failing the whole text as malformed.
    static QByteArray quoteNonFiniteNumbers(const QByteArray& json);

    // One acknowledgement object: {"status":...,"signal_id":...,"code":...,"message":...}.
    static QByteArray ackJson(const IngressResult& result);
    // The HTTP answer for a request's results: one signal -> its ack; several -> 202 when all were
    // accepted, else the first failing status, with {"status":..,"results":[ack, ...]}.
    static int overallStatus(const QList<IngressResult>& results);
    static QByteArray responseBody(const QList<IngressResult>& results);
    // A complete HTTP/1.1 response with a JSON body.
    static QByteArray httpResponse(int status, const QByteArray& jsonBody, bool keepAlive);
    static QByteArray reasonPhrase(int status);
};

} // namespace axion
