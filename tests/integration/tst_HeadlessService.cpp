// `axion-executor --headless --ingress-port N` as an operator runs it: the real binary in a child
// process, signals sent over real sockets (HTTP and WebSocket), stopped with SIGTERM or SIGINT,
// and the journal read afterwards.

#include "TestPaths.h"
#include "support/ServiceProcess.h"

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

using namespace servicetest;

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
