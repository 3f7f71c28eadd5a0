#pragma once

#include "core/Fill.h"
#include "models/KeyedTableModel.h"

#include <QList>
#include <QString>

namespace axion {

// The snapshot's recent fills, one row per execution (keyed by broker and execution id, the same
// key the order book deduplicates on). Updated in place like OrdersModel: the capped list drops
// old executions at one end and gains new ones at the other, and only those rows are signalled.
class FillsModel : public KeyedTableModel<FillsModel, Fill> {
    Q_OBJECT

public:
    enum class Column {
        Time,
        Ticker,
        Side,
        Quantity,
        Price,
        Value, // price x shares
        ClientOrderId,
        ExecutionId,
        Broker
    };
    static constexpr int kColumnCount = 9;

    enum Role {
        ClientOrderIdRole = Qt::UserRole + 1,
        ExecutionIdRole,
        SortRole // per column: numbers as qint64, text as QString
    };

    explicit FillsModel(QObject* parent = nullptr);

    void setFills(const QList<Fill>& fills);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // KeyedTableModel hooks.
    static QString keyOf(const Fill& fill);
    static bool sameRow(const Fill& a, const Fill& b) { return a == b; }
};

} // namespace axion
