#pragma once

#include "brokers/Broker.h"
#include "brokers/OrderRouter.h"
#include "config/ExecutorConfig.h"
#include "core/Clock.h"
#include "execution/EntryPlanner.h"
#include "execution/ExitMonitor.h"
#include "execution/OrderBook.h"
#include "execution/PositionManager.h"
#include "execution/Reconciliation.h"
#include "execution/StopMove.h"
#include "execution/TradeLifecycle.h"
#include "execution/TradePlan.h"
#include "journal/IntentLog.h"
#include "journal/JournalRecords.h"
#include "market/MarketCalendar.h"
#include "risk/KillSwitch.h"
#include "risk/PositionSizer.h"
#include "risk/RiskGate.h"
#include "signals/SignalActivity.h"

#include <QHash>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <array>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <variant>
#include <vector>

namespace axion {

class CloudSignalEngine;
class TradeJournal;

// Counters of a run, for the summary and the UI.
struct ExecutorStats {
    qint64 bars = 0;
    qint64 entrySignals = 0; // entry signals received (exit hints not counted)
    qint64 exitHints = 0;    // momentum-exhaustion hints seen
    qint64 approved = 0;
    QMap<QString, qint64> rejected; // reason code -> count
    qint64 orders = 0;
    qint64 fills = 0;
    qint64 trades = 0; // closed
    qint64 wins = 0;
    qint64 losses = 0;
    Money realizedPnl;
    Money maxDrawdown; // largest peak-to-trough drop of equity (>= 0)
    qint64 killSwitchTrips = 0;
    qint64 anomalies =
        0; // invalid transitions, overfills, duplicate fills, fills for unknown orders
};

// The executor: one engine event loop turns signals into orders and manages every position to its
// exit. Decisions are delegated to the pure pieces (RiskGate, PositionSizer, EntryPlanner,
// ExitMonitor, KillSwitch, PositionManager, OrderStateMachine via OrderBook); this class holds the
// state between events and does the I/O through the broker and the journal.
//
// Inputs are direct calls on the engine thread (the hot path has no queued signals):
//  - onMinuteBar() for every minute bar after the broker and the cloud engine have seen it,
//  - onSignal() for every signal,
//  - the brokers' order updates and fills (as their Broker::Listener: direct calls),
//  - commands: tripKillSwitch(), resetKillSwitch(), closePosition(), cancelOrder().
// The same code runs live and in replay; only the Clock, the feed and the broker differ.
class TradeExecutor : public QObject, private Broker::Listener {
    Q_OBJECT

public:
    // `clouds` supplies the EMA clouds that exits are judged on (the signal engine's stacks, so
    // exits see the clouds the signals came from); `journal` may be null (no journaling).
    TradeExecutor(const ExecutorConfig& config, const Clock& clock, OrderRouter& router,
                  const CloudSignalEngine& clouds, TradeJournal* journal,
                  QObject* parent = nullptr);
    ~TradeExecutor() override;

    // Listens to a broker's order updates and fills. Call once per broker added to the router.
    void attachBroker(Broker* broker);

    // What a restart takes back from the journal, before the first bar or signal: the kill
    // switch's state (a tripped switch stays tripped; a state that cannot be read trips it),
    // the signal ids that have orders (never traded again) and the execution ids already
    // counted (a broker that reports a fill again is not counted twice).
    struct Recovery {
        bool killSwitchTripped = false;
        QString killSwitchError; // the stored state could not be read: the switch is tripped
        int signalIds = 0;
        int executionIds = 0;
        int recoveredIntents = 0; // intents the journal had not committed (TradeJournal::open)
        int workingOrders = 0;    // orders the journal has working: to reconcile
        int openTrades = 0;       // trades the journal has open: to reconcile
    };
    // Also loads what the journal says every attached broker holds; from then on entries are
    // refused (not_reconciled) until reconcile() has run for each of them.
    Recovery recoverFromJournal();
    // For a broker's reconciliation: what the journal says it holds, and the client order ids
    // to ask it about.
    JournalHoldings journalHoldings(const QString& broker) const;
    QStringList ordersToReconcile(const QString& broker) const;
    // The broker's answer, compared with the journal (Reconciliation's reconcile()) and carried
    // out: order states adopted, orders it does not have closed in the journal, trades it does
    // not hold closed out as not held, mismatches alerted and their tickers held back from new
    // entries (reconcile_mismatch). Returns the commands.
    // The journal's open trades that the broker holds are then taken over (resumeOpenTrades()).
    std::vector<ReconcileCommand> reconcile(const BrokerHoldings& broker);
    // Entries wait for these brokers' reconciliation.
    const QStringList& awaitingReconciliation() const { return m_awaitingReconcile; }
    const QStringList& heldBackTickers() const { return m_heldBackTickers; }

    void onMinuteBar(int symbol, const QString& ticker, const Bar& bar);
    void onSignal(const Signal& signal);
    // The clock moved without a bar (a live heartbeat, a quiet market): the rules that the clock
    // alone drives run now. The day rolls over, the EOD cutoff closes day trades, and the kill
    // switch checks a broker that has been unreachable for longer than api_timeout_seconds.
    void onClockTick();

    // Commands (from the UI or the operator).
    void tripKillSwitch(const QString& detail);
    bool resetKillSwitch(const QString& operatorNote);
    bool closePosition(const QString& ticker, const QString& reason = QStringLiteral("manual"));
    bool cancelOrder(const QString& clientOrderId);
    // Moves the open position's protective stop to `stop` (rounded to the tick away from the
    // market): the working stop orders are cancelled and, once none of them can fill, one stop
    // for the whole position goes in at the new price (never two stops for the same shares).
    // The position's stop (the exit monitor's check) and the journal follow at once.
    StopMoveError moveStop(const QString& ticker, Price stop);
    // The stop's replace is under way: sent, the broker's answer not in yet.
    bool isBeingReplaced(const QString& clientOrderId) const;

    // The broker's connectivity as the executor acts on it: Reconciling for a Ready broker whose
    // reconciliation after the start has not run yet; Down for a name it does not know.
    BrokerConnectivity connectivity(const QString& broker) const;
    // Orders decided while their broker could not take them, waiting for it (book indices).
    const std::vector<int>& heldOrders() const { return m_heldOrders; }

    // A new configuration, from the next decision on: risk limits, sizing, entries, exits and
    // the kill switch's limits. Open trades keep their orders, stops and targets; a tripped kill
    // switch stays tripped; the session times (EOD cutoff) follow from the next trading day.
    // Pass ExecutorConfig::liveApplicable(): the router and the signal engine were built at start.
    void applyConfig(const ExecutorConfig& config);
    const ExecutorConfig& config() const { return m_config; }

    // The market calendar with what a connected broker announced (an early close or a closure
    // at short notice): today's session and its EOD cutoff are taken from it at once.
    void setCalendar(const MarketCalendar& calendar);
    const MarketCalendar& calendar() const { return m_calendar; }

    // Told of every signal decision as it is made (the Signals tab): approved with what was
    // placed, rejected with the reason code and text, or an exit hint. Optional; when set, the
    // rejection text is built even without a journal.
    using DecisionObserver = std::function<void(const SignalActivity& decision)>;
    void setDecisionObserver(DecisionObserver observer) {
        m_decisionObserver = std::move(observer);
    }

    // Ends a run: cancels nothing, writes the day's P&L row and flushes the journal.
    void finish();

    const ExecutorStats& stats() const { return m_stats; }
    const PositionManager& positions() const { return m_positions; }
    const OrderBook& orders() const { return m_book; }
    const KillSwitch& killSwitch() const { return m_killSwitch; }
    // What the kill switch's check would see now: the kept inputs with today's start, the
    // equity and the time (for a view that asks the switch's status()).
    KillSwitchInputs killSwitchInputs() const {
        KillSwitchInputs in = m_killInputs;
        fillKillSwitchInputs(in, totalEquity());
        return in;
    }
    AccountState accountState() const;
    // The lifecycle phase of the ticker's current trade; nullopt when it has none.
    std::optional<TradePhase> tradePhase(const QString& ticker) const;

Q_SIGNALS:
    void alertRaised(const QString& message);
    void positionClosed(const QString& ticker, const QString& reason, axion::Money pnl);

private:
    struct Trade; // one position's lifecycle, from the first entry fill to the last exit fill

    // Broker events are queued: one that arrives while the executor carries out a trade's
    // commands (an ack or a reject inside a submit, a cancel confirmed inside the cancel) waits
    // until they are all out, so each decision is carried out whole, on the state it was made on.
    void onBrokerOrderUpdated(const OrderUpdate& update) override;
    void onBrokerFillReceived(const Fill& fill) override;
    void drainDeferred();
    void onOrderUpdated(const OrderUpdate& update);
    void onFillReceived(const Fill& fill);
    // An event the order book could not apply (an unknown order, an overfill, a duplicate fill,
    // an invalid transition): it never moves a position; it is counted, journaled and alerted,
    // for the operator to reconcile with the broker.
    void reportAnomaly(const OrderBookChange& change, const QString& clientOrderId,
                       const QString& broker);
    // Counted, journaled (an `anomaly` event of `kind`) and alerted (unless `alert` is empty):
    // one place for every anomaly.
    void recordAnomaly(const QString& kind, const QString& clientOrderId, const QString& broker,
                       const QString& detail, const QString& alert);
    // A broker's connectivityChanged: the time it went unreachable is kept for the kill switch;
    // back, it gets what was held for it.
    void onBrokerConnection(std::size_t broker, bool connected);
    // Brokers that say isConnected() false without a connectivityChanged are unreachable from
    // the first time this sees it; reachable ones are cleared.
    void noteReachability(qint64 nowMs);
    // The earliest time an attached broker has been unreachable since (0: all reachable).
    qint64 unreachableSinceMs(qint64 nowMs) const;
    // The kill switch's inputs now, on top of the kept closed-trade returns: one place for the
    // check and for the views that ask the switch's status().
    void fillKillSwitchInputs(KillSwitchInputs& in, Money equity) const;

    // Counts a rejected entry signal. The message is built only when there is a journal to write
    // it to (one that keeps the audit, TradeJournal::Detail): most entry signals of a replay are
    // rejected, and the text is the journal's alone.
    template <typename Message>
    void reject(const Signal& signal, const QString& code, Message&& message) {
        ++m_stats.rejected[code];
        const bool journaled = journalsAudit();
        if (!journaled && !m_decisionObserver)
            return;
        const QString text = message();
        if (journaled)
            journalRejection(signal, code, text);
        notifyDecision(signal, SignalActivity::Decision::Rejected, code, text);
    }
    // A journal that keeps signals and risk decisions (TradeJournal::keepsAudit()).
    bool journalsAudit() const;
    void notifyDecision(const Signal& signal, SignalActivity::Decision decision,
                        const QString& code, const QString& text);
    void journalRejection(const Signal& signal, const QString& code, const QString& message);
    // What a trade's decisions see: the book, and the shares its ticker's position holds.
    TradeFacts facts(const Trade& trade) const;
    // Carries out a TradePlan decision's commands in order. `fill` is the fill the decision was
    // about (for its journal rows); a closed position is announced and committed once all of
    // them are out.
    struct FillContext;
    void carryOut(Trade& trade, const TradeCommands& commands, const FillContext* fill = nullptr);
    // The order goes to the broker with its book index as its handle, as the trade's; held
    // (New) when its broker cannot take it now.
    void submitOrder(Order order, Trade& trade);
    // The booked order at `index` leaves: Submit, its intent, the send.
    void send(int index, Broker& broker);
    // The orders held for `broker` go out, in the order they were decided.
    void releaseHeldOrders(Broker* broker);
    // `replacement` takes the place of the working order `clientOrderId` at its broker
    // (Broker::replace): booked as the trade's, the old order CancelPending until the broker
    // answers.
    void replaceOrder(const QString& clientOrderId, Order replacement, Trade& trade);
    // Orders whose submit ended Unknown are looked up by client order id, again and again with
    // a growing pause, until the broker's answer ends it; never sent again.
    void lookUpUnknownOrders(qint64 nowMs);
    // After a broker's reconciliation: each open trade of the journal that it holds (and whose
    // ticker reconciled) is managed again: its working orders back in the book, its position as
    // the broker holds it, its plan resumed (TradePlan::resume) and its shares protected (a
    // stop goes in for shares without one).
    void resumeOpenTrades(const BrokerHoldings& broker);
    // After each update of `order`: an Unknown one is (still) to be looked up, one that left
    // Unknown is not; the first NotFound is alerted once.
    void trackUnknownOutcome(int order, const OrderRecord& r, const OrderUpdate& update);
    // The entry, stop and target go to the broker as one bracket; nothing is sent when a leg's
    // id is taken or there is no broker. The legs belong to the trade before the send.
    void submitBracket(std::vector<Order> legs, Trade& trade);
    void requestCancel(int order);
    void recordEntry(Trade& trade, const FillContext& fill);
    void recordExit(Trade& trade, const FillContext& fill, const QString& reason);
    // The ticker is the trade's while the trade holds it (a late fill reclaims a free ticker),
    // and no longer once it is closed; a retired trade is erased at the next safe point.
    void syncTicker(Trade& trade);
    void purgeRetired();
    void evaluateTimeframeBar(Trade& trade, const Position& position);
    void checkKillSwitch();
    void checkKillSwitch(Money equity);
    void applyKillSwitchActions(const KillSwitchActions& actions, const QString& reason);
    void enforceKillSwitch();
    void cancelWorkingEntries();
    void closeDayTrades();
    void rollDay(qint64 nowMs);
    void closeAtEod(qint64 nowMs);
    Money previousCloseEquity() const;
    void updateEquityCurve(Money equity);
    Money totalEquity() const;
    Trade* tradeOf(int order) const;
    void setOwner(int order, Trade* trade);
    void setTickerTrade(const QString& ticker, Trade* trade);
    void removeTickerTrade(const QString& ticker);
    struct TickerSlot;
    TickerSlot* tickerSlot(int symbol, const QString& ticker);
    TickerSlot* newTickerSlot(int symbol, const QString& ticker);
    int timeframeIndex(const QString& timeframe) const;
    // The account and the working entries as one entry signal's decision sees them, rebuilt in
    // members whose buffers are reused: most replayed signals are decided this way.
    const AccountState& refreshAccountState();
    const QList<WorkingEntry>& refreshWorkingEntries();
    MarketStatus marketStatus() const;
    void journalOrder(int order);
    // The intents go to the journal's write-ahead log before their orders leave. When that
    // fails nothing is sent: each order gets `refusal` as if its broker had answered it, and
    // an anomaly is recorded. Returns whether the orders may be sent.
    bool writeIntentsOrRefuse(std::span<const OrderIntent> intents, OrderEvent refusal);
    void flushJournal();

    ExecutorConfig m_config;
    const Clock& m_clock;
    OrderRouter& m_router;
    const CloudSignalEngine& m_clouds;
    TradeJournal* m_journal;
    DecisionObserver m_decisionObserver;

    MarketCalendar m_calendar;
    PositionSizer m_sizer;
    RiskGate m_gate;
    EntryPlanner m_planner;
    ExitMonitor m_exitMonitor;
    KillSwitch m_killSwitch;
    OrderBook m_book;
    PositionManager m_positions;

    std::vector<Broker*> m_brokers; // attached brokers: their accounts make up the equity
    std::vector<QPointer<Broker>> m_listenedTo;   // the same, for leaving them on destruction
    std::vector<qint64> m_unreachableSinceMs;     // per attached broker; 0 = reachable
    std::vector<std::unique_ptr<Trade>> m_trades; // open or pending trades, in creation order
    bool m_hasRetired = false;
    int m_carrying = 0;      // carryOut() depth: broker answers wait while it is above 0
    bool m_draining = false; // drainDeferred() is running
    std::deque<std::variant<OrderUpdate, Fill>> m_deferred;
    // Orders are named by their OrderBook index on the per-bar and per-event paths: a vector
    // access instead of hashing a client order id.
    std::vector<Trade*> m_tradeOfOrder;     // order book index -> trade (nullptr: none)
    QHash<QString, Trade*> m_tradeByTicker; // one position per ticker
    QHash<QString, int> m_symbolOf;         // ticker -> symbol index of the feed
    // Per feed symbol: the ticker's trade, mirrored from m_tradeByTicker (setTickerTrade(),
    // removeTickerTrade()) so that a bar finds it without hashing the ticker.
    struct TickerSlot {
        QString ticker;         // empty until the symbol's first bar
        bool canonical = false; // m_symbolOf names this symbol for the ticker
        Trade* trade = nullptr; // valid when canonical
        int position = -1;      // the ticker's PositionManager handle: marked without a look-up
    };
    std::vector<TickerSlot> m_tickerSlots;
    std::vector<int> m_heldOrders; // releaseHeldOrders(): New, waiting for their broker
    // Orders whose submit ended Unknown, by book index: when to look them up next, and how
    // often they were (the pause doubles up to kMaxLookupPauseMs).
    struct PendingLookup {
        qint64 nextMs = 0;
        int attempts = 0;
        bool alerted = false;
    };
    std::map<int, PendingLookup> m_lookups;
    QSet<QString> m_signalIds;          // accepted signal ids (duplicates are refused)
    bool m_intentLogFailing = false;    // the last intent write failed (alerted once)
    QList<OrderRecord> m_journalOrders; // working in the journal at the restart
    QList<TradeRecord> m_journalTrades; // open in the journal at the restart
    QStringList m_awaitingReconcile;    // brokers not reconciled yet: no entry until they are
    QStringList m_heldBackTickers;      // left by a reconciliation for the operator
    // The kill switch's inputs, kept between checks: recentTradeReturns holds the closed trades'
    // returns since the last reset and is appended to, not copied, per check.
    KillSwitchInputs m_killInputs;
    CloudLayer m_entryCloud;       // config entry_cloud: the scale-in's pullback cloud
    QTime m_eodCutoff;             // config eod_close_time, parsed once
    AccountState m_account;        // refreshAccountState()
    QList<WorkingEntry> m_working; // refreshWorkingEntries()

    // The trading day (New York) and its session times, refreshed when the date changes.
    QDate m_day;
    qint64 m_nextDayStartMs = 0; // first ms of the next New York date: a cheap per-bar check
    std::optional<TradingSession> m_session;
    qint64 m_eodCutoffMs = 0;
    Money m_startOfDayEquity;
    Money m_equityPeak; // the day's
    Money m_runPeak;    // the run's: max drawdown is measured from it
    Money m_dayDrawdown;
    bool m_dayKillSwitch = false;

    ExecutorStats m_stats;
};

} // namespace axion
