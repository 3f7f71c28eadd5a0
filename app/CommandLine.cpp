#include "CommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace axion {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("axion::CommandLine", text);
}

} // namespace

CommandLine CommandLine::parse(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Axion Trade Executor: an autonomous EMA-cloud trade executor.\n"
           "With no options it opens the workstation on the embedded default (demo mode): the\n"
           "paper broker and a replayed demo market, no keys, no network.\n\n"
           "Screenshot for bug reports and tests:\n"
           "  axion-executor --demo --screenshot FILE --after SECONDS "
           "[--tab positions|orders|risk|journal]\n\n"
           "Headless replay:\n"
           "  axion-executor --headless --replay FILE... [--config FILE] [--journal FILE]\n"
           "                 [--summary-json FILE] [--equity DOLLARS]\n"
           "FILE is a Lean minute trade zip (<symbol>/<yyyymmdd>_trade.zip) or a CSV with the\n"
           "header timestamp,open,high,low,close,volume."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     tr("Show the version."));
    const QCommandLineOption config(QStringLiteral("config"),
                                    tr("Executor configuration (JSON) to use."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption headless(QStringLiteral("headless"),
                                      tr("Run without a window: replay market data and exit."));
    const QCommandLineOption replay(QStringLiteral("replay"),
                                    tr("Market data files to replay (several may follow)."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption journal(
        QStringLiteral("journal"),
        tr("Trade journal (SQLite) to write; default: a temporary file."), QStringLiteral("FILE"));
    const QCommandLineOption summary(QStringLiteral("summary-json"),
                                     tr("Write the run's summary as JSON to this file."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption equity(
        QStringLiteral("equity"),
        tr("Starting equity of the paper account in dollars (default 100000)."),
        QStringLiteral("DOLLARS"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  tr("Open the workstation in demo mode (paper broker, replayed "
                                     "demo market)."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        tr("Save a PNG of the main window to FILE and exit."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption after(QStringLiteral("after"),
                                   tr("Seconds to run before the screenshot (default 5)."),
                                   QStringLiteral("SECONDS"));
    const QCommandLineOption tab(QStringLiteral("tab"),
                                 tr("Tab to show: positions, orders, risk or journal."),
                                 QStringLiteral("NAME"));
    const QCommandLineOption speed(QStringLiteral("speed"),
                                   tr("Demo replay pace in simulated minutes per second "
                                      "(default 20)."),
                                   QStringLiteral("N"));
    for (const auto& o : {help, version, config, headless, replay, journal, summary, equity, demo,
                          screenshot, after, tab, speed})
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

    cl.demo = parser.isSet(demo);
    cl.screenshotPath = parser.value(screenshot);
    if (parser.isSet(after)) {
        bool ok = false;
        const double seconds = parser.value(after).toDouble(&ok);
        if (!ok || !(seconds >= 0.0) || seconds > 86'400.0)
            return fail(tr("--after must be a number of seconds from 0 to 86400, got \"%1\"")
                            .arg(parser.value(after)));
        cl.screenshotAfterSeconds = seconds;
    }
    cl.screenshotTab = parser.value(tab);
    if (parser.isSet(tab) && !QStringList{QStringLiteral("positions"), QStringLiteral("orders"),
                                          QStringLiteral("risk"), QStringLiteral("journal")}
                                  .contains(cl.screenshotTab))
        return fail(tr("--tab must be positions, orders, risk or journal, got \"%1\"")
                        .arg(cl.screenshotTab));
    if (parser.isSet(speed)) {
        bool ok = false;
        const double n = parser.value(speed).toDouble(&ok);
        if (!ok || !(n >= 0.0) || n > 100'000.0)
            return fail(tr("--speed must be simulated minutes per second from 0 to 100000, "
                           "got \"%1\"")
                            .arg(parser.value(speed)));
        cl.speed = n;
    }
    if ((parser.isSet(after) || parser.isSet(tab)) && cl.screenshotPath.isEmpty())
        return fail(tr("--after and --tab go with --screenshot FILE"));

    if (parser.isSet(headless)) {
        if (parser.isSet(demo) || !cl.screenshotPath.isEmpty())
            return fail(tr("--demo and --screenshot open the workstation: not with --headless"));
        if (cl.replayFiles.isEmpty())
            return fail(tr("--headless needs --replay FILE..."));
        cl.action = Action::Headless;
    } else if (!cl.replayFiles.isEmpty() || !cl.summaryJsonPath.isEmpty()) {
        return fail(tr("--replay and --summary-json are for --headless runs"));
    }
    return cl;
}

} // namespace axion
