// Whole-process replay throughput with the journal on disk: the real `axion-executor --headless
// --replay FILES --journal J.db` in a child process, on a generated market of at least 5 million
// minute bars (the demo market's six tickers, each under nine seeds = 54 symbols, a year of
// regular-session minutes, one CSV per symbol). Prints the process's bars / wall time and the
// summary's own bars_per_second (the replay loop, without loading the files), and the same feed
// replayed in this process without a journal (the bench_replay pipeline figure on this data).
// Never fails on speed.
//
//   build/release/tests/bench/bench_replay_journal           (>= 5,000,000 bars, the README figure)
//   build/release/tests/bench/bench_replay_journal --quick   (what ctest -L bench runs)
//
// The CSV files are written once to $AXION_BENCH_DATA (default <temp>/axion-bench-replay-journal)
// and reused by later runs.

#include "TestPaths.h"
#include "execution/ReplaySession.h"
#include "market/DemoMarket.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimeZone>
#include <cstdio>
#include <optional>

using namespace axion;
using namespace Qt::StringLiterals;

namespace {

struct DataSet {
    int seeds = 0; // each seed gives the six demo tickers once more, under new symbols
    int days = 0;
};

// "AXNQ" under seed 2 is "AXNQC": a CSV's symbol is its file name up to the first '_'.
QString symbolName(const QString& ticker, int seed) {
    return ticker + QChar(u'A' + seed);
}

QByteArray csvOf(const std::vector<Bar>& bars) {
    QByteArray out;
    out.reserve(qsizetype(bars.size()) * 64);
    out += "timestamp,open,high,low,close,volume\n";
    for (const Bar& b : bars) {
        out += QDateTime::fromMSecsSinceEpoch(b.timeMs, QTimeZone::utc())
                   .toString(Qt::ISODate)
                   .toLatin1();
        for (const Price p : {b.open, b.high, b.low, b.close}) {
            out += ',';
            out += p.toString(2).toLatin1();
        }
        out += ',';
        out += QByteArray::number(b.volume);
        out += '\n';
    }
    return out;
}

// The data set's files, written unless a complete earlier run left them there.
QStringList ensureData(const QString& dirPath, const DataSet& set, QString* error) {
    QDir dir(dirPath);
    const QString marker = dir.filePath(QStringLiteral("complete"));
    QStringList files;
    for (int seed = 0; seed < set.seeds; ++seed) {
        for (const QString& ticker : DemoMarket::tickers())
            files << dir.filePath(symbolName(ticker, seed) + QStringLiteral("_1m.csv"));
    }
    if (QFile::exists(marker))
        return files;
    if (!dir.mkpath(QStringLiteral("."))) {
        *error = QStringLiteral("cannot create %1").arg(dirPath);
        return {};
    }
    QElapsedTimer t;
    t.start();
    const QDate first(2025, 1, 2);
    qsizetype i = 0;
    for (int seed = 0; seed < set.seeds; ++seed) {
        const DemoMarket market(DemoMarket::kDefaultSeed + quint32(seed));
        for (const QString& ticker : DemoMarket::tickers()) {
            QSaveFile f(files[i++]);
            if (!f.open(QIODevice::WriteOnly) ||
                f.write(csvOf(market.bars(ticker, first, set.days))) < 0 || !f.commit()) {
                *error = QStringLiteral("cannot write %1").arg(f.fileName());
                return {};
            }
        }
    }
    QFile m(marker);
    m.open(QIODevice::WriteOnly);
    std::printf("  data        %lld files written to %s in %.1f s (reused by the next runs)\n",
                static_cast<long long>(files.size()), qPrintable(dirPath),
                static_cast<double>(t.elapsed()) / 1000.0);
    return files;
}

} // namespace

struct ChildRun {
    double bars = 0;
    int trades = 0;
    double processSeconds = 0;
};

// One `axion-executor --headless --replay` of the files into a fresh journal; prints its figures.
std::optional<ChildRun> runExecutor(const QString& base, const QStringList& files,
                                    const DataSet& set, const QString& detail, QTextStream& out) {
    QTemporaryDir scratch(QDir(base).filePath(QStringLiteral("run-XXXXXX")));
    const QString journal = scratch.filePath(QStringLiteral("replay.db"));
    const QString summaryPath = scratch.filePath(QStringLiteral("summary.json"));
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QStringList args{QStringLiteral("--headless"), QStringLiteral("--replay")};
    args += files;
    args << QStringLiteral("--journal") << journal << QStringLiteral("--summary-json")
         << summaryPath;
    if (!detail.isEmpty())
        args << QStringLiteral("--journal-detail") << detail;
    QElapsedTimer wall;
    wall.start();
    p.start(QStringLiteral(AXION_EXECUTOR_PATH), args);
    if (!p.waitForFinished(-1) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        std::fprintf(stderr, "bench_replay_journal: axion-executor failed (exit %d)\n",
                     p.exitCode());
        return std::nullopt;
    }
    ChildRun run;
    run.processSeconds = static_cast<double>(wall.nsecsElapsed()) / 1e9;
    QFile sf(summaryPath);
    if (!sf.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "bench_replay_journal: no summary\n");
        return std::nullopt;
    }
    const QJsonObject summary = QJsonDocument::fromJson(sf.readAll()).object();
    run.bars = summary.value(u"bars").toDouble();
    run.trades = summary.value(u"trades").toInt();
    const double loopSeconds = summary.value(u"wall_seconds").toDouble();
    out << QStringLiteral("  journal detail %1\n").arg(detail.isEmpty() ? u"audit"_s : detail);
    out << QStringLiteral("  %1 symbols x %2 days = %3 bars, %4 trades, %5 orders, journal %6 MB\n")
               .arg(files.size())
               .arg(set.days)
               .arg(run.bars, 0, 'f', 0)
               .arg(run.trades)
               .arg(summary.value(u"orders").toDouble(), 0, 'f', 0)
               .arg(static_cast<double>(QFileInfo(journal).size() +
                                        QFileInfo(journal + QStringLiteral("-wal")).size()) /
                        1e6,
                    0, 'f', 1);
    out << QStringLiteral("  process     %1 bars/s  (%2 s whole process: load + replay + journal)"
                          "   target >= 2,000,000 bars/s\n")
               .arg(run.bars / run.processSeconds, 0, 'f', 0)
               .arg(run.processSeconds, 0, 'f', 2);
    out << QStringLiteral("  replay loop %1 bars/s  (%2 s, the summary's bars_per_second; load "
                          "and exit %3 s)\n")
               .arg(summary.value(u"bars_per_second").toDouble(), 0, 'f', 0)
               .arg(loopSeconds, 0, 'f', 2)
               .arg(run.processSeconds - loopSeconds, 0, 'f', 2);
    out.flush();
    return run;
}

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    // Full: 54 symbols x 252 days x 390 minutes = 5.3 million bars.
    const DataSet set = quick ? DataSet{1, 15} : DataSet{9, 252};
    const QString base = qEnvironmentVariableIsEmpty("AXION_BENCH_DATA")
                             ? QDir::temp().filePath(QStringLiteral("axion-bench-replay-journal"))
                             : qEnvironmentVariable("AXION_BENCH_DATA");
    const QString dataDir =
        QDir(base).filePath(QStringLiteral("%1x%2").arg(set.seeds * 6).arg(set.days));

    QTextStream out(stdout);
    out << "bench_replay_journal (" << (quick ? "quick" : "full") << ")" << Qt::endl;
    QString error;
    const QStringList files = ensureData(dataDir, set, &error);
    if (files.isEmpty()) {
        std::fprintf(stderr, "bench_replay_journal: %s\n", qPrintable(error));
        return 1;
    }

    // The executor with the journal on disk, as a user runs it: the whole audit (the default),
    // then the trading record only (--journal-detail trades).
    const std::optional<ChildRun> audit = runExecutor(base, files, set, {}, out);
    if (!audit)
        return 1;
    const std::optional<ChildRun> trades =
        runExecutor(base, files, set, QStringLiteral("trades"), out);
    if (!trades)
        return 1;
    if (trades->trades != audit->trades || trades->bars != audit->bars) {
        std::fprintf(stderr, "bench_replay_journal: the journal detail changed the trading\n");
        return 1;
    }
    const double bars = audit->bars;
    const double processSeconds = audit->processSeconds;
    QJsonObject summary;
    summary.insert(u"trades"_s, audit->trades);

    // The same feed in this process, without a journal: what the pipeline costs alone.
    QElapsedTimer load;
    load.start();
    ReplaySession session(ExecutorConfig{}, Money::fromWhole(100'000));
    for (const QString& f : files) {
        if (!session.addFile(f, &error)) {
            std::fprintf(stderr, "bench_replay_journal: %s\n", qPrintable(error));
            return 1;
        }
    }
    const double loadSeconds = static_cast<double>(load.nsecsElapsed()) / 1e9;
    const ReplaySummary plain = session.run();
    out << QStringLiteral("  no journal  %1 bars/s  (%2 s replay loop in process; the CSV load "
                          "took %3 s)\n")
               .arg(plain.barsPerSecond, 0, 'f', 0)
               .arg(plain.wallSeconds, 0, 'f', 2)
               .arg(loadSeconds, 0, 'f', 2);
    out << QStringLiteral("  ratio       %1x  (no-journal loop / journaled process)\n")
               .arg(plain.barsPerSecond / (bars / processSeconds), 0, 'f', 2);
    if (static_cast<qint64>(bars) != plain.stats.bars ||
        summary.value(u"trades").toInt() != plain.stats.trades) {
        std::fprintf(stderr, "bench_replay_journal: the two runs differ (%lld/%lld bars)\n",
                     static_cast<long long>(bars), static_cast<long long>(plain.stats.bars));
        return 1;
    }
    return 0;
}
