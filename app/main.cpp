#include "CommandLine.h"
#include "config/ExecutorConfig.h"
#include "core/SystemClock.h"
#include "market/MarketCalendar.h"

#include <QCoreApplication>
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
    return printStatus(config);
}
