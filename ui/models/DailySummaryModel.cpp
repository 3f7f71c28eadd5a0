#include "models/DailySummaryModel.h"

#include "format/DisplayFormat.h"

#include <QColor>
#include <QFont>

namespace axion {

namespace {

using C = DailySummaryModel::Column;

bool isNumeric(C c) {
    return c != C::Date;
}

} // namespace

DailySummaryModel::DailySummaryModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void DailySummaryModel::setDays(const QList<JournalDay>& days) {
    beginResetModel();
    m_days = days;
    endResetModel();
}

double DailySummaryModel::winRate(const DailySummary& day) {
    return day.totalTrades > 0 ? double(day.winningTrades) / double(day.totalTrades) : 0.0;
}

int DailySummaryModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_days.size());
}

int DailySummaryModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(Column::Count);
}

QString DailySummaryModel::columnLabel(Column column) {
    switch (column) {
    case C::Date:
        return tr("Date");
    case C::Trades:
        return tr("Trades");
    case C::Wins:
        return tr("Wins");
    case C::Losses:
        return tr("Losses");
    case C::WinRate:
        return tr("Win rate");
    case C::RealizedPnl:
        return tr("Realized P&L");
    case C::EndingEquity:
        return tr("Equity (EOD)");
    case C::Count:
        break;
    }
    return {};
}

QVariant DailySummaryModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JournalDay& d = m_days.at(index.row());
    const DailySummary& s = d.summary;
    const auto c = static_cast<Column>(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (c) {
        case C::Date:
            // ISO date as DisplayFormat writes dates, with the weekday a trader scans for.
            return s.date.toString(QStringLiteral("yyyy-MM-dd  ddd"));
        case C::Trades:
            return display::shares(s.totalTrades); // grouped integer
        case C::Wins:
            return display::shares(s.winningTrades);
        case C::Losses:
            return display::shares(s.losingTrades);
        case C::WinRate:
            return display::percent(winRate(s), 1);
        case C::RealizedPnl:
            return display::signedMoney(s.realizedPnl);
        case C::EndingEquity:
            return d.endingEquity ? display::money(*d.endingEquity) : QString();
        case C::Count:
            break;
        }
        return {};
    case RawValueRole:
        switch (c) {
        case C::Date:
            return s.date;
        case C::Trades:
            return s.totalTrades;
        case C::Wins:
            return s.winningTrades;
        case C::Losses:
            return s.losingTrades;
        case C::WinRate:
            return winRate(s);
        case C::RealizedPnl:
            return s.realizedPnl.units();
        case C::EndingEquity:
            return d.endingEquity ? QVariant(d.endingEquity->units()) : QVariant();
        case C::Count:
            break;
        }
        return {};
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignVCenter |
                                   (isNumeric(c) ? Qt::AlignRight : Qt::AlignLeft));
    case Qt::ForegroundRole:
        if (c == C::RealizedPnl)
            return display::pnlColor(s.realizedPnl);
        return {};
    case Qt::FontRole:
        if (c == C::RealizedPnl) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::BackgroundRole:
        if (d.killSwitchTriggered)
            return QColor(0xfd, 0xe2, 0xe2);
        return {};
    case Qt::ToolTipRole: {
        QString tip = tr("%1: %2 trades, %3 won, %4 lost, %5 break-even\n"
                         "Gross profit %6, gross loss %7")
                          .arg(s.date.toString(Qt::ISODate))
                          .arg(s.totalTrades)
                          .arg(s.winningTrades)
                          .arg(s.losingTrades)
                          .arg(s.totalTrades - s.winningTrades - s.losingTrades)
                          .arg(display::money(s.grossProfit), display::money(s.grossLoss));
        if (d.killSwitchTriggered)
            tip += QLatin1Char('\n') + tr("The kill switch tripped this day");
        return tip;
    }
    default:
        return {};
    }
}

QVariant DailySummaryModel::headerData(int section, Qt::Orientation orientation, int role) const {
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
        case C::WinRate:
            return tr("Winning trades over all closed trades of the day");
        case C::RealizedPnl:
            return tr("Realized P&L of the trades shown (the filters apply)");
        case C::EndingEquity:
            return tr("Account equity at the end of the day, as the engine recorded it"
                      " (the whole account: filters do not apply)");
        default:
            return {};
        }
    default:
        return {};
    }
}

} // namespace axion
