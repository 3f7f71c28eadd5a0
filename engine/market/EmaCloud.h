#pragma once

#include "core/CloudState.h"
#include "market/Ema.h"

#include <array>

namespace axion {

// One EMA cloud layer (a short and a long EMA) with the PRD-134 CloudState semantics:
//  - isBullish: short > long
//  - thickness: |short - long| / close
//  - priceAbove: close > upper, priceInside: lower <= close <= upper, priceBelow: close < lower
//  - slope: (mid_now - mid_lookback_ago) / (lookback * mid_lookback_ago), mid = (short + long) / 2,
//    0 and Flat until lookback + 1 midpoints exist; Rising above +0.001, Falling below -0.001.
//
// Until both EMAs are ready (before the first bar; SMA seeding warms up for N bars) the state
// carries the EMAs' value() (NaN for one not ready, so a chart shows a gap rather than a plunge
// to 0), every flag false, thickness and slope 0 and Flat, and no midpoint is recorded: a
// half-warm cloud must not trigger an exit or count towards the slope history. Callers check
// isReady() before using the values; note that CloudState's == is false for NaN fields.
//
// update() is on the replay hot path: no allocation, the midpoint history is a fixed ring.
class EmaCloud {
public:
    static constexpr int kSlopeLookback = 5;
    static constexpr double kSlopeFlatBand = 0.001;

    EmaCloud(CloudLayer layer, int shortLength, int longLength,
             EmaSeeding seeding = EmaSeeding::FirstValue);

    // sourceValue feeds the EMAs (close or hl2, per configuration); close is what the position
    // of price and the thickness are judged against.
    const CloudState& update(double sourceValue, double close);

    const CloudState& state() const { return m_state; }
    bool isReady() const { return m_short.isReady() && m_long.isReady(); }
    CloudLayer layer() const { return m_state.layer; }
    const Ema& shortEma() const { return m_short; }
    const Ema& longEma() const { return m_long; }

    void reset();

private:
    // Midpoints now and kSlopeLookback bars ago both have to be kept.
    static constexpr int kHistory = kSlopeLookback + 1;

    Ema m_short;
    Ema m_long;
    CloudState m_state;
    std::array<double, kHistory> m_mids{};
    int m_midHead = 0;  // next slot to write; once full it holds the oldest midpoint
    int m_midCount = 0; // saturates at kHistory
};

} // namespace axion
