// The signal ingress over real sockets on 127.0.0.1: HTTP and WebSocket clients against an
// ingress wired to a real executor and the paper broker, journaled in SQLite. Each refusal is
// checked for its status, its reason code and its journal row; accepted signals for the order
// they produce and for reaching the executor exactly once.

#include "brokers/PaperBroker.h"
#include "core/SimClock.h"
#include "execution/TradeExecutor.h"
#include "journal/TradeJournal.h"
#include "signals/CloudSignalEngine.h"
#include "signals/SignalIngress.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QWebSocket>
#include <atomic>
#include <memory>

using namespace axion;

namespace {

// Tuesday 2026-11-24 10:31:30 New York: the market is open.
const qint64 kNow = QDateTime(QDate(2026, 11, 24), QTime(15, 31, 30), Qt::UTC).toMSecsSinceEpoch();
const QByteArray kToken = "0123456789abcdef0123456789abcdef";
constexpr qsizetype kMaxBody = 64 * 1024;

QJsonObject signalObject(const QString& id) {
    // The DESIGN §5 example, as PRD-134's TradeSignal.to_dict() emits it, plus our signal_id.
    QJsonObject o = QJsonDocument::fromJson(R"({"signal_type":"cloud_flip_bullish",
 "direction":"long","ticker":"AAPL","timeframe":"10m","conviction":82,"entry_price":187.42,
 "stop_loss":185.1,"target_price":191.9,"cloud_states":[{"cloud_name":"fast","short_ema":187.1,
 "long_ema":186.8,"is_bullish":true,"thickness":0.0016,"price_above":true,"price_inside":false,
 "price_below":false,"slope":0.0004,"slope_direction":"flat"}],
 "timestamp":"2026-11-24T15:31:00+00:00","metadata":{"volume_ratio":1.8}})")
                        .object();
    if (!id.isEmpty())
        o.insert(QStringLiteral("signal_id"), id);
    return o;
}
QByteArray signalJson(const QString& id) {
    return QJsonDocument(signalObject(id)).toJson(QJsonDocument::Compact);
}

QByteArray post(const QByteArray& body, const QByteArray& token = kToken,
                const QByteArray& path = "/v1/signals") {
    QByteArray r = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    if (!token.isNull())
        r += "Authorization: Bearer " + token + "\r\n";
    r += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
         "\r\n\r\n" + body;
    return r;
}

struct Reply {
    int status = 0;
    QJsonObject body;
};

// A blocking HTTP/1.1 exchange on a keep-alive connection (runs off the ingress's thread).
Reply exchange(QTcpSocket& socket, const QByteArray& request) {
    socket.write(request);
    socket.waitForBytesWritten(10'000);
    QByteArray buffer;
    for (;;) {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end >= 0) {
            const QByteArray head = buffer.left(end).toLower();
            const qsizetype at = head.indexOf("content-length:");
            const qsizetype lineEnd = head.indexOf("\r\n", at);
            const qsizetype length =
                head.mid(at + 15, lineEnd < 0 ? -1 : lineEnd - at - 15).trimmed().toLongLong();
            if (buffer.size() >= end + 4 + length) {
                Reply r;
                r.status = buffer.mid(9, 3).toInt();
                r.body = QJsonDocument::fromJson(buffer.mid(end + 4, length)).object();
                return r;
            }
        }
        if (!socket.waitForReadyRead(20'000))
            return {};
        buffer += socket.readAll();
    }
}

// Runs a blocking client on its own thread while this thread's event loop serves the ingress.
template <typename F>
void runClient(F&& client) {
    std::unique_ptr<QThread> t(QThread::create(std::forward<F>(client)));
    t->start();
    QDeadlineTimer deadline(60'000);
    while (!t->isFinished() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    QVERIFY(t->wait(1000));
}

Reply postOnce(quint16 port, const QByteArray& request) {
    Reply reply;
    runClient([&] {
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, port);
        if (s.waitForConnected(10'000))
            reply = exchange(s, request);
    });
    return reply;
}

// An ingress wired the way the application wires it: journal, inbox on the journal's database,
// executor with the paper broker as the sink.
struct Rig {
    QString path;
    ExecutorConfig config;
    SimClock clock{kNow};
    TradeJournal journal{clock};
    PaperBroker broker{
        PaperBrokerSettings{Money::fromWhole(100'000), 2.0, 0.001, 1.0, Money::fromWhole(100'000)}};
    OrderRouter router;
    CloudSignalEngine clouds{config};
    std::unique_ptr<TradeExecutor> executor;
    std::unique_ptr<SignalInbox> inbox;
    std::unique_ptr<SignalIngress> ingress;
    QHash<QString, int> delivered; // signal id -> times it reached the executor

    // crashBeforeProcessing: the ingress accepts and stores, the executor never sees the signal
    // (what a kill -9 between the 202 and the executor leaves behind, once the mark is undone).
    explicit Rig(const QString& journalPath, bool crashBeforeProcessing = false,
                 int idleTimeoutMs = 30'000, int maxConnections = 64)
        : path(journalPath) {
        if (!journal.open(path))
            qFatal("journal: %s", qPrintable(journal.errorString()));
        router.addBroker(&broker);
        router.setPrimary(broker.name());
        executor = std::make_unique<TradeExecutor>(config, clock, router, clouds, &journal);
        executor->attachBroker(&broker);
        const Bar bar{kNow - 60'000,
                      Price::fromUnits(1'874'000),
                      Price::fromUnits(1'875'000),
                      Price::fromUnits(1'873'000),
                      Price::fromUnits(1'874'200),
                      10'000};
        // One minute bar, as a live feed delivers them: the broker marks AAPL (buying power is
        // judged at the last close) and the executor learns the trading session.
        broker.onBar(QStringLiteral("AAPL"), bar);
        broker.setTimeMs(kNow);
        std::vector<Signal> ignored;
        clouds.onMinuteBar(0, QStringLiteral("AAPL"), bar, ignored);
        executor->onMinuteBar(0, QStringLiteral("AAPL"), bar);
        inbox = std::make_unique<SignalInbox>(journal.database());
        IngressOptions options;
        options.token = kToken;
        options.maxBodyBytes = kMaxBody;
        options.idleTimeoutMs = idleTimeoutMs;
        options.maxConnections = maxConnections;
        ingress = std::make_unique<SignalIngress>(options, config, clock, journal, *inbox,
                                                  [this, crashBeforeProcessing](const Signal& s) {
                                                      ++delivered[s.signalId];
                                                      if (!crashBeforeProcessing)
                                                          executor->onSignal(s);
                                                  });
        if (!ingress->start())
            qFatal("ingress: %s", qPrintable(ingress->errorString()));
    }
    ~Rig() {
        ingress.reset();
        inbox.reset();
    }
    quint16 port() const { return ingress->port(); }

    int count(const QString& sql) {
        journal.flush();
        return journal.database().scalar(sql)->toInt();
    }
    int rejectedRows(const QString& code, const QString& source) {
        return count(QStringLiteral("SELECT COUNT(*) FROM events WHERE kind = 'signal_rejected'"
                                    " AND payload_json LIKE '%\"source\":\"%1\"%'"
                                    " AND payload_json LIKE '%\"code\":\"%2\"%'")
                         .arg(source, code));
    }
};

} // namespace

class tst_SignalIngress : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void validSignalIsAcceptedAndTradedOnThePaperBroker() {
        QTemporaryDir dir;
        Rig rig(dir.filePath(QStringLiteral("j.db")));
        QVERIFY(rig.port() != 0);
        const Reply r = postOnce(rig.port(), post(signalJson(QStringLiteral("sig-1"))));
        QCOMPARE(r.status, 202);
        QCOMPARE(r.body.value(u"signal_id").toString(), QStringLiteral("sig-1"));
        QCOMPARE(r.body.value(u"code").toString(), QStringLiteral("accepted"));
        QTRY_COMPARE(rig.delivered.value(QStringLiteral("sig-1")), 1);
        QCOMPARE(rig.executor->stats().approved, 1);
        const OrderRecord* entry = rig.executor->orders().find(QStringLiteral("sig-1-entry"));
        QVERIFY(entry);
        QCOMPARE(toString(entry->state), QStringLiteral("accepted"));
        QCOMPARE(entry->order.broker, QStringLiteral("paper"));
        // Journaled: the inbox row (source, processed) and the executor's signal event.
        QCOMPARE(rig.count(QStringLiteral("SELECT COUNT(*) FROM signal_inbox WHERE signal_id ="
                                          " 'sig-1' AND source = 'http' AND processed = 1")),
                 1);
        QCOMPARE(rig.count(QStringLiteral(
                     "SELECT COUNT(*) FROM events WHERE kind = 'signal' AND ref_id = 'sig-1'")),
                 1);
    }

    void refusals_data() {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");

        QTest::newRow("wrong token") << post(signalJson(QStringLiteral("t1")), "not-the-token")
                                     << 401 << QStringLiteral("unauthorized");
        QTest::newRow("no token") << post(signalJson(QStringLiteral("t2")), QByteArray()) << 401
                                  << QStringLiteral("unauthorized");
        QTest::newRow("oversize body")
            << post(QByteArray(kMaxBody + 1, ' ')) << 413 << QStringLiteral("payload_too_large");
        QTest::newRow("malformed json") << post(R"({"signal_type": "cloud_flip_bullish", )") << 400
                                        << QStringLiteral("malformed_json");
        // As Python's json.dumps writes a float('nan').
        QByteArray nan = signalJson(QStringLiteral("t3"));
        nan.replace("187.42", "NaN");
        QTest::newRow("NaN price") << post(nan) << 400 << QStringLiteral("invalid_price");
        QJsonObject wrongStop = signalObject(QStringLiteral("t4"));
        wrongStop.insert(QStringLiteral("stop_loss"), 190.0); // above a long's entry
        QTest::newRow("stop on the wrong side")
            << post(QJsonDocument(wrongStop).toJson()) << 400 << QStringLiteral("stop_wrong_side");
        QJsonObject stale = signalObject(QStringLiteral("t5"));
        stale.insert(QStringLiteral("timestamp"), QStringLiteral("2026-11-24T15:00:00+00:00"));
        QTest::newRow("stale timestamp")
            << post(QJsonDocument(stale).toJson()) << 400 << QStringLiteral("stale_timestamp");
    }
    void refusals() {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        QFETCH(QString, code);
        QTemporaryDir dir;
        Rig rig(dir.filePath(QStringLiteral("j.db")));
        const Reply r = postOnce(rig.port(), request);
        QCOMPARE(r.status, status);
        QCOMPARE(r.body.value(u"status").toInt(), status);
        QCOMPARE(r.body.value(u"code").toString(), code);
        QVERIFY(!r.body.value(u"message").toString().isEmpty());
        QCOMPARE(rig.rejectedRows(code, QStringLiteral("http")), 1);
        QVERIFY(rig.delivered.isEmpty());
        QCOMPARE(rig.count(QStringLiteral("SELECT COUNT(*) FROM signal_inbox")), 0);
        QCOMPARE(rig.executor->orders().size(), 0);
    }

    void withoutTheTokenOnlyAnExcerptIsJournaled() {
        QTemporaryDir dir;
        Rig rig(dir.filePath(QStringLiteral("j.db")));
        const QByteArray big = "[" + QByteArray(60 * 1024, ' ') + "]";
        QCOMPARE(postOnce(rig.port(), post(big, "not-the-token")).status, 401);
        QCOMPARE(rig.rejectedRows(QStringLiteral("unauthorized"), QStringLiteral("http")), 1);
        const int kept = rig.count(QStringLiteral(
            "SELECT length(json_extract(payload_json, '$.raw')) FROM events WHERE kind = "
            "'signal_rejected'"));
        QVERIFY2(kept > 0 && kept <= 1024, qPrintable(QString::number(kept)));
    }

    void duplicateIdIsRefusedAlsoAfterARestart() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("j.db"));
        {
            Rig rig(path);
            QCOMPARE(postOnce(rig.port(), post(signalJson(QStringLiteral("dup")))).status, 202);
            const Reply again = postOnce(rig.port(), post(signalJson(QStringLiteral("dup"))));
            QCOMPARE(again.status, 409);
            QCOMPARE(again.body.value(u"code").toString(), QStringLiteral("duplicate_id"));
            QCOMPARE(again.body.value(u"signal_id").toString(), QStringLiteral("dup"));
            QCOMPARE(rig.rejectedRows(QStringLiteral("duplicate_id"), QStringLiteral("http")), 1);
            QCOMPARE(rig.delivered.value(QStringLiteral("dup")), 1);
        }
        Rig restarted(path);
        const Reply r = postOnce(restarted.port(), post(signalJson(QStringLiteral("dup"))));
        QCOMPARE(r.status, 409);
        QVERIFY(restarted.delivered.isEmpty()); // nothing was left to redeliver either
        // A signal without signal_id gets a derived id: its resend is a duplicate as well.
        QCOMPARE(postOnce(restarted.port(), post(signalJson(QString()))).status, 202);
        QCOMPARE(postOnce(restarted.port(), post(signalJson(QString()))).status, 409);
    }

    void signalAcceptedButNotProcessedIsDeliveredAfterARestart() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("j.db"));
        {
            Rig rig(path, true);
            QCOMPARE(postOnce(rig.port(), post(signalJson(QStringLiteral("crash")))).status, 202);
            QTRY_COMPARE(rig.delivered.value(QStringLiteral("crash")), 1);
            QCOMPARE(rig.executor->stats().entrySignals, 0);
            // The committed row, unprocessed, and none of the executor's journal rows.
            QVERIFY(rig.journal.database().exec(
                QStringLiteral("UPDATE signal_inbox SET processed = 0, decision = NULL")));
        }
        Rig restarted(path);
        QCOMPARE(restarted.delivered.value(QStringLiteral("crash")), 1);
        QCOMPARE(restarted.executor->stats().approved, 1);
        QCOMPARE(restarted.count(QStringLiteral("SELECT COUNT(*) FROM signal_inbox"
                                                " WHERE processed = 0")),
                 0);
    }

    // The executor took the signal (its orders went out) but the inbox row cannot be stored: the
    // sender gets 503 "do not resend", and a resend anyway is a duplicate, in this process and
    // after a restart: the signal is never traded twice.
    void aSignalTakenButNotStoredIsAnswered503AndNeverTradedAgain() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("j.db"));
        {
            Rig rig(path);
            QVERIFY(rig.journal.database().exec(QStringLiteral(
                "CREATE TRIGGER inbox_full BEFORE INSERT ON signal_inbox"
                " BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END")));
            const Reply r = postOnce(rig.port(), post(signalJson(QStringLiteral("taken"))));
            QCOMPARE(r.status, 503);
            QCOMPARE(r.body.value(u"code").toString(), QStringLiteral("journal_unavailable"));
            QVERIFY(r.body.value(u"message").toString().contains(u"do not resend"));
            QCOMPARE(rig.delivered.value(QStringLiteral("taken")), 1);
            QCOMPARE(rig.executor->stats().approved, 1);
            QVERIFY(rig.executor->orders().find(QStringLiteral("taken-entry")));
            const Reply again = postOnce(rig.port(), post(signalJson(QStringLiteral("taken"))));
            QCOMPARE(again.status, 409);
            QCOMPARE(rig.delivered.value(QStringLiteral("taken")), 1);
            QVERIFY(rig.journal.database().exec(QStringLiteral("DROP TRIGGER inbox_full")));
        }
        Rig restarted(path);
        QCOMPARE(postOnce(restarted.port(), post(signalJson(QStringLiteral("taken")))).status, 409);
        QVERIFY(restarted.delivered.isEmpty());
    }

    void arrayGetsOneResultPerSignal() {
        QTemporaryDir dir;
        Rig rig(dir.filePath(QStringLiteral("j.db")));
        QJsonObject bad = signalObject(QStringLiteral("a3"));
        bad.insert(QStringLiteral("entry_price"), -1);
        const QJsonArray array{signalObject(QStringLiteral("a1")),
                               signalObject(QStringLiteral("a1")), bad,
                               signalObject(QStringLiteral("a2"))};
        const Reply r = postOnce(rig.port(), post(QJsonDocument(array).toJson()));
        QCOMPARE(r.status, 409); // the first failing status
        const QJsonArray results = r.body.value(u"results").toArray();
        QCOMPARE(results.size(), 4);
        QCOMPARE(results.at(0).toObject().value(u"status").toInt(), 202);
        QCOMPARE(results.at(1).toObject().value(u"code").toString(),
                 QStringLiteral("duplicate_id"));
        QCOMPARE(results.at(2).toObject().value(u"code").toString(),
                 QStringLiteral("invalid_price"));
        QCOMPARE(results.at(3).toObject().value(u"signal_id").toString(), QStringLiteral("a2"));
        QTRY_COMPARE(rig.delivered.size(), 2);
    }

    void concurrentClientsEachSignalJournaledOnce() {
        QTemporaryDir dir;
        Rig rig(dir.filePath(QStringLiteral("j.db")));
        constexpr int kClients = 8;
        constexpr int kTotal = 1000;
        const quint16 port = rig.port();
        std::atomic<int> accepted{0};
        std::atomic<int> failures{0};
        std::vector<std::unique_ptr<QThread>> threads;
        for (int c = 0; c < kClients; ++c) {
            threads.emplace_back(QThread::create([&, c] {
                QTcpSocket s;
                s.connectToHost(QHostAddress::LocalHost, port);
                if (!s.waitForConnected(10'000)) {
                    ++failures;
                    return;
                }
                for (int i = c; i < kTotal; i += kClients) {
                    const Reply r = exchange(s, post(signalJson(QStringLiteral("conc-%1").arg(i))));
                    r.status == 202 ? ++accepted : ++failures;
                }
            }));
        }
        for (auto& t : threads)
            t->start();
        QDeadlineTimer deadline(120'000);
        auto running = [&] {
            return std::any_of(threads.begin(), threads.end(),
                               [](const auto& t) { return !t->isFinished(); });
        };
        while (running() && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        for (auto& t : threads)
            QVERIFY(t->wait(1000));
        QCOMPARE(failures.load(), 0);
        QCOMPARE(accepted.load(), kTotal);
        QCOMPARE(rig.delivered.size(), kTotal);
        for (auto it = rig.delivered.cbegin(); it != rig.delivered.cend(); ++it)
            QCOMPARE(it.value(), 1);
        QCOMPARE(rig.count(QStringLiteral("SELECT COUNT(*) FROM signal_inbox")), kTotal);
        QCOMPARE(rig.count(QStringLiteral("SELECT COUNT(*) FROM signal_inbox WHERE processed = 1")),
                 kTotal);
        // Each id journaled exactly once by the executor.
        QCOMPARE(rig.count(QStringLiteral("SELECT COUNT(DISTINCT ref_id) FROM events"
                                          " WHERE kind = 'signal' AND ref_id LIKE 'conc-%'")),
                 kTotal);
        QCOMPARE(rig.count(QStringLiteral("SELECT COUNT(*) FROM events"
                                          " WHERE kind = 'signal' AND ref_id LIKE 'conc-%'")),
                 kTotal);
        QCOMPARE(rig.executor->stats().entrySignals, kTotal);
    }

    void expectContinueGetsTheGoAheadBeforeTheBody() {
        QTemporaryDir dir;
        Rig rig(dir.filePath(QStringLiteral("j.db")));
        const QByteArray body = signalJson(QStringLiteral("continued"));
        QByteArray interim;
        Reply reply;
        runClient([&] {
            QTcpSocket s;
            s.connectToHost(QHostAddress::LocalHost, rig.port());
            if (!s.waitForConnected(10'000))
                return;
            s.write("POST /v1/signals HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " +
                    kToken + "\r\nExpect: 100-continue\r\nContent-Length: " +
                    QByteArray::number(body.size()) + "\r\n\r\n");
            while (!interim.contains("\r\n\r\n") && s.waitForReadyRead(5'000))
                interim += s.readAll();
            reply = exchange(s, body); // the body alone, as a client does after the go-ahead
        });
        QVERIFY2(interim.startsWith("HTTP/1.1 100 Continue\r\n\r\n"), interim.constData());
        QCOMPARE(reply.status, 202);
        QCOMPARE(reply.body.value(u"signal_id").toString(), QStringLiteral("continued"));
    }

    void webSocketsCountTowardTheConnectionLimit() {
        QTemporaryDir dir;
        Rig rig(dir.filePath(QStringLiteral("j.db")), false, 30'000, 2);
        QNetworkRequest request(
            QUrl(QStringLiteral("ws://127.0.0.1:%1/v1/signals").arg(rig.port())));
        request.setRawHeader("Authorization", "Bearer " + kToken);
        QWebSocket first;
        QWebSocket second;
        for (QWebSocket* ws : {&first, &second}) {
            QSignalSpy connected(ws, &QWebSocket::connected);
            ws->open(request);
            QVERIFY(connected.wait(10'000));
        }
        // Both slots are taken by WebSockets: an HTTP client is turned away without an answer.
        QCOMPARE(postOnce(rig.port(), post(signalJson(QStringLiteral("over")))).status, 0);
        // A WebSocket that leaves frees its slot.
        QSignalSpy gone(&first, &QWebSocket::disconnected);
        first.close();
        QTRY_COMPARE(gone.count(), 1);
        // (The slot is free once the server has let go of the WebSocket: retried until then.)
        int status = 0;
        for (int attempt = 0; attempt < 100 && status == 0; ++attempt) {
            QTest::qWait(50);
            status = postOnce(rig.port(), post(signalJson(QStringLiteral("room")))).status;
        }
        QCOMPARE(status, 202);
    }

    void webSocketAcksAcceptedAndDuplicate() {
        QTemporaryDir dir;
        Rig rig(dir.filePath(QStringLiteral("j.db")));
        QWebSocket ws;
        QSignalSpy acks(&ws, &QWebSocket::textMessageReceived);
        QSignalSpy connected(&ws, &QWebSocket::connected);
        QNetworkRequest request(
            QUrl(QStringLiteral("ws://127.0.0.1:%1/v1/signals").arg(rig.port())));
        request.setRawHeader("Authorization", "Bearer " + kToken);
        ws.open(request);
        QTRY_COMPARE(connected.count(), 1);
        ws.sendTextMessage(QString::fromUtf8(signalJson(QStringLiteral("ws-1"))));
        QTRY_COMPARE(acks.count(), 1);
        ws.sendTextMessage(QString::fromUtf8(signalJson(QStringLiteral("ws-1"))));
        QTRY_COMPARE(acks.count(), 2);
        const auto ack = [&](int i) {
            return QJsonDocument::fromJson(acks.at(i).at(0).toString().toUtf8()).object();
        };
        QCOMPARE(ack(0).value(u"status").toInt(), 202);
        QCOMPARE(ack(0).value(u"signal_id").toString(), QStringLiteral("ws-1"));
        QCOMPARE(ack(1).value(u"status").toInt(), 409);
        QCOMPARE(ack(1).value(u"code").toString(), QStringLiteral("duplicate_id"));
        QTRY_COMPARE(rig.delivered.value(QStringLiteral("ws-1")), 1);
        QCOMPARE(rig.executor->stats().approved, 1);
        QCOMPARE(rig.count(QStringLiteral(
                     "SELECT COUNT(*) FROM signal_inbox WHERE source = 'websocket'")),
                 1);
        QCOMPARE(rig.rejectedRows(QStringLiteral("duplicate_id"), QStringLiteral("websocket")), 1);

        // The same JSON errors as over HTTP, one ack per signal of an array.
        QByteArray nan = signalJson(QStringLiteral("ws-2"));
        nan.replace("185.1", "NaN");
        ws.sendTextMessage(
            QString::fromUtf8("[" + nan + "," + signalJson(QStringLiteral("ws-3")) + "]"));
        QTRY_COMPARE(acks.count(), 4);
        QCOMPARE(ack(2).value(u"code").toString(), QStringLiteral("invalid_price"));
        QCOMPARE(ack(3).value(u"status").toInt(), 202);

        // Over the size limit: a 413 ack, journaled, and the connection stays usable.
        ws.sendTextMessage(QString(kMaxBody + 1, u' '));
        QTRY_COMPARE(acks.count(), 5);
        QCOMPARE(ack(4).value(u"status").toInt(), 413);
        QCOMPARE(ack(4).value(u"code").toString(), QStringLiteral("payload_too_large"));
        QCOMPARE(rig.rejectedRows(QStringLiteral("payload_too_large"), QStringLiteral("websocket")),
                 1);
        ws.sendTextMessage(QString::fromUtf8(signalJson(QStringLiteral("ws-4"))));
        QTRY_COMPARE(acks.count(), 6);
        QCOMPARE(ack(5).value(u"status").toInt(), 202);
        ws.close();
    }

    void webSocketTokenInTheQueryAndRefusedToken() {
        QTemporaryDir dir;
        Rig rig(dir.filePath(QStringLiteral("j.db")));
        {
            // Browsers cannot set headers on a WebSocket: ?token= is accepted.
            QWebSocket ws;
            QSignalSpy acks(&ws, &QWebSocket::textMessageReceived);
            QSignalSpy connected(&ws, &QWebSocket::connected);
            ws.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/v1/signals?token=%2")
                             .arg(rig.port())
                             .arg(QString::fromLatin1(kToken))));
            QTRY_COMPARE(connected.count(), 1);
            ws.sendTextMessage(QString::fromUtf8(signalJson(QStringLiteral("q-1"))));
            QTRY_COMPARE(acks.count(), 1);
            QCOMPARE(QJsonDocument::fromJson(acks.at(0).at(0).toString().toUtf8())
                         .object()
                         .value(u"status")
                         .toInt(),
                     202);
        }
        QWebSocket ws;
        QSignalSpy acks(&ws, &QWebSocket::textMessageReceived);
        QSignalSpy disconnected(&ws, &QWebSocket::disconnected);
        ws.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/v1/signals?token=wrong").arg(rig.port())));
        QTRY_COMPARE(acks.count(), 1);
        const QJsonObject ack =
            QJsonDocument::fromJson(acks.at(0).at(0).toString().toUtf8()).object();
        QCOMPARE(ack.value(u"status").toInt(), 401);
        QCOMPARE(ack.value(u"code").toString(), QStringLiteral("unauthorized"));
        QTRY_COMPARE(disconnected.count(), 1);
        QCOMPARE(ws.closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
        QCOMPARE(rig.rejectedRows(QStringLiteral("unauthorized"), QStringLiteral("websocket")), 1);
        QCOMPARE(rig.delivered.size(), 1);
    }

    void keepAliveConnectionCarriesManyRequestsAndGarbageIsBounded() {
        QTemporaryDir dir;
        Rig rig(dir.filePath(QStringLiteral("j.db")));
        Reply first, second, garbage;
        runClient([&] {
            QTcpSocket s;
            s.connectToHost(QHostAddress::LocalHost, rig.port());
            s.waitForConnected(10'000);
            first = exchange(s, post(signalJson(QStringLiteral("k-1"))));
            second = exchange(s, post(signalJson(QStringLiteral("k-2"))));
            // 20 KiB without a blank line: refused once the header limit (16 KiB) is passed.
            garbage = exchange(s, QByteArray(20 * 1024, 'x'));
        });
        QCOMPARE(first.status, 202);
        QCOMPARE(second.status, 202);
        QCOMPARE(garbage.status, 431);
        QCOMPARE(rig.rejectedRows(QStringLiteral("bad_request"), QStringLiteral("http")), 1);
    }

    void stalledConnectionIsClosedAfterTheIdleTimeout() {
        QTemporaryDir dir;
        Rig rig(dir.filePath(QStringLiteral("j.db")), false, 300);
        bool closed = false;
        runClient([&] {
            QTcpSocket s;
            s.connectToHost(QHostAddress::LocalHost, rig.port());
            s.waitForConnected(10'000);
            s.write("POST /v1/signals HTTP/1.1\r\nHost: 127.0.0.1\r\n"); // and then nothing
            s.waitForBytesWritten(10'000);
            QElapsedTimer t;
            t.start();
            while (s.state() == QAbstractSocket::ConnectedState && t.elapsed() < 10'000)
                s.waitForReadyRead(100);
            closed = s.state() != QAbstractSocket::ConnectedState;
        });
        QVERIFY(closed);
        QCOMPARE(postOnce(rig.port(), post(signalJson(QStringLiteral("after-idle")))).status, 202);
    }
};

QTEST_MAIN(tst_SignalIngress)
#include "tst_SignalIngress.moc"
