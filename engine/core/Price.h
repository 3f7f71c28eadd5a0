#pragma once

#include "core/FixedPoint.h"

namespace axion {

// A per-share price in 1/10,000 of a dollar (sub-penny prints fit exactly).
// Price - Price is still a Price: a per-share distance such as a stop distance.
class Price : public FixedPoint<Price> {};

} // namespace axion
