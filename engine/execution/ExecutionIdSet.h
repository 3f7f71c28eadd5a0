#pragma once

#include "core/SameString.h"

#include <QSet>
#include <QString>
#include <utility>
#include <vector>

namespace axion {

// Execution ids already counted, per broker: ids are unique per broker, not across brokers.
// One set per broker, found by comparing names (a session has one or two brokers), so that a
// fill is checked without building a "broker + id" key string for it.
class ExecutionIdSet {
public:
    bool contains(const QString& broker, const QString& executionId) const {
        const QSet<QString>* ids = find(broker);
        return ids && ids->contains(executionId);
    }
    void insert(const QString& broker, const QString& executionId) {
        QSet<QString>* ids = find(broker);
        if (!ids)
            ids = &m_byBroker.emplace_back(broker, QSet<QString>()).second;
        ids->insert(executionId);
    }

private:
    const QSet<QString>* find(const QString& broker) const {
        for (const auto& [name, ids] : m_byBroker) {
            if (sameString(name, broker))
                return &ids;
        }
        return nullptr;
    }
    QSet<QString>* find(const QString& broker) {
        return const_cast<QSet<QString>*>(std::as_const(*this).find(broker));
    }

    std::vector<std::pair<QString, QSet<QString>>> m_byBroker;
};

} // namespace axion
