#include "execution/OrderBook.h"

#include "core/SameString.h"

#include <algorithm>

namespace axion {

bool OrderBook::add(const Order& order, qint64 nowMs) {
    return insert(order, nowMs) >= 0;
}

int OrderBook::insert(const Order& order, qint64 nowMs) {
    if (!m_reserved.isEmpty() && m_reserved.contains(order.clientOrderId)) [[unlikely]]
        return -1; // issued by an earlier run
    // One hash for the check and the insert: operator[] adds the id when it is new.
    const qsizetype known = m_index.size();
    qsizetype& slot = m_index[order.clientOrderId];
    if (m_index.size() == known)
        return -1; // taken: its index is left as it was
    const int index = size();
    slot = index;
    m_orders.push_back(OrderRecord{.order = order,
                                   .state = OrderState::New,
                                   .brokerOrderId = {},
                                   .filled = 0,
                                   .filledCost = {},
                                   .createdMs = nowMs,
                                   .updatedMs = nowMs,
                                   .lastMessage = {}});
    return index;
}

int OrderBook::restore(const OrderRecord& record) {
    const qsizetype known = m_index.size();
    qsizetype& slot = m_index[record.order.clientOrderId];
    if (m_index.size() == known)
        return -1;
    const int index = size();
    slot = index;
    m_orders.push_back(record);
    m_orders.back().order.handle = -1;
    return index;
}

int OrderBook::indexOf(const QString& clientOrderId) const {
    const auto it = m_index.constFind(clientOrderId);
    return it == m_index.cend() ? -1 : static_cast<int>(*it);
}

int OrderBook::resolve(int handle, const QString& clientOrderId) const {
    if (const OrderRecord* r = at(handle)) {
        // Usually the same shared string (the broker's copy of our order): a pointer check.
        if (sameString(r->order.clientOrderId, clientOrderId))
            return handle;
    }
    return indexOf(clientOrderId);
}

const OrderRecord* OrderBook::find(const QString& clientOrderId) const {
    return at(indexOf(clientOrderId));
}

OrderRecord* OrderBook::find(const QString& clientOrderId) {
    return at(indexOf(clientOrderId));
}

QList<const OrderRecord*> OrderBook::working() const {
    QList<const OrderRecord*> out;
    for (const OrderRecord& r : m_orders) {
        if (r.isWorking())
            out.append(&r);
    }
    return out;
}

OrderBookChange OrderBook::apply(const QString& clientOrderId, OrderEvent event, qint64 nowMs,
                                 const QString& message) {
    const int index = indexOf(clientOrderId);
    if (index < 0) {
        OrderBookChange change;
        change.kind = OrderBookChange::UnknownOrder;
        change.detail = QStringLiteral("no order %1").arg(clientOrderId);
        return change;
    }
    return apply(index, event, nowMs, message);
}

OrderBookChange OrderBook::apply(int index, OrderEvent event, qint64 nowMs,
                                 const QString& message) {
    OrderBookChange change;
    OrderRecord* r = at(index);
    if (!r) {
        change.kind = OrderBookChange::UnknownOrder;
        change.detail = QStringLiteral("no order at index %1").arg(index);
        return change;
    }
    change.from = r->state;
    const auto next = OrderStateMachine::transition(r->state, event, r->filled);
    if (!next) {
        change.kind = OrderBookChange::Invalid;
        change.to = r->state;
        change.detail = QStringLiteral("%1 in state %2 is not a valid transition")
                            .arg(toString(event), toString(r->state));
        return change;
    }
    r->state = *next;
    r->updatedMs = nowMs;
    if (!message.isEmpty())
        r->lastMessage = message;
    change.to = *next;
    return change;
}

OrderBookChange OrderBook::resize(int index, Quantity quantity, qint64 nowMs) {
    OrderRecord* r = at(index);
    if (!r) {
        OrderBookChange change;
        change.kind = OrderBookChange::UnknownOrder;
        change.detail = QStringLiteral("no order at index %1").arg(index);
        return change;
    }
    r->order.quantity = std::max(quantity, r->filled);
    r->updatedMs = nowMs;
    if (r->isWorking() && r->filled > 0 && r->filled == r->order.quantity)
        return apply(index, OrderEvent::Fill, nowMs);
    OrderBookChange change;
    change.from = change.to = r->state;
    return change;
}

OrderBookChange OrderBook::applyUpdate(const OrderUpdate& update) {
    return applyUpdate(indexOf(update.clientOrderId), update);
}

OrderBookChange OrderBook::applyUpdate(int index, const OrderUpdate& update) {
    OrderRecord* r = at(index);
    if (!r) {
        OrderBookChange change;
        change.kind = OrderBookChange::UnknownOrder;
        change.detail = QStringLiteral("no order %1").arg(update.clientOrderId);
        return change;
    }
    // Fill quantities come from fills; a fill update only moves the state. A Fill event whose
    // cumulative count is below the order size is really partial (brokers differ in wording).
    OrderEvent event = update.event;
    if (event == OrderEvent::Fill && update.cumulativeFilled > 0 &&
        update.cumulativeFilled < r->order.quantity)
        event = OrderEvent::PartialFill;
    OrderBookChange change = apply(index, event, update.receivedTimeMs, update.message);
    // Usually the same shared string as last time: an assignment would still take and drop a
    // reference.
    if (!update.brokerOrderId.isEmpty() && !sameString(r->brokerOrderId, update.brokerOrderId))
        r->brokerOrderId = update.brokerOrderId;
    return change;
}

OrderBookChange OrderBook::applyFill(const Fill& fill) {
    return applyFill(indexOf(fill.clientOrderId), fill);
}

OrderBookChange OrderBook::applyFill(int index, const Fill& fill) {
    OrderBookChange change;
    OrderRecord* r = at(index);
    if (!r) {
        change.kind = OrderBookChange::UnknownOrder;
        change.detail = QStringLiteral("fill %1 for unknown order %2")
                            .arg(fill.executionId, fill.clientOrderId);
        return change;
    }
    change.from = r->state;
    change.to = r->state;
    if (!m_executions.insert(fill.broker, fill.executionId)) {
        change.kind = OrderBookChange::DuplicateFill;
        change.detail = QStringLiteral("execution %1 already counted").arg(fill.executionId);
        return change;
    }
    if (fill.quantity <= 0 || fill.quantity > r->remaining()) {
        m_executions.remove(fill.broker, fill.executionId); // not counted
        change.kind = OrderBookChange::Overfill;
        change.detail = QStringLiteral("fill of %1 shares on order %2 with %3 remaining")
                            .arg(fill.quantity)
                            .arg(fill.clientOrderId)
                            .arg(r->remaining());
        return change;
    }
    r->filled += fill.quantity;
    r->filledCost += fill.price * fill.quantity;
    r->updatedMs = fill.receivedTimeMs;
    if (isTerminal(r->state) && r->state != OrderState::Filled)
        change.detail = QStringLiteral("late fill on a %1 order").arg(toString(r->state));
    return change;
}

} // namespace axion
