#pragma once

#include "core/Order.h"
#include "core/Signal.h"
#include "execution/EntryPlanner.h"
#include "execution/OrderBook.h"
#include "execution/PositionManager.h"
#include "execution/TradeLifecycle.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace axion {

// One thing the executor does for a trade. A TradePlan decision returns these, in the order they
// are to be carried out; every order is named by its client order id.
struct TradeCommand {
    enum class Kind {
        SubmitBracket, // `orders` = entry, stop, target: sent to the broker as one bracket
        Submit,        // `orders` = the one order to send
        Cancel,        // ask the broker to cancel `clientOrderId`
        Replace,       // `orders` = the order that takes the place of `clientOrderId` at the
                       // broker, atomically (Broker::replace)
        ReplacedGone,  // the broker's answer on a replacement says the order `clientOrderId` it
                       // replaced has ended (its own report may be lost): the book follows
        ReplacedKept,  // ... says the replaced order `clientOrderId` still works (refused)
        ResizeLeg,     // the bracket leg `clientOrderId` is held for `quantity` shares at the
                       // broker (its entry ended part filled): the book follows
        RecordEntry,   // journal: the trade's first shares filled
        RecordScaleIn, // journal: the trade grew
        RecordExit,    // journal: the trade is flat, for the reason `text`
        Alert,         // tell the operator `text`
        LateFill,      // a fill reopened the closed trade (a cancel lost its race): an anomaly
                       // to journal and alert, with the detail in `text`
    };
    Kind kind = Kind::Alert;
    std::vector<Order> orders;
    QString clientOrderId;
    Quantity quantity = 0;
    QString text;

    // A line for tests and logs: "cancel S-stop", "submit S-exit-1 sell 100 market", ...
    QString describe() const;
};
using TradeCommands = std::vector<TradeCommand>;

// What a trade's decisions read besides the trade itself: the order book (for its orders' states
// by client order id) and the shares its ticker's position holds.
struct TradeFacts {
    const OrderBook& book;
    Quantity held = 0;  // shares of the ticker's position after the event (0: flat)
    QString heldBroker; // where they are held
};

// One trade, from its first entry order to its last exit fill, as pure decisions: each event in
// (an order update, a fill, an exit decision, the EOD cutoff, the kill switch's demands, an
// operator's command, a broker reject at any moment) moves it through TradeLifecycle's table and
// returns the commands that follow (submit, cancel, resize, journal, alert). It places no order
// and touches no broker: TradeExecutor carries the commands out and feeds the broker's answers
// back. An order belongs to the trade from the moment a command names it, before it is sent, so
// an answer that arrives inside the send finds its trade.
//
// The rule it keeps: every share held is covered by exactly one working stop at the broker,
// except while a moved stop's old orders are being cancelled (StopReplacing); an exit goes out
// only when no stop, target or entry of the trade can fill any more (never two sells for one
// share).
class TradePlan {
public:
    TradePlan(const Signal& signal, std::optional<Price> target);

    // A trade an earlier run left open, taken over after the restart's reconciliation. Its
    // working orders (restored in the book) are sorted by leg; the phase is Open, or Exiting
    // when an exit order is working (it goes on, for the reason "restart"). Ids continue past
    // every id of the journal (the book's reserved ids). A scale-in's pending second half is not
    // taken over.
    static TradePlan resume(const Signal& signal, std::optional<Price> target,
                            const TradeFacts& facts, const QStringList& workingOrders);
    // Every held share covered by a working stop: a stop for the shares that are not (a restart
    // found them without one, or with too few). Nothing while stops are being replaced or the
    // trade exits.
    TradeCommands protect(const TradeFacts& facts);

    TradePhase phase() const { return m_phase; }
    // The signal that opened the trade, with the stop the operator last moved it to.
    const Signal& signal() const { return m_signal; }
    std::optional<Price> target() const { return m_target; }
    const QStringList& entryOrders() const { return m_entries; }         // entries and scale-ins
    const QStringList& protectiveOrders() const { return m_protective; } // stops and targets
    const QStringList& exitOrders() const { return m_exits; }
    const std::optional<PendingScaleIn>& scaleIn() const { return m_scaleIn; }
    // The order is a stop whose replace is under way (sent, not answered yet).
    bool isBeingReplaced(const QString& clientOrderId) const {
        for (const QString& old : m_replacing) {
            if (old == clientOrderId)
                return true;
        }
        return false;
    }
    bool exiting() const { return m_phase == TradePhase::Exiting; }
    bool closed() const { return m_phase == TradePhase::Closed || m_phase == TradePhase::Retired; }
    bool retired() const { return m_phase == TradePhase::Retired; }
    // The trade's ticker is its own: a new signal for it joins this trade (an add) or is refused.
    bool holdsTicker() const { return !closed(); }

    // The first bracket of the trade (its signal's), or an add's bracket (AddApproved; nothing
    // when the phase takes no add). An add's second scale-in half is kept when the trade has
    // none waiting.
    TradeCommands enter(const EntryPlan& plan);
    TradeCommands add(const EntryPlan& plan);

    // The broker's answers, after the book applied them.
    TradeCommands onOrderUpdate(const TradeFacts& facts, const QString& clientOrderId,
                                OrderEvent event, const QString& message = {});
    // `kind`: what the fill did to the position (PositionManager's outcome); `facts.held` is the
    // position after it.
    TradeCommands onFill(const TradeFacts& facts, const QString& clientOrderId,
                         FillOutcome::Kind kind, Quantity quantity, const QString& broker);

    // Decisions from outside the trade.
    TradeCommands exit(const TradeFacts& facts,
                       const QString& reason);         // rules, kill switch, operator
    TradeCommands closeAtEod(const TradeFacts& facts); // held shares out, working entries cancelled
    TradeCommands cancelEntries(const TradeFacts& facts); // the kill switch: no more shares
    // The operator moved the stop to `stop` (checked and rounded by the caller). When every
    // working stop is live at the broker and untouched (Accepted, nothing filled, no move under
    // way), each is replaced at the broker by one at the new price for the same shares: the
    // shares stay covered throughout and a bracket's target keeps its one-cancels-other. Else
    // (a stop still on its way, part filled, or an earlier move under way) the old stops and
    // the bracket's target are cancelled, and one stop for the whole position goes in once none
    // of them can fill. Nothing when the phase takes no stop move.
    TradeCommands moveStop(const TradeFacts& facts, Price stop);
    // A bar of the trade's timeframe: limit entries that waited long enough (the planner's
    // limitExpired) are cancelled, part filled or not.
    TradeCommands onTimeframeBar(const TradeFacts& facts, const EntryPlanner& planner);
    // The second half of a scale-in may go in: its first half (the entry of the signal it belongs
    // to) filled in full, and the trade is not on its way out.
    bool scaleInDue(const TradeFacts& facts) const;
    int nextScaleSequence() const { return m_scaleSequence + 1; }
    TradeCommands placeScaleIn(const Order& order);
    // A broker is back: what could not be sent while it was down goes again (the cancels and
    // exit of a trade on its way out, a moved stop). Idempotent.
    TradeCommands reassert(const TradeFacts& facts);
    // What the trade's phase waits for, asked again after the book changed without a broker
    // event (a leg resized): the exit or the moved stop goes in, a closed trade retires.
    TradeCommands proceed(const TradeFacts& facts);

    // A protective stop for `quantity` shares at the trade's stop (rounded away from the
    // market), named in `signalId`'s ids: the trade's signal, or an add's whose shares it
    // protects.
    Order stopOrder(const OrderBook& book, Quantity quantity, const QString& broker,
                    const QString& signalId);

private:
    // The next id of the leg's sequence that no order in the book (or of an earlier run on the
    // journal) has: a client order id is never issued twice, even after a restart.
    static QString freshId(const OrderBook& book, const QString& signalId, OrderLeg leg,
                           int& sequence);
    bool advance(TradeEvent event);
    bool working(const TradeFacts& facts, const QString& clientOrderId) const;
    bool anyWorking(const TradeFacts& facts, const QStringList& orders) const;
    void cancel(const TradeFacts& facts, const QString& clientOrderId, TradeCommands& out) const;
    void cancelAll(const TradeFacts& facts, TradeCommands& out) const;
    void cancelProtective(const TradeFacts& facts, TradeCommands& out) const;
    void cancelWorkingEntries(const TradeFacts& facts, TradeCommands& out);
    // `event`: ExitDecided, or LateFill (a closed trade reopened by a fill, flattened at once).
    void beginExit(const TradeFacts& facts, const QString& reason, TradeEvent event,
                   TradeCommands& out);
    void submitExitIfReady(const TradeFacts& facts, TradeCommands& out);
    void cancelStops(const TradeFacts& facts, TradeCommands& out);
    void placeMovedStop(const TradeFacts& facts, TradeCommands& out);
    // cancelStops() then placeMovedStop(): one stop for the whole position, once the old ones
    // are gone.
    void replaceStop(const TradeFacts& facts, TradeCommands& out);
    void sizeBracketLegs(const TradeFacts& facts, const OrderRecord& entry, TradeCommands& out);
    void retireIfDone(const TradeFacts& facts);
    void proceed(const TradeFacts& facts, TradeCommands& out);
    void submitBracket(const EntryPlan& plan, TradeCommands& out);
    void submit(const Order& order, QStringList& into, TradeCommands& out);
    // moveStop()'s first way: the working stops, or empty when any of them cannot be replaced.
    QStringList replaceableStops(const TradeFacts& facts) const;

    Signal m_signal;
    std::optional<Price> m_target;
    TradePhase m_phase = TradePhase::PendingEntry;
    QStringList m_entries;        // entry and scale-in orders, in the order they were placed
    std::vector<int> m_entryBars; // per entry order: timeframe bars seen while it worked
    QStringList m_protective;     // bracket stops and targets, and the stops placed later
    QStringList m_exits;          // every exit sent; the last one is the current one
    int m_exitSequence = 0;
    int m_scaleSequence = 0;
    int m_stopSequence = 1; // the bracket's stop is the first
    std::optional<PendingScaleIn> m_scaleIn;
    // The operator moved the stop: one stop covers the whole position from then on, replaced
    // when the position grows or a target fill shrinks it.
    bool m_stopMoved = false;
    // Replacements sent and not yet confirmed: new client order id -> the stop it replaces. A
    // refused replacement leaves the old stop working: no exit follows, only an alert.
    QHash<QString, QString> m_replacing;
    QString m_exitReason;
};

} // namespace axion
