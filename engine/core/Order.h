#pragma once

#include "core/Price.h"
#include "core/Quantity.h"

#include <QString>
#include <QStringView>
#include <optional>

namespace axion {

enum class OrderSide { Buy, Sell };
enum class OrderType { Market, Limit, Stop, StopLimit };
enum class TimeInForce { Day, Gtc, Ioc };

// Which part of a trade an order is. Part of the deterministic client order id.
enum class OrderLeg { Entry, Scale, Stop, Target, Exit };

enum class OrderState {
    New,             // built, written to the journal, not yet handed to a broker
    Submitting,      // bytes sent, no answer yet
    Accepted,        // the broker acknowledged it and it is working
    PartiallyFilled, // some shares filled, the rest still working
    Filled,          // terminal
    CancelPending,   // cancel requested, broker has not confirmed
    Cancelled,       // terminal (possibly after partial fills)
    Rejected,        // terminal
    Expired,         // terminal (day order at the close, IOC remainder, limit entry timeout)
    Unknown          // submit outcome ambiguous (timeout, reset, 5xx): look up by client id
};
inline constexpr int kOrderStateCount = 10;

QString toString(OrderSide s);
QString toString(OrderType t);
QString toString(TimeInForce t);
QString toString(OrderLeg l);
QString toString(OrderState s);
std::optional<OrderType> orderTypeFromString(QStringView text);
std::optional<TimeInForce> timeInForceFromString(QStringView text);
std::optional<OrderLeg> orderLegFromString(QStringView text);
std::optional<OrderState> orderStateFromString(QStringView text);

// Inline: the per-bar matching and every order event ask it.
constexpr bool isTerminal(OrderState s) {
    return s == OrderState::Filled || s == OrderState::Cancelled || s == OrderState::Rejected ||
           s == OrderState::Expired;
}

// What the executor asks a broker for. Brokers translate it into their own wire format.
struct Order {
    QString clientOrderId; // deterministic, from the signal id and the leg (see ClientOrderId)
    QString signalId;
    OrderLeg leg = OrderLeg::Entry;
    QString ticker;
    OrderSide side = OrderSide::Buy;
    Quantity quantity = 0;
    OrderType type = OrderType::Market;
    std::optional<Price> limitPrice;
    std::optional<Price> stopPrice;
    TimeInForce timeInForce = TimeInForce::Day;
    QString broker;              // where it goes; a position's exits go where its entry went
    QString parentClientOrderId; // bracket children (stop, target) name their entry
    QString ocoGroup;            // stop and target of one bracket cancel each other
    // The submitter's own number for the order (the executor's order book index), or -1. A
    // broker that can echoes it in OrderUpdate::handle and Fill::handle, so that the submitter
    // finds the order without hashing its id; the client order id stays the order's identity
    // and is checked against it. Never sent to a broker's wire, never journaled.
    int handle = -1;

    bool operator==(const Order&) const = default;
};

// Client-side validation shared by every broker: the same bad order is refused the same way.
// Returns an empty string when the order is well formed, otherwise the reason.
QString validate(const Order& order);

} // namespace axion
