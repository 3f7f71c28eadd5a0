#pragma once

#include "core/Position.h"

#include <QAbstractTableModel>
#include <QList>
#include <optional>

namespace axion {

// The open positions of the Active Positions tab, one row per ticker.
//
// Snapshots arrive up to 30 times a second, so setPositions() never resets the model: rows keep
// their place (the view sorts through a proxy), changed rows get dataChanged, and only positions
// that appear or disappear are inserted or removed. Selections and persistent indexes survive.
class PositionsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        TickerColumn,
        SideColumn,
        SharesColumn,
        EntryColumn,
        CurrentColumn,
        StopColumn,
        TargetColumn,
        PnlColumn,
        PnlPercentColumn,
        RMultipleColumn,
        TimeInTradeColumn,
        TradeTypeColumn,
        BrokerColumn,
        SignalIdColumn,
        ColumnCount
    };

    enum Role {
        // The raw value a column sorts by (number or string), never a formatted string.
        SortRole = Qt::UserRole + 1,
        TickerRole
    };

    explicit PositionsModel(QObject* parent = nullptr);

    // Replaces the positions with the engine's newest ones; nowMs is the engine clock (time in
    // trade is measured against it, not the wall clock, so replays read correctly).
    void setPositions(const QList<Position>& positions, qint64 nowMs);

    const Position* positionAt(int row) const;
    std::optional<Position> position(const QString& ticker) const;
    int rowOf(const QString& ticker) const;
    qint64 nowMs() const { return m_nowMs; }

    // Display helpers shared with the tab, so both show the same numbers.
    static double pnlFraction(const Position& position);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant displayValue(const Position& p, int column) const;
    QVariant sortValue(const Position& p, int column) const;
    // First and last column whose display differs between two states of one row; -1 when none.
    std::pair<int, int> changedColumns(const Position& before, qint64 nowBefore,
                                       const Position& after, qint64 nowAfter) const;

    QList<Position> m_positions;
    qint64 m_nowMs = 0;
};

} // namespace axion
