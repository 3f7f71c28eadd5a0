#include "execution/TradePlan.h"

#include "core/ClientOrderId.h"
#include "core/SameString.h"
#include "execution/ExitMonitor.h"

namespace axion {

QString TradeCommand::describe() const {
    switch (kind) {
    case Kind::SubmitBracket: {
        QStringList ids;
        for (const Order& o : orders)
            ids << o.clientOrderId;
        return QStringLiteral("submit_bracket %1 %2")
            .arg(ids.join(QLatin1Char(' ')))
            .arg(orders.empty() ? 0 : orders.front().quantity);
    }
    case Kind::Submit: {
        const Order& o = orders.front();
        return QStringLiteral("submit %1 %2 %3 %4")
            .arg(o.clientOrderId, toString(o.side))
            .arg(o.quantity)
            .arg(toString(o.type));
    }
    case Kind::Cancel:
        return QStringLiteral("cancel %1").arg(clientOrderId);
    case Kind::ReplacedGone:
        return QStringLiteral("replaced_gone %1").arg(clientOrderId);
    case Kind::ReplacedKept:
        return QStringLiteral("replaced_kept %1").arg(clientOrderId);
    case Kind::Replace:
        return QStringLiteral("replace %1 by %2 %3 stop %4")
            .arg(clientOrderId, orders.front().clientOrderId)
            .arg(orders.front().quantity)
            .arg(orders.front().stopPrice ? orders.front().stopPrice->toString() : QString());
    case Kind::ResizeLeg:
        return QStringLiteral("resize %1 %2").arg(clientOrderId).arg(quantity);
    case Kind::RecordEntry:
        return QStringLiteral("record_entry");
    case Kind::RecordScaleIn:
        return QStringLiteral("record_scale_in");
    case Kind::RecordExit:
        return QStringLiteral("record_exit %1").arg(text);
    case Kind::Alert:
        return QStringLiteral("alert");
    case Kind::LateFill:
        return QStringLiteral("late_fill");
    }
    return QStringLiteral("unknown");
}

namespace {

TradeCommand command(TradeCommand::Kind kind, const QString& clientOrderId = {},
                     const QString& text = {}) {
    TradeCommand c;
    c.kind = kind;
    c.clientOrderId = clientOrderId;
    c.text = text;
    return c;
}

} // namespace

TradePlan::TradePlan(const Signal& signal, std::optional<Price> target)
    : m_signal(signal)
    , m_target(target) {}

TradePlan TradePlan::resume(const Signal& signal, std::optional<Price> target,
                            const TradeFacts& facts, const QStringList& workingOrders) {
    TradePlan plan(signal, target);
    plan.m_phase = TradePhase::Open;
    for (const QString& id : workingOrders) {
        const OrderRecord* r = facts.book.find(id);
        if (!r)
            continue;
        switch (r->order.leg) {
        case OrderLeg::Entry:
        case OrderLeg::Scale:
            plan.m_entries << id;
            plan.m_entryBars.push_back(0);
            break;
        case OrderLeg::Stop:
        case OrderLeg::Target:
            plan.m_protective << id;
            break;
        case OrderLeg::Exit:
            plan.m_exits << id;
            plan.m_phase = TradePhase::Exiting;
            plan.m_exitReason = QStringLiteral("restart");
            break;
        }
    }
    return plan;
}

TradeCommands TradePlan::protect(const TradeFacts& facts) {
    TradeCommands out;
    if (!TradeLifecycle::managesPosition(m_phase) || facts.held <= 0)
        return out;
    Quantity covered = 0;
    for (const QString& id : m_protective) {
        const OrderRecord* r = facts.book.find(id);
        if (r && r->isWorking() && r->order.leg == OrderLeg::Stop)
            covered += r->remaining();
    }
    if (covered >= facts.held)
        return out;
    out.push_back(command(TradeCommand::Kind::Alert, QString(),
                          QStringLiteral("%1: %2 of %3 shares had no stop at the broker; a stop "
                                         "for them goes in at %4")
                              .arg(m_signal.ticker)
                              .arg(facts.held - covered)
                              .arg(facts.held)
                              .arg(m_signal.stopLoss.toString())));
    submit(stopOrder(facts.book, facts.held - covered, facts.heldBroker, m_signal.signalId),
           m_protective, out);
    return out;
}

bool TradePlan::advance(TradeEvent event) {
    const auto next = TradeLifecycle::transition(m_phase, event);
    if (!next)
        return false;
    m_phase = *next;
    return true;
}

bool TradePlan::working(const TradeFacts& facts, const QString& clientOrderId) const {
    const OrderRecord* r = facts.book.find(clientOrderId);
    return r && r->isWorking();
}

bool TradePlan::anyWorking(const TradeFacts& facts, const QStringList& orders) const {
    for (const QString& id : orders) {
        if (working(facts, id))
            return true;
    }
    return false;
}

void TradePlan::cancel(const TradeFacts& facts, const QString& clientOrderId,
                       TradeCommands& out) const {
    const OrderRecord* r = facts.book.find(clientOrderId);
    // An order whose last share filled (its report not in yet) has nothing left to cancel.
    if (!r || !r->isWorking() || r->state == OrderState::CancelPending || r->remaining() <= 0)
        return;
    for (const TradeCommand& c : out) {
        if (c.kind == TradeCommand::Kind::Cancel && c.clientOrderId == clientOrderId)
            return; // asked already in this step
    }
    out.push_back(command(TradeCommand::Kind::Cancel, clientOrderId));
}

// Protective legs first, then entries: a stop never outlives the shares it covers by more than
// the broker's answer.
void TradePlan::cancelAll(const TradeFacts& facts, TradeCommands& out) const {
    cancelProtective(facts, out);
    for (const QString& id : m_entries)
        cancel(facts, id, out);
}

void TradePlan::cancelProtective(const TradeFacts& facts, TradeCommands& out) const {
    for (const QString& id : m_protective)
        cancel(facts, id, out);
}

void TradePlan::cancelWorkingEntries(const TradeFacts& facts, TradeCommands& out) {
    m_scaleIn.reset();
    for (const QString& id : m_entries)
        cancel(facts, id, out);
}

void TradePlan::submit(const Order& order, QStringList& into, TradeCommands& out) {
    into << order.clientOrderId;
    if (&into == &m_entries)
        m_entryBars.push_back(0);
    TradeCommand c = command(TradeCommand::Kind::Submit, order.clientOrderId);
    c.orders.push_back(order);
    out.push_back(std::move(c));
}

void TradePlan::submitBracket(const EntryPlan& plan, TradeCommands& out) {
    if (plan.scaleIn && !m_scaleIn)
        m_scaleIn = plan.scaleIn;
    m_entries << plan.entry.clientOrderId;
    m_entryBars.push_back(0);
    m_protective << plan.stop.clientOrderId << plan.target.clientOrderId;
    TradeCommand c = command(TradeCommand::Kind::SubmitBracket, plan.entry.clientOrderId);
    c.orders = {plan.entry, plan.stop, plan.target};
    out.push_back(std::move(c));
}

TradeCommands TradePlan::enter(const EntryPlan& plan) {
    TradeCommands out;
    if (m_phase != TradePhase::PendingEntry || !m_entries.isEmpty())
        return out; // the first bracket once; later ones are adds
    submitBracket(plan, out);
    return out;
}

TradeCommands TradePlan::add(const EntryPlan& plan) {
    TradeCommands out;
    if (!advance(TradeEvent::AddApproved))
        return out;
    submitBracket(plan, out);
    return out;
}

QString TradePlan::freshId(const OrderBook& book, const QString& signalId, OrderLeg leg,
                           int& sequence) {
    QString id;
    do
        id = clientOrderId(signalId, leg, ++sequence);
    while (book.isTaken(id));
    return id;
}

Order TradePlan::stopOrder(const OrderBook& book, Quantity quantity, const QString& broker,
                           const QString& signalId) {
    const bool isLong = m_signal.direction == Direction::Long;
    Order stop;
    // The sequence is the trade's: unique among its stops whichever signal names them.
    stop.clientOrderId = freshId(book, signalId, OrderLeg::Stop, m_stopSequence);
    stop.signalId = signalId;
    stop.leg = OrderLeg::Stop;
    stop.ticker = m_signal.ticker;
    stop.side = isLong ? OrderSide::Sell : OrderSide::Buy;
    stop.quantity = quantity;
    stop.type = OrderType::Stop;
    stop.stopPrice = roundToTick(m_signal.stopLoss, isLong ? TickRounding::Down : TickRounding::Up);
    stop.timeInForce = isIntraday(m_signal.tradeType) ? TimeInForce::Day : TimeInForce::Gtc;
    stop.broker = broker;
    return stop;
}

// An entry that ended part filled: its bracket's legs are held at the broker for the shares it
// bought, and so they must be in the book (a leg left "partially filled" forever would hold back
// every exit).
void TradePlan::sizeBracketLegs(const TradeFacts& facts, const OrderRecord& entry,
                                TradeCommands& out) {
    const QString entryId = entry.order.clientOrderId;
    for (const QString& id : m_protective) {
        const OrderRecord* r = facts.book.find(id);
        if (!r || r->order.quantity == entry.filled ||
            !sameString(r->order.parentClientOrderId, entryId))
            continue;
        TradeCommand c = command(TradeCommand::Kind::ResizeLeg, id);
        c.quantity = entry.filled;
        out.push_back(std::move(c));
    }
}

TradeCommands TradePlan::onOrderUpdate(const TradeFacts& facts, const QString& clientOrderId,
                                       OrderEvent event, const QString& message) {
    TradeCommands out;
    const OrderRecord* r = facts.book.find(clientOrderId);
    if (!r)
        return out;
    const bool entryEnded = !r->isWorking() && r->order.leg == OrderLeg::Entry;
    if (entryEnded && r->state != OrderState::Filled) {
        // The first half of a scale-in that did not fill in full: no second half.
        if (m_scaleIn && sameString(m_scaleIn->signalId, r->order.signalId))
            m_scaleIn.reset();
        if (r->filled > 0 && r->filled < r->order.quantity)
            sizeBracketLegs(facts, *r, out);
    }
    // An entry that ended without a single share, nothing held and nothing else that could
    // buy: the trade never existed. Its legs go.
    // A Filled report whose executions have not arrived (a lookup's answer can come first) is
    // no empty entry: its shares are on their way.
    if (entryEnded && r->state != OrderState::Filled && r->filled == 0 && facts.held <= 0 &&
        !anyWorking(facts, m_entries)) {
        bool bought = false;
        for (const QString& id : m_entries) {
            if (const OrderRecord* e = facts.book.find(id); e && e->filled > 0)
                bought = true;
        }
        if (!bought && advance(TradeEvent::EntryEndedEmpty)) {
            m_scaleIn.reset();
            cancelProtective(facts, out);
        }
    }
    if (const auto replaced = m_replacing.constFind(clientOrderId);
        replaced != m_replacing.cend() && event != OrderEvent::Submit) {
        const QString old = *replaced;
        // The answer on the replacement settles the old stop too, whatever became of the old
        // stop's own report: without it an old stop whose report was lost would stay
        // CancelPending and hold back every exit.
        const OrderRecord* o = facts.book.find(old);
        const bool oldPending = o && o->state == OrderState::CancelPending;
        if (event == OrderEvent::Reject || event == OrderEvent::NotSent) {
            // The broker kept the old stop (working, or it filled meanwhile): the shares are
            // covered as before. The move did not happen, and the operator is told.
            m_replacing.erase(replaced);
            if (oldPending)
                out.push_back(command(TradeCommand::Kind::ReplacedKept, old,
                                      QStringLiteral("its replacement %1 was refused (%2): still "
                                                     "working")
                                          .arg(clientOrderId, toString(event))));
            out.push_back(
                command(TradeCommand::Kind::Alert, clientOrderId,
                        QStringLiteral("%1: the broker refused to move stop %2 (%3); it stays "
                                       "where it was")
                            .arg(m_signal.ticker, old, message)));
            proceed(facts, out);
            return out;
        }
        if (!r->isWorking() || r->state == OrderState::Accepted ||
            r->state == OrderState::PartiallyFilled) {
            m_replacing.erase(replaced); // live (or already done): the move is complete
            if (oldPending)
                out.push_back(command(TradeCommand::Kind::ReplacedGone, old,
                                      QStringLiteral("replaced by ") + clientOrderId));
        }
    }
    if (event == OrderEvent::NotSent && r->order.leg == OrderLeg::Stop &&
        r->order.parentClientOrderId.isEmpty() && TradeLifecycle::managesPosition(m_phase) &&
        facts.held > 0) {
        // A single stop (a scale-in's, a moved one) for shares that are held; a bracket's stop
        // that was not sent went with its entry, which bought nothing.
        // The stop never reached the broker (its connection failed first): a stop for the same
        // shares goes again, under a new id, held until the broker is reachable.
        submit(stopOrder(facts.book, r->order.quantity - r->filled, r->order.broker,
                         r->order.signalId),
               m_protective, out);
        proceed(facts, out);
        return out;
    }
    if ((event == OrderEvent::Reject || event == OrderEvent::NotSent) &&
        advance(TradeEvent::BrokerRejected) && r->order.leg == OrderLeg::Stop &&
        (TradeLifecycle::managesPosition(m_phase) || m_phase == TradePhase::PendingEntry)) {
        // A refused stop leaves shares (or the shares a working entry may still buy) without
        // protection at the broker: the trade is flattened, and the operator is told.
        out.push_back(
            command(TradeCommand::Kind::Alert, clientOrderId,
                    QStringLiteral("%1: the broker refused stop %2 (%3); closing the trade")
                        .arg(m_signal.ticker, clientOrderId, message)));
        beginExit(facts, QStringLiteral("stop_rejected"), TradeEvent::ExitDecided, out);
    }
    if ((event == OrderEvent::CancelAck || event == OrderEvent::Expire) &&
        r->order.leg == OrderLeg::Stop && m_phase == TradePhase::Open &&
        m_protective.contains(clientOrderId)) {
        // A stop ended while the trade holds shares and means to keep them. At Alpaca,
        // cancelling any member of a bracket cancels the group: an entry partly filled and then
        // cancelled takes its held stop with it. The shares get a stop of their own at once.
        const TradeCommands more = protect(facts);
        out.insert(out.end(), more.begin(), more.end());
    }
    proceed(facts, out);
    return out;
}

TradeCommands TradePlan::onFill(const TradeFacts& facts, const QString& clientOrderId,
                                FillOutcome::Kind kind, Quantity quantity, const QString& broker) {
    TradeCommands out;
    const OrderRecord* r = facts.book.find(clientOrderId);
    if (!r)
        return out;
    const OrderLeg leg = r->order.leg;
    switch (kind) {
    case FillOutcome::Opened:
    case FillOutcome::Increased: {
        advance(TradeEvent::EntryFilled);
        if (TradeLifecycle::managesPosition(m_phase)) {
            if (m_stopMoved) {
                // One stop covers the whole position since the operator moved it: resized for
                // the new shares (an entry's late partial fill or a scale-in).
                replaceStop(facts, out);
            } else if (leg == OrderLeg::Scale) {
                // A scale-in's shares are not covered by the entry's bracket: a stop of their
                // own, named by the signal the scale-in belongs to.
                submit(stopOrder(facts.book, quantity, broker, r->order.signalId), m_protective,
                       out);
            }
        }
        out.push_back(command(kind == FillOutcome::Opened ? TradeCommand::Kind::RecordEntry
                                                          : TradeCommand::Kind::RecordScaleIn,
                              clientOrderId));
        if (kind == FillOutcome::Opened && closed()) {
            // A late fill reopened a closed trade (a cancel lost its race at the broker): real
            // shares that nobody planned. Tracked as the trade and flattened at once.
            out.push_back(command(TradeCommand::Kind::LateFill, clientOrderId,
                                  QStringLiteral("late fill of %1 shares reopened the closed %2 "
                                                 "trade; flattening it")
                                      .arg(quantity)
                                      .arg(m_signal.ticker)));
            beginExit(facts, QStringLiteral("late_fill"), TradeEvent::LateFill, out);
        }
        break;
    }
    case FillOutcome::Reduced:
        // After a moved stop, one stop covers the whole position: a target's partial fill leaves
        // it too large, so it is replaced for what is left.
        if (m_stopMoved && leg != OrderLeg::Stop && TradeLifecycle::managesPosition(m_phase)) {
            replaceStop(facts, out);
        }
        break;
    case FillOutcome::Closed: {
        QString reason = m_exitReason;
        if (leg == OrderLeg::Stop)
            reason = toString(ExitReason::StopLoss);
        else if (leg == OrderLeg::Target)
            reason = toString(ExitReason::ProfitTarget);
        if (reason.isEmpty())
            reason = QStringLiteral("manual");
        out.push_back(command(TradeCommand::Kind::RecordExit, clientOrderId, reason));
        // Whatever still works for this trade (the other bracket leg, a scale-in) goes. The
        // trade is flat but kept, closed, until none of its orders can fill any more: a cancel
        // may lose its race with a fill.
        cancelAll(facts, out);
        advance(TradeEvent::PositionFlat);
        m_exitReason.clear();
        m_scaleIn.reset();
        retireIfDone(facts);
        break;
    }
    case FillOutcome::Duplicate:
    case FillOutcome::Rejected:
        break; // the position did not change: the executor flags it
    }
    return out;
}

TradeCommands TradePlan::exit(const TradeFacts& facts, const QString& reason) {
    TradeCommands out;
    beginExit(facts, reason, TradeEvent::ExitDecided, out); // refused once the trade is closed
    return out;
}

void TradePlan::beginExit(const TradeFacts& facts, const QString& reason, TradeEvent event,
                          TradeCommands& out) {
    // An exit already under way keeps its first reason.
    if (exiting() || !advance(event))
        return;
    m_exitReason = reason;
    m_scaleIn.reset();
    cancelAll(facts, out);
    submitExitIfReady(facts, out);
}

void TradePlan::submitExitIfReady(const TradeFacts& facts, TradeCommands& out) {
    if (!m_exits.isEmpty() && working(facts, m_exits.constLast()))
        return; // one exit at a time
    for (const TradeCommand& c : out) {
        if (c.kind == TradeCommand::Kind::Submit && c.orders.front().leg == OrderLeg::Exit)
            return; // decided in this step, not in the book yet
    }
    // Wait until no protective leg or entry can still fill: selling the same shares twice would
    // open a position the other way.
    if (anyWorking(facts, m_protective) || anyWorking(facts, m_entries))
        return;
    if (facts.held <= 0)
        return;
    Order exit;
    exit.clientOrderId = freshId(facts.book, m_signal.signalId, OrderLeg::Exit, m_exitSequence);
    exit.signalId = m_signal.signalId;
    exit.leg = OrderLeg::Exit;
    exit.ticker = m_signal.ticker;
    exit.side = m_signal.direction == Direction::Long ? OrderSide::Sell : OrderSide::Buy;
    exit.quantity = facts.held;
    exit.type = OrderType::Market;
    exit.timeInForce = TimeInForce::Day;
    exit.broker = facts.heldBroker;
    submit(exit, m_exits, out);
}

TradeCommands TradePlan::closeAtEod(const TradeFacts& facts) {
    TradeCommands out;
    if (closed() || exiting())
        return out;
    m_scaleIn.reset();
    if (facts.held > 0)
        beginExit(facts, toString(ExitReason::EodClose), TradeEvent::ExitDecided, out);
    else
        cancelWorkingEntries(facts, out);
    return out;
}

TradeCommands TradePlan::cancelEntries(const TradeFacts& facts) {
    TradeCommands out;
    cancelWorkingEntries(facts, out);
    return out;
}

TradeCommands TradePlan::moveStop(const TradeFacts& facts, Price stop) {
    TradeCommands out;
    if (!TradeLifecycle::allows(m_phase, TradeEvent::StopMoveRequested))
        return out;
    m_signal.stopLoss = stop;
    if (const QStringList stops = replaceableStops(facts); !stops.isEmpty()) {
        const bool isLong = m_signal.direction == Direction::Long;
        const Price price = roundToTick(stop, isLong ? TickRounding::Down : TickRounding::Up);
        for (const QString& id : stops) {
            const Order& old = facts.book.find(id)->order;
            Order moved = old;
            moved.clientOrderId = freshId(facts.book, old.signalId, OrderLeg::Stop, m_stopSequence);
            moved.stopPrice = price;
            moved.handle = -1;
            m_protective << moved.clientOrderId;
            m_replacing.insert(moved.clientOrderId, id);
            TradeCommand c = command(TradeCommand::Kind::Replace, id);
            c.orders.push_back(std::move(moved));
            out.push_back(std::move(c));
        }
        return out;
    }
    m_stopMoved = true;
    replaceStop(facts, out);
    return out;
}

QStringList TradePlan::replaceableStops(const TradeFacts& facts) const {
    if (!m_replacing.isEmpty() || m_phase == TradePhase::StopReplacing)
        return {};
    QStringList stops;
    for (const QString& id : m_protective) {
        const OrderRecord* r = facts.book.find(id);
        if (!r || !r->isWorking() || r->order.leg != OrderLeg::Stop)
            continue;
        if (r->state != OrderState::Accepted || r->filled > 0 || r->order.type != OrderType::Stop)
            return {};
        stops << id;
    }
    return stops;
}

void TradePlan::cancelStops(const TradeFacts& facts, TradeCommands& out) {
    advance(TradeEvent::StopMoveRequested);
    // The bracket's target goes too: it is one-cancels-other with the bracket's stop only, not
    // with the stop that replaces it, and one bar through both would sell the shares twice. The
    // exit monitor keeps the target as a strategy exit from here on.
    cancelProtective(facts, out);
}

void TradePlan::replaceStop(const TradeFacts& facts, TradeCommands& out) {
    cancelStops(facts, out);
    placeMovedStop(facts, out);
}

// The moved stop goes in once no old stop can fill (their cancels confirmed): selling the same
// shares twice would open a position the other way.
void TradePlan::placeMovedStop(const TradeFacts& facts, TradeCommands& out) {
    if (m_phase != TradePhase::StopReplacing || anyWorking(facts, m_protective))
        return;
    advance(TradeEvent::StopsGone);
    if (facts.held <= 0)
        return;
    submit(stopOrder(facts.book, facts.held, facts.heldBroker, m_signal.signalId), m_protective,
           out);
}

TradeCommands TradePlan::onTimeframeBar(const TradeFacts& facts, const EntryPlanner& planner) {
    TradeCommands out;
    // Each limit entry (the first one, an add's) ages from its own placing.
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const OrderRecord* r = facts.book.find(m_entries[i]);
        if (r && r->isWorking() && r->order.leg == OrderLeg::Entry &&
            r->order.type == OrderType::Limit &&
            planner.limitExpired(++m_entryBars[std::size_t(i)]))
            cancel(facts, m_entries[i], out);
    }
    return out;
}

bool TradePlan::scaleInDue(const TradeFacts& facts) const {
    if (!m_scaleIn || !TradeLifecycle::managesPosition(m_phase))
        return false;
    // The second half waits for its first half to be in (the entry of the signal it belongs to,
    // the trade's or an add's): a pullback before that entry filled is the entry's own limit,
    // not a scale-in.
    const OrderRecord* firstHalf =
        facts.book.find(clientOrderId(m_scaleIn->signalId, OrderLeg::Entry));
    return firstHalf && firstHalf->state == OrderState::Filled;
}

TradeCommands TradePlan::placeScaleIn(const Order& order) {
    TradeCommands out;
    if (!m_scaleIn)
        return out;
    m_scaleIn.reset();
    ++m_scaleSequence;
    submit(order, m_entries, out);
    return out;
}

TradeCommands TradePlan::reassert(const TradeFacts& facts) {
    TradeCommands out;
    if (exiting()) {
        cancelAll(facts, out);
        submitExitIfReady(facts, out);
    } else if (m_phase == TradePhase::StopReplacing) {
        replaceStop(facts, out);
    } else if (m_phase == TradePhase::Closed) {
        cancelAll(facts, out); // flat: what still works for it goes (a cancel held back)
    }
    return out;
}

TradeCommands TradePlan::proceed(const TradeFacts& facts) {
    TradeCommands out;
    proceed(facts, out);
    return out;
}

void TradePlan::proceed(const TradeFacts& facts, TradeCommands& out) {
    if (exiting())
        submitExitIfReady(facts, out);
    else if (m_phase == TradePhase::StopReplacing)
        placeMovedStop(facts, out);
    if (m_phase == TradePhase::Closed)
        retireIfDone(facts);
}

void TradePlan::retireIfDone(const TradeFacts& facts) {
    if (m_phase != TradePhase::Closed)
        return;
    if (anyWorking(facts, m_entries) || anyWorking(facts, m_protective) ||
        (!m_exits.isEmpty() && working(facts, m_exits.constLast())))
        return; // may still fill
    advance(TradeEvent::OrdersDone);
}

} // namespace axion
