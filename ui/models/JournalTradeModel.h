#pragma once

#include "journal/JournalQueries.h"
#include "journal/JournalRecords.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

namespace axion {

// The journal's trade history as a lazy table, newest first (see JournalQueries for the order).
//
// The model never holds the whole journal: it reads one page when the filter is set and the next
// page when the view scrolls to the bottom (canFetchMore/fetchMore), each a keyset read that
// starts after the last loaded row. A journal of a million trades therefore opens as fast as one
// of a hundred. rowCount() is the number of rows loaded so far, not the number that match (the
// Trade Journal tab shows that count, computed off the GUI thread).
//
// It reads through a JournalQueries it does not own, on the GUI thread's own read-only connection.
class JournalTradeModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum class Column {
        Id,
        Closed, // exit time (New York); cancel time of a cancelled trade
        Ticker,
        Side,
        Type,
        Shares,
        EntryPrice,
        ExitPrice,
        Pnl,
        PnlPct,
        ExitReason,
        SignalType, // metadata.signal_type
        Timeframe,  // metadata.timeframe
        Conviction,
        Opened, // entry time (New York)
        Held,
        SignalId,
        Count
    };

    enum Role {
        TradeIdRole = Qt::UserRole + 1, // qint64
        // Per column: money and prices as qint64 units, times as qint64 UTC ms, shares and
        // conviction as qint64, P&L % as double, text as QString; null when absent.
        RawValueRole,
    };

    static constexpr int kDefaultPageSize = 200;

    explicit JournalTradeModel(QObject* parent = nullptr);

    // The queries to read through (not owned; null empties the model). Loads the first page.
    void setQueries(JournalQueries* queries);
    JournalQueries* queries() const { return m_queries; }

    // Replaces the rows with the first page of `filter`.
    void setFilter(const JournalFilter& filter);
    const JournalFilter& filter() const { return m_filter; }

    void setPageSize(int rows);
    int pageSize() const { return m_pageSize; }

    // Reads again the rows loaded so far (at least one page) from the newest: called when the
    // journal changed (a trade closed). Resets the model; the view restores its own position.
    void reload();

    // True when every matching row is loaded.
    bool atEnd() const { return m_atEnd; }
    const TradeRecord& trade(int row) const { return m_rows.at(row); }
    const QList<TradeRecord>& trades() const { return m_rows; }
    // -1 when the trade is not loaded.
    int rowOfTrade(qint64 id) const;
    // The last read error (empty after a successful read).
    QString errorString() const { return m_error; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    static QString columnLabel(Column column);
    // How the workstation names an exit reason ("stop_loss" -> "Stop loss"); unknown names are
    // shown as stored.
    static QString exitReasonLabel(const QString& reason);
    static bool isNumeric(Column column);

Q_SIGNALS:
    // A page could not be read (the journal went away, a lock timed out).
    void readFailed(const QString& error);

private:
    // Reads up to `rows` rows after `after` (one more to know whether the end is reached).
    QList<TradeRecord> read(int rows, const std::optional<JournalCursor>& after);
    void loadFirst(int rows);
    QVariant display(const TradeRecord& t, Column c) const;
    QVariant raw(const TradeRecord& t, Column c) const;

    JournalQueries* m_queries = nullptr;
    JournalFilter m_filter;
    QList<TradeRecord> m_rows;
    int m_pageSize = kDefaultPageSize;
    bool m_atEnd = true;
    bool m_changing = false; // a reset or insert of ours is under way (see canFetchMore())
    QString m_error;
};

} // namespace axion
