#include "execution/ExitMonitor.h"

#include <QStringList>
#include <algorithm>
#include <bit>
#include <limits>

namespace axion {

namespace {

const CloudState& layer(const std::array<CloudState, kCloudLayerCount>& clouds, CloudLayer l) {
    return clouds[static_cast<std::size_t>(l)];
}

// An EMA of a positive price series is positive; a zero cloud is one the feed has not warmed
// up yet. Judging a close against it would stop out every short (close > 0), so it is skipped.
bool hasValues(const CloudState& c) {
    return c.shortEma > 0.0 && c.longEma > 0.0;
}

// The close is on the losing side of the cloud: below it for a long, above it for a short.
bool closedBeyondAgainst(bool isLong, double close, const CloudState& c) {
    return hasValues(c) && (isLong ? close < c.lower() : close > c.upper());
}

// Per-share risk at entry. An unset initial stop (zero) means no known risk, not a risk of the
// whole entry price, which Position::riskPerShare() would report.
Price initialRisk(const Position& p) {
    return p.initialStop.isPositive() ? p.riskPerShare() : Price();
}

} // namespace

QString ExitDecision::describe() const {
    if (reason == ExitReason::None)
        return toString(ExitReason::None);
    QStringList others;
    for (int i = 1; i <= kExitReasonCount; ++i) {
        const auto r = static_cast<ExitReason>(i);
        if (r != reason && fired(r))
            others.append(toString(r));
    }
    QString text = toString(reason);
    if (!others.isEmpty())
        text += QStringLiteral(" (also fired: ") % others.join(QStringLiteral(", ")) % u')';
    return text;
}

ExitMonitor::ExitMonitor(const ExecutorConfig& config)
    : m_rewardToRisk(config.rewardToRiskTarget)
    , m_timeStopMs(qint64(config.timeStopMinutes) * 60'000)
    , m_minProgressR(config.timeStopMinProgressR)
    // A run of zero bars would fire on every bar; validation rejects it, this keeps it sane.
    , m_exhaustionBars(std::max(1, config.momentumExhaustionBars))
    // Resolved once here so that evaluate() never compares strings. An unknown name is a config
    // error reported by validation; the PRD's 8/9 cloud is the safe fallback.
    , m_trailingLayer(
          cloudLayerFromString(config.trailingStopCloud).value_or(CloudLayer::Pullback)) {}

Price ExitMonitor::targetPrice(const Position& p) const {
    const Price reward = initialRisk(p).scaled(m_rewardToRisk);
    return p.direction == Direction::Long ? p.averageEntry + reward : p.averageEntry - reward;
}

ExitDecision ExitMonitor::evaluate(const Position& p, const Bar& bar,
                                   const std::array<CloudState, kCloudLayerCount>& clouds,
                                   ExitTracker& tracker, qint64 nowMs, qint64 eodCutoffMs) const {
    const bool isLong = p.direction == Direction::Long;
    // Price -> double is units / 10,000 correctly rounded, i.e. the same double as the decimal
    // literal, so a close exactly on a cloud edge compares equal (not beyond).
    const double close = bar.close.toDouble();
    quint32 mask = 0;

    // 1. Stop loss: a close beyond the macro 34/50 cloud, or the bar traded through the
    // protective stop (the broker-side stop would have filled there).
    if (closedBeyondAgainst(isLong, close, layer(clouds, CloudLayer::Macro)))
        mask |= ExitDecision::bit(ExitReason::StopLoss);
    if (p.stopLoss.isPositive() && (isLong ? bar.low <= p.stopLoss : bar.high >= p.stopLoss))
        mask |= ExitDecision::bit(ExitReason::StopLoss);

    // 2. Momentum exhaustion: a run of same-coloured closes outside the fast cloud (ExhaustionRun,
    // the signal engine's rule too). Only a run on the position's side can fire: bullish closes
    // above the cloud for a long, bearish ones below it for a short.
    const CloudState& fast = layer(clouds, CloudLayer::Fast);
    const bool fastKnown = hasValues(fast);
    tracker.exhaustion.update(bar, fastKnown && close > fast.upper(),
                              fastKnown && close < fast.lower());
    if (tracker.exhaustion.side == sign(p.direction) &&
        tracker.exhaustion.exhausted(m_exhaustionBars))
        mask |= ExitDecision::bit(ExitReason::MomentumExhaustion);

    // 3. Cloud flip against the position. Colour comes from the EMAs themselves (short above
    // long), the definition of a bullish cloud. A zero-thickness cloud has not crossed yet, so it
    // keeps the previous colour: this keeps longs and shorts exact mirror images.
    if (!fastKnown) {
        tracker.previousFastBullish.reset(); // no flip can be judged across a gap
    } else if (fast.shortEma != fast.longEma) {
        const bool bullishNow = fast.shortEma > fast.longEma;
        // Long: bullish -> bearish. Short: bearish -> bullish.
        if (tracker.previousFastBullish.has_value() && *tracker.previousFastBullish == isLong &&
            bullishNow != isLong)
            mask |= ExitDecision::bit(ExitReason::CloudFlip);
        tracker.previousFastBullish = bullishNow;
    }

    // 4. Profit target. An explicit (positive) target from the signal wins; otherwise R:R from
    // the initial risk. With no initial stop there is no risk and so no computed target.
    std::optional<Price> target;
    if (p.target.has_value() && p.target->isPositive())
        target = *p.target;
    else if (!initialRisk(p).isZero())
        target = targetPrice(p);
    if (target.has_value() && (isLong ? bar.high >= *target : bar.low <= *target))
        mask |= ExitDecision::bit(ExitReason::ProfitTarget);

    if (isIntraday(p.tradeType)) {
        // 5. Time stop: strictly more than the limit, without the minimum progress. An unknown
        // entry time (0, e.g. adopted at reconciliation) is not "held since 1970".
        if (p.entryTimeMs > 0 && nowMs - p.entryTimeMs > m_timeStopMs &&
            p.rMultiple(bar.close) < m_minProgressR)
            mask |= ExitDecision::bit(ExitReason::TimeStop);
        // 6. EOD close: day trades and scalps are flat by the cutoff.
        if (eodCloseDue(p.tradeType, nowMs, eodCutoffMs))
            mask |= ExitDecision::bit(ExitReason::EodClose);
    } else {
        // 7. Trailing stop: swings ride the trailing cloud and leave on a close beyond it.
        if (closedBeyondAgainst(isLong, close, layer(clouds, m_trailingLayer)))
            mask |= ExitDecision::bit(ExitReason::TrailingStop);
    }

    ExitDecision d;
    d.firedMask = mask;
    // Bit 0 (None) is never set, so the lowest set bit is the highest-priority exit.
    if (mask != 0)
        d.reason = static_cast<ExitReason>(std::countr_zero(mask));
    return d;
}

ExitTracker ExitMonitor::trackerAtEntry(const std::array<CloudState, kCloudLayerCount>& clouds) {
    ExitTracker tracker;
    const CloudState& fast = layer(clouds, CloudLayer::Fast);
    // The colour rule of evaluate()'s cloud flip.
    if (hasValues(fast) && fast.shortEma != fast.longEma)
        tracker.previousFastBullish = fast.shortEma > fast.longEma;
    return tracker;
}

} // namespace axion
