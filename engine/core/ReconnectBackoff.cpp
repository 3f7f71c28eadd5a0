#include "core/ReconnectBackoff.h"

#include <QRandomGenerator>
#include <algorithm>

namespace axion {

qint64 reconnectDelayMs(int attempt, int minMs, int maxMs) {
    const qint64 cap = std::min<qint64>(maxMs, qint64(minMs) << std::clamp(attempt, 0, 16));
    const qint64 floor = minMs / 2;
    return floor + QRandomGenerator::global()->bounded(std::max<qint64>(1, cap - floor));
}

} // namespace axion
