#include "models/OrdersModel.h"

#include "format/DisplayFormat.h"

#include <QColor>
#include <QFont>

namespace axion {

namespace {

// Text on the light state tints must stay dark whatever the palette (dark themes included).
const QColor kTintedText(0x1f, 0x23, 0x28);
const QColor kBuyText(0x1b, 0x6e, 0x34);
const QColor kSellText(0xb0, 0x24, 0x24);
const QColor kMutedText(0x6a, 0x70, 0x78);
// Shown where an order has no such price: an empty cell reads like missing data.
const QString kNone = QStringLiteral("\u2014");

bool isNumeric(OrdersModel::Column column) {
    using C = OrdersModel::Column;
    switch (column) {
    case C::Quantity:
    case C::Filled:
    case C::Remaining:
    case C::AvgFillPrice:
    case C::LimitPrice:
    case C::StopPrice:
    case C::Age:
        return true;
    default:
        return false;
    }
}

// An int, not a QFlags: Qt 6.4's delegates read the role with toInt().
int alignmentOf(OrdersModel::Column column) {
    return static_cast<int>(isNumeric(column) ? Qt::AlignRight | Qt::AlignVCenter
                                              : Qt::AlignLeft | Qt::AlignVCenter);
}

qint64 priceSortValue(const std::optional<Price>& price) {
    // Orders without the price sort before every priced one.
    return price ? price->units() : -1;
}

} // namespace

OrdersModel::OrdersModel(QList<Column> columns, QObject* parent)
    : KeyedTableModel(parent)
    , m_columns(std::move(columns)) {}

QList<OrdersModel::Column> OrdersModel::workingColumns() {
    return {Column::ClientOrderId, Column::Ticker,    Column::Leg,         Column::Side,
            Column::Type,          Column::Quantity,  Column::Filled,      Column::Remaining,
            Column::LimitPrice,    Column::StopPrice, Column::TimeInForce, Column::State,
            Column::Broker,        Column::Age};
}

QList<OrdersModel::Column> OrdersModel::historyColumns() {
    return {Column::Created,      Column::ClientOrderId, Column::Ticker,    Column::Leg,
            Column::Side,         Column::Type,          Column::Quantity,  Column::Filled,
            Column::AvgFillPrice, Column::LimitPrice,    Column::StopPrice, Column::TimeInForce,
            Column::State,        Column::Broker,        Column::Message};
}

void OrdersModel::setOrders(const QList<OrderRecord>& orders, qint64 nowMs) {
    syncRows(orders);
    const bool clockMoved = nowMs != m_nowMs;
    m_nowMs = nowMs;
    const int ageColumn = columnOf(Column::Age);
    if (clockMoved && ageColumn >= 0 && rowCount() > 0) {
        // Every working order ages with the clock: one signal for the whole column.
        Q_EMIT dataChanged(index(0, ageColumn), index(rowCount() - 1, ageColumn),
                           {Qt::DisplayRole, Qt::ToolTipRole, SortRole});
    }
}

bool OrdersModel::sameRow(const OrderRecord& a, const OrderRecord& b) {
    return a.order == b.order && a.state == b.state && a.brokerOrderId == b.brokerOrderId &&
           a.filled == b.filled && a.filledCost == b.filledCost && a.createdMs == b.createdMs &&
           a.updatedMs == b.updatedMs && a.lastMessage == b.lastMessage;
}

int OrdersModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

QVariant OrdersModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OrderRecord& record = rows().at(index.row());
    const Column column = m_columns.at(index.column());

    switch (role) {
    case Qt::DisplayRole:
        return displayText(record, column);
    case Qt::ToolTipRole: {
        const QString tip = toolTip(record, column);
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case Qt::TextAlignmentRole:
        return alignmentOf(column);
    case Qt::BackgroundRole:
        return display::orderStateColor(record.state);
    case Qt::ForegroundRole:
        if (column == Column::Side)
            return record.order.side == OrderSide::Buy ? kBuyText : kSellText;
        if (column == Column::Message || column == Column::Created || column == Column::Updated)
            return kMutedText;
        if ((column == Column::LimitPrice && !record.order.limitPrice) ||
            (column == Column::StopPrice && !record.order.stopPrice) ||
            (column == Column::AvgFillPrice && record.filled <= 0))
            return kMutedText;
        return kTintedText;
    case Qt::FontRole:
        if (column == Column::State || column == Column::Ticker) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case ClientOrderIdRole:
        return record.order.clientOrderId;
    case TickerRole:
        return record.order.ticker;
    case StateRole:
        return static_cast<int>(record.state);
    case LegRole:
        return static_cast<int>(record.order.leg);
    case SideRole:
        return static_cast<int>(record.order.side);
    case FilledRole:
        return static_cast<qint64>(record.filled);
    case SortRole:
        return sortValue(record, column);
    default:
        return {};
    }
}

QVariant OrdersModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    const Column column = m_columns.at(section);
    switch (role) {
    case Qt::DisplayRole:
        return columnLabel(column);
    case Qt::TextAlignmentRole:
        return alignmentOf(column);
    case Qt::ToolTipRole:
        switch (column) {
        case Column::ClientOrderId:
            return tr("Deterministic client order id: signal id and leg");
        case Column::Remaining:
            return tr("Shares still working: quantity - filled");
        case Column::Age:
            return tr("Time since the order was created (engine clock)");
        case Column::AvgFillPrice:
            return tr("Average price of the filled shares");
        case Column::TimeInForce:
            return tr("Time in force");
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant OrdersModel::displayText(const OrderRecord& record, Column column) const {
    const Order& order = record.order;
    switch (column) {
    case Column::ClientOrderId:
        return order.clientOrderId;
    case Column::Ticker:
        return order.ticker;
    case Column::Leg:
        return legLabel(order.leg);
    case Column::Side:
        return sideLabel(order.side);
    case Column::Type:
        return typeLabel(order.type);
    case Column::Quantity:
        return display::shares(order.quantity);
    case Column::Filled:
        return display::shares(record.filled);
    case Column::Remaining:
        return display::shares(record.remaining());
    case Column::AvgFillPrice:
        return record.filled > 0 ? display::price(record.averageFillPrice()) : kNone;
    case Column::LimitPrice:
        return order.limitPrice ? display::price(*order.limitPrice) : kNone;
    case Column::StopPrice:
        return order.stopPrice ? display::price(*order.stopPrice) : kNone;
    case Column::TimeInForce:
        return tifLabel(order.timeInForce);
    case Column::State:
        return stateLabel(record.state);
    case Column::Broker:
        return brokerLabel(order.broker);
    case Column::Age:
        return display::duration(m_nowMs - record.createdMs);
    case Column::Created:
        return record.createdMs > 0 ? display::nyTime(record.createdMs) : QString();
    case Column::Updated:
        return record.updatedMs > 0 ? display::nyTime(record.updatedMs) : QString();
    case Column::Message:
        return record.lastMessage;
    }
    return {};
}

QVariant OrdersModel::sortValue(const OrderRecord& record, Column column) const {
    const Order& order = record.order;
    switch (column) {
    case Column::ClientOrderId:
        return order.clientOrderId;
    case Column::Ticker:
        return order.ticker;
    case Column::Leg:
        return static_cast<qint64>(order.leg);
    case Column::Side:
        return static_cast<qint64>(order.side);
    case Column::Type:
        return static_cast<qint64>(order.type);
    case Column::Quantity:
        return static_cast<qint64>(order.quantity);
    case Column::Filled:
        return static_cast<qint64>(record.filled);
    case Column::Remaining:
        return static_cast<qint64>(record.remaining());
    case Column::AvgFillPrice:
        return record.filled > 0 ? record.averageFillPrice().units() : qint64(-1);
    case Column::LimitPrice:
        return priceSortValue(order.limitPrice);
    case Column::StopPrice:
        return priceSortValue(order.stopPrice);
    case Column::TimeInForce:
        return static_cast<qint64>(order.timeInForce);
    case Column::State:
        return static_cast<qint64>(record.state);
    case Column::Broker:
        return order.broker;
    case Column::Age:
        return m_nowMs - record.createdMs;
    case Column::Created:
        return record.createdMs;
    case Column::Updated:
        return record.updatedMs;
    case Column::Message:
        return record.lastMessage;
    }
    return {};
}

QString OrdersModel::toolTip(const OrderRecord& record, Column column) const {
    const Order& order = record.order;
    switch (column) {
    case Column::ClientOrderId: {
        QString tip = tr("Client order id: %1").arg(order.clientOrderId);
        if (!record.brokerOrderId.isEmpty())
            tip += QLatin1Char('\n') + tr("Broker order id: %1").arg(record.brokerOrderId);
        if (!order.parentClientOrderId.isEmpty())
            tip += QLatin1Char('\n') + tr("Parent: %1").arg(order.parentClientOrderId);
        if (!order.ocoGroup.isEmpty())
            tip += QLatin1Char('\n') + tr("OCO group: %1").arg(order.ocoGroup);
        return tip;
    }
    case Column::State: {
        // The history has no "updated" column (the message needs the room): the state says when.
        QString tip = record.updatedMs > 0
                          ? tr("%1 since %2 ET")
                                .arg(stateLabel(record.state), display::nyTime(record.updatedMs))
                          : stateLabel(record.state);
        if (!record.lastMessage.isEmpty())
            tip += QLatin1Char('\n') + record.lastMessage;
        return tip;
    }
    case Column::Message:
        return record.lastMessage;
    case Column::Age:
    case Column::Created:
        return record.createdMs > 0 ? tr("Created %1 ET").arg(display::nyDateTime(record.createdMs))
                                    : QString();
    case Column::Updated:
        return record.updatedMs > 0 ? tr("Updated %1 ET").arg(display::nyDateTime(record.updatedMs))
                                    : QString();
    case Column::Filled:
    case Column::AvgFillPrice:
        return record.filled > 0 ? tr("%1 shares at an average %2, %3")
                                       .arg(display::shares(record.filled),
                                            display::price(record.averageFillPrice()),
                                            display::money(record.filledCost))
                                 : QString();
    default:
        return {};
    }
}

QString OrdersModel::legLabel(OrderLeg leg) {
    switch (leg) {
    case OrderLeg::Entry:
        return tr("Entry");
    case OrderLeg::Scale:
        return tr("Scale-in");
    case OrderLeg::Stop:
        return tr("Stop");
    case OrderLeg::Target:
        return tr("Target");
    case OrderLeg::Exit:
        return tr("Exit");
    }
    return {};
}

QString OrdersModel::sideLabel(OrderSide side) {
    return side == OrderSide::Buy ? tr("Buy") : tr("Sell");
}

QString OrdersModel::typeLabel(OrderType type) {
    switch (type) {
    case OrderType::Market:
        return tr("Market");
    case OrderType::Limit:
        return tr("Limit");
    case OrderType::Stop:
        return tr("Stop");
    case OrderType::StopLimit:
        return tr("Stop limit");
    }
    return {};
}

QString OrdersModel::tifLabel(TimeInForce tif) {
    switch (tif) {
    case TimeInForce::Day:
        return tr("DAY");
    case TimeInForce::Gtc:
        return tr("GTC");
    case TimeInForce::Ioc:
        return tr("IOC");
    }
    return {};
}

QString OrdersModel::stateLabel(OrderState state) {
    switch (state) {
    case OrderState::New:
        return tr("New");
    case OrderState::Submitting:
        return tr("Submitting");
    case OrderState::Accepted:
        return tr("Working");
    case OrderState::PartiallyFilled:
        return tr("Partially filled");
    case OrderState::Filled:
        return tr("Filled");
    case OrderState::CancelPending:
        return tr("Cancel pending");
    case OrderState::Cancelled:
        return tr("Cancelled");
    case OrderState::Rejected:
        return tr("Rejected");
    case OrderState::Expired:
        return tr("Expired");
    case OrderState::Unknown:
        return tr("Unknown");
    }
    return {};
}

QString OrdersModel::brokerLabel(const QString& broker) {
    if (broker == u"paper")
        return tr("Paper");
    if (broker == u"alpaca")
        return tr("Alpaca");
    if (broker == u"ibkr")
        return tr("IBKR");
    return broker;
}

QString OrdersModel::columnLabel(Column column) {
    switch (column) {
    case Column::ClientOrderId:
        return tr("Client order id");
    case Column::Ticker:
        return tr("Ticker");
    case Column::Leg:
        return tr("Leg");
    case Column::Side:
        return tr("Side");
    case Column::Type:
        return tr("Type");
    case Column::Quantity:
        return tr("Qty");
    case Column::Filled:
        return tr("Filled");
    case Column::Remaining:
        return tr("Remaining");
    case Column::AvgFillPrice:
        return tr("Avg fill");
    case Column::LimitPrice:
        return tr("Limit");
    case Column::StopPrice:
        return tr("Stop");
    case Column::TimeInForce:
        return tr("TIF");
    case Column::State:
        return tr("State");
    case Column::Broker:
        return tr("Broker");
    case Column::Age:
        return tr("Age");
    case Column::Created:
        return tr("Created");
    case Column::Updated:
        return tr("Updated");
    case Column::Message:
        return tr("Message");
    }
    return {};
}

} // namespace axion
