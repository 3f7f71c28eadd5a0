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
    // Adds the id; false when it was there already. One hash, where contains() and then
    // insert() would take two: callers on the fill path insert first and remove() the id again
    // when they refuse the fill for another reason.
    bool insert(const QString& broker, const QString& executionId) {
        QSet<QString>* ids = find(broker);
        if (!ids)
            ids = &m_byBroker.emplace_back(broker, QSet<QString>()).second;
        const qsizetype before = ids->size();
        ids->insert(executionId);
        return ids->size() != before;
    }
    void remove(const QString& broker, const QString& executionId) {
        if (QSet<QString>* ids = find(broker))
            ids->remove(executionId);
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
