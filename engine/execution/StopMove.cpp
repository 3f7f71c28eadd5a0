#include "execution/StopMove.h"

namespace axion {

QString toString(StopMoveError error) {
    switch (error) {
    case StopMoveError::None:
        return QStringLiteral("ok");
    case StopMoveError::NoPosition:
        return QStringLiteral("no_position");
    case StopMoveError::Exiting:
        return QStringLiteral("exiting");
    case StopMoveError::InvalidPrice:
        return QStringLiteral("invalid_price");
    case StopMoveError::WrongSide:
        return QStringLiteral("stop_wrong_side");
    case StopMoveError::BrokerUnreachable:
        return QStringLiteral("broker_unreachable");
    }
    return {};
}

StopMoveError checkStopMove(const Position& position, Price stop) {
    if (position.shares <= 0)
        return StopMoveError::NoPosition;
    if (!stop.isPositive())
        return StopMoveError::InvalidPrice;
    // Without a price yet, the average entry is the reference.
    const Price market =
        position.lastPrice.isPositive() ? position.lastPrice : position.averageEntry;
    const bool isLong = position.direction == Direction::Long;
    if (isLong ? stop >= market : stop <= market)
        return StopMoveError::WrongSide;
    return StopMoveError::None;
}

} // namespace axion
