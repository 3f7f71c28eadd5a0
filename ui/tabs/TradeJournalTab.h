#pragma once

#include "journal/JournalQueries.h"

#include <QString>
#include <QThreadPool>
#include <QTimer>
#include <QWidget>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QSplitter;
class QTableView;
class QToolButton;

namespace axion {

class DailySummaryModel;
class EquityCurveChart;
class JournalTradeModel;

// The Trade Journal tab: the journal's trade history, newest first, with its signal, entry and
// exit, shares, side, type, exit reason and P&L; filters on top (dates, ticker, exit reason,
// win/loss, status); a daily summary and the equity curve of the filtered trades in a splitter
// below; CSV export of the filtered trades.
//
// Reading: the tab opens its OWN read-only connection to the journal file the engine thread
// writes (JournalQueries; WAL, so reading never blocks the writer). The history is a lazy model
// that reads one page at a time, so a journal of a million trades opens at once. The daily
// summary and the equity curve read every matching trade, so they are computed on a worker
// thread with a connection of its own and shown when ready (analyticsUpdated()); a newer request
// supersedes an older one.
class TradeJournalTab : public QWidget {
    Q_OBJECT

public:
    explicit TradeJournalTab(QWidget* parent = nullptr);
    ~TradeJournalTab() override;

    // Opens `path` read-only and shows its newest trades. On failure returns false, sets *error
    // and shows the reason in the tab.
    bool openJournal(const QString& path, QString* error = nullptr);
    QString journalPath() const { return m_path; }

    // The filters shown in the bar; setFilter() updates the bar and re-queries at once.
    JournalFilter filter() const { return m_filter; }
    void setFilter(const JournalFilter& filter);

    // The filtered trades, newest first, as CSV (see JournalQueries::exportCsv). What the
    // "Export CSV..." button does after asking for a file.
    bool exportCsv(const QString& path, QString* error = nullptr, qint64* rows = nullptr);

    // For tests, benchmarks and the main window.
    JournalTradeModel* tradeModel() const { return m_tradeModel; }
    DailySummaryModel* summaryModel() const { return m_summaryModel; }
    EquityCurveChart* equityChart() const { return m_equity; }
    QTableView* tradeView() const { return m_tradeView; }
    QTableView* summaryView() const { return m_summaryView; }
    // The line above the table: matching trades, wins, losses, net P&L (plain text).
    QString statsText() const;
    // True while a daily summary / equity curve computation is under way.
    bool analyticsPending() const { return m_pendingGeneration != 0; }

public Q_SLOTS:
    // Re-queries keeping the filters and the scroll position: called when a trade closes.
    void refresh();

Q_SIGNALS:
    // The daily summary, the equity curve and the statistics now match the current filter.
    void analyticsUpdated();

private Q_SLOTS:
    void onFilterEdited();
    void onExportRequested();
    void onResetFilters();
    void onTradeRowsChanged();

private:
    struct Analytics {
        quint64 generation = 0;
        QList<JournalDay> days;
        QList<EquityPoint> equity;
        bool perTrade = false;
        std::optional<qint64> matching; // trades matching the filter (every status asked for)
        QString error;
    };

    void buildUi();
    void configureTradeColumns();
    void applyFilter(const JournalFilter& filter);
    JournalFilter filterFromBar() const;
    void showFilterInBar(const JournalFilter& filter);
    void reloadChoices();
    void requestAnalytics();
    void applyAnalytics(const Analytics& result);
    void updateStats();
    void showMessage(const QString& text, bool isError);
    static Analytics computeAnalytics(const QString& path, const JournalFilter& filter,
                                      quint64 generation);

    JournalQueries m_queries; // the GUI thread's read-only connection
    QString m_path;
    JournalFilter m_filter;

    JournalTradeModel* m_tradeModel = nullptr;
    DailySummaryModel* m_summaryModel = nullptr;
    QTableView* m_tradeView = nullptr;
    QTableView* m_summaryView = nullptr;
    EquityCurveChart* m_equity = nullptr;
    QLabel* m_equityTitle = nullptr;
    QSplitter* m_mainSplitter = nullptr;
    QSplitter* m_bottomSplitter = nullptr;

    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_ticker = nullptr;
    QComboBox* m_exitReason = nullptr;
    QComboBox* m_outcome = nullptr;
    QComboBox* m_status = nullptr;
    QToolButton* m_reset = nullptr;
    QPushButton* m_export = nullptr;
    QLabel* m_stats = nullptr;
    QLabel* m_message = nullptr;

    QTimer m_filterDebounce;
    QThreadPool m_pool; // one worker: analytics requests run one at a time, newest wins
    quint64 m_generation = 0;
    quint64 m_pendingGeneration = 0;
    std::optional<Analytics> m_analytics; // the last applied result
};

} // namespace axion
