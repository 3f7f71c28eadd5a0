#pragma once

#include "execution/EngineSnapshot.h"
#include "risk/KillSwitch.h"

#include <QAbstractTableModel>
#include <QList>
#include <optional>

namespace axion {

// The kill switch's five triggers (PRD order) with their current value, limit, how close each is
// to firing and whether it fires now. Rows are keyed by trigger and updated in place.
class KillSwitchTriggerModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        TriggerColumn,
        CurrentColumn,
        LimitColumn,
        UsageColumn,
        StateColumn,
        ColumnCount
    };
    enum Role {
        UsageRole = Qt::UserRole + 1, // double, 1 = at the limit; invalid for the manual trigger
        LevelRole,                    // int: LimitBar::Level (Breach while firing)
        FiringRole,                   // bool
        TriggerRole                   // int: KillTrigger
    };

    explicit KillSwitchTriggerModel(QObject* parent = nullptr);

    // trippedBy: the trigger of the active trip, shown as "Tripped" when its condition has cleared
    // (the switch stays latched until an operator resets it).
    void setTriggers(const QList<KillSwitchTriggerView>& triggers,
                     std::optional<KillTrigger> trippedBy = std::nullopt);
    const QList<KillSwitchTriggerView>& triggers() const { return m_rows; }

    // Human-readable, translated trigger name ("Daily loss limit").
    static QString triggerName(KillTrigger trigger);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    qsizetype findRow(KillTrigger trigger, qsizetype from) const;

    QList<KillSwitchTriggerView> m_rows;
    std::optional<KillTrigger> m_trippedBy;
};

} // namespace axion
