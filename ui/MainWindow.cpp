#include "MainWindow.h"

#include "dialogs/SettingsDialog.h"
#include "settings/AppSettings.h"
#include "settings/CredentialStore.h"
#include "tabs/ActivePositionsTab.h"
#include "tabs/OrderBookTab.h"
#include "tabs/RiskDashboardTab.h"
#include "tabs/SignalsTab.h"
#include "tabs/TradeJournalTab.h"
#include "widgets/AlertLogPanel.h"
#include "widgets/AlertNotifier.h"
#include "widgets/KillSwitchButton.h"
#include "widgets/ModeBadge.h"
#include "widgets/ReplaySpeedControl.h"
#include "widgets/StatusPanel.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QMessageBox>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QToolBar>

namespace axion {

namespace {
constexpr int kMinRepaintMs = 33; // at most ~30 applied snapshots per second
}

MainWindow::MainWindow(AppSettings* settings, QWidget* parent)
    : QMainWindow(parent)
    , m_settings(settings) {
    setWindowTitle(tr("Axion Trade Executor"));
    setObjectName(QStringLiteral("MainWindow"));
    resize(1440, 900);

    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_positions = new ActivePositionsTab(m_tabs);
    m_orders = new OrderBookTab(m_tabs);
    m_risk = new RiskDashboardTab(m_tabs);
    m_journal = new TradeJournalTab(m_tabs);
    m_signals = new SignalsTab(m_tabs);
    m_tabs->addTab(m_positions, tr("Active Positions"));
    m_tabs->addTab(m_orders, tr("Order Book"));
    m_tabs->addTab(m_risk, tr("Risk Dashboard"));
    m_tabs->addTab(m_journal, tr("Trade Journal"));
    m_tabs->addTab(m_signals, tr("Signals"));
    setCentralWidget(m_tabs);

    m_alertLog = new AlertLogPanel(this);
    m_alertDock = new QDockWidget(tr("Alerts"), this);
    m_alertDock->setObjectName(QStringLiteral("AlertsDock"));
    m_alertDock->setWidget(m_alertLog);
    m_alertDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                             QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::BottomDockWidgetArea, m_alertDock);

    QSystemTrayIcon* tray = nullptr;
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        tray = new QSystemTrayIcon(windowIcon(), this);
        tray->setToolTip(windowTitle());
        tray->show();
    }
    m_notifier = new AlertNotifier(tray, this);

    m_status = new StatusPanel(this);
    statusBar()->addPermanentWidget(m_status, 1);

    buildToolbar();

    connect(m_positions, &ActivePositionsTab::closePositionRequested, this,
            &MainWindow::closePositionRequested);
    connect(m_positions, &ActivePositionsTab::moveStopRequested, this,
            &MainWindow::moveStopRequested);
    connect(m_positions, &ActivePositionsTab::chartRequested, this, &MainWindow::chartRequested);
    connect(m_orders, &OrderBookTab::cancelOrderRequested, this, &MainWindow::cancelOrderRequested);

    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_applied > 0)
            applyToCurrentTab();
    });

    m_applyTimer.setSingleShot(true);
    connect(&m_applyTimer, &QTimer::timeout, this, &MainWindow::applyPending);
    m_sinceApply.start();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildToolbar() {
    QToolBar* bar = addToolBar(tr("Trading"));
    bar->setObjectName(QStringLiteral("TradingToolbar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_killSwitch = new KillSwitchButton(bar);
    bar->addWidget(m_killSwitch);
    connect(m_killSwitch, &KillSwitchButton::tripRequested, this,
            &MainWindow::killSwitchTripRequested);
    connect(m_killSwitch, &KillSwitchButton::resetRequested, this,
            &MainWindow::killSwitchResetRequested);
    bar->addSeparator();

    m_connectAction = bar->addAction(tr("Disconnect"));
    m_connectAction->setCheckable(true);
    m_connectAction->setChecked(true);
    m_connectAction->setToolTip(tr("Connect to or disconnect from the broker"));
    connect(m_connectAction, &QAction::toggled, this, [this](bool on) {
        m_connectAction->setText(on ? tr("Disconnect") : tr("Connect"));
        Q_EMIT connectRequested(on);
    });

    m_modeBadge = new ModeBadge(bar);
    bar->addWidget(m_modeBadge);
    bar->addSeparator();

    m_speed = new ReplaySpeedControl(bar);
    m_speedAction = bar->addWidget(m_speed);
    m_speedAction->setVisible(false); // demo mode only
    connect(m_speed, &ReplaySpeedControl::speedRequested, this, &MainWindow::replaySpeedRequested);

    QWidget* spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);

    m_settingsAction = bar->addAction(tr("Settings…"));
    m_settingsAction->setEnabled(m_settings != nullptr);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::openSettings);
    QAction* alerts = m_alertDock->toggleViewAction();
    alerts->setText(tr("Alerts"));
    bar->addAction(alerts);
}

void MainWindow::openSettings() {
    if (!m_settings)
        return;
    if (!m_credentials)
        m_credentials = new CredentialStore(this);
    SettingsDialog dialog(*m_settings, m_credentials, this);
    connect(&dialog, &SettingsDialog::configApplied, this, &MainWindow::configApplied);
    dialog.exec();
}

void MainWindow::applyToCurrentTab() {
    // Only the tab on screen takes the snapshot (or re-reads the journal): a hidden table would
    // re-sort and re-measure rows nobody sees, 30 times a second. A tab brought forward catches up
    // at once (see the currentChanged connection).
    QWidget* current = m_tabs->currentWidget();
    if (current == m_journal && m_journalStale) {
        // A trade closed since the journal was last read.
        m_journalStale = false;
        m_journal->refresh();
    }
    if (current == m_positions)
        m_positions->setSnapshot(m_shown);
    else if (current == m_orders)
        m_orders->setSnapshot(m_shown);
    else if (current == m_risk)
        m_risk->setSnapshot(m_shown);
}

void MainWindow::showTab(Tab tab) {
    m_tabs->setCurrentIndex(static_cast<int>(tab));
}

std::optional<MainWindow::Tab> MainWindow::tabFromName(const QString& name) {
    if (name == u"positions")
        return Tab::Positions;
    if (name == u"orders")
        return Tab::Orders;
    if (name == u"risk")
        return Tab::Risk;
    if (name == u"journal")
        return Tab::Journal;
    if (name == u"signals")
        return Tab::Signals;
    return std::nullopt;
}

void MainWindow::onSnapshot(const EngineSnapshot& snapshot) {
    // Coalesce: only the newest pending snapshot is ever applied.
    m_pending = snapshot;
    scheduleApply();
}

void MainWindow::onEvents(const QList<EngineEvent>& events) {
    // Kept until the next apply and handed over as one batch: a flood of single events would
    // otherwise cost a model insert (and a trim of the capped log) each.
    m_pendingEvents += events;
    scheduleApply();
}

void MainWindow::onSignalActivity(const QList<SignalActivity>& activity) {
    // Batched with the events: one model insert per apply however many signals came in.
    m_pendingActivity += activity;
    scheduleApply();
}

void MainWindow::onIngressListening(const QString& address, quint16 port) {
    m_signals->setIntakeStatus(
        tr("Signal ingress: POST http://%1:%2/v1/signals or WebSocket ws://%1:%2/v1/signals "
           "(bearer token in Settings, Signals)")
            .arg(address)
            .arg(port),
        true);
}

void MainWindow::onIntakeFailed(const QString& message) {
    m_signals->setIntakeStatus(message, false);
}

void MainWindow::onChart(const ChartSnapshot& chart) {
    m_pendingChart = chart;
    scheduleApply();
}

void MainWindow::scheduleApply() {
    if (m_applyTimer.isActive())
        return;
    const qint64 since = m_sinceApply.elapsed();
    m_applyTimer.start(since >= kMinRepaintMs ? 0 : int(kMinRepaintMs - since));
}

void MainWindow::applyPending() {
    m_sinceApply.restart();
    if (!m_pendingEvents.isEmpty()) {
        const QList<EngineEvent> events = std::exchange(m_pendingEvents, {});
        m_alertLog->addEvents(events);
        m_notifier->addEvents(events);
    }
    if (!m_pendingActivity.isEmpty())
        m_signals->addActivity(std::exchange(m_pendingActivity, {}));
    if (m_pendingChart) {
        m_positions->setChart(*m_pendingChart);
        m_pendingChart.reset();
    }
    if (!m_pending)
        return;
    m_shown = std::move(*m_pending);
    m_pending.reset();
    ++m_applied;

    m_killSwitch->setState(m_shown.killSwitchTripped, m_shown.activeTrip);
    m_speedAction->setVisible(m_shown.demo);
    // Connect/Disconnect pauses the replayed market; a live broker's connection is its own.
    m_connectAction->setVisible(m_shown.demo);
    if (m_shown.demo)
        m_speed->setSpeed(m_shown.replaySpeed);
    bool anyLive = false;
    bool allConnected = !m_shown.brokers.isEmpty();
    for (const BrokerView& b : std::as_const(m_shown.brokers)) {
        anyLive = anyLive || b.live;
        allConnected = allConnected && b.connected;
    }
    m_modeBadge->setMode(anyLive ? ModeBadge::Mode::Live : ModeBadge::Mode::Paper);
    {
        const QSignalBlocker block(m_connectAction);
        m_connectAction->setChecked(allConnected);
        m_connectAction->setText(allConnected ? tr("Disconnect") : tr("Connect"));
    }
    m_status->setSnapshot(m_shown);
    if (m_closedTrades >= 0 && m_shown.stats.trades != m_closedTrades)
        m_journalStale = true;
    m_closedTrades = m_shown.stats.trades;
    applyToCurrentTab();
}

void MainWindow::onEngineStarted(const QString& journalPath) {
    if (journalPath.isEmpty())
        return;
    QString error;
    if (!m_journal->openJournal(journalPath, &error))
        statusBar()->showMessage(tr("Trade journal not shown: %1").arg(error), 10'000);
}

void MainWindow::onEngineFailed(const QString& message) {
    QMessageBox::critical(this, tr("Engine stopped"), message);
}

} // namespace axion
