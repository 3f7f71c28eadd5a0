#include "core/Direction.h"

namespace axion {

QString toString(Direction d) {
    return d == Direction::Long ? QStringLiteral("long") : QStringLiteral("short");
}

std::optional<Direction> directionFromString(QStringView text) {
    if (text == u"long")
        return Direction::Long;
    if (text == u"short")
        return Direction::Short;
    return std::nullopt;
}

QString toString(TradeType t) {
    switch (t) {
    case TradeType::Day:
        return QStringLiteral("day");
    case TradeType::Swing:
        return QStringLiteral("swing");
    case TradeType::Scalp:
        return QStringLiteral("scalp");
    }
    return {};
}

std::optional<TradeType> tradeTypeFromString(QStringView text) {
    if (text == u"day")
        return TradeType::Day;
    if (text == u"swing")
        return TradeType::Swing;
    if (text == u"scalp")
        return TradeType::Scalp;
    return std::nullopt;
}

} // namespace axion
