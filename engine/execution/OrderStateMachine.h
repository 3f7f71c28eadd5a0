#pragma once

#include "core/Order.h"
#include "core/OrderEvent.h"
#include "core/Quantity.h"

#include <QString>
#include <QStringView>
#include <array>
#include <optional>

namespace axion {

// The order lifecycle of DESIGN §3 as one explicit table.
//
// Fills are facts. An invalid pair (transition() == nullopt) means the order's recorded state is
// not changed and the event is flagged for the operator and reconciliation, but a fill reported in
// an invalid state (say a late execution after Cancelled) is still applied to positions by the
// caller: the shares were bought or sold at the broker whatever our order book thought.
class OrderStateMachine {
public:
    // nullopt = invalid pair.
    static constexpr std::optional<OrderState> transition(OrderState from, OrderEvent event) {
        return kTable[static_cast<std::size_t>(from)][static_cast<std::size_t>(event)];
    }

    // The table knows states, not quantities: a refused cancel returns the order to Accepted, and a
    // lookup that resolves Unknown with an Ack does the same. An Accepted order that already has
    // filled shares is PartiallyFilled; this applies that correction to a table result.
    static constexpr OrderState adjustForFilled(OrderState state, Quantity filledQuantity) {
        return state == OrderState::Accepted && filledQuantity > 0 ? OrderState::PartiallyFilled
                                                                   : state;
    }
    // transition() followed by adjustForFilled(): what an order book with the order's filled
    // quantity (including this event's shares) should use.
    static constexpr std::optional<OrderState> transition(OrderState from, OrderEvent event,
                                                          Quantity filledQuantity) {
        const auto next = transition(from, event);
        if (!next)
            return std::nullopt;
        return adjustForFilled(*next, filledQuantity);
    }

    static constexpr bool isFillEvent(OrderEvent e) {
        return e == OrderEvent::PartialFill || e == OrderEvent::Fill;
    }

private:
    using Row = std::array<std::optional<OrderState>, kOrderEventCount>;
    static constexpr std::optional<OrderState> kNo = std::nullopt;
    static constexpr std::optional<OrderState> kSubmitting = OrderState::Submitting;
    static constexpr std::optional<OrderState> kAccepted = OrderState::Accepted;
    static constexpr std::optional<OrderState> kPartial = OrderState::PartiallyFilled;
    static constexpr std::optional<OrderState> kFilled = OrderState::Filled;
    static constexpr std::optional<OrderState> kCancelPending = OrderState::CancelPending;
    static constexpr std::optional<OrderState> kCancelled = OrderState::Cancelled;
    static constexpr std::optional<OrderState> kRejected = OrderState::Rejected;
    static constexpr std::optional<OrderState> kExpired = OrderState::Expired;
    static constexpr std::optional<OrderState> kUnknown = OrderState::Unknown;

    // Rows in OrderState order, columns in OrderEvent order:
    //   Submit, Ack, PartialFill, Fill, CancelRequest, CancelAck, CancelReject, Reject, Expire,
    //   Timeout, NotFound, NotSent
    // clang-format off
    static constexpr std::array<Row, kOrderStateCount> kTable{{
        // New: a cancel before sending never reaches a broker; Reject = client-side validation;
        // NotSent = the broker could not be reached.
        {kSubmitting, kNo, kNo, kNo, kCancelled, kNo, kNo, kRejected, kNo, kNo, kNo, kRejected},
        // Submitting: the broker's answer, Timeout when we cannot tell whether it took it, or
        // NotSent when it certainly never got it.
        {kNo, kAccepted, kPartial, kFilled, kCancelPending, kCancelled, kNo, kRejected, kExpired,
         kUnknown, kNo, kRejected},
        // Accepted: a repeated Ack is a duplicate.
        {kNo, kAccepted, kPartial, kFilled, kCancelPending, kCancelled, kNo, kRejected, kExpired,
         kNo, kNo, kNo},
        // PartiallyFilled: a stale Ack does not undo the fills.
        {kNo, kPartial, kPartial, kFilled, kCancelPending, kCancelled, kNo, kNo, kExpired, kNo,
         kNo, kNo},
        // Filled (terminal): a duplicate Fill, or the refusal of a cancel that crossed the fill
        // (the cancel went out before the fill was known here): an expected race, no anomaly.
        {kNo, kNo, kNo, kFilled, kNo, kNo, kFilled, kNo, kNo, kNo, kNo, kNo},
        // CancelPending: fills still happen until the cancel lands; a refused cancel means it is
        // working again. Ack, Reject, NotSent and Timeout here are the late answer to a submit
        // that was cancel-requested while still Submitting: the Ack is stale, Reject and NotSent
        // are final, a Timeout leaves the order Unknown (the cancel goes out once it is found).
        {kNo, kCancelPending, kCancelPending, kFilled, kCancelPending, kCancelled, kAccepted,
         kRejected, kExpired, kUnknown, kNo, kRejected},
        // Cancelled (terminal): a duplicate CancelAck, or the refusal of a cancel that crossed
        // the end (at Alpaca one leg's cancel ends its bracket: the other leg's own cancel is
        // then refused as already cancelled).
        {kNo, kNo, kNo, kNo, kNo, kCancelled, kCancelled, kNo, kNo, kNo, kNo, kNo},
        // Rejected (terminal): a duplicate Reject or NotSent, a lookup that finds nothing, or the
        // refusal of a cancel that crossed the reject.
        {kNo, kNo, kNo, kNo, kNo, kNo, kRejected, kRejected, kNo, kNo, kRejected, kRejected},
        // Expired (terminal): a duplicate Expire, or the refusal of a cancel that crossed it.
        {kNo, kNo, kNo, kNo, kNo, kNo, kExpired, kNo, kExpired, kNo, kNo, kNo},
        // Unknown: resolved by a lookup by client order id; never resent, never cancelled blind.
        // NotFound leaves it Unknown: the request may still be on its way, and only the broker's
        // own answer ends it. NotSent cannot follow a Timeout: the request may have left.
        {kNo, kAccepted, kPartial, kFilled, kNo, kCancelled, kNo, kRejected, kExpired, kUnknown,
         kUnknown, kNo},
    }};
    // clang-format on
};

} // namespace axion
