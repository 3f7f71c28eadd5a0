#include "execution/EntryPlanner.h"

#include "core/ClientOrderId.h"

#include <cmath>

namespace axion {

namespace {

OrderSide entrySide(Direction d) {
    return d == Direction::Long ? OrderSide::Buy : OrderSide::Sell;
}
OrderSide exitSide(Direction d) {
    return d == Direction::Long ? OrderSide::Sell : OrderSide::Buy;
}

TimeInForce tifFrom(const QString& name) {
    return timeInForceFromString(name).value_or(TimeInForce::Day);
}

} // namespace

QString toString(EntryStyle style) {
    return style == EntryStyle::Market ? QStringLiteral("market")
                                       : QStringLiteral("limit_at_cloud");
}

EntryPlanner::EntryPlanner(const ExecutorConfig& config)
    : m_config(config)
    , m_entryCloud(cloudLayerFromString(config.entryCloud).value_or(CloudLayer::Pullback))
    , m_expiryBars(config.limitEntryExpiryBars) {}

Price EntryPlanner::rewardTarget(Direction direction, Price entry, Price stop) const {
    const Price reward = (entry - stop).abs().scaled(m_config.rewardToRiskTarget);
    return direction == Direction::Long ? entry + reward : entry - reward;
}

EntryPlan EntryPlanner::plan(const Signal& signal, Quantity shares, const QString& broker) const {
    EntryPlan p;
    const bool high = signal.conviction >= m_config.highConviction && signal.volumeConfirmed;
    const QString configuredType =
        high ? m_config.highConvictionOrderType : m_config.mediumConvictionOrderType;
    p.style = configuredType == u"market" ? EntryStyle::Market : EntryStyle::LimitAtCloud;

    Quantity now = shares;
    if (m_config.scaleInEnabled && m_config.scaleInInitialPct < 1.0 && shares >= 2) {
        now = std::max<Quantity>(1, static_cast<Quantity>(std::floor(static_cast<double>(shares) *
                                                                     m_config.scaleInInitialPct)));
        if (now < shares)
            p.scaleIn = PendingScaleIn{signal.signalId, signal.ticker, signal.direction,
                                       shares - now, broker};
    }

    const bool isLong = signal.direction == Direction::Long;
    Order& e = p.entry;
    e.clientOrderId = clientOrderId(signal.signalId, OrderLeg::Entry);
    e.signalId = signal.signalId;
    e.leg = OrderLeg::Entry;
    e.ticker = signal.ticker;
    e.side = entrySide(signal.direction);
    e.quantity = now;
    e.timeInForce = tifFrom(m_config.defaultTimeInForce);
    e.broker = broker;
    if (p.style == EntryStyle::Market) {
        e.type = OrderType::Market;
    } else {
        // A long waits for price to come down to the cloud's upper edge, but never pays more
        // than the signal's entry; shorts mirror.
        Price limit = signal.entryPrice;
        if (const CloudState* cloud = signal.cloud(m_entryCloud)) {
            const auto edge = Price::fromDouble(isLong ? cloud->upper() : cloud->lower());
            if (edge && edge->isPositive()) {
                p.cloudEdge = *edge;
                limit = isLong ? std::min(limit, *edge) : std::max(limit, *edge);
            }
        }
        e.type = OrderType::Limit;
        e.limitPrice = roundToTick(limit, isLong ? TickRounding::Down : TickRounding::Up);
        p.expiryBars = m_expiryBars;
    }

    // Bracket legs. The stop rounds away from the entry (never tighter than planned risk allows
    // fills for); the target rounds toward the entry (reachable).
    const TimeInForce legTif = isIntraday(signal.tradeType) ? TimeInForce::Day : TimeInForce::Gtc;
    const QString oco = signal.signalId + QStringLiteral("-oco");
    Order& s = p.stop;
    s.clientOrderId = clientOrderId(signal.signalId, OrderLeg::Stop);
    s.signalId = signal.signalId;
    s.leg = OrderLeg::Stop;
    s.ticker = signal.ticker;
    s.side = exitSide(signal.direction);
    s.quantity = now;
    s.type = OrderType::Stop;
    s.stopPrice = roundToTick(signal.stopLoss, isLong ? TickRounding::Down : TickRounding::Up);
    s.timeInForce = legTif;
    s.broker = broker;
    s.parentClientOrderId = e.clientOrderId;
    s.ocoGroup = oco;

    const Price targetPrice = signal.targetPrice.value_or(
        rewardTarget(signal.direction, signal.entryPrice, signal.stopLoss));
    Order& t = p.target;
    t = s;
    t.clientOrderId = clientOrderId(signal.signalId, OrderLeg::Target);
    t.leg = OrderLeg::Target;
    t.type = OrderType::Limit;
    t.stopPrice.reset();
    t.limitPrice = roundToTick(targetPrice, isLong ? TickRounding::Down : TickRounding::Up);
    return p;
}

std::optional<Order> EntryPlanner::scaleInOrder(const PendingScaleIn& pending, const Bar& bar,
                                                const CloudState& cloud, int sequence) const {
    if (pending.shares <= 0)
        return std::nullopt;
    const double low = bar.low.toDouble();
    const double high = bar.high.toDouble();
    const double close = bar.close.toDouble();
    const bool held = pending.direction == Direction::Long
                          ? (low <= cloud.upper() && close >= cloud.upper())
                          : (high >= cloud.lower() && close <= cloud.lower());
    if (!held)
        return std::nullopt;
    Order o;
    o.clientOrderId = clientOrderId(pending.signalId, OrderLeg::Scale, sequence);
    o.signalId = pending.signalId;
    o.leg = OrderLeg::Scale;
    o.ticker = pending.ticker;
    o.side = entrySide(pending.direction);
    o.quantity = pending.shares;
    o.type = OrderType::Market;
    o.timeInForce = tifFrom(m_config.defaultTimeInForce);
    o.broker = pending.broker;
    return o;
}

} // namespace axion
