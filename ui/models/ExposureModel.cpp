#include "models/ExposureModel.h"

#include "format/DisplayFormat.h"
#include "widgets/LimitBar.h"

#include <algorithm>

namespace axion {

ExposureModel::ExposureModel(Kind kind, QObject* parent)
    : KeyedTableModel(parent)
    , m_kind(kind) {}

void ExposureModel::setExposures(const QList<ExposureView>& exposures) {
    syncRows(exposures);
}

int ExposureModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExposureModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ExposureView& row = rows().at(index.row());
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
