#pragma once

#include <QString>
#include <QStringView>
#include <array>
#include <optional>

namespace axion {

// Where one trade is, from its first order to its last: the executor's answer to "what may happen
// to this ticker's position now". Orders have their own machine (OrderStateMachine); a trade is
// the group of orders opened by one signal and everything that follows it (adds, stop moves,
// exits, late fills).
enum class TradePhase {
    PendingEntry,  // entry orders sent, not a share filled yet
    Open,          // shares held, each covered by a working stop at the broker
    StopReplacing, // the operator moved the stop: old stops cancelling, the new one not yet in
    Exiting,       // an exit was decided: protective legs cancelling, then one market exit
    Closed,        // flat; kept until none of its orders can fill any more
    Retired,       // flat and no order can fill: forgotten
};
inline constexpr int kTradePhaseCount = 6;

// What happens to a trade. Order-level details (which leg, how many shares) are the executor's;
// the lifecycle decides what the trade as a whole may do next.
enum class TradeEvent {
    EntryFilled,       // an entry or add filled some shares (position opened or grew)
    EntryEndedEmpty,   // every entry order ended without a share and nothing is held
    BrokerRejected,    // the broker refused an order of the trade (at any moment, even in submit)
    AddApproved,       // a new signal for the ticker was approved as an add to this trade
    StopMoveRequested, // the operator moved the protective stop
    StopsGone,         // no old stop can fill any more: the replacement goes in
    ExitDecided,       // exit rules, EOD cutoff, kill switch or the operator: flatten
    PositionFlat,      // the last share was sold (stop, target or exit)
    LateFill,          // shares filled after the trade was flat (a cancel lost its race)
    OrdersDone,        // no order of the trade can fill any more
};
inline constexpr int kTradeEventCount = 10;

QString toString(TradePhase phase);
QString toString(TradeEvent event);

// The trade lifecycle as one explicit table, tested pair by pair like OrderStateMachine.
// nullopt: the event is not allowed in that phase (an add to an exiting trade is refused, a stop
// move of a pending entry is refused, ...): the caller refuses the command or flags the anomaly.
class TradeLifecycle {
public:
    static constexpr std::optional<TradePhase> transition(TradePhase from, TradeEvent event) {
        return kTable[static_cast<std::size_t>(from)][static_cast<std::size_t>(event)];
    }
    static constexpr bool allows(TradePhase from, TradeEvent event) {
        return transition(from, event).has_value();
    }
    // The trade holds (or may still receive) shares whose stop the executor must keep at the
    // broker.
    static constexpr bool managesPosition(TradePhase p) {
        return p == TradePhase::Open || p == TradePhase::StopReplacing;
    }

private:
    using Row = std::array<std::optional<TradePhase>, kTradeEventCount>;
    static constexpr std::optional<TradePhase> kNo = std::nullopt;
    static constexpr std::optional<TradePhase> kPending = TradePhase::PendingEntry;
    static constexpr std::optional<TradePhase> kOpen = TradePhase::Open;
    static constexpr std::optional<TradePhase> kReplacing = TradePhase::StopReplacing;
    static constexpr std::optional<TradePhase> kExiting = TradePhase::Exiting;
    static constexpr std::optional<TradePhase> kClosed = TradePhase::Closed;
    static constexpr std::optional<TradePhase> kRetired = TradePhase::Retired;

    // Rows in TradePhase order, columns in TradeEvent order:
    //   EntryFilled, EntryEndedEmpty, BrokerRejected, AddApproved, StopMoveRequested, StopsGone,
    //   ExitDecided, PositionFlat, LateFill, OrdersDone
    // clang-format off
    static constexpr std::array<Row, kTradePhaseCount> kTable{{
        // PendingEntry: a reject of the entry (even inside submit) ends the trade before it held
        // anything; no add (a second signal's shares would open the first signal's trade, with
        // its stop and target: one entry at a time); an exit before any fill cancels the
        // entries (kill switch, EOD).
        {kOpen, kClosed, kPending, kNo, kNo, kNo, kExiting, kNo, kNo, kNo},
        // Open: a reject (say of a scale-in's stop) keeps the position: the executor exits it
        // when a share would be left without a stop.
        {kOpen, kNo, kOpen, kOpen, kReplacing, kNo, kExiting, kClosed, kNo, kNo},
        // StopReplacing: fills go on; a further move restarts the wait; an exit takes over.
        {kReplacing, kNo, kReplacing, kNo, kReplacing, kOpen, kExiting, kClosed, kNo, kNo},
        // Exiting: no add and no stop move; fills of legs still in flight are facts. An exit
        // decided before any share is held ends empty.
        {kExiting, kClosed, kExiting, kNo, kNo, kNo, kExiting, kClosed, kNo, kNo},
        // Closed: a late fill reopens it to be flattened at once; otherwise it waits for its
        // orders.
        {kNo, kClosed, kClosed, kNo, kNo, kNo, kNo, kClosed, kExiting, kRetired},
        // Retired (terminal): nothing happens to it any more.
        {kNo, kNo, kNo, kNo, kNo, kNo, kNo, kNo, kNo, kRetired},
    }};
    // clang-format on
};

} // namespace axion
