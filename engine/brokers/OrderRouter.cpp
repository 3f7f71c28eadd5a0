#include "brokers/OrderRouter.h"

namespace axion {

Broker* OrderRouter::routeEntry() const {
    if (Broker* primary = m_brokers.value(m_primary, nullptr); primary && primary->isConnected())
        return primary;
    if (Broker* fallback = m_brokers.value(m_fallback, nullptr); fallback && fallback->isConnected())
        return fallback;
    return nullptr;
}

Broker* OrderRouter::routeTo(const QString& brokerName) const {
    Broker* b = m_brokers.value(brokerName, nullptr);
    return b && b->isConnected() ? b : nullptr;
}

} // namespace axion
