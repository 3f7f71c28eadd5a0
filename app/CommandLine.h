#pragma once

#include <QString>
#include <QStringList>

namespace axion {

// What the user asked for on the command line. Parsing is separate from acting on it so that it
// can be tested without starting the application.
struct CommandLine {
    enum class Action { Run, ShowHelp, ShowVersion, Error };

    Action action = Action::Run;
    QString configPath;
    QString error;    // for Action::Error
    QString helpText; // for Action::ShowHelp

    static CommandLine parse(const QStringList& arguments);
};

} // namespace axion
