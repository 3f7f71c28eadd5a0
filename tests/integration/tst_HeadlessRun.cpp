// The command line as a user runs it: the real axion-executor binary in a child process.

#include "TestPaths.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
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
