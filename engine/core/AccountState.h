#pragma once

#include "core/Money.h"
#include "core/Position.h"

#include <QList>

namespace axion {

// The account as the risk decisions see it: what the broker reports plus our open positions.
struct AccountState {
    Money equity;
    Money cash;
    Money buyingPower;
    Money startOfDayEquity; // equity at the previous close: the base for daily loss limits
    int dailyTrades = 0;
    QList<Position> positions;

    Money dailyPnl() const { return equity - startOfDayEquity; }

    const Position* position(const QString& ticker) const {
        for (const Position& p : positions) {
            if (p.ticker == ticker)
                return &p;
        }
        return nullptr;
    }

    bool operator==(const AccountState&) const = default;
};

} // namespace axion
