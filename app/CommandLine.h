#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace axion {

// What the user asked for on the command line. Parsing is separate from acting on it so that it
// can be tested without starting the application.
struct CommandLine {
    // Run: the workstation window (demo mode: paper broker, replayed demo market).
    enum class Action { Run, Headless, ShowHelp, ShowVersion, Error };

    Action action = Action::Run;
    QString configPath;
    QStringList replayFiles;             // --replay FILE...
    QString journalPath;                 // --journal FILE
    QString summaryJsonPath;             // --summary-json FILE
    std::optional<qint64> equityDollars; // --equity DOLLARS (whole dollars, paper account)
    // The workstation (Action::Run).
    bool demo = false;                   // --demo: the demo market even when settings say otherwise
    QString screenshotPath;              // --screenshot FILE: save a PNG of the window and exit
    double screenshotAfterSeconds = 5.0; // --after SECONDS
    QString screenshotTab;               // --tab positions|orders|risk|journal
    std::optional<double> speed; // --speed N: demo replay pace, simulated minutes per second
    QString error;               // for Action::Error
    QString helpText;            // for Action::ShowHelp

    static CommandLine parse(const QStringList& arguments);
};

} // namespace axion
