#pragma once

#include "execution/EngineSnapshot.h"
#include "models/KeyedTableModel.h"

#include <QList>

namespace axion {

// Exposure by ticker or by sector against its limit (15 % of equity per ticker, 30 % per
// sector), in the engine's order (largest first). Rows are keyed by name and updated in place:
// a snapshot moves, inserts and removes only the rows that need it and signals dataChanged for
// the rest, so the view keeps its selection and scroll position at 30 snapshots a second.
class ExposureModel : public KeyedTableModel<ExposureModel, ExposureView> {
    Q_OBJECT

public:
    enum class Kind { Ticker, Sector };
    enum Column { NameColumn, ExposureColumn, FractionColumn, LimitColumn, ColumnCount };
    enum Role {
        UsageRole = Qt::UserRole + 1, // double: fraction / limit (1 = at the limit)
        LevelRole,                    // int: LimitBar::Level
        FractionRole,                 // double: exposure / equity
        LimitRole                     // double: the limit as a fraction of equity
    };

    explicit ExposureModel(Kind kind, QObject* parent = nullptr);

    void setExposures(const QList<ExposureView>& exposures);
    const QList<ExposureView>& exposures() const { return rows(); }
    Kind kind() const { return m_kind; }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // KeyedTableModel hooks.
    static QString keyOf(const ExposureView& row) { return row.name; }
    static bool sameRow(const ExposureView& a, const ExposureView& b) {
        return a.exposure == b.exposure && a.fraction == b.fraction && a.limit == b.limit;
    }

private:
    Kind m_kind;
};

} // namespace axion
