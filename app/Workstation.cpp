#include "Workstation.h"

#include "DemoSetup.h"
#include "MainWindow.h"
#include "journal/TradeJournal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimer>

namespace axion {

Workstation::Workstation(Options options, AppSettings* settings, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_settings(settings) {}

Workstation::~Workstation() {
    // The engine stops (journal flushed) before the window that shows it goes.
    m_engine.reset();
    m_window.reset();
}

QDate Workstation::demoFirstDay() {
    return demo::firstDay();
}

ExecutorConfig Workstation::demoConfig(ExecutorConfig config) {
    return demo::config(std::move(config));
}

ExecutorConfig Workstation::engineConfig(const ExecutorConfig& config) const {
    if (!m_options.alpaca)
        return demoConfig(config);
    ExecutorConfig c = config;
    c.tradingMode = m_options.alpaca->live ? QStringLiteral("live") : QStringLiteral("paper");
    return c;
}

bool Workstation::start(QString* error) {
    EngineWorkerOptions engine;
    if (m_options.alpaca) {
        // Alpaca's market on the wall clock: nothing is replayed.
        engine.demo = false;
        engine.alpaca = m_options.alpaca;
        engine.alpacaData = m_options.alpacaData;
    } else if (!demo::fillMarket(engine, m_options.demoDays, error)) {
        return false;
    }
    engine.config = engineConfig(m_options.config);
    engine.startingEquity = m_options.startingEquity;
    engine.minutesPerSecond = m_options.minutesPerSecond;
    if (!m_options.journalPath.isEmpty()) {
        QDir().mkpath(QFileInfo(m_options.journalPath).absolutePath());
        // Never the journal of a running executor (another window, a headless service).
        if (const QString holder = TradeJournal::heldBy(m_options.journalPath); !holder.isEmpty()) {
            if (error)
                *error = tr("journal %1 is in use by %2: one executor per journal")
                             .arg(m_options.journalPath, holder);
            return false;
        }
        // A demo is a fresh start: the same market gives the same journal every time. A live
        // journal is the record of real orders and what a restart resumes from: never removed.
        if (!m_options.alpaca) {
            for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                          QStringLiteral("-intents")})
                QFile::remove(m_options.journalPath + suffix);
        }
    }
    engine.journalPath = m_options.journalPath;
    if (m_options.ingress) {
        engine.ingressEnabled = true;
        engine.ingress = *m_options.ingress;
    }

    m_window = std::make_unique<MainWindow>(m_settings);
    m_engine = std::make_unique<EngineThread>(std::move(engine));
    EngineWorker* w = m_engine->worker();
    MainWindow* win = m_window.get();
    // Engine -> GUI: values, queued (the worker lives on the engine thread).
    connect(w, &EngineWorker::snapshotPublished, win, &MainWindow::onSnapshot);
    connect(w, &EngineWorker::eventsPublished, win, &MainWindow::onEvents);
    connect(w, &EngineWorker::chartPublished, win, &MainWindow::onChart);
    connect(w, &EngineWorker::started, win, &MainWindow::onEngineStarted);
    connect(w, &EngineWorker::failed, win, &MainWindow::onEngineFailed);
    connect(w, &EngineWorker::signalActivityPublished, win, &MainWindow::onSignalActivity);
    connect(w, &EngineWorker::ingressListening, win, &MainWindow::onIngressListening);
    connect(w, &EngineWorker::intakeFailed, win, &MainWindow::onIntakeFailed);
    // GUI -> engine: commands, queued.
    connect(win, &MainWindow::killSwitchTripRequested, w, &EngineWorker::tripKillSwitch);
    connect(win, &MainWindow::killSwitchResetRequested, w, &EngineWorker::resetKillSwitch);
    connect(win, &MainWindow::closePositionRequested, w, &EngineWorker::closePosition);
    connect(win, &MainWindow::cancelOrderRequested, w, &EngineWorker::cancelOrder);
    connect(win, &MainWindow::moveStopRequested, w, &EngineWorker::moveStop);
    // Settings from the dialog, made a config of the mode the engine started in.
    connect(win, &MainWindow::configApplied, w,
            [this, w](const ExecutorConfig& config) { w->applyConfig(engineConfig(config)); });
    connect(win, &MainWindow::replaySpeedRequested, w, &EngineWorker::setReplaySpeed);
    connect(win, &MainWindow::connectRequested, w, &EngineWorker::setConnected);
    connect(win, &MainWindow::chartRequested, w, &EngineWorker::requestChart);
    m_window->show();
    m_engine->start();
    return true;
}

void Workstation::scheduleScreenshot(const QString& path, double afterSeconds, const QString& tab) {
    QTimer::singleShot(int(afterSeconds * 1000.0), this, [this, path, tab] {
        if (const auto t = MainWindow::tabFromName(tab))
            m_window->showTab(*t);
        // Let the tab lay itself out and paint with the newest snapshot before grabbing.
        QTimer::singleShot(300, this, [this, path] {
            const QPixmap shot = m_window->grab();
            const bool ok = !shot.isNull() && shot.save(path, "PNG");
            Q_EMIT screenshotSaved(path, ok,
                                   ok ? QString() : tr("cannot write the PNG to %1").arg(path));
        });
    });
}

} // namespace axion
