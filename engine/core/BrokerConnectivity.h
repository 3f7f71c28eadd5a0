#pragma once

#include <QString>

namespace axion {

// How far a broker can be trusted with orders right now. A broker reports Connecting, Ready,
// Degraded or Down; the executor shows Reconciling for a Ready broker whose orders it has not yet
// reconciled after a start.
//  - Connecting: the session is being set up (login, first account snapshot): nothing can be sent.
//  - Ready: orders go out and their answers come back as they happen.
//  - Reconciling: Ready, but the journal and the broker have not been compared since the start:
//    protective work (exits, stops, cancels) goes out, new entries wait.
//  - Degraded: orders can be sent, but answers come late or by polling (the event stream is down,
//    replies are slow): protective work goes out, new entries wait.
//  - Down: nothing can be sent. Exits and cancels are held and sent when it is reachable again;
//    the kill switch's "unreachable" clock runs.
enum class BrokerConnectivity { Connecting, Ready, Reconciling, Degraded, Down };
inline constexpr int kBrokerConnectivityCount = 5;

// "connecting", "ready", "reconciling", "degraded", "down".
QString toString(BrokerConnectivity c);

// Exits, stops and cancels can be sent.
constexpr bool canTakeOrders(BrokerConnectivity c) {
    return c == BrokerConnectivity::Ready || c == BrokerConnectivity::Reconciling ||
           c == BrokerConnectivity::Degraded;
}
// A new entry can be sent: only to a broker whose answers arrive as they happen.
constexpr bool canTakeEntries(BrokerConnectivity c) {
    return c == BrokerConnectivity::Ready;
}

} // namespace axion
