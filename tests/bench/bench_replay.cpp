// Full-pipeline replay throughput: real SPY, IBM and BAC minute bars (shared/data, 18 days of
// files) through the cloud signal engine, risk gate, sizer, entry planner, paper broker, order
// book, positions and exits, replayed again and again until at least 10 million bars have gone
// through. Prints bars per second; never fails on speed.
//
//   build/release/tests/bench/bench_replay            (>= 10,000,000 bars, the README figure)
//   build/release/tests/bench/bench_replay --quick    (what ctest -L bench runs)
//   build/release/tests/bench/bench_replay --journal  (also journal every pass to SQLite)

#include "TestPaths.h"
#include "execution/ReplaySession.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>
#include <cstdio>

using namespace axion;

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const bool journal = app.arguments().contains(QStringLiteral("--journal"));
    const qint64 targetBars = quick ? 200'000 : 10'000'000;

    ReplayFeed feed;
    for (const char* sym : {"spy", "ibm", "bac"}) {
        const QDir dir(QStringLiteral(AXION_SHARED_DIR "/data/lean/equity/usa/minute/") +
                       QString::fromLatin1(sym));
        for (const QString& f :
             dir.entryList({QStringLiteral("*_trade.zip")}, QDir::Files, QDir::Name)) {
            QString error;
            if (!feed.addFile(dir.filePath(f), &error)) {
                std::fprintf(stderr, "bench_replay: %s\n", qPrintable(error));
                return 1;
            }
        }
    }
    const qint64 barsPerPass = static_cast<qint64>(feed.bars().size());
    if (barsPerPass == 0) {
        std::fprintf(stderr, "bench_replay: no bars under %s\n", AXION_SHARED_DIR);
        return 1;
    }

    QTemporaryDir dir;
    qint64 bars = 0;
    qint64 passes = 0;
    qint64 trades = 0;
    double pipelineSeconds = 0.0; // inside run(): the replay loop only
    QElapsedTimer wall;
    wall.start();
    while (bars < targetBars) {
        ReplaySession session(ExecutorConfig{}, Money::fromWhole(100'000));
        session.setFeed(feed);
        if (journal) {
            QString error;
            if (!session.openJournal(dir.filePath(QStringLiteral("pass%1.db").arg(passes)),
                                     &error)) {
                std::fprintf(stderr, "bench_replay: %s\n", qPrintable(error));
                return 1;
            }
        }
        const ReplaySummary s = session.run();
        bars += s.stats.bars;
        trades += s.stats.trades;
        pipelineSeconds += s.wallSeconds;
        ++passes;
    }
    const double totalSeconds = static_cast<double>(wall.nsecsElapsed()) / 1e9;

    QTextStream out(stdout);
    out << "bench_replay (" << (quick ? "quick" : "full") << (journal ? ", journaled" : "")
        << "): " << passes << " passes x " << barsPerPass << " bars = " << bars << " bars, "
        << trades << " trades\n";
    out << QStringLiteral(
               "  pipeline    %1 bars/s  (%2 ns/bar, %3 s)   target >= 5,000,000 bars/s\n")
               .arg(static_cast<double>(bars) / pipelineSeconds, 0, 'f', 0)
               .arg(pipelineSeconds * 1e9 / static_cast<double>(bars), 0, 'f', 1)
               .arg(pipelineSeconds, 0, 'f', 2);
    out << QStringLiteral("  with setup  %1 bars/s  (%2 s, a fresh engine per pass)\n")
               .arg(static_cast<double>(bars) / totalSeconds, 0, 'f', 0)
               .arg(totalSeconds, 0, 'f', 2);
    return 0;
}
