#include "DemoSetup.h"

#include "market/DemoMarket.h"
#include "market/MarketCalendar.h"

#include <QCoreApplication>

namespace axion::demo {

QDate firstDay() {
    // A fixed calendar keeps the demo the same on every machine and every run.
    return QDate(2026, 3, 2);
}

ExecutorConfig config(ExecutorConfig config) {
    // The demo trades on paper whatever the settings say, and knows its tickers' sectors.
    config.tradingMode = QStringLiteral("paper");
    for (auto [ticker, sector] : DemoMarket::sectorMap().asKeyValueRange())
        config.sectorMap.insert(ticker, sector);
    return config;
}

bool fillMarket(EngineWorkerOptions& engine, int days, QString* error) {
    const QDate first = firstDay();
    const int warmup = DemoMarket::recommendedWarmupDays();
    const QList<QDate> tradingDays = DemoMarket::tradingDays(first, warmup + days);
    ReplayFeed feed;
    QString feedError;
    if (!DemoMarket().fill(feed, first, int(tradingDays.size()), &feedError)) {
        if (error)
            *error = QCoreApplication::translate("axion::Workstation",
                                                 "The demo market could not be built: %1")
                         .arg(feedError);
        return false;
    }
    engine.bars = feed.bars();
    engine.symbols = feed.symbols();
    engine.demo = true;
    if (const auto session = MarketCalendar().session(tradingDays.value(warmup)))
        engine.warmupUntilMs = session->openMs;
    return true;
}

} // namespace axion::demo
