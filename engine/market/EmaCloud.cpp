#include "market/EmaCloud.h"

namespace axion {

EmaCloud::EmaCloud(CloudLayer layer, int shortLength, int longLength, EmaSeeding seeding)
    : m_short(shortLength, seeding)
    , m_long(longLength, seeding) {
    m_state.layer = layer;
    m_state.shortEma = m_short.value(); // NaN: nothing fed yet, same as any not-ready bar
    m_state.longEma = m_long.value();
}

void EmaCloud::reset() {
    m_short.reset();
    m_long.reset();
    const CloudLayer layer = m_state.layer;
    m_state = CloudState{};
    m_state.layer = layer;
    m_state.shortEma = m_short.value();
    m_state.longEma = m_long.value();
    m_mids.fill(0.0);
    m_midHead = 0;
    m_midCount = 0;
}

const CloudState& EmaCloud::update(double sourceValue, double close) {
    const double s = m_short.update(sourceValue);
    const double l = m_long.update(sourceValue);
    m_state.shortEma = s;
    m_state.longEma = l;

    if (!isReady()) [[unlikely]] {
        m_state.isBullish = false;
        m_state.thickness = 0.0;
        m_state.priceAbove = false;
        m_state.priceInside = false;
        m_state.priceBelow = false;
        m_state.slope = 0.0;
        m_state.slopeDirection = SlopeDirection::Flat;
        return m_state;
    }

    const bool bullish = s > l;
    const double upper = bullish ? s : l;
    const double lower = bullish ? l : s;
    const double width = upper - lower; // |short - long| without a call to fabs
    m_state.isBullish = bullish;
    // A zero close cannot come from a real bar; guard it anyway so a bad tick gives 0, not inf.
    m_state.thickness = close != 0.0 ? width / close : 0.0;
    m_state.priceAbove = close > upper;
    m_state.priceBelow = close < lower;
    m_state.priceInside = close >= lower && close <= upper; // boundaries count as inside

    const double mid = (s + l) * 0.5;
    m_mids[static_cast<std::size_t>(m_midHead)] = mid;
    if (++m_midHead == kHistory)
        m_midHead = 0;
    if (m_midCount < kHistory)
        ++m_midCount;

    double slope = 0.0;
    if (m_midCount == kHistory) {
        // The ring is full, so the slot after the one just written is the midpoint from exactly
        // kSlopeLookback bars ago.
        const double past = m_mids[static_cast<std::size_t>(m_midHead)];
        if (past != 0.0)
            slope = (mid - past) / (kSlopeLookback * past);
    }
    m_state.slope = slope;
    m_state.slopeDirection = slope > kSlopeFlatBand    ? SlopeDirection::Rising
                             : slope < -kSlopeFlatBand ? SlopeDirection::Falling
                                                       : SlopeDirection::Flat;
    return m_state;
}

} // namespace axion
