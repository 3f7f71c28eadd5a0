#include "market/CloudStack.h"

#include <limits>
#include <utility>

namespace axion {

namespace {

template <std::size_t... I>
std::array<EmaCloud, kCloudLayerCount> makeClouds(EmaSeeding seeding, std::index_sequence<I...>) {
    return {EmaCloud(CloudStack::kLayers[I].layer, CloudStack::kLayers[I].shortLength,
                     CloudStack::kLayers[I].longLength, seeding)...};
}

// kLayers is indexed by CloudLayer; state(layer) relies on it.
constexpr bool layersInEnumOrder() {
    for (int i = 0; i < kCloudLayerCount; ++i) {
        if (static_cast<int>(CloudStack::kLayers[static_cast<std::size_t>(i)].layer) != i)
            return false;
    }
    return true;
}
static_assert(layersInEnumOrder());

} // namespace

CloudStack::CloudStack(EmaPriceSource source, EmaSeeding seeding)
    : m_source(source)
    , m_seeding(seeding)
    , m_clouds(makeClouds(seeding, std::make_index_sequence<kCloudLayerCount>{}))
    , m_ready(allReady()) {}

bool CloudStack::allReady() const {
    for (const EmaCloud& c : m_clouds) {
        if (!c.isReady())
            return false;
    }
    return true;
}

void CloudStack::update(const Bar& bar) {
    const double close = bar.close.toDouble();
    const double source = m_source == EmaPriceSource::Hl2 ? bar.hl2() : close;
    for (EmaCloud& c : m_clouds)
        c.update(source, close);
    // An EMA that is ready stays ready until reset(): asked only until the slowest one is.
    if (!m_ready)
        m_ready = allReady();
    if (m_barCount < std::numeric_limits<int>::max())
        ++m_barCount;
}

std::array<CloudState, kCloudLayerCount> CloudStack::states() const {
    std::array<CloudState, kCloudLayerCount> out;
    for (std::size_t i = 0; i < out.size(); ++i)
        out[i] = m_clouds[i].state();
    return out;
}

void CloudStack::reset() {
    for (EmaCloud& c : m_clouds)
        c.reset();
    m_barCount = 0;
    m_ready = allReady();
}

} // namespace axion
