#include "market/Ema.h"

#include <algorithm>

namespace axion {

Ema::Ema(int length, EmaSeeding seeding)
    : m_length(std::max(1, length))
    , m_seeding(seeding) {
    m_k = 2.0 / (static_cast<double>(m_length) + 1.0);
    // FirstValue is ready after its first input, Sma after N of them.
    m_warmup = seeding == EmaSeeding::Sma ? m_length : 1;
}

void Ema::reset() {
    m_value = 0.0;
    m_count = 0;
}

// Out of line: runs at most N times per EMA, so it should not bloat the inlined hot path.
double Ema::warmUp(double x) {
    ++m_count;
    if (m_seeding == EmaSeeding::FirstValue) {
        m_value = x;
        return m_value;
    }
    // Sum first, divide once at input N: the same order of operations as TA-Lib's seed, so the
    // seed matches it bit for bit rather than within a rounding error of a running mean.
    m_value += x;
    if (m_count < m_warmup)
        return std::numeric_limits<double>::quiet_NaN();
    m_value /= static_cast<double>(m_length);
    return m_value;
}

} // namespace axion
