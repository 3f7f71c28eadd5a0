#include "execution/Reconciliation.h"

#include <QMap>
#include <QSet>
#include <algorithm>

namespace axion {

namespace {

bool sendUnconfirmed(OrderState s) {
    return s == OrderState::New || s == OrderState::Submitting || s == OrderState::Unknown;
}

Quantity signedShares(Direction d, Quantity shares) {
    return d == Direction::Long ? shares : -shares;
}

} // namespace

QString toString(ReconcileCommand::Kind kind) {
    switch (kind) {
    case ReconcileCommand::Kind::AdoptOrderState:
        return QStringLiteral("adopt_order_state");
    case ReconcileCommand::Kind::OrderNotAtBroker:
        return QStringLiteral("order_not_at_broker");
    case ReconcileCommand::Kind::FillsMissing:
        return QStringLiteral("fills_missing");
    case ReconcileCommand::Kind::OrderNotInJournal:
        return QStringLiteral("order_not_in_journal");
    case ReconcileCommand::Kind::TradeNotHeld:
        return QStringLiteral("trade_not_held");
    case ReconcileCommand::Kind::PositionMismatch:
        return QStringLiteral("position_mismatch");
    }
    return {};
}

std::vector<ReconcileCommand> reconcile(const JournalHoldings& journal,
                                        const BrokerHoldings& broker) {
    using Kind = ReconcileCommand::Kind;
    std::vector<ReconcileCommand> out;
    for (const OrderRecord& r : journal.workingOrders) {
        const QString& id = r.order.clientOrderId;
        const auto it = broker.orders.constFind(id);
        if (it == broker.orders.cend()) {
            ReconcileCommand c;
            c.kind = Kind::OrderNotAtBroker;
            c.clientOrderId = id;
            c.ticker = r.order.ticker;
            const bool neverSent = sendUnconfirmed(r.state);
            c.state = neverSent ? OrderState::Rejected : OrderState::Cancelled;
            c.detail = neverSent ? QStringLiteral("%1 never reached %2: its send was not "
                                                  "confirmed before the restart")
                                       .arg(id, broker.broker)
                                 : QStringLiteral("%1 is no longer at %2").arg(id, broker.broker);
            out.push_back(std::move(c));
            continue;
        }
        if (it->filled > r.filled) {
            ReconcileCommand c;
            c.kind = Kind::FillsMissing;
            c.clientOrderId = id;
            c.ticker = r.order.ticker;
            c.journalShares = r.filled;
            c.brokerShares = it->filled;
            c.detail = QStringLiteral("%1: %2 filled %3 shares, the journal counted %4")
                           .arg(id, broker.broker)
                           .arg(it->filled)
                           .arg(r.filled);
            out.push_back(std::move(c));
        }
        if (it->state != r.state) {
            ReconcileCommand c;
            c.kind = Kind::AdoptOrderState;
            c.clientOrderId = id;
            c.ticker = r.order.ticker;
            c.state = it->state;
            c.detail = QStringLiteral("%1: %2 at %3 (the journal had %4)")
                           .arg(id, toString(it->state), broker.broker, toString(r.state));
            out.push_back(std::move(c));
        }
    }

    // Working orders at the broker that the journal does not know, in client id order.
    QSet<QString> known;
    for (const OrderRecord& r : journal.workingOrders)
        known.insert(r.order.clientOrderId);
    QList<const BrokerOrderReport*> strangers;
    for (const BrokerOrderReport& o : broker.orders) {
        if (!isTerminal(o.state) && !known.contains(o.clientOrderId))
            strangers.append(&o);
    }
    std::sort(strangers.begin(), strangers.end(),
              [](const BrokerOrderReport* a, const BrokerOrderReport* b) {
                  return a->clientOrderId < b->clientOrderId;
              });
    for (const BrokerOrderReport* o : strangers) {
        ReconcileCommand c;
        c.kind = Kind::OrderNotInJournal;
        c.clientOrderId = o->clientOrderId;
        c.ticker = o->ticker;
        c.state = o->state;
        c.detail = QStringLiteral("%1 is working at %2 but not in the journal")
                       .arg(o->clientOrderId, broker.broker);
        out.push_back(std::move(c));
    }

    // Per ticker, signed: what the journal's open trades add up to against the broker.
    QMap<QString, Quantity> journalShares; // sorted: commands in a stable order
    QMap<QString, QList<const JournalHoldings::OpenTrade*>> tradesOf;
    for (const JournalHoldings::OpenTrade& t : journal.openTrades) {
        journalShares[t.ticker] += signedShares(t.direction, t.shares);
        tradesOf[t.ticker].append(&t);
    }
    QMap<QString, Quantity> brokerShares;
    for (const BrokerPosition& p : broker.positions)
        brokerShares[p.ticker] += signedShares(p.direction, p.shares);
    QSet<QString> tickers;
    for (auto it = journalShares.cbegin(); it != journalShares.cend(); ++it)
        tickers.insert(it.key());
    for (auto it = brokerShares.cbegin(); it != brokerShares.cend(); ++it)
        tickers.insert(it.key());
    QStringList sorted(tickers.cbegin(), tickers.cend());
    sorted.sort();
    for (const QString& ticker : sorted) {
        const Quantity ours = journalShares.value(ticker);
        const Quantity theirs = brokerShares.value(ticker);
        if (ours == theirs)
            continue;
        if (theirs == 0) {
            for (const JournalHoldings::OpenTrade* t : tradesOf.value(ticker)) {
                ReconcileCommand c;
                c.kind = Kind::TradeNotHeld;
                c.tradeId = t->tradeId;
                c.ticker = ticker;
                c.journalShares = signedShares(t->direction, t->shares);
                c.detail = QStringLiteral("trade %1 (%2 %3 shares) is not held at %4")
                               .arg(t->tradeId)
                               .arg(ticker)
                               .arg(t->shares)
                               .arg(broker.broker);
                out.push_back(std::move(c));
            }
            continue;
        }
        ReconcileCommand c;
        c.kind = Kind::PositionMismatch;
        c.ticker = ticker;
        c.journalShares = ours;
        c.brokerShares = theirs;
        c.detail = QStringLiteral("%1: %2 holds %3 shares, the journal %4")
                       .arg(ticker, broker.broker)
                       .arg(theirs)
                       .arg(ours);
        out.push_back(std::move(c));
    }
    return out;
}

QStringList blockedTickers(const std::vector<ReconcileCommand>& commands) {
    QStringList out;
    for (const ReconcileCommand& c : commands) {
        if ((c.kind == ReconcileCommand::Kind::FillsMissing ||
             c.kind == ReconcileCommand::Kind::OrderNotInJournal ||
             c.kind == ReconcileCommand::Kind::PositionMismatch) &&
            !out.contains(c.ticker))
            out << c.ticker;
    }
    return out;
}

} // namespace axion
