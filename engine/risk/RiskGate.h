#pragma once

#include "config/ExecutorConfig.h"
#include "core/AccountState.h"
#include "core/Signal.h"
#include "risk/PositionSizer.h"

#include <QList>

namespace axion {

// The PRD-135 risk checks, numbered in the order they run.
enum class RiskCheck {
    None = 0,
    DailyLoss = 1,            // daily P&L > -daily_loss_limit x start-of-day equity
    MaxPositions = 2,         // open positions < max_concurrent_positions (for a new ticker)
    ExistingPosition = 3,     // no position in the ticker unless adding to a winner
    ConflictingDirection = 4, // no long and short in one ticker (positions or working entries)
    SectorExposure = 5,       // sector exposure <= max_sector_exposure
    MarketHours = 6,          // regular session open; no new intraday trades past the EOD cutoff
    MinEquity = 7,            // equity >= min_account_equity
    BuyingPower = 8,          // enough buying power for the position
};
inline constexpr int kRiskCheckCount = 8;

enum class RiskRejectCode {
    None,
    DailyLossLimit,
    MaxPositions,
    ExistingPosition,
    ConflictingDirection,
    SectorExposure,
    SingleStockExposure,
    MarketClosed,
    PastEodCutoff,
    EquityBelowMinimum,
    InsufficientBuyingPower,
    ZeroShares,
    MaxShares, // only as an adjustment's limit: the sizer's max_shares_per_trade cap bound
};
QString toString(RiskRejectCode code);

// A size reduction made so the trade fits a limit. Reported, never silent.
struct RiskAdjustment {
    RiskRejectCode limit =
        RiskRejectCode::None; // which limit bound: single stock, sector, buying power
    Quantity fromShares = 0;
    Quantity toShares = 0;
    bool operator==(const RiskAdjustment&) const = default;
};

struct RiskDecision {
    bool approved = false;
    RiskCheck failedCheck = RiskCheck::None;
    RiskRejectCode code = RiskRejectCode::None;
    Quantity approvedShares = 0;
    QList<RiskAdjustment> adjustments;

    // Human text with the numbers; built on demand, not on the hot path.
    QString message;
};

// An entry order that is working but not yet (fully) a position: counts toward exposure and
// conflicts as if it were filled.
struct WorkingEntry {
    QString ticker;
    QString sector;
    Direction direction = Direction::Long;
    Quantity shares = 0;
    Price price;
};

struct MarketStatus {
    bool open = false;          // regular session
    bool pastEodCutoff = false; // at or after the day's EOD cutoff
};

// Gate every signal must pass before an order exists. Pure: all state comes in as arguments.
class RiskGate {
public:
    explicit RiskGate(const ExecutorConfig& config);

    // `shares` is the sizer's proposal at `price` (the slippage-adjusted entry).
    RiskDecision validate(const Signal& signal, Quantity shares, Price price,
                          const AccountState& account, const QList<WorkingEntry>& working,
                          MarketStatus market) const;
    // The same, from the sizer's result: the sizer's cap reductions come first in
    // RiskDecision::adjustments, then the gate's own.
    RiskDecision validate(const Signal& signal, const PositionSize& size,
                          const AccountState& account, const QList<WorkingEntry>& working,
                          MarketStatus market) const;

private:
    double m_dailyLossLimit;
    int m_maxPositions;
    double m_maxSingleStock;
    double m_maxSector;
    Money m_minEquity;
};

} // namespace axion
