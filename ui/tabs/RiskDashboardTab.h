#pragma once

#include "execution/EngineSnapshot.h"

#include <QWidget>

class QFrame;
class QLabel;
class QTableView;

namespace axion {

class ExposureModel;
class KillSwitchHistoryModel;
class KillSwitchTriggerModel;
class LimitBar;
class PnlCurveChart;

// The Risk Dashboard tab: kill switch state, day P&L, daily loss and open positions against
// their limits, the P&L / drawdown curve, exposure by ticker and sector, the five kill switch
// triggers and the trip history. Read only: it shows the newest snapshot and updates its models
// in place, so 30 snapshots a second cost a few repaints, not a rebuild.
class RiskDashboardTab : public QWidget {
    Q_OBJECT

public:
    explicit RiskDashboardTab(QWidget* parent = nullptr);

    void setSnapshot(const axion::EngineSnapshot& snapshot);

private:
    void updateKillSwitch(const EngineSnapshot& snapshot);
    void updateCards(const EngineSnapshot& snapshot);

    QFrame* m_killPanel = nullptr;
    QLabel* m_killState = nullptr;
    QLabel* m_killReason = nullptr;
    QLabel* m_killTime = nullptr;
    QLabel* m_killDetail = nullptr;
    int m_killStyle = -1; // which stylesheet is applied, so it is set only on a change

    QLabel* m_dayPnl = nullptr;
    QLabel* m_dayPnlDetail = nullptr;
    QLabel* m_dailyLoss = nullptr;
    LimitBar* m_dailyLossBar = nullptr;
    QLabel* m_positions = nullptr;
    QLabel* m_positionsDetail = nullptr;
    LimitBar* m_positionsBar = nullptr;

    PnlCurveChart* m_chart = nullptr;

    QLabel* m_tickerTitle = nullptr;
    QLabel* m_sectorTitle = nullptr;
    ExposureModel* m_tickerModel = nullptr;
    ExposureModel* m_sectorModel = nullptr;
    KillSwitchTriggerModel* m_triggerModel = nullptr;
    KillSwitchHistoryModel* m_historyModel = nullptr;
    QTableView* m_tickerView = nullptr;
    QTableView* m_sectorView = nullptr;
    QTableView* m_triggerView = nullptr;
    QTableView* m_historyView = nullptr;
};

} // namespace axion
