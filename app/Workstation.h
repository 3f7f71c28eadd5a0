#pragma once

#include "CommandLine.h"
#include "EngineThread.h"
#include "config/ExecutorConfig.h"

#include <QObject>
#include <QString>
#include <memory>
#include <optional>

namespace axion {

class AppSettings;
class MainWindow;

// The workstation as `axion-executor` (no --headless) runs it: the engine on its thread, the main
// window on the GUI thread, and the queued connections between them. Two modes:
//  - demo (the default): the paper broker on a replayed demo market that ships with the product
//    (generated, DemoMarket), journaled into a fresh demo journal;
//  - Alpaca (`alpaca` set: the settings say live mode with Alpaca as the primary broker): the
//    live pipeline on Alpaca's account and market data, on the wall clock, journaled into the
//    persistent journal (never deleted: a restart resumes from it).
class Workstation : public QObject {
    Q_OBJECT

public:
    struct Options {
        ExecutorConfig config;
        Money startingEquity = Money::fromWhole(100'000);
        double minutesPerSecond = 20.0;
        QString journalPath; // the demo journal; recreated on every start
        int demoDays = 120;  // trading days of demo market after the warm-up
        // The signal ingress (HTTP/WebSocket on loopback); not started when unset.
        std::optional<IngressOptions> ingress;
        // Alpaca instead of the demo: its account (keys included) and its market data.
        std::optional<AlpacaSettings> alpaca;
        AlpacaDataSettings alpacaData;
    };

    explicit Workstation(Options options, AppSettings* settings = nullptr,
                         QObject* parent = nullptr);
    ~Workstation() override;

    // Builds the demo market (or connects to Alpaca), starts the engine thread and shows the
    // window.
    // The engine's config for settings `config` in demo mode: paper trading, the demo sectors.
    static ExecutorConfig demoConfig(ExecutorConfig config);
    bool start(QString* error);

    MainWindow* window() const { return m_window.get(); }
    EngineWorker* worker() const { return m_engine ? m_engine->worker() : nullptr; }

    // Saves a PNG of the window `afterSeconds` from now (showing `tab` if given), then emits
    // screenshotSaved.
    void scheduleScreenshot(const QString& path, double afterSeconds, const QString& tab);

    // The demo market's first shown day and the days before it that warm the clouds up.
    static QDate demoFirstDay();

Q_SIGNALS:
    void screenshotSaved(const QString& path, bool ok, const QString& error);

private:
    // The engine's config for settings `config` in this workstation's mode.
    ExecutorConfig engineConfig(const ExecutorConfig& config) const;

    Options m_options;
    AppSettings* m_settings;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<EngineThread> m_engine;
};

} // namespace axion
