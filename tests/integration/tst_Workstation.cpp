#include "MainWindow.h"
#include "Workstation.h"
#include "models/JournalTradeModel.h"
#include "models/PositionsModel.h"
#include "support/TestValues.h"
#include "tabs/ActivePositionsTab.h"
#include "tabs/TradeJournalTab.h"
#include "widgets/KillSwitchButton.h"

#include <QImage>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
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

private Q_SLOTS:
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
