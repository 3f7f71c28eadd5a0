#pragma once

#include "brokers/Broker.h"
#include "core/Fill.h"
#include "core/Money.h"
#include "core/Order.h"
#include "core/OrderRecord.h"
#include "execution/ExecutionIdSet.h"
#include "execution/OrderStateMachine.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <vector>

namespace axion {

// Every order of the session by client order id, driven through the OrderStateMachine. Fills are
// deduplicated by (broker, execution id) and checked against the order's size; state changes
// come from the broker's order updates. Pure bookkeeping: no I/O.
//
// Orders are never removed, so an order's index (its place in insertion order) names it for the
// book's lifetime. The executor keeps indices instead of client order ids: on its per-bar and
// per-event paths an index is a vector access where an id is a string hash and compare. Every
// operation exists in both forms; the id forms look the index up first.
class OrderBook {
public:
    // Room for a trading day's orders without growing: every growth rehashes every id.
    OrderBook() {
        m_index.reserve(1024);
        m_orders.reserve(1024);
    }

    // Records a new order in state New. Refuses an id it already has: an order is never placed
    // twice under one id.
    bool add(const Order& order, qint64 nowMs);
    // add() that returns the new order's index, or -1 when the id is taken (by an order in the
    // book, or one an earlier run on the journal issued: reserve()).
    int insert(const Order& order, qint64 nowMs);
    // An order an earlier run left working, as the journal (and the reconciliation) has it: its
    // state, fills and times. -1 when its id is in the book already.
    int restore(const OrderRecord& record);
    // Client order ids issued by earlier runs on the journal: never issued again.
    void reserve(const QSet<QString>& clientOrderIds) { m_reserved.unite(clientOrderIds); }
    // The id names an order in the book or one reserved.
    bool isTaken(const QString& clientOrderId) const {
        return m_index.contains(clientOrderId) || m_reserved.contains(clientOrderId);
    }
    // An execution counted by an earlier run (a restart): a fill that repeats it is a duplicate.
    void rememberExecution(const QString& broker, const QString& executionId) {
        m_executions.insert(broker, executionId);
    }

    // Our own events (Submit, CancelRequest, Timeout) and the broker's updates.
    OrderBookChange apply(const QString& clientOrderId, OrderEvent event, qint64 nowMs,
                          const QString& message = {});
    OrderBookChange apply(int index, OrderEvent event, qint64 nowMs, const QString& message = {});
    OrderBookChange applyUpdate(const OrderUpdate& update);
    // applyUpdate() for the order at `index` (indexOf(update.clientOrderId)); -1: unknown order.
    OrderBookChange applyUpdate(int index, const OrderUpdate& update);
    // A fill: dedup, overfill check, then counted. A fill for an order in a terminal state
    // (late execution after a cancel) is still counted, and reported Applied with a detail.
    OrderBookChange applyFill(const Fill& fill);
    // applyFill() for the order at `index` (indexOf(fill.clientOrderId)); -1: unknown order.
    OrderBookChange applyFill(int index, const Fill& fill);

    // The order is for `quantity` shares from now on, never fewer than have filled: a bracket
    // leg whose entry ended part filled is held at the broker for the shares bought. A working
    // order whose fills reach the new size is Filled (its broker's last fill report said
    // "partial" of the old size).
    OrderBookChange resize(int index, Quantity quantity, qint64 nowMs);

    // The index of the order with this id, or -1.
    int indexOf(const QString& clientOrderId) const;
    // indexOf() for a broker event that may echo the order's handle (its index): the handle is
    // taken when it names an order with this id, which costs a compare instead of a hash; the
    // id decides otherwise (no handle, or a broker that numbers orders differently).
    int resolve(int handle, const QString& clientOrderId) const;
    // The order at an index from insert() or indexOf(); nullptr for -1 (or any index out of range).
    const OrderRecord* at(int index) const {
        return index >= 0 && index < size() ? &m_orders[static_cast<std::size_t>(index)] : nullptr;
    }
    OrderRecord* at(int index) {
        return index >= 0 && index < size() ? &m_orders[static_cast<std::size_t>(index)] : nullptr;
    }

    const OrderRecord* find(const QString& clientOrderId) const;
    OrderRecord* find(const QString& clientOrderId);
    // Working orders in insertion order (deterministic).
    QList<const OrderRecord*> working() const;
    int size() const { return static_cast<int>(m_orders.size()); }

private:
    std::vector<OrderRecord> m_orders; // insertion order
    QHash<QString, qsizetype> m_index; // client id -> position in m_orders
    QSet<QString> m_reserved;          // ids of earlier runs (reserve())
    ExecutionIdSet m_executions;       // (broker, execution id) of the fills counted
};

} // namespace axion
