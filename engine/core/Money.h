#pragma once

#include "core/FixedPoint.h"
#include "core/Price.h"
#include "core/Quantity.h"

namespace axion {

// An amount of money in 1/10,000 of a dollar: equity, cash, P&L, exposure.
class Money : public FixedPoint<Money> {};

// price x shares is money, exactly.
constexpr Money operator*(Price price, Quantity shares) {
    return Money::fromUnits(price.units() * shares);
}
constexpr Money operator*(Quantity shares, Price price) {
    return price * shares;
}

// An amount taken k times (a sign flip, a count of lots).
constexpr Money operator*(Money amount, qint64 k) {
    return Money::fromUnits(amount.units() * k);
}

// Average price of `shares` worth `amount`, rounded half away from zero. shares must be > 0.
constexpr Price averagePrice(Money amount, Quantity shares) {
    const qint64 u = amount.units();
    const qint64 half = shares / 2;
    return Price::fromUnits(u >= 0 ? (u + half) / shares : (u - half) / shares);
}

} // namespace axion
