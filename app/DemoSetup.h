#pragma once

#include "config/ExecutorConfig.h"
#include "execution/EngineWorker.h"

#include <QDate>
#include <QString>

namespace axion::demo {

// The demo market's first shown day; the days before it warm the clouds up.
QDate firstDay();
// The engine's config for `config` in demo mode: paper trading, the demo tickers' sectors.
ExecutorConfig config(ExecutorConfig config);
// Puts `days` trading days of demo market (after the warm-up days) into `engine`: bars, symbols
// and the warm-up instant. False with a message when the market cannot be built.
bool fillMarket(EngineWorkerOptions& engine, int days, QString* error);

} // namespace axion::demo
