// Benchmarks of the per-signal and per-bar decisions: prints nanoseconds per call.
// Figures, not pass/fail: a slow machine prints bigger numbers, it does not fail.
//
//   build/release/tests/bench/bench_decisions            (full run, figures for the README)
//   build/release/tests/bench/bench_decisions --quick    (what ctest -L bench runs)

#include "TestPaths.h"
#include "execution/ExitMonitor.h"
#include "market/CloudStack.h"
#include "market/EmaCloud.h"
#include "risk/RiskGate.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>
#include <chrono>
#include <cstdio>
#include <vector>

using namespace axion;

namespace {

// Keeps results alive so the optimiser cannot drop the work being measured.
volatile double g_sink = 0;

template <typename F>
double nsPerCall(qint64 calls, F&& body) {
    const auto start = std::chrono::steady_clock::now();
    body();
    const auto end = std::chrono::steady_clock::now();
    return std::chrono::duration<double, std::nano>(end - start).count() /
           static_cast<double>(calls);
}

// Real SPY minute bars (2013-10-04 .. 10-11, regular session) from the shared golden file.
std::vector<Bar> loadSpyBars() {
    QFile file(
        QStringLiteral(AXION_SHARED_DIR "/data/reference/ema_spy_1m_rth_20131004_20131011.csv"));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "bench_decisions: cannot read %s\n", qPrintable(file.fileName()));
        std::exit(1);
    }
    std::vector<Bar> bars;
    file.readLine(); // header
    qint64 t = 0;
    while (!file.atEnd()) {
        const QList<QByteArray> cols = file.readLine().split(',');
        const Price close = *Price::parse(QString::fromLatin1(cols[1]));
        const Price hl2 =
            *Price::parse(QString::fromLatin1(cols[2]), fixedpoint::Rounding::HalfAwayFromZero);
        bars.push_back(Bar{t += 60'000, close, hl2 + Price::fromUnits(100),
                           hl2 - Price::fromUnits(100), close, 1000});
    }
    return bars;
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const std::vector<Bar> bars = loadSpyBars();
    const qint64 rounds = quick ? 50 : 2'000; // passes over the 2,340 bars

    // --- EmaCloud::update: one layer (34/50) over real closes.
    EmaCloud cloud(CloudLayer::Macro, 34, 50, EmaSeeding::FirstValue);
    const qint64 cloudCalls = rounds * static_cast<qint64>(bars.size());
    const double cloudNs = nsPerCall(cloudCalls, [&] {
        for (qint64 r = 0; r < rounds; ++r) {
            for (const Bar& b : bars) {
                const double c = b.close.toDouble();
                g_sink = g_sink + cloud.update(c, c).thickness;
            }
        }
    });

    // --- ExitMonitor::evaluate: one open long on every bar with the bar's real clouds.
    CloudStack stack;
    std::vector<std::array<CloudState, kCloudLayerCount>> states;
    states.reserve(bars.size());
    for (const Bar& b : bars) {
        stack.update(b);
        states.push_back(stack.states());
    }
    const ExecutorConfig config;
    const ExitMonitor monitor(config);
    Position pos;
    pos.ticker = QStringLiteral("SPY");
    pos.direction = Direction::Long;
    pos.shares = 100;
    pos.averageEntry = bars.front().close;
    pos.initialStop = pos.averageEntry - Price::fromWhole(2);
    pos.stopLoss = pos.initialStop;
    pos.tradeType = TradeType::Day;
    pos.entryTimeMs = bars.front().timeMs;
    const qint64 exitCalls = rounds * static_cast<qint64>(bars.size());
    const double exitNs = nsPerCall(exitCalls, [&] {
        for (qint64 r = 0; r < rounds; ++r) {
            ExitTracker tracker;
            for (std::size_t i = 0; i < bars.size(); ++i) {
                const ExitDecision d = monitor.evaluate(pos, bars[i], states[i], tracker,
                                                        bars[i].timeMs, bars.back().timeMs);
                g_sink = g_sink + static_cast<double>(d.firedMask);
            }
        }
    });

    // --- RiskGate::validate: an approved signal against an account with 9 open positions.
    const RiskGate gate(config);
    AccountState account;
    account.equity = Money::fromWhole(250'000);
    account.startOfDayEquity = account.equity;
    account.buyingPower = Money::fromWhole(1'000'000);
    for (int i = 0; i < 9; ++i) {
        Position p = pos;
        p.ticker = QStringLiteral("T%1").arg(i);
        p.sector = i % 3 == 0 ? QStringLiteral("Technology") : QStringLiteral("Energy");
        p.lastPrice = p.averageEntry;
        account.positions.append(p);
    }
    Signal signal;
    signal.ticker = QStringLiteral("AAPL");
    signal.sector = QStringLiteral("Technology");
    signal.direction = Direction::Long;
    signal.entryPrice = Price::fromWhole(187);
    signal.stopLoss = Price::fromWhole(185);
    const QList<WorkingEntry> working;
    const MarketStatus open{true, false};
    const qint64 gateCalls = quick ? 200'000 : 5'000'000;
    const double gateNs = nsPerCall(gateCalls, [&] {
        for (qint64 i = 0; i < gateCalls; ++i) {
            const RiskDecision d =
                gate.validate(signal, 50 + (i & 7), signal.entryPrice, account, working, open);
            g_sink = g_sink + static_cast<double>(d.approvedShares);
        }
    });

    QTextStream out(stdout);
    out << "bench_decisions (" << (quick ? "quick" : "full") << ", " << bars.size()
        << " SPY bars x " << rounds << " passes)\n";
    out << QStringLiteral("  RiskGate::validate      %1 ns/call   (target < 200 ns, %2 calls)\n")
               .arg(gateNs, 8, 'f', 1)
               .arg(gateCalls);
    out << QStringLiteral("  ExitMonitor::evaluate   %1 ns/call   (target < 200 ns, %2 calls)\n")
               .arg(exitNs, 8, 'f', 1)
               .arg(exitCalls);
    out << QStringLiteral("  EmaCloud::update        %1 ns/call   (target < 20 ns, %2 calls)\n")
               .arg(cloudNs, 8, 'f', 1)
               .arg(cloudCalls);
    return 0;
}
