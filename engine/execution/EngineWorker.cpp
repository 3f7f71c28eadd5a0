#include "execution/EngineWorker.h"

#include "brokers/OrderRouter.h"
#include "brokers/PaperBroker.h"
#include "core/SimClock.h"
#include "core/SystemClock.h"
#include "execution/PaperBrokerSetup.h"
#include "execution/TradeExecutor.h"
#include "journal/TradeJournal.h"
#include "signals/CloudSignalEngine.h"
#include "signals/SignalInbox.h"
#include "signals/SqliteSignalQueue.h"

#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>

namespace axion {

using namespace Qt::StringLiterals;

namespace {

constexpr std::size_t kRecentOrders = 500;
constexpr std::size_t kRecentFills = 200;
constexpr qint64 kMinuteMs = 60'000;
// A paced replay skips a gap longer than this at once (nights, weekends, holidays).
constexpr qint64 kSkipGapMs = 5 * kMinuteMs;
// The most bars one pace tick replays, so that commands never wait long for the engine thread.
constexpr int kMaxBarsPerTick = 20'000;
// Signal decisions kept for the next publish: beyond this the oldest go (the journal has all).
constexpr qsizetype kMaxPendingActivity = 2'000;

QString percentText(double fraction) {
    return QString::number(fraction * 100.0, 'f', 2) + QStringLiteral(" %");
}

} // namespace

EngineWorker::EngineWorker(EngineWorkerOptions options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_speed(m_options.minutesPerSecond)
    , m_paceTimer(this)
    , m_publishTimer(this) {
    m_paceTimer.setInterval(m_options.paceIntervalMs);
    m_publishTimer.setInterval(m_options.publishIntervalMs);
    connect(&m_paceTimer, &QTimer::timeout, this, &EngineWorker::onPaceTick);
    connect(&m_publishTimer, &QTimer::timeout, this, &EngineWorker::onPublishTick);
}

EngineWorker::~EngineWorker() {
    // Intake first (it hands signals to the executor and writes to the journal), then the
    // executor (it and the broker hold references to each other's signals), then the journal.
    m_ingress.reset();
    m_queue.reset();
    m_inbox.reset();
    m_executor.reset();
    m_journal.reset();
}

qint64 EngineWorker::nowMs() const {
    return m_clock ? m_clock->nowMs() : 0;
}

quint16 EngineWorker::ingressPort() const {
    return m_ingress ? m_ingress->port() : 0;
}

QList<std::pair<QString, double>> EngineWorker::lastCloses() const {
    QList<std::pair<QString, double>> out;
    for (const QString& ticker : m_options.symbols) {
        const auto it = m_charts.constFind(ticker);
        if (it != m_charts.cend() && !it->candles().empty())
            out.append({ticker, it->candles().back().close});
    }
    return out;
}

void EngineWorker::start() {
    if (m_executor)
        return;
    m_clock = std::make_unique<SimClock>();
    const ExecutorConfig& config = m_options.config;
    // The journal first: its run number goes into the paper broker's ids, so a second process on
    // the same journal does not repeat this one's execution ids.
    PaperBrokerSettings brokerSettings = paperBrokerSettings(config, m_options.startingEquity);
    if (!m_options.journalPath.isEmpty()) {
        m_journal = std::make_unique<TradeJournal>(*m_clock);
        if (m_journal->open(m_options.journalPath))
            brokerSettings.idRun = m_journal->beginRun();
        if (!m_journal->isOpen() || brokerSettings.idRun == 0) {
            const QString error = m_journal->errorString();
            m_journal.reset();
            Q_EMIT failed(
                tr("Cannot open the trade journal %1: %2").arg(m_options.journalPath, error));
            return;
        }
    }
    if (m_options.alpaca) {
        m_alpaca = std::make_unique<AlpacaBroker>(*m_options.alpaca);
        m_active = m_alpaca.get();
        m_liveClock.start();
        m_clock->setNowMs(liveNowMs());
    } else {
        m_broker = std::make_unique<PaperBroker>(brokerSettings);
        m_active = m_broker.get();
    }
    m_router = std::make_unique<OrderRouter>();
    m_router->addBroker(m_active);
    m_router->setPrimary(m_active->name());
    m_signals = std::make_unique<CloudSignalEngine>(config);
    m_executor =
        std::make_unique<TradeExecutor>(config, *m_clock, *m_router, *m_signals, m_journal.get());
    m_executor->attachBroker(m_active);
    // Before the first bar: a restart on this journal keeps its tripped kill switch and never
    // trades a signal whose orders went out again.
    const TradeExecutor::Recovery recovery = m_executor->recoverFromJournal();
    m_journalWorkingOrders = recovery.workingOrders;
    m_journalOpenTrades = recovery.openTrades;
    // Then the broker, by client order id, before any entry: the paper broker answers at once,
    // Alpaca when its answers are in (until then entries are refused: not_reconciled).
    std::size_t corrections = 0;
    if (m_broker) {
        corrections =
            m_executor
                ->reconcile(m_broker->holdings(m_executor->ordersToReconcile(m_broker->name())))
                .size();
    } else {
        connect(m_alpaca.get(), &AlpacaBroker::holdingsReady, this, &EngineWorker::onHoldings);
        connect(m_alpaca.get(), &AlpacaBroker::problem, this,
                [this](const QString& m) { addEvent(EngineEvent::Kind::Info, {}, m); });
        connect(m_alpaca.get(), &Broker::connectivityChanged, this,
                [this](BrokerConnectivity state, const QString& why) {
                    addEvent(EngineEvent::Kind::Info, {},
                             tr("Alpaca: %1%2")
                                 .arg(toString(state),
                                      why.isEmpty() ? QString() : u" ("_s + why + u')'));
                });
        QList<Order> orders;
        for (const OrderRecord& r : m_executor->journalHoldings(m_alpaca->name()).workingOrders) {
            orders.append(r.order);
            if (r.filled > 0)
                m_alpaca->seedFills(r.order.clientOrderId, r.filled, r.filledCost);
        }
        // The exchange's own calendar, as Alpaca serves it: an early close or a closure at short
        // notice moves the EOD cutoff and the session times. Asked again on each new day.
        connect(m_alpaca.get(), &AlpacaBroker::calendarReceived, this,
                &EngineWorker::onBrokerCalendar);
        m_alpaca->start();
        m_alpaca->requestHoldings(orders);
        requestBrokerCalendar();
    }
    // After the executor's own connections: when these run, the book already has the event.
    connect(m_active, &Broker::fillReceived, this, &EngineWorker::onFill, Qt::DirectConnection);
    connect(m_active, &Broker::orderUpdated, this, &EngineWorker::onOrderUpdate,
            Qt::DirectConnection);
    connect(m_executor.get(), &TradeExecutor::positionClosed, this, &EngineWorker::onPositionClosed,
            Qt::DirectConnection);
    connect(m_executor.get(), &TradeExecutor::alertRaised, this, &EngineWorker::onAlert,
            Qt::DirectConnection);
    m_executor->setDecisionObserver([this](const SignalActivity& a) { onDecision(a); });
    m_signalBuffer.reserve(16);

    // Warm-up: history replayed at once, so the clouds are ready and the tabs have a past.
    while (!atEnd() && m_options.bars[m_cursor].bar.timeMs < m_options.warmupUntilMs)
        processBar(m_options.bars[m_cursor++]);
    m_simTargetMs = atEnd() ? 0 : m_options.bars[m_cursor].bar.timeMs;
    if (m_journal)
        m_journal->flush();
    m_pendingEvents.clear(); // the warm-up's history is in the journal, not in the alerts
    m_pendingActivity.clear();
    addEvent(EngineEvent::Kind::Info, {},
             m_options.demo ? tr("Demo started: paper broker, replayed market")
             : isLive()     ? tr("Live pipeline started on %1").arg(m_active->name())
                            : tr("Replay started"));
    if (recovery.recoveredIntents > 0)
        addEvent(EngineEvent::Kind::Info, {},
                 tr("%n order intent(s) found that the journal had not committed: recorded as "
                    "sent, to reconcile with the broker",
                    nullptr, recovery.recoveredIntents));
    if (m_broker)
        announceReconciliation(m_broker->name(), corrections);
    if (recovery.killSwitchTripped) {
        const auto trip = m_executor->killSwitch().activeTrip();
        addEvent(EngineEvent::Kind::KillSwitch, {},
                 tr("The kill switch is still tripped from before the restart (%1): entries stay "
                    "halted until an operator resets it")
                     .arg(trip ? trip->detail : QString()));
    }
    // After the warm-up: the executor knows the session before a signal from outside arrives.
    startIntake();
    if (isLive())
        startMarketData();
    m_dirty = true;
    m_paceClock.start();
    m_paceTimer.start();
    m_publishTimer.start();
    Q_EMIT started(m_options.journalPath);
    onPublishTick();
}

qint64 EngineWorker::liveNowMs() const {
    const qint64 start = m_options.liveClockStartMs;
    return start > 0 ? start + m_liveClock.elapsed() : QDateTime::currentMSecsSinceEpoch();
}

void EngineWorker::onHoldings(const BrokerHoldings& holdings) {
    announceReconciliation(holdings.broker, m_executor->reconcile(holdings).size());
    m_dirty = true;
}

void EngineWorker::announceReconciliation(const QString& broker, std::size_t corrections) {
    if (m_journalWorkingOrders > 0 || m_journalOpenTrades > 0 || isLive())
        addEvent(EngineEvent::Kind::Info, {},
                 tr("Reconciled with %1: %2 working order(s) and %3 open trade(s) in the "
                    "journal, %4 correction(s)")
                     .arg(broker)
                     .arg(m_journalWorkingOrders)
                     .arg(m_journalOpenTrades)
                     .arg(corrections));
}

void EngineWorker::stop() {
    if (m_stopped)
        return;
    m_stopped = true;
    m_paceTimer.stop();
    m_publishTimer.stop();
    // No new signal from here on: the listening socket and every connection close.
    m_ingress.reset();
    if (m_queue)
        m_queue->stop();
    if (m_executor) {
        journalStop();
        m_executor->finish();
    }
    publishNow();
}

void EngineWorker::startIntake() {
    const QString database = m_options.config.signalDatabase;
    if (!m_options.ingressEnabled && database.isEmpty())
        return;
    if (!m_journal) {
        Q_EMIT intakeFailed(tr("Signals from outside need a trade journal to record them"));
        return;
    }
    m_wallClock = std::make_unique<SystemClock>();
    m_inbox = std::make_unique<SignalInbox>(m_journal->database());
    const auto deliver = [this](const Signal& s) {
        handleSignal(s);
        m_dirty = true;
    };
    if (m_options.ingressEnabled) {
        m_ingress = std::make_unique<SignalIngress>(m_options.ingress, m_options.config,
                                                    *m_wallClock, *m_journal, *m_inbox, deliver);
        m_ingress->setRefusalObserver([this](const SignalParseResult& r, const QByteArray& raw,
                                             const QString& source, const QString& id) {
            addActivity(SignalActivity::refused(r, raw, source, id, nowMs()));
        });
        if (m_ingress->start()) {
            const QString address = m_options.ingress.address.toString();
            addEvent(EngineEvent::Kind::Info, {},
                     tr("Signal ingress listening on %1:%2").arg(address).arg(m_ingress->port()));
            Q_EMIT ingressListening(address, m_ingress->port());
        } else {
            const QString why = m_ingress->errorString();
            m_ingress.reset();
            addEvent(EngineEvent::Kind::Info, {}, tr("Signal ingress not started: %1").arg(why));
            Q_EMIT intakeFailed(tr("Signal ingress not started: %1").arg(why));
        }
    }
    if (!database.isEmpty()) {
        SqliteSignalQueue::Options options;
        options.databasePath = database;
        m_queue = std::make_unique<SqliteSignalQueue>(m_options.config, *m_wallClock, options);
        m_queue->setSignalSink(deliver);
        m_queue->setKnownIdCheck([this](const QString& id) { return m_inbox->isKnown(id); });
        m_queue->setRejectionSink([this](const SignalParseResult& r, const QByteArray& raw) {
            const QString source = QString::fromLatin1(Signal::kEmaSignals);
            m_journal->recordSignalRejected(r, raw, source);
            addActivity(SignalActivity::refused(r, raw, source, QString(), nowMs()));
        });
        connect(m_queue.get(), &SqliteSignalQueue::errorOccurred, this,
                [this](const QString& message) {
                    addEvent(EngineEvent::Kind::Info, {}, tr("Signal database: %1").arg(message));
                });
        if (m_queue->start()) {
            addEvent(EngineEvent::Kind::Info, {},
                     tr("Taking signals from %1 (ema_signals)").arg(database));
        } else {
            const QString why = m_queue->errorString();
            m_queue.reset();
            addEvent(EngineEvent::Kind::Info, {}, tr("Signal database not used: %1").arg(why));
            Q_EMIT intakeFailed(tr("Signal database not used: %1").arg(why));
        }
    }
}

void EngineWorker::journalStop() {
    if (!m_journal)
        return;
    QJsonArray orders;
    for (const OrderRecord* r : m_executor->orders().working()) {
        const Order& o = r->order;
        orders.append(QJsonObject{{u"client_order_id"_s, o.clientOrderId},
                                  {u"ticker"_s, o.ticker},
                                  {u"leg"_s, toString(o.leg)},
                                  {u"side"_s, toString(o.side)},
                                  {u"type"_s, toString(o.type)},
                                  {u"quantity"_s, double(o.quantity)},
                                  {u"filled"_s, double(r->filled)},
                                  {u"state"_s, toString(r->state)},
                                  {u"broker"_s, o.broker}});
    }
    QJsonArray positions;
    for (const Position& p : m_executor->accountState().positions) {
        positions.append(QJsonObject{{u"ticker"_s, p.ticker},
                                     {u"direction"_s, toString(p.direction)},
                                     {u"shares"_s, double(p.shares)},
                                     {u"average_entry"_s, p.averageEntry.toString()},
                                     {u"stop_loss"_s, p.stopLoss.toString()},
                                     {u"last_price"_s, p.lastPrice.toString()},
                                     {u"signal_id"_s, p.signalId},
                                     {u"broker"_s, p.broker}});
    }
    const AccountState a = m_executor->accountState();
    m_journal->recordNote(QStringLiteral("engine_stopped"), QString(),
                          QJsonObject{{u"working_orders"_s, orders},
                                      {u"positions"_s, positions},
                                      {u"equity"_s, a.equity.toString()},
                                      {u"cash"_s, a.cash.toString()}});
}

int EngineWorker::stepBars(int maxBars) {
    if (!m_executor)
        return 0;
    int n = 0;
    while (n < maxBars && !atEnd()) {
        processBar(m_options.bars[m_cursor++]);
        ++n;
    }
    if (n > 0 && !atEnd())
        m_simTargetMs = std::max(m_simTargetMs, m_options.bars[m_cursor].bar.timeMs);
    return n;
}

void EngineWorker::requestBrokerCalendar() {
    if (!m_alpaca)
        return;
    m_calendarAskedFor = m_calendar.newYorkDate(liveNowMs());
    const auto [from, to] = calendarRange();
    m_alpaca->requestCalendar(from, to);
}

std::pair<QDate, QDate> EngineWorker::calendarRange() const {
    return {m_calendarAskedFor.addDays(-kCalendarBackDays),
            m_calendarAskedFor.addDays(kCalendarAheadDays)};
}

void EngineWorker::onBrokerCalendar(const std::vector<alpaca::CalendarDay>& days) {
    if (!m_executor || !m_calendarAskedFor.isValid())
        return;
    const auto [from, to] = calendarRange();
    std::vector<TradingSession> sessions;
    sessions.reserve(days.size());
    for (const alpaca::CalendarDay& d : days)
        sessions.push_back({d.date, d.openMs, d.closeMs, false});
    const std::optional<QList<QDate>> differs =
        m_calendar.adoptAnnouncedSessions(from, to, sessions);
    if (!differs) {
        addEvent(EngineEvent::Kind::Info, {},
                 tr("Alpaca's calendar lists only %1 trading days from %2 to %3: not taken, the "
                    "exchange's rules stay")
                     .arg(days.size())
                     .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
        return;
    }
    m_executor->setCalendar(m_calendar);
    for (const QDate& d : *differs) {
        if (m_calendarNoted.contains(d))
            continue;
        m_calendarNoted.insert(d);
        const std::optional<TradingSession> s = m_calendar.session(d);
        addEvent(
            EngineEvent::Kind::Info, {},
            s ? tr("Alpaca's calendar: %1 trades %2 to %3 New York time (the rules said "
                   "otherwise)")
                    .arg(d.toString(Qt::ISODate),
                         QDateTime::fromMSecsSinceEpoch(s->openMs, MarketCalendar::newYork())
                             .toString(u"HH:mm"_s),
                         QDateTime::fromMSecsSinceEpoch(s->closeMs, MarketCalendar::newYork())
                             .toString(u"HH:mm"_s))
              : tr("Alpaca's calendar: the market is closed on %1").arg(d.toString(Qt::ISODate)));
    }
    m_dirty = true;
}

void EngineWorker::onPaceTick() {
    const qint64 wallMs = m_paceClock.restart();
    if (isLive()) {
        // No replay: the wall clock drives the executor's time rules (lookups, day roll, EOD,
        // the kill switch's unreachable clock).
        if (m_executor) {
            m_clock->setNowMs(liveNowMs());
            m_executor->onClockTick();
            if (m_calendar.newYorkDate(liveNowMs()) != m_calendarAskedFor)
                requestBrokerCalendar();
        }
        return;
    }
    if (!m_executor || atEnd() || !m_connected || m_speed <= 0.0)
        return;
    m_simTargetMs += static_cast<qint64>(static_cast<double>(wallMs) * m_speed * 60.0);
    // Nights and weekends pass at once: nothing trades there.
    const qint64 nextOpen = m_options.bars[m_cursor].bar.timeMs;
    if (nextOpen > m_simTargetMs + kSkipGapMs)
        m_simTargetMs = nextOpen;
    int n = 0;
    while (!atEnd() && n < kMaxBarsPerTick &&
           m_options.bars[m_cursor].bar.timeMs + kMinuteMs <= m_simTargetMs) {
        processBar(m_options.bars[m_cursor++]);
        ++n;
    }
    if (atEnd()) {
        m_executor->finish();
        addEvent(EngineEvent::Kind::Info, {}, tr("The replayed market has ended"));
        Q_EMIT replayFinished();
    }
}

void EngineWorker::processBar(int symbol, const Bar& bar) {
    const QString& ticker = m_options.symbols[symbol];
    const qint64 closeMs = bar.timeMs + kMinuteMs;
    // Live, the executor's time is the wall clock's (the bar is a minute that just ended); a
    // replay's time is its bars'.
    m_clock->setNowMs(isLive() ? liveNowMs() : closeMs);
    if (m_broker) {
        m_broker->onBar(symbol, ticker, bar);
        m_broker->setTimeMs(closeMs);
    }
    m_signalBuffer.clear();
    m_signals->onMinuteBar(symbol, ticker, bar, m_signalBuffer);
    m_executor->onMinuteBar(symbol, ticker, bar);
    if (m_options.builtInSignals) {
        for (const Signal& s : m_signalBuffer)
            handleSignal(s);
    }
    addToChart(ticker, bar);
    recordPnlPoint();
    m_dirty = true;
}

void EngineWorker::addToChart(const QString& ticker, const Bar& bar) {
    m_charts[ticker].addMinute(bar);
    if (ticker == m_chartTicker)
        m_chartDirty = true;
}

void EngineWorker::startMarketData() {
    AlpacaDataSettings settings = m_options.alpacaData;
    settings.keyId = m_options.alpaca->keyId;
    settings.secretKey = m_options.alpaca->secretKey;
    m_marketData = std::make_unique<AlpacaDataFeed>(settings);
    m_marketData->setClock([this] { return liveNowMs(); });
    connect(m_marketData.get(), &AlpacaDataFeed::historyReceived, this, &EngineWorker::onHistory);
    connect(m_marketData.get(), &AlpacaDataFeed::barReceived, this,
            [this](const alpaca::SymbolBar& b) { processBar(symbolIndex(b.symbol), b.bar); });
    // Updated bars ("u") are not taken: the exit rules judged the minute already, and a chart
    // candle folds minutes in and cannot take one back out.
    connect(m_marketData.get(), &AlpacaDataFeed::problem, this,
            [this](const QString& m) { addEvent(EngineEvent::Kind::Info, {}, m); });
    m_marketDataView =
        MarketDataView{u"alpaca "_s + m_marketData->settings().feed, false, tr("connecting")};
    connect(m_marketData.get(), &AlpacaDataFeed::streamingChanged, this,
            [this](bool on, const QString& why) {
                m_marketDataView->streaming = on;
                m_marketDataView->why = why;
                m_dirty = true;
                addEvent(EngineEvent::Kind::Info, {},
                         on ? tr("Alpaca market data (%1): streaming, %2")
                                  .arg(m_marketData->settings().feed, why)
                            : tr("Alpaca market data (%1): down, %2")
                                  .arg(m_marketData->settings().feed, why));
            });
    QStringList tickers = m_options.config.watchlist;
    for (const Position& p : m_executor->accountState().positions)
        tickers.append(p.ticker);
    for (const OrderRecord* r : m_executor->orders().working())
        tickers.append(r->order.ticker);
    m_marketData->start();
    watch(tickers);
}

int EngineWorker::symbolIndex(const QString& ticker) {
    const auto it = m_symbolIndex.constFind(ticker);
    if (it != m_symbolIndex.cend())
        return it.value();
    const int index = int(m_options.symbols.size());
    m_options.symbols.append(ticker);
    m_symbolIndex.insert(ticker, index);
    return index;
}

void EngineWorker::watch(const QStringList& tickers) {
    if (!m_marketData)
        return;
    const QStringList before = m_marketData->watched();
    m_marketData->watch(tickers, liveNowMs());
    const QStringList now = m_marketData->watched();
    if (now.size() > before.size())
        addEvent(EngineEvent::Kind::Info, {},
                 tr("Alpaca market data: watching %1 (history first)")
                     .arg(now.mid(before.size()).join(u", "_s)));
}

void EngineWorker::onHistory(const std::vector<alpaca::SymbolBar>& bars) {
    // The clouds and the charts only: the executor trades on the live minutes, not on the past.
    for (const alpaca::SymbolBar& b : bars) {
        const int symbol = symbolIndex(b.symbol);
        const QString& ticker = m_options.symbols[symbol];
        m_signalBuffer.clear();
        m_signals->onMinuteBar(symbol, ticker, b.bar, m_signalBuffer);
        addToChart(ticker, b.bar);
    }
    m_signalBuffer.clear();
    if (!bars.empty())
        addEvent(
            EngineEvent::Kind::Info, {},
            tr("Alpaca market data: %n minute bar(s) of history read", nullptr, int(bars.size())));
    m_dirty = true;
}

void EngineWorker::handleSignal(const Signal& signal) {
    m_executor->onSignal(signal); // its decision comes back through onDecision()
}

void EngineWorker::onDecision(const SignalActivity& decision) {
    // A ticker traded live is watched from now on: its exits read its bars.
    if (decision.decision == SignalActivity::Decision::Approved && m_marketData)
        watch({decision.ticker});
    if (decision.decision == SignalActivity::Decision::Rejected) {
        addEvent(EngineEvent::Kind::Rejection, decision.ticker,
                 tr("%1 %2 signal (conviction %3) rejected: %4")
                     .arg(decision.ticker, decision.signalType)
                     .arg(decision.conviction)
                     .arg(decision.code));
    }
    addActivity(decision);
}

void EngineWorker::addActivity(SignalActivity activity) {
    if (m_pendingActivity.size() >= kMaxPendingActivity)
        m_pendingActivity.removeFirst();
    m_pendingActivity.append(std::move(activity));
    m_dirty = true;
}

void EngineWorker::onFill(const Fill& fill) {
    m_recentFills.push_back(fill);
    while (m_recentFills.size() > kRecentFills)
        m_recentFills.pop_front();
    rememberOrder(fill.clientOrderId);
    const OrderRecord* r = m_executor->orders().find(fill.clientOrderId);
    const OrderLeg leg = r ? r->order.leg : OrderLeg::Entry;
    const QString verb = fill.side == OrderSide::Buy ? tr("Bought") : tr("Sold");
    const QString text = tr("%1 %2 %3 @ %4 (%5)")
                             .arg(verb)
                             .arg(fill.quantity)
                             .arg(fill.ticker, fill.price.toString(), toString(leg));
    addEvent(leg == OrderLeg::Stop ? EngineEvent::Kind::StopHit : EngineEvent::Kind::Fill,
             fill.ticker, text);
}

void EngineWorker::onOrderUpdate(const OrderUpdate& update) {
    rememberOrder(update.clientOrderId);
    if (update.event == OrderEvent::Reject) {
        const OrderRecord* r = m_executor->orders().find(update.clientOrderId);
        addEvent(EngineEvent::Kind::Rejection, r ? r->order.ticker : QString(),
                 tr("Order %1 rejected by %2: %3")
                     .arg(update.clientOrderId, update.broker, update.message));
    }
}

void EngineWorker::onPositionClosed(const QString& ticker, const QString& reason, Money pnl) {
    addEvent(EngineEvent::Kind::Exit, ticker,
             tr("Closed %1 (%2): P&L %3").arg(ticker, reason, pnl.toString()));
}

void EngineWorker::onAlert(const QString& message) {
    addEvent(EngineEvent::Kind::KillSwitch, {}, tr("Kill switch tripped: %1").arg(message));
}

void EngineWorker::addEvent(EngineEvent::Kind kind, const QString& ticker, const QString& text) {
    m_pendingEvents.append({kind, nowMs(), ticker, text});
    m_dirty = true;
}

void EngineWorker::rememberOrder(const QString& clientOrderId) {
    const auto it = std::find(m_recentOrders.begin(), m_recentOrders.end(), clientOrderId);
    if (it != m_recentOrders.end())
        m_recentOrders.erase(it);
    m_recentOrders.push_back(clientOrderId);
    while (m_recentOrders.size() > kRecentOrders)
        m_recentOrders.pop_front();
}

void EngineWorker::recordPnlPoint() {
    const qint64 now = nowMs();
    const qint64 minute = now / kMinuteMs;
    if (minute == m_lastCurveMinute)
        return;
    m_lastCurveMinute = minute;
    const QDate day = m_calendar.newYorkDate(now);
    const AccountState a = m_executor->accountState();
    if (day != m_curveDay) {
        m_curveDay = day;
        m_pnlCurve.clear();
        m_dayPeak = a.equity;
    }
    m_dayPeak = std::max(m_dayPeak, a.equity);
    m_pnlCurve.append({now, a.equity, a.equity - a.startOfDayEquity, m_dayPeak - a.equity});
}

void EngineWorker::onPublishTick() {
    // The rules the clock alone drives (a broker unreachable for too long, the EOD cutoff, the
    // day roll) run even when no bar comes.
    if (m_executor) {
        const bool tripped = m_executor->killSwitch().isTripped();
        m_executor->onClockTick();
        if (m_executor->killSwitch().isTripped() != tripped)
            m_dirty = true;
    }
    if (m_dirty)
        publishNow();
}

void EngineWorker::publishNow() {
    if (!m_executor)
        return;
    m_dirty = false;
    EngineSnapshot snapshot = buildSnapshot();
    snapshot.sequence = ++m_sequence;
    Q_EMIT snapshotPublished(snapshot);
    // Signals first: their orders' fills are among the events.
    if (!m_pendingActivity.isEmpty()) {
        Q_EMIT signalActivityPublished(m_pendingActivity);
        m_pendingActivity.clear();
    }
    if (!m_pendingEvents.isEmpty()) {
        Q_EMIT eventsPublished(m_pendingEvents);
        m_pendingEvents.clear();
    }
    if (m_chartDirty && !m_chartTicker.isEmpty()) {
        m_chartDirty = false;
        Q_EMIT chartPublished(buildChart(m_chartTicker));
    }
}

EngineSnapshot EngineWorker::buildSnapshot() const {
    EngineSnapshot s;
    if (!m_executor)
        return s;
    const ExecutorConfig& config = m_options.config;
    s.nowMs = nowMs();
    s.demo = m_options.demo;
    s.marketData = m_marketDataView;
    s.replaySpeed = m_speed;

    const AccountState a = m_executor->accountState();
    s.equity = a.equity;
    s.cash = a.cash;
    s.buyingPower = a.buyingPower;
    s.startOfDayEquity = a.startOfDayEquity;
    s.dayPnl = a.dailyPnl();
    s.positions = a.positions;
    s.unrealizedPnl = m_executor->positions().unrealizedPnl();
    s.openPositions = static_cast<int>(s.positions.size());
    s.maxOpenPositions = config.maxConcurrentPositions;
    s.dailyLossLimit = config.dailyLossLimit;
    if (a.startOfDayEquity.isPositive() && s.dayPnl.isNegative())
        s.dailyLossFraction = -s.dayPnl.toDouble() / a.startOfDayEquity.toDouble();

    const OrderBook& book = m_executor->orders();
    for (const OrderRecord* r : book.working())
        s.workingOrders.append(*r);
    for (const QString& id : m_recentOrders) {
        if (const OrderRecord* r = book.find(id))
            s.orderHistory.append(*r);
    }
    s.recentFills = QList<Fill>(m_recentFills.begin(), m_recentFills.end());

    // Exposure: positions at their last price plus entries still working at their limit.
    QHash<QString, Money> byTicker;
    QHash<QString, Money> bySector;
    QHash<QString, QString> sectorOf;
    for (const Position& p : s.positions) {
        byTicker[p.ticker] += p.marketValue();
        sectorOf.insert(p.ticker, p.sector.isEmpty() ? p.ticker : p.sector);
    }
    for (const OrderRecord& r : std::as_const(s.workingOrders)) {
        if (r.order.leg != OrderLeg::Entry && r.order.leg != OrderLeg::Scale)
            continue;
        const Price price = r.order.limitPrice.value_or(r.order.stopPrice.value_or(Price()));
        byTicker[r.order.ticker] += price * r.remaining();
        if (!sectorOf.contains(r.order.ticker))
            sectorOf.insert(r.order.ticker, config.sectorMap.value(r.order.ticker, r.order.ticker));
    }
    for (auto it = byTicker.cbegin(); it != byTicker.cend(); ++it)
        bySector[sectorOf.value(it.key())] += it.value();
    const double equity = a.equity.isPositive() ? a.equity.toDouble() : 1.0;
    auto views = [equity](const QHash<QString, Money>& m, double limit) {
        QList<ExposureView> out;
        for (auto it = m.cbegin(); it != m.cend(); ++it)
            out.append({it.key(), it.value(), it.value().toDouble() / equity, limit});
        std::sort(out.begin(), out.end(), [](const ExposureView& x, const ExposureView& y) {
            return x.exposure != y.exposure ? x.exposure > y.exposure : x.name < y.name;
        });
        return out;
    };
    s.tickerExposure = views(byTicker, config.maxSingleStockExposure);
    s.sectorExposure = views(bySector, config.maxSectorExposure);

    const KillSwitch& ks = m_executor->killSwitch();
    s.killSwitchTripped = ks.isTripped();
    s.activeTrip = ks.activeTrip();
    s.killSwitchHistory = ks.history();
    s.killSwitchTriggers = triggerViews(s);

    s.pnlCurve = m_pnlCurve;
    const QDate day = m_calendar.newYorkDate(s.nowMs);
    if (const auto session = m_calendar.session(day)) {
        s.session.tradingDay = true;
        s.session.earlyClose = session->earlyClose;
        s.session.openMs = session->openMs;
        s.session.closeMs = session->closeMs;
        s.session.open = s.nowMs >= session->openMs && s.nowMs < session->closeMs;
        s.session.msToClose = s.session.open ? session->closeMs - s.nowMs : 0;
    }
    // LIVE only for real money: an Alpaca live account (its paper account is PAPER).
    const bool realMoney = m_alpaca && m_alpaca->settings().live;
    s.brokers.append({m_active->name(), m_active->isConnected() && m_connected,
                      m_executor->connectivity(m_active->name()), realMoney,
                      m_active->account().equity});
    s.stats = m_executor->stats();
    return s;
}

// The kill switch's own status for the inputs its next check sees, in words: the firing flags
// and the gauges are the switch's, only the text is made here.
QList<KillSwitchTriggerView> EngineWorker::triggerViews(const EngineSnapshot& s) const {
    const ExecutorConfig& c = m_options.config;
    const KillSwitchInputs in = m_executor->killSwitchInputs();
    const KillSwitchStatus status = m_executor->killSwitch().status(in);
    const auto of = [&status](KillTrigger t) -> const KillSwitchTriggerStatus& {
        return *std::find_if(status.cbegin(), status.cend(),
                             [t](const KillSwitchTriggerStatus& x) { return x.trigger == t; });
    };
    const auto view = [](const KillSwitchTriggerStatus& st) {
        KillSwitchTriggerView v;
        v.trigger = st.trigger;
        v.usage = st.usage;
        v.firing = st.firing;
        return v;
    };
    const bool manualTrip = s.activeTrip && s.activeTrip->trigger == KillTrigger::Manual;
    QList<KillSwitchTriggerView> out;

    const KillSwitchTriggerStatus& lossStatus = of(KillTrigger::DailyLoss);
    KillSwitchTriggerView loss = view(lossStatus);
    const double lossFraction =
        in.startOfDayEquity.isPositive() && lossStatus.current > 0
            ? Money::fromUnits(lossStatus.current).toDouble() / in.startOfDayEquity.toDouble()
            : 0.0;
    loss.current = percentText(-lossFraction);
    loss.limit = percentText(-c.dailyLossLimit);
    out.append(loss);

    KillSwitchTriggerView manual;
    manual.trigger = KillTrigger::Manual;
    manual.current = manualTrip ? tr("pressed") : tr("not pressed");
    manual.limit = tr("operator");
    manual.firing = manualTrip;
    out.append(manual);

    const KillSwitchTriggerStatus& brokerStatus = of(KillTrigger::BrokerUnreachable);
    KillSwitchTriggerView broker = view(brokerStatus);
    // The kill switch's own figure: how long the broker has been unreachable. The operator's
    // Disconnect pauses the simulated market; the paper broker itself stays reachable.
    broker.current = brokerStatus.current > 0
                         ? tr("unreachable for %1 s").arg(brokerStatus.current / 1000)
                     : m_connected ? tr("reachable")
                                   : tr("reachable (market paused by the operator)");
    broker.limit = tr("unreachable for %1 s").arg(brokerStatus.limit / 1000);
    out.append(broker);

    const KillSwitchTriggerStatus& equityStatus = of(KillTrigger::EquityBelowMinimum);
    KillSwitchTriggerView equity = view(equityStatus);
    equity.current = QLatin1Char('$') + Money::fromUnits(equityStatus.current).toString();
    equity.limit = QLatin1Char('$') + Money::fromUnits(equityStatus.limit).toString();
    out.append(equity);

    const KillSwitchTriggerStatus& streakStatus = of(KillTrigger::ConsecutiveLosses);
    KillSwitchTriggerView streak = view(streakStatus);
    streak.current = tr("%1 in a row").arg(streakStatus.current);
    streak.limit = tr("%1 losses worse than %2")
                       .arg(streakStatus.limit)
                       .arg(percentText(-c.consecutiveLossPct));
    out.append(streak);
    return out;
}

ChartSnapshot EngineWorker::buildChart(const QString& ticker) const {
    ChartSnapshot chart;
    chart.ticker = ticker;
    const auto it = m_charts.constFind(ticker);
    if (it == m_charts.cend())
        return chart;
    chart.timeframe = QStringLiteral("%1m").arg(it->bucketMinutes());
    chart.candles = it->candles();
    if (m_executor) {
        if (const Position* p = m_executor->positions().position(ticker)) {
            chart.entry = p->averageEntry.toDouble();
            if (!p->stopLoss.isZero())
                chart.stop = p->stopLoss.toDouble();
            if (p->target)
                chart.target = p->target->toDouble();
        }
    }
    return chart;
}

void EngineWorker::tripKillSwitch(const QString& detail) {
    if (!m_executor)
        return;
    m_executor->tripKillSwitch(detail);
    m_dirty = true;
    publishNow(); // a trader who pressed the switch sees it at once
}

void EngineWorker::resetKillSwitch(const QString& operatorNote) {
    if (!m_executor)
        return;
    if (m_executor->resetKillSwitch(operatorNote)) {
        addEvent(EngineEvent::Kind::KillSwitch, {},
                 tr("Kill switch reset by the operator: %1").arg(operatorNote));
    }
    publishNow();
}

void EngineWorker::closePosition(const QString& ticker) {
    if (!m_executor)
        return;
    if (m_executor->closePosition(ticker, QStringLiteral("manual")))
        addEvent(EngineEvent::Kind::Info, ticker, tr("Closing %1 at market (manual)").arg(ticker));
    else
        addEvent(EngineEvent::Kind::Info, ticker,
                 tr("No open position in %1 to close").arg(ticker));
    publishNow();
}

void EngineWorker::moveStop(const QString& ticker, axion::Price stop) {
    if (!m_executor)
        return;
    const StopMoveError error = m_executor->moveStop(ticker, stop);
    if (error == StopMoveError::None) {
        const Position* p = m_executor->positions().position(ticker);
        addEvent(
            EngineEvent::Kind::Info, ticker,
            tr("Stop of %1 moved to %2 (manual)").arg(ticker, (p ? p->stopLoss : stop).toString()));
        m_chartDirty = ticker == m_chartTicker; // the stop line moves
    } else {
        addEvent(
            EngineEvent::Kind::Info, ticker,
            tr("Stop of %1 not moved to %2: %3").arg(ticker, stop.toString(), toString(error)));
    }
    publishNow();
}

void EngineWorker::applyConfig(const axion::ExecutorConfig& config) {
    const ExecutorConfig applied = ExecutorConfig::liveApplicable(m_options.config, config);
    const QStringList later = ExecutorConfig::restartOnlyChanges(m_options.config, config);
    m_options.config = applied;
    if (!m_executor)
        return; // start() builds the pipeline from m_options.config
    m_executor->applyConfig(applied);
    watch(applied.watchlist);
    addEvent(EngineEvent::Kind::Info, {},
             later.isEmpty() ? tr("New settings in effect: risk limits, sizing, entries and exits")
                             : tr("New settings in effect; %1 apply at the next start")
                                   .arg(later.join(QStringLiteral(", "))));
    m_dirty = true;
    publishNow();
}

void EngineWorker::cancelOrder(const QString& clientOrderId) {
    if (!m_executor)
        return;
    if (!m_executor->cancelOrder(clientOrderId))
        addEvent(EngineEvent::Kind::Info, {},
                 tr("Order %1 is no longer working: nothing to cancel").arg(clientOrderId));
    publishNow();
}

void EngineWorker::setReplaySpeed(double minutesPerSecond) {
    m_speed = minutesPerSecond < 0.0 ? 0.0 : minutesPerSecond;
    m_paceClock.restart();
    m_dirty = true;
}

void EngineWorker::setConnected(bool connected) {
    if (connected == m_connected || isLive()) // a simulated disconnect is the paper broker's
        return;
    if (connected == m_connected)
        return;
    m_connected = connected;
    m_paceClock.restart();
    addEvent(EngineEvent::Kind::Info, {},
             connected ? tr("Connected to the paper broker: the replayed market resumes")
                       : tr("Disconnected from the paper broker: the replayed market is paused"));
    publishNow();
}

void EngineWorker::requestChart(const QString& ticker) {
    m_chartTicker = ticker;
    m_chartDirty = !ticker.isEmpty();
    if (m_executor && m_chartDirty) {
        m_chartDirty = false;
        Q_EMIT chartPublished(buildChart(ticker));
    }
}

} // namespace axion
