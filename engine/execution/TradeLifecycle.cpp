#include "execution/TradeLifecycle.h"

namespace axion {

QString toString(TradePhase phase) {
    switch (phase) {
    case TradePhase::PendingEntry:
        return QStringLiteral("pending_entry");
    case TradePhase::Open:
        return QStringLiteral("open");
    case TradePhase::StopReplacing:
        return QStringLiteral("stop_replacing");
    case TradePhase::Exiting:
        return QStringLiteral("exiting");
    case TradePhase::Closed:
        return QStringLiteral("closed");
    case TradePhase::Retired:
        return QStringLiteral("retired");
    }
    return QStringLiteral("unknown");
}

QString toString(TradeEvent event) {
    switch (event) {
    case TradeEvent::EntryFilled:
        return QStringLiteral("entry_filled");
    case TradeEvent::EntryEndedEmpty:
        return QStringLiteral("entry_ended_empty");
    case TradeEvent::BrokerRejected:
        return QStringLiteral("broker_rejected");
    case TradeEvent::AddApproved:
        return QStringLiteral("add_approved");
    case TradeEvent::StopMoveRequested:
        return QStringLiteral("stop_move_requested");
    case TradeEvent::StopsGone:
        return QStringLiteral("stops_gone");
    case TradeEvent::ExitDecided:
        return QStringLiteral("exit_decided");
    case TradeEvent::PositionFlat:
        return QStringLiteral("position_flat");
    case TradeEvent::LateFill:
        return QStringLiteral("late_fill");
    case TradeEvent::OrdersDone:
        return QStringLiteral("orders_done");
    }
    return QStringLiteral("unknown");
}

} // namespace axion
