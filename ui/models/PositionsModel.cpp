#include "models/PositionsModel.h"

#include "format/DisplayFormat.h"

#include <QHash>
#include <QSet>

namespace axion {

namespace {

bool isNumericColumn(int column) {
    switch (column) {
    case PositionsModel::SharesColumn:
    case PositionsModel::EntryColumn:
    case PositionsModel::CurrentColumn:
    case PositionsModel::StopColumn:
    case PositionsModel::TargetColumn:
    case PositionsModel::PnlColumn:
    case PositionsModel::PnlPercentColumn:
    case PositionsModel::RMultipleColumn:
    case PositionsModel::TimeInTradeColumn:
        return true;
    default:
        return false;
    }
}

// Time in trade in whole seconds: the display never shows less, so finer changes need no repaint.
qint64 secondsInTrade(const Position& p, qint64 nowMs) {
    return (nowMs - p.entryTimeMs) / 1000;
}

} // namespace

PositionsModel::PositionsModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void PositionsModel::setPositions(const QList<Position>& positions, qint64 nowMs) {
    QHash<QString, qsizetype> incoming;
    incoming.reserve(positions.size());
    for (qsizetype i = 0; i < positions.size(); ++i)
        incoming.insert(positions.at(i).ticker, i);

    // 1. Remove rows whose ticker is gone, as contiguous ranges from the bottom up so that the
    //    row numbers still to be visited stay valid.
    for (qsizetype last = m_positions.size() - 1; last >= 0;) {
        if (incoming.contains(m_positions.at(last).ticker)) {
            --last;
            continue;
        }
        qsizetype first = last;
        while (first > 0 && !incoming.contains(m_positions.at(first - 1).ticker))
            --first;
        beginRemoveRows(QModelIndex(), int(first), int(last));
        m_positions.remove(first, last - first + 1);
        endRemoveRows();
        last = first - 1;
    }

    // 2. Update the remaining rows in place; only the columns whose display changed are announced.
    const qint64 nowBefore = m_nowMs;
    m_nowMs = nowMs;
    QSet<QString> present;
    present.reserve(m_positions.size());
    for (qsizetype row = 0; row < m_positions.size(); ++row) {
        const Position& next = positions.at(incoming.value(m_positions.at(row).ticker));
        present.insert(next.ticker);
        const auto [firstColumn, lastColumn] =
            changedColumns(m_positions.at(row), nowBefore, next, nowMs);
        m_positions[row] = next;
        if (firstColumn >= 0)
            Q_EMIT dataChanged(index(int(row), firstColumn), index(int(row), lastColumn));
    }

    // 3. Append the positions that are new, in the order the engine sent them.
    QList<Position> added;
    for (const Position& p : positions) {
        if (present.contains(p.ticker))
            continue;
        // A ticker sent twice would make rowOf() ambiguous: the engine's last word wins.
        present.insert(p.ticker);
        added.append(positions.at(incoming.value(p.ticker)));
    }
    if (!added.isEmpty()) {
        const int first = int(m_positions.size());
        beginInsertRows(QModelIndex(), first, first + int(added.size()) - 1);
        m_positions.append(added);
        endInsertRows();
    }
}

const Position* PositionsModel::positionAt(int row) const {
    if (row < 0 || row >= m_positions.size())
        return nullptr;
    return &m_positions.at(row);
}

std::optional<Position> PositionsModel::position(const QString& ticker) const {
    const int row = rowOf(ticker);
    if (row < 0)
        return std::nullopt;
    return m_positions.at(row);
}

int PositionsModel::rowOf(const QString& ticker) const {
    for (qsizetype row = 0; row < m_positions.size(); ++row) {
        if (m_positions.at(row).ticker == ticker)
            return int(row);
    }
    return -1;
}

double PositionsModel::pnlFraction(const Position& position) {
    const qint64 basis = position.costBasis().units();
    if (basis == 0)
        return 0.0;
    return static_cast<double>(position.unrealizedPnl().units()) / static_cast<double>(basis);
}

int PositionsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_positions.size());
}

int PositionsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PositionsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Position& p = m_positions.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(p, column);
    case SortRole:
        return sortValue(p, column);
    case TickerRole:
        return p.ticker;
    case Qt::TextAlignmentRole:
        return isNumericColumn(column) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                       : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        switch (column) {
        case PnlColumn:
        case PnlPercentColumn:
            return display::pnlColor(p.unrealizedPnl());
        case RMultipleColumn:
            return display::pnlColor(p.rMultiple(p.lastPrice));
        case SideColumn:
            return p.direction == Direction::Long ? QColor(0x1b, 0x8a, 0x3c)
                                                  : QColor(0xc6, 0x28, 0x28);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (column) {
        case StopColumn:
            return tr("Initial stop %1 (defines 1R = %2 per share)")
                .arg(display::price(p.initialStop), display::price(p.riskPerShare()));
        case TimeInTradeColumn:
            return tr("Entered %1 New York time").arg(display::nyDateTime(p.entryTimeMs));
        case PnlColumn:
            return tr("Market value %1, cost basis %2, realized %3")
                .arg(display::money(p.marketValue()), display::money(p.costBasis()),
                     display::signedMoney(p.realizedPnl));
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant PositionsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return isNumericColumn(section) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                        : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case PnlPercentColumn:
            return tr("Unrealized P&L as a fraction of the cost basis");
        case RMultipleColumn:
            return tr("Move since entry in units of the initial risk (entry to initial stop)");
        case TimeInTradeColumn:
            return tr("Time since entry (engine clock)");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TickerColumn:
        return tr("Ticker");
    case SideColumn:
        return tr("Side");
    case SharesColumn:
        return tr("Shares");
    case EntryColumn:
        return tr("Entry");
    case CurrentColumn:
        return tr("Current");
    case StopColumn:
        return tr("Stop");
    case TargetColumn:
        return tr("Target");
    case PnlColumn:
        return tr("Unreal. P&L");
    case PnlPercentColumn:
        return tr("P&L %");
    case RMultipleColumn:
        return tr("R");
    case TimeInTradeColumn:
        return tr("In trade");
    case TradeTypeColumn:
        return tr("Type");
    case BrokerColumn:
        return tr("Broker");
    case SignalIdColumn:
        return tr("Signal");
    default:
        return {};
    }
}

QVariant PositionsModel::displayValue(const Position& p, int column) const {
    switch (column) {
    case TickerColumn:
        return p.ticker;
    case SideColumn:
        return p.direction == Direction::Long ? tr("Long") : tr("Short");
    case SharesColumn:
        return display::shares(p.shares);
    case EntryColumn:
        return display::price(p.averageEntry);
    case CurrentColumn:
        return display::price(p.lastPrice);
    case StopColumn:
        return p.stopLoss.isZero() ? tr("none") : display::price(p.stopLoss);
    case TargetColumn:
        return p.target ? display::price(*p.target) : tr("none");
    case PnlColumn:
        return display::signedMoney(p.unrealizedPnl());
    case PnlPercentColumn:
        return display::percent(pnlFraction(p), 2, true);
    case RMultipleColumn:
        return display::rMultiple(p.rMultiple(p.lastPrice));
    case TimeInTradeColumn:
        return display::duration(m_nowMs - p.entryTimeMs);
    case TradeTypeColumn:
        return display::tradeTypeLabel(p.tradeType);
    case BrokerColumn:
        // Engine names are lower-case ids; traders know the brokers by their brand names.
        if (p.broker == u"paper")
            return tr("Paper");
        if (p.broker == u"alpaca")
            return QStringLiteral("Alpaca");
        if (p.broker == u"ibkr")
            return QStringLiteral("IBKR");
        return p.broker;
    case SignalIdColumn:
        return p.signalId;
    default:
        return {};
    }
}

QVariant PositionsModel::sortValue(const Position& p, int column) const {
    switch (column) {
    case SharesColumn:
        return p.shares;
    case EntryColumn:
        return p.averageEntry.units();
    case CurrentColumn:
        return p.lastPrice.units();
    case StopColumn:
        return p.stopLoss.units();
    case TargetColumn:
        return p.target ? p.target->units() : qint64(0);
    case PnlColumn:
        return p.unrealizedPnl().units();
    case PnlPercentColumn:
        return pnlFraction(p);
    case RMultipleColumn:
        return p.rMultiple(p.lastPrice);
    case TimeInTradeColumn:
        return m_nowMs - p.entryTimeMs;
    default:
        return displayValue(p, column);
    }
}

std::pair<int, int> PositionsModel::changedColumns(const Position& before, qint64 nowBefore,
                                                   const Position& after, qint64 nowAfter) const {
    int first = -1;
    int last = -1;
    const auto mark = [&](bool changed, int column) {
        if (!changed)
            return;
        if (first < 0 || column < first)
            first = column;
        if (column > last)
            last = column;
    };
    mark(before.direction != after.direction, SideColumn);
    mark(before.shares != after.shares, SharesColumn);
    mark(before.averageEntry != after.averageEntry, EntryColumn);
    mark(before.lastPrice != after.lastPrice, CurrentColumn);
    mark(before.stopLoss != after.stopLoss || before.initialStop != after.initialStop, StopColumn);
    mark(before.target != after.target, TargetColumn);
    const bool pnlChanged = before.unrealizedPnl() != after.unrealizedPnl() ||
                            before.realizedPnl != after.realizedPnl ||
                            before.costBasis() != after.costBasis();
    mark(pnlChanged, PnlColumn);
    mark(pnlChanged, PnlPercentColumn);
    mark(before.rMultiple(before.lastPrice) != after.rMultiple(after.lastPrice), RMultipleColumn);
    mark(before.entryTimeMs != after.entryTimeMs ||
             secondsInTrade(before, nowBefore) != secondsInTrade(after, nowAfter),
         TimeInTradeColumn);
    mark(before.tradeType != after.tradeType, TradeTypeColumn);
    mark(before.broker != after.broker, BrokerColumn);
    mark(before.signalId != after.signalId, SignalIdColumn);
    return {first, last};
}

} // namespace axion
