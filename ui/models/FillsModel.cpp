#include "models/FillsModel.h"

#include "format/DisplayFormat.h"
#include "models/OrdersModel.h"

#include <QColor>
#include <QFont>

namespace axion {

namespace {

using C = FillsModel::Column;

const QColor kBuyText(0x1b, 0x6e, 0x34);
const QColor kSellText(0xb0, 0x24, 0x24);

bool isNumeric(C column) {
    return column == C::Quantity || column == C::Price || column == C::Value;
}

} // namespace

FillsModel::FillsModel(QObject* parent)
    : KeyedTableModel(parent) {}

QString FillsModel::keyOf(const Fill& fill) {
    // Execution ids are unique per broker only, as in OrderBook's dedup key.
    return fill.broker + QLatin1Char('\x1f') + fill.executionId;
}

void FillsModel::setFills(const QList<Fill>& fills) {
    syncRows(fills);
}

int FillsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : kColumnCount;
}

QVariant FillsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Fill& fill = rows().at(index.row());
    const auto column = static_cast<Column>(index.column());

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case C::Time:
            return display::nyTime(fill.brokerTimeMs);
        case C::Ticker:
            return fill.ticker;
        case C::Side:
            return OrdersModel::sideLabel(fill.side);
        case C::Quantity:
            return display::shares(fill.quantity);
        case C::Price:
            return display::price(fill.price);
        case C::Value:
            return display::money(fill.price * fill.quantity);
        case C::ClientOrderId:
            return fill.clientOrderId;
        case C::ExecutionId:
            return fill.executionId;
        case C::Broker:
            return OrdersModel::brokerLabel(fill.broker);
        }
        return {};
    case Qt::TextAlignmentRole:
        // An int, not a QFlags: Qt 6.4's delegates read the role with toInt().
        return static_cast<int>(isNumeric(column) ? Qt::AlignRight | Qt::AlignVCenter
                                                  : Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (column == C::Side)
            return fill.side == OrderSide::Buy ? kBuyText : kSellText;
        return {};
    case Qt::FontRole:
        if (column == C::Ticker) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == C::Time) {
            return tr("Broker time %1 ET, received %2 ET")
                .arg(display::nyDateTime(fill.brokerTimeMs), display::nyTime(fill.receivedTimeMs));
        }
        if (column == C::ClientOrderId || column == C::ExecutionId) {
            return tr("Execution %1 of order %2 (broker order %3)")
                .arg(fill.executionId, fill.clientOrderId, fill.brokerOrderId);
        }
        return {};
    case ClientOrderIdRole:
        return fill.clientOrderId;
    case ExecutionIdRole:
        return fill.executionId;
    case SortRole:
        switch (column) {
        case C::Time:
            return fill.brokerTimeMs;
        case C::Ticker:
            return fill.ticker;
        case C::Side:
            return static_cast<qint64>(fill.side);
        case C::Quantity:
            return static_cast<qint64>(fill.quantity);
        case C::Price:
            return fill.price.units();
        case C::Value:
            return (fill.price * fill.quantity).units();
        case C::ClientOrderId:
            return fill.clientOrderId;
        case C::ExecutionId:
            return fill.executionId;
        case C::Broker:
            return fill.broker;
        }
        return {};
    default:
        return {};
    }
}

QVariant FillsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= kColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    const auto column = static_cast<Column>(section);
    if (role == Qt::TextAlignmentRole) {
        return static_cast<int>(isNumeric(column) ? Qt::AlignRight | Qt::AlignVCenter
                                                  : Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole && column == C::Time)
        return tr("Broker execution time, New York");
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case C::Time:
        return tr("Time (ET)");
    case C::Ticker:
        return tr("Ticker");
    case C::Side:
        return tr("Side");
    case C::Quantity:
        return tr("Qty");
    case C::Price:
        return tr("Price");
    case C::Value:
        return tr("Value");
    case C::ClientOrderId:
        return tr("Client order id");
    case C::ExecutionId:
        return tr("Execution id");
    case C::Broker:
        return tr("Broker");
    }
    return {};
}

} // namespace axion
