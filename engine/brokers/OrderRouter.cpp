#include "brokers/OrderRouter.h"

#include "core/SameString.h"

namespace axion {

Broker* OrderRouter::find(const QString& name) const {
    if (m_lastBroker && sameString(m_lastName, name))
        return m_lastBroker;
    Broker* b = m_brokers.value(name, nullptr);
    if (b) {
        m_lastName = name;
        m_lastBroker = b;
    }
    return b;
}

Broker* OrderRouter::routeEntry() const {
    if (Broker* primary = find(m_primary); primary && primary->isConnected())
        return primary;
    if (Broker* fallback = find(m_fallback); fallback && fallback->isConnected())
        return fallback;
    return nullptr;
}

Broker* OrderRouter::routeTo(const QString& brokerName) const {
    Broker* b = find(brokerName);
    return b && b->isConnected() ? b : nullptr;
}

} // namespace axion
