#include "brokers/PaperBroker.h"

#include "core/IdText.h"
#include "core/SameString.h"

#include <QMetaMethod>
#include <algorithm>
#include <array>
#include <cmath>
#include <initializer_list>
#include <limits>

namespace axion {

namespace {

constexpr qint64 kPpm = 1'000'000;
constexpr qint64 kNever = std::numeric_limits<qint64>::max();

// Ratios arrive as doubles; the arithmetic on prices is done in integer millionths so that a
// slipped price that lands exactly on a tick is not pushed one tick further by binary rounding.
qint64 toPpm(double ratio) {
    if (!std::isfinite(ratio))
        return 0;
    return static_cast<qint64>(std::llround(ratio * static_cast<double>(kPpm)));
}

// Orders in a working list are either working or already ended; inline because the replay loop
// asks this for every working order on every bar.
inline bool isWorking(OrderState state) {
    return state == OrderState::Accepted || state == OrderState::PartiallyFilled;
}

// Bracket legs are named by their place in the bracket, whatever their Order::leg says.
QString bracketLegName(std::size_t index) {
    static constexpr std::array<const char16_t*, 3> kNames{u"entry", u"stop", u"target"};
    return QString::fromUtf16(kNames[index]);
}

// "paper-<ticker><separator><n>": broker order ids and execution ids, made for every order and
// fill. The separators carry the run when there is one ("-r3-order-", "-r3-").
QString numberedId(const QString& ticker, QStringView separator, quint64 n) {
    constexpr QStringView kPrefix = u"paper-";
    const int digits = decimalDigits(n);
    QString id(kPrefix.size() + ticker.size() + separator.size() + digits, Qt::Uninitialized);
    QChar* out = writeText(id.data(), kPrefix);
    out = writeText(out, ticker);
    out = writeText(out, separator);
    writeDecimal(out, n, digits);
    return id;
}

QString endedHow(OrderState state) {
    switch (state) {
    case OrderState::Expired:
        return QStringLiteral("expired");
    case OrderState::Rejected:
        return QStringLiteral("was rejected");
    default:
        return QStringLiteral("was cancelled");
    }
}

} // namespace

PaperBroker::PaperBroker(const PaperBrokerSettings& settings, QObject* parent)
    : Broker(parent)
    , m_settings(settings)
    , m_sessionEndMs(std::numeric_limits<qint64>::min()) {
    m_slippagePpm = std::clamp<qint64>(toPpm(settings.slippage), 0, kPpm - 1);
    const double p = settings.maxParticipation;
    m_participationPpm =
        (std::isfinite(p) && p > 0.0 && p < 1.0) ? std::clamp<qint64>(toPpm(p), 1, kPpm - 1) : 0;
    if (settings.idRun > 0) {
        const QString run = QStringLiteral("-r") + QString::number(settings.idRun);
        m_orderIdSeparator = run + QStringLiteral("-order-");
        m_executionIdSeparator = run + QStringLiteral("-");
    }
    m_cash = settings.startingCash;
    m_lastEquity = settings.previousCloseEquity.value_or(settings.startingCash);
    m_lastAccount = account();
    setConnectivity(BrokerConnectivity::Ready);
    // A trading day's orders without growing: every growth rehashes every id.
    m_byClientId.reserve(1024);
}

PaperBroker::~PaperBroker() = default;

QString PaperBroker::name() const {
    return QStringLiteral("paper");
}

// ---------------------------------------------------------------------------------------------
// Lookups

PaperBroker::TickerBook& PaperBroker::bookFor(const QString& ticker) {
    TickerBook* book = m_bookByTicker.value(ticker, nullptr);
    if (!book) {
        book = &m_books.emplace_back();
        // A deep copy: the caller's string may be raw data over a buffer it reuses.
        book->ticker = QString(ticker.constData(), ticker.size());
        m_bookByTicker.insert(book->ticker, book);
    }
    return *book;
}

const PaperBroker::TickerBook* PaperBroker::findBook(const QString& ticker) const {
    return m_bookByTicker.value(ticker, nullptr);
}

PaperBroker::OrderRec* PaperBroker::findOrder(const QString& clientOrderId) const {
    return m_byClientId.value(clientOrderId, nullptr);
}

int PaperBroker::workingOrderCount() const {
    int n = 0;
    for (std::size_t i = 0; i < m_orders.size(); ++i) {
        if (!isTerminal(m_orders[i].state))
            ++n;
    }
    return n;
}

// ---------------------------------------------------------------------------------------------
// Submission

QString PaperBroker::structuralReject(const Order& order) const {
    if (QString why = validate(order); !why.isEmpty())
        return why;
    if (m_byClientId.contains(order.clientOrderId)) {
        return QStringLiteral("duplicate client order id %1: an order with this id was already "
                              "received and is never placed twice")
            .arg(order.clientOrderId);
    }
    return {};
}

QString PaperBroker::buyingPowerReject(const Order& order, Quantity& openingQty,
                                       Price& reservePrice) const {
    const TickerBook* book = findBook(order.ticker);
    const Quantity position = book ? book->position : 0;
    const bool buy = order.side == OrderSide::Buy;
    // Only the part that opens (or adds to) a position needs buying power; closing shares free it.
    const Quantity closable =
        buy ? std::max<Quantity>(0, -position) : std::max<Quantity>(0, position);
    openingQty = std::max<Quantity>(0, order.quantity - closable);
    if (openingQty == 0)
        return {};

    Price reference;
    switch (order.type) {
    case OrderType::Limit:
    case OrderType::StopLimit:
        reference = *order.limitPrice;
        break;
    case OrderType::Stop:
        reference = slipped(*order.stopPrice, order.side);
        break;
    case OrderType::Market:
        if (!book || !book->hasMark) {
            return QStringLiteral("no price known for %1 yet: a market order that opens a position "
                                  "needs a bar first, to check buying power")
                .arg(order.ticker);
        }
        reference = slipped(book->mark, order.side);
        break;
    }
    reservePrice = reference;
    const Money cost = reference * openingQty;
    const Money buyingPower = account().buyingPower;
    if (cost > buyingPower) {
        return QStringLiteral("insufficient buying power: %1 %2 shares of %3 at %4 need $%5, "
                              "buying power is $%6")
            .arg(toString(order.side))
            .arg(openingQty)
            .arg(order.ticker, reference.toString(), cost.toString(), buyingPower.toString());
    }
    return {};
}

PaperBroker::OrderRec& PaperBroker::record(const Order& order, Role role, Bracket* bracket) {
    // Constructed from the order, not assigned over a default one: a copy of each string instead
    // of an assignment.
    OrderRec& rec = m_orders.emplace_back(OrderRec{.order = order,
                                                   .brokerOrderId = {},
                                                   .book = nullptr,
                                                   .bracket = bracket,
                                                   .role = role,
                                                   .state = OrderState::Accepted,
                                                   .filled = 0,
                                                   .filledNotional = {},
                                                   .triggered = false,
                                                   .submittedMs = m_nowMs,
                                                   .expiresAtMs = 0,
                                                   .reservedQty = 0,
                                                   .reservePrice = {},
                                                   .lastEvent = OrderEvent::Ack,
                                                   .lastMessage = {},
                                                   .lastEventMs = m_nowMs});
    m_byClientId.insert(order.clientOrderId, &rec);
    return rec;
}

void PaperBroker::recordRejected(const Order& order, const QString& reason) {
    // The id of a rejected order is taken too, so a resend of it is refused again; a duplicate's
    // id keeps pointing at the original order.
    if (!order.clientOrderId.isEmpty() && !m_byClientId.contains(order.clientOrderId)) {
        OrderRec& rec = record(order, Role::Single, nullptr);
        rec.state = OrderState::Rejected;
        queueUpdate(rec, OrderEvent::Reject, m_nowMs, reason);
        return;
    }
    OrderUpdate update;
    update.clientOrderId = order.clientOrderId;
    update.broker = name();
    update.event = OrderEvent::Reject;
    update.message = reason;
    update.brokerTimeMs = m_nowMs;
    update.receivedTimeMs = m_nowMs;
    queueUpdate(update);
}

void PaperBroker::accept(OrderRec& rec, TickerBook& book, Quantity openingQty, Price reservePrice) {
    rec.book = &book;
    rec.brokerOrderId = numberedId(rec.order.ticker, m_orderIdSeparator, ++m_orderCounter);
    rec.state = OrderState::Accepted;
    rec.expiresAtMs = kNever;
    if (rec.order.timeInForce == TimeInForce::Day) {
        if (m_timeKnown) {
            rec.expiresAtMs = m_nowMs < m_sessionEndMs ? m_sessionEndMs : firstCloseAfter(m_nowMs);
        }
        m_dayOrders.push_back(&rec);
    }
    rec.reservedQty = openingQty;
    rec.reservePrice = reservePrice;
    m_reserved += reservePrice * openingQty;
    book.working.push_back(&rec);
    queueUpdate(rec, OrderEvent::Ack, m_nowMs);
}

void PaperBroker::submit(const Order& order) {
    QString why = structuralReject(order);
    Quantity openingQty = 0;
    Price reservePrice;
    if (why.isEmpty())
        why = buyingPowerReject(order, openingQty, reservePrice);
    if (!why.isEmpty()) {
        recordRejected(order, why);
    } else {
        accept(record(order, Role::Single, nullptr), bookFor(order.ticker), openingQty,
               reservePrice);
        queueAccountIfChanged();
    }
    flush();
}

void PaperBroker::submitBracket(const Order& entry, const Order& stop, const Order& target) {
    const std::array<const Order*, 3> legs{&entry, &stop, &target};
    std::array<QString, 3> why;
    for (std::size_t i = 0; i < legs.size(); ++i)
        why[i] = structuralReject(*legs[i]);
    for (std::size_t i = 1; i < legs.size(); ++i) {
        for (std::size_t j = 0; j < i; ++j) {
            if (why[i].isEmpty() && legs[i]->clientOrderId == legs[j]->clientOrderId) {
                why[i] = QStringLiteral("duplicate client order id %1 within the bracket")
                             .arg(legs[i]->clientOrderId);
            }
        }
    }
    const auto checkLeg = [&](std::size_t i, bool isStop) {
        const Order& leg = *legs[i];
        if (!why[i].isEmpty())
            return;
        if (leg.ticker != entry.ticker) {
            why[i] = QStringLiteral("bracket %1 leg is for %2 but the entry is for %3")
                         .arg(bracketLegName(i), leg.ticker, entry.ticker);
        } else if (leg.side == entry.side) {
            why[i] = QStringLiteral("bracket %1 leg must be on the other side of the entry")
                         .arg(bracketLegName(i));
        } else if (isStop && leg.type != OrderType::Stop && leg.type != OrderType::StopLimit) {
            why[i] = QStringLiteral("bracket stop leg must be a stop or stop-limit order, not %1")
                         .arg(toString(leg.type));
        } else if (!isStop && leg.type != OrderType::Limit) {
            why[i] = QStringLiteral("bracket target leg must be a limit order, not %1")
                         .arg(toString(leg.type));
        }
    };
    checkLeg(1, true);
    checkLeg(2, false);

    Quantity openingQty = 0;
    Price reservePrice;
    const bool structurallyOk = why[0].isEmpty() && why[1].isEmpty() && why[2].isEmpty();
    if (structurallyOk)
        why[0] = buyingPowerReject(entry, openingQty, reservePrice);

    if (!why[0].isEmpty() || !why[1].isEmpty() || !why[2].isEmpty()) {
        // The bracket is one order for the trader: all of it is refused, each leg says why.
        std::size_t first = 0;
        while (why[first].isEmpty())
            ++first;
        for (std::size_t i = 0; i < legs.size(); ++i) {
            const QString reason =
                !why[i].isEmpty()
                    ? why[i]
                    : QStringLiteral("bracket rejected because of %1 (%2): %3")
                          .arg(legs[first]->clientOrderId, bracketLegName(first), why[first]);
            recordRejected(*legs[i], reason);
        }
        flush();
        return;
    }

    Bracket& bracket = m_brackets.emplace_back();
    bracket.entry = &record(entry, Role::Entry, &bracket);
    bracket.stop = &record(stop, Role::StopLeg, &bracket);
    bracket.target = &record(target, Role::TargetLeg, &bracket);
    TickerBook& book = bookFor(entry.ticker); // the legs' too: checked above
    accept(*bracket.entry, book, openingQty, reservePrice);
    accept(*bracket.stop, book, 0, Price());
    accept(*bracket.target, book, 0, Price());
    queueAccountIfChanged();
    flush();
}

void PaperBroker::cancel(const QString& clientOrderId) {
    OrderRec* rec = findOrder(clientOrderId);
    if (!rec) {
        OrderUpdate update;
        update.clientOrderId = clientOrderId;
        update.broker = name();
        update.event = OrderEvent::CancelReject;
        update.message =
            QStringLiteral("unknown client order id %1: nothing to cancel").arg(clientOrderId);
        update.brokerTimeMs = m_nowMs;
        update.receivedTimeMs = m_nowMs;
        queueUpdate(update);
        flush();
        return;
    }
    switch (rec->state) {
    case OrderState::Filled:
        queueUpdate(makeUpdate(*rec, OrderEvent::CancelReject, m_nowMs,
                               QStringLiteral("too late to cancel: the order is filled")));
        break;
    case OrderState::Cancelled:
        // Repeating the answer is harmless (a duplicate CancelAck is a valid transition).
        queueUpdate(
            makeUpdate(*rec, OrderEvent::CancelAck, m_nowMs, QStringLiteral("already cancelled")));
        break;
    case OrderState::Rejected:
    case OrderState::Expired:
        queueUpdate(
            makeUpdate(*rec, OrderEvent::CancelReject, m_nowMs,
                       QStringLiteral("not cancellable: the order %1").arg(endedHow(rec->state))));
        break;
    default:
        finish(*rec, OrderState::Cancelled, OrderEvent::CancelAck, m_nowMs,
               QStringLiteral("cancelled on request"));
        queueAccountIfChanged();
        break;
    }
    flush();
}

QString PaperBroker::replaceReject(const OrderRec* old, const Order& replacement) const {
    if (!old)
        return QStringLiteral("no working order with this client order id");
    if (isTerminal(old->state))
        return QStringLiteral("the order %1").arg(endedHow(old->state));
    if (old->role == Role::Entry)
        return QStringLiteral("a bracket entry is not replaced: cancel it");
    if (old->filled > 0 || old->triggered)
        return QStringLiteral("the order has started to execute");
    if (old->reservedQty > 0)
        return QStringLiteral("an opening order is not replaced: cancel it");
    if (replacement.ticker != old->order.ticker || replacement.side != old->order.side ||
        replacement.leg != old->order.leg)
        return QStringLiteral("a replacement keeps the order's ticker, side and leg");
    const auto stopLike = [](OrderType t) {
        return t == OrderType::Stop || t == OrderType::StopLimit;
    };
    if (stopLike(replacement.type) != stopLike(old->order.type) ||
        (replacement.type == OrderType::Market))
        return QStringLiteral("a replacement keeps the order's kind (%1)")
            .arg(toString(old->order.type));
    return structuralReject(replacement);
}

void PaperBroker::replace(const QString& clientOrderId, const Order& replacement) {
    OrderRec* old = findOrder(clientOrderId);
    if (const QString why = replaceReject(old, replacement); !why.isEmpty()) {
        // The old order is as it was (working, or already ended); the new one is refused.
        const QString message = QStringLiteral("replace of %1 refused: %2").arg(clientOrderId, why);
        if (old) {
            queueUpdate(makeUpdate(*old, OrderEvent::CancelReject, m_nowMs, message));
        } else {
            OrderUpdate update;
            update.clientOrderId = clientOrderId;
            update.broker = name();
            update.event = OrderEvent::CancelReject;
            update.message = message;
            update.brokerTimeMs = update.receivedTimeMs = m_nowMs;
            queueUpdate(update);
        }
        recordRejected(replacement, message);
        flush();
        return;
    }
    // The replacement takes the old order's place: its slot in the ticker's matching order (a
    // stop still goes before its target), its bracket and its role. It is live before the old
    // one is gone, and no bar can fill both.
    OrderRec& rec = record(replacement, old->role, old->bracket);
    rec.submittedMs = old->submittedMs; // it fills on whatever bar the old one could
    TickerBook& book = *old->book;
    rec.book = &book;
    rec.brokerOrderId = numberedId(rec.order.ticker, m_orderIdSeparator, ++m_orderCounter);
    rec.expiresAtMs = kNever;
    if (rec.order.timeInForce == TimeInForce::Day) {
        if (m_timeKnown)
            rec.expiresAtMs = m_nowMs < m_sessionEndMs ? m_sessionEndMs : firstCloseAfter(m_nowMs);
        m_dayOrders.push_back(&rec);
    }
    std::replace(book.working.begin(), book.working.end(), old, &rec);
    if (Bracket* b = old->bracket) {
        if (b->stop == old)
            b->stop = &rec;
        else if (b->target == old)
            b->target = &rec;
    }
    // Reported old end first: a receiver counting working stops never sees both.
    old->state = OrderState::Cancelled;
    queueUpdate(*old, OrderEvent::CancelAck, m_nowMs,
                QStringLiteral("replaced by %1").arg(rec.order.clientOrderId));
    queueUpdate(rec, OrderEvent::Ack, m_nowMs,
                QStringLiteral("replaces %1").arg(old->order.clientOrderId));
    flush();
}

void PaperBroker::lookup(const QString& clientOrderId) {
    const OrderRec* rec = findOrder(clientOrderId);
    OrderUpdate update;
    if (!rec) {
        update.clientOrderId = clientOrderId;
        update.broker = name();
        update.event = OrderEvent::NotFound;
        update.message = QStringLiteral("no order with client order id %1").arg(clientOrderId);
        update.brokerTimeMs = m_nowMs;
        update.receivedTimeMs = m_nowMs;
    } else {
        OrderEvent event = OrderEvent::Ack;
        switch (rec->state) {
        case OrderState::Filled:
            event = OrderEvent::Fill;
            break;
        case OrderState::Cancelled:
            event = OrderEvent::CancelAck;
            break;
        case OrderState::Rejected:
            event = OrderEvent::Reject;
            break;
        case OrderState::Expired:
            event = OrderEvent::Expire;
            break;
        default: // working, with or without fills: the cumulative quantity tells which
            event = OrderEvent::Ack;
            break;
        }
        // The broker's time is when the order last changed; ours is now.
        update = makeUpdate(*rec, event, rec->lastEventMs, rec->lastMessage);
        update.receivedTimeMs = m_nowMs;
    }
    queueUpdate(update);
    flush();
}

// ---------------------------------------------------------------------------------------------
// Account

BrokerAccount PaperBroker::account() const {
    BrokerAccount a;
    a.cash = m_cash;
    a.equity = equity();
    a.lastEquity = m_lastEquity;
    a.asOfMs = m_nowMs; // a simulation's figures are always current
    const Money buyingPower =
        a.equity.scaled(m_settings.buyingPowerMultiplier) - m_grossValue - m_reserved;
    a.buyingPower = buyingPower.isNegative() ? Money() : buyingPower;
    return a;
}

BrokerHoldings PaperBroker::holdings(const QStringList& clientOrderIds) const {
    BrokerHoldings h;
    h.broker = name();
    const auto add = [&h](const OrderRec& r) {
        h.orders.insert(r.order.clientOrderId,
                        BrokerOrderReport{r.order.clientOrderId, r.state, r.filled, r.brokerOrderId,
                                          r.order.ticker});
    };
    for (const QString& id : clientOrderIds) {
        if (const OrderRec* r = findOrder(id))
            add(*r);
    }
    for (std::size_t i = 0; i < m_orders.size(); ++i) {
        if (!isTerminal(m_orders[i].state))
            add(m_orders[i]);
    }
    h.positions = positions();
    return h;
}

QList<BrokerPosition> PaperBroker::positions() const {
    QList<BrokerPosition> out;
    for (const TickerBook& book : m_books) {
        if (book.position == 0)
            continue;
        BrokerPosition p;
        p.ticker = book.ticker;
        p.direction = book.position > 0 ? Direction::Long : Direction::Short;
        p.shares = book.position > 0 ? book.position : -book.position;
        p.averageEntry = book.averageEntry;
        out.append(p);
    }
    std::sort(out.begin(), out.end(),
              [](const BrokerPosition& a, const BrokerPosition& b) { return a.ticker < b.ticker; });
    return out;
}

void PaperBroker::revalue(TickerBook& book) {
    const Money value = book.mark * book.position;
    const Money gross = value.abs();
    m_netValue += value - book.value;
    m_grossValue += gross - book.gross;
    book.value = value;
    book.gross = gross;
}

// ---------------------------------------------------------------------------------------------
// Time

void PaperBroker::setTimeMs(qint64 timeMs) {
    // Called for every replayed minute: within the session with nothing queued it only moves
    // the clock (what observeTime() and flush() would do, without the calls).
    if (m_timeKnown && timeMs < m_sessionEndMs && m_events.empty()) [[likely]] {
        if (timeMs > m_nowMs)
            m_nowMs = timeMs;
        return;
    }
    observeTime(timeMs);
    flush();
}

void PaperBroker::observeTime(qint64 timeMs) {
    if (!m_timeKnown) {
        m_timeKnown = true;
        m_sessionEndMs = firstCloseAfter(timeMs);
        // Day orders sent before any time was known belong to this first session.
        for (OrderRec* rec : m_dayOrders) {
            if (rec->expiresAtMs == kNever)
                rec->expiresAtMs = m_sessionEndMs;
        }
    } else if (timeMs >= m_sessionEndMs) {
        rollSession(timeMs);
    }
    if (timeMs > m_nowMs)
        m_nowMs = timeMs;
}

qint64 PaperBroker::firstCloseAfter(qint64 timeMs) const {
    // The session an order sent at timeMs belongs to: today's if it has not closed yet, otherwise
    // the next one (an order sent after the close, or on a holiday, is for the next session).
    if (const auto close = m_calendar.todaysClose(timeMs); close && timeMs < *close)
        return *close;
    const qint64 open = m_calendar.nextOpen(timeMs);
    if (open == kNever)
        return kNever;
    return m_calendar.todaysClose(open).value_or(kNever);
}

void PaperBroker::rollSession(qint64 timeMs) {
    // Equity before this instant's bar marks anything: the equity at the close.
    m_lastEquity = equity();
    expireDayOrders(timeMs, false);
    m_sessionEndMs = firstCloseAfter(timeMs);
    queueAccountIfChanged();
}

void PaperBroker::expireDayOrders(qint64 timeMs, bool bySubmission) {
    const QString message = bySubmission
                                ? QStringLiteral("day order expired at the end of the day")
                                : QStringLiteral("day order expired at the end of the session");
    std::size_t out = 0;
    for (std::size_t i = 0; i < m_dayOrders.size(); ++i) {
        OrderRec* rec = m_dayOrders[i];
        if (isTerminal(rec->state))
            continue;
        const bool due = bySubmission ? rec->submittedMs <= timeMs : rec->expiresAtMs <= timeMs;
        if (due) {
            finish(*rec, OrderState::Expired, OrderEvent::Expire, timeMs, message);
            continue;
        }
        m_dayOrders[out++] = rec;
    }
    m_dayOrders.resize(out);
}

void PaperBroker::endOfDay(qint64 timeMs) {
    observeTime(timeMs);
    expireDayOrders(timeMs, true);
    m_lastEquity = equity();
    queueAccountIfChanged();
    flush();
}

// ---------------------------------------------------------------------------------------------
// Matching

void PaperBroker::onBar(const QString& ticker, const Bar& bar) {
    processBar(bookFor(ticker), bar);
}

void PaperBroker::onBar(int symbol, const QString& ticker, const Bar& bar) {
    if (symbol < 0)
        return onBar(ticker, bar);
    if (std::size_t(symbol) >= m_bookBySymbol.size())
        m_bookBySymbol.resize(std::size_t(symbol) + 1);
    SymbolBook& entry = m_bookBySymbol[std::size_t(symbol)];
    // Comparing the text is cheap next to hashing it; it keeps a renumbered ticker correct.
    if (!entry.book || !sameString(entry.ticker, ticker)) {
        entry.book = &bookFor(ticker);
        entry.ticker = ticker;
    }
    processBar(*entry.book, bar);
}

void PaperBroker::processBar(TickerBook& book, const Bar& bar) {
    if (bar.timeMs >= m_sessionEndMs)
        observeTime(bar.timeMs);
    else if (bar.timeMs > m_nowMs)
        m_nowMs = bar.timeMs;

    bool changed = !book.working.empty() && matchBar(book, bar);
    if (!book.hasMark || book.mark != bar.close) {
        book.mark = bar.close;
        book.hasMark = true;
        changed = changed || book.position != 0;
    }
    if (changed) {
        revalue(book);
        queueAccountIfChanged();
    }
    if (!m_events.empty())
        flush();
}

bool PaperBroker::matchBar(TickerBook& book, const Bar& bar) {
    bool changed = false;
    Quantity budget = m_participationPpm == 0 ? std::numeric_limits<Quantity>::max()
                                              : bar.volume * m_participationPpm / kPpm;
    // Nothing below emits or adds orders (events are queued), so the list is stable here.
    const std::size_t n = book.working.size();
    for (std::size_t i = 0; i < n; ++i) {
        OrderRec& rec = *book.working[i];
        // A bar that opened before the order was sent cannot fill it (its open, its range, were
        // at least partly known); a bar being processed when the order was sent is finished
        // before the order is in this list, because nothing is emitted during matching.
        if (!isWorking(rec.state) || bar.timeMs < rec.submittedMs)
            continue;
        const Quantity left = remaining(rec);
        if (left <= 0)
            continue; // a bracket leg whose entry has not filled yet
        const Price price = fillPrice(rec, bar);
        if (price.isPositive() && budget > 0 && rec.role == Role::Entry &&
            gapsThroughStop(rec, bar)) {
            // Filling would buy (or sell short) beyond the trade's own stop.
            cancelGappedEntry(rec, bar);
            changed = true;
        } else if (price.isPositive() && budget > 0) {
            const Quantity qty = std::min(left, budget);
            budget -= qty;
            applyFill(rec, qty, price, bar.timeMs);
            changed = true;
        }
        if (rec.order.timeInForce == TimeInForce::Ioc && isWorking(rec.state)) {
            finish(rec, OrderState::Expired, OrderEvent::Expire, bar.timeMs,
                   QStringLiteral("immediate-or-cancel: the unfilled rest expired"));
            changed = true;
        }
    }
    if (book.needsCompaction)
        compact(book);
    return changed;
}

Quantity PaperBroker::remaining(const OrderRec& rec) const {
    if (rec.role == Role::StopLeg || rec.role == Role::TargetLeg) {
        const Bracket& b = *rec.bracket;
        return std::max<Quantity>(0, std::min(rec.order.quantity, b.armed) - b.closed);
    }
    return rec.order.quantity - rec.filled;
}

Price PaperBroker::slipped(Price reference, OrderSide side) const {
    const qint64 units = reference.units();
    if (side == OrderSide::Buy) {
        const qint64 scaled = units * (kPpm + m_slippagePpm);
        const qint64 up = scaled / kPpm + (scaled % kPpm > 0 ? 1 : 0);
        return roundToTick(Price::fromUnits(up), TickRounding::Up);
    }
    const qint64 scaled = units * (kPpm - m_slippagePpm);
    return roundToTick(Price::fromUnits(scaled / kPpm), TickRounding::Down);
}

Price PaperBroker::slippedInBar(Price reference, OrderSide side, const Bar& bar) const {
    const qint64 ref = reference.units();
    // At most half the bar's range (rounded down), whatever the configured fraction.
    const qint64 halfRange = std::max<qint64>(0, (bar.high.units() - bar.low.units()) / 2);
    const qint64 scaled = ref * m_slippagePpm;
    const qint64 wanted = scaled / kPpm + (scaled % kPpm > 0 ? 1 : 0);
    const qint64 slip = std::clamp<qint64>(wanted, 0, halfRange);
    qint64 p = 0;
    if (side == OrderSide::Buy) {
        const Price target = Price::fromUnits(ref + slip);
        // The tick against the trader, unless that would pay more than half the range: then the
        // tick in the trader's favour, but never better than the reference itself.
        p = roundToTick(target, TickRounding::Up).units();
        if (p - ref > halfRange)
            p = std::max(ref, roundToTick(target, TickRounding::Down).units());
    } else {
        const Price target = Price::fromUnits(ref - slip);
        p = roundToTick(target, TickRounding::Down).units();
        if (ref - p > halfRange)
            p = std::min(ref, roundToTick(target, TickRounding::Up).units());
    }
    // Never outside what the bar traded.
    return Price::fromUnits(std::clamp(p, bar.low.units(), std::max(bar.low, bar.high).units()));
}

bool PaperBroker::gapsThroughStop(const OrderRec& entry, const Bar& bar) const {
    const OrderRec* stop = entry.bracket ? entry.bracket->stop : nullptr;
    if (!stop || isTerminal(stop->state) || !stop->order.stopPrice)
        return false;
    const Price stopPrice = *stop->order.stopPrice;
    return entry.order.side == OrderSide::Buy ? bar.open <= stopPrice : bar.open >= stopPrice;
}

void PaperBroker::cancelGappedEntry(OrderRec& entry, const Bar& bar) {
    const OrderRec& stop = *entry.bracket->stop;
    const QString gap =
        QStringLiteral("gap through the stop: the bar opened at %1, at or beyond stop leg %2 at %3")
            .arg(bar.open.toString(), stop.order.clientOrderId, stop.order.stopPrice->toString());
    if (entry.filled == 0) {
        finish(entry, OrderState::Cancelled, OrderEvent::CancelAck, bar.timeMs,
               gap + QStringLiteral("; the entry is not filled and the bracket is cancelled"),
               QStringLiteral("bracket cancelled: entry %1 not filled, %2")
                   .arg(entry.order.clientOrderId, gap));
    } else {
        // The shares already bought stay protected by the legs; only the rest is not bought.
        finish(entry, OrderState::Cancelled, OrderEvent::CancelAck, bar.timeMs,
               gap + QStringLiteral("; the entry's unfilled rest is cancelled"));
    }
}

Price PaperBroker::fillPrice(OrderRec& rec, const Bar& bar) const {
    const Order& o = rec.order;
    const bool buy = o.side == OrderSide::Buy;
    // A resting limit fills only when the bar trades through it (a touch may leave it unfilled
    // behind the queue), at the open when the bar gapped through.
    const auto limitFill = [&](Price limit) {
        if (buy ? bar.low < limit : bar.high > limit)
            return buy ? std::min(bar.open, limit) : std::max(bar.open, limit);
        return Price();
    };
    switch (o.type) {
    case OrderType::Market:
        return slippedInBar(bar.open, o.side, bar);
    case OrderType::Limit:
        return limitFill(*o.limitPrice);
    case OrderType::Stop: {
        if (rec.triggered)
            return slippedInBar(bar.open, o.side, bar);
        const Price stop = *o.stopPrice;
        if (buy ? bar.high < stop : bar.low > stop)
            return Price();
        rec.triggered = true;
        return slippedInBar(buy ? std::max(bar.open, stop) : std::min(bar.open, stop), o.side, bar);
    }
    case OrderType::StopLimit: {
        const Price limit = *o.limitPrice;
        if (rec.triggered)
            return limitFill(limit);
        const Price stop = *o.stopPrice;
        if (buy ? bar.high < stop : bar.low > stop)
            return Price();
        rec.triggered = true;
        const Price trigger = buy ? std::max(bar.open, stop) : std::min(bar.open, stop);
        if (buy ? trigger < limit : trigger > limit) {
            const Price p = slippedInBar(trigger, o.side, bar);
            return buy ? std::min(p, limit) : std::max(p, limit);
        }
        return Price();
    }
    }
    return Price();
}

void PaperBroker::applyFill(OrderRec& rec, Quantity qty, Price price, qint64 timeMs) {
    TickerBook& book = *rec.book;
    const bool buy = rec.order.side == OrderSide::Buy;
    const Money notional = price * qty;
    if (buy)
        m_cash -= notional;
    else
        m_cash += notional;

    const Quantity before = book.position;
    const Quantity after = before + (buy ? qty : -qty);
    const Quantity afterShares = after < 0 ? -after : after;
    if (before == 0 || (before > 0) == buy) {
        book.openCost += notional;
        book.averageEntry = averagePrice(book.openCost, afterShares);
    } else if (after == 0) {
        book.openCost = Money();
        book.averageEntry = Price();
    } else if ((after > 0) == (before > 0)) {
        // A partial close leaves the average entry of the rest unchanged.
        book.openCost = book.averageEntry * afterShares;
    } else {
        // Through flat to the other side: the new position starts at this price.
        book.openCost = price * afterShares;
        book.averageEntry = price;
    }
    book.position = after;
    book.needsCompaction = true;

    rec.filled += qty;
    rec.filledNotional += notional;
    releaseReservation(rec, std::min(rec.reservedQty, rec.order.quantity - rec.filled));

    Fill fill;
    fill.executionId = numberedId(rec.order.ticker, m_executionIdSeparator, ++m_executionCounter);
    fill.clientOrderId = rec.order.clientOrderId;
    fill.brokerOrderId = rec.brokerOrderId;
    fill.broker = name();
    fill.ticker = rec.order.ticker;
    fill.side = rec.order.side;
    fill.quantity = qty;
    fill.price = price;
    fill.brokerTimeMs = timeMs;
    fill.receivedTimeMs = timeMs;
    fill.handle = rec.order.handle;
    m_events.emplace_back(std::in_place_type<Fill>, std::move(fill)); // no copy of its strings

    if (rec.role == Role::StopLeg || rec.role == Role::TargetLeg) {
        rec.bracket->closed += qty;
        afterLegFill(rec, timeMs);
        return;
    }
    const bool complete = rec.filled >= rec.order.quantity;
    rec.state = complete ? OrderState::Filled : OrderState::PartiallyFilled;
    queueUpdate(rec, complete ? OrderEvent::Fill : OrderEvent::PartialFill, timeMs);
    if (rec.role == Role::Entry)
        rec.bracket->pendingArm += qty;
}

void PaperBroker::afterLegFill(OrderRec& leg, qint64 timeMs) {
    Bracket& b = *leg.bracket;
    const QString legRole = bracketLegName(leg.role == Role::StopLeg ? 1 : 2);
    // Shares the entry filled in this bar are armed at its end: until then the leg is not done.
    const bool complete = remaining(leg) == 0 && b.pendingArm == 0;
    leg.state = complete ? OrderState::Filled : OrderState::PartiallyFilled;
    queueUpdate(leg, complete ? OrderEvent::Fill : OrderEvent::PartialFill, timeMs);

    if (b.entry && !isTerminal(b.entry->state)) {
        finish(*b.entry, OrderState::Cancelled, OrderEvent::CancelAck, timeMs,
               QStringLiteral("bracket %1 leg %2 executed: the entry's unfilled rest is cancelled")
                   .arg(legRole, leg.order.clientOrderId));
    }
    OrderRec* other = &leg == b.stop ? b.target : b.stop;
    if (other && !isTerminal(other->state) && remaining(*other) == 0 && b.pendingArm == 0) {
        finish(*other, OrderState::Cancelled, OrderEvent::CancelAck, timeMs,
               QStringLiteral("one-cancels-other: %1 leg %2 closed the position")
                   .arg(legRole, leg.order.clientOrderId));
    }
}

void PaperBroker::compact(TickerBook& book) {
    std::size_t out = 0;
    for (OrderRec* rec : book.working) {
        if (rec->bracket && rec->bracket->pendingArm > 0) {
            rec->bracket->armed += rec->bracket->pendingArm;
            rec->bracket->pendingArm = 0;
        }
        if (!isTerminal(rec->state))
            book.working[out++] = rec;
    }
    book.working.resize(out);
    book.needsCompaction = false;
}

void PaperBroker::finish(OrderRec& rec, OrderState state, OrderEvent event, qint64 timeMs,
                         const QString& message, const QString& legsMessage) {
    rec.state = state;
    releaseReservation(rec, 0);
    if (rec.book)
        rec.book->needsCompaction = true;
    queueUpdate(rec, event, timeMs, message);
    if (rec.role == Role::Entry && rec.filled == 0) {
        // No shares to protect: the legs go with the entry.
        const QString why = !legsMessage.isEmpty()
                                ? legsMessage
                                : QStringLiteral("bracket entry %1 %2 without a fill")
                                      .arg(rec.order.clientOrderId, endedHow(state));
        for (OrderRec* leg : {rec.bracket->stop, rec.bracket->target}) {
            if (leg && !isTerminal(leg->state))
                finish(*leg, OrderState::Cancelled, OrderEvent::CancelAck, timeMs, why);
        }
    }
}

void PaperBroker::releaseReservation(OrderRec& rec, Quantity keepQty) {
    if (keepQty >= rec.reservedQty)
        return;
    m_reserved -= rec.reservePrice * (rec.reservedQty - keepQty);
    rec.reservedQty = keepQty;
}

// ---------------------------------------------------------------------------------------------
// Events

OrderUpdate PaperBroker::makeUpdate(const OrderRec& rec, OrderEvent event, qint64 timeMs,
                                    const QString& message) const {
    return OrderUpdate{
        .clientOrderId = rec.order.clientOrderId,
        .brokerOrderId = rec.brokerOrderId,
        .broker = name(),
        .event = event,
        .cumulativeFilled = rec.filled,
        .averageFillPrice = rec.filled > 0 ? averagePrice(rec.filledNotional, rec.filled) : Price(),
        .message = message,
        .brokerTimeMs = timeMs,
        .receivedTimeMs = timeMs,
        .handle = rec.order.handle,
    };
}

void PaperBroker::queueUpdate(OrderRec& rec, OrderEvent event, qint64 timeMs,
                              const QString& message) {
    rec.lastEvent = event;
    rec.lastMessage = message;
    rec.lastEventMs = timeMs;
    // Built in the queue: a copy would take and drop a reference on each of its strings.
    m_events.emplace_back(std::in_place_type<OrderUpdate>, makeUpdate(rec, event, timeMs, message));
}

void PaperBroker::queueUpdate(const OrderUpdate& update) {
    m_events.emplace_back(std::in_place_type<OrderUpdate>, update);
}

void PaperBroker::queueAccountIfChanged() {
    // A change of the figures, not of their time, is news.
    BrokerAccount a = account();
    const qint64 asOfMs = a.asOfMs;
    a.asOfMs = m_lastAccount.asOfMs;
    if (a == m_lastAccount)
        return;
    a.asOfMs = asOfMs;
    m_lastAccount = a;
    // The account changes on most replayed bars of a held ticker; the event is queued only when
    // something is connected to receive it (the executor reads the account when it needs it).
    // Asking Qt costs more than the rest of this function, so it is asked only once something
    // has ever connected to the signal (connectNotify()); a replay without a UI never has.
    if (!m_accountSignalWatched.load(std::memory_order_relaxed))
        return;
    static const QMetaMethod signal = QMetaMethod::fromSignal(&Broker::accountUpdated);
    if (isSignalConnected(signal))
        m_events.emplace_back(std::in_place_type<BrokerAccount>, a);
}

void PaperBroker::connectNotify(const QMetaMethod& signal) {
    Broker::connectNotify(signal);
    if (signal == QMetaMethod::fromSignal(&Broker::accountUpdated))
        m_accountSignalWatched.store(true, std::memory_order_relaxed);
}

void PaperBroker::flush() {
    // A slot may call back into the broker; its answers join the queue and are emitted in order
    // by the outermost flush, never in the middle of another event's delivery.
    if (m_flushing)
        return;
    m_flushing = true;
    // The queued events are delivered from a list of their own: the answers to a receiver's
    // nested call join m_events (never the list being walked, which a reallocation would pull
    // from under the receiver's reference) and go out in the next round, after the ones already
    // queued. The two lists swap roles and keep their buffers.
    while (!m_events.empty()) {
        m_delivering.swap(m_events);
        for (const PendingEvent& e : m_delivering) {
            if (const auto* update = std::get_if<OrderUpdate>(&e))
                notifyOrderUpdated(*update);
            else if (const auto* fill = std::get_if<Fill>(&e))
                notifyFillReceived(*fill);
            else
                Q_EMIT accountUpdated(std::get<BrokerAccount>(e));
        }
        m_delivering.clear();
    }
    m_flushing = false;
}

} // namespace axion
