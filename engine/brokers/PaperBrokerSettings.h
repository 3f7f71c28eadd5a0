#pragma once

#include "core/Money.h"

#include <optional>

namespace axion {

// How the built-in paper broker simulates an account and its fills.
struct PaperBrokerSettings {
    // Cash the simulated account starts with.
    Money startingCash = Money::fromWhole(100'000);
    // Reg T style: buying power = multiplier x equity - gross position value - the amount held for
    // working opening orders (2.0 = a margin account's overnight buying power). Never below zero.
    double buyingPowerMultiplier = 2.0;
    // Simulated slippage (the config's paper_slippage, not the sizing buffer): market orders and
    // triggered stops fill this fraction worse than the reference price (the bar's open or the
    // stop), but by at most half the bar's range and never outside the bar's low-high, rounded to
    // the tick against the trader where the cap allows. Negative values count as 0.
    double slippage = 0.001;
    // At most this fraction of each bar's volume fills (shared by the ticker's orders in that
    // bar, oldest order first). 1.0, or any value outside (0, 1), means unlimited: orders fill in
    // full whatever the bar's volume.
    double maxParticipation = 1.0;
    // Equity at the previous close, the base of the daily P&L until the first session rolls over;
    // unset means the starting cash.
    std::optional<Money> previousCloseEquity;
    // The journal's number of this run (TradeJournal::beginRun()), put into every broker order id
    // and execution id: "paper-SPY-r3-order-17", "paper-SPY-r3-5". Two processes on one journal
    // then never hand out the same ids (the journal drops a fill whose broker and execution id it
    // already has). 0 (or less) = no run: "paper-SPY-order-17", "paper-SPY-5".
    qint64 idRun = 0;
};

} // namespace axion
