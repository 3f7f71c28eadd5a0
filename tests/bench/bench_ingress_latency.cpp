// Ingress latency: from a signal's last byte received on the ingress socket (the request parsed
// complete in readyRead) to its order reaching the broker interface (Broker::submitBracket).
// A loopback client on its own thread posts one signal at a time on a keep-alive connection; the
// server side is the real pipeline: HTTP parse, contract parse, then TradeExecutor::onSignal
// (risk gate, sizer, planner, the orders' write-ahead intents, router); the journal and inbox
// commits (fsync) follow the send, before the 202
// and the paper broker. Prints p50/p99 in microseconds, with the two halves of the path.
// Figures, not pass/fail.
//
//   build/release/tests/bench/bench_ingress_latency            (2,000 signals per journal place)
//   build/release/tests/bench/bench_ingress_latency --quick    (what ctest -L bench runs)
//
// The journal runs twice: in a temporary directory on disk (every commit waits for fsync, what a
// real installation does) and, where there is one, on /dev/shm (memory: the CPU cost alone).

#include "IngressBenchClient.h"
#include "brokers/PaperBroker.h"
#include "core/ClientOrderId.h"
#include "core/SimClock.h"
#include "execution/TradeExecutor.h"
#include "journal/TradeJournal.h"
#include "signals/CloudSignalEngine.h"
#include "signals/SignalIngress.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <memory>
#include <vector>

using namespace axion;

namespace {

using bench::kNow;
using bench::kToken;

qint64 steadyNs() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// The paper broker, timing the moment an order reaches the broker interface.
class TimedPaperBroker : public PaperBroker {
public:
    using PaperBroker::PaperBroker;
    const SignalIngress* ingress = nullptr;
    std::vector<qint64> totalNs;
    std::vector<qint64> executorNs; // sink entered -> broker
    qint64 sinkEnteredNs = 0;

    void submitBracket(const Order& entry, const Order& stop, const Order& target) override {
        record();
        PaperBroker::submitBracket(entry, stop, target);
    }
    void submit(const Order& order) override {
        if (order.leg == OrderLeg::Entry)
            record();
        PaperBroker::submit(order);
    }

private:
    void record() {
        const qint64 now = steadyNs();
        totalNs.push_back(now - ingress->lastReceivedNs());
        executorNs.push_back(now - sinkEnteredNs);
    }
};

void run(const QString& where, const QString& dir, int signalCount) {
    ExecutorConfig config;
    SimClock clock(kNow);
    TradeJournal journal(clock);
    if (!journal.open(QDir(dir).filePath(QStringLiteral("bench.db")))) {
        std::printf("  %s: cannot open journal: %s\n", qPrintable(where),
                    qPrintable(journal.errorString()));
        return;
    }
    TimedPaperBroker broker(
        PaperBrokerSettings{Money::fromWhole(100'000), 2.0, 0.001, 1.0, Money::fromWhole(100'000)});
    OrderRouter router;
    router.addBroker(&broker);
    router.setPrimary(broker.name());
    CloudSignalEngine clouds(config);
    TradeExecutor executor(config, clock, router, clouds, &journal);
    executor.attachBroker(&broker);
    // One minute bar first, as a live feed delivers them: the broker marks AAPL and the
    // executor learns the session.
    const Bar bar = bench::lastMinuteBar();
    broker.onBar(QStringLiteral("AAPL"), bar);
    broker.setTimeMs(kNow);
    std::vector<Signal> ignored;
    clouds.onMinuteBar(0, QStringLiteral("AAPL"), bar, ignored);
    executor.onMinuteBar(0, QStringLiteral("AAPL"), bar);
    SignalInbox inbox(journal.database());
    IngressOptions options;
    options.token = kToken;
    SignalIngress ingress(options, config, clock, journal, inbox, [&](const Signal& s) {
        broker.sinkEnteredNs = steadyNs();
        executor.onSignal(s);
        // Not measured: the entry is cancelled so that every signal of the run can trade (one
        // position per ticker, and the exposure limits).
        executor.cancelOrder(clientOrderId(s.signalId, OrderLeg::Entry));
    });
    broker.ingress = &ingress;
    if (!ingress.start()) {
        std::printf("  %s: %s\n", qPrintable(where), qPrintable(ingress.errorString()));
        return;
    }
    const quint16 port = ingress.port();
    const int answered = bench::postSignalsOneAtATime(port, signalCount, kToken);
    QCoreApplication::processEvents();
    std::printf("  %-28s n=%zu (of %d answered 202)\n", qPrintable(where), broker.totalNs.size(),
                answered);
    std::printf("    last byte in -> broker      p50 %9.1f us   p99 %9.1f us\n",
                bench::percentileUs(broker.totalNs, 0.50),
                bench::percentileUs(broker.totalNs, 0.99));
    std::vector<qint64> ingressPart(broker.totalNs.size());
    for (std::size_t i = 0; i < ingressPart.size(); ++i)
        ingressPart[i] = broker.totalNs[i] - broker.executorNs[i];
    std::printf("    of which ingress (HTTP + contract parse) p50 %9.1f us   p99 %9.1f us\n",
                bench::percentileUs(ingressPart, 0.50), bench::percentileUs(ingressPart, 0.99));
    std::printf("    of which executor -> broker  p50 %9.1f us   p99 %9.1f us\n",
                bench::percentileUs(broker.executorNs, 0.50),
                bench::percentileUs(broker.executorNs, 0.99));
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const int signalCount = quick ? 200 : 2000;
    std::printf("bench_ingress_latency: signal last byte received -> Broker::submitBracket"
                " (targets p50 20 us, p99 100 us)\n");
    QTemporaryDir disk;
    run(QStringLiteral("journal on disk (fsync)"), disk.path(), signalCount);
    if (QDir(QStringLiteral("/dev/shm")).exists()) {
        QTemporaryDir shm(QStringLiteral("/dev/shm/axion-bench-XXXXXX"));
        if (shm.isValid())
            run(QStringLiteral("journal in memory (/dev/shm)"), shm.path(), signalCount);
    }
    return 0;
}
