#include "signals/CloudSignalMetadata.h"

#include "signals/CloudSignalEngine.h"

#include <QJsonArray>
#include <array>
#include <iterator>

namespace axion {

namespace {

// The object is built from prebuilt ones whose values are overwritten in place: inserting keys
// one by one costs ~250 ns each. Indexed by [exit hint * 2 + stop from the bar extreme];
// positions are -1 for keys a template lacks.
enum MetadataKey {
    VolumeRatioKey,
    CandleQualityKey,
    BreakdownKey,
    FiredTypesKey,
    ExhaustionBarsKey,
    MetadataKeyCount
};

struct MetadataTemplate {
    QJsonObject object;
    std::array<qsizetype, MetadataKeyCount> position{};
};

MetadataTemplate makeTemplate(bool exitHint, bool fromBarExtreme) {
    MetadataTemplate t;
    QJsonObject& o = t.object;
    o.insert(QStringLiteral("source"), QStringLiteral("axion_cloud_signal_engine"));
    o.insert(QStringLiteral("signal_role"),
             exitHint ? QStringLiteral("exit") : QStringLiteral("entry"));
    o.insert(QStringLiteral("stop_basis"),
             fromBarExtreme ? QStringLiteral("bar_extreme") : QStringLiteral("macro_cloud"));
    const std::array<QString, MetadataKeyCount> keys{
        QStringLiteral("volume_ratio"), QStringLiteral("candle_quality"),
        QStringLiteral("conviction_breakdown"), QStringLiteral("fired_types"),
        QStringLiteral("exhaustion_bars")};
    const std::array<bool, MetadataKeyCount> present{true, true, !exitHint, !exitHint, exitHint};
    for (std::size_t i = 0; i < keys.size(); ++i) {
        if (present[i])
            o.insert(keys[i], QJsonValue(0.0));
    }
    for (std::size_t i = 0; i < keys.size(); ++i)
        t.position[i] =
            present[i] ? std::distance(o.constBegin(), o.constFind(keys[i])) : qsizetype(-1);
    return t;
}

// Function statics: initialised once, thread-safely, on first use (signals may be journaled from
// more than one engine thread).
const std::array<MetadataTemplate, 4>& templates() {
    static const std::array<MetadataTemplate, 4> t{
        makeTemplate(false, false), makeTemplate(false, true), makeTemplate(true, false),
        makeTemplate(true, true)};
    return t;
}

void set(QJsonObject& metadata, const MetadataTemplate& t, MetadataKey key,
         const QJsonValue& value) {
    (metadata.begin() + t.position[std::size_t(key)]).value() = value;
}

// fired_types for every mask of the eight entry types.
constexpr std::size_t kEntryTypeMasks = 256;

const QJsonArray& firedTypeNames(quint32 firedMask) {
    static const std::array<QJsonArray, kEntryTypeMasks> names = [] {
        std::array<QJsonArray, kEntryTypeMasks> all;
        for (std::size_t m = 0; m < kEntryTypeMasks; ++m) {
            for (int i = 0; i < kCloudSignalTypeCount; ++i) {
                if (m & (std::size_t(1) << i))
                    all[m].append(toString(static_cast<CloudSignalType>(i)));
            }
        }
        return all;
    }();
    return names[firedMask & (kEntryTypeMasks - 1)];
}

} // namespace

QJsonObject CloudSignalMetadata::toJson(const QJsonObject& extra) const {
    const MetadataTemplate& t =
        templates()[std::size_t((exitHint ? 2 : 0) + (stopFromBarExtreme ? 1 : 0))];
    QJsonObject o = t.object;
    set(o, t, VolumeRatioKey, volumeRatio);
    set(o, t, CandleQualityKey, candleQuality);
    if (exitHint) {
        set(o, t, ExhaustionBarsKey, exhaustionBars);
    } else {
        set(o, t, BreakdownKey, conviction.toJson());
        set(o, t, FiredTypesKey, firedTypeNames(firedTypes));
        if (crossedCloud)
            o.insert(QStringLiteral("crossed_cloud"), toString(*crossedCloud));
    }
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it) {
        if (!o.contains(it.key()))
            o.insert(it.key(), it.value());
    }
    return o;
}

} // namespace axion
