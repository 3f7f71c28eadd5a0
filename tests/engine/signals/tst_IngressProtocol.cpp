#include "signals/IngressProtocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace axion;

namespace {

HttpRequest requestWith(QByteArray authorization, QByteArray query) {
    HttpRequest r;
    if (!authorization.isNull())
        r.headers.append({"authorization", authorization});
    r.query = query;
    return r;
}

} // namespace

class tst_IngressProtocol : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void tokenComparison() {
        QVERIFY(IngressProtocol::tokenMatches("secret-token", "secret-token"));
        QVERIFY(!IngressProtocol::tokenMatches("secret-tokeN", "secret-token"));
        QVERIFY(!IngressProtocol::tokenMatches("secret", "secret-token"));
        QVERIFY(!IngressProtocol::tokenMatches("secret-token-and-more", "secret-token"));
        QVERIFY(!IngressProtocol::tokenMatches("", "secret-token"));
        QVERIFY(!IngressProtocol::tokenMatches(QByteArrayView(), "secret-token"));
        // No configured token: closed, even for an empty presented token.
        QVERIFY(!IngressProtocol::tokenMatches("", ""));
    }

    void presentedToken() {
        QCOMPARE(IngressProtocol::presentedToken(requestWith("Bearer abc", {})), QByteArray("abc"));
        QCOMPARE(IngressProtocol::presentedToken(requestWith("bearer  abc ", {})),
                 QByteArray("abc"));
        // Another scheme is not a bearer token, and the header wins over the query.
        QCOMPARE(IngressProtocol::presentedToken(requestWith("Basic abc", "token=abc")),
                 QByteArray(""));
        QCOMPARE(IngressProtocol::presentedToken(requestWith({}, "x=1&token=a%2Bb")),
                 QByteArray("a+b"));
        QVERIFY(IngressProtocol::presentedToken(requestWith({}, "x=1")).isNull());
    }

    void statusPerRejectCode() {
        QCOMPARE(IngressProtocol::statusFor(SignalRejectCode::DuplicateId), 409);
        QCOMPARE(IngressProtocol::statusFor(SignalRejectCode::Unauthorized), 401);
        QCOMPARE(IngressProtocol::statusFor(SignalRejectCode::PayloadTooLarge), 413);
        for (auto c : {SignalRejectCode::MalformedJson, SignalRejectCode::InvalidPrice,
                       SignalRejectCode::StopWrongSide, SignalRejectCode::StaleTimestamp,
                       SignalRejectCode::BadRequest})
            QCOMPARE(IngressProtocol::statusFor(c), 400);
    }

    void nonFiniteWordsBecomeStrings() {
        QCOMPARE(
            IngressProtocol::quoteNonFiniteNumbers(
                R"({"entry_price": NaN, "stop_loss": -Infinity, "t": Infinity})"),
            QByteArray(R"({"entry_price": "NaN", "stop_loss": "-Infinity", "t": "Infinity"})"));
        // Inside strings (escaped quotes included) nothing changes.
        // (Escaped, not a raw string literal: moc misreads a raw string holding \".)
        const QByteArray text = "{\"m\": \"NaN \\\" Infinity\", \"x\": 1}";
        QCOMPARE(IngressProtocol::quoteNonFiniteNumbers(text), text);
    }

    void arrayAnswer() {
        const QList<IngressResult> all{IngressProtocol::accepted(QStringLiteral("a")),
                                       IngressProtocol::accepted(QStringLiteral("b"))};
        QCOMPARE(IngressProtocol::overallStatus(all), 202);
        QList<IngressResult> mixed = all;
        mixed.append({409, QStringLiteral("a"), QStringLiteral("duplicate_id"), QString()});
        mixed.append({400, QString(), QStringLiteral("invalid_price"), QString()});
        QCOMPARE(IngressProtocol::overallStatus(mixed), 409); // the first failing status
        const QJsonObject body =
            QJsonDocument::fromJson(IngressProtocol::responseBody(mixed)).object();
        QCOMPARE(body.value(u"status").toInt(), 409);
        QCOMPARE(body.value(u"results").toArray().size(), 4);
        QCOMPARE(body.value(u"results").toArray().at(3).toObject().value(u"signal_id").isNull(),
                 true);
        // One signal: its ack is the body.
        const QJsonObject one =
            QJsonDocument::fromJson(IngressProtocol::responseBody({all.first()})).object();
        QCOMPARE(one.value(u"status").toInt(), 202);
        QCOMPARE(one.value(u"signal_id").toString(), QStringLiteral("a"));
    }

    void httpResponseIsWellFormed() {
        const QByteArray r = IngressProtocol::httpResponse(401, "{}", true);
        QVERIFY(r.startsWith("HTTP/1.1 401 Unauthorized\r\n"));
        QVERIFY(r.contains("Content-Length: 2\r\n"));
        QVERIFY(r.contains("WWW-Authenticate: Bearer"));
        QVERIFY(r.endsWith("\r\n\r\n{}"));
    }
};

QTEST_GUILESS_MAIN(tst_IngressProtocol)
#include "tst_IngressProtocol.moc"
