#include "execution/TradeExecutor.h"

#include "core/ClientOrderId.h"
#include "core/FaultInjection.h"
#include "core/SameString.h"
#include "journal/TradeJournal.h"
#include "signals/CloudSignalEngine.h"

#include <QJsonObject>

namespace axion {

// One position's lifecycle: its decisions (TradePlan) and what the executor keeps beside them
// (the feed symbol, the exit rules' tracker, the journal row, the exact entry cost).
struct TradeExecutor::Trade {
    Trade(const Signal& signal, std::optional<Price> target)
        : plan(signal, target) {}
    TradePlan plan;
    int symbol = -1;      // feed index, -1 until the first bar of the ticker is seen
    int timeframe = 0;    // index into the cloud engine's timeframes
    qint64 journalId = 0; // trade_executions id, once the entry filled
    ExitTracker tracker;
    int stackBarsSeen = 0;     // the exit timeframe's bar count at the last evaluation
    Quantity sharesBought = 0; // all entry fills, for the average exit price
    Money entryCost;           // exact cost of all entry fills
    bool resumed = false;      // taken over after a restart: its exit tracker starts at a bar

    const Signal& signal() const { return plan.signal(); }
    TradePhase phase() const { return plan.phase(); }
};

namespace {

QString entryCode(SizingRejectCode code) {
    return code == SizingRejectCode::ConvictionTooLow ? QStringLiteral("below_min_conviction")
                                                      : toString(code);
}

} // namespace

TradeExecutor::TradeExecutor(const ExecutorConfig& config, const Clock& clock, OrderRouter& router,
                             const CloudSignalEngine& clouds, TradeJournal* journal,
                             QObject* parent)
    : QObject(parent)
    , m_config(config)
    , m_clock(clock)
    , m_router(router)
    , m_clouds(clouds)
    , m_journal(journal)
    , m_sizer(config)
    , m_gate(config)
    , m_planner(config)
    , m_exitMonitor(config)
    , m_killSwitch(config)
    , m_entryCloud(cloudLayerFromString(config.entryCloud).value_or(CloudLayer::Pullback))
    , m_eodCutoff(config.eodCutoff()) {}

TradeExecutor::~TradeExecutor() {
    for (const QPointer<Broker>& broker : m_listenedTo) {
        if (broker)
            broker->removeListener(this);
    }
}

void TradeExecutor::applyConfig(const ExecutorConfig& config) {
    m_config = config;
    m_sizer = PositionSizer(config);
    m_gate = RiskGate(config);
    m_planner = EntryPlanner(config);
    m_exitMonitor = ExitMonitor(config);
    m_killSwitch.setLimits(config);
    m_entryCloud = cloudLayerFromString(config.entryCloud).value_or(CloudLayer::Pullback);
    m_eodCutoff = config.eodCutoff();
}

void TradeExecutor::attachBroker(Broker* broker) {
    const std::size_t index = m_brokers.size();
    m_brokers.push_back(broker);
    m_listenedTo.emplace_back(broker);
    m_unreachableSinceMs.push_back(broker->isConnected() ? 0 : m_clock.nowMs());
    broker->addListener(this);
    connect(broker, &Broker::connectivityChanged, this,
            [this, index](BrokerConnectivity state, const QString&) {
                onBrokerConnection(index, canTakeOrders(state));
            });
}

BrokerConnectivity TradeExecutor::connectivity(const QString& broker) const {
    const Broker* b = m_router.broker(broker);
    if (!b)
        return BrokerConnectivity::Down;
    const BrokerConnectivity c = b->connectivity();
    return c == BrokerConnectivity::Ready && m_awaitingReconcile.contains(broker)
               ? BrokerConnectivity::Reconciling
               : c;
}

TradeExecutor::Recovery TradeExecutor::recoverFromJournal() {
    Recovery r;
    if (!m_journal)
        return r;
    r.recoveredIntents = m_journal->recoveredIntents();
    if (const std::optional<QJsonObject> state = m_journal->lastKillSwitchState()) {
        QString error;
        if (std::optional<KillSwitch> restored = KillSwitch::fromJson(m_config, *state, &error)) {
            m_killSwitch = std::move(*restored);
        } else {
            // Not knowing whether it was tripped is treated as tripped.
            r.killSwitchError = error;
            m_killSwitch.activate(KillTrigger::Manual,
                                  QStringLiteral("the kill switch state in the journal cannot be "
                                                 "read (%1): entries stay halted until an "
                                                 "operator resets it")
                                      .arg(error),
                                  m_clock.nowMs());
            m_journal->recordKillSwitch(m_killSwitch.history().constLast(), m_killSwitch.toJson());
        }
    }
    r.killSwitchTripped = m_killSwitch.isTripped();
    const QSet<QString> signalIds = m_journal->signalIdsWithOrders();
    r.signalIds = static_cast<int>(signalIds.size());
    m_signalIds.unite(signalIds);
    m_book.reserve(m_journal->clientOrderIds()); // never issued again
    const auto executions = m_journal->executionIds();
    r.executionIds = static_cast<int>(executions.size());
    for (const auto& [broker, id] : executions)
        m_book.rememberExecution(broker, id);
    m_journalOrders = m_journal->openOrders();
    m_journalTrades = m_journal->openTrades();
    r.workingOrders = static_cast<int>(m_journalOrders.size());
    r.openTrades = static_cast<int>(m_journalTrades.size());
    m_awaitingReconcile.clear();
    for (const Broker* b : m_brokers)
        m_awaitingReconcile << b->name();
    m_journal->recordNote(QStringLiteral("engine_recovered"), QString(),
                          QJsonObject{{QStringLiteral("kill_switch_tripped"), r.killSwitchTripped},
                                      {QStringLiteral("kill_switch_error"), r.killSwitchError},
                                      {QStringLiteral("signal_ids"), r.signalIds},
                                      {QStringLiteral("execution_ids"), r.executionIds},
                                      {QStringLiteral("recovered_intents"), r.recoveredIntents},
                                      {QStringLiteral("working_orders"), r.workingOrders},
                                      {QStringLiteral("open_trades"), r.openTrades}});
    flushJournal();
    return r;
}

JournalHoldings TradeExecutor::journalHoldings(const QString& broker) const {
    JournalHoldings h;
    for (const OrderRecord& r : m_journalOrders) {
        if (sameString(r.order.broker, broker))
            h.workingOrders.append(r);
    }
    for (const TradeRecord& t : m_journalTrades) {
        if (sameString(t.broker, broker))
            h.openTrades.append({t.id, t.ticker, t.direction, t.shares});
    }
    return h;
}

QStringList TradeExecutor::ordersToReconcile(const QString& broker) const {
    QStringList ids;
    for (const OrderRecord& r : m_journalOrders) {
        if (sameString(r.order.broker, broker))
            ids << r.order.clientOrderId;
    }
    return ids;
}

std::vector<ReconcileCommand> TradeExecutor::reconcile(const BrokerHoldings& broker) {
    using Kind = ReconcileCommand::Kind;
    const std::vector<ReconcileCommand> commands =
        axion::reconcile(journalHoldings(broker.broker), broker);
    for (const ReconcileCommand& c : commands) {
        switch (c.kind) {
        case Kind::AdoptOrderState:
        case Kind::OrderNotAtBroker:
            for (OrderRecord& r : m_journalOrders) {
                if (r.order.clientOrderId != c.clientOrderId)
                    continue;
                r.state = c.state;
                r.updatedMs = m_clock.nowMs();
                r.lastMessage = QStringLiteral("reconciled: ") + c.detail;
                if (m_journal)
                    m_journal->recordOrder(r);
            }
            break;
        case Kind::TradeNotHeld:
            if (m_journal)
                m_journal->recordTradeCancelled(c.tradeId, QStringLiteral("not_at_broker"));
            Q_EMIT alertRaised(QStringLiteral("Reconciliation: %1; the journal closes it out as "
                                              "not held")
                                   .arg(c.detail));
            break;
        case Kind::FillsMissing:
        case Kind::OrderNotInJournal:
        case Kind::PositionMismatch:
            if (!m_heldBackTickers.contains(c.ticker))
                m_heldBackTickers << c.ticker;
            Q_EMIT alertRaised(QStringLiteral("Reconciliation: %1; no new entry in %2 until it "
                                              "is resolved at the broker")
                                   .arg(c.detail, c.ticker));
            break;
        }
        if (m_journal)
            m_journal->recordNote(QStringLiteral("reconciled"), c.clientOrderId,
                                  QJsonObject{{QStringLiteral("command"), toString(c.kind)},
                                              {QStringLiteral("broker"), broker.broker},
                                              {QStringLiteral("ticker"), c.ticker},
                                              {QStringLiteral("detail"), c.detail}});
    }
    resumeOpenTrades(broker);
    // A switch that tripped before the restart goes on doing what it demands: the resumed
    // trades' working entries are cancelled and their day trades closed.
    if (m_killSwitch.isTripped())
        enforceKillSwitch();
    m_awaitingReconcile.removeAll(broker.broker);
    flushJournal();
    return commands;
}

void TradeExecutor::resumeOpenTrades(const BrokerHoldings& broker) {
    for (const TradeRecord& t : std::as_const(m_journalTrades)) {
        if (!sameString(t.broker, broker.broker) || m_heldBackTickers.contains(t.ticker) ||
            m_tradeByTicker.contains(t.ticker))
            continue;
        const auto held = std::find_if(
            broker.positions.cbegin(), broker.positions.cend(), [&t](const BrokerPosition& p) {
                return p.ticker == t.ticker && p.direction == t.direction && p.shares > 0;
            });
        if (held == broker.positions.cend())
            continue; // not held: the reconciliation closed it out
        Signal s;
        s.signalId = t.signalId;
        s.signalType = t.metadata.value(QStringLiteral("signal_type")).toString();
        s.ticker = t.ticker;
        s.sector = t.ticker;
        s.direction = t.direction;
        s.timeframe = t.metadata.value(QStringLiteral("timeframe")).toString();
        s.tradeType = t.tradeType;
        s.conviction = t.conviction;
        s.entryPrice = t.entryPrice;
        s.stopLoss = t.stopLoss.value_or(Price());
        s.targetPrice = t.targetPrice;
        s.timestampMs = t.entryTimeMs;
        auto owned = std::make_unique<Trade>(s, t.targetPrice);
        Trade& trade = *owned;
        // Its orders: the ticker's working orders at this broker, as reconciled. The working
        // stop's price is the trade's stop now (the operator may have moved it).
        QStringList orders;
        for (const OrderRecord& r : std::as_const(m_journalOrders)) {
            if (!sameString(r.order.broker, broker.broker) || r.order.ticker != t.ticker ||
                !r.isWorking())
                continue;
            const int index = m_book.restore(r);
            if (index < 0)
                continue;
            setOwner(index, &trade);
            orders << r.order.clientOrderId;
            if (r.order.leg == OrderLeg::Stop && r.order.stopPrice)
                s.stopLoss = *r.order.stopPrice;
        }
        // The position as the broker holds it.
        Fill opening;
        opening.executionId = QStringLiteral("resumed-trade-%1").arg(t.id);
        opening.clientOrderId = t.orderId;
        opening.broker = broker.broker;
        opening.ticker = t.ticker;
        opening.side = t.direction == Direction::Long ? OrderSide::Buy : OrderSide::Sell;
        opening.quantity = held->shares;
        opening.price = held->averageEntry.isPositive() ? held->averageEntry : t.entryPrice;
        opening.brokerTimeMs = t.entryTimeMs;
        Position position;
        position.ticker = t.ticker;
        position.stopLoss = s.stopLoss;
        position.initialStop = t.stopLoss.value_or(s.stopLoss);
        position.target = t.targetPrice;
        position.entryTimeMs = t.entryTimeMs;
        position.signalId = t.signalId;
        position.tradeType = t.tradeType;
        position.broker = broker.broker;
        position.sector = s.sector;
        m_positions.apply(opening, t.direction, position);

        trade.plan = TradePlan::resume(s, t.targetPrice, facts(trade), orders);
        trade.journalId = t.id;
        trade.timeframe = timeframeIndex(s.timeframe);
        trade.sharesBought = opening.quantity;
        trade.entryCost = opening.price * opening.quantity;
        trade.resumed = true;
        setTickerTrade(t.ticker, &trade);
        m_trades.push_back(std::move(owned));
        if (m_journal)
            m_journal->recordNote(
                QStringLiteral("trade_resumed"), t.orderId,
                QJsonObject{{QStringLiteral("trade_id"), double(t.id)},
                            {QStringLiteral("ticker"), t.ticker},
                            {QStringLiteral("shares"), double(opening.quantity)},
                            {QStringLiteral("orders"), orders.join(u' ')},
                            {QStringLiteral("phase"), toString(trade.plan.phase())}});
        carryOut(trade, trade.plan.protect(facts(trade)));
    }
    // Working orders at the broker that no resumed trade took (an entry that had not filled when
    // the process stopped has no trade row yet): not managed, so their ticker takes no new
    // entry until an operator has dealt with them at the broker.
    for (const OrderRecord& r : std::as_const(m_journalOrders)) {
        if (!sameString(r.order.broker, broker.broker) || !r.isWorking() ||
            m_book.indexOf(r.order.clientOrderId) >= 0 ||
            m_heldBackTickers.contains(r.order.ticker))
            continue;
        m_heldBackTickers << r.order.ticker;
        recordAnomaly(QStringLiteral("order_not_resumed"), r.order.clientOrderId, broker.broker,
                      QStringLiteral("working at the broker, no open trade of it to resume"),
                      QStringLiteral("Reconciliation: order %1 (%2 %3 %4) is working at %5 but "
                                     "belongs to no trade the restart could resume; no new entry "
                                     "in %4 until it is cancelled or resolved at the broker")
                          .arg(r.order.clientOrderId, toString(r.order.side))
                          .arg(r.order.quantity)
                          .arg(r.order.ticker, broker.broker));
    }
}

void TradeExecutor::onBrokerConnection(std::size_t broker, bool connected) {
    qint64& since = m_unreachableSinceMs[broker];
    if (!connected) {
        if (since == 0)
            since = m_clock.nowMs();
        checkKillSwitch();
        return;
    }
    since = 0;
    // What could not be sent while it was down goes now: the orders held for it (in the order
    // they were decided), the cancels and exits of trades on their way out, a moved stop, and
    // what a tripped kill switch demands.
    releaseHeldOrders(m_brokers[broker]);
    const std::size_t n = m_trades.size(); // commands add no trades, and none is erased here
    for (std::size_t i = 0; i < n; ++i) {
        Trade& t = *m_trades[i];
        carryOut(t, t.plan.reassert(facts(t)));
    }
    if (m_killSwitch.isTripped())
        enforceKillSwitch();
    flushJournal();
}

void TradeExecutor::noteReachability(qint64 nowMs) {
    for (std::size_t i = 0; i < m_brokers.size(); ++i) {
        qint64& since = m_unreachableSinceMs[i];
        if (m_brokers[i]->isConnected())
            since = 0;
        else if (since == 0)
            since = nowMs;
    }
}

qint64 TradeExecutor::unreachableSinceMs(qint64 nowMs) const {
    qint64 earliest = 0;
    for (std::size_t i = 0; i < m_brokers.size(); ++i) {
        const qint64 since = m_brokers[i]->isConnected() ? 0
                             : m_unreachableSinceMs[i]   ? m_unreachableSinceMs[i]
                                                         : nowMs;
        if (since != 0 && (earliest == 0 || since < earliest))
            earliest = since;
    }
    return earliest;
}

void TradeExecutor::fillKillSwitchInputs(KillSwitchInputs& in, Money equity) const {
    in.startOfDayEquity = m_startOfDayEquity;
    in.equity = equity;
    in.nowMs = m_clock.nowMs();
    in.brokerUnreachableSinceMs = unreachableSinceMs(in.nowMs);
    in.equityKnown = std::all_of(m_brokers.begin(), m_brokers.end(),
                                 [](const Broker* b) { return b->hasAccount(); });
}

void TradeExecutor::onClockTick() {
    const qint64 now = m_clock.nowMs();
    if (!m_lookups.empty())
        lookUpUnknownOrders(now);
    if (now >= m_nextDayStartMs)
        rollDay(now);
    if (m_eodCutoffMs > 0 && now >= m_eodCutoffMs && !m_trades.empty())
        closeAtEod(now);
    checkKillSwitch();
}

void TradeExecutor::reportAnomaly(const OrderBookChange& change, const QString& clientOrderId,
                                  const QString& broker) {
    const QString what = change.kindName();
    recordAnomaly(what, clientOrderId, broker, change.detail,
                  QStringLiteral("%1 from %2 (%3): %4; no position was changed, reconcile "
                                 "with the broker")
                      .arg(what, broker, clientOrderId, change.detail));
}

void TradeExecutor::recordAnomaly(const QString& kind, const QString& clientOrderId,
                                  const QString& broker, const QString& detail,
                                  const QString& alert) {
    ++m_stats.anomalies;
    if (m_journal) {
        QJsonObject payload;
        payload.insert(QStringLiteral("kind"), kind);
        payload.insert(QStringLiteral("broker"), broker);
        payload.insert(QStringLiteral("detail"), detail);
        m_journal->recordNote(QStringLiteral("anomaly"), clientOrderId, payload);
    }
    if (!alert.isEmpty())
        Q_EMIT alertRaised(alert);
}

namespace {

// The brokers' accounts added up, and the open positions; `a.positions` keeps its buffer.
void fillAccountState(AccountState& a, const std::vector<Broker*>& brokers, Money startOfDayEquity,
                      const PositionManager& positions) {
    a.equity = a.cash = a.buyingPower = Money();
    for (const Broker* b : brokers) {
        const BrokerAccount acc = b->account();
        a.equity += acc.equity;
        a.cash += acc.cash;
        a.buyingPower += acc.buyingPower;
    }
    a.startOfDayEquity = startOfDayEquity.isPositive() ? startOfDayEquity : a.equity;
    positions.positionsInto(a.positions);
}

} // namespace

AccountState TradeExecutor::accountState() const {
    AccountState a;
    fillAccountState(a, m_brokers, m_startOfDayEquity, m_positions);
    return a;
}

std::optional<TradePhase> TradeExecutor::tradePhase(const QString& ticker) const {
    const Trade* t = m_tradeByTicker.value(ticker, nullptr);
    return t ? std::optional<TradePhase>(t->phase()) : std::nullopt;
}

const AccountState& TradeExecutor::refreshAccountState() {
    fillAccountState(m_account, m_brokers, m_startOfDayEquity, m_positions);
    return m_account;
}

int TradeExecutor::timeframeIndex(const QString& timeframe) const {
    const int i = static_cast<int>(m_clouds.timeframes().indexOf(timeframe));
    // A timeframe the cloud engine does not scan is judged on the first one it does.
    return i < 0 ? 0 : i;
}

MarketStatus TradeExecutor::marketStatus() const {
    const qint64 now = m_clock.nowMs();
    MarketStatus m;
    m.open = m_session && now > m_session->openMs && now <= m_session->closeMs;
    m.pastEodCutoff = m_eodCutoffMs > 0 && now >= m_eodCutoffMs;
    return m;
}

const QList<WorkingEntry>& TradeExecutor::refreshWorkingEntries() {
    QList<WorkingEntry>& out = m_working;
    out.clear();                                 // keeps the capacity
    out.reserve(qsizetype(m_trades.size()) * 2); // an entry and a scale-in half each, usually
    for (const auto& t : m_trades) {
        const Signal& s = t->signal();
        for (const QString& id : t->plan.entryOrders()) {
            const OrderRecord* r = m_book.find(id);
            if (!r || !r->isWorking() || r->remaining() <= 0)
                continue;
            const Price price = r->order.limitPrice.value_or(s.entryPrice);
            out.append({s.ticker, s.sector, s.direction, r->remaining(), price});
        }
        // The second half of a scale-in is exposure already committed to, not yet ordered.
        if (const auto& scaleIn = t->plan.scaleIn())
            out.append({s.ticker, s.sector, s.direction, scaleIn->shares, s.entryPrice});
    }
    return out;
}

TradeExecutor::Trade* TradeExecutor::tradeOf(int order) const {
    return order >= 0 && std::size_t(order) < m_tradeOfOrder.size()
               ? m_tradeOfOrder[std::size_t(order)]
               : nullptr;
}

void TradeExecutor::setOwner(int order, Trade* trade) {
    if (order < 0)
        return;
    if (std::size_t(order) >= m_tradeOfOrder.size())
        m_tradeOfOrder.resize(std::size_t(order) + 1, nullptr);
    m_tradeOfOrder[std::size_t(order)] = trade;
}

// Inline (it is only called here): once per bar.
inline TradeExecutor::TickerSlot* TradeExecutor::tickerSlot(int symbol, const QString& ticker) {
    // The symbol's ticker is the caller's string, shared: the comparison is a pointer check when
    // the caller passes the same string again, as a feed does.
    if (symbol >= 0 && std::size_t(symbol) < m_tickerSlots.size()) [[likely]] {
        TickerSlot& slot = m_tickerSlots[std::size_t(symbol)];
        if (!slot.ticker.isEmpty() && sameString(slot.ticker, ticker)) [[likely]]
            return &slot;
    }
    return newTickerSlot(symbol, ticker);
}

TradeExecutor::TickerSlot* TradeExecutor::newTickerSlot(int symbol, const QString& ticker) {
    if (symbol < 0)
        return nullptr;
    if (std::size_t(symbol) >= m_tickerSlots.size())
        m_tickerSlots.resize(std::size_t(symbol) + 1);
    TickerSlot& slot = m_tickerSlots[std::size_t(symbol)];
    if (slot.ticker.isEmpty() || slot.ticker != ticker) {
        // The symbol's first bar (or a caller that numbers its symbols differently now). The
        // first symbol seen for a ticker is the ticker's.
        slot.ticker = ticker;
        if (!m_symbolOf.contains(ticker))
            m_symbolOf.insert(ticker, symbol);
        slot.canonical = m_symbolOf.value(ticker) == symbol;
        slot.trade = slot.canonical ? m_tradeByTicker.value(ticker, nullptr) : nullptr;
        slot.position = m_positions.handle(ticker);
    }
    return &slot;
}

void TradeExecutor::setTickerTrade(const QString& ticker, Trade* trade) {
    m_tradeByTicker.insert(ticker, trade);
    if (const auto it = m_symbolOf.constFind(ticker);
        it != m_symbolOf.cend() && std::size_t(*it) < m_tickerSlots.size()) {
        TickerSlot& slot = m_tickerSlots[std::size_t(*it)];
        if (slot.canonical && slot.ticker == ticker)
            slot.trade = trade;
    }
}

void TradeExecutor::removeTickerTrade(const QString& ticker) {
    m_tradeByTicker.remove(ticker);
    if (const auto it = m_symbolOf.constFind(ticker);
        it != m_symbolOf.cend() && std::size_t(*it) < m_tickerSlots.size()) {
        TickerSlot& slot = m_tickerSlots[std::size_t(*it)];
        if (slot.canonical && slot.ticker == ticker)
            slot.trade = nullptr;
    }
}

void TradeExecutor::journalRejection(const Signal& signal, const QString& code,
                                     const QString& message) {
    RiskDecision d;
    d.message = code + QStringLiteral(": ") + message;
    m_journal->recordRiskDecision(signal, d);
}

void TradeExecutor::notifyDecision(const Signal& signal, SignalActivity::Decision decision,
                                   const QString& code, const QString& text) {
    if (m_decisionObserver)
        m_decisionObserver(
            SignalActivity::fromSignal(signal, m_clock.nowMs(), decision, code, text));
}

bool TradeExecutor::journalsAudit() const {
    return m_journal && m_journal->keepsAudit();
}

void TradeExecutor::onSignal(const Signal& signal) {
    if (CloudSignalEngine::isExitHint(signal)) {
        ++m_stats.exitHints;
        if (m_decisionObserver)
            notifyDecision(signal, SignalActivity::Decision::ExitHint, QStringLiteral("exit_hint"),
                           QStringLiteral("momentum exhaustion: informs exits, trades nothing"));
        return;
    }
    ++m_stats.entrySignals;
    // Retired trades go at a safe point: here too, not only at a bar, or a burst of signals
    // between bars (the ingress) walks every trade that ended since the last one.
    if (m_hasRetired)
        purgeRetired();
    if (m_journal)
        m_journal->recordSignal(signal);
    if (m_signalIds.contains(signal.signalId))
        return reject(signal, QStringLiteral("duplicate_id"),
                      [] { return QStringLiteral("signal already handled"); });
    if (!m_awaitingReconcile.isEmpty())
        return reject(signal, QStringLiteral("not_reconciled"), [this] {
            return QStringLiteral("entries wait for the reconciliation with %1 after the restart")
                .arg(m_awaitingReconcile.join(QStringLiteral(", ")));
        });
    if (m_heldBackTickers.contains(signal.ticker))
        return reject(signal, QStringLiteral("reconcile_mismatch"), [&] {
            return QStringLiteral("%1 did not reconcile with the broker after the restart; an "
                                  "operator must resolve it there first")
                .arg(signal.ticker);
        });
    if (m_killSwitch.isTripped())
        return reject(signal, QStringLiteral("kill_switch_tripped"), [this] {
            return QStringLiteral("entries are halted: %1").arg(m_killSwitch.activeTrip()->detail);
        });

    // Below the minimum conviction a signal is journaled, never traded: decided before any
    // account work.
    if (m_sizer.convictionMultiplier(signal.conviction) <= 0.0)
        return reject(signal, entryCode(SizingRejectCode::ConvictionTooLow), [&] {
            return QStringLiteral("conviction %1 is below %2")
                .arg(signal.conviction)
                .arg(m_config.minConviction);
        });
    // An add joins only a trade whose lifecycle takes one (not one whose entry is still
    // working, exiting or replacing its stop): refused before the gate, whose approval would
    // otherwise be journaled.
    Trade* existing = m_tradeByTicker.value(signal.ticker, nullptr);
    if (existing && !TradeLifecycle::allows(existing->phase(), TradeEvent::AddApproved))
        return reject(signal,
                      existing->phase() == TradePhase::PendingEntry
                          ? QStringLiteral("entry_pending")
                          : QStringLiteral("trade_exiting"),
                      [existing] {
                          return QStringLiteral("the %1 trade of signal %2 is %3: no add")
                              .arg(existing->signal().ticker, existing->signal().signalId,
                                   toString(existing->phase()));
                      });

    const AccountState& account = refreshAccountState();
    const QList<WorkingEntry>& working = refreshWorkingEntries();
    Money tickerExposure;
    if (const Position* p = m_positions.position(signal.ticker))
        tickerExposure = p->marketValue();
    for (const WorkingEntry& w : working) {
        if (w.ticker == signal.ticker)
            tickerExposure += w.price * w.shares;
    }
    const PositionSize size = m_sizer.size(signal, account, tickerExposure);
    if (!size.ok())
        return reject(signal, entryCode(size.code), [&size] { return size.describe(); });

    const RiskDecision decision = m_gate.validate(signal, size, account, working, marketStatus());
    if (m_journal)
        m_journal->recordRiskDecision(signal, decision);
    if (!decision.approved) {
        ++m_stats.rejected[toString(decision.code)];
        if (m_decisionObserver)
            notifyDecision(signal, SignalActivity::Decision::Rejected, toString(decision.code),
                           decision.message);
        return;
    }

    // An add to a winner goes where the position lives; a new entry to the primary broker.
    Broker* broker = m_router.routeEntry();
    if (existing) {
        const Position* held = m_positions.position(signal.ticker);
        const QStringList& entries = existing->plan.entryOrders();
        const OrderRecord* first = entries.isEmpty() ? nullptr : m_book.find(entries.front());
        broker = m_router.routeTo(held ? held->broker : first ? first->order.broker : QString());
        if (broker && !canTakeEntries(broker->connectivity()))
            broker = nullptr; // new risk only where answers come as they happen
    }
    if (!broker)
        return reject(signal, QStringLiteral("no_broker"),
                      [] { return QStringLiteral("no connected broker"); });
    ++m_stats.approved;
    m_signalIds.insert(signal.signalId);

    // An add is part of the trade it joins: it is held (and its stop lasts) as that trade is,
    // a day-trade signal's add to a swing trade gets a good-till-cancelled stop.
    Signal planned = signal;
    if (existing)
        planned.tradeType = existing->signal().tradeType;
    const EntryPlan plan = m_planner.plan(planned, decision.approvedShares, broker->name());
    Trade* trade = existing;
    if (!trade) {
        auto t = std::make_unique<Trade>(signal, plan.target.limitPrice);
        t->symbol = m_symbolOf.value(signal.ticker, -1);
        t->timeframe = timeframeIndex(signal.timeframe);
        if (t->symbol >= 0) {
            if (const CloudStack* stack = m_clouds.stack(t->symbol, t->timeframe))
                t->stackBarsSeen = stack->barCount();
        }
        trade = t.get();
        setTickerTrade(signal.ticker, trade);
        m_trades.push_back(std::move(t));
    }
    carryOut(*trade, existing ? trade->plan.add(plan) : trade->plan.enter(plan));
    if (m_decisionObserver) {
        const Order& e = plan.entry;
        notifyDecision(signal, SignalActivity::Decision::Approved, QStringLiteral("approved"),
                       QStringLiteral("%1 %2 %3 shares to %4%5")
                           .arg(toString(e.side), toString(e.type))
                           .arg(e.quantity)
                           .arg(e.broker, plan.scaleIn
                                              ? QStringLiteral(" (first part of a scale-in)")
                                              : QString()));
    }
}

// The order is the trade's (its plan named it) before it is sent: the broker's answers, which may
// come before submit() returns, find their trade.
void TradeExecutor::submitOrder(Order order, Trade& trade) {
    Broker* broker = m_router.routeTo(order.broker);
    if (!broker && !m_router.broker(order.broker))
        return; // a broker this executor does not have: nothing can ever send it
    const int index = m_book.insert(order, m_clock.nowMs());
    if (index < 0)
        return;           // never place an id twice
    order.handle = index; // the book's copy keeps none: the broker's answers echo it
    setOwner(index, &trade);
    ++m_stats.orders;
    if (!broker) {
        // Its broker cannot take it now (down, connecting): held, New in the book and the
        // journal, and sent when the broker is reachable again. An exit or a stop is never
        // dropped because the connection is.
        m_heldOrders.push_back(index);
        OrderRecord* held = m_book.at(index);
        held->lastMessage = QStringLiteral("held: broker %1 is %2")
                                .arg(order.broker, toString(connectivity(order.broker)));
        held->updatedMs = m_clock.nowMs();
        journalOrder(index);
        return;
    }
    send(index, *broker);
}

void TradeExecutor::send(int index, Broker& broker) {
    m_book.apply(index, OrderEvent::Submit, m_clock.nowMs());
    journalOrder(index);
    Order order = m_book.at(index)->order;
    order.handle = index;
    const OrderIntent intent{OrderIntent::Kind::Submit, m_clock.nowMs(), order};
    if (!writeIntentsOrRefuse({&intent, 1}, OrderEvent::Reject))
        return;
    passFaultPoint(FaultPoint::BeforeSend);
    broker.submit(order);
    passFaultPoint(FaultPoint::AfterSend);
}

void TradeExecutor::releaseHeldOrders(Broker* broker) {
    if (!broker->isConnected())
        return;
    std::vector<int> still;
    const std::vector<int> held = std::exchange(m_heldOrders, {});
    for (const int index : held) {
        const OrderRecord* r = m_book.at(index);
        if (!r || r->state != OrderState::New)
            continue; // cancelled while held: it never leaves
        if (!sameString(r->order.broker, broker->name())) {
            still.push_back(index);
            continue;
        }
        send(index, *broker);
    }
    m_heldOrders.insert(m_heldOrders.begin(), still.begin(), still.end());
}

void TradeExecutor::submitBracket(std::vector<Order> legs, Trade& trade) {
    if (legs.size() != 3)
        return;
    std::array<int, 3> indices{-1, -1, -1};
    Broker* broker = m_router.routeTo(legs[0].broker);
    if (!broker)
        return;
    for (std::size_t i = 0; i < legs.size(); ++i) {
        indices[i] = m_book.insert(legs[i], m_clock.nowMs());
        if (indices[i] < 0)
            return; // never place an id twice
    }
    for (std::size_t i = 0; i < legs.size(); ++i) {
        legs[i].handle = indices[i];
        setOwner(indices[i], &trade);
    }
    std::array<OrderIntent, 3> intents;
    for (std::size_t i = 0; i < legs.size(); ++i) {
        ++m_stats.orders;
        m_book.apply(indices[i], OrderEvent::Submit, m_clock.nowMs());
        journalOrder(indices[i]);
        intents[i] = OrderIntent{OrderIntent::Kind::Submit, m_clock.nowMs(), legs[i]};
    }
    if (!writeIntentsOrRefuse(intents, OrderEvent::Reject))
        return;
    passFaultPoint(FaultPoint::BeforeSend);
    broker->submitBracket(legs[0], legs[1], legs[2]);
    passFaultPoint(FaultPoint::AfterSend);
}

void TradeExecutor::requestCancel(int order) {
    const OrderRecord* r = m_book.at(order);
    if (!r || !r->isWorking() || r->state == OrderState::CancelPending)
        return;
    if (r->state == OrderState::New) {
        // Held, never sent: cancelled here. The trade's plan hears of it as of any cancel.
        OrderUpdate cancelled;
        cancelled.clientOrderId = r->order.clientOrderId;
        cancelled.broker = r->order.broker;
        cancelled.event = OrderEvent::CancelAck;
        cancelled.message = QStringLiteral("cancelled while held: never sent");
        cancelled.receivedTimeMs = m_clock.nowMs();
        cancelled.handle = order;
        m_book.apply(order, OrderEvent::CancelRequest, m_clock.nowMs());
        journalOrder(order);
        m_deferred.emplace_back(std::move(cancelled));
        drainDeferred();
        return;
    }
    if (r->state == OrderState::Unknown)
        return; // never cancelled blind: the lookup says first whether it exists
    Broker* broker = m_router.routeTo(r->order.broker);
    if (!broker)
        return;
    // A copy: the broker's answers may add orders to the book, which moves its records.
    const QString clientOrderId = r->order.clientOrderId;
    m_book.apply(order, OrderEvent::CancelRequest, m_clock.nowMs());
    journalOrder(order);
    const OrderIntent intent{OrderIntent::Kind::Cancel, m_clock.nowMs(), r->order};
    if (!writeIntentsOrRefuse({&intent, 1}, OrderEvent::CancelReject))
        return;
    broker->cancel(clientOrderId);
}

bool TradeExecutor::cancelOrder(const QString& clientOrderId) {
    const int order = m_book.indexOf(clientOrderId);
    const OrderRecord* r = m_book.at(order);
    if (!r || !r->isWorking())
        return false;
    requestCancel(order);
    return true;
}

void TradeExecutor::journalOrder(int order) {
    if (!m_journal)
        return;
    if (const OrderRecord* r = m_book.at(order))
        m_journal->recordOrder(*r);
}

bool TradeExecutor::writeIntentsOrRefuse(std::span<const OrderIntent> intents, OrderEvent refusal) {
    if (!m_journal || m_journal->writeIntents(intents)) {
        m_intentLogFailing = false;
        return true;
    }
    // Not written down, so not sent: each order is answered as the broker would refuse it, and
    // the lifecycle handles that (a refused entry cancels its trade, a refused stop closes it).
    // Every refusal is journaled; the operator is alerted once per run of failures.
    const QString why = m_journal->errorString();
    recordAnomaly(QStringLiteral("intent_not_written"), intents.front().order.clientOrderId,
                  intents.front().order.broker, why,
                  m_intentLogFailing
                      ? QString()
                      : QStringLiteral("Order %1 was not sent: its intent could not be written "
                                       "(%2); no order goes out until the log can be written")
                            .arg(intents.front().order.clientOrderId, why));
    m_intentLogFailing = true;
    for (const OrderIntent& intent : intents) {
        OrderUpdate refused;
        refused.clientOrderId = intent.order.clientOrderId;
        refused.broker = intent.order.broker;
        // A replace's old order is still working: its cancel is what was refused.
        refused.event =
            intent.kind == OrderIntent::Kind::Cancel ? OrderEvent::CancelReject : refusal;
        refused.message = QStringLiteral("not sent: the intent log cannot be written: ") + why;
        refused.receivedTimeMs = m_clock.nowMs();
        m_deferred.emplace_back(std::move(refused));
    }
    drainDeferred(); // now, or after the commands being carried out
    return false;
}

void TradeExecutor::flushJournal() {
    if (m_journal)
        m_journal->flush();
}

// Every broker event goes through the queue: handled at once unless commands are being carried
// out (or the queue is being worked off), then in arrival order.
void TradeExecutor::onBrokerOrderUpdated(const OrderUpdate& update) {
    m_deferred.emplace_back(update);
    drainDeferred();
}

void TradeExecutor::onBrokerFillReceived(const Fill& fill) {
    m_deferred.emplace_back(fill);
    drainDeferred();
}

void TradeExecutor::drainDeferred() {
    if (m_draining || m_carrying > 0)
        return;
    m_draining = true;
    while (!m_deferred.empty()) {
        const std::variant<OrderUpdate, Fill> event = std::move(m_deferred.front());
        m_deferred.pop_front();
        if (const auto* update = std::get_if<OrderUpdate>(&event))
            onOrderUpdated(*update);
        else
            onFillReceived(std::get<Fill>(event));
    }
    m_draining = false;
}

TradeFacts TradeExecutor::facts(const Trade& trade) const {
    const Position* p = m_positions.position(trade.signal().ticker);
    return TradeFacts{
        .book = m_book, .held = p ? p->shares : 0, .heldBroker = p ? p->broker : QString()};
}

// The fill a decision was about, with what it did to the position.
struct TradeExecutor::FillContext {
    const Fill& fill;
    const FillOutcome& outcome;
    qint64 entryTimeMs = 0;
};

void TradeExecutor::carryOut(Trade& trade, const TradeCommands& commands, const FillContext* fill) {
    ++m_carrying;
    bool bookChanged = false; // without a broker event: what the plan waits for is asked again
    std::optional<QString> closedFor;
    for (const TradeCommand& c : commands) {
        switch (c.kind) {
        case TradeCommand::Kind::SubmitBracket:
            submitBracket(c.orders, trade);
            break;
        case TradeCommand::Kind::Submit:
            submitOrder(c.orders.front(), trade);
            break;
        case TradeCommand::Kind::Cancel:
            requestCancel(m_book.indexOf(c.clientOrderId));
            break;
        case TradeCommand::Kind::Replace:
            replaceOrder(c.clientOrderId, c.orders.front(), trade);
            break;
        case TradeCommand::Kind::ReplacedGone:
        case TradeCommand::Kind::ReplacedKept: {
            // As the broker would have reported it: queued, handled after these commands.
            OrderUpdate settled;
            settled.clientOrderId = c.clientOrderId;
            settled.event = c.kind == TradeCommand::Kind::ReplacedGone ? OrderEvent::CancelAck
                                                                       : OrderEvent::CancelReject;
            settled.message = c.text;
            settled.receivedTimeMs = m_clock.nowMs();
            settled.handle = m_book.indexOf(c.clientOrderId);
            if (const OrderRecord* r = m_book.at(settled.handle))
                settled.broker = r->order.broker;
            m_deferred.emplace_back(std::move(settled));
            break;
        }
        case TradeCommand::Kind::ResizeLeg: {
            const int leg = m_book.indexOf(c.clientOrderId);
            m_book.resize(leg, c.quantity, m_clock.nowMs());
            journalOrder(leg);
            bookChanged = true;
            break;
        }
        case TradeCommand::Kind::RecordEntry:
        case TradeCommand::Kind::RecordScaleIn:
            if (fill)
                recordEntry(trade, *fill);
            break;
        case TradeCommand::Kind::RecordExit:
            if (fill)
                recordExit(trade, *fill, c.text);
            closedFor = c.text;
            break;
        case TradeCommand::Kind::Alert:
            Q_EMIT alertRaised(c.text);
            break;
        case TradeCommand::Kind::LateFill:
            recordAnomaly(QStringLiteral("late_fill"), c.clientOrderId,
                          fill ? fill->fill.broker : QString(), c.text, c.text);
            break;
        }
    }
    if (bookChanged)
        carryOut(trade, trade.plan.proceed(facts(trade)));
    --m_carrying;
    syncTicker(trade);
    if (closedFor) {
        Q_EMIT positionClosed(trade.signal().ticker, *closedFor,
                              fill ? fill->outcome.position.realizedPnl : Money());
    }
    // A fill (and a closed trade) is committed before anything else happens: a kill -9 right
    // after it must not make the restart find shares the journal never counted. (A replay's
    // journal defers this to its daily commit.)
    if (closedFor || fill)
        flushJournal();
    if (closedFor)
        checkKillSwitch();
    drainDeferred();
}

void TradeExecutor::syncTicker(Trade& trade) {
    const QString& ticker = trade.signal().ticker;
    Trade* owner = m_tradeByTicker.value(ticker, nullptr);
    if (trade.plan.holdsTicker()) {
        if (!owner)
            setTickerTrade(ticker, &trade);
    } else if (owner == &trade) {
        removeTickerTrade(ticker);
    }
    if (trade.plan.retired())
        m_hasRetired = true; // erased at the next safe point: callers may be iterating
}

void TradeExecutor::onOrderUpdated(const OrderUpdate& update) {
    const int order = m_book.resolve(update.handle, update.clientOrderId);
    const OrderBookChange change = m_book.applyUpdate(order, update);
    if (m_journal) {
        m_journal->recordOrderEvent(update, change);
        journalOrder(order);
    }
    if (!change.ok())
        reportAnomaly(change, update.clientOrderId, update.broker);
    const OrderRecord* r = m_book.at(order);
    // An order whose outcome was unknown and is known now: the cancels and exits its trade (or
    // a tripped kill switch) asked for while it was unknown were not sent for it.
    const bool resolved = m_lookups.count(order) && r && r->state != OrderState::Unknown;
    if (r && (r->state == OrderState::Unknown || m_lookups.count(order)))
        trackUnknownOutcome(order, *r, update);
    Trade* trade = tradeOf(order);
    if (!trade || !r)
        return;
    carryOut(*trade, trade->plan.onOrderUpdate(facts(*trade), r->order.clientOrderId, update.event,
                                               update.message));
    if (resolved && m_book.at(order)->isWorking()) {
        carryOut(*trade, trade->plan.reassert(facts(*trade)));
        if (m_killSwitch.isTripped())
            enforceKillSwitch();
    }
}

namespace {
constexpr qint64 kFirstLookupPauseMs = 1'000;
constexpr qint64 kMaxLookupPauseMs = 30'000;
} // namespace

void TradeExecutor::trackUnknownOutcome(int order, const OrderRecord& r,
                                        const OrderUpdate& update) {
    if (r.state != OrderState::Unknown) {
        m_lookups.erase(order); // the broker's answer ended it
        return;
    }
    const qint64 now = m_clock.nowMs();
    auto [it, added] = m_lookups.try_emplace(order);
    PendingLookup& p = it->second;
    if (added) {
        p.nextMs = now + kFirstLookupPauseMs;
        return;
    }
    if (update.event != OrderEvent::NotFound || p.alerted)
        return;
    // Not at the broker (yet) is not "refused": the request may still be on its way. The order
    // stays Unknown, counts as working (nothing is sent in its place) and is asked about again.
    p.alerted = true;
    recordAnomaly(QStringLiteral("outcome_unknown"), r.order.clientOrderId, r.order.broker,
                  update.message,
                  QStringLiteral("Order %1 (%2 %3 %4): its submit got no answer and %5 has no "
                                 "order with this id yet. It is not sent again; it is looked up "
                                 "until the broker answers. Check it at the broker.")
                      .arg(r.order.clientOrderId, toString(r.order.side))
                      .arg(r.order.quantity)
                      .arg(r.order.ticker, r.order.broker));
}

void TradeExecutor::lookUpUnknownOrders(qint64 nowMs) {
    std::vector<std::pair<int, QString>> due;
    for (auto& [order, p] : m_lookups) {
        const OrderRecord* r = m_book.at(order);
        if (!r || nowMs < p.nextMs)
            continue;
        Broker* broker = m_router.routeTo(r->order.broker);
        if (!broker)
            continue; // asked when it is reachable again
        ++p.attempts;
        p.nextMs =
            nowMs + std::min(kMaxLookupPauseMs, kFirstLookupPauseMs << std::min(p.attempts, 5));
        due.emplace_back(order, r->order.clientOrderId);
    }
    // The answers (possibly synchronous) change m_lookups: asked after the walk.
    for (const auto& [order, id] : due) {
        if (Broker* broker = m_router.routeTo(m_book.at(order)->order.broker))
            broker->lookup(id);
    }
}

void TradeExecutor::replaceOrder(const QString& clientOrderId, Order replacement, Trade& trade) {
    const int old = m_book.indexOf(clientOrderId);
    const OrderRecord* r = m_book.at(old);
    if (!r || !r->isWorking())
        return;
    Broker* broker = m_router.routeTo(r->order.broker);
    if (!broker)
        return; // moveStop() refuses a move while the broker is down
    const int index = m_book.insert(replacement, m_clock.nowMs());
    if (index < 0)
        return; // never place an id twice
    replacement.handle = index;
    setOwner(index, &trade);
    ++m_stats.orders;
    m_book.apply(index, OrderEvent::Submit, m_clock.nowMs());
    journalOrder(index);
    m_book.apply(old, OrderEvent::CancelRequest, m_clock.nowMs(),
                 QStringLiteral("being replaced by ") + replacement.clientOrderId);
    journalOrder(old);
    // Two lines: restarted, the new order is one that may have reached the broker and the old
    // one one whose end may be under way; the reconciliation asks the broker about both.
    const std::array<OrderIntent, 2> intents{
        OrderIntent{OrderIntent::Kind::Replace, m_clock.nowMs(), replacement},
        OrderIntent{OrderIntent::Kind::Cancel, m_clock.nowMs(), m_book.at(old)->order}};
    if (!writeIntentsOrRefuse(intents, OrderEvent::Reject))
        return;
    passFaultPoint(FaultPoint::BeforeSend);
    broker->replace(clientOrderId, replacement);
    passFaultPoint(FaultPoint::AfterSend);
}

void TradeExecutor::purgeRetired() {
    // A retired trade's orders answer to no trade any more.
    for (const auto& t : m_trades) {
        if (!t->plan.retired())
            continue;
        for (const QStringList* orders :
             {&t->plan.entryOrders(), &t->plan.protectiveOrders(), &t->plan.exitOrders()}) {
            for (const QString& id : *orders) {
                const int order = m_book.indexOf(id);
                if (tradeOf(order) == t.get())
                    m_tradeOfOrder[std::size_t(order)] = nullptr;
            }
        }
    }
    std::erase_if(m_trades, [](const auto& t) { return t->plan.retired(); });
    m_hasRetired = false;
}

void TradeExecutor::onFillReceived(const Fill& fill) {
    const int index = m_book.resolve(fill.handle, fill.clientOrderId);
    const OrderBookChange change = m_book.applyFill(index, fill);
    if (!change.ok()) {
        // A duplicate changes nothing; an overfill or an unknown order is never turned into a
        // position. Each is flagged for reconciliation.
        reportAnomaly(change, fill.clientOrderId, fill.broker);
        return;
    }
    ++m_stats.fills;
    if (m_journal) {
        m_journal->recordFill(fill);
        // The order's filled shares go with the fill into the same commit: a restart reads
        // them, and a kill -9 before the broker's own order update must not lose them.
        journalOrder(index);
    }
    Trade* trade = tradeOf(index);
    const OrderRecord* order = m_book.at(index);
    if (!trade || !order)
        return;
    const Signal& s = trade->signal();
    Position opening;
    opening.ticker = s.ticker;
    opening.stopLoss = s.stopLoss;
    opening.initialStop = s.stopLoss;
    opening.target = trade->plan.target();
    opening.entryTimeMs = fill.brokerTimeMs ? fill.brokerTimeMs : m_clock.nowMs();
    opening.signalId = s.signalId;
    opening.tradeType = s.tradeType;
    opening.broker = fill.broker;
    opening.sector = s.sector;
    const FillOutcome outcome = m_positions.apply(fill, s.direction, opening);
    if (outcome.kind == FillOutcome::Rejected) {
        // The book took the fill but the position cannot (it would sell more than is held):
        // counted at the order, kept out of the position, flagged.
        OrderBookChange refused;
        refused.kind = OrderBookChange::Invalid;
        refused.detail = QStringLiteral("position refused the fill: %1").arg(outcome.error);
        reportAnomaly(refused, fill.clientOrderId, fill.broker);
        return;
    }
    if (outcome.kind == FillOutcome::Opened || outcome.kind == FillOutcome::Increased) {
        if (outcome.kind == FillOutcome::Opened && trade->symbol >= 0) {
            if (const CloudStack* stack = m_clouds.stack(trade->symbol, trade->timeframe))
                trade->tracker = ExitMonitor::trackerAtEntry(stack->states());
        }
        trade->sharesBought += fill.quantity;
        trade->entryCost += fill.price * fill.quantity;
    }
    passFaultPoint(FaultPoint::AfterFill);
    const FillContext context{.fill = fill, .outcome = outcome, .entryTimeMs = opening.entryTimeMs};
    carryOut(*trade,
             trade->plan.onFill(facts(*trade), order->order.clientOrderId, outcome.kind,
                                fill.quantity, fill.broker),
             &context);
}

void TradeExecutor::recordEntry(Trade& trade, const FillContext& fill) {
    if (!m_journal)
        return;
    const Signal& s = trade.signal();
    const Position& p = fill.outcome.position;
    if (fill.outcome.kind != FillOutcome::Opened) {
        m_journal->recordScaleIn(trade.journalId, p.shares, p.averageEntry);
        return;
    }
    TradeRecord rec;
    rec.signalId = s.signalId;
    rec.ticker = s.ticker;
    rec.direction = s.direction;
    rec.tradeType = s.tradeType;
    rec.entryPrice = p.averageEntry;
    rec.shares = p.shares;
    rec.stopLoss = s.stopLoss;
    rec.targetPrice = trade.plan.target();
    rec.conviction = s.conviction;
    rec.broker = fill.fill.broker;
    rec.orderId = fill.fill.clientOrderId;
    rec.entryTimeMs = fill.entryTimeMs;
    rec.metadata.insert(QStringLiteral("signal_type"), s.signalType);
    rec.metadata.insert(QStringLiteral("timeframe"), s.timeframe);
    trade.journalId = m_journal->recordEntry(rec);
}

void TradeExecutor::recordExit(Trade& trade, const FillContext& fill, const QString& reason) {
    const Money pnl = fill.outcome.position.realizedPnl;
    // Average exit price from the exact proceeds: P&L = sign x (proceeds - cost).
    const Money proceeds = trade.entryCost + pnl * sign(trade.signal().direction);
    const Price exitPrice =
        trade.sharesBought > 0 ? averagePrice(proceeds, trade.sharesBought) : fill.fill.price;
    const double ret = KillSwitch::tradeReturn(pnl, fill.outcome.tradeEntryCost);
    ++m_stats.trades;
    if (pnl.isPositive())
        ++m_stats.wins;
    else if (pnl.isNegative())
        ++m_stats.losses;
    m_stats.realizedPnl += pnl;
    m_killInputs.recentTradeReturns.append(ret);
    if (m_journal)
        m_journal->recordExit(trade.journalId, exitPrice,
                              fill.fill.brokerTimeMs ? fill.fill.brokerTimeMs : m_clock.nowMs(),
                              reason, pnl, ret * 100.0);
    trade.journalId = 0;
    trade.sharesBought = 0;
    trade.entryCost = Money();
}

bool TradeExecutor::isBeingReplaced(const QString& clientOrderId) const {
    const Trade* trade = tradeOf(m_book.indexOf(clientOrderId));
    return trade && trade->plan.isBeingReplaced(clientOrderId);
}

StopMoveError TradeExecutor::moveStop(const QString& ticker, Price stop) {
    Trade* trade = m_tradeByTicker.value(ticker, nullptr);
    const Position* position = m_positions.position(ticker);
    if (!trade || !position)
        return StopMoveError::NoPosition;
    if (!TradeLifecycle::allows(trade->phase(), TradeEvent::StopMoveRequested))
        return StopMoveError::Exiting;
    if (!m_router.routeTo(position->broker))
        return StopMoveError::BrokerUnreachable; // the stop stays where the broker has it
    const bool isLong = position->direction == Direction::Long;
    const Price rounded = roundToTick(stop, isLong ? TickRounding::Down : TickRounding::Up);
    if (const StopMoveError error = checkStopMove(*position, rounded); error != StopMoveError::None)
        return error;
    const Price from = position->stopLoss;
    m_positions.setStop(ticker, rounded);
    if (m_journal && trade->journalId > 0)
        m_journal->recordStopMoved(trade->journalId, from, rounded, QStringLiteral("manual"));
    carryOut(*trade, trade->plan.moveStop(facts(*trade), rounded));
    flushJournal(); // an operator's command is on disk before anything else happens
    return StopMoveError::None;
}

bool TradeExecutor::closePosition(const QString& ticker, const QString& reason) {
    Trade* trade = m_tradeByTicker.value(ticker, nullptr);
    if (!trade || !m_positions.position(ticker))
        return false;
    carryOut(*trade, trade->plan.exit(facts(*trade), reason));
    return true;
}

void TradeExecutor::evaluateTimeframeBar(Trade& trade, const Position& position) {
    const CloudStack* stack = m_clouds.stack(trade.symbol, trade.timeframe);
    const AggregatedBar* bar = m_clouds.lastBar(trade.symbol, trade.timeframe);
    if (!stack || !bar || stack->barCount() == trade.stackBarsSeen)
        return;
    trade.stackBarsSeen = stack->barCount();
    const auto states = stack->states();
    // A limit entry that bought part of its shares still expires.
    carryOut(trade, trade.plan.onTimeframeBar(facts(trade), m_planner));
    if (trade.plan.scaleInDue(facts(trade))) {
        if (auto order = m_planner.scaleInOrder(*trade.plan.scaleIn(), bar->bar,
                                                states[static_cast<std::size_t>(m_entryCloud)],
                                                trade.plan.nextScaleSequence()))
            carryOut(trade, trade.plan.placeScaleIn(*order));
    }
    const ExitDecision decision = m_exitMonitor.evaluate(position, bar->bar, states, trade.tracker,
                                                         bar->closeMs, m_eodCutoffMs);
    if (decision.shouldExit())
        carryOut(trade, trade.plan.exit(facts(trade), toString(decision.reason)));
}

void TradeExecutor::onMinuteBar(int symbol, const QString& ticker, const Bar& bar) {
    ++m_stats.bars;
    if (m_hasRetired)
        purgeRetired();
    const qint64 now = m_clock.nowMs();
    if (now >= m_nextDayStartMs)
        rollDay(now);
    if (m_eodCutoffMs > 0 && now >= m_eodCutoffMs && !m_trades.empty()) [[unlikely]]
        closeAtEod(now);
    if (!m_lookups.empty()) [[unlikely]]
        lookUpUnknownOrders(now);

    // Most bars are of a ticker without a trade: found through the symbol, without hashing.
    const TickerSlot* slot = tickerSlot(symbol, ticker);
    Trade* trade = slot && slot->canonical ? slot->trade : m_tradeByTicker.value(ticker, nullptr);
    if (!trade)
        return;
    if (trade->symbol < 0) [[unlikely]] {
        trade->symbol = symbol;
        if (trade->resumed) {
            // A trade taken over after a restart: the exit rules read the clouds from here on.
            if (const CloudStack* stack = m_clouds.stack(symbol, trade->timeframe))
                trade->tracker = ExitMonitor::trackerAtEntry(stack->states());
        }
    }
    const Position* position = slot ? m_positions.markPrice(slot->position, bar.close)
                                    : m_positions.markPrice(ticker, bar.close);
    if (!position) {
        // Entry still working: limit entries expire after limit_entry_expiry_bars timeframe bars.
        const CloudStack* stack = m_clouds.stack(trade->symbol, trade->timeframe);
        if (stack && stack->barCount() != trade->stackBarsSeen) {
            trade->stackBarsSeen = stack->barCount();
            carryOut(*trade, trade->plan.onTimeframeBar(facts(*trade), m_planner));
        }
        return;
    }
    if (!trade->plan.exiting())
        evaluateTimeframeBar(*trade, *position);
    const Money equity = totalEquity();
    updateEquityCurve(equity);
    checkKillSwitch(equity);
}

// The EOD cutoff, by the clock, for every trade whatever its ticker prints: an illiquid name with
// no bar after the cutoff is flattened all the same. The exit rules decide which trades it is
// for; working entries of those trades are cancelled, held shares go out at market.
void TradeExecutor::closeAtEod(qint64 nowMs) {
    const std::size_t n = m_trades.size(); // exits add no trades, and none is erased here
    for (std::size_t i = 0; i < n; ++i) {
        Trade& t = *m_trades[i];
        if (ExitMonitor::eodCloseDue(t.signal().tradeType, nowMs, m_eodCutoffMs))
            carryOut(t, t.plan.closeAtEod(facts(t)));
    }
}

Money TradeExecutor::totalEquity() const {
    Money equity;
    for (const Broker* b : m_brokers)
        equity += b->equity();
    return equity;
}

void TradeExecutor::updateEquityCurve(Money equity) {
    // The day's drawdown is from the day's peak; the run's from the run's peak, which a new day
    // does not reset.
    if (equity > m_equityPeak)
        m_equityPeak = equity;
    if (equity > m_runPeak)
        m_runPeak = equity;
    if (const Money drop = m_runPeak - equity; drop > m_stats.maxDrawdown)
        m_stats.maxDrawdown = drop;
    if (const Money drop = m_equityPeak - equity; drop > m_dayDrawdown)
        m_dayDrawdown = drop;
}

// The day starts at the previous close: the brokers' last equity, taken before the day's first
// bar is marked (an overnight gap is the day's loss). A broker that does not know it counts at
// its equity now.
Money TradeExecutor::previousCloseEquity() const {
    Money equity;
    for (const Broker* b : m_brokers) {
        const BrokerAccount a = b->account();
        equity += a.lastEquity.isPositive() ? a.lastEquity : a.equity;
    }
    return equity;
}

void TradeExecutor::setCalendar(const MarketCalendar& calendar) {
    m_calendar = calendar;
    if (!m_day.isValid())
        return; // the first day's roll takes it
    m_session = m_calendar.session(m_day);
    m_eodCutoffMs = m_session ? MarketCalendar::eodCutoff(*m_session, m_eodCutoff) : 0;
}

void TradeExecutor::rollDay(qint64 nowMs) {
    const QDate day = m_calendar.newYorkDate(nowMs);
    m_nextDayStartMs =
        QDateTime(day.addDays(1), QTime(0, 0), MarketCalendar::newYork()).toMSecsSinceEpoch();
    if (day == m_day)
        return;
    if (m_day.isValid() && m_journal) {
        const AccountState a = accountState();
        DailyPnlRecord rec;
        rec.date = m_day;
        rec.startingEquity = m_startOfDayEquity;
        rec.endingEquity = a.equity;
        rec.unrealizedPnl = m_positions.unrealizedPnl();
        const DailySummary summary = m_journal->dailySummary(m_day);
        rec.totalTrades = summary.totalTrades;
        rec.winningTrades = summary.winningTrades;
        rec.losingTrades = summary.losingTrades;
        rec.realizedPnl = summary.realizedPnl;
        rec.maxDrawdown = m_dayDrawdown;
        rec.killSwitchTriggered = m_dayKillSwitch;
        m_journal->upsertDailyPnl(rec);
        flushJournal();
    }
    m_day = day;
    m_session = m_calendar.session(day);
    m_eodCutoffMs = m_session ? MarketCalendar::eodCutoff(*m_session, m_eodCutoff) : 0;
    const Money equity = previousCloseEquity();
    m_startOfDayEquity = equity;
    m_equityPeak = equity;
    if (m_runPeak < equity)
        m_runPeak = equity;
    m_dayDrawdown = Money();
    m_dayKillSwitch = m_killSwitch.isTripped();
}

void TradeExecutor::checkKillSwitch() {
    if (m_killSwitch.isTripped())
        return;
    checkKillSwitch(totalEquity());
}

void TradeExecutor::checkKillSwitch(Money equity) {
    if (m_killSwitch.isTripped())
        return;
    KillSwitchInputs& in = m_killInputs;
    noteReachability(m_clock.nowMs());
    fillKillSwitchInputs(in, equity);
    if (in.equityKnown && !m_startOfDayEquity.isPositive()) {
        // The day began before a remote broker's first account answer: its base is set now.
        m_startOfDayEquity = previousCloseEquity();
        m_equityPeak = std::max(m_equityPeak, m_startOfDayEquity);
        in.startOfDayEquity = m_startOfDayEquity;
    }
    if (const auto trip = m_killSwitch.check(in)) {
        const KillSwitchActions actions =
            m_killSwitch.activate(trip->trigger, trip->detail, in.nowMs);
        applyKillSwitchActions(actions, trip->detail);
    }
}

void TradeExecutor::tripKillSwitch(const QString& detail) {
    const KillSwitchActions actions =
        m_killSwitch.activate(KillTrigger::Manual, detail, m_clock.nowMs());
    applyKillSwitchActions(actions, detail);
}

bool TradeExecutor::resetKillSwitch(const QString& operatorNote) {
    if (!m_killSwitch.deactivate(operatorNote, m_clock.nowMs()))
        return false;
    m_killInputs.recentTradeReturns.clear(); // the acknowledged streak must not trip it again
    if (m_journal) {
        m_journal->recordKillSwitch(m_killSwitch.history().constLast(), m_killSwitch.toJson());
        flushJournal();
    }
    return true;
}

void TradeExecutor::applyKillSwitchActions(const KillSwitchActions& actions,
                                           const QString& reason) {
    if (actions.alert) {
        ++m_stats.killSwitchTrips;
        m_dayKillSwitch = true;
    }
    if (m_journal && !m_killSwitch.history().isEmpty())
        m_journal->recordKillSwitch(m_killSwitch.history().constLast(), m_killSwitch.toJson());
    if (actions.cancelWorkingEntries)
        cancelWorkingEntries();
    if (actions.closeDayTrades)
        closeDayTrades();
    flushJournal();
    if (actions.alert)
        Q_EMIT alertRaised(actions.alertMessage.isEmpty() ? reason : actions.alertMessage);
}

// What a tripped switch demands, asserted again (a broker that was down could not take it):
// idempotent, a cancel or exit already under way is not sent twice.
void TradeExecutor::enforceKillSwitch() {
    cancelWorkingEntries();
    closeDayTrades();
}

void TradeExecutor::cancelWorkingEntries() {
    const std::size_t n = m_trades.size(); // commands add no trades, and none is erased here
    for (std::size_t i = 0; i < n; ++i) {
        Trade& t = *m_trades[i];
        carryOut(t, t.plan.cancelEntries(facts(t)));
    }
}

// Day trades and scalps leave at market; swings keep their broker-side stops.
void TradeExecutor::closeDayTrades() {
    // Copy: exits may complete synchronously and remove trades.
    QList<QString> tickers;
    for (const auto& t : m_trades) {
        if (isIntraday(t->signal().tradeType))
            tickers << t->signal().ticker;
    }
    for (const QString& ticker : tickers) {
        if (Trade* t = m_tradeByTicker.value(ticker, nullptr); t && m_positions.position(ticker))
            carryOut(*t, t->plan.exit(facts(*t), QStringLiteral("kill_switch")));
    }
}

void TradeExecutor::finish() {
    if (m_day.isValid())
        rollDay(m_clock.nowMs() + 24 * 3'600'000LL); // writes the last day's row
    flushJournal();
}

} // namespace axion
