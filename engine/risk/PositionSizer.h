#pragma once

#include "config/ExecutorConfig.h"
#include "core/AccountState.h"
#include "core/Signal.h"

#include <QList>

namespace axion {

enum class SizingRejectCode {
    None,
    ConvictionTooLow,
    InvalidStopDistance,
    InvalidEquity,
    ZeroShares,
    ExposureCap,    // the single-stock exposure cap left no whole share
    BuyingPowerCap, // the buying-power cap left no whole share
    MaxSharesCap,   // the max-shares cap left no whole share
};
QString toString(SizingRejectCode code);

// Caps that can bind the size; more than one may apply.
enum SizeCap : quint32 {
    CapNone = 0,
    CapSingleStockExposure = 1u << 0,
    CapBuyingPower = 1u << 1,
    CapMaxShares = 1u << 2,
};

// One cap that reduced the size: from how many shares to how many.
struct SizeReduction {
    SizeCap cap = CapNone;
    Quantity fromShares = 0;
    Quantity toShares = 0;
    bool operator==(const SizeReduction&) const = default;
};
QString toString(SizeCap cap);

struct PositionSize {
    Quantity shares = 0;    // what to trade after multiplier and caps
    Quantity rawShares = 0; // risk / per-share risk, before multiplier and caps
    double convictionMultiplier = 0.0;
    Money riskAmount;    // equity x max risk per trade
    Price expectedEntry; // entry moved against us by the slippage buffer
    Price riskPerShare;  // |expected entry - stop|
    quint32 capsApplied = CapNone;
    QList<SizeReduction> reductions; // each cap that bound, in the order applied
    SizingRejectCode code = SizingRejectCode::None;

    bool ok() const { return code == SizingRejectCode::None; }
    QString describe() const; // the reason or the caps, for the journal
};

// PRD-135 position sizing, in fixed point:
//   risk = equity x max_risk_per_trade; shares = risk / (entry x stop distance)
//   conviction >= high: 1.0x, >= min: medium multiplier (0.5x), below min: no trade;
//   capped by single-stock exposure, buying power and max shares.
// The entry is taken slippage_buffer worse than the signal's, so a slightly worse fill still
// risks no more than planned.
class PositionSizer {
public:
    explicit PositionSizer(const ExecutorConfig& config);

    // existingTickerExposure: market value already held in (or working for) this ticker.
    PositionSize size(const Signal& signal, const AccountState& account,
                      Money existingTickerExposure = {}) const;

    double convictionMultiplier(int conviction) const;
    Price expectedEntry(const Signal& signal) const;

private:
    double m_maxRiskPerTrade;
    double m_maxSingleStockExposure;
    double m_slippageBuffer;
    int m_minConviction;
    int m_highConviction;
    double m_mediumMultiplier;
    Quantity m_maxShares;
};

} // namespace axion
