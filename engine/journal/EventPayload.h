#pragma once

#include "core/Signal.h"
#include "risk/RiskGate.h"

#include <QString>

namespace axion {

// The payload_json text of the journal's `signal` and `risk_decision` events. A replay journals
// every entry signal with its decision (two thirds of a replay's events, over half of its
// payload bytes), so these are written straight from the values (JsonText) instead of through
// QJsonObjects. The parts that were QJsonObjects before (cloud_states, the built-in engine's
// metadata, the adjustments) keep QJsonDocument's exact bytes: the journal's text does not
// depend on how it is produced.
namespace EventPayload {

QString signal(const Signal& s);
QString riskDecision(const RiskDecision& d);

} // namespace EventPayload

} // namespace axion
