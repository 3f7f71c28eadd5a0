#include "risk/RiskGate.h"

#include <QVarLengthArray>
#include <algorithm>

namespace axion {

namespace {

RiskDecision rejected(RiskCheck check, RiskRejectCode code, QString message) {
    RiskDecision d;
    d.failedCheck = check;
    d.code = code;
    d.message = std::move(message);
    return d;
}

QString pct(double fraction) {
    return QString::number(fraction * 100.0, 'f', 2) + u'%';
}

} // namespace

QString toString(RiskRejectCode code) {
    switch (code) {
    case RiskRejectCode::None:
        return QStringLiteral("none");
    case RiskRejectCode::DailyLossLimit:
        return QStringLiteral("daily_loss_limit");
    case RiskRejectCode::MaxPositions:
        return QStringLiteral("max_positions");
    case RiskRejectCode::ExistingPosition:
        return QStringLiteral("existing_position");
    case RiskRejectCode::ConflictingDirection:
        return QStringLiteral("conflicting_direction");
    case RiskRejectCode::SectorExposure:
        return QStringLiteral("sector_exposure");
    case RiskRejectCode::SingleStockExposure:
        return QStringLiteral("single_stock_exposure");
    case RiskRejectCode::MarketClosed:
        return QStringLiteral("market_closed");
    case RiskRejectCode::PastEodCutoff:
        return QStringLiteral("past_eod_cutoff");
    case RiskRejectCode::EquityBelowMinimum:
        return QStringLiteral("equity_below_minimum");
    case RiskRejectCode::InsufficientBuyingPower:
        return QStringLiteral("insufficient_buying_power");
    case RiskRejectCode::ZeroShares:
        return QStringLiteral("zero_shares");
    case RiskRejectCode::MaxShares:
        return QStringLiteral("max_shares");
    }
    return {};
}

RiskGate::RiskGate(const ExecutorConfig& config)
    : m_dailyLossLimit(config.dailyLossLimit)
    , m_maxPositions(config.maxConcurrentPositions)
    , m_maxSingleStock(config.maxSingleStockExposure)
    , m_maxSector(config.maxSectorExposure)
    , m_minEquity(config.minAccountEquity) {}

RiskDecision RiskGate::validate(const Signal& signal, Quantity shares, Price price,
                                const AccountState& account, const QList<WorkingEntry>& working,
                                MarketStatus market) const {
    // 1. Daily loss: trading stops once the day's loss reaches the limit.
    const Money lossLimit = account.startOfDayEquity.scaled(m_dailyLossLimit);
    if (account.dailyPnl() <= -lossLimit) {
        return rejected(
            RiskCheck::DailyLoss, RiskRejectCode::DailyLossLimit,
            QStringLiteral("daily P&L %1 is at or beyond the -%2 limit (-%3)")
                .arg(account.dailyPnl().toString(), pct(m_dailyLossLimit), lossLimit.toString()));
    }

    const Position* existing = account.position(signal.ticker);
    // 2. Position count: only a new ticker adds a position; adding to a winner does not. A
    // working entry of a ticker not yet held counts as the position it is about to open: four
    // signals on one bar must not open four positions under a limit of two.
    qsizetype open = account.positions.size();
    if (!existing) {
        QVarLengthArray<QStringView, 16> pending;
        for (const WorkingEntry& w : working) {
            if (w.ticker == signal.ticker || account.position(w.ticker) ||
                std::find(pending.cbegin(), pending.cend(), QStringView(w.ticker)) !=
                    pending.cend())
                continue;
            pending.append(QStringView(w.ticker));
        }
        open += pending.size();
    }
    if (!existing && open >= m_maxPositions) {
        return rejected(RiskCheck::MaxPositions, RiskRejectCode::MaxPositions,
                        QStringLiteral("%1 positions open or being entered; the maximum is %2")
                            .arg(open)
                            .arg(m_maxPositions));
    }

    // 3. Existing position on the same side: only adding to a winner is allowed.
    if (existing && existing->direction == signal.direction && !existing->inProfit()) {
        return rejected(RiskCheck::ExistingPosition, RiskRejectCode::ExistingPosition,
                        QStringLiteral("already %1 %2 and not in profit (unrealized %3)")
                            .arg(toString(existing->direction), signal.ticker,
                                 existing->unrealizedPnl().toString()));
    }

    // 4. Conflicts: an opposite position or an opposite working entry in the ticker.
    if (existing && existing->direction != signal.direction) {
        return rejected(
            RiskCheck::ConflictingDirection, RiskRejectCode::ConflictingDirection,
            QStringLiteral("%1 signal conflicts with the open %2 position in %3")
                .arg(toString(signal.direction), toString(existing->direction), signal.ticker));
    }
    Money tickerExposure = existing ? existing->marketValue() : Money();
    Money sectorExposure;
    for (const WorkingEntry& w : working) {
        if (w.ticker == signal.ticker) {
            if (w.direction != signal.direction) {
                return rejected(
                    RiskCheck::ConflictingDirection, RiskRejectCode::ConflictingDirection,
                    QStringLiteral("%1 signal conflicts with a working %2 entry in %3")
                        .arg(toString(signal.direction), toString(w.direction), signal.ticker));
            }
            tickerExposure += w.price * w.shares;
        }
        if (w.sector == signal.sector)
            sectorExposure += w.price * w.shares;
    }
    for (const Position& p : account.positions) {
        if (p.sector == signal.sector)
            sectorExposure += p.marketValue();
    }

    RiskDecision d;
    Quantity approved = shares;
    auto reduceTo = [&](Money room, RiskRejectCode limit) {
        const Quantity fits =
            room.isPositive() && price.isPositive() ? room.units() / price.units() : 0;
        if (approved > fits) {
            d.adjustments.append({limit, approved, fits});
            approved = fits;
        }
    };

    // Single-stock exposure (15%): part of "adding to a winner" staying within its limit, and a
    // second line behind the sizer's own cap.
    const Money stockLimit = account.equity.scaled(m_maxSingleStock);
    if (tickerExposure >= stockLimit) {
        return rejected(RiskCheck::ExistingPosition, RiskRejectCode::SingleStockExposure,
                        QStringLiteral("%1 exposure %2 already at the %3 single-stock limit (%4)")
                            .arg(signal.ticker, tickerExposure.toString(), pct(m_maxSingleStock),
                                 stockLimit.toString()));
    }
    reduceTo(stockLimit - tickerExposure, RiskRejectCode::SingleStockExposure);

    // 5. Sector exposure (30%).
    const Money sectorLimit = account.equity.scaled(m_maxSector);
    if (sectorExposure >= sectorLimit) {
        return rejected(RiskCheck::SectorExposure, RiskRejectCode::SectorExposure,
                        QStringLiteral("sector %1 exposure %2 already at the %3 limit (%4)")
                            .arg(signal.sector, sectorExposure.toString(), pct(m_maxSector),
                                 sectorLimit.toString()));
    }
    reduceTo(sectorLimit - sectorExposure, RiskRejectCode::SectorExposure);

    // 6. Market hours; intraday trades opened after the EOD cutoff would be closed at once.
    if (!market.open) {
        return rejected(RiskCheck::MarketHours, RiskRejectCode::MarketClosed,
                        QStringLiteral("the regular session is closed"));
    }
    if (market.pastEodCutoff && isIntraday(signal.tradeType)) {
        return rejected(RiskCheck::MarketHours, RiskRejectCode::PastEodCutoff,
                        QStringLiteral("past the EOD cutoff: no new %1 trades today")
                            .arg(toString(signal.tradeType)));
    }

    // 7. Minimum equity (pattern day trader rule).
    if (account.equity < m_minEquity) {
        return rejected(RiskCheck::MinEquity, RiskRejectCode::EquityBelowMinimum,
                        QStringLiteral("equity %1 is below the %2 minimum")
                            .arg(account.equity.toString(), m_minEquity.toString()));
    }

    // 8. Buying power.
    reduceTo(account.buyingPower, RiskRejectCode::InsufficientBuyingPower);

    if (approved <= 0) {
        const RiskRejectCode bound =
            d.adjustments.isEmpty() ? RiskRejectCode::ZeroShares : d.adjustments.constLast().limit;
        const RiskCheck check =
            bound == RiskRejectCode::InsufficientBuyingPower ? RiskCheck::BuyingPower
            : bound == RiskRejectCode::SectorExposure        ? RiskCheck::SectorExposure
                                                             : RiskCheck::ExistingPosition;
        RiskDecision r = rejected(check, bound,
                                  QStringLiteral("no whole share of %1 at %2 fits (%3)")
                                      .arg(signal.ticker, price.toString(), toString(bound)));
        r.adjustments = d.adjustments;
        return r;
    }
    d.approved = true;
    d.approvedShares = approved;
    if (!d.adjustments.isEmpty()) {
        QStringList parts;
        for (const RiskAdjustment& a : d.adjustments)
            parts << QStringLiteral("%1: %2 -> %3 shares")
                         .arg(toString(a.limit))
                         .arg(a.fromShares)
                         .arg(a.toShares);
        d.message = QStringLiteral("size reduced (") + parts.join(QStringLiteral("; ")) + u')';
    }
    return d;
}

RiskDecision RiskGate::validate(const Signal& signal, const PositionSize& size,
                                const AccountState& account, const QList<WorkingEntry>& working,
                                MarketStatus market) const {
    RiskDecision d = validate(signal, size.shares, size.expectedEntry, account, working, market);
    QList<RiskAdjustment> sized;
    QStringList parts;
    for (const SizeReduction& r : size.reductions) {
        const RiskRejectCode limit =
            r.cap == CapBuyingPower           ? RiskRejectCode::InsufficientBuyingPower
            : r.cap == CapSingleStockExposure ? RiskRejectCode::SingleStockExposure
                                              : RiskRejectCode::MaxShares;
        sized.append({limit, r.fromShares, r.toShares});
        parts << QStringLiteral("%1: %2 -> %3 shares")
                     .arg(toString(r.cap))
                     .arg(r.fromShares)
                     .arg(r.toShares);
    }
    if (sized.isEmpty())
        return d;
    d.adjustments = sized + d.adjustments;
    const QString sizedText =
        QStringLiteral("sized down (") + parts.join(QStringLiteral("; ")) + u')';
    d.message = d.message.isEmpty() ? sizedText : sizedText + QStringLiteral("; ") + d.message;
    return d;
}

} // namespace axion
