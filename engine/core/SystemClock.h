#pragma once

#include "core/Clock.h"

namespace axion {

class SystemClock final : public Clock {
public:
    qint64 nowMs() const override { return QDateTime::currentMSecsSinceEpoch(); }
};

} // namespace axion
