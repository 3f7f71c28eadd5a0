// `axion-executor --headless --ingress-port N` as an operator runs it: the real binary in a child
// process, signals sent over real sockets (HTTP and WebSocket), stopped with SIGTERM or SIGINT,
// and the journal read afterwards.

#include "TestPaths.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimeZone>
#include <QWebSocket>

#if defined(Q_OS_UNIX)
#include <csignal>
#endif

namespace {

const QByteArray kToken = "service-test-token-0123456789";

// One regular session of a made-up ticker at a flat $100: the signal's entry fills at once, and
// neither its stop nor its target is reached, so the position is still open at the stop.
QString writeMarket(const QTemporaryDir& dir) {
    const QString path = dir.filePath(QStringLiteral("FLAT.csv"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    QTextStream out(&f);
    out << "timestamp,open,high,low,close,volume\n";
    const QDateTime open(QDate(2024, 3, 4), QTime(9, 30), QTimeZone(-5 * 3600));
    for (int i = 0; i < 390; ++i)
        out << open.addSecs(60LL * i).toString(Qt::ISODate)
            << QStringLiteral(",100.00,100.10,99.90,100.00,20000\n");
    return path;
}

QJsonObject signalObject(const QString& id) {
    return QJsonObject{
        {QStringLiteral("signal_id"), id},
        {QStringLiteral("ticker"), QStringLiteral("FLAT")},
        {QStringLiteral("signal_type"), QStringLiteral("cloud_flip_bullish")},
        {QStringLiteral("direction"), QStringLiteral("long")},
        {QStringLiteral("timeframe"), QStringLiteral("5m")},
        {QStringLiteral("conviction"), 90},
        {QStringLiteral("entry_price"), 100.0},
        {QStringLiteral("stop_loss"), 98.0},
        {QStringLiteral("target_price"), 106.0},
        {QStringLiteral("timestamp"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
    };
}

QByteArray json(const QJsonObject& o) {
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

struct Reply {
    int status = 0;
    QJsonObject body;
};

// One request on its own connection, blocking (the server is another process).
Reply post(quint16 port, const QByteArray& body, const QByteArray& token = kToken) {
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, port);
    Reply r;
    if (!s.waitForConnected(10'000))
        return r;
    s.write("POST /v1/signals HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token +
            "\r\nContent-Type: application/json\r\nContent-Length: " +
            QByteArray::number(body.size()) + "\r\n\r\n" + body);
    QByteArray in;
    QDeadlineTimer deadline(10'000);
    while (!deadline.hasExpired()) {
        const qsizetype end = in.indexOf("\r\n\r\n");
        if (end >= 0) {
            const QRegularExpression length(QStringLiteral("Content-Length: (\\d+)"),
                                            QRegularExpression::CaseInsensitiveOption);
            const auto m = length.match(QString::fromLatin1(in.left(end)));
            const qsizetype need = end + 4 + (m.hasMatch() ? m.captured(1).toLongLong() : 0);
            if (in.size() >= need) {
                r.status = in.mid(9, 3).toInt();
                r.body = QJsonDocument::fromJson(in.mid(end + 4)).object();
                return r;
            }
        }
        if (!s.waitForReadyRead(1'000) && s.state() != QAbstractSocket::ConnectedState)
            break;
        in += s.readAll();
    }
    return r;
}

// The service in a child process, with its own settings folder (HOME) so that nothing of the
// user's is read or written.
struct Service {
    QProcess process;
    QString out;
    quint16 port = 0;

    bool start(const QTemporaryDir& dir, const QStringList& extra) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), dir.filePath(QStringLiteral("home")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("home/.config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("home/.local")));
        env.remove(QStringLiteral("AXION_INGRESS_TOKEN"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(AXION_EXECUTOR_PATH),
                      QStringList{QStringLiteral("--headless"), QStringLiteral("--ingress-port"),
                                  QStringLiteral("0")} +
                          extra);
        const QRegularExpression listening(
            QStringLiteral("listening on http://127\\.0\\.0\\.1:(\\d+)/v1/signals"));
        return waitFor(listening, [this](const QRegularExpressionMatch& m) {
            port = quint16(m.captured(1).toUInt());
        });
    }
    // Reads stdout until `pattern` shows up (30 s at most).
    template <typename F>
    bool waitFor(const QRegularExpression& pattern, F&& onMatch) {
        QDeadlineTimer deadline(30'000);
        while (!deadline.hasExpired()) {
            out += QString::fromUtf8(process.readAllStandardOutput());
            const auto m = pattern.match(out);
            if (m.hasMatch()) {
                onMatch(m);
                return true;
            }
            if (process.state() == QProcess::NotRunning)
                return false;
            process.waitForReadyRead(200);
        }
        return false;
    }
    bool waitFor(const QString& text) {
        return waitFor(QRegularExpression(QRegularExpression::escape(text)),
                       [](const QRegularExpressionMatch&) {});
    }
    // Sends the signal and waits for the exit; the exit code, -1 on a crash or a hang.
    int stop(int signalNumber) {
#if defined(Q_OS_UNIX)
        ::kill(pid_t(process.processId()), signalNumber);
#else
        Q_UNUSED(signalNumber);
        process.terminate();
#endif
        if (!process.waitForFinished(30'000)) {
            process.kill();
            return -1;
        }
        out += QString::fromUtf8(process.readAllStandardOutput());
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }
    ~Service() {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(5'000);
        }
    }
};

// Reads the journal the service wrote (after it stopped).
struct Journal {
    QString name = QStringLiteral("journal-reader");
    explicit Journal(const QString& path) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.open();
    }
    ~Journal() { QSqlDatabase::removeDatabase(name); }
    QVariant scalar(const QString& sql) {
        QSqlQuery q(QSqlDatabase::database(name));
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }
    int count(const QString& sql) { return scalar(sql).toInt(); }
};

} // namespace

class tst_HeadlessService : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void signalsAreTradedRefusedJournaledAndTheStopIsClean() {
        QTemporaryDir dir;
        const QString market = writeMarket(dir);
        const QString journal = dir.filePath(QStringLiteral("journal.db"));
        Service service;
        QVERIFY2(
            service.start(dir, QStringList{QStringLiteral("--broker"), QStringLiteral("paper"),
                                           QStringLiteral("--ingress-token"),
                                           QString::fromLatin1(kToken), QStringLiteral("--replay"),
                                           market, QStringLiteral("--speed"), QStringLiteral("5"),
                                           QStringLiteral("--journal"), journal}),
            qPrintable(service.out + QString::fromUtf8(service.process.readAllStandardError())));
        QVERIFY(service.port != 0);

        // Accepted over HTTP and traded on the paper broker.
        const Reply accepted = post(service.port, json(signalObject(QStringLiteral("svc-1"))));
        QCOMPARE(accepted.status, 202);
        QCOMPARE(accepted.body.value(u"signal_id").toString(), QStringLiteral("svc-1"));
        QVERIFY2(service.waitFor(QStringLiteral("signal http svc-1 FLAT approved")),
                 qPrintable(service.out));
        QVERIFY2(service.waitFor(QStringLiteral("Bought")), qPrintable(service.out));

        // Refused, each with its code.
        QCOMPARE(
            post(service.port, json(signalObject(QStringLiteral("svc-2"))), "wrong-token").status,
            401);
        const Reply duplicate = post(service.port, json(signalObject(QStringLiteral("svc-1"))));
        QCOMPARE(duplicate.status, 409);
        QCOMPARE(duplicate.body.value(u"code").toString(), QStringLiteral("duplicate_id"));
        const Reply malformed = post(service.port, "{\"ticker\": ");
        QCOMPARE(malformed.status, 400);
        QCOMPARE(malformed.body.value(u"code").toString(), QStringLiteral("malformed_json"));
        QJsonObject wrongSide = signalObject(QStringLiteral("svc-3"));
        wrongSide.insert(QStringLiteral("stop_loss"), 101.0);
        const Reply stop = post(service.port, json(wrongSide));
        QCOMPARE(stop.status, 400);
        QCOMPARE(stop.body.value(u"code").toString(), QStringLiteral("stop_wrong_side"));
        QVERIFY2(service.waitFor(QStringLiteral("signal http svc-3 FLAT refused: stop_wrong_side")),
                 qPrintable(service.out));

        // A WebSocket on the same port, token in the header.
        QWebSocket ws;
        QNetworkRequest request(
            QUrl(QStringLiteral("ws://127.0.0.1:%1/v1/signals").arg(service.port)));
        request.setRawHeader("Authorization", "Bearer " + kToken);
        QSignalSpy connected(&ws, &QWebSocket::connected);
        QSignalSpy acks(&ws, &QWebSocket::textMessageReceived);
        ws.open(request);
        QVERIFY(connected.wait(10'000));
        ws.sendTextMessage(QString::fromUtf8(json(signalObject(QStringLiteral("svc-ws")))));
        QVERIFY(acks.wait(10'000));
        const QJsonObject ack =
            QJsonDocument::fromJson(acks.first().first().toString().toUtf8()).object();
        QCOMPARE(ack.value(u"status").toInt(), 202);
        QCOMPARE(ack.value(u"signal_id").toString(), QStringLiteral("svc-ws"));
        QVERIFY2(service.waitFor(QStringLiteral("signal websocket svc-ws FLAT")),
                 qPrintable(service.out));
        ws.close();

        // SIGTERM: a clean stop, exit 0, the open position and its orders journaled.
        QCOMPARE(service.stop(SIGTERM), 0);
        QVERIFY2(service.out.contains(u"SIGTERM: stopping"), qPrintable(service.out));
        QVERIFY2(service.out.contains(u"Stopped cleanly."), qPrintable(service.out));

        Journal j(journal);
        QCOMPARE(j.count(QStringLiteral("SELECT COUNT(*) FROM events WHERE kind = 'signal' AND "
                                        "ref_id = 'svc-1' AND payload_json LIKE "
                                        "'%\"source\":\"http\"%'")),
                 1);
        QCOMPARE(j.count(QStringLiteral("SELECT COUNT(*) FROM events WHERE kind = 'signal' AND "
                                        "ref_id = 'svc-ws' AND payload_json LIKE "
                                        "'%\"source\":\"websocket\"%'")),
                 1);
        QVERIFY(j.count(QStringLiteral(
                    "SELECT COUNT(*) FROM fills WHERE client_order_id LIKE 'svc-1-%'")) >= 1);
        for (const char* code :
             {"unauthorized", "duplicate_id", "malformed_json", "stop_wrong_side"}) {
            QVERIFY2(j.count(QStringLiteral("SELECT COUNT(*) FROM events WHERE kind = "
                                            "'signal_rejected' AND payload_json LIKE "
                                            "'%\"code\":\"%1\"%'")
                                 .arg(QLatin1String(code))) == 1,
                     code);
        }
        const QJsonObject stopped =
            QJsonDocument::fromJson(j.scalar(QStringLiteral("SELECT payload_json FROM events "
                                                            "WHERE kind = 'engine_stopped'"))
                                        .toString()
                                        .toUtf8())
                .object();
        const QJsonArray positions = stopped.value(u"positions").toArray();
        QVERIFY2(!positions.isEmpty(), qPrintable(service.out));
        QCOMPARE(positions.first().toObject().value(u"ticker").toString(), QStringLiteral("FLAT"));
        QVERIFY(!stopped.value(u"working_orders").toArray().isEmpty()); // its stop, at least
    }

    void anAcknowledgedIdIsRefusedAfterARestart() {
        QTemporaryDir dir;
        const QString market = writeMarket(dir);
        const QString journal = dir.filePath(QStringLiteral("journal.db"));
        const QStringList args{QStringLiteral("--ingress-token"), QString::fromLatin1(kToken),
                               QStringLiteral("--replay"),        market,
                               QStringLiteral("--speed"),         QStringLiteral("1"),
                               QStringLiteral("--journal"),       journal};
        {
            Service first;
            QVERIFY(first.start(dir, args));
            QCOMPARE(post(first.port, json(signalObject(QStringLiteral("once")))).status, 202);
            QVERIFY2(first.waitFor(QStringLiteral("signal http once FLAT")), qPrintable(first.out));
            QCOMPARE(first.stop(SIGINT), 0);
            QVERIFY(first.out.contains(u"SIGINT: stopping"));
        }
        Service second;
        QVERIFY(second.start(dir, args));
        const Reply again = post(second.port, json(signalObject(QStringLiteral("once"))));
        QCOMPARE(again.status, 409);
        QCOMPARE(again.body.value(u"code").toString(), QStringLiteral("duplicate_id"));
        QCOMPARE(second.stop(SIGTERM), 0);
        Journal j(journal);
        QCOMPARE(j.count(QStringLiteral(
                     "SELECT COUNT(*) FROM events WHERE kind = 'signal' AND ref_id = 'once'")),
                 1);
        QCOMPARE(
            j.count(QStringLiteral("SELECT COUNT(*) FROM events WHERE kind = 'engine_stopped'")),
            2);
    }

    void aPortInUseIsAClearErrorAndExitCode2() {
        QTcpServer taken;
        QVERIFY(taken.listen(QHostAddress::LocalHost));
        QTemporaryDir dir;
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), dir.filePath(QStringLiteral("home")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("home/.config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("home/.local")));
        env.insert(QStringLiteral("AXION_INGRESS_TOKEN"), QString::fromLatin1(kToken));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(AXION_EXECUTOR_PATH),
                {QStringLiteral("--headless"), QStringLiteral("--ingress-port"),
                 QString::number(taken.serverPort()), QStringLiteral("--replay"),
                 writeMarket(dir)});
        QVERIFY(p.waitForFinished(60'000));
        QCOMPARE(p.exitCode(), 2);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(u"Signal ingress not started"), qPrintable(err));
        // The token came from the environment, and says so.
        QVERIFY(QString::fromUtf8(p.readAllStandardOutput()).contains(u"AXION_INGRESS_TOKEN"));
    }
};

QTEST_GUILESS_MAIN(tst_HeadlessService)
#include "tst_HeadlessService.moc"
