// Alpaca latency: from a signal's last byte received on the ingress socket to its order's HTTP
// request (POST /v2/orders, the bracket) read complete from the loopback socket of a fake Alpaca.
// The whole path is real: HTTP and contract parse, TradeExecutor::onSignal (risk gate, sizer,
// planner, the write-ahead intents, router), AlpacaBroker (codec, token bucket,
// QNetworkAccessManager) and the loopback TCP socket. The fake runs on its own thread, so its
// read is not delayed by the engine's event loop. Prints p50/p99 in microseconds. Figures, not
// pass/fail.
//
//   build/release/tests/bench/bench_alpaca_latency            (1,000 signals)
//   build/release/tests/bench/bench_alpaca_latency --shm      (the journal in /dev/shm)
//   build/release/tests/bench/bench_alpaca_latency --quick    (what ctest -L bench runs)

#include "IngressBenchClient.h"
#include "brokers/OrderRouter.h"
#include "brokers/alpaca/AlpacaBroker.h"
#include "core/ClientOrderId.h"
#include "core/SimClock.h"
#include "execution/TradeExecutor.h"
#include "fakes/FakeAlpacaServer.h"
#include "journal/TradeJournal.h"
#include "signals/CloudSignalEngine.h"
#include "signals/SignalIngress.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <future>
#include <memory>
#include <vector>

using namespace axion;
using axion::test::FakeAlpacaServer;

namespace {

using bench::kNow;
using bench::kToken;

// Runs the event loop until `done` or `ms` have passed.
template <typename F>
bool waitFor(F done, int ms) {
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    return done();
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const int signalCount = quick ? 100 : 1000;
    std::printf("bench_alpaca_latency: signal last byte received -> POST /v2/orders read by the "
                "fake Alpaca on 127.0.0.1 (targets p50 20 us, p99 100 us)\n");

    // The fake Alpaca on its own thread, with its own event loop.
    std::promise<std::pair<QUrl, QUrl>> urls;
    std::vector<FakeAlpacaServer::Request> served;
    std::unique_ptr<QThread> fakeThread(QThread::create([&] {
        FakeAlpacaServer fake;
        if (!fake.listen()) {
            urls.set_value({});
            return;
        }
        urls.set_value({fake.tradingUrl(), fake.streamUrl()});
        QEventLoop loop;
        loop.exec(); // until the thread is told to quit
        const QList<FakeAlpacaServer::Request> requests = fake.requests();
        served.assign(requests.begin(), requests.end());
    }));
    fakeThread->start();
    const auto [tradingUrl, streamUrl] = urls.get_future().get();
    if (!tradingUrl.isValid()) {
        std::printf("  the fake Alpaca cannot listen\n");
        return 1;
    }

    // The journal on disk (its commits wait for fsync) unless --shm: in memory, the CPU cost alone.
    const bool shm = app.arguments().contains(QStringLiteral("--shm"));
    const std::unique_ptr<QTemporaryDir> dir =
        shm ? std::make_unique<QTemporaryDir>(QStringLiteral("/dev/shm/axion-bench-XXXXXX"))
            : std::make_unique<QTemporaryDir>();
    std::printf("  journal %s\n", shm ? "in memory (/dev/shm)" : "on disk (fsync)");
    ExecutorConfig config;
    SimClock clock(kNow);
    TradeJournal journal(clock);
    if (!journal.open(QDir(dir->path()).filePath(QStringLiteral("bench.db")))) {
        std::printf("  cannot open journal: %s\n", qPrintable(journal.errorString()));
        return 1;
    }
    AlpacaSettings settings = AlpacaSettings::paper();
    settings.setTradingUrl(tradingUrl);
    settings.streamUrl = streamUrl;
    settings.keyId = "PKFAKEKEY";
    settings.secretKey = "fake-secret";
    settings.requestsPerMinute = 1'000'000; // the budget is not what is measured
    AlpacaBroker broker(settings);
    OrderRouter router;
    router.addBroker(&broker);
    router.setPrimary(broker.name());
    CloudSignalEngine clouds(config);
    TradeExecutor executor(config, clock, router, clouds, &journal);
    executor.attachBroker(&broker);
    broker.start();
    if (!waitFor([&] { return broker.connectivity() == BrokerConnectivity::Ready; }, 10'000)) {
        std::printf("  Alpaca (the fake) did not become ready: %s\n",
                    qPrintable(toString(broker.connectivity())));
        return 1;
    }
    const Bar bar = bench::lastMinuteBar();
    std::vector<Signal> ignored;
    clouds.onMinuteBar(0, QStringLiteral("AAPL"), bar, ignored);
    executor.onMinuteBar(0, QStringLiteral("AAPL"), bar);

    SignalInbox inbox(journal.database());
    IngressOptions options;
    options.token = kToken;
    QHash<QString, qint64> receivedNs; // entry client id -> its signal's last byte in
    SignalIngress* ingressPtr = nullptr;
    SignalIngress ingress(options, config, clock, journal, inbox, [&](const Signal& s) {
        receivedNs.insert(clientOrderId(s.signalId, OrderLeg::Entry), ingressPtr->lastReceivedNs());
        executor.onSignal(s);
        // Not measured: the entry is cancelled so that every signal of the run can trade (one
        // position per ticker, and the exposure limits).
        executor.cancelOrder(clientOrderId(s.signalId, OrderLeg::Entry));
    });
    ingressPtr = &ingress;
    if (!ingress.start()) {
        std::printf("  %s\n", qPrintable(ingress.errorString()));
        return 1;
    }
    const quint16 port = ingress.port();
    // One signal at a time end to end: its POST and DELETE are through before the next.
    const int answered = bench::postSignalsOneAtATime(port, signalCount, kToken, 20);
    waitFor([] { return false; }, 300); // the last requests' answers
    fakeThread->quit();
    fakeThread->wait();

    std::vector<qint64> latencyNs;
    for (const FakeAlpacaServer::Request& r : served) {
        if (r.method != "POST" || r.path != "/v2/orders")
            continue;
        const QString id = QJsonDocument::fromJson(r.body)
                               .object()
                               .value(QLatin1String("client_order_id"))
                               .toString();
        if (const auto it = receivedNs.constFind(id); it != receivedNs.cend() && *it > 0)
            latencyNs.push_back(r.receivedNs - *it);
    }
    std::printf("  n=%zu orders posted (of %d signals answered 202)\n", latencyNs.size(), answered);
    std::printf("    last byte in -> POST /v2/orders at the fake   p50 %9.1f us   p99 %9.1f us\n",
                bench::percentileUs(latencyNs, 0.50), bench::percentileUs(latencyNs, 0.99));
    return latencyNs.empty() ? 1 : 0;
}
