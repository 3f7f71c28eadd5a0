#pragma once

#include "core/OrderEvent.h"
#include "core/Price.h"
#include "core/Quantity.h"

#include <QString>

namespace axion {

// What a broker says about one of our orders. Brokers translate their own wire events into this.
struct OrderUpdate {
    QString clientOrderId;
    QString brokerOrderId;
    QString broker;
    OrderEvent event = OrderEvent::Ack;
    Quantity cumulativeFilled = 0; // shares filled so far, as the broker knows it after this event
    Price averageFillPrice;        // of those shares
    QString message;               // reject reason, cancel reason, transport error
    qint64 brokerTimeMs = 0;       // broker's timestamp (UTC ms), 0 if it sent none
    qint64 receivedTimeMs = 0;     // our clock when it arrived
    int handle = -1;               // the order's Order::handle when the broker echoes it, else -1
};

} // namespace axion
