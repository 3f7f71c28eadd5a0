// The command line as a user runs it: the real axion-executor binary in a child process.

#include "TestPaths.h"
#include "support/JournalReader.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QStringList& args) {
    QProcess p;
    p.start(QStringLiteral(AXION_EXECUTOR_PATH), args);
    Run r;
    if (!p.waitForFinished(60'000)) {
        p.kill();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

const QString kSpyDay =
    QStringLiteral(AXION_SHARED_DIR "/data/lean/equity/usa/minute/spy/20131007_trade.zip");

} // namespace

class tst_HeadlessRun : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void replaysAndWritesTheSummary() {
        QTemporaryDir dir;
        const QString summary = dir.filePath(QStringLiteral("summary.json"));
        const QString journal = dir.filePath(QStringLiteral("journal.db"));
        const Run r = run({QStringLiteral("--headless"), QStringLiteral("--replay"), kSpyDay,
                           QStringLiteral("--journal"), journal, QStringLiteral("--summary-json"),
                           summary, QStringLiteral("--equity"), QStringLiteral("250000")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"Replay summary"));
        QVERIFY(r.out.contains(u"bars            390"));
        QFile f(summary);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(o.value(u"bars").toInt(), 390);
        QCOMPARE(o.value(u"starting_equity").toDouble(), 250000.0);
        QVERIFY(o.value(u"bars_per_second").toDouble() > 0);
        QVERIFY(QFile::exists(journal));
    }

    void twoRunsOnOneJournalKeepEveryFill() {
        // Two processes, one after the other, replay the same day into one journal: the second
        // one's paper ids carry its own run number, so none of its fills is taken for a
        // duplicate of the first one's; it trades only the signals the first did not, and the
        // day's daily_pnl row counts every closed trade of the date once.
        QTemporaryDir dir;
        const QString journal = dir.filePath(QStringLiteral("journal.db"));
        qint64 fills[2] = {0, 0};
        qint64 dayPnl[2] = {0, 0};
        int dayTrades[2] = {0, 0};
        for (int i = 0; i < 2; ++i) {
            const QString summary = dir.filePath(QStringLiteral("summary%1.json").arg(i + 1));
            const Run r = run({QStringLiteral("--headless"), QStringLiteral("--replay"), kSpyDay,
                               QStringLiteral("--journal"), journal,
                               QStringLiteral("--summary-json"), summary});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QFile f(summary);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
            fills[i] = o.value(u"fills").toInteger();
            const axion::test::JournalReader j(journal);
            const QList<QSqlRecord> day =
                j.rows(QStringLiteral("SELECT realized_pnl_e4, total_trades FROM daily_pnl"
                                      " WHERE date = '2013-10-07'"));
            QCOMPARE(day.size(), 1);
            dayPnl[i] = day.constFirst().value(0).toLongLong();
            dayTrades[i] = day.constFirst().value(1).toInt();
        }
        QVERIFY2(fills[0] > 0 && fills[1] > 0, "a run filled nothing: the test proves nothing");

        const axion::test::JournalReader j(journal);
        const auto scalar = [&j](const QString& sql) {
            return j.rows(sql).constFirst().value(0).toLongLong();
        };
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM journal_runs")), 2LL);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM fills")), fills[0] + fills[1]);
        QCOMPARE(
            scalar(QStringLiteral("SELECT COUNT(*) FROM events WHERE kind = 'fill_duplicate'")),
            0LL);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM fills WHERE execution_id LIKE"
                                       " 'paper-SPY-r1-%' AND broker_order_id LIKE"
                                       " 'paper-SPY-r1-order-%'")),
                 fills[0]);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM fills WHERE execution_id LIKE"
                                       " 'paper-SPY-r2-%' AND broker_order_id LIKE"
                                       " 'paper-SPY-r2-order-%'")),
                 fills[1]);

        // The day is not counted twice: the row after the second run is the first run's day
        // plus the second run's own closed trades, each once.
        QVERIFY2(dayTrades[0] > 0, "no closed trade on the day: the test proves nothing");
        const qint64 secondTrades = scalar(QStringLiteral(
            "SELECT COUNT(*) FROM trade_executions WHERE status = 'closed' AND run_id = 2"));
        const qint64 secondPnl = scalar(QStringLiteral("SELECT COALESCE(SUM(pnl_e4), 0) FROM "
                                                       "trade_executions WHERE status = 'closed' "
                                                       "AND run_id = 2"));
        QCOMPARE(qint64(dayTrades[1]), dayTrades[0] + secondTrades);
        QCOMPARE(dayPnl[1], dayPnl[0] + secondPnl);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM trade_executions WHERE status ="
                                       " 'closed'")),
                 qint64(dayTrades[1]));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM daily_pnl")), 1LL);
    }

    void unreadableFileIsAClearError() {
        const Run r = run({QStringLiteral("--headless"), QStringLiteral("--replay"),
                           QStringLiteral("/nonexistent/spy/20131007_trade.zip")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"/nonexistent/spy/20131007_trade.zip"), qPrintable(r.err));
    }

    void badDataNamesFileAndLine() {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("AAPL.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("timestamp,open,high,low,close,volume\n"
                "2026-11-24T09:30:00-05:00,187.42,187.50,187.40,187.45,1000\n"
                "2026-11-24T09:31:00-05:00,187.45,187.30,187.40,187.35,1000\n");
        f.close();
        const Run r = run({QStringLiteral("--headless"), QStringLiteral("--replay"), csv});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(csv + QStringLiteral(":3")), qPrintable(r.err));
    }

    void invalidConfigIsAClearError() {
        QTemporaryDir dir;
        const QString config = dir.filePath(QStringLiteral("c.json"));
        QFile f(config);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"max_risk_per_trade": 1.5, "eod_close_time": "4pm"})");
        f.close();
        const Run r = run({QStringLiteral("--headless"), QStringLiteral("--replay"), kSpyDay,
                           QStringLiteral("--config"), config});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(u"max_risk_per_trade"));
        QVERIFY(r.err.contains(u"eod_close_time"));
    }

    void versionAndHelp() {
        QCOMPARE(run({QStringLiteral("--version")}).out.trimmed(),
                 QStringLiteral("axion-executor " AXION_VERSION));
        const Run help = run({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(u"--summary-json"));
        QCOMPARE(run({QStringLiteral("--frobnicate")}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(tst_HeadlessRun)
#include "tst_HeadlessRun.moc"
