#pragma once

#include <QString>
#include <QStringView>
#include <optional>

namespace axion {

// The five EMA cloud layers of the PRD-134 signal engine.
enum class CloudLayer { Fast, Pullback, Trend, Macro, LongTerm };
inline constexpr int kCloudLayerCount = 5;

QString toString(CloudLayer layer);
std::optional<CloudLayer> cloudLayerFromString(QStringView text);

enum class SlopeDirection { Falling, Flat, Rising };
QString toString(SlopeDirection d);
std::optional<SlopeDirection> slopeDirectionFromString(QStringView text);

// One cloud at one bar, with the fields of PRD-134's CloudState.to_dict(). Indicator values are
// doubles: they are ratios and averages, never money.
struct CloudState {
    CloudLayer layer = CloudLayer::Fast;
    double shortEma = 0.0;
    double longEma = 0.0;
    bool isBullish = false; // short EMA above long EMA
    double thickness = 0.0; // |short - long| / price
    bool priceAbove = false;
    bool priceInside = false;
    bool priceBelow = false;
    double slope = 0.0; // midpoint change per bar, relative, over the slope lookback
    SlopeDirection slopeDirection = SlopeDirection::Flat;

    double upper() const { return shortEma > longEma ? shortEma : longEma; }
    double lower() const { return shortEma > longEma ? longEma : shortEma; }

    bool operator==(const CloudState&) const = default;
};

} // namespace axion
