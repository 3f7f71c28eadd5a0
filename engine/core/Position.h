#pragma once

#include "core/Direction.h"
#include "core/Money.h"

#include <QString>
#include <optional>

namespace axion {

// An open position as the executor manages it. Shares are always positive; the direction says
// which way. A position remembers the broker it lives at: its exits and cancels go there.
struct Position {
    QString ticker;
    Direction direction = Direction::Long;
    Quantity shares = 0;
    Price averageEntry;
    Price lastPrice;
    Price stopLoss;    // current protective stop (may trail)
    Price initialStop; // stop at entry: defines 1R
    std::optional<Price> target;
    qint64 entryTimeMs = 0;
    QString signalId;
    TradeType tradeType = TradeType::Day;
    QString broker;
    QString sector;
    Money realizedPnl; // from partial exits of this position

    // Gross exposure at the last price (always >= 0).
    Money marketValue() const { return lastPrice * shares; }
    Money costBasis() const { return averageEntry * shares; }
    Money unrealizedPnl() const { return (lastPrice - averageEntry) * (shares * sign(direction)); }
    bool inProfit() const { return unrealizedPnl().isPositive(); }
    // Per-share risk at entry; zero when the stop was not set.
    Price riskPerShare() const {
        return initialStop.isZero() ? Price() : (averageEntry - initialStop).abs();
    }
    // Signed distance moved in units of the initial risk (R). 0 when risk is zero.
    double rMultiple(Price price) const {
        const Price risk = riskPerShare();
        if (risk.isZero())
            return 0.0;
        return static_cast<double>((price - averageEntry).units() * sign(direction)) /
               static_cast<double>(risk.units());
    }

    bool operator==(const Position&) const = default;
};

} // namespace axion
