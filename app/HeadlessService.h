#pragma once

#include "config/ExecutorConfig.h"
#include "core/Money.h"
#include "execution/EngineWorker.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <memory>

namespace axion {

class ShutdownSignals;

// `axion-executor --headless --ingress-port N`: the live pipeline without a window. The engine
// (EngineWorker, on the main thread) trades on the paper broker over a paced market, the replayed
// demo market or --replay files; signals come in through the ingress (and the ema_signals table
// when the config names one). It serves until SIGINT/SIGTERM, then stops taking signals, journals
// the working orders and open positions (an engine_stopped event), flushes the journal, prints a
// summary and exits 0.
//
// What happens is printed as it happens, one line each: where the ingress listens, every signal
// from outside with its decision, fills, exits, rejections and kill switch changes.
class HeadlessService : public QObject {
    Q_OBJECT

public:
    struct Options {
        ExecutorConfig config;
        Money startingEquity = Money::fromWhole(100'000);
        QString journalPath;
        QStringList replayFiles;              // empty: the demo market
        double minutesPerSecond = 1.0 / 60.0; // real time
        IngressOptions ingress;
        bool builtInSignals = false;
        // Set: trade through Alpaca (no replayed market; the wall clock, or clockStartMs).
        std::optional<AlpacaSettings> alpaca;
        AlpacaDataSettings alpacaData; // with alpaca: the market data feed
        qint64 clockStartMs = 0;
    };

    HeadlessService(Options options, QTextStream& out, QTextStream& err, QObject* parent = nullptr);
    ~HeadlessService() override;

    // Builds the market and starts the engine; false with a message on stderr when the market
    // cannot be built. Then QCoreApplication::exec(): exit code 0 after a clean stop, 2 when the
    // engine or its intake could not start.
    bool start();
    // The clean stop (what SIGINT/SIGTERM trigger).
    void shutdown(const QString& why);

private:
    void onActivity(const QList<SignalActivity>& activity);
    void onEvents(const QList<EngineEvent>& events);
    void fail(const QString& message);
    void printSummary();

    Options m_options;
    QTextStream& m_out;
    QTextStream& m_err;
    std::unique_ptr<EngineWorker> m_worker;
    std::unique_ptr<ShutdownSignals> m_signals;
    bool m_stopping = false;
};

} // namespace axion
