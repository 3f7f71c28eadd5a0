#pragma once

#include "risk/KillSwitch.h"

#include <QAbstractTableModel>
#include <QList>

namespace axion {

// The kill switch's audit trail (trips, repeats, resets), oldest first. The engine's history only
// grows at the end and drops its oldest entries past KillSwitch::kMaxHistory, so a snapshot only
// appends rows (and removes rows from the top when the engine dropped them); anything else means
// another history (another journal) and replaces the rows.
class KillSwitchHistoryModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { TimeColumn, KindColumn, TriggerColumn, DetailColumn, ColumnCount };
    enum Role {
        KindRole = Qt::UserRole + 1, // int: KillSwitchEvent::Kind
        TimeRole                     // qint64: UTC ms
    };

    explicit KillSwitchHistoryModel(QObject* parent = nullptr);

    void setHistory(const QList<KillSwitchEvent>& history);
    const QList<KillSwitchEvent>& history() const { return m_rows; }

    static QString kindName(KillSwitchEvent::Kind kind);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<KillSwitchEvent> m_rows;
};

} // namespace axion
