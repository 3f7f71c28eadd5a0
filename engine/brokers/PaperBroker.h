#pragma once

#include "brokers/Broker.h"
#include "brokers/PaperBrokerSettings.h"
#include "core/StableStore.h"
#include "market/Bar.h"
#include "market/MarketCalendar.h"

#include <QHash>
#include <array>
#include <atomic>
#include <deque>
#include <variant>
#include <vector>

namespace axion {

// The built-in paper broker: simulated fills against replayed (or live) bars, deterministic to the
// byte. Nothing here reads the wall clock or draws a random number: event times are bar times (or
// the time given to setTimeMs() for answers to calls), broker order ids and execution ids come
// from counters ("paper-<ticker>-order-<n>", "paper-<ticker>-<n>"; with the journal's run number
// PaperBrokerSettings::idRun, "paper-<ticker>-r<run>-order-<n>", "paper-<ticker>-r<run>-<n>").
//
// Bars must arrive in time order across all tickers (as a live feed or a merged replay delivers
// them), each bar to the broker before the strategy that reacts to it sends orders. An order only
// fills on bars of its ticker that arrive after it was submitted and opened at or after its
// submission time, so it never fills on a bar that was known (or under way) when it was sent, even
// when it is sent from a slot while that bar is being processed. Per bar:
//  - market: at the bar's open, made worse by the paper slippage (PaperBrokerSettings::slippage,
//    the config's paper_slippage) but by at most half the bar's range, rounded to the tick
//    against the trader (buy 100.00 -> 100.10, sell 100.00 -> 99.90 at 0.1 % in a bar at least
//    0.20 wide) unless that tick would pass the half-range cap, and never outside the bar's
//    low-high;
//  - limit: only when the bar trades through the limit (buy: low < limit; a bar that merely touches
//    it does not fill, the order is assumed to be behind the queue), at min(open, limit) for a buy
//    and max(open, limit) for a sell, so a gap through the limit fills at the better open;
//  - stop: triggers when the bar touches the stop (buy: high >= stop), fills at max(open, stop) for
//    a buy (min for a sell) with slippage capped the same way and clamped to the bar's low-high; a
//    remainder that could not fill (participation) fills at the next bar's open with slippage,
//    like a market order;
//  - stop-limit: triggers like a stop and then rests as a limit. On the trigger bar it fills only
//    when the trigger price is strictly better than the limit (at the slipped trigger price, capped
//    at the limit); from the next bar on it follows the limit rule.
// Time in force: day orders expire at the end of their regular session (NYSE calendar: the first
// bar, or setTimeMs(), at or after the session's close, which includes the first bar of a later New
// York date), or at an explicit endOfDay(); an order sent after the close is for the next session.
// gtc orders stay until filled or cancelled; ioc orders get one bar and the rest expires.
//
// Brackets: the stop and target legs are armed for the entry's filled shares at the end of the bar
// in which those shares filled (so they act from the next bar: within one bar the order of the
// entry fill and the bar's extremes is unknown). They are one-cancels-other: a fill of one reduces
// the other, and the one that closes the last armed share leaves the other cancelled. When both
// could fill in one bar the stop goes first (the worse case for the trader). An entry never fills
// beyond its own stop on a gap: when the bar at which it would fill opens at or beyond the stop
// leg's stop price (long: open <= stop; short: open >= stop), it is cancelled instead ("gap
// through the stop") and, without earlier fills, so is the whole bracket; after a partial fill
// only its unfilled rest is cancelled and the legs keep protecting the shares it holds. Any leg
// execution ends the entry: its unfilled rest is cancelled so a stopped-out trade is never
// re-entered. Cancelling (or expiry, or rejection) of an entry without fills cancels its legs;
// after a partial fill the legs stay, sized to the filled shares (a leg's final Fill may then carry
// fewer shares than its order quantity).
//
// Accounting is exact fixed point: cash moves by price x shares per fill (a short sale credits
// cash and the shares are owed back), equity = cash + longs at the mark - shorts at the mark (the
// mark is the ticker's last close), buying power = multiplier x equity - gross position value -
// the amount held for working opening orders. An opening order (the part of a buy beyond a short
// position, or of a sell beyond a long) is rejected when its cost at its reference price (limit,
// slipped stop, or slipped last close for a market order) exceeds the buying power; closing
// orders are never rejected for buying power. lastEquity is the settings' previous-close equity
// and then the equity at each session roll-over.
//
// Events are queued while the state changes and emitted afterwards in causal order, so a slot may
// call back (submit, cancel, onBar) at any time; the answers to such a nested call are emitted
// after the events already queued. onBar() is the replay hot path: O(working orders of its
// ticker), no allocation (after a ticker's first bar) and no signal unless something fills,
// expires or the account changes; its symbol form finds the ticker's book without hashing.
class PaperBroker : public Broker {
    Q_OBJECT

public:
    explicit PaperBroker(const PaperBrokerSettings& settings, QObject* parent = nullptr);
    ~PaperBroker() override;

    QString name() const override;

    void submit(const Order& order) override;
    void submitBracket(const Order& entry, const Order& stop, const Order& target) override;
    void cancel(const QString& clientOrderId) override;
    // The broker's atomic modify, for stops, stop-limits and limits that have not started to
    // fill (a bracket leg stays in its bracket, one-cancels-other with the other leg); an entry
    // of a bracket, an opening order, a triggered or part-filled order is refused: cancel it and
    // place a new one.
    void replace(const QString& clientOrderId, const Order& replacement) override;
    void lookup(const QString& clientOrderId) override;

    BrokerAccount account() const override;
    Money equity() const override { return m_cash + m_netValue; }
    // Sorted by ticker so that the list is the same from run to run.
    QList<BrokerPosition> positions() const override;
    qint64 positionsAsOfMs() const override { return m_nowMs; } // a simulation is always current
    // What a restart's reconciliation asks: these orders as this broker has them (an id it does
    // not know is left out: NotFound), every working order, and the positions. Synchronous: the
    // simulation answers at once (a remote broker builds the same from its REST answers).
    BrokerHoldings holdings(const QStringList& clientOrderIds) const;

    // The time (UTC ms) of the calls that follow: acks, rejects, cancels and lookups carry it.
    // Time never runs backwards here (an older value is ignored); bars move it forward too.
    void setTimeMs(qint64 timeMs);
    qint64 timeMs() const { return m_nowMs; }

    // One bar of `ticker` (timeMs = its open): matches that ticker's working orders, then marks
    // its position at the close. Bars arrive in time order, across tickers too.
    void onBar(const QString& ticker, const Bar& bar);
    // The same, for a caller that numbers its tickers (a feed's symbol index, >= 0): the book is
    // found through the number. A number that comes with another ticker than before is
    // re-pointed to that ticker, so numbers are a speed-up, never a source of wrong fills.
    void onBar(int symbol, const QString& ticker, const Bar& bar);

    // The regular session ends now: every working day order submitted at or before timeMs expires
    // (with that time) and the current equity becomes lastEquity.
    void endOfDay(qint64 timeMs);

    const PaperBrokerSettings& settings() const { return m_settings; }
    // Orders still working (including bracket legs waiting for their entry), for tests and status.
    int workingOrderCount() const;

protected:
    void connectNotify(const QMetaMethod& signal) override;

private:
    struct TickerBook;
    struct Bracket;
    enum class Role { Single, Entry, StopLeg, TargetLeg };

    struct OrderRec {
        Order order;
        QString brokerOrderId;
        TickerBook* book = nullptr;
        Bracket* bracket = nullptr;
        Role role = Role::Single;
        OrderState state = OrderState::Accepted;
        Quantity filled = 0;
        Money filledNotional;   // exact sum of price x shares of its executions
        bool triggered = false; // stop and stop-limit
        qint64 submittedMs = 0; // the time it was accepted at
        qint64 expiresAtMs = 0; // day orders: the close of their session (max until time is known)
        Quantity reservedQty = 0; // opening shares whose cost is held from buying power
        Price reservePrice;       // per share
        OrderEvent lastEvent = OrderEvent::Ack; // for lookup()
        QString lastMessage;
        qint64 lastEventMs = 0;
    };

    struct Bracket {
        OrderRec* entry = nullptr;
        OrderRec* stop = nullptr;
        OrderRec* target = nullptr;
        Quantity armed = 0;      // entry shares the legs may close
        Quantity pendingArm = 0; // entry shares filled in the current bar, armed at its end
        Quantity closed = 0;     // shares closed by either leg
    };

    struct TickerBook {
        QString ticker;
        Price mark;
        bool hasMark = false;
        Quantity position = 0; // signed: negative = short
        Money openCost;        // of the open shares, for the average entry
        Price averageEntry;
        Money value; // position x mark, this ticker's share of the totals
        Money gross; // |position| x mark
        bool needsCompaction = false;
        std::vector<OrderRec*> working; // in submission order: the order they are matched in
    };

    using PendingEvent = std::variant<OrderUpdate, Fill, BrokerAccount>;

    TickerBook& bookFor(const QString& ticker);
    const TickerBook* findBook(const QString& ticker) const;
    OrderRec* findOrder(const QString& clientOrderId) const;

    // Submission.
    QString structuralReject(const Order& order) const;
    QString buyingPowerReject(const Order& order, Quantity& openingQty, Price& reservePrice) const;
    OrderRec& record(const Order& order, Role role, Bracket* bracket);
    void recordRejected(const Order& order, const QString& reason);
    QString replaceReject(const OrderRec* old, const Order& replacement) const;
    void accept(OrderRec& rec, TickerBook& book, Quantity openingQty, Price reservePrice);

    // Matching.
    void processBar(TickerBook& book, const Bar& bar);
    bool matchBar(TickerBook& book, const Bar& bar);
    // Zero when the bar does not fill it (prices are positive): cheaper than an optional here.
    Price fillPrice(OrderRec& rec, const Bar& bar) const;
    void applyFill(OrderRec& rec, Quantity qty, Price price, qint64 timeMs);
    void afterLegFill(OrderRec& leg, qint64 timeMs);
    void compact(TickerBook& book);
    Quantity remaining(const OrderRec& rec) const;
    // The reference made worse by the full configured slippage: buying-power reservations.
    Price slipped(Price reference, OrderSide side) const;
    // A fill at `reference` in `bar`: see the class comment (capped slippage, inside the bar).
    Price slippedInBar(Price reference, OrderSide side, const Bar& bar) const;
    // Bracket entries: the bar opens at or beyond the stop leg (long: open <= stop).
    bool gapsThroughStop(const OrderRec& entry, const Bar& bar) const;
    void cancelGappedEntry(OrderRec& entry, const Bar& bar);

    // State changes that end an order without (further) fills.
    // An entry that ends without fills cancels its legs, with `legsMessage` when one is given.
    void finish(OrderRec& rec, OrderState state, OrderEvent event, qint64 timeMs,
                const QString& message, const QString& legsMessage = {});
    void releaseReservation(OrderRec& rec, Quantity keepQty);

    // Time and sessions.
    void observeTime(qint64 timeMs);
    void rollSession(qint64 timeMs);
    qint64 firstCloseAfter(qint64 timeMs) const;
    void expireDayOrders(qint64 timeMs, bool bySubmission);

    // Accounting.
    void revalue(TickerBook& book);

    // Events.
    OrderUpdate makeUpdate(const OrderRec& rec, OrderEvent event, qint64 timeMs,
                           const QString& message) const;
    void queueUpdate(OrderRec& rec, OrderEvent event, qint64 timeMs, const QString& message = {});
    void queueUpdate(const OrderUpdate& update);
    void queueAccountIfChanged();
    void flush();

    PaperBrokerSettings m_settings;
    qint64 m_slippagePpm = 0;      // slippage in millionths
    qint64 m_participationPpm = 0; // 0 = unlimited
    MarketCalendar m_calendar;

    Money m_cash;
    Money m_netValue;   // sum of signed positions at their marks
    Money m_grossValue; // sum of |positions| at their marks
    Money m_reserved;   // cost held for working opening orders
    Money m_lastEquity;
    BrokerAccount m_lastAccount; // last one emitted

    qint64 m_nowMs = 0;
    bool m_timeKnown = false;
    qint64 m_sessionEndMs; // the close of the current session; time at or after it rolls over
    quint64 m_orderCounter = 0;
    quint64 m_executionCounter = 0;
    // Between the ticker and the counter in the ids (PaperBrokerSettings::idRun).
    QString m_orderIdSeparator = QStringLiteral("-order-");
    QString m_executionIdSeparator = QStringLiteral("-");

    // Stable addresses: orders, brackets and books point at each other.
    StableStore<OrderRec> m_orders;
    std::deque<Bracket> m_brackets;
    std::deque<TickerBook> m_books;
    QHash<QString, OrderRec*> m_byClientId;
    QHash<QString, TickerBook*> m_bookByTicker;
    // onBar(symbol, ...): per caller's number, its ticker string (the caller's, shared: comparing
    // it with the next bar's ticker is a pointer check when the caller passes the same string)
    // and the book.
    struct SymbolBook {
        QString ticker;
        TickerBook* book = nullptr;
    };
    std::vector<SymbolBook> m_bookBySymbol;
    std::vector<OrderRec*> m_dayOrders; // working day orders, submission order

    std::vector<PendingEvent> m_events;
    std::vector<PendingEvent> m_delivering; // flush(): the round being delivered
    bool m_flushing = false;
    // Set, and never cleared, once anything connects to accountUpdated: until then no account
    // event can have a receiver, and queueAccountIfChanged() need not ask Qt. Atomic because a
    // connection may be made from another thread.
    std::atomic<bool> m_accountSignalWatched{false};
};

} // namespace axion
