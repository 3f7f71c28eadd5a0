#include "execution/OpenPositionReport.h"

#include <algorithm>

namespace axion {

QString OpenPositionLine::text() const {
    QString s = ticker + u' ' + toString(direction) + u' ' + QString::number(shares);
    if (isProtected())
        s += QStringLiteral(" (protected by stop ") + stop->toString(2) + u')';
    else if (protectedShares > 0 && stop)
        s += QStringLiteral(" (partly protected: stop ") + stop->toString(2) +
             QStringLiteral(" covers ") + QString::number(protectedShares) + u')';
    else
        s += QStringLiteral(" (no stop at the broker)");
    return s;
}

QJsonObject OpenPositionLine::toJson() const {
    QJsonObject o;
    o.insert(QStringLiteral("ticker"), ticker);
    o.insert(QStringLiteral("direction"), toString(direction));
    o.insert(QStringLiteral("shares"), static_cast<double>(shares));
    o.insert(QStringLiteral("average_entry"), averageEntry.toDouble());
    o.insert(QStringLiteral("protected"), isProtected());
    o.insert(QStringLiteral("protected_shares"), static_cast<double>(protectedShares));
    if (stop)
        o.insert(QStringLiteral("stop"), stop->toDouble());
    return o;
}

QList<OpenPositionLine> OpenPositionReport::build(const QList<BrokerPosition>& positions,
                                                  const OrderBook& orders) {
    QList<OpenPositionLine> lines;
    for (const BrokerPosition& p : positions) {
        if (p.shares <= 0)
            continue;
        OpenPositionLine line{.ticker = p.ticker,
                              .direction = p.direction,
                              .shares = p.shares,
                              .averageEntry = p.averageEntry,
                              .protectedShares = 0,
                              .stop = std::nullopt};
        const OrderSide closing = p.direction == Direction::Long ? OrderSide::Sell : OrderSide::Buy;
        for (int i = 0; i < orders.size(); ++i) {
            const OrderRecord* r = orders.at(i);
            const Order& o = r->order;
            const bool isStop = o.type == OrderType::Stop || o.type == OrderType::StopLimit;
            const bool atBroker =
                r->state == OrderState::Accepted || r->state == OrderState::PartiallyFilled;
            if (!isStop || !atBroker || o.ticker != p.ticker || o.side != closing || !o.stopPrice ||
                r->remaining() <= 0)
                continue;
            if (!line.stop)
                line.stop = o.stopPrice;
            line.protectedShares += r->remaining();
        }
        line.protectedShares = std::min(line.protectedShares, line.shares);
        lines.append(line);
    }
    return lines;
}

} // namespace axion
