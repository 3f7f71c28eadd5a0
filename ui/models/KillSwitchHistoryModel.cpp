#include "models/KillSwitchHistoryModel.h"

#include "format/DisplayFormat.h"
#include "models/KillSwitchTriggerModel.h"
#include "widgets/LimitBar.h"

namespace axion {

KillSwitchHistoryModel::KillSwitchHistoryModel(QObject* parent)
    : QAbstractTableModel(parent) {}

QString KillSwitchHistoryModel::kindName(KillSwitchEvent::Kind kind) {
    switch (kind) {
    case KillSwitchEvent::Kind::Tripped:
        return tr("Tripped");
    case KillSwitchEvent::Kind::Repeated:
        return tr("Repeated");
    case KillSwitchEvent::Kind::Reset:
        return tr("Reset");
    }
    return {};
}

void KillSwitchHistoryModel::setHistory(const QList<KillSwitchEvent>& history) {
    // Where does the new history start in ours? Usually at 0; further down once the engine has
    // dropped its oldest entries. The check is cheap (first and last overlapping entries), which
    // is enough for an append-only log at 30 snapshots a second.
    qsizetype dropped = -1;
    if (!history.isEmpty()) {
        for (qsizetype k = 0; k < m_rows.size(); ++k) {
            if (m_rows.at(k) == history.first()) {
                const qsizetype overlap = m_rows.size() - k;
                if (overlap <= history.size() && m_rows.last() == history.at(overlap - 1))
                    dropped = k;
                break;
            }
        }
    }
    if (m_rows.isEmpty())
        dropped = 0;

    if (dropped < 0) {
        // Not a continuation of what we show: another history.
        beginResetModel();
        m_rows = history;
        endResetModel();
        return;
    }
    if (dropped > 0) {
        beginRemoveRows({}, 0, int(dropped - 1));
        m_rows.remove(0, dropped);
        endRemoveRows();
    }
    if (history.size() > m_rows.size()) {
        const qsizetype first = m_rows.size();
        beginInsertRows({}, int(first), int(history.size() - 1));
        m_rows.append(history.mid(first));
        endInsertRows();
    }
}

int KillSwitchHistoryModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int KillSwitchHistoryModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KillSwitchHistoryModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const KillSwitchEvent& e = m_rows.at(index.row());

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return display::nyDateTime(e.atMs);
        case KindColumn:
            return kindName(e.kind);
        case TriggerColumn:
            return KillSwitchTriggerModel::triggerName(e.trigger);
        case DetailColumn:
            return e.detail;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return tr("%1 (%2 New York time)")
                .arg(display::nyDateTime(e.atMs), display::nyTime(e.atMs));
        return e.detail;
    case Qt::ForegroundRole:
        if (index.column() == KindColumn) {
            switch (e.kind) {
            case KillSwitchEvent::Kind::Tripped:
                return LimitBar::levelColor(LimitBar::Level::Breach);
            case KillSwitchEvent::Kind::Repeated:
                return LimitBar::levelColor(LimitBar::Level::Warning);
            case KillSwitchEvent::Kind::Reset:
                return LimitBar::levelColor(LimitBar::Level::Normal);
            }
        }
        return {};
    case Qt::BackgroundRole:
        // Trips stand out in a long log of repeats.
        if (e.kind == KillSwitchEvent::Kind::Tripped)
            return LimitBar::levelTint(LimitBar::Level::Breach);
        return {};
    case KindRole:
        return static_cast<int>(e.kind);
    case TimeRole:
        return e.atMs;
    }
    return {};
}

QVariant KillSwitchHistoryModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const {
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time (ET)");
    case KindColumn:
        return tr("Event");
    case TriggerColumn:
        return tr("Trigger");
    case DetailColumn:
        return tr("Detail");
    }
    return {};
}

} // namespace axion
