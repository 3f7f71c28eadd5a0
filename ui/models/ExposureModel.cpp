#include "models/ExposureModel.h"

#include "format/DisplayFormat.h"
#include "widgets/LimitBar.h"

#include <algorithm>

namespace axion {

namespace {

bool sameValues(const ExposureView& a, const ExposureView& b) {
    return a.exposure == b.exposure && a.fraction == b.fraction && a.limit == b.limit;
}

} // namespace

ExposureModel::ExposureModel(Kind kind, QObject* parent)
    : QAbstractTableModel(parent)
    , m_kind(kind) {}

qsizetype ExposureModel::findRow(const QString& name, qsizetype from) const {
    for (qsizetype i = from; i < m_rows.size(); ++i) {
        if (m_rows.at(i).name == name)
            return i;
    }
    return -1;
}

void ExposureModel::setExposures(const QList<ExposureView>& exposures) {
    // 1. Rows whose name left the snapshot go (back to front keeps the indexes valid).
    for (qsizetype r = m_rows.size() - 1; r >= 0; --r) {
        const QString& name = m_rows.at(r).name;
        const bool kept = std::any_of(exposures.cbegin(), exposures.cend(),
                                      [&](const ExposureView& e) { return e.name == name; });
        if (!kept) {
            beginRemoveRows({}, int(r), int(r));
            m_rows.removeAt(r);
            endRemoveRows();
        }
    }
    // 2. Walk the snapshot's order: each row is moved up into place or inserted there, then its
    // values are refreshed if they changed. Rows before i are final.
    for (qsizetype i = 0; i < exposures.size(); ++i) {
        const ExposureView& next = exposures.at(i);
        const qsizetype j = findRow(next.name, i);
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
        if (!sameValues(m_rows.at(i), next)) {
            m_rows[i] = next;
            Q_EMIT dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
        }
    }
    // 3. Only a snapshot with a duplicated name can leave rows behind.
    if (m_rows.size() > exposures.size()) {
        beginRemoveRows({}, int(exposures.size()), int(m_rows.size() - 1));
        m_rows.resize(exposures.size());
        endRemoveRows();
    }
}

int ExposureModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ExposureModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExposureModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ExposureView& row = m_rows.at(index.row());
    const double usage = LimitBar::usageOf(row.fraction, row.limit);
    const LimitBar::Level level = LimitBar::levelOf(usage);

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return row.name;
        case ExposureColumn:
            return display::money(row.exposure);
        case FractionColumn:
            return display::percent(row.fraction);
        case LimitColumn:
            return display::percent(row.limit, 0);
        }
        return {};
    case Qt::ToolTipRole:
        return tr("%1: %2 of equity (%3), limit %4; %5 of the limit used")
            .arg(row.name, display::percent(row.fraction), display::money(row.exposure),
                 display::percent(row.limit, 0), display::percent(usage, 0));
    case Qt::TextAlignmentRole:
        // An int, not Qt::Alignment: views of every Qt 6 version read it back with toInt().
        if (index.column() == NameColumn)
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole: {
        const QColor tint = LimitBar::levelTint(level);
        return tint.isValid() ? QVariant(tint) : QVariant();
    }
    case Qt::ForegroundRole:
        if (index.column() == FractionColumn && level != LimitBar::Level::Normal)
            return LimitBar::levelColor(level);
        return {};
    case UsageRole:
        return usage;
    case LevelRole:
        return static_cast<int>(level);
    case FractionRole:
        return row.fraction;
    case LimitRole:
        return row.limit;
    }
    return {};
}

QVariant ExposureModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return int((section == NameColumn ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return m_kind == Kind::Ticker ? tr("Ticker") : tr("Sector");
    case ExposureColumn:
        return tr("Exposure");
    case FractionColumn:
        return tr("Of equity");
    case LimitColumn:
        return tr("Limit");
    }
    return {};
}

} // namespace axion
