#pragma once

#include "journal/JournalQueries.h"

#include <QAbstractTableModel>
#include <QList>

namespace axion {

// The Trade Journal's daily summary: one row per New York trading date with closed trades
// (newest first), from JournalQueries::dailySummary(): trades, wins, losses, win rate, realized
// P&L, and the account's end-of-day equity where the engine wrote a daily_pnl row. A day on which
// the kill switch tripped is tinted red. Days are few (one per trading day), so the model holds
// them all.
class DailySummaryModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum class Column { Date, Trades, Wins, Losses, WinRate, RealizedPnl, EndingEquity, Count };

    enum Role {
        // Per column: the date as QDate, counts as int, win rate as double (0..1), money as
        // qint64 units (null when absent).
        RawValueRole = Qt::UserRole + 1,
    };

    explicit DailySummaryModel(QObject* parent = nullptr);

    // Replaces the rows (newest first, as dailySummary() returns them).
    void setDays(const QList<JournalDay>& days);
    const QList<JournalDay>& days() const { return m_days; }
    const JournalDay& day(int row) const { return m_days.at(row); }

    // Wins over all trades of the day (break-evens count as trades, not as wins); 0 without
    // trades.
    static double winRate(const DailySummary& day);
    static QString columnLabel(Column column);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<JournalDay> m_days;
};

} // namespace axion
