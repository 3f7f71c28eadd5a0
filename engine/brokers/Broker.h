#pragma once

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

// The account as the broker reports it.
struct BrokerAccount {
    Money equity;
    Money cash;
    Money buyingPower;
    Money lastEquity; // equity at the previous close: the base of the daily P&L
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
// IbkrBroker later. Calls return at once; answers arrive as listener calls and signals, possibly
// before the call returns (the paper broker answers synchronously), so callers record an order
// before submitting.
//
// Rules every implementation keeps:
//  - an order is sent once; a broker never retries a submit by itself. An ambiguous outcome is
//    reported as OrderEvent::Timeout and resolved with lookup(), never by sending again;
//  - fills carry a unique execution id per broker and are reported once per execution (a
//    broker that reports cumulative quantities converts them);
//  - times are UTC ms; brokerTimeMs is the broker's, receivedTimeMs ours;
//  - echoing Order::handle in updates and fills is optional (-1 when not): receivers look an
//    order up by its client order id when the handle is missing or names another order.
class Broker : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;
    ~Broker() override = default;

    virtual QString name() const = 0;
    virtual bool isConnected() const = 0;

    virtual void submit(const Order& order) = 0;
    // An entry with its protective stop and take-profit. The legs become active when the entry
    // fills (for the filled shares) and one cancels the other.
    virtual void submitBracket(const Order& entry, const Order& stop, const Order& target) = 0;
    virtual void cancel(const QString& clientOrderId) = 0;
    // Answers with an orderUpdated carrying the order's current state, or event NotFound.
    virtual void lookup(const QString& clientOrderId) = 0;

    virtual BrokerAccount account() const = 0;
    // account().equity; a broker that can answer without building the whole account overrides
    // it (the executor asks on every bar of a ticker it holds).
    virtual Money equity() const { return account().equity; }
    virtual QList<BrokerPosition> positions() const = 0;

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
    void connectionChanged(bool connected, const QString& reason);

protected:
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
    std::vector<Listener*> m_listeners;
    // Set, never cleared, by the first connection to the signal. Atomic: a connection may be
    // made from another thread.
    std::atomic<bool> m_orderSignalWatched{false};
    std::atomic<bool> m_fillSignalWatched{false};
};

} // namespace axion
