#pragma once

#include "core/Order.h"

#include <QString>

namespace axion {

// A broker's answer to a submit. `Unknown` is the dangerous one: the order may or may not be
// working, so it is looked up by client order id before anything is sent again.
struct OrderResult {
    enum class Outcome { Accepted, Rejected, Unknown };

    Outcome outcome = Outcome::Unknown;
    QString clientOrderId;
    QString brokerOrderId;
    QString broker;
    OrderState state = OrderState::Unknown;
    Quantity filledQuantity = 0;
    Price averageFillPrice;
    QString message;           // broker's reason on reject, transport error on unknown
    qint64 brokerTimeMs = 0;   // broker's timestamp (UTC ms since epoch), 0 if none
    qint64 receivedTimeMs = 0; // our clock when the answer arrived

    // True only when the broker definitely did not take the order, so a fallback broker may be
    // tried without risking a duplicate.
    bool definitelyNotPlaced = false;
};

} // namespace axion
