#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace axion {

// What the user asked for on the command line. Parsing is separate from acting on it so that it
// can be tested without starting the application.
struct CommandLine {
    // Run: the workstation window (demo mode: paper broker, replayed demo market).
    // Headless: replay files as fast as possible, then a summary. HeadlessService: the live
    // pipeline with the signal ingress, until SIGINT/SIGTERM.
    enum class Action { Run, Headless, HeadlessService, ShowHelp, ShowVersion, Error };

    Action action = Action::Run;
    QString configPath;
    QStringList replayFiles;             // --replay FILE...
    QString journalPath;                 // --journal FILE
    QString summaryJsonPath;             // --summary-json FILE
    bool journalTradesOnly = false;      // --journal-detail trades (a replay's journal)
    std::optional<qint64> equityDollars; // --equity DOLLARS (whole dollars, paper account)
    bool rawPrices = false; // --raw-prices: replays ignore Lean factor files (replay_adjust_prices)
    // The workstation (Action::Run).
    bool demo = false;                   // --demo: the demo market even when settings say otherwise
    QString screenshotPath;              // --screenshot FILE: save a PNG of the window and exit
    double screenshotAfterSeconds = 5.0; // --after SECONDS
    QString screenshotTab;               // --tab positions|orders|risk|journal
    std::optional<double> speed;         // --speed N: replay pace, simulated minutes per second
    // The signal ingress (headless service, or overriding the workstation's settings).
    std::optional<quint16> ingressPort;       // --ingress-port N (0: any free port, printed)
    QString ingressAddress;                   // --ingress-address ADDR (default 127.0.0.1)
    QString ingressToken;                     // --ingress-token TOKEN
    QString broker = QStringLiteral("paper"); // --broker NAME (headless service)
    bool builtInSignals = false; // --built-in-signals: the service also trades the built-in engine
    // --broker alpaca: where Alpaca is (default its paper or live hosts) and which account.
    QString alpacaUrl;           // --alpaca-url URL (trading REST)
    QString alpacaStreamUrl;     // --alpaca-stream-url URL (trade_updates WebSocket)
    bool alpacaLive = false;     // --alpaca-live: the live (real money) account, not paper
    QString alpacaDataUrl;       // --alpaca-data-url URL (market data REST: history)
    QString alpacaDataStreamUrl; // --alpaca-data-stream-url URL (market data WebSocket)
    QString alpacaFeed = QStringLiteral("iex"); // --alpaca-feed iex|sip
    // --clock-start ISO: the live clock starts at this instant (a rehearsal outside market hours
    // against a paper account or a fake; never with --alpaca-live).
    std::optional<qint64> clockStartMs;
    static constexpr int kMinTokenLength = 16;
    QString error;    // for Action::Error
    QString helpText; // for Action::ShowHelp

    static CommandLine parse(const QStringList& arguments);
    // Why a bearer token is unusable (too short, spaces, non-ASCII), empty when it is fine.
    static QString tokenProblem(const QString& token);
};

} // namespace axion
