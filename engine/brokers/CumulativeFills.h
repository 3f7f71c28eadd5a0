#pragma once

#include "core/Fill.h"
#include "core/Money.h"

#include <QHash>
#include <QString>
#include <optional>

namespace axion {

// Turns a broker's cumulative fill reports ("order X has N shares filled at an average of P":
// Alpaca's order objects and trade updates, the answer to a lookup after an unknown outcome, IB's
// orderStatus) into the per-execution fills the executor counts once.
//
// What is new since the last report of the order becomes one Fill: its shares are the
// difference, its price the one that makes the notional add up (N x P less what was reported
// before, over the new shares, rounded half away from zero). Its execution id is
// "<client order id>#<cumulative shares>", so the same report seen again, by this process or by
// one restarted on the same journal, gives the same id and the order book drops it as a
// duplicate. A report with no more shares than one already seen (a repeat, or one that arrives
// out of order) gives nothing. A report that names its execution and accounts for every new
// share is priced at the execution's own price.
class CumulativeFills {
public:
    struct Report {
        QString clientOrderId;
        QString brokerOrderId;
        QString broker;
        QString ticker;
        OrderSide side = OrderSide::Buy;
        Quantity cumulative = 0; // shares filled so far
        Price averagePrice;      // of those shares
        qint64 brokerTimeMs = 0;
        qint64 receivedTimeMs = 0;
        int handle = -1;
        // The execution behind the report, when the broker names it (Alpaca's fill events and
        // FILL activities carry the execution's own shares and price). When its shares are all
        // the new ones, its price is the fill's exactly, instead of one backed out of two
        // rounded averages; otherwise (an execution was missed) the averages price the fill.
        Quantity executionShares = 0;
        Price executionPrice;
    };

    std::optional<Fill> onReport(const Report& report);
    // What an earlier run counted for the order (its filled shares and their exact cost, from
    // the journal's orders row): reports up to it give nothing, the next is priced from it.
    void seed(const QString& clientOrderId, Quantity cumulative, Money cost);
    // The order ended: nothing more is kept for it.
    void forget(const QString& clientOrderId) { m_seen.remove(clientOrderId); }

    static QString executionId(const QString& clientOrderId, Quantity cumulative);

private:
    struct Seen {
        Quantity cumulative = 0;
        Money notional; // cumulative x the average reported with it
    };
    QHash<QString, Seen> m_seen;
};

} // namespace axion
