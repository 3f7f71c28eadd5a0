#pragma once

#include <QString>
#include <QStringView>
#include <optional>

namespace axion {

// Something that happened to an order, from us (Submit, CancelRequest) or from the broker.
enum class OrderEvent {
    Submit,        // we hand the order to the broker
    Ack,           // the broker accepted it (new / accepted / Submitted)
    PartialFill,   // some shares executed, the rest still working
    Fill,          // the last shares executed
    CancelRequest, // we ask for a cancel
    CancelAck,     // the broker confirmed the cancel
    CancelReject,  // the broker refused the cancel (too late, or not cancellable): still working
    Reject,        // the broker (or our client-side validation) refused the order
    Expire,        // day order at the close, IOC remainder, limit entry timeout
    Timeout,       // the submit outcome is ambiguous (timeout, reset, 5xx): look up by client id
    NotFound,      // a lookup by client order id found no such order at the broker
    NotSent        // the request certainly never reached the broker: safe to send elsewhere
};
inline constexpr int kOrderEventCount = 12;

// Stable snake_case names ("partial_fill", "cancel_ack", ...) for the journal.
QString toString(OrderEvent e);
std::optional<OrderEvent> orderEventFromString(QStringView text);

} // namespace axion
