#pragma once

#include "core/Direction.h"
#include "core/Fill.h"
#include "core/Money.h"
#include "core/Position.h"
#include "execution/ExecutionIdSet.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <memory>
#include <vector>

namespace axion {

// What one fill did to the book.
struct FillOutcome {
    enum Kind { Opened, Increased, Reduced, Closed, Duplicate, Rejected };

    Kind kind = Rejected;
    Money realizedPnl; // realized by this fill (Reduced / Closed), else zero
    QString error;     // why it was Rejected
    // The position after the fill. On Closed: its last state, with shares 0, the realized P&L of
    // the whole trade in realizedPnl, and the entry cost in tradeEntryCost below.
    Position position;
    // Everything paid to open and add to the position (sold for, on a short): the cost basis the
    // kill switch's "loss worse than 3% of the trade" is measured against. Set on every accepted
    // fill; on Closed it is final.
    Money tradeEntryCost;
};

// Pure accounting of positions from fills, in fixed point. Keeps the exact cost of the open
// shares in Money; the average entry price is derived from it (core's averagePrice(), rounded to
// 1/10,000), and every exit takes its proportional share of that cost, so the realized P&L of a
// complete round trip is exactly sign x (exit proceeds - entry cost) with no rounding drift.
// After a restart the book is rebuilt by replaying the journaled fills through apply().
class PositionManager {
public:
    PositionManager() = default;
    // Copies are deep: each copy owns its slots.
    PositionManager(const PositionManager& other);
    PositionManager& operator=(const PositionManager& other);
    PositionManager(PositionManager&&) noexcept = default;
    PositionManager& operator=(PositionManager&&) noexcept = default;
    ~PositionManager() = default;

    // Applies one execution.
    // - `direction` is the side of the position a fill opens when the ticker is flat. With a
    //   position open, the position's own direction decides (brokers net positions per ticker):
    //   a buy adds to a long and reduces a short, a sell the opposite.
    // - A duplicate execution id (per broker) is ignored: Duplicate, nothing changes.
    // - A reducing fill larger than the open shares, or a reducing fill when flat, is an overfill:
    //   Rejected with an error, nothing changes; it is never turned into a reversed position.
    // - A fill from a different broker than the position's is Rejected (a position lives at one
    //   broker; the caller flags it for reconciliation); so is a malformed fill (no execution id,
    //   no ticker, shares or price not positive).
    // - `openingTemplate` supplies, for a new position only, the stop, initial stop, target,
    //   signal id, trade type, broker and sector. The fill's broker wins when it names one: that
    //   is where the shares are.
    FillOutcome apply(const Fill& fill, Direction direction, const Position& openingTemplate);

    const Position* position(const QString& ticker) const;
    QList<Position> positions() const; // sorted by ticker, so snapshots are deterministic
    // The same into `out`, whose buffer is reused (a caller asking per signal allocates once).
    void positionsInto(QList<Position>& out) const;
    // Exact cost of the open shares (what averageEntry is derived from); zero when flat.
    Money openCost(const QString& ticker) const;

    // Updates lastPrice for unrealized P&L and returns the position (one look-up for a caller
    // that marks and then reads it, as the executor does per bar); unknown tickers are ignored
    // (nullptr).
    const Position* markPrice(const QString& ticker, Price last);

    // A ticker's handle: a small number (>= 0) that names the ticker for the manager's lifetime,
    // whether or not a position is open, so that a caller that sees the ticker on every bar can
    // find its position without comparing ticker text. Handles are given out in order of first
    // use and never reused.
    int handle(const QString& ticker);
    // The open position of the ticker with this handle; nullptr when flat or for a handle not
    // given out by handle().
    const Position* position(int handle) const;
    // markPrice() by handle.
    const Position* markPrice(int handle, Price last);

    // Moves the open position's protective stop (not its initial stop: 1R stays what it was at
    // entry). False when the ticker has no position.
    bool setStop(const QString& ticker, Price stop);
    Money realizedPnl() const { return m_realizedPnl; } // all fills so far, closed positions too
    // sign x (last x shares - open cost) over the open positions, from the exact cost (so it can
    // differ from Position::unrealizedPnl(), which uses the rounded average, by a few 1/10,000).
    Money unrealizedPnl() const;
    int openCount() const { return static_cast<int>(m_open.size()); }

private:
    struct Book {
        Position position;
        Money openCost;  // cost of the shares still open
        Money entryCost; // cost of every share ever added to this position
    };

    // Every ticker ever seen, by handle; `open` says whether it holds a position now. Each slot
    // is allocated once: adding a ticker leaves the addresses of the others' positions valid,
    // and finding a slot by handle (per bar, for the mark) is one index, not a deque's block
    // arithmetic.
    struct Slot {
        QString ticker;
        Book book;
        bool open = false;
    };

    Slot* slot(int handle);
    const Slot* slot(int handle) const;

    std::vector<std::unique_ptr<Slot>> m_slots;
    QHash<QString, int> m_handles; // ticker -> handle
    // Open positions by ticker, in ticker order -> handle. A map, not a hash: there are a few
    // positions at a time, and walking a hash (positions(), unrealizedPnl(), asked for every
    // entry signal) visits all its buckets, not just its entries.
    QMap<QString, int> m_open;
    ExecutionIdSet m_seenExecutions; // per broker: execution ids are unique per broker only
    Money m_realizedPnl;
};

} // namespace axion
