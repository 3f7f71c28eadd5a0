#include "risk/PositionSizer.h"

#include <algorithm>

namespace axion {

namespace {

// Whole shares affordable with `budget` at `price` (0 when either is not positive).
Quantity sharesFor(Money budget, Price price) {
    if (!budget.isPositive() || !price.isPositive())
        return 0;
    return budget.units() / price.units();
}

} // namespace

QString toString(SizingRejectCode code) {
    switch (code) {
    case SizingRejectCode::None:
        return QStringLiteral("none");
    case SizingRejectCode::ConvictionTooLow:
        return QStringLiteral("conviction_too_low");
    case SizingRejectCode::InvalidStopDistance:
        return QStringLiteral("invalid_stop_distance");
    case SizingRejectCode::InvalidEquity:
        return QStringLiteral("invalid_equity");
    case SizingRejectCode::ZeroShares:
        return QStringLiteral("zero_shares");
    case SizingRejectCode::ExposureCap:
        return QStringLiteral("exposure_cap");
    case SizingRejectCode::BuyingPowerCap:
        return QStringLiteral("buying_power_cap");
    case SizingRejectCode::MaxSharesCap:
        return QStringLiteral("max_shares_cap");
    }
    return {};
}

QString toString(SizeCap cap) {
    switch (cap) {
    case CapNone:
        return QStringLiteral("none");
    case CapSingleStockExposure:
        return QStringLiteral("single_stock_exposure");
    case CapBuyingPower:
        return QStringLiteral("buying_power");
    case CapMaxShares:
        return QStringLiteral("max_shares");
    }
    return {};
}

QString PositionSize::describe() const {
    // Zero shares is worth the numbers: which cap (or how little risk) left nothing to buy.
    if (!ok() && code != SizingRejectCode::ZeroShares && reductions.isEmpty())
        return toString(code);
    QStringList caps;
    if (capsApplied & CapSingleStockExposure)
        caps << QStringLiteral("single-stock exposure");
    if (capsApplied & CapBuyingPower)
        caps << QStringLiteral("buying power");
    if (capsApplied & CapMaxShares)
        caps << QStringLiteral("max shares");
    QString text = QStringLiteral("%1 shares (risk %2 at %3/share, %4x)")
                       .arg(shares)
                       .arg(riskAmount.toString(), riskPerShare.toString())
                       .arg(convictionMultiplier);
    if (!caps.isEmpty())
        text += QStringLiteral(", capped by ") + caps.join(QStringLiteral(", "));
    return text;
}

PositionSizer::PositionSizer(const ExecutorConfig& config)
    : m_maxRiskPerTrade(config.maxRiskPerTrade)
    , m_maxSingleStockExposure(config.maxSingleStockExposure)
    , m_slippageBuffer(config.slippageBuffer)
    , m_minConviction(config.minConviction)
    , m_highConviction(config.highConviction)
    , m_mediumMultiplier(config.mediumConvictionMultiplier)
    , m_maxShares(config.maxPositionShares) {}

double PositionSizer::convictionMultiplier(int conviction) const {
    if (conviction >= m_highConviction)
        return 1.0;
    if (conviction >= m_minConviction)
        return m_mediumMultiplier;
    return 0.0;
}

Price PositionSizer::expectedEntry(const Signal& signal) const {
    const double adverse =
        signal.direction == Direction::Long ? 1.0 + m_slippageBuffer : 1.0 - m_slippageBuffer;
    return signal.entryPrice.scaled(adverse);
}

PositionSize PositionSizer::size(const Signal& signal, const AccountState& account,
                                 Money existingTickerExposure) const {
    PositionSize r;
    r.convictionMultiplier = convictionMultiplier(signal.conviction);
    if (r.convictionMultiplier <= 0.0) {
        r.code = SizingRejectCode::ConvictionTooLow;
        return r;
    }
    if (!account.equity.isPositive()) {
        r.code = SizingRejectCode::InvalidEquity;
        return r;
    }
    r.expectedEntry = expectedEntry(signal);
    // The stop must still be on the protective side of the slipped entry.
    const Price distance = signal.direction == Direction::Long ? r.expectedEntry - signal.stopLoss
                                                               : signal.stopLoss - r.expectedEntry;
    if (!signal.stopLoss.isPositive() || !distance.isPositive()) {
        r.code = SizingRejectCode::InvalidStopDistance;
        return r;
    }
    r.riskPerShare = distance;
    r.riskAmount = account.equity.scaled(m_maxRiskPerTrade);
    r.rawShares = r.riskAmount.units() / distance.units();
    Quantity shares = r.riskAmount.scaled(r.convictionMultiplier).units() / distance.units();

    const Money stockRoom =
        account.equity.scaled(m_maxSingleStockExposure) - existingTickerExposure;
    const Quantity stockCap = sharesFor(stockRoom, r.expectedEntry);
    if (shares > stockCap) {
        r.reductions.append({CapSingleStockExposure, shares, std::max<Quantity>(stockCap, 0)});
        shares = stockCap;
        r.capsApplied |= CapSingleStockExposure;
    }
    const Quantity powerCap = sharesFor(account.buyingPower, r.expectedEntry);
    if (shares > powerCap) {
        r.reductions.append({CapBuyingPower, shares, std::max<Quantity>(powerCap, 0)});
        shares = powerCap;
        r.capsApplied |= CapBuyingPower;
    }
    if (shares > m_maxShares) {
        r.reductions.append({CapMaxShares, shares, std::max<Quantity>(m_maxShares, 0)});
        shares = m_maxShares;
        r.capsApplied |= CapMaxShares;
    }
    r.shares = std::max<Quantity>(shares, 0);
    if (r.shares == 0) {
        // A cap that took the size to zero is named, so the refusal says which limit bound.
        const SizeCap bound = r.reductions.isEmpty() ? CapNone : r.reductions.constLast().cap;
        r.code = bound == CapSingleStockExposure ? SizingRejectCode::ExposureCap
                 : bound == CapBuyingPower       ? SizingRejectCode::BuyingPowerCap
                 : bound == CapMaxShares         ? SizingRejectCode::MaxSharesCap
                                                 : SizingRejectCode::ZeroShares;
    }
    return r;
}

} // namespace axion
