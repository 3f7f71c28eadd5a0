#pragma once

#include "core/Order.h"
#include "core/Price.h"
#include "core/Quantity.h"

#include <QString>

namespace axion {

// One execution. Brokers report it per execution (IB execDetails) or cumulatively (Alpaca
// trade_updates); the broker adapters convert to this per-execution form and the execution id
// makes a replayed or duplicated report harmless.
struct Fill {
    QString executionId;
    QString clientOrderId;
    QString brokerOrderId;
    QString broker;
    QString ticker;
    OrderSide side = OrderSide::Buy;
    Quantity quantity = 0;
    Price price;
    qint64 brokerTimeMs = 0;
    qint64 receivedTimeMs = 0;
    int handle = -1; // the order's Order::handle when the broker echoes it, else -1

    bool operator==(const Fill&) const = default;
};

} // namespace axion
