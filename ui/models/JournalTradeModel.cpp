#include "models/JournalTradeModel.h"

#include "format/DisplayFormat.h"

#include <QColor>
#include <QFont>
#include <QJsonValue>
#include <QScopedValueRollback>
#include <algorithm>

namespace axion {

namespace {

using C = JournalTradeModel::Column;

QString metadataText(const TradeRecord& t, const char* key) {
    return t.metadata.value(QLatin1StringView(key)).toString();
}

// Cancelled and still-open rows have no result: shown muted so the closed trades stand out.
const QColor kMuted(0x80, 0x87, 0x90);

} // namespace

JournalTradeModel::JournalTradeModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void JournalTradeModel::setQueries(JournalQueries* queries) {
    m_queries = queries;
    loadFirst(m_pageSize);
}

void JournalTradeModel::setFilter(const JournalFilter& filter) {
    m_filter = filter;
    loadFirst(m_pageSize);
}

void JournalTradeModel::setPageSize(int rows) {
    m_pageSize = std::max(1, rows);
}

void JournalTradeModel::reload() {
    loadFirst(std::max(m_pageSize, static_cast<int>(m_rows.size())));
}

QList<TradeRecord> JournalTradeModel::read(int rows, const std::optional<JournalCursor>& after) {
    m_error.clear();
    if (!m_queries || !m_queries->isOpen())
        return {};
    QList<TradeRecord> page = m_queries->fetchPage(m_filter, rows + 1, after);
    if (page.isEmpty() && !m_queries->errorString().isEmpty()) {
        m_error = m_queries->errorString();
        Q_EMIT readFailed(m_error);
    }
    m_atEnd = page.size() <= rows;
    if (!m_atEnd)
        page.removeLast();
    return page;
}

void JournalTradeModel::loadFirst(int rows) {
    const QScopedValueRollback busy(m_changing, true);
    beginResetModel();
    m_atEnd = true;
    m_rows = read(rows, std::nullopt);
    endResetModel();
}

bool JournalTradeModel::canFetchMore(const QModelIndex& parent) const {
    // Not while our own reset or insert is being announced: a listener that fetches from its
    // slot would nest a second insert inside the first.
    return !parent.isValid() && !m_changing && !m_atEnd && !m_rows.isEmpty() && m_queries &&
           m_queries->isOpen();
}

void JournalTradeModel::fetchMore(const QModelIndex& parent) {
    if (!canFetchMore(parent))
        return;
    const QScopedValueRollback busy(m_changing, true);
    const QList<TradeRecord> page = read(m_pageSize, JournalQueries::cursorOf(m_rows.constLast()));
    if (page.isEmpty()) {
        m_atEnd = true;
        return;
    }
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(page.size()) - 1);
    m_rows += page;
    endInsertRows();
}

int JournalTradeModel::rowOfTrade(qint64 id) const {
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return static_cast<int>(i);
    }
    return -1;
}

int JournalTradeModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int JournalTradeModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(Column::Count);
}

bool JournalTradeModel::isNumeric(Column column) {
    switch (column) {
    case C::Id:
    case C::Shares:
    case C::EntryPrice:
    case C::ExitPrice:
    case C::Pnl:
    case C::PnlPct:
    case C::Held:
    case C::Conviction:
        return true;
    default:
        return false;
    }
}

QString JournalTradeModel::columnLabel(Column column) {
    switch (column) {
    case C::Id:
        return tr("#");
    case C::Closed:
        return tr("Closed");
    case C::Ticker:
        return tr("Ticker");
    case C::Side:
        return tr("Side");
    case C::Type:
        return tr("Type");
    case C::Shares:
        return tr("Shares");
    case C::EntryPrice:
        return tr("Entry");
    case C::ExitPrice:
        return tr("Exit");
    case C::Pnl:
        return tr("P&L");
    case C::PnlPct:
        return tr("P&L %");
    case C::ExitReason:
        return tr("Exit reason");
    case C::Opened:
        return tr("Opened");
    case C::Held:
        return tr("Held");
    case C::SignalType:
        return tr("Signal");
    case C::Timeframe:
        return tr("TF");
    case C::Conviction:
        return tr("Conv.");
    case C::SignalId:
        return tr("Signal id");
    case C::Count:
        break;
    }
    return {};
}

QString JournalTradeModel::exitReasonLabel(const QString& reason) {
    if (reason == u"stop_loss")
        return tr("Stop loss");
    if (reason == u"momentum_exhaustion")
        return tr("Momentum exhaustion");
    if (reason == u"cloud_flip")
        return tr("Cloud flip");
    if (reason == u"profit_target")
        return tr("Profit target");
    if (reason == u"time_stop")
        return tr("Time stop");
    if (reason == u"eod_close")
        return tr("End of day");
    if (reason == u"trailing_stop")
        return tr("Trailing stop");
    if (reason == u"kill_switch")
        return tr("Kill switch");
    if (reason == u"manual")
        return tr("Manual");
    if (reason == u"late_fill")
        return tr("Late fill");
    return reason;
}

QVariant JournalTradeModel::display(const TradeRecord& t, Column c) const {
    switch (c) {
    case C::Id:
        return QString::number(t.id);
    case C::Closed:
        return t.exitTimeMs ? display::nyDateTime(*t.exitTimeMs) : QString();
    case C::Ticker:
        return t.ticker;
    case C::Side:
        return t.direction == Direction::Long ? tr("Long") : tr("Short");
    case C::Type:
        return display::tradeTypeLabel(t.tradeType);
    case C::Shares:
        return display::shares(t.shares);
    case C::EntryPrice:
        return display::price(t.entryPrice);
    case C::ExitPrice:
        return t.exitPrice ? display::price(*t.exitPrice) : QString();
    case C::Pnl:
        return t.pnl ? display::signedMoney(*t.pnl) : QString();
    case C::PnlPct:
        return t.pnlPct ? display::percent(*t.pnlPct / 100.0, 2, true) : QString();
    case C::ExitReason:
        switch (t.status) {
        case TradeStatus::Open:
            return tr("Open");
        case TradeStatus::Cancelled:
            return t.exitReason.isEmpty() ? tr("Cancelled")
                                          : tr("Cancelled: %1").arg(exitReasonLabel(t.exitReason));
        case TradeStatus::Closed:
            return exitReasonLabel(t.exitReason);
        }
        return {};
    case C::Opened:
        return display::nyDateTime(t.entryTimeMs);
    case C::Held:
        return t.status == TradeStatus::Closed && t.exitTimeMs
                   ? display::duration(*t.exitTimeMs - t.entryTimeMs)
                   : QString();
    case C::SignalType:
        return metadataText(t, "signal_type");
    case C::Timeframe:
        return metadataText(t, "timeframe");
    case C::Conviction:
        return QString::number(t.conviction);
    case C::SignalId:
        return t.signalId;
    case C::Count:
        break;
    }
    return {};
}

QVariant JournalTradeModel::raw(const TradeRecord& t, Column c) const {
    switch (c) {
    case C::Id:
        return t.id;
    case C::Closed:
        return t.exitTimeMs ? QVariant(*t.exitTimeMs) : QVariant();
    case C::Ticker:
        return t.ticker;
    case C::Side:
        return toString(t.direction);
    case C::Type:
        return toString(t.tradeType);
    case C::Shares:
        return qint64(t.shares);
    case C::EntryPrice:
        return t.entryPrice.units();
    case C::ExitPrice:
        return t.exitPrice ? QVariant(t.exitPrice->units()) : QVariant();
    case C::Pnl:
        return t.pnl ? QVariant(t.pnl->units()) : QVariant();
    case C::PnlPct:
        return t.pnlPct ? QVariant(*t.pnlPct) : QVariant();
    case C::ExitReason:
        return t.exitReason;
    case C::Opened:
        return t.entryTimeMs;
    case C::Held:
        return t.exitTimeMs ? QVariant(*t.exitTimeMs - t.entryTimeMs) : QVariant();
    case C::SignalType:
        return metadataText(t, "signal_type");
    case C::Timeframe:
        return metadataText(t, "timeframe");
    case C::Conviction:
        return qint64(t.conviction);
    case C::SignalId:
        return t.signalId;
    case C::Count:
        break;
    }
    return {};
}

QVariant JournalTradeModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TradeRecord& t = m_rows.at(index.row());
    const auto c = static_cast<Column>(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return display(t, c);
    case RawValueRole:
        return raw(t, c);
    case TradeIdRole:
        return t.id;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignVCenter |
                                   (isNumeric(c) ? Qt::AlignRight : Qt::AlignLeft));
    case Qt::ForegroundRole:
        if ((c == C::Pnl || c == C::PnlPct) && t.pnl)
            return display::pnlColor(*t.pnl);
        if (t.status != TradeStatus::Closed)
            return kMuted;
        return {};
    case Qt::FontRole:
        if (c == C::Ticker || c == C::Pnl) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        if (t.status == TradeStatus::Open && c == C::ExitReason) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    case Qt::ToolTipRole:
        switch (c) {
        case C::Pnl:
            return t.pnl ? tr("%1 realized on %2 shares")
                               .arg(t.pnl->toString(4), display::shares(t.shares))
                         : QVariant();
        case C::ExitReason:
            return t.exitReason.isEmpty() ? QVariant() : QVariant(t.exitReason);
        case C::SignalType:
        case C::Timeframe:
        case C::Conviction:
        case C::SignalId:
            return tr("Signal %1\n%2 on %3, conviction %4\nBroker %5, entry order %6")
                .arg(t.signalId, metadataText(t, "signal_type"), metadataText(t, "timeframe"))
                .arg(t.conviction)
                .arg(t.broker, t.orderId);
        case C::Opened:
        case C::Closed:
            return t.exitTimeMs
                       ? tr("Opened %1, closed %2 (New York)")
                             .arg(display::nyDateTime(t.entryTimeMs),
                                  display::nyDateTime(*t.exitTimeMs))
                       : tr("Opened %1 (New York)").arg(display::nyDateTime(t.entryTimeMs));
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant JournalTradeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    const auto c = static_cast<Column>(section);
    switch (role) {
    case Qt::DisplayRole:
        return columnLabel(c);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignVCenter |
                                   (isNumeric(c) ? Qt::AlignRight : Qt::AlignLeft));
    case Qt::ToolTipRole:
        switch (c) {
        case C::Id:
            return tr("Trade number in the journal");
        case C::Closed:
            return tr("Exit time, New York (cancel time of an entry that never filled)");
        case C::Opened:
            return tr("Entry time, New York");
        case C::Held:
            return tr("Time from entry to exit");
        case C::Timeframe:
            return tr("Timeframe of the signal");
        case C::Conviction:
            return tr("Conviction of the signal (0-100)");
        case C::PnlPct:
            return tr("Realized P&L as a percentage of the entry cost");
        default:
            return columnLabel(c);
        }
    default:
        return {};
    }
}

} // namespace axion
