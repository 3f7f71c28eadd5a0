#pragma once

#include "market/Bar.h"

#include <limits>

namespace axion {

// The momentum exhaustion run: one rule for the exit monitor (an exit) and the signal engine (an
// exit hint). It counts consecutive completed bars whose candles share one colour and close
// outside the fast cloud on that colour's side: bullish candles (close > open) closing above the
// cloud, bearish ones (close < open) closing below it. A doji, a close inside the cloud or on its
// edge, or a candle closing on the other colour's wrong side ends the run; a candle of the other
// colour outside on its own side starts a new run.
//
// The caller keeps one per series (a position, a symbol's timeframe) and calls update() once per
// completed bar: it is on the per-bar path of the replay, so it is inline and branch-light.
struct ExhaustionRun {
    int side = 0;   // +1 bullish closes above the cloud, -1 bearish closes below it, 0 no run
    int length = 0; // bars in the run; stops growing at INT_MAX

    // One completed bar. closedAbove / closedBelow: its close is strictly above the fast cloud's
    // upper edge / strictly below its lower edge; both false while the cloud is not known.
    void update(const Bar& bar, bool closedAbove, bool closedBelow) {
        const int now = bar.isBullishCandle() && closedAbove
                            ? 1
                            : (bar.isBearishCandle() && closedBelow ? -1 : 0);
        if (now == 0) {
            side = 0;
            length = 0;
        } else if (now == side) {
            if (length < std::numeric_limits<int>::max())
                ++length;
        } else {
            side = now;
            length = 1;
        }
    }

    // The run has lasted at least `bars` bars (on either side: compare `side` for one). True for
    // as long as the run goes on.
    constexpr bool exhausted(int bars) const { return side != 0 && length >= bars; }
    // This bar is the one that made the run `bars` long: true once per run.
    constexpr bool exhaustedNow(int bars) const { return side != 0 && length == bars; }

    bool operator==(const ExhaustionRun&) const = default;
};

} // namespace axion
