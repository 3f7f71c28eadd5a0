#pragma once

#include "core/Order.h"

#include <QString>

namespace axion {

// Deterministic client order ids: the same signal and leg always give the same id, so a restart
// or a retry can find an order at the broker instead of placing it twice.
// Form: "<signalId>-<leg>" for the first order of a leg, "<signalId>-<leg>-<n>" for later ones
// (a replaced stop, a second scale-in). At most 48 characters for IB's orderRef and
// Alpaca's 128-character limit; long signal ids are shortened with a stable hash.
QString clientOrderId(const QString& signalId, OrderLeg leg, int sequence = 1);

// Signal id for signals that arrive without one: a stable hash of what identifies the signal,
// so a resend of the same signal is recognised as a duplicate.
QString deriveSignalId(const QString& ticker, const QString& signalType, const QString& timeframe,
                       qint64 timestampMs);

} // namespace axion
