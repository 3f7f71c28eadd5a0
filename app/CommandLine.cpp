#include "CommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace axion {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("CommandLine", text);
}

} // namespace

CommandLine CommandLine::parse(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Axion Trade Executor: an autonomous EMA-cloud trade executor.\n"
           "With no options it starts on the embedded default: the paper broker, "
           "no keys, no network.\n\n"
           "Headless replay:\n"
           "  axion-executor --headless --replay FILE... [--config FILE] [--journal FILE]\n"
           "                 [--summary-json FILE] [--equity DOLLARS]\n"
           "FILE is a Lean minute trade zip (<symbol>/<yyyymmdd>_trade.zip) or a CSV with the\n"
           "header timestamp,open,high,low,close,volume."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     tr("Show the version."));
    const QCommandLineOption config(QStringLiteral("config"), tr("Executor configuration (JSON) to use."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption headless(QStringLiteral("headless"),
                                      tr("Run without a window: replay market data and exit."));
    const QCommandLineOption replay(QStringLiteral("replay"),
                                    tr("Market data files to replay (several may follow)."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption journal(QStringLiteral("journal"),
                                     tr("Trade journal (SQLite) to write; default: a temporary file."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption summary(QStringLiteral("summary-json"),
                                     tr("Write the run's summary as JSON to this file."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption equity(QStringLiteral("equity"),
                                    tr("Starting equity of the paper account in dollars (default 100000)."),
                                    QStringLiteral("DOLLARS"));
    for (const auto& o : {help, version, config, headless, replay, journal, summary, equity})
        parser.addOption(o);

    CommandLine cl;
    auto fail = [&cl](const QString& message) {
        cl.action = Action::Error;
        cl.error = message;
        return cl;
    };
    if (!parser.parse(arguments))
        return fail(parser.errorText());
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
    cl.journalPath = parser.value(journal);
    cl.summaryJsonPath = parser.value(summary);
    if (parser.isSet(equity)) {
        bool ok = false;
        const qint64 dollars = parser.value(equity).toLongLong(&ok);
        if (!ok || dollars <= 0 || dollars > 1'000'000'000'000LL)
            return fail(tr("--equity must be a whole number of dollars above zero, got \"%1\"")
                            .arg(parser.value(equity)));
        cl.equityDollars = dollars;
    }
    // "--replay a b c": the first file is the option's value, the rest are positional.
    cl.replayFiles = parser.values(replay);
    if (!cl.replayFiles.isEmpty())
        cl.replayFiles += parser.positionalArguments();
    else if (!parser.positionalArguments().isEmpty())
        return fail(tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst()));

    if (parser.isSet(headless)) {
        if (cl.replayFiles.isEmpty())
            return fail(tr("--headless needs --replay FILE..."));
        cl.action = Action::Headless;
    } else if (!cl.replayFiles.isEmpty() || !cl.summaryJsonPath.isEmpty()) {
        return fail(tr("--replay and --summary-json are for --headless runs"));
    }
    return cl;
}

} // namespace axion
