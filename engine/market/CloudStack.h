#pragma once

#include "config/ExecutorConfig.h"
#include "core/CloudState.h"
#include "market/Bar.h"
#include "market/EmaCloud.h"

#include <array>

namespace axion {

// The five PRD-134 cloud layers for one symbol and timeframe: fast 5/12, pullback 8/9,
// trend 20/21, macro 34/50, long_term 72/89. The default (close, first-value seeding) is the
// PRD-134 signal engine's convention, so exits judge the same clouds the signals came from.
class CloudStack {
public:
    struct LayerSpec {
        CloudLayer layer;
        int shortLength;
        int longLength;
    };
    // Indexed by CloudLayer.
    static constexpr std::array<LayerSpec, kCloudLayerCount> kLayers{{
        {CloudLayer::Fast, 5, 12},
        {CloudLayer::Pullback, 8, 9},
        {CloudLayer::Trend, 20, 21},
        {CloudLayer::Macro, 34, 50},
        {CloudLayer::LongTerm, 72, 89},
    }};

    explicit CloudStack(EmaPriceSource source = EmaPriceSource::Close,
                        EmaSeeding seeding = EmaSeeding::FirstValue);

    void update(const Bar& bar);

    const CloudState& state(CloudLayer layer) const { return cloud(layer).state(); }
    // A copy: the states live inside their clouds, and callers that want all five (a signal's
    // cloud_states) want them as one value anyway.
    std::array<CloudState, kCloudLayerCount> states() const;
    const EmaCloud& cloud(CloudLayer layer) const {
        return m_clouds[static_cast<std::size_t>(layer)];
    }

    // True once every EMA of every layer is ready (bar 89 with SMA seeding, bar 1 otherwise).
    // Kept by update() and reset(): the signal engine asks several times per bar.
    bool isReady() const { return m_ready; }
    // Bars fed since construction or reset(); saturates at INT_MAX rather than overflowing.
    int barCount() const { return m_barCount; }
    EmaPriceSource priceSource() const { return m_source; }
    EmaSeeding seeding() const { return m_seeding; }

    void reset();

private:
    bool allReady() const;

    EmaPriceSource m_source;
    EmaSeeding m_seeding;
    std::array<EmaCloud, kCloudLayerCount> m_clouds;
    int m_barCount = 0;
    bool m_ready = false;
};

} // namespace axion
