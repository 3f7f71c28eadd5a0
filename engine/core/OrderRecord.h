#pragma once

#include "core/Money.h"
#include "core/Order.h"
#include "core/OrderEvent.h"

#include <QString>

namespace axion {

// One order as the executor tracks it.
struct OrderRecord {
    Order order;
    OrderState state = OrderState::New;
    QString brokerOrderId;
    Quantity filled = 0; // from fills (per execution), never from cumulative reports alone
    Money filledCost;    // exact sum of fill price x shares
    qint64 createdMs = 0;
    qint64 updatedMs = 0;
    QString lastMessage; // last reject/cancel reason

    Quantity remaining() const { return order.quantity - filled; }
    Price averageFillPrice() const {
        return filled > 0 ? averagePrice(filledCost, filled) : Price();
    }
    bool isWorking() const { return !isTerminal(state); }
};

// The outcome of applying something to the book.
struct OrderBookChange {
    enum Kind {
        Applied,       // state moved (or stayed, for an idempotent duplicate)
        UnknownOrder,  // no such client order id
        Invalid,       // the (state, event) pair is not in the table: state kept, flagged
        DuplicateFill, // execution id seen before: ignored
        Overfill,      // more shares than the order has: rejected, flagged
    };
    Kind kind = Applied;
    OrderState from = OrderState::New;
    OrderState to = OrderState::New;
    QString detail; // human text for anomalies
    bool ok() const { return kind == Applied; }
    // "applied", "unknown_order", "invalid", "duplicate_fill", "overfill": the journal's names.
    QString kindName() const;
};

} // namespace axion
