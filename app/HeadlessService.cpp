#include "HeadlessService.h"

#include "DemoSetup.h"
#include "ShutdownSignals.h"
#include "execution/TradeExecutor.h"
#include "market/ReplayFeed.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QTimeZone>

namespace axion {

using namespace Qt::StringLiterals;

namespace {

// A long demo: a service runs for days at real time.
constexpr int kDemoDays = 250;

QString wallTime() {
    return QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss"));
}

} // namespace

HeadlessService::HeadlessService(Options options, QTextStream& out, QTextStream& err,
                                 QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_out(out)
    , m_err(err) {}

HeadlessService::~HeadlessService() = default;

bool HeadlessService::start() {
    EngineWorkerOptions engine;
    QString error;
    if (m_options.alpaca) {
        // The market is Alpaca's: nothing is replayed, the clock is the wall clock.
        engine.demo = false;
        engine.config = m_options.config;
        engine.config.tradingMode = m_options.alpaca->live ? u"live"_s : u"paper"_s;
        engine.alpaca = m_options.alpaca;
        engine.alpacaData = m_options.alpacaData;
        engine.liveClockStartMs = m_options.clockStartMs;
    } else if (m_options.replayFiles.isEmpty()) {
        if (!demo::fillMarket(engine, kDemoDays, &error)) {
            m_err << "axion-executor: " << error << Qt::endl;
            return false;
        }
        engine.config = demo::config(m_options.config);
        // Into the first shown session at once, as in the replay below.
        engine.warmupUntilMs += 1;
    } else {
        ReplayFeed feed;
        feed.setPriceAdjustment(m_options.config.replayAdjustPrices);
        for (const QString& file : std::as_const(m_options.replayFiles)) {
            if (!feed.addFile(file, &error)) {
                m_err << "axion-executor: " << error << Qt::endl;
                return false;
            }
        }
        engine.bars = feed.bars();
        engine.symbols = feed.symbols();
        engine.demo = false;
        engine.config = m_options.config;
        engine.config.tradingMode = QStringLiteral("paper");
        // The first minute is in at once, as a live feed's latest bar would be: the executor
        // knows the session and the broker has a price before the first signal arrives.
        if (!engine.bars.empty())
            engine.warmupUntilMs = engine.bars.front().bar.timeMs + 1;
    }
    engine.startingEquity = m_options.startingEquity;
    engine.journalPath = m_options.journalPath;
    engine.minutesPerSecond = m_options.minutesPerSecond;
    engine.ingressEnabled = true;
    engine.ingress = m_options.ingress;
    engine.builtInSignals = m_options.builtInSignals;
    QDir().mkpath(QFileInfo(m_options.journalPath).absolutePath());

    m_worker = std::make_unique<EngineWorker>(std::move(engine));
    connect(m_worker.get(), &EngineWorker::failed, this, &HeadlessService::fail);
    connect(m_worker.get(), &EngineWorker::intakeFailed, this, &HeadlessService::fail);
    connect(m_worker.get(), &EngineWorker::ingressListening, this,
            [this](const QString& address, quint16 port) {
                m_out << "axion-executor: signal ingress listening on http://" << address << ':'
                      << port << "/v1/signals (WebSocket: ws://" << address << ':' << port
                      << "/v1/signals)" << Qt::endl;
            });
    connect(m_worker.get(), &EngineWorker::signalActivityPublished, this,
            &HeadlessService::onActivity);
    connect(m_worker.get(), &EngineWorker::eventsPublished, this, &HeadlessService::onEvents);
    connect(m_worker.get(), &EngineWorker::replayFinished, this, [this] {
        m_out << wallTime() << "  the replayed market has ended; still serving until "
              << "SIGINT/SIGTERM" << Qt::endl;
    });

    m_signals = std::make_unique<ShutdownSignals>();
    connect(m_signals.get(), &ShutdownSignals::requested, this, &HeadlessService::shutdown);

    if (m_options.alpaca) {
        m_out << "axion-executor: live pipeline on Alpaca ("
              << (m_options.alpaca->live ? "LIVE account, real money" : "paper account") << ") at "
              << m_options.alpaca->tradingUrl.toString() << ", journal "
              << QDir::toNativeSeparators(m_options.journalPath) << Qt::endl;
    } else {
        m_out << "axion-executor: live pipeline on the paper broker, "
              << (m_options.replayFiles.isEmpty() ? "demo market" : "replayed market")
              << ", journal " << QDir::toNativeSeparators(m_options.journalPath) << Qt::endl;
    }
    m_worker->start();
    if (m_worker->isStarted() && !m_options.alpaca) {
        QStringList prices;
        for (const auto& [ticker, close] : m_worker->lastCloses())
            prices << ticker + u' ' + QString::number(close, 'f', 2);
        m_out << "axion-executor: market at "
              << QDateTime::fromMSecsSinceEpoch(m_worker->nowMs(), QTimeZone("America/New_York"))
                     .toString(QStringLiteral("yyyy-MM-dd HH:mm"))
              << " New York, last closes: " << prices.join(QStringLiteral(", ")) << Qt::endl;
    }
    return true;
}

void HeadlessService::fail(const QString& message) {
    m_err << "axion-executor: " << message << Qt::endl;
    if (m_worker)
        m_worker->stop();
    // Queued: a failure inside start() comes before QCoreApplication::exec() runs, and an exit()
    // then would be lost.
    QMetaObject::invokeMethod(
        qApp, [] { QCoreApplication::exit(2); }, Qt::QueuedConnection);
}

void HeadlessService::shutdown(const QString& why) {
    if (m_stopping || !m_worker)
        return;
    m_stopping = true;
    m_out << wallTime() << "  " << why << ": stopping (no new signals; orders and positions "
          << "stay as they are and are journaled)" << Qt::endl;
    m_worker->stop();
    printSummary();
    QCoreApplication::exit(0);
}

void HeadlessService::onActivity(const QList<SignalActivity>& activity) {
    for (const SignalActivity& a : activity) {
        if (a.source == QLatin1String(Signal::kBuiltIn) && !m_options.builtInSignals)
            continue;
        // "12:00:01  signal http s-1 AAPL rejected: max_positions (10 positions are open)"
        const QString decision = toString(a.decision);
        m_out << wallTime() << "  signal " << a.source << ' '
              << (a.signalId.isEmpty() ? QStringLiteral("-") : a.signalId) << ' '
              << (a.ticker.isEmpty() ? QStringLiteral("-") : a.ticker) << ' ' << decision;
        if (!a.code.isEmpty() && a.code != decision && a.code != u"approved")
            m_out << ": " << a.code;
        if (!a.reason.isEmpty())
            m_out << " (" << a.reason << ')';
        m_out << Qt::endl;
    }
}

void HeadlessService::onEvents(const QList<EngineEvent>& events) {
    for (const EngineEvent& e : events) {
        if (e.kind == EngineEvent::Kind::Rejection)
            continue; // the signal line already says it
        m_out << wallTime() << "  " << toString(e.kind) << ": " << e.text << Qt::endl;
    }
}

void HeadlessService::printSummary() {
    const TradeExecutor* x = m_worker->executor();
    if (!x)
        return;
    const ExecutorStats& st = x->stats();
    const AccountState a = x->accountState();
    m_out << "Stopped cleanly.\n"
          << "  signals         " << st.entrySignals << " (approved " << st.approved << ")\n"
          << "  orders          " << st.orders << ", fills " << st.fills << '\n'
          << "  closed trades   " << st.trades << ", realized P&L " << st.realizedPnl.toString()
          << '\n'
          << "  open positions  " << a.positions.size() << ", working orders "
          << x->orders().working().size() << " (journaled as engine_stopped)\n"
          << "  equity          " << a.equity.toString() << '\n'
          << "  journal         " << QDir::toNativeSeparators(m_options.journalPath) << Qt::endl;
}

} // namespace axion
