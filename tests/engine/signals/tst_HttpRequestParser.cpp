#include "signals/HttpRequestParser.h"

#include <QTest>

using namespace axion;

namespace {

using Status = HttpRequestParser::Status;

const QByteArray kPost = "POST /v1/signals?token=a%20b HTTP/1.1\r\n"
                         "Host: 127.0.0.1\r\n"
                         "Authorization: Bearer secret\r\n"
                         "Content-Type: application/json\r\n"
                         "Content-Length: 7\r\n"
                         "\r\n"
                         "{\"a\":1}";

} // namespace

class tst_HttpRequestParser : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parsesACompleteRequest() {
        const HttpRequestParser parser(16 * 1024, 1024);
        const auto r = parser.parse(kPost);
        QCOMPARE(int(r.status), int(Status::Complete));
        QCOMPARE(r.consumed, kPost.size());
        QCOMPARE(r.request.method, QByteArray("POST"));
        QCOMPARE(r.request.path, QByteArray("/v1/signals"));
        QCOMPARE(r.request.queryValue("token"), QByteArray("a b"));
        QCOMPARE(r.request.header("authorization"), QByteArray("Bearer secret"));
        QCOMPARE(r.request.body, QByteArray("{\"a\":1}"));
        QVERIFY(r.request.keepAlive());
        QVERIFY(!r.request.isWebSocketUpgrade());
    }

    void waitsForEveryPartialRead() {
        // Whatever the split, nothing is complete before the last byte and all of it after.
        const HttpRequestParser parser(16 * 1024, 1024);
        for (qsizetype n = 0; n < kPost.size(); ++n)
            QCOMPARE(int(parser.parse(kPost.left(n)).status), int(Status::Incomplete));
        QCOMPARE(int(parser.parse(kPost).status), int(Status::Complete));
    }

    void pipelinedRequestsAreTakenOneAtATime() {
        const HttpRequestParser parser(16 * 1024, 1024);
        const QByteArray two = kPost + kPost;
        const auto first = parser.parse(two);
        QCOMPARE(int(first.status), int(Status::Complete));
        const auto second = parser.parse(QByteArrayView(two).sliced(first.consumed));
        QCOMPARE(int(second.status), int(Status::Complete));
        QCOMPARE(first.consumed + second.consumed, two.size());
    }

    void oversizeBodyIsRefusedFromContentLengthAlone() {
        // Only the header has arrived: the 413 comes before any body byte is buffered.
        const HttpRequestParser parser(16 * 1024, 1024);
        const auto r = parser.parse("POST /v1/signals HTTP/1.1\r\nHost: x\r\n"
                                    "Content-Length: 1025\r\n\r\n");
        QCOMPARE(int(r.status), int(Status::Error));
        QCOMPARE(r.errorStatus, 413);
        QCOMPARE(r.errorCode, QStringLiteral("payload_too_large"));
        QCOMPARE(int(parser
                         .parse("POST /v1/signals HTTP/1.1\r\nHost: x\r\n"
                                "Content-Length: 1024\r\n\r\n")
                         .status),
                 int(Status::Incomplete));
    }

    void endlessHeaderIsRefused() {
        const HttpRequestParser parser(64, 1024);
        const QByteArray garbage(65, 'x');
        const auto r = parser.parse(garbage);
        QCOMPARE(int(r.status), int(Status::Error));
        QCOMPARE(r.errorStatus, 431);
        QCOMPARE(int(parser.parse(garbage.left(64)).status), int(Status::Incomplete));
    }

    void badRequests_data() {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        QTest::newRow("two words") << QByteArray("POST /v1/signals\r\nHost: x\r\n\r\n") << 400;
        QTest::newRow("garbage") << QByteArray("\x01\x02 \x03 \x04\r\n\r\n") << 400;
        QTest::newRow("not http") << QByteArray("POST / SPDY/3\r\nHost: x\r\n\r\n") << 400;
        QTest::newRow("http/2") << QByteArray("POST / HTTP/2.0\r\nHost: x\r\n\r\n") << 505;
        QTest::newRow("no host") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 0\r\n\r\n")
                                 << 400;
        QTest::newRow("header without colon")
            << QByteArray("POST / HTTP/1.1\r\nHost x\r\n\r\n") << 400;
        QTest::newRow("space before colon")
            << QByteArray("POST / HTTP/1.1\r\nHost : x\r\n\r\n") << 400;
        QTest::newRow("chunked") << QByteArray("POST / HTTP/1.1\r\nHost: x\r\n"
                                               "Transfer-Encoding: chunked\r\n\r\n")
                                 << 411;
        QTest::newRow("post without length")
            << QByteArray("POST / HTTP/1.1\r\nHost: x\r\n\r\n") << 411;
        QTest::newRow("signed length")
            << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: +5\r\n\r\n") << 400;
        QTest::newRow("conflicting lengths") << QByteArray("POST / HTTP/1.1\r\nHost: x\r\n"
                                                           "Content-Length: 5\r\n"
                                                           "Content-Length: 6\r\n\r\n")
                                             << 400;
    }
    void badRequests() {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        const auto r = HttpRequestParser(16 * 1024, 1024).parse(request);
        QCOMPARE(int(r.status), int(Status::Error));
        QCOMPARE(r.errorStatus, status);
        QVERIFY(!r.errorMessage.isEmpty());
    }

    void recognisesAWebSocketUpgradeFromTheHeaderAlone() {
        const QByteArray handshake = "GET /v1/signals?token=t HTTP/1.1\r\nHost: x\r\n"
                                     "Upgrade: websocket\r\nConnection: keep-alive, Upgrade\r\n"
                                     "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                                     "Sec-WebSocket-Version: 13\r\n\r\n";
        const auto r = HttpRequestParser(16 * 1024, 1024).parse(handshake, true);
        QCOMPARE(int(r.status), int(Status::Complete));
        QVERIFY(r.request.isWebSocketUpgrade());
        QCOMPARE(r.request.queryValue("token"), QByteArray("t"));
    }

    void connectionHeaderDecidesKeepAlive() {
        const HttpRequestParser parser(16 * 1024, 1024);
        QVERIFY(!parser
                     .parse("POST / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                            "Content-Length: 0\r\n\r\n")
                     .request.keepAlive());
        QVERIFY(!parser.parse("POST / HTTP/1.0\r\nContent-Length: 0\r\n\r\n").request.keepAlive());
        QVERIFY(parser
                    .parse("POST / HTTP/1.0\r\nConnection: Keep-Alive\r\n"
                           "Content-Length: 0\r\n\r\n")
                    .request.keepAlive());
    }
};

QTEST_GUILESS_MAIN(tst_HttpRequestParser)
#include "tst_HttpRequestParser.moc"
