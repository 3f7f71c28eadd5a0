#pragma once

#include "brokers/Broker.h"
#include "core/Direction.h"
#include "core/Price.h"
#include "core/Quantity.h"
#include "execution/OrderBook.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace axion {

// One position still open when a run ends, and whether a stop at the broker covers it.
struct OpenPositionLine {
    QString ticker;
    Direction direction = Direction::Long;
    Quantity shares = 0;
    Price averageEntry;
    // Shares covered by stop orders working at the broker on the closing side (a bracket's stop
    // leg, a scale-in's own stop), capped at `shares`.
    Quantity protectedShares = 0;
    // The stop price of the first such order (book order), when there is one.
    std::optional<Price> stop;

    bool isProtected() const { return shares > 0 && protectedShares >= shares; }
    // "AAPL long 100 (protected by stop 185.10)", "... (partly protected: stop 185.10 covers 50)",
    // "... (no stop at the broker)".
    QString text() const;
    QJsonObject toJson() const;

    bool operator==(const OpenPositionLine&) const = default;
};

// The positions a run leaves open, for the end-of-run summary: what the broker holds, each with
// the executor's working stop orders for it. Pure: values in, values out.
//
// A stop counts when it is a Stop or StopLimit order of the ticker, on the side that closes the
// position (sell for a long, buy for a short), accepted by the broker and not yet done (Accepted
// or PartiallyFilled: an order still being sent, being cancelled or of unknown outcome protects
// nothing for sure). Its remaining shares are what it covers.
class OpenPositionReport {
public:
    // In the broker's order (PaperBroker: by ticker); flat positions are skipped.
    static QList<OpenPositionLine> build(const QList<BrokerPosition>& positions,
                                         const OrderBook& orders);
};

} // namespace axion
