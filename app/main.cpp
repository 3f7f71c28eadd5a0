#include "CommandLine.h"
#include "config/ExecutorConfig.h"
#include "core/SystemClock.h"
#include "execution/ReplaySession.h"
#include "market/MarketCalendar.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTextStream>

using namespace axion;

namespace {

int printStatus(const ExecutorConfig& config) {
    QTextStream out(stdout);
    const SystemClock clock;
    const MarketCalendar calendar;
    const qint64 now = clock.nowMs();
    out << QCoreApplication::translate("main", "Axion Trade Executor %1")
               .arg(QStringLiteral(AXION_VERSION))
        << '\n';
    out << QCoreApplication::translate("main", "Mode: %1 (orders go to %2)")
               .arg(config.tradingMode.toUpper(), config.tradingMode == u"paper"
                                                      ? QStringLiteral("the built-in paper broker")
                                                      : config.primaryBroker)
        << '\n';
    out << QCoreApplication::translate("main", "Risk: %1% per trade, daily loss limit %2%, "
                                               "max %3 positions, min equity $%4")
               .arg(config.maxRiskPerTrade * 100)
               .arg(config.dailyLossLimit * 100)
               .arg(config.maxConcurrentPositions)
               .arg(config.minAccountEquity.toString())
        << '\n';
    out << QCoreApplication::translate("main", "Market (New York): %1").arg(calendar.describe(now))
        << '\n';
    return 0;
}

// --headless --replay FILE...: the whole pipeline on replayed bars, then a summary.
int runHeadless(const CommandLine& cl, const ExecutorConfig& config) {
    QTextStream out(stdout);
    QTextStream err(stderr);
    const Money equity = Money::fromWhole(cl.equityDollars.value_or(100'000));
    ReplaySession session(config, equity);
    for (const QString& file : cl.replayFiles) {
        QString error;
        if (!session.addFile(file, &error)) {
            err << "axion-executor: " << error << '\n';
            return 2;
        }
    }
    QTemporaryDir scratch; // holds the journal when --journal is not given
    const QString journal =
        cl.journalPath.isEmpty() ? scratch.filePath(QStringLiteral("journal.db")) : cl.journalPath;
    QString error;
    if (!session.openJournal(journal, &error)) {
        err << "axion-executor: journal " << journal << ": " << error << '\n';
        return 2;
    }
    const ReplaySummary summary = session.run();
    out << summary.toText();
    if (!cl.journalPath.isEmpty())
        out << "  journal         " << QDir::toNativeSeparators(journal) << '\n';
    if (!cl.summaryJsonPath.isEmpty()) {
        QFile file(cl.summaryJsonPath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            err << "axion-executor: cannot write " << cl.summaryJsonPath << ": "
                << file.errorString() << '\n';
            return 2;
        }
        file.write(QJsonDocument(summary.toJson()).toJson(QJsonDocument::Indented));
    }
    return 0;
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("axion-executor"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AXION_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("Axion"));

    const CommandLine cl = CommandLine::parse(app.arguments());
    QTextStream out(stdout);
    QTextStream err(stderr);
    switch (cl.action) {
    case CommandLine::Action::ShowHelp:
        out << cl.helpText;
        return 0;
    case CommandLine::Action::ShowVersion:
        out << "axion-executor " << AXION_VERSION << '\n';
        return 0;
    case CommandLine::Action::Error:
        err << "axion-executor: " << cl.error << '\n';
        return 2;
    case CommandLine::Action::Run:
    case CommandLine::Action::Headless:
        break;
    }

    ExecutorConfig config;
    if (!cl.configPath.isEmpty()) {
        QList<ConfigError> errors;
        if (!ExecutorConfig::load(cl.configPath, &config, &errors)) {
            for (const ConfigError& e : errors)
                err << "axion-executor: " << (e.field.isEmpty() ? QString() : e.field + u": ")
                    << e.message << '\n';
            return 2;
        }
    }
    if (cl.action == CommandLine::Action::Headless)
        return runHeadless(cl, config);
    return printStatus(config);
}
