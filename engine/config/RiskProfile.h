#pragma once

#include "config/ExecutorConfig.h"

#include <QString>
#include <QStringView>
#include <optional>

namespace axion {

// The three named presets of the risk knobs. Aggressive is the PRD-135 configuration block as it
// stands (the ExecutorConfig defaults); the other two are ours, for traders who want the same
// strategy with a smaller footprint. Only the risk knobs below change; brokers, trading mode,
// strategy parameters and the sector map are left exactly as they were.
//
// | JSON key                   | Aggressive | Moderate | Conservative | why                       |
// |----------------------------|-----------:|---------:|-------------:|---------------------------|
// | max_risk_per_trade         |       5 %  |     2 %  |        1 %   | 1-2 % is the textbook     |
// |                            |            |          |              | range; 5 % is the PRD's   |
// | daily_loss_limit           |      10 %  |     6 %  |        3 %   | about three full losers   |
// |                            |            |          |              | at that risk per trade    |
// | max_concurrent_positions   |        10  |       6  |          4   | fewer correlated bets     |
// | max_single_stock_exposure  |      15 %  |    10 %  |        5 %   | one gap cannot hurt much  |
// | max_sector_exposure        |      30 %  |    20 %  |       15 %   | 2-3 names per sector      |
// | min_conviction             |        50  |      60  |         70   | trade only better signals |
// | high_conviction            |        75  |      80  |         85   | full size needs more      |
// | consecutive_loss_pct       |       3 %  |     2 %  |      1.5 %   | the losing streak trips   |
// |                            |            |          |              | the kill switch sooner    |
// | api_timeout_seconds        |        60  |      45  |         30   | halt sooner when blind    |
//
// Deliberately not scaled:
//  - min_account_equity: $25,000 is the FINRA pattern-day-trader minimum, a rule, not a taste.
//  - scale-in: the position size comes from the risk budget either way; entering half first and
//    adding only on a pullback that holds already puts less capital at risk when a signal fails
//    at once, so a careful trader keeps it on rather than entering full size immediately.
//  - medium_conviction_multiplier: the higher conviction floors already shrink the half-size
//    band (50-74 -> 60-79 -> 70-84).
//  - strategy parameters (targets, time stop, clouds, slippage estimate): they describe the
//    strategy and the market, not the appetite for risk.
enum class RiskProfile { Aggressive, Moderate, Conservative };

QString toString(RiskProfile profile); // "aggressive" | "moderate" | "conservative"
std::optional<RiskProfile> riskProfileFromString(QStringView text);

// `base` with the risk knobs of `profile`; every other field is kept.
ExecutorConfig applyRiskProfile(ExecutorConfig base, RiskProfile profile);

// The preset whose risk knobs `config` has exactly; nullopt for a custom mix.
std::optional<RiskProfile> matchingRiskProfile(const ExecutorConfig& config);

} // namespace axion
