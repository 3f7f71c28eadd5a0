// Restarts as they happen to a trader: the real `axion-executor --headless --ingress-port`
// process killed with SIGKILL at a chosen point of the order path (AXION_FAULT_KILL_AT), then
// started again on the same journal, and the same signal delivered again (a signal engine that
// got no 202 sends it again). Nothing may be traded twice; a tripped kill switch stays tripped;
// two processes never trade on one journal.

#include "TestPaths.h"
#include "support/ServiceProcess.h"

#include <QFile>
#include <QTest>

using namespace servicetest;

namespace {

QStringList serviceArgs(const QString& market, const QString& journal,
                        const QStringList& extra = {}) {
    return QStringList{QStringLiteral("--ingress-token"), QString::fromLatin1(kToken),
                       QStringLiteral("--replay"),        market,
                       QStringLiteral("--speed"),         QStringLiteral("1"),
                       QStringLiteral("--journal"),       journal} +
           extra;
}

int lineCount(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    return int(f.readAll().count('\n'));
}

} // namespace

class tst_RestartSafety : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Killed at each point of one bracket's way out, restarted, the signal sent again: the
    // journal holds that bracket once, the second process sends nothing for it and says why.
    void aSignalIsNeverTradedTwiceAcrossAKill_data() {
        QTest::addColumn<QString>("point");
        QTest::addColumn<bool>("answeredBeforeTheKill");
        QTest::addColumn<int>("intentsRecovered");
        QTest::newRow("before the send") << QStringLiteral("before_send") << false << 3;
        QTest::newRow("after the send") << QStringLiteral("after_send") << false << 3;
        QTest::newRow("after the fill") << QStringLiteral("after_fill") << true << 0;
    }
    void aSignalIsNeverTradedTwiceAcrossAKill() {
        QFETCH(QString, point);
        QFETCH(bool, answeredBeforeTheKill);
        QFETCH(int, intentsRecovered);
        QTemporaryDir dir;
        const QString market = writeMarket(dir);
        const QString journal = dir.filePath(QStringLiteral("journal.db"));
        const QString id = QStringLiteral("crash-") + point;

        Service first;
        first.extraEnv.insert(QStringLiteral("AXION_FAULT_KILL_AT"), point);
        QVERIFY2(first.start(dir, serviceArgs(market, journal)), qPrintable(first.out));
        const Reply reply = post(first.port, json(signalObject(id)));
        QCOMPARE(reply.status == 202, answeredBeforeTheKill);
        QVERIFY2(first.waitForEnd(), qPrintable(first.out));
        QVERIFY2(first.killedBySignal(), qPrintable(first.out));
        if (intentsRecovered > 0) // the bracket's three intents are all that reached the disk
            QCOMPARE(lineCount(journal + QStringLiteral("-intents")), intentsRecovered);

        Service second;
        QVERIFY2(second.start(dir, serviceArgs(market, journal)), qPrintable(second.out));
        if (intentsRecovered > 0)
            QVERIFY2(
                second.waitFor(QStringLiteral("%1 order intent(s) found").arg(intentsRecovered)),
                qPrintable(second.out));
        // A resend is refused (409): known by its inbox row when the first run answered, by its
        // orders (replayed from the intent log) when the kill came between the send and the
        // commit that stores the row.
        QCOMPARE(post(second.port, json(signalObject(id))).status, 409);
        QCOMPARE(second.stop(SIGTERM), 0);
        QCOMPARE(lineCount(journal + QStringLiteral("-intents")), 0); // all in the journal now

        Journal j(journal);
        const QString ofSignal = QStringLiteral(" WHERE signal_id = '%1'").arg(id);
        QCOMPARE(j.count(QStringLiteral("SELECT COUNT(*) FROM orders") + ofSignal), 3);
        QCOMPARE(j.count(QStringLiteral("SELECT COUNT(*) FROM events WHERE kind = "
                                        "'intent_recovered'")),
                 intentsRecovered);
        // The restart reconciled them with the broker by client order id before any entry: the
        // paper broker of the new process has none of them, so an order whose send was never
        // confirmed is rejected and one it had acknowledged is gone.
        QCOMPARE(j.count(QStringLiteral("SELECT COUNT(*) FROM orders") + ofSignal +
                         QStringLiteral(" AND state = '%1' AND last_message LIKE 'reconciled:%'")
                             .arg(intentsRecovered > 0 ? QStringLiteral("rejected")
                                                       : QStringLiteral("cancelled"))),
                 3);
        QCOMPARE(j.count(QStringLiteral("SELECT COUNT(*) FROM events WHERE kind = 'reconciled'")),
                 3);
        // The second process placed nothing for it: no fill of its own.
        if (intentsRecovered > 0)
            QCOMPARE(j.count(QStringLiteral("SELECT COUNT(*) FROM fills WHERE client_order_id "
                                            "LIKE '%1-%'")
                                 .arg(id)),
                     0);
        QCOMPARE(j.count(QStringLiteral("SELECT COUNT(*) FROM events WHERE kind = "
                                        "'engine_recovered'")),
                 2);
        QCOMPARE(j.count(QStringLiteral("SELECT COUNT(*) FROM signal_inbox WHERE signal_id = '%1'"
                                        " AND decision = 'delivered'")
                             .arg(id)),
                 answeredBeforeTheKill ? 1 : 0);
    }

    // The switch trips (the account is below the minimum), the process is killed, and the next
    // one, on a healthy account, still refuses entries until an operator resets it.
    void aTrippedKillSwitchStaysTrippedAcrossAKill() {
        QTemporaryDir dir;
        const QString market = writeMarket(dir);
        const QString journal = dir.filePath(QStringLiteral("journal.db"));
        Service first;
        QVERIFY2(
            first.start(dir, serviceArgs(market, journal,
                                         {QStringLiteral("--equity"), QStringLiteral("20000")})),
            qPrintable(first.out));
        // Tripped on the first bar; a signal shows it (the trip is committed when it happens).
        QCOMPARE(post(first.port, json(signalObject(QStringLiteral("before-kill")))).status, 202);
        QVERIFY2(first.waitFor(QStringLiteral("kill_switch_tripped")), qPrintable(first.out));
        first.process.kill(); // SIGKILL
        QVERIFY(first.waitForEnd());

        Service second;
        QVERIFY2(second.start(dir, serviceArgs(market, journal)), qPrintable(second.out));
        QVERIFY2(second.waitFor(QStringLiteral("still tripped from before the restart")),
                 qPrintable(second.out));
        QCOMPARE(post(second.port, json(signalObject(QStringLiteral("after-trip")))).status, 202);
        QVERIFY2(second.waitFor(QStringLiteral("kill_switch_tripped")), qPrintable(second.out));
        QCOMPARE(second.stop(SIGTERM), 0);
        Journal j(journal);
        QCOMPARE(j.count(QStringLiteral("SELECT COUNT(*) FROM orders WHERE signal_id = "
                                        "'after-trip'")),
                 0);
    }

    // A second process on a journal in use says who holds it and exits 2; the first trades on.
    void aSecondProcessOnOneJournalExits2() {
        QTemporaryDir dir;
        const QString market = writeMarket(dir);
        const QString journal = dir.filePath(QStringLiteral("journal.db"));
        Service first;
        QVERIFY2(first.start(dir, serviceArgs(market, journal)), qPrintable(first.out));

        Service second;
        QVERIFY(!second.start(dir, serviceArgs(market, journal)));
        QVERIFY(second.waitForEnd());
        QCOMPARE(second.process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(second.process.exitCode(), 2);
        const QString err = QString::fromUtf8(second.process.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("in use by")), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("process %1").arg(first.process.processId())),
                 qPrintable(err));

        QCOMPARE(post(first.port, json(signalObject(QStringLiteral("still-mine")))).status, 202);
        QCOMPARE(first.stop(SIGTERM), 0);
    }
};

QTEST_GUILESS_MAIN(tst_RestartSafety)
#include "tst_RestartSafety.moc"
