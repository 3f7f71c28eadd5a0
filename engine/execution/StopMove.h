#pragma once

#include "core/Position.h"

#include <QString>

namespace axion {

// Why an operator's move-stop is refused.
enum class StopMoveError {
    None,              // accepted
    NoPosition,        // nothing open in the ticker
    Exiting,           // the position is already being closed
    InvalidPrice,      // zero or negative
    WrongSide,         // at or beyond the market: a long's stop must be below the last price, a
                       // short's above (it would fill at once)
    BrokerUnreachable, // the position's broker cannot take orders now: the stop stays as it is
};

QString toString(StopMoveError error);

// The decision alone (pure): may `position` get its protective stop at `stop`?
StopMoveError checkStopMove(const Position& position, Price stop);

} // namespace axion
