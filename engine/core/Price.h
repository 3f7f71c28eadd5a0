#pragma once

#include "core/FixedPoint.h"

namespace axion {

// A per-share price in 1/10,000 of a dollar (sub-penny prints fit exactly).
// Price - Price is still a Price: a per-share distance such as a stop distance.
class Price : public FixedPoint<Price> {};

// US equity orders at or above $1.00 must be priced in whole cents (Reg NMS rule 612; Alpaca
// answers 422 "sub-penny increment" otherwise); below $1.00 four decimals are allowed.
enum class TickRounding { Down, Up };
constexpr Price roundToTick(Price p, TickRounding direction) {
    const qint64 tick = p.units() >= 10'000 ? 100 : 1;
    qint64 q = p.units() / tick;
    const qint64 rem = p.units() % tick;
    if (rem != 0 && direction == TickRounding::Up && p.units() > 0)
        ++q;
    if (rem != 0 && direction == TickRounding::Down && p.units() < 0)
        --q;
    return Price::fromUnits(q * tick);
}

} // namespace axion
