#pragma once

#include "config/ExecutorConfig.h"

#include <limits>

namespace axion {

// Incremental exponential moving average, alpha = 2 / (N + 1).
//
// The recurrence is evaluated as (x - prev) * k + prev in double, the form TA-Lib, pandas and the
// reference file use, so results agree with them to the last few ulps instead of drifting apart
// through a differently rounded but algebraically equal formula.
//
// Seeding:
//  - FirstValue: the first input is the first value (pandas ewm(span=N, adjust=False)). Ready
//    after one input.
//  - Sma: not ready until N inputs; the value at input N is the SMA of the first N inputs
//    (TA-Lib TA_EMA default mode, TradingView ta.ema).
//
// The object is a handful of scalars: update() never allocates and is inline because a replay
// calls it ten times per bar per symbol.
class Ema {
public:
    // Lengths below 1 are treated as 1 (the EMA then follows its input) so the recurrence stays
    // defined; reporting a bad configured length is the configuration validator's job.
    explicit Ema(int length, EmaSeeding seeding = EmaSeeding::FirstValue);

    // Feeds one input and returns value(): NaN while the EMA is not ready.
    double update(double x) {
        if (m_count >= m_warmup) [[likely]] {
            m_value = (x - m_value) * m_k + m_value;
            return m_value;
        }
        return warmUp(x);
    }

    bool isReady() const { return m_count >= m_warmup; }
    double value() const { return isReady() ? m_value : std::numeric_limits<double>::quiet_NaN(); }
    int length() const { return m_length; }
    EmaSeeding seeding() const { return m_seeding; }
    double alpha() const { return m_k; }

    // Back to the state of a freshly constructed EMA with the same length and seeding.
    void reset();

private:
    double warmUp(double x);

    double m_k;
    // While an SMA-seeded EMA warms up this holds the running sum of the inputs, so that the
    // object stays small; value() never exposes it because isReady() is false then.
    double m_value = 0.0;
    int m_length;
    // Inputs seen during warm-up only: it stops at m_warmup so that it can never overflow.
    int m_count = 0;
    int m_warmup;
    EmaSeeding m_seeding;
};

} // namespace axion
