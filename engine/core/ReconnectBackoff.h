#pragma once

#include <QtGlobal>

namespace axion {

// The delay before reconnect attempt `attempt` (0 first): exponential from minMs up to maxMs,
// with full jitter above half the minimum, so that many clients dropped at once (a broker's
// restart) do not come back in step and meet a 429 at the handshake.
qint64 reconnectDelayMs(int attempt, int minMs, int maxMs);

} // namespace axion
