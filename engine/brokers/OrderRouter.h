#pragma once

#include "brokers/Broker.h"

#include <QHash>
#include <QString>

namespace axion {

// Picks the broker for an order. A position's orders go to the broker it lives at. New entries go
// to the primary; to the fallback only when the primary is definitely not able to take the order
// (not connected) — never after an ambiguous outcome, which is resolved by lookup instead.
class OrderRouter {
public:
    void addBroker(Broker* broker) { m_brokers.insert(broker->name(), broker); }
    void setPrimary(const QString& name) { m_primary = name; }
    void setFallback(const QString& name) { m_fallback = name; }

    Broker* broker(const QString& name) const { return m_brokers.value(name, nullptr); }

    // The broker an entry should go to now, or nullptr when none can take it.
    Broker* routeEntry() const;
    // The broker of an existing order or position, or nullptr if it is unknown/unavailable.
    Broker* routeTo(const QString& brokerName) const;

private:
    QHash<QString, Broker*> m_brokers;
    QString m_primary;
    QString m_fallback;
};

} // namespace axion
