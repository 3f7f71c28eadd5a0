#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace axion {

// What the user asked for on the command line. Parsing is separate from acting on it so that it
// can be tested without starting the application.
struct CommandLine {
    enum class Action { Run, Headless, ShowHelp, ShowVersion, Error };

    Action action = Action::Run;
    QString configPath;
    QStringList replayFiles;    // --replay FILE...
    QString journalPath;        // --journal FILE
    QString summaryJsonPath;    // --summary-json FILE
    std::optional<qint64> equityDollars; // --equity DOLLARS (whole dollars, paper account)
    QString error;    // for Action::Error
    QString helpText; // for Action::ShowHelp

    static CommandLine parse(const QStringList& arguments);
};

} // namespace axion
