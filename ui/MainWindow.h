#pragma once

#include "config/ExecutorConfig.h"
#include "core/Price.h"
#include "execution/EngineSnapshot.h"
#include "signals/SignalActivity.h"

#include <QElapsedTimer>
#include <QMainWindow>
#include <QTimer>
#include <optional>

class QAction;
class QTabWidget;
class QDockWidget;

namespace axion {

class ActivePositionsTab;
class AlertLogPanel;
class AlertNotifier;
class AppSettings;
class CredentialStore;
class KillSwitchButton;
class ModeBadge;
class OrderBookTab;
class ReplaySpeedControl;
class RiskDashboardTab;
class SignalsTab;
class StatusPanel;
class TradeJournalTab;

// The workstation: toolbar (kill switch, connect, PAPER/LIVE, replay speed, settings), the five
// tabs (positions, orders, risk, journal, signals), the alert log dock and the status bar. It knows
// nothing of the engine's objects: it shows the snapshots, events and charts it is given
// (onSnapshot/onEvents/onChart, queued from the engine thread) and asks for things through its
// ...Requested signals (queued to the engine thread).
//
// Snapshots are applied at most 30 times a second: a burst of them replaces the pending one
// instead of queueing repaints, so the GUI thread never falls behind a busy engine.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    enum class Tab { Positions, Orders, Risk, Journal, Signals };

    // `settings` may be null (tests): then the settings action is disabled.
    explicit MainWindow(AppSettings* settings = nullptr, QWidget* parent = nullptr);
    ~MainWindow() override;

    void showTab(Tab tab);
    // positions|orders|risk|journal|signals
    static std::optional<Tab> tabFromName(const QString& name);

    // The snapshot on screen (after coalescing), for tests.
    const EngineSnapshot& shownSnapshot() const { return m_shown; }
    qint64 snapshotsApplied() const { return m_applied; }

    KillSwitchButton* killSwitchButton() const { return m_killSwitch; }
    ActivePositionsTab* positionsTab() const { return m_positions; }
    OrderBookTab* ordersTab() const { return m_orders; }
    RiskDashboardTab* riskTab() const { return m_risk; }
    TradeJournalTab* journalTab() const { return m_journal; }
    SignalsTab* signalsTab() const { return m_signals; }
    AlertLogPanel* alertLog() const { return m_alertLog; }

public Q_SLOTS:
    void onSnapshot(const axion::EngineSnapshot& snapshot);
    void onEvents(const QList<axion::EngineEvent>& events);
    void onChart(const axion::ChartSnapshot& chart);
    void onEngineStarted(const QString& journalPath);
    void onEngineFailed(const QString& message);
    void onSignalActivity(const QList<axion::SignalActivity>& activity);
    void onIngressListening(const QString& address, quint16 port);
    void onIntakeFailed(const QString& message);

Q_SIGNALS:
    void killSwitchTripRequested(const QString& detail);
    void killSwitchResetRequested(const QString& operatorNote);
    void closePositionRequested(const QString& ticker);
    void cancelOrderRequested(const QString& clientOrderId);
    void moveStopRequested(const QString& ticker, axion::Price stop);
    void replaySpeedRequested(double minutesPerSecond);
    void connectRequested(bool connected);
    void chartRequested(const QString& ticker);
    void configApplied(const axion::ExecutorConfig& config);

private:
    void buildToolbar();
    void applyPending();
    void scheduleApply();
    void applyToCurrentTab();
    void openSettings();

    AppSettings* m_settings;
    CredentialStore* m_credentials = nullptr;

    KillSwitchButton* m_killSwitch = nullptr;
    QAction* m_connectAction = nullptr;
    QAction* m_settingsAction = nullptr;
    ModeBadge* m_modeBadge = nullptr;
    ReplaySpeedControl* m_speed = nullptr;
    QAction* m_speedAction = nullptr;
    QTabWidget* m_tabs = nullptr;
    ActivePositionsTab* m_positions = nullptr;
    OrderBookTab* m_orders = nullptr;
    RiskDashboardTab* m_risk = nullptr;
    TradeJournalTab* m_journal = nullptr;
    SignalsTab* m_signals = nullptr;
    AlertLogPanel* m_alertLog = nullptr;
    QDockWidget* m_alertDock = nullptr;
    AlertNotifier* m_notifier = nullptr;
    StatusPanel* m_status = nullptr;

    std::optional<EngineSnapshot> m_pending;
    QList<EngineEvent> m_pendingEvents;
    QList<SignalActivity> m_pendingActivity;
    std::optional<ChartSnapshot> m_pendingChart;
    EngineSnapshot m_shown;
    QTimer m_applyTimer;
    QElapsedTimer m_sinceApply;
    qint64 m_applied = 0;
    bool m_journalStale = false; // trades closed since the Trade Journal tab last read
    qint64 m_closedTrades = -1;  // refresh the journal tab when a trade closed
};

} // namespace axion
