#include "core/BrokerConnectivity.h"

namespace axion {

QString toString(BrokerConnectivity c) {
    switch (c) {
    case BrokerConnectivity::Connecting:
        return QStringLiteral("connecting");
    case BrokerConnectivity::Ready:
        return QStringLiteral("ready");
    case BrokerConnectivity::Reconciling:
        return QStringLiteral("reconciling");
    case BrokerConnectivity::Degraded:
        return QStringLiteral("degraded");
    case BrokerConnectivity::Down:
        return QStringLiteral("down");
    }
    return {};
}

} // namespace axion
