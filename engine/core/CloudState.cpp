#include "core/CloudState.h"

namespace axion {

QString toString(CloudLayer layer) {
    switch (layer) {
    case CloudLayer::Fast:
        return QStringLiteral("fast");
    case CloudLayer::Pullback:
        return QStringLiteral("pullback");
    case CloudLayer::Trend:
        return QStringLiteral("trend");
    case CloudLayer::Macro:
        return QStringLiteral("macro");
    case CloudLayer::LongTerm:
        return QStringLiteral("long_term");
    }
    return {};
}

std::optional<CloudLayer> cloudLayerFromString(QStringView text) {
    for (int i = 0; i < kCloudLayerCount; ++i) {
        const auto layer = static_cast<CloudLayer>(i);
        if (text == toString(layer))
            return layer;
    }
    return std::nullopt;
}

QString toString(SlopeDirection d) {
    switch (d) {
    case SlopeDirection::Falling:
        return QStringLiteral("falling");
    case SlopeDirection::Flat:
        return QStringLiteral("flat");
    case SlopeDirection::Rising:
        return QStringLiteral("rising");
    }
    return {};
}

std::optional<SlopeDirection> slopeDirectionFromString(QStringView text) {
    for (auto d : {SlopeDirection::Falling, SlopeDirection::Flat, SlopeDirection::Rising}) {
        if (text == toString(d))
            return d;
    }
    return std::nullopt;
}

} // namespace axion
