#pragma once

#include <QtGlobal>

namespace axion {

// Shares are whole numbers. Sides are carried separately (OrderSide / Direction), so a quantity on
// an order or a position is never negative.
using Quantity = qint64;

} // namespace axion
