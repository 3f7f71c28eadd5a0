#pragma once

#include "core/Price.h"

#include <QtGlobal>

namespace axion {

// One OHLCV bar. The time is the bar's open in UTC ms since the epoch (the calendar converts to
// New York time where a rule needs it). Kept small and free of strings: replays move millions.
struct Bar {
    qint64 timeMs = 0;
    Price open;
    Price high;
    Price low;
    Price close;
    qint64 volume = 0;

    // (high + low) / 2 as a double, exact to the last bit for 4-decimal prices.
    double hl2() const { return static_cast<double>(high.units() + low.units()) / 20'000.0; }
    bool isBullishCandle() const { return close > open; }
    bool isBearishCandle() const { return close < open; }

    bool operator==(const Bar&) const = default;
};

} // namespace axion
