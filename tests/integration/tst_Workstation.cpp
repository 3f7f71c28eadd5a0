#include "MainWindow.h"
#include "TestPaths.h"
#include "Workstation.h"
#include "models/JournalTradeModel.h"
#include "models/PositionsModel.h"
#include "models/SignalsModel.h"
#include "support/TestValues.h"
#include "tabs/ActivePositionsTab.h"
#include "tabs/SignalsTab.h"
#include "tabs/TradeJournalTab.h"
#include "widgets/KillSwitchButton.h"

#include <QDateTime>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

using namespace axion;

// The workstation as a trader runs it: the demo engine on its thread, the window on this one.
class tst_Workstation : public QObject {
    Q_OBJECT

private:
    static Workstation::Options fastDemo(const QTemporaryDir& dir) {
        Workstation::Options o;
        o.journalPath = dir.filePath(QStringLiteral("demo.db"));
        o.minutesPerSecond = 600.0; // a trading day in well under a second
        o.demoDays = 30;
        return o;
    }

    // Posts `body` to the ingress; the HTTP status (0 when there was no answer).
    static int post(quint16 port, const QByteArray& token, const QByteArray& body) {
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, port);
        if (!s.waitForConnected(10'000))
            return 0;
        s.write("POST /v1/signals HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token +
                "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QByteArray in;
        while (!in.contains("\r\n\r\n") && s.waitForReadyRead(10'000))
            in += s.readAll();
        return in.startsWith("HTTP/1.1 ") ? in.mid(9, 3).toInt() : 0;
    }

private Q_SLOTS:
    void signalsFromOutsideAreShownWithSourceDecisionAndReason() {
        QTemporaryDir dir;
        Workstation::Options o = fastDemo(dir);
        o.minutesPerSecond = 1.0; // slow: the demo day stays open while the signal comes in
        IngressOptions ingress;
        ingress.port = 0;
        ingress.token = "workstation-test-token";
        o.ingress = ingress;
        Workstation w(o);
        QString error;
        QVERIFY2(w.start(&error), qPrintable(error));
        SignalsTab* tab = w.window()->signalsTab();
        auto* intake = tab->findChild<QLabel*>(QStringLiteral("intakeStatus"));
        const QRegularExpression listening(QStringLiteral("http://127\\.0\\.0\\.1:(\\d+)/"));
        QTRY_VERIFY_WITH_TIMEOUT(listening.match(intake->text()).hasMatch(), 30'000);
        const quint16 port = quint16(listening.match(intake->text()).captured(1).toUInt());

        // (Built as JSON, not a raw string literal: moc cannot parse those.)
        const QByteArray signal =
            QJsonDocument(
                QJsonObject{{QStringLiteral("signal_id"), QStringLiteral("ws-ext-1")},
                            {QStringLiteral("ticker"), QStringLiteral("HLXQ")},
                            {QStringLiteral("signal_type"), QStringLiteral("cloud_flip_bullish")},
                            {QStringLiteral("direction"), QStringLiteral("long")},
                            {QStringLiteral("timeframe"), QStringLiteral("5m")},
                            {QStringLiteral("conviction"), 82},
                            {QStringLiteral("entry_price"), 148.0},
                            {QStringLiteral("stop_loss"), 146.5},
                            {QStringLiteral("target_price"), 151.0},
                            {QStringLiteral("timestamp"),
                             QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}})
                .toJson(QJsonDocument::Compact);
        QCOMPARE(post(port, "workstation-test-token", signal), 202);
        QCOMPARE(post(port, "not-the-token", signal), 401);

        SignalsModel* model = tab->model();
        // The rows of this signal from HTTP: the executor's decision and, for the post with the
        // wrong token, the refusal (its body still names the signal).
        auto row = [model](bool wantRefused) -> int {
            for (int r = 0; r < model->rowCount(); ++r) {
                const SignalActivity& a = model->activityAt(r);
                if (a.source == u"http" && a.signalId == u"ws-ext-1" &&
                    (a.decision == SignalActivity::Decision::Refused) == wantRefused)
                    return r;
            }
            return -1;
        };
        QTRY_VERIFY_WITH_TIMEOUT(row(false) >= 0, 30'000);
        const SignalActivity& taken = model->activityAt(row(false));
        // The executor decided (approved or rejected with a reason), on the demo's HLXQ.
        QVERIFY2(taken.decision == SignalActivity::Decision::Approved ||
                     taken.decision == SignalActivity::Decision::Rejected,
                 qPrintable(toString(taken.decision) + u' ' + taken.code + u' ' + taken.reason));
        QVERIFY(!taken.reason.isEmpty());
        QCOMPARE(taken.ticker, QStringLiteral("HLXQ"));
        QTRY_VERIFY_WITH_TIMEOUT(row(true) >= 0, 30'000);
        const SignalActivity& refused = model->activityAt(row(true));
        QCOMPARE(refused.code, QStringLiteral("unauthorized"));
        QCOMPARE(refused.ticker, QStringLiteral("HLXQ"));
        QVERIFY(model->totals().external >= 2);
    }

    void closedPositionLeavesPositionsAndReachesTheJournal() {
        QTemporaryDir dir;
        Workstation w(fastDemo(dir));
        QString error;
        QVERIFY2(w.start(&error), qPrintable(error));
        MainWindow* win = w.window();
        PositionsModel* positions = win->positionsTab()->model();
        auto* journal = win->journalTab()->findChild<JournalTradeModel*>();
        QVERIFY(journal);

        // 1. On Active Positions: a position is shown, then leaves (closed).
        QSet<QString> shown;
        QString closed;
        QElapsedTimer t;
        t.start();
        while (closed.isEmpty() && t.elapsed() < 60'000) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
            QSet<QString> now;
            for (int r = 0; r < positions->rowCount(); ++r)
                now.insert(positions->positionAt(r)->signalId);
            for (const QString& id : std::as_const(shown)) {
                if (!now.contains(id)) {
                    closed = id;
                    break;
                }
            }
            shown.unite(now);
        }
        QVERIFY2(!closed.isEmpty(), "no position was seen in Active Positions and then leaving it");

        // 2. On the Trade Journal tab (read when it comes forward): that trade, closed.
        win->showTab(MainWindow::Tab::Journal);
        auto closedInJournal = [&] {
            if (journal->canFetchMore({}))
                journal->fetchMore({});
            for (const TradeRecord& trade : journal->trades()) {
                if (trade.signalId == closed && trade.exitTimeMs.has_value())
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(closedInJournal(), 30'000);
        QVERIFY(win->snapshotsApplied() > 0);
        QVERIFY(win->shownSnapshot().stats.trades > 0);
    }

    void toolbarKillSwitchHaltsEntriesAndIsJournaled() {
        QTemporaryDir dir;
        const Workstation::Options options = fastDemo(dir);
        {
            Workstation w(options);
            QString error;
            QVERIFY2(w.start(&error), qPrintable(error));
            MainWindow* win = w.window();
            QTRY_VERIFY_WITH_TIMEOUT(win->snapshotsApplied() > 0, 10'000);
            QVERIFY(!win->shownSnapshot().killSwitchTripped);

            QTest::mouseClick(win->killSwitchButton(), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(win->shownSnapshot().killSwitchTripped, 5'000);
            QVERIFY(win->shownSnapshot().activeTrip.has_value());
            COMPARE_NAMED(win->shownSnapshot().activeTrip->trigger, KillTrigger::Manual);

            // The market goes on; entries do not.
            const qint64 approved = win->shownSnapshot().stats.approved;
            const qint64 bars = win->shownSnapshot().stats.bars;
            QTRY_VERIFY_WITH_TIMEOUT(win->shownSnapshot().stats.bars > bars + 5'000, 30'000);
            QCOMPARE(win->shownSnapshot().stats.approved, approved);
            QVERIFY(win->shownSnapshot().stats.rejected.value(
                        QStringLiteral("kill_switch_tripped")) > 0);
        }
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("ks"));
        db.setDatabaseName(options.journalPath);
        QVERIFY(db.open());
        {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM events WHERE kind = "
                                          "'kill_switch' AND payload_json LIKE '%manual%'")));
            QVERIFY(q.next());
            QVERIFY(q.value(0).toInt() >= 1);
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("ks"));
    }

    void screenshotFromTheCommandLine() {
        QTemporaryDir dir;
        for (const QString& tab : {QStringLiteral("positions"), QStringLiteral("risk")}) {
            const QString png = dir.filePath(tab + QStringLiteral(".png"));
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            // Settings and the demo journal go to the temporary home, not the user's.
            env.insert(QStringLiteral("HOME"), dir.path());
            env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("cfg")));
            env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(AXION_EXECUTOR_PATH),
                    {QStringLiteral("--demo"), QStringLiteral("--speed"), QStringLiteral("200"),
                     QStringLiteral("--screenshot"), png, QStringLiteral("--after"),
                     QStringLiteral("2"), QStringLiteral("--tab"), tab});
            QVERIFY(p.waitForFinished(60'000));
            QCOMPARE(p.exitCode(), 0);
            QVERIFY(p.readAllStandardOutput().contains("screenshot: "));
            const QImage image(png);
            QVERIFY(!image.isNull());
            QVERIFY(image.width() >= 1000 && image.height() >= 600);
        }
        // A bad tab is refused before anything starts.
        QProcess bad;
        bad.start(QStringLiteral(AXION_EXECUTOR_PATH),
                  {QStringLiteral("--demo"), QStringLiteral("--screenshot"),
                   dir.filePath(QStringLiteral("x.png")), QStringLiteral("--tab"),
                   QStringLiteral("nope")});
        QVERIFY(bad.waitForFinished(30'000));
        QCOMPARE(bad.exitCode(), 2);
        QVERIFY(bad.readAllStandardError().contains("--tab"));
    }
};

QTEST_MAIN(tst_Workstation)
#include "tst_Workstation.moc"
