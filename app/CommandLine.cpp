#include "CommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace axion {

CommandLine CommandLine::parse(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine", "Axion Trade Executor: an autonomous EMA-cloud trade executor.\n"
                       "With no options it starts on the embedded default: the paper broker, "
                       "no keys, no network."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("CommandLine", "Show this help."));
    const QCommandLineOption version(
        {QStringLiteral("v"), QStringLiteral("version")},
        QCoreApplication::translate("CommandLine", "Show the version."));
    const QCommandLineOption config(
        QStringLiteral("config"),
        QCoreApplication::translate("CommandLine", "Executor configuration (JSON) to use."),
        QStringLiteral("FILE"));
    parser.addOption(help);
    parser.addOption(version);
    parser.addOption(config);

    CommandLine cl;
    if (!parser.parse(arguments)) {
        cl.action = Action::Error;
        cl.error = parser.errorText();
        return cl;
    }
    if (!parser.positionalArguments().isEmpty()) {
        cl.action = Action::Error;
        cl.error = QCoreApplication::translate("CommandLine", "Unexpected argument: %1")
                       .arg(parser.positionalArguments().constFirst());
        return cl;
    }
    if (parser.isSet(help)) {
        cl.action = Action::ShowHelp;
        cl.helpText = parser.helpText();
        return cl;
    }
    if (parser.isSet(version)) {
        cl.action = Action::ShowVersion;
        return cl;
    }
    cl.configPath = parser.value(config);
    return cl;
}

} // namespace axion
