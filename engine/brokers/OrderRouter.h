#pragma once

#include "brokers/Broker.h"

#include <QHash>
#include <QString>

namespace axion {

// Picks the broker for an order. A position's orders go to the broker it lives at. New entries go
// to the primary while it is Ready; to the fallback (when Ready) only when the primary is
// definitely not able to take the order (connecting, degraded, down) — never after an ambiguous
// outcome, which is resolved by lookup instead. Orders of a position go to its broker while it can
// take orders at all (Ready or Degraded).
class OrderRouter {
public:
    void addBroker(Broker* broker) {
        m_brokers.insert(broker->name(), broker);
        m_lastBroker = nullptr; // the name may now name another broker
    }
    void setPrimary(const QString& name) { m_primary = name; }
    void setFallback(const QString& name) { m_fallback = name; }

    Broker* broker(const QString& name) const { return find(name); }

    // The broker an entry should go to now, or nullptr when none can take it.
    Broker* routeEntry() const;
    // The broker of an existing order or position, or nullptr if it is unknown/unavailable.
    Broker* routeTo(const QString& brokerName) const;

private:
    Broker* find(const QString& name) const;

    QHash<QString, Broker*> m_brokers;
    // The last broker found and the name it was asked by. Orders carry their broker's own name()
    // string, shared, so most look-ups are a pointer check instead of a hash. Not thread-safe,
    // like the rest of the router: it is used on the executor's thread only.
    mutable QString m_lastName;
    mutable Broker* m_lastBroker = nullptr;
    QString m_primary;
    QString m_fallback;
};

} // namespace axion
