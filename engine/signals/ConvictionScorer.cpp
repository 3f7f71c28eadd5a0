#include "signals/ConvictionScorer.h"

#include <QJsonValue>
#include <array>
#include <cmath>
#include <iterator>

namespace axion {

namespace {

// A share of a component: NaN and negatives count as nothing, anything beyond 1 as all of it.
double share(double x) {
    if (!(x > 0.0)) // also catches NaN
        return 0.0;
    return x < 1.0 ? x : 1.0;
}

bool agrees(Direction d, const CloudState& c) {
    return d == Direction::Long ? c.shortEma > c.longEma : c.shortEma < c.longEma;
}

// A signal carries its breakdown, and building a QJsonObject key by key costs about 250 ns a key
// (sorted insert, byte-array growth): a prebuilt object whose values are overwritten in place
// costs a third of that. The keys are found once; the iterator order is whatever QJsonObject
// keeps, so positions are looked up rather than assumed.
enum BreakdownKey {
    CloudAlignmentKey,
    TimeframeConfluenceKey,
    VolumeKey,
    ThicknessKey,
    CandleQualityKey,
    FactorKey,
    RawSumKey,
    ScaleKey,
    TotalKey,
    RedistributedKey,
    BreakdownKeyCount
};

struct BreakdownTemplate {
    QJsonObject object;
    std::array<qsizetype, BreakdownKeyCount> position{};

    BreakdownTemplate() {
        const std::array<QString, BreakdownKeyCount> keys{
            QStringLiteral("cloud_alignment"), QStringLiteral("timeframe_confluence"),
            QStringLiteral("volume"),          QStringLiteral("cloud_thickness"),
            QStringLiteral("candle_quality"),  QStringLiteral("factor_score"),
            QStringLiteral("raw_sum"),         QStringLiteral("scale"),
            QStringLiteral("total"),           QStringLiteral("factor_redistributed")};
        for (const QString& k : keys)
            object.insert(k, QJsonValue(0.0));
        for (std::size_t i = 0; i < keys.size(); ++i)
            position[i] = std::distance(object.constBegin(), object.constFind(keys[i]));
    }
};

} // namespace

QJsonObject ConvictionBreakdown::toJson() const {
    static const BreakdownTemplate t;
    QJsonObject o = t.object;
    const auto set = [&o](BreakdownKey k, const QJsonValue& v) {
        (o.begin() + t.position[std::size_t(k)]).value() = v;
    };
    set(CloudAlignmentKey, cloudAlignment);
    set(TimeframeConfluenceKey, timeframeConfluence);
    set(VolumeKey, volume);
    set(ThicknessKey, thickness);
    set(CandleQualityKey, candleQuality);
    set(FactorKey, factor ? QJsonValue(*factor) : QJsonValue());
    set(RawSumKey, rawSum);
    set(ScaleKey, scale);
    set(TotalKey, total);
    set(RedistributedKey, redistributed());
    return o;
}

ConvictionScorer::ConvictionScorer(double volumeConfirmRatio)
    : m_volumeConfirmRatio(volumeConfirmRatio > 0.0 ? volumeConfirmRatio : 1.5) {}

int ConvictionScorer::agreeingClouds(Direction direction,
                                     const std::array<CloudState, kCloudLayerCount>& clouds) {
    int n = 0;
    for (CloudLayer layer :
         {CloudLayer::Fast, CloudLayer::Pullback, CloudLayer::Trend, CloudLayer::Macro}) {
        if (agrees(direction, clouds[static_cast<std::size_t>(layer)]))
            ++n;
    }
    return n;
}

double ConvictionScorer::candleQuality(const Bar& bar, Direction direction) {
    const qint64 range = bar.high.units() - bar.low.units();
    const qint64 body = (bar.close.units() - bar.open.units()) * sign(direction);
    if (range <= 0 || body <= 0)
        return 0.0;
    // A bad bar (body beyond its range) is capped rather than scoring above the maximum.
    return share(static_cast<double>(body) / static_cast<double>(range));
}

int ConvictionScorer::roundTotal(double scaled) {
    if (!(scaled > 0.0))
        return 0;
    const double r = std::floor(scaled + 0.5 + 1e-9);
    return r >= 100.0 ? 100 : static_cast<int>(r);
}

ConvictionBreakdown ConvictionScorer::score(const ConvictionInputs& in) const {
    ConvictionBreakdown b;
    b.cloudAlignment = kCloudAlignmentMax * agreeingClouds(in.direction, in.clouds) / 4.0;
    b.timeframeConfluence =
        in.scannedTimeframes > 0
            ? kTimeframeConfluenceMax *
                  share(static_cast<double>(in.agreeingTimeframes) / in.scannedTimeframes)
            : 0.0;
    b.volume = kVolumeMax * share(in.volumeRatio / m_volumeConfirmRatio);
    b.thickness = kThicknessMax * share(in.thickness / kFullThickness);
    b.candleQuality = kCandleQualityMax * share(in.candleQuality);
    b.rawSum = b.cloudAlignment + b.timeframeConfluence + b.volume + b.thickness + b.candleQuality;
    if (in.factorPoints) {
        b.factor = kFactorMax * share(*in.factorPoints / kFactorMax);
        b.rawSum += *b.factor;
        b.scale = 1.0;
        b.scaled = b.rawSum;
    } else {
        // Multiply first: sum x 100 is exact for the sums a hand calculation produces, so
        // 42.5 of 85 gives exactly 50.
        b.scale = 100.0 / kOwnMax;
        b.scaled = b.rawSum * 100.0 / kOwnMax;
    }
    b.total = roundTotal(b.scaled);
    return b;
}

} // namespace axion
