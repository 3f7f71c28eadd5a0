#include "brokers/CumulativeFills.h"

namespace axion {

QString CumulativeFills::executionId(const QString& clientOrderId, Quantity cumulative) {
    return clientOrderId + QLatin1Char('#') + QString::number(cumulative);
}

void CumulativeFills::seed(const QString& clientOrderId, Quantity cumulative, Money cost) {
    Seen& seen = m_seen[clientOrderId];
    if (cumulative > seen.cumulative)
        seen = Seen{cumulative, cost};
}

std::optional<Fill> CumulativeFills::onReport(const Report& report) {
    Seen& seen = m_seen[report.clientOrderId];
    const Quantity shares = report.cumulative - seen.cumulative;
    const bool wholeExecution =
        report.executionShares == shares && report.executionPrice.isPositive();
    if (shares <= 0 || (!report.averagePrice.isPositive() && !wholeExecution))
        return std::nullopt;
    Price price;
    Money notional;
    if (wholeExecution) {
        price = report.executionPrice;
        notional = seen.notional + price * shares;
    } else {
        notional = report.averagePrice * report.cumulative;
        price = averagePrice(notional - seen.notional, shares);
        // Averages rounded by the broker can make the difference odd (even negative) when the
        // new shares are few; the reported average is then the better figure.
        if (!price.isPositive())
            price = report.averagePrice;
    }
    seen = Seen{report.cumulative, notional};

    Fill fill;
    fill.executionId = executionId(report.clientOrderId, report.cumulative);
    fill.clientOrderId = report.clientOrderId;
    fill.brokerOrderId = report.brokerOrderId;
    fill.broker = report.broker;
    fill.ticker = report.ticker;
    fill.side = report.side;
    fill.quantity = shares;
    fill.price = price;
    fill.brokerTimeMs = report.brokerTimeMs;
    fill.receivedTimeMs = report.receivedTimeMs;
    fill.handle = report.handle;
    return fill;
}

} // namespace axion
