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

// A new entry needs a broker whose answers come as they happen (Ready): a degraded one still
// takes exits, not new risk.
Broker* OrderRouter::routeEntry() const {
    if (Broker* primary = find(m_primary); primary && canTakeEntries(primary->connectivity()))
        return primary;
    if (Broker* fallback = find(m_fallback); fallback && canTakeEntries(fallback->connectivity()))
        return fallback;
    return nullptr;
}

Broker* OrderRouter::routeTo(const QString& brokerName) const {
    Broker* b = find(brokerName);
    return b && b->isConnected() ? b : nullptr;
}

} // namespace axion
