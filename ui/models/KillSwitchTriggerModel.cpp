#include "models/KillSwitchTriggerModel.h"

#include "format/DisplayFormat.h"
#include "widgets/LimitBar.h"

#include <QFont>
#include <algorithm>

namespace axion {

namespace {

bool sameValues(const KillSwitchTriggerView& a, const KillSwitchTriggerView& b) {
    return a.current == b.current && a.limit == b.limit && a.usage == b.usage &&
           a.firing == b.firing;
}

} // namespace

KillSwitchTriggerModel::KillSwitchTriggerModel(QObject* parent)
    : QAbstractTableModel(parent) {}

QString KillSwitchTriggerModel::triggerName(KillTrigger trigger) {
    switch (trigger) {
    case KillTrigger::DailyLoss:
        return tr("Daily loss limit");
    case KillTrigger::Manual:
        return tr("Manual stop");
    case KillTrigger::BrokerUnreachable:
        return tr("Broker unreachable");
    case KillTrigger::EquityBelowMinimum:
        return tr("Equity below minimum");
    case KillTrigger::ConsecutiveLosses:
        return tr("Consecutive losses");
    }
    return toString(trigger);
}

qsizetype KillSwitchTriggerModel::findRow(KillTrigger trigger, qsizetype from) const {
    for (qsizetype i = from; i < m_rows.size(); ++i) {
        if (m_rows.at(i).trigger == trigger)
            return i;
    }
    return -1;
}

void KillSwitchTriggerModel::setTriggers(const QList<KillSwitchTriggerView>& triggers,
                                         std::optional<KillTrigger> trippedBy) {
    const std::optional<KillTrigger> oldTrippedBy = m_trippedBy;
    m_trippedBy = trippedBy;

    for (qsizetype r = m_rows.size() - 1; r >= 0; --r) {
        const KillTrigger t = m_rows.at(r).trigger;
        const bool kept =
            std::any_of(triggers.cbegin(), triggers.cend(),
                        [&](const KillSwitchTriggerView& v) { return v.trigger == t; });
        if (!kept) {
            beginRemoveRows({}, int(r), int(r));
            m_rows.removeAt(r);
            endRemoveRows();
        }
    }
    for (qsizetype i = 0; i < triggers.size(); ++i) {
        const KillSwitchTriggerView& next = triggers.at(i);
        const qsizetype j = findRow(next.trigger, i);
        if (j < 0) {
            beginInsertRows({}, int(i), int(i));
            m_rows.insert(i, next);
            endInsertRows();
            continue;
        }
        if (j > i) {
            beginMoveRows({}, int(j), int(j), {}, int(i));
            m_rows.move(j, i);
            endMoveRows();
        }
        // The latched trigger changing repaints the rows it concerns, even with equal values.
        const bool latchChanged = (oldTrippedBy == next.trigger) != (trippedBy == next.trigger);
        if (!sameValues(m_rows.at(i), next) || latchChanged) {
            m_rows[i] = next;
            Q_EMIT dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
        }
    }
    if (m_rows.size() > triggers.size()) {
        beginRemoveRows({}, int(triggers.size()), int(m_rows.size() - 1));
        m_rows.resize(triggers.size());
        endRemoveRows();
    }
}

int KillSwitchTriggerModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int KillSwitchTriggerModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KillSwitchTriggerModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const KillSwitchTriggerView& row = m_rows.at(index.row());
    const bool manual = row.trigger == KillTrigger::Manual;
    const bool latched = m_trippedBy == row.trigger;
    const LimitBar::Level level =
        row.firing ? LimitBar::Level::Breach : LimitBar::levelOf(row.usage);

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TriggerColumn:
            return triggerName(row.trigger);
        case CurrentColumn:
            return row.current;
        case LimitColumn:
            return row.limit;
        case UsageColumn:
            return manual ? QString() : display::percent(row.usage, 0);
        case StateColumn:
            if (row.firing)
                return tr("Firing");
            return latched ? tr("Tripped") : tr("Clear");
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == StateColumn && latched && !row.firing)
            return tr("This trigger tripped the kill switch; its condition has cleared but the "
                      "switch stays tripped until an operator resets it.");
        return tr("%1: %2 (limit %3)").arg(triggerName(row.trigger), row.current, row.limit);
    case Qt::TextAlignmentRole:
        if (index.column() == TriggerColumn)
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        if (index.column() == StateColumn)
            return int(Qt::AlignCenter);
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole: {
        const QColor tint = LimitBar::levelTint(level);
        return tint.isValid() ? QVariant(tint) : QVariant();
    }
    case Qt::ForegroundRole:
        if (index.column() == StateColumn) {
            if (row.firing || latched)
                return LimitBar::levelColor(LimitBar::Level::Breach);
            return LimitBar::levelColor(LimitBar::Level::Normal);
        }
        return {};
    case Qt::FontRole:
        if (index.column() == StateColumn || (index.column() == TriggerColumn && latched)) {
            QFont f;
            f.setBold(row.firing || latched);
            return f;
        }
        return {};
    case UsageRole:
        return manual ? QVariant() : QVariant(row.usage);
    case LevelRole:
        return static_cast<int>(level);
    case FiringRole:
        return row.firing;
    case TriggerRole:
        return static_cast<int>(row.trigger);
    }
    return {};
}

QVariant KillSwitchTriggerModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const {
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole) {
        if (section == TriggerColumn)
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        return int((section == StateColumn ? Qt::AlignHCenter : Qt::AlignRight) | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TriggerColumn:
        return tr("Trigger");
    case CurrentColumn:
        return tr("Current");
    case LimitColumn:
        return tr("Limit");
    case UsageColumn:
        return tr("Usage");
    case StateColumn:
        return tr("State");
    }
    return {};
}

} // namespace axion
