#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <utility>

namespace axion {

// A table of rows that each have a stable key (a client order id, an execution id). Snapshots
// arrive up to 30 times a second, so a new list of rows is merged into the current one with the
// smallest set of model signals: removed rows are removed, new rows inserted, rows that changed
// get dataChanged, rows that changed position are moved. A full reset would drop the user's
// selection, scroll position and current index on every snapshot.
//
// Derived (CRTP) provides:
//   static QString keyOf(const Row&);
//   static bool sameRow(const Row&, const Row&);  // true when nothing the model shows changed
template <typename Derived, typename Row>
class KeyedTableModel : public QAbstractTableModel {
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const override {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }

    const QList<Row>& rows() const { return m_rows; }
    const Row* rowAt(int row) const {
        return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
    }
    // -1 when the key is not in the table.
    int rowOfKey(const QString& key) const {
        for (qsizetype i = 0; i < m_rows.size(); ++i) {
            if (Derived::keyOf(m_rows.at(i)) == key)
                return static_cast<int>(i);
        }
        return -1;
    }

protected:
    // Merges `incoming` (in the order it should be shown) into the table.
    void syncRows(const QList<Row>& incoming) {
        // A key must name one row; a duplicate in the input (which the engine never sends) would
        // otherwise break the merge below. The first occurrence wins.
        QList<Row> next;
        next.reserve(incoming.size());
        QSet<QString> nextKeys;
        nextKeys.reserve(incoming.size());
        for (const Row& row : incoming) {
            const QString key = Derived::keyOf(row);
            if (!nextKeys.contains(key)) {
                nextKeys.insert(key);
                next.append(row);
            }
        }

        removeRowsNotIn(nextKeys);

        QSet<QString> present;
        present.reserve(m_rows.size());
        for (const Row& row : std::as_const(m_rows))
            present.insert(Derived::keyOf(row));

        const int lastColumn = columnCount() - 1;
        qsizetype changedFirst = -1;
        auto flushChanged = [&](qsizetype endExclusive) {
            if (changedFirst >= 0 && lastColumn >= 0) {
                Q_EMIT this->dataChanged(
                    this->index(static_cast<int>(changedFirst), 0),
                    this->index(static_cast<int>(endExclusive - 1), lastColumn));
            }
            changedFirst = -1;
        };

        qsizetype i = 0;
        while (i < next.size()) {
            const QString key = Derived::keyOf(next.at(i));
            if (!present.contains(key)) {
                // A run of new rows goes in with one insert.
                flushChanged(i);
                qsizetype end = i + 1;
                while (end < next.size() && !present.contains(Derived::keyOf(next.at(end))))
                    ++end;
                this->beginInsertRows({}, static_cast<int>(i), static_cast<int>(end - 1));
                for (qsizetype k = i; k < end; ++k)
                    m_rows.insert(k, next.at(k));
                this->endInsertRows();
                i = end;
                continue;
            }
            if (Derived::keyOf(m_rows.at(i)) != key) {
                // Rows 0..i-1 already match, so the row with this key is further down.
                flushChanged(i);
                qsizetype from = i + 1;
                while (Derived::keyOf(m_rows.at(from)) != key)
                    ++from;
                this->beginMoveRows({}, static_cast<int>(from), static_cast<int>(from), {},
                                    static_cast<int>(i));
                m_rows.move(from, i);
                this->endMoveRows();
            }
            if (Derived::sameRow(m_rows.at(i), next.at(i))) {
                flushChanged(i);
            } else {
                m_rows[i] = next.at(i);
                if (changedFirst < 0)
                    changedFirst = i;
            }
            ++i;
        }
        flushChanged(i);
    }

private:
    // Removes, bottom up and in contiguous runs, every row whose key is not in `keep`.
    void removeRowsNotIn(const QSet<QString>& keep) {
        qsizetype r = m_rows.size() - 1;
        while (r >= 0) {
            if (keep.contains(Derived::keyOf(m_rows.at(r)))) {
                --r;
                continue;
            }
            const qsizetype last = r;
            while (r > 0 && !keep.contains(Derived::keyOf(m_rows.at(r - 1))))
                --r;
            this->beginRemoveRows({}, static_cast<int>(r), static_cast<int>(last));
            m_rows.remove(r, last - r + 1);
            this->endRemoveRows();
            --r;
        }
    }

    QList<Row> m_rows;
};

} // namespace axion
