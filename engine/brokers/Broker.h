#pragma once

#include "core/BrokerConnectivity.h"
#include "core/Direction.h"
#include "core/Fill.h"
#include "core/Money.h"
#include "core/Order.h"
#include "core/OrderUpdate.h"

#include <QHash>
#include <QMetaMethod>
#include <QObject>
#include <QString>
#include <atomic>
#include <vector>

namespace axion {

// The account as the broker last reported it. A remote broker keeps it from its account stream or
// its last poll; asking for it never waits on the network.
struct BrokerAccount {
    Money equity;
    Money cash;
    Money buyingPower;
    Money lastEquity;  // equity at the previous close: the base of the daily P&L
    qint64 asOfMs = 0; // when the broker's figures are from (UTC ms); 0 = never received
    bool operator==(const BrokerAccount&) const = default;
};

// A position as the broker holds it (for reconciliation after a restart).
struct BrokerPosition {
    QString ticker;
    Direction direction = Direction::Long;
    Quantity shares = 0;
    Price averageEntry;
    bool operator==(const BrokerPosition&) const = default;
};

// One order as the broker reports it, found by our client order id.
struct BrokerOrderReport {
    QString clientOrderId;
    OrderState state = OrderState::Accepted; // the broker's state in our vocabulary
    Quantity filled = 0;                     // cumulative
    QString brokerOrderId;
    QString ticker;
};

// What the broker says: the orders it knows of those the journal asked about (by client order
// id; an id missing from `orders` is an order the broker does not have: a lookup answered
// NotFound), every open order of ours it holds, and its positions.
struct BrokerHoldings {
    QString broker;
    QHash<QString, BrokerOrderReport> orders;
    QList<BrokerPosition> positions;
};

// The one interface the executor routes orders through: PaperBroker today, AlpacaBroker and
// IbkrBroker later. Calls return at once; answers arrive as listener calls and signals, later (a
// remote broker) or before the call returns (the paper broker answers synchronously), so callers
// record an order before submitting.
//
// Rules every implementation keeps:
//  - an order is sent once; a broker never retries a submit by itself. An outcome it cannot tell
//    (a timeout, a reset connection, a 5xx answer) is reported as OrderEvent::Timeout and resolved
//    with lookup(), never by sending again. A lookup that finds nothing after such an outcome is
//    NotFound, which leaves the order Unknown (the request may still be on its way): only the
//    broker's own answer (Reject, or an Ack and fills) ends it;
//  - OrderEvent::NotSent only when the request certainly never reached the broker (the connection
//    was down, the bytes were never written): the order may then go to another broker or, for an
//    exit, again under a new client order id once this one is reachable;
//  - replace() is the broker's own atomic modify: the old order keeps working until the new one
//    is live, so a moved stop leaves no moment without protection. It is answered with CancelAck
//    for the old order and Ack for the new one, or CancelReject for the old and Reject for the
//    new when the broker refuses (the old one is then still working, or already filled). The
//    outcome is reported on the new order (an unknown one as its Timeout, resolved by looking it
//    up); its answer settles the old order even when the old order's own report is lost;
//  - fills carry a unique execution id per broker and are reported once per execution: a broker
//    that reports cumulative quantities converts them (CumulativeFills);
//  - account() and positions() are the last figures the broker sent, with their time: never a
//    network call;
//  - connectivity() says what can be sent now; every change is signalled with a reason;
//  - times are UTC ms; brokerTimeMs is the broker's, receivedTimeMs ours;
//  - echoing Order::handle in updates and fills is optional (-1 when not): receivers look an
//    order up by its client order id when the handle is missing or names another order.
class Broker : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;
    ~Broker() override = default;

    virtual QString name() const = 0;
    BrokerConnectivity connectivity() const { return m_connectivity; }
    // Exits, stops and cancels can be sent (Ready or Degraded).
    bool isConnected() const { return canTakeOrders(m_connectivity); }

    virtual void submit(const Order& order) = 0;
    // An entry with its protective stop and take-profit. The legs become active when the entry
    // fills (for the filled shares) and one cancels the other.
    virtual void submitBracket(const Order& entry, const Order& stop, const Order& target) = 0;
    virtual void cancel(const QString& clientOrderId) = 0;
    // Modify the working order `clientOrderId` into `replacement` (a new client order id, the
    // same ticker, side and leg) at the broker, atomically: see the rules above.
    virtual void replace(const QString& clientOrderId, const Order& replacement) = 0;
    // Answers with an orderUpdated carrying the order's current state, or event NotFound.
    virtual void lookup(const QString& clientOrderId) = 0;

    virtual BrokerAccount account() const = 0;
    // The broker has reported its account at least once. Before that account() is no figure: a
    // remote broker's equity reads 0 until its first answer, and the kill switch must not judge
    // it (an equity of 0 is below every minimum).
    virtual bool hasAccount() const { return true; }
    // account().equity; a broker that can answer without building the whole account overrides
    // it (the executor asks on every bar of a ticker it holds).
    virtual Money equity() const { return account().equity; }
    virtual QList<BrokerPosition> positions() const = 0;
    // When positions() is from (UTC ms); 0 = never received.
    virtual qint64 positionsAsOfMs() const = 0;

    // A direct receiver of the broker's order updates and fills: the executor, whose per-event
    // work is smaller than a Qt signal emission (argument marshalling, connection look-up).
    // Listeners are called in the order they were added, each event before the orderUpdated /
    // fillReceived signal is emitted for it, so slots connected to the signals see an event after
    // the listeners have taken it. A listener removes itself before it is destroyed.
    class Listener {
    public:
        virtual void onBrokerOrderUpdated(const OrderUpdate& update) = 0;
        virtual void onBrokerFillReceived(const Fill& fill) = 0;

    protected:
        ~Listener() = default;
    };
    void addListener(Listener* listener) { m_listeners.push_back(listener); }
    void removeListener(Listener* listener) { std::erase(m_listeners, listener); }

Q_SIGNALS:
    void orderUpdated(const axion::OrderUpdate& update);
    void fillReceived(const axion::Fill& fill);
    void accountUpdated(const axion::BrokerAccount& account);
    void connectivityChanged(axion::BrokerConnectivity state, const QString& reason);

protected:
    // A broker starts Connecting; it calls this as its session changes (the paper broker is
    // Ready from the start). A repeated state is not signalled again.
    void setConnectivity(BrokerConnectivity state, const QString& reason = {}) {
        if (state == m_connectivity)
            return;
        m_connectivity = state;
        Q_EMIT connectivityChanged(state, reason);
    }

    // Every order update and fill of an implementation goes out through these: the listeners,
    // then the signal. The signal is emitted once anything has ever connected to it: a replay
    // without a UI has only the listener, and an emission nobody receives still costs a call
    // into Qt per event.
    void notifyOrderUpdated(const OrderUpdate& update) {
        for (std::size_t i = 0; i < m_listeners.size(); ++i)
            m_listeners[i]->onBrokerOrderUpdated(update);
        if (m_orderSignalWatched.load(std::memory_order_relaxed))
            Q_EMIT orderUpdated(update);
    }
    void notifyFillReceived(const Fill& fill) {
        for (std::size_t i = 0; i < m_listeners.size(); ++i)
            m_listeners[i]->onBrokerFillReceived(fill);
        if (m_fillSignalWatched.load(std::memory_order_relaxed))
            Q_EMIT fillReceived(fill);
    }

    // Implementations that override it call this one.
    void connectNotify(const QMetaMethod& signal) override {
        QObject::connectNotify(signal);
        if (signal == QMetaMethod::fromSignal(&Broker::orderUpdated))
            m_orderSignalWatched.store(true, std::memory_order_relaxed);
        else if (signal == QMetaMethod::fromSignal(&Broker::fillReceived))
            m_fillSignalWatched.store(true, std::memory_order_relaxed);
    }

private:
    BrokerConnectivity m_connectivity = BrokerConnectivity::Connecting;
    std::vector<Listener*> m_listeners;
    // Set, never cleared, by the first connection to the signal. Atomic: a connection may be
    // made from another thread.
    std::atomic<bool> m_orderSignalWatched{false};
    std::atomic<bool> m_fillSignalWatched{false};
};

} // namespace axion
