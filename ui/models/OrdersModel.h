#pragma once

#include "core/Order.h"
#include "execution/OrderBook.h"
#include "models/KeyedTableModel.h"

#include <QList>
#include <QString>

namespace axion {

// Orders of an engine snapshot as a table, one row per client order id. The same class serves the
// working orders (with the live "age" column) and the order history; which columns it shows is
// chosen at construction. setOrders() updates rows in place (see KeyedTableModel), so a view's
// selection survives the 30 Hz snapshot stream.
class OrdersModel : public KeyedTableModel<OrdersModel, OrderRecord> {
    Q_OBJECT

public:
    enum class Column {
        ClientOrderId,
        Ticker,
        Leg,
        Side,
        Type,
        Quantity,
        Filled,
        Remaining,
        AvgFillPrice,
        LimitPrice,
        StopPrice,
        TimeInForce,
        State,
        Broker,
        Age,     // now - created, ticking with the engine clock
        Created, // New York time
        Updated, // New York time
        Message  // last reject / cancel reason
    };

    // Raw values for filtering and sorting (display text is for people).
    enum Role {
        ClientOrderIdRole = Qt::UserRole + 1,
        TickerRole, // QString
        StateRole,  // int(OrderState)
        LegRole,    // int(OrderLeg)
        SideRole,   // int(OrderSide)
        FilledRole, // qint64 shares filled
        SortRole    // per column: numbers as qint64, text as QString
    };

    explicit OrdersModel(QList<Column> columns, QObject* parent = nullptr);

    // The column sets of the Order Book tab.
    static QList<Column> workingColumns();
    static QList<Column> historyColumns();

    // Replaces the rows with `orders` (in display order) and moves the clock used by Age.
    void setOrders(const QList<OrderRecord>& orders, qint64 nowMs);

    const QList<Column>& columns() const { return m_columns; }
    int columnOf(Column column) const { return static_cast<int>(m_columns.indexOf(column)); }
    qint64 nowMs() const { return m_nowMs; }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // How the workstation names the enums (translated; toString() gives the wire names).
    static QString legLabel(OrderLeg leg);
    static QString sideLabel(OrderSide side);
    static QString typeLabel(OrderType type);
    static QString tifLabel(TimeInForce tif);
    static QString stateLabel(OrderState state);
    static QString brokerLabel(const QString& broker);
    static QString columnLabel(Column column);

    // KeyedTableModel hooks.
    static QString keyOf(const OrderRecord& record) { return record.order.clientOrderId; }
    static bool sameRow(const OrderRecord& a, const OrderRecord& b);

private:
    QVariant displayText(const OrderRecord& record, Column column) const;
    QVariant sortValue(const OrderRecord& record, Column column) const;
    QString toolTip(const OrderRecord& record, Column column) const;

    QList<Column> m_columns;
    qint64 m_nowMs = 0;
};

} // namespace axion
