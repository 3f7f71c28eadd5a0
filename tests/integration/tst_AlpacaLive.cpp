// `axion-executor --headless --broker alpaca` against the loopback Alpaca run as its own process
// (fake_alpaca): a signal from entry to exit through Alpaca's bracket, and a kill -9 in the middle
// of the trade, restarted on the same journal, that reconciles and manages the position to its
// exit without a second order.

#include "TestPaths.h"
#include "settings/AppSettings.h"
#include "support/ServiceProcess.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QSettings>
#include <QTest>

using namespace servicetest;
using axion::AppSettings;
using axion::ExecutorConfig;

namespace {

// A regular session in New York (a Monday, 10:00 EST): the rehearsal clock starts there, so the
// test runs the same at any hour.
const QString kClockStart = QStringLiteral("2026-12-07T15:00:00Z");

struct FakeAlpaca {
    QProcess process;
    QJsonObject ready;
    QUrl url;

    bool start(const QStringList& extra = {}) {
        process.start(QStringLiteral(AXION_FAKE_ALPACA_PATH),
                      QStringList{QStringLiteral("--quote"), QStringLiteral("FLAT=100.00")} +
                          extra);
        if (!process.waitForReadyRead(10'000))
            return false;
        ready = QJsonDocument::fromJson(process.readLine()).object();
        url = QUrl(ready.value(QLatin1String("trading_url")).toString());
        return url.isValid();
    }
    ~FakeAlpaca() {
        process.kill();
        process.waitForFinished(5'000);
    }
    QStringList executorArguments(const QString& journal) const {
        return {QStringLiteral("--broker"),
                QStringLiteral("alpaca"),
                QStringLiteral("--alpaca-url"),
                url.toString(),
                QStringLiteral("--alpaca-stream-url"),
                ready.value(QLatin1String("stream_url")).toString(),
                QStringLiteral("--alpaca-data-url"),
                ready.value(QLatin1String("data_url")).toString(),
                QStringLiteral("--alpaca-data-stream-url"),
                ready.value(QLatin1String("data_stream_url")).toString(),
                QStringLiteral("--clock-start"),
                kClockStart,
                QStringLiteral("--ingress-token"),
                QString::fromLatin1(kToken),
                QStringLiteral("--journal"),
                journal};
    }
    void giveKeys(Service& service) const {
        service.extraEnv.insert(QStringLiteral("APCA_API_KEY_ID"),
                                ready.value(QLatin1String("key_id")).toString());
        service.extraEnv.insert(QStringLiteral("APCA_API_SECRET_KEY"),
                                ready.value(QLatin1String("secret_key")).toString());
    }
    // One request to the fake's controls (blocking: it is another process).
    QJsonObject control(const QByteArray& method, const QByteArray& path,
                        const QJsonObject& body = {}) const {
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, quint16(url.port()));
        if (!s.waitForConnected(5'000))
            return {};
        const QByteArray payload = body.isEmpty() ? QByteArray() : json(body);
        s.write(method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: " +
                QByteArray::number(payload.size()) + "\r\nConnection: close\r\n\r\n" + payload);
        QByteArray in;
        while (s.waitForReadyRead(5'000))
            in += s.readAll();
        in += s.readAll();
        const qsizetype end = in.indexOf("\r\n\r\n");
        QJsonObject out = QJsonDocument::fromJson(in.mid(end + 4)).object();
        out.insert(QStringLiteral("_status"), in.mid(9, 3).toInt());
        return out;
    }
    QJsonArray orders() const {
        return control("GET", "/fake/orders").value(QLatin1String("orders")).toArray();
    }
    // Fills the bracket's entry (by its client id) or, with a leg type, that leg; the HTTP status.
    // `qty` 0 fills what is left.
    int fill(const QString& entry, const QString& price, const QString& legType = {},
             int qty = 0) const {
        QJsonObject body{{QStringLiteral("price"), price}};
        if (qty > 0)
            body.insert(QStringLiteral("qty"), qty);
        if (legType.isEmpty()) {
            body.insert(QStringLiteral("order"), entry);
        } else {
            body.insert(QStringLiteral("parent"), entry);
            body.insert(QStringLiteral("type"), legType);
        }
        return control("POST", "/fake/fill", body).value(QStringLiteral("_status")).toInt();
    }
    // A minute bar of FLAT at `close` (open a cent above, range 5 cents), at `t` (UTC ISO).
    static QJsonObject bar(const QDateTime& t, double close) {
        return {{QStringLiteral("t"), t.toString(Qt::ISODate)},
                {QStringLiteral("o"), close + 0.01},
                {QStringLiteral("h"), close + 0.03},
                {QStringLiteral("l"), close - 0.02},
                {QStringLiteral("c"), close},
                {QStringLiteral("v"), 5'000}};
    }
    int publish(const QJsonObject& bar) const {
        QJsonObject body = bar;
        body.insert(QStringLiteral("symbol"), QStringLiteral("FLAT"));
        return control("POST", "/fake/bar", body).value(QStringLiteral("_status")).toInt();
    }
    int orderPosts() const {
        return control("GET", "/fake/orders").value(QLatin1String("order_posts")).toInt();
    }
    bool waitForOrders(int n) const {
        QDeadlineTimer deadline(20'000);
        while (!deadline.hasExpired()) {
            if (orders().size() >= n)
                return true;
            QTest::qWait(100);
        }
        return false;
    }
};

QString entryIdOf(const QJsonArray& orders) {
    for (const QJsonValue& v : orders) {
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1String("parent_id")).toString().isEmpty())
            return o.value(QLatin1String("client_order_id")).toString();
    }
    return {};
}

} // namespace

class tst_AlpacaLive : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void missingKeysAreAClearMessageAndExitCode2() {
        QTemporaryDir dir;
        FakeAlpaca fake;
        QVERIFY(fake.start());
        Service service;
        service.extraEnv.insert(QStringLiteral("APCA_API_KEY_ID"), QString());
        service.start(dir, fake.executorArguments(dir.filePath(QStringLiteral("j.db"))));
        QVERIFY(service.waitForEnd());
        QCOMPARE(service.process.exitCode(), 2);
        const QString err = QString::fromUtf8(service.process.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("APCA_API_KEY_ID")), qPrintable(err));
    }

    void aSignalIsTradedFromEntryToExitThroughAlpaca() {
        QTemporaryDir dir;
        FakeAlpaca fake;
        QVERIFY(fake.start());
        Service service;
        fake.giveKeys(service);
        const QString journal = dir.filePath(QStringLiteral("j.db"));
        QVERIFY2(service.start(dir, fake.executorArguments(journal)), qPrintable(service.out));
        QVERIFY2(service.waitFor(QStringLiteral("Reconciled with alpaca")),
                 qPrintable(service.out));
        QVERIFY2(service.waitFor(QStringLiteral("Alpaca: ready")), qPrintable(service.out));

        const Reply r = post(service.port, json(signalObject(QStringLiteral("alp-1"))));
        QCOMPARE(r.status, 202);
        QVERIFY2(fake.waitForOrders(3), qPrintable(service.out)); // one bracket: entry + 2 legs
        QCOMPARE(fake.orderPosts(), 1);
        const QJsonArray orders = fake.orders();
        const QString entry = entryIdOf(orders);
        QVERIFY(entry.startsWith(QStringLiteral("alp-1")));

        // The entry fills at Alpaca; then its take-profit leg.
        QCOMPARE(fake.fill(entry, QStringLiteral("100.00")), 200);
        QVERIFY2(service.waitFor(QRegularExpression(QStringLiteral("Bought \\d+ FLAT @ 100.00")),
                                 [](const QRegularExpressionMatch&) {}),
                 qPrintable(service.out));
        QCOMPARE(fake.fill(entry, QStringLiteral("106.00"), QStringLiteral("limit")), 200);
        QVERIFY2(
            service.waitFor(QRegularExpression(QStringLiteral("Closed FLAT \\(profit_target\\)")),
                            [](const QRegularExpressionMatch&) {}),
            qPrintable(service.out));
        QCOMPARE(service.stop(SIGTERM), 0);
        QCOMPARE(fake.orderPosts(), 1);

        Journal j(journal);
        QCOMPARE(j.count(QStringLiteral("SELECT COUNT(*) FROM trade_executions")), 1);
        QCOMPARE(j.scalar(QStringLiteral("SELECT status FROM trade_executions")).toString(),
                 QStringLiteral("closed"));
        QCOMPARE(j.scalar(QStringLiteral("SELECT exit_reason FROM trade_executions")).toString(),
                 QStringLiteral("profit_target"));
        QVERIFY(j.count(QStringLiteral("SELECT COUNT(*) FROM fills")) >= 2);
    }

    void streamedBarsWarmedUpByHistoryDriveTheExit() {
        QTemporaryDir dir;
        FakeAlpaca fake;
        QVERIFY(fake.start({QStringLiteral("--auto-fill-market")}));
        // History at Alpaca: Friday's whole session and Monday's first half hour, FLAT steady
        // at 100 (paging is tst_AlpacaDataFeed's).
        QJsonArray history;
        const QDateTime friday =
            QDateTime::fromString(QStringLiteral("2026-12-04T14:30:00Z"), Qt::ISODate);
        const QDateTime monday = QDateTime::fromString(kClockStart, Qt::ISODate).addSecs(-1800);
        for (int i = 0; i < 390; ++i)
            history.append(FakeAlpaca::bar(friday.addSecs(60 * i), 100.0 + (i % 3) * 0.01));
        for (int i = 0; i < 30; ++i)
            history.append(FakeAlpaca::bar(monday.addSecs(60 * i), 100.0 + (i % 3) * 0.01));
        QCOMPARE(fake.control("POST", "/fake/history",
                              QJsonObject{{QStringLiteral("symbol"), QStringLiteral("FLAT")},
                                          {QStringLiteral("bars"), history}})
                     .value(QStringLiteral("added"))
                     .toInt(),
                 420);
        const QString config = dir.filePath(QStringLiteral("config.json"));
        {
            QFile f(config);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(R"({"watchlist": ["FLAT"]})");
        }
        Service service;
        fake.giveKeys(service);
        const QString journal = dir.filePath(QStringLiteral("j.db"));
        QVERIFY2(service.start(dir, fake.executorArguments(journal) +
                                        QStringList{QStringLiteral("--config"), config}),
                 qPrintable(service.out));
        QVERIFY2(service.waitFor(QStringLiteral("420 minute bar(s) of history read")),
                 qPrintable(service.out));
        QVERIFY2(service.waitFor(QStringLiteral("Alpaca market data (iex): streaming")),
                 qPrintable(service.out));
        QVERIFY2(service.waitFor(QStringLiteral("Alpaca: ready")), qPrintable(service.out));

        // The entry (the first part of a scale-in, a limit bracket) fills at Alpaca.
        QCOMPARE(post(service.port, json(signalObject(QStringLiteral("alp-4")))).status, 202);
        QVERIFY2(fake.waitForOrders(3), qPrintable(service.out));
        QCOMPARE(fake.fill(entryIdOf(fake.orders()), QStringLiteral("100.00")), 200);
        QVERIFY2(service.waitFor(QRegularExpression(QStringLiteral("Bought \\d+ FLAT @ 100.00")),
                                 [](const QRegularExpressionMatch&) {}),
                 qPrintable(service.out));
        QCOMPARE(fake.orderPosts(), 1);

        // Five streamed minutes close at 99.50, above the stop (98) and so nothing for Alpaca's
        // stop leg, but below the 34/50 cloud that the warm-up built at 100: the exit rules close
        // the trade (stop_loss, by the cloud). Without the history the clouds would start at 99.50
        // and see nothing beyond them.
        QCOMPARE(fake.control("POST", "/fake/quote",
                              QJsonObject{{QStringLiteral("symbol"), QStringLiteral("FLAT")},
                                          {QStringLiteral("price"), QStringLiteral("99.50")}})
                     .value(QStringLiteral("_status"))
                     .toInt(),
                 200);
        const QDateTime live = QDateTime::fromString(kClockStart, Qt::ISODate);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(fake.publish(FakeAlpaca::bar(live.addSecs(60 * i), 99.50)), 200);
        QVERIFY2(service.waitFor(QRegularExpression(QStringLiteral("Closed FLAT \\(stop_loss\\)")),
                                 [](const QRegularExpressionMatch&) {}),
                 qPrintable(service.out));
        QCOMPARE(service.stop(SIGTERM), 0);
        // Whatever the timing (the exit can come while the scale-in's POST is on its way, or
        // cancel a leg whose bracket another leg's cancel has ended), no anomaly trips the kill
        // switch.
        QVERIFY2(!service.out.contains(QStringLiteral("Kill switch tripped")),
                 qPrintable(service.out));

        Journal j(journal);
        QCOMPARE(j.scalar(QStringLiteral("SELECT status FROM trade_executions")).toString(),
                 QStringLiteral("closed"));
        QCOMPARE(j.scalar(QStringLiteral("SELECT exit_reason FROM trade_executions")).toString(),
                 QStringLiteral("stop_loss"));
        // The bracket; the scale-in's second part at the first streamed minute (a pullback to the
        // entry cloud); the exit of all 149 shares; and a stop for the 149 when the scale-in's
        // fill is known before the exit (the bars come at once: either can be first). Each once:
        // one POST per order that is not a bracket's leg.
        int ownOrders = 0;
        for (const QJsonValue& v : fake.orders())
            ownOrders += v.toObject().value(QLatin1String("parent_id")).toString().isEmpty();
        QCOMPARE(fake.orderPosts(), ownOrders);
        QVERIFY2(ownOrders == 3 || ownOrders == 4, qPrintable(QString::number(ownOrders)));
        // 74 shares bought at 100.00, 75 at 99.50, all sold at 99.50: each fill counted once.
        QCOMPARE(j.count(QStringLiteral("SELECT pnl_e4 FROM trade_executions")), -370'000);
    }

    // Alpaca's calendar announces an early close no rule derives (10:02 on a regular Monday):
    // the executor takes it, so at 10:00 the day is past its EOD cutoff (09:57) and a day-trade
    // signal is refused; by the rules alone it would be traded.
    void anEarlyCloseOnAlpacasCalendarMovesTheCutoff() {
        QTemporaryDir dir;
        FakeAlpaca fake;
        QVERIFY(fake.start());
        const QJsonArray days{QJsonObject{{QStringLiteral("date"), QStringLiteral("2026-12-07")},
                                          {QStringLiteral("open"), QStringLiteral("09:30")},
                                          {QStringLiteral("close"), QStringLiteral("10:02")}}};
        QCOMPARE(fake.control("POST", "/fake/calendar", {{QStringLiteral("days"), days}})
                     .value(QStringLiteral("_status"))
                     .toInt(),
                 200);
        Service service;
        fake.giveKeys(service);
        QVERIFY2(service.start(dir, fake.executorArguments(dir.filePath(QStringLiteral("j.db")))),
                 qPrintable(service.out));
        QVERIFY2(service.waitFor(QStringLiteral("Alpaca's calendar: 2026-12-07 trades 09:30 to "
                                                "10:02 New York time")),
                 qPrintable(service.out));
        QVERIFY2(service.waitFor(QStringLiteral("Alpaca: ready")), qPrintable(service.out));
        QCOMPARE(post(service.port, json(signalObject(QStringLiteral("alp-cal")))).status, 202);
        QVERIFY2(service.waitFor(QStringLiteral("rejected: past_eod_cutoff")),
                 qPrintable(service.out));
        QCOMPARE(fake.orderPosts(), 0);
        QCOMPARE(service.stop(SIGTERM), 0);
    }

    // The workstation (no --headless) runs on Alpaca when the settings say live mode with Alpaca
    // as the primary broker: it connects, reconciles, asks for the calendar and the market
    // data, and keeps the persistent journal. --demo keeps the demo whatever the settings say.
    void theWorkstationRunsOnAlpacaWhenTheSettingsSaySo() {
        QTemporaryDir dir;
        FakeAlpaca fake;
        QVERIFY(fake.start());
        const QString home = dir.filePath(QStringLiteral("home"));
        const QString ini = home + QStringLiteral("/.config/Axion/axion-executor/settings.ini");
        const QString journal = dir.filePath(QStringLiteral("live.db"));
        {
            AppSettings settings(ini);
            ExecutorConfig c = settings.executorConfig();
            c.tradingMode = QStringLiteral("live");
            c.primaryBroker = QStringLiteral("alpaca");
            c.watchlist = {QStringLiteral("FLAT")};
            settings.setExecutorConfig(c);
            settings.setAlpacaEnvironment(QStringLiteral("paper"));
            settings.setJournalPath(journal);
            settings.sync();
            QSettings raw(ini, QSettings::IniFormat);
            raw.setValue(QStringLiteral("alpaca/trading_url"), fake.url.toString());
            raw.setValue(QStringLiteral("alpaca/stream_url"),
                         fake.ready.value(QLatin1String("stream_url")).toString());
            raw.setValue(QStringLiteral("alpaca/data_url"),
                         fake.ready.value(QLatin1String("data_url")).toString());
            raw.setValue(QStringLiteral("alpaca/data_stream_url"),
                         fake.ready.value(QLatin1String("data_stream_url")).toString());
        }
        const auto run = [&](const QStringList& extra, const QString& png) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            env.insert(QStringLiteral("HOME"), home);
            env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
            env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local"));
            env.insert(QStringLiteral("APCA_API_KEY_ID"),
                       fake.ready.value(QLatin1String("key_id")).toString());
            env.insert(QStringLiteral("APCA_API_SECRET_KEY"),
                       fake.ready.value(QLatin1String("secret_key")).toString());
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(AXION_EXECUTOR_PATH),
                    extra + QStringList{QStringLiteral("--screenshot"), png,
                                        QStringLiteral("--after"), QStringLiteral("3")});
            if (!p.waitForFinished(60'000))
                return QStringLiteral("did not finish");
            const QString err = QString::fromUtf8(p.readAllStandardError());
            if (p.exitCode() != 0 || QImage(png).isNull())
                return QStringLiteral("exit %1: %2").arg(p.exitCode()).arg(err);
            return QString();
        };
        const QString png = dir.filePath(QStringLiteral("alpaca.png"));
        const QString failure = run({}, png);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        const QJsonObject asked = fake.control("GET", "/fake/requests");
        QVERIFY2(asked.value(QLatin1String("GET /v2/account")).toInt() >= 1,
                 QJsonDocument(asked).toJson().constData());
        QVERIFY(asked.value(QLatin1String("GET /v2/orders")).toInt() >= 1); // reconciled
        QVERIFY(asked.value(QLatin1String("WS /stream")).toInt() >= 1);
        QVERIFY(asked.value(QLatin1String("GET /v2/calendar")).toInt() >= 1);
        QVERIFY(asked.value(QLatin1String("GET /v2/stocks/bars")).toInt() >= 1); // warm-up
        QVERIFY(QFile::exists(journal));
        if (const QString keep = qEnvironmentVariable("AXION_SCREENSHOT_DIR"); !keep.isEmpty()) {
            const QString kept = QDir(keep).filePath(QStringLiteral("workstation-alpaca.png"));
            QFile::remove(kept);
            QVERIFY(QFile::copy(png, kept));
        }
        // The journal is kept: a second start finds the first run in it.
        QVERIFY(run({}, png).isEmpty());
        {
            Journal j(journal);
            QCOMPARE(j.count(QStringLiteral("SELECT COUNT(*) FROM journal_runs")), 2);
        }

        const int accountAsks =
            fake.control("GET", "/fake/requests").value(QLatin1String("GET /v2/account")).toInt();
        QVERIFY(
            run({QStringLiteral("--demo")}, dir.filePath(QStringLiteral("demo.png"))).isEmpty());
        QCOMPARE(
            fake.control("GET", "/fake/requests").value(QLatin1String("GET /v2/account")).toInt(),
            accountAsks);
    }

    void anEntryPartlyFilledThenCancelledGetsItsOwnStopAtOnce() {
        QTemporaryDir dir;
        FakeAlpaca fake;
        QVERIFY(fake.start());
        Service service;
        fake.giveKeys(service);
        const QString journal = dir.filePath(QStringLiteral("j.db"));
        QVERIFY2(service.start(dir, fake.executorArguments(journal)), qPrintable(service.out));
        QVERIFY2(service.waitFor(QStringLiteral("Alpaca: ready")), qPrintable(service.out));
        QCOMPARE(post(service.port, json(signalObject(QStringLiteral("alp-3")))).status, 202);
        QVERIFY2(fake.waitForOrders(3), qPrintable(service.out));
        const QString entry = entryIdOf(fake.orders());

        // 10 shares of the entry fill; then Alpaca cancels the rest of it. Cancelling a
        // bracket's member cancels the group: the held legs go too, and the 10 shares would be
        // without a stop at the broker.
        QCOMPARE(fake.fill(entry, QStringLiteral("100.00"), {}, 10), 200);
        QVERIFY2(service.waitFor(QRegularExpression(QStringLiteral("Bought 10 FLAT @ 100.00")),
                                 [](const QRegularExpressionMatch&) {}),
                 qPrintable(service.out));
        QCOMPARE(fake.control("POST", "/fake/end",
                              QJsonObject{{QStringLiteral("order"), entry},
                                          {QStringLiteral("status"), QStringLiteral("canceled")}})
                     .value(QStringLiteral("_status"))
                     .toInt(),
                 200);

        // A stop of its own for the 10 shares, sent once, working at Alpaca.
        QJsonObject stop;
        QDeadlineTimer deadline(15'000);
        while (!deadline.hasExpired() && stop.isEmpty()) {
            for (const QJsonValue& v : fake.orders()) {
                const QJsonObject o = v.toObject();
                if (o.value(QLatin1String("type")).toString() == u"stop" &&
                    o.value(QLatin1String("parent_id")).toString().isEmpty() &&
                    o.value(QLatin1String("status")).toString() != u"canceled")
                    stop = o;
            }
            if (stop.isEmpty())
                QTest::qWait(100);
        }
        QVERIFY2(!stop.isEmpty(), qPrintable(service.out));
        QCOMPARE(stop.value(QLatin1String("qty")).toString(), QStringLiteral("10"));
        QCOMPARE(stop.value(QLatin1String("side")).toString(), QStringLiteral("sell"));
        QTest::qWait(500);
        QCOMPARE(fake.orderPosts(), 2); // the bracket and the one stop, nothing more
        QCOMPARE(service.stop(SIGTERM), 0);

        Journal j(journal);
        QCOMPARE(j.scalar(QStringLiteral("SELECT status FROM trade_executions")).toString(),
                 QStringLiteral("open"));
    }

    void aKillInTheMiddleOfATradeComesBackAndManagesItWithoutASecondOrder() {
        QTemporaryDir dir;
        FakeAlpaca fake;
        QVERIFY(fake.start());
        const QString journal = dir.filePath(QStringLiteral("j.db"));
        QString entry;
        {
            Service first;
            fake.giveKeys(first);
            QVERIFY2(first.start(dir, fake.executorArguments(journal)), qPrintable(first.out));
            QVERIFY2(first.waitFor(QStringLiteral("Alpaca: ready")), qPrintable(first.out));
            QCOMPARE(post(first.port, json(signalObject(QStringLiteral("alp-2")))).status, 202);
            QVERIFY2(fake.waitForOrders(3), qPrintable(first.out));
            entry = entryIdOf(fake.orders());
            QCOMPARE(fake.fill(entry, QStringLiteral("100.00")), 200);
            QVERIFY2(first.waitFor(QRegularExpression(QStringLiteral("Bought \\d+ FLAT")),
                                   [](const QRegularExpressionMatch&) {}),
                     qPrintable(first.out));
            // The entry is journaled (its fill committed), then kill -9 with the bracket open at
            // Alpaca: its stop and target legs are working there.
            QDeadlineTimer committed(10'000);
            while (!committed.hasExpired() &&
                   Journal(journal).count(QStringLiteral(
                       "SELECT COUNT(*) FROM trade_executions WHERE status = 'open'")) != 1)
                QTest::qWait(50);
            QVERIFY(!committed.hasExpired());
            QCOMPARE(first.stop(SIGKILL), -1);
        }
        Service second;
        fake.giveKeys(second);
        QVERIFY2(second.start(dir, fake.executorArguments(journal)), qPrintable(second.out));
        QVERIFY2(second.waitFor(QRegularExpression(QStringLiteral(
                                    "Reconciled with alpaca: \\d+ working order\\(s\\) and 1 "
                                    "open trade\\(s\\)")),
                                [](const QRegularExpressionMatch&) {}),
                 qPrintable(second.out));
        QVERIFY2(second.waitFor(QStringLiteral("Alpaca: ready")), qPrintable(second.out));
        QTest::qWait(300);
        // Nothing was sent again: the restart found the bracket at Alpaca by client order id.
        QCOMPARE(fake.orderPosts(), 1);
        QCOMPARE(fake.orders().size(), 3);
        // The target fills at Alpaca: the restarted process closes the trade it resumed.
        QCOMPARE(fake.fill(entry, QStringLiteral("106.00"), QStringLiteral("limit")), 200);
        QVERIFY2(
            second.waitFor(QRegularExpression(QStringLiteral("Closed FLAT \\(profit_target\\)")),
                           [](const QRegularExpressionMatch&) {}),
            qPrintable(second.out));
        QCOMPARE(second.stop(SIGTERM), 0);
        QCOMPARE(fake.orderPosts(), 1);

        Journal j(journal);
        QCOMPARE(j.count(QStringLiteral("SELECT COUNT(*) FROM trade_executions")), 1);
        QCOMPARE(j.scalar(QStringLiteral("SELECT exit_reason FROM trade_executions")).toString(),
                 QStringLiteral("profit_target"));
        // Each execution counted once: the entry's and the target's, across both processes.
        QCOMPARE(j.count(QStringLiteral("SELECT COUNT(*) FROM fills")), 2);
    }
};

QTEST_GUILESS_MAIN(tst_AlpacaLive)
#include "tst_AlpacaLive.moc"
