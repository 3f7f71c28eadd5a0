#pragma once

#include <QString>
#include <QStringView>
#include <optional>

namespace axion {

enum class Direction { Long, Short };

enum class TradeType { Day, Swing, Scalp };

QString toString(Direction d);
std::optional<Direction> directionFromString(QStringView text);
QString toString(TradeType t);
std::optional<TradeType> tradeTypeFromString(QStringView text);

// +1 for longs, -1 for shorts: P&L = sign * (exit - entry) * shares.
constexpr int sign(Direction d) {
    return d == Direction::Long ? 1 : -1;
}
constexpr Direction opposite(Direction d) {
    return d == Direction::Long ? Direction::Short : Direction::Long;
}
// Day trades and scalps must be flat by the close; swings may be held overnight.
constexpr bool isIntraday(TradeType t) {
    return t != TradeType::Swing;
}

} // namespace axion
