#pragma once

#include "core/Price.h"
#include "execution/EngineSnapshot.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QItemSelection;
class QLabel;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;

namespace axion {

class MoveStopDialog;
class PositionChart;
class PositionsModel;

// The "Active Positions" tab: the open positions in a sortable table, actions to close a position
// or move its stop, and the chart of the selected position below the table.
//
// The tab only asks: commands leave as signals and the engine's next snapshot shows the outcome.
class ActivePositionsTab : public QWidget {
    Q_OBJECT

public:
    explicit ActivePositionsTab(QWidget* parent = nullptr);
    ~ActivePositionsTab() override;

    void setSnapshot(const axion::EngineSnapshot& snapshot);
    void setChart(const axion::ChartSnapshot& chart);
    QString selectedTicker() const;

    // Selects a position by ticker (false when there is none).
    bool selectTicker(const QString& ticker);

    // "Close position" asks for confirmation first; tests and scripted demos switch that off.
    void setConfirmationsEnabled(bool enabled) { m_confirm = enabled; }
    bool confirmationsEnabled() const { return m_confirm; }

    // The parts, for the main window's menus and for tests.
    QTableView* table() const { return m_table; }
    PositionsModel* model() const { return m_model; }
    PositionChart* chart() const { return m_chart; }
    QAction* closeAction() const { return m_closeAction; }
    QAction* moveStopAction() const { return m_moveStopAction; }

Q_SIGNALS:
    void closePositionRequested(const QString& ticker);
    void moveStopRequested(const QString& ticker, axion::Price stop);
    void chartRequested(const QString& ticker);

private:
    void onSelectionChanged();
    void onCloseTriggered();
    void onMoveStopTriggered();
    void onContextMenu(const QPoint& pos);
    // Makes the chart follow the selected row; emits chartRequested when the ticker changed.
    void syncSelection();
    void showPositionLevels();
    void updateActions();
    void updateSummary();
    void initColumnWidths();

    PositionsModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_table = nullptr;
    PositionChart* m_chart = nullptr;
    QSplitter* m_splitter = nullptr;
    QLabel* m_summary = nullptr;
    QAction* m_closeAction = nullptr;
    QAction* m_moveStopAction = nullptr;
    QPointer<MoveStopDialog> m_moveStopDialog;

    QString m_chartTicker;      // the ticker whose chart is shown or was asked for
    int m_lastSelectedRow = -1; // proxy row of the selection, to pick the next one after a close
    bool m_updating = false;
    bool m_confirm = true;
};

} // namespace axion
