#pragma once

#include "config/ExecutorConfig.h"
#include "core/Order.h"
#include "core/Signal.h"
#include "market/Bar.h"

#include <optional>

namespace axion {

enum class EntryStyle {
    Market,      // conviction >= high and volume confirmed: fill now
    LimitAtCloud // otherwise: limit at the entry cloud's edge, waiting for a pullback
};
QString toString(EntryStyle style);

// The second half of a scale-in, waiting for the first pullback to the cloud that holds.
struct PendingScaleIn {
    QString signalId;
    QString ticker;
    Direction direction = Direction::Long;
    Quantity shares = 0;
    QString broker;
    bool operator==(const PendingScaleIn&) const = default;
};

struct EntryPlan {
    EntryStyle style = EntryStyle::Market;
    Order entry;
    Order stop;   // protective stop, lives at the broker (bracket leg)
    Order target; // take-profit, one-cancels-other with the stop
    std::optional<PendingScaleIn> scaleIn;
    Price cloudEdge;    // the entry cloud's edge used for the limit (zero if none was known)
    int expiryBars = 0; // limit entries are cancelled after this many bars unfilled
};

// Turns an approved, sized signal into orders (PRD-135 entry strategies):
//  - immediate market for conviction >= high with volume confirmed,
//  - limit at the entry cloud's edge otherwise (expires after limit_entry_expiry_bars),
//  - with scale-in enabled, only scale_in_initial_pct is entered now; the rest waits for the
//    first pullback to the entry cloud that holds.
// Every order gets a deterministic client order id from the signal id and its leg. Prices are
// rounded to the exchange tick, always in the direction that does not increase risk.
class EntryPlanner {
public:
    explicit EntryPlanner(const ExecutorConfig& config);

    EntryPlan plan(const Signal& signal, Quantity shares, const QString& broker) const;

    // The scale-in leg, if this bar is the first pullback to the cloud that holds: for a long the
    // bar trades down into the cloud (low <= upper edge) and closes back above it (close >= upper
    // edge); shorts mirror. `sequence` numbers repeated scale legs of one signal.
    std::optional<Order> scaleInOrder(const PendingScaleIn& pending, const Bar& bar,
                                      const CloudState& entryCloud, int sequence = 1) const;

    bool limitExpired(int barsSincePlaced) const { return barsSincePlaced >= m_expiryBars; }

    // Target at reward_to_risk x the stop distance from `entry` (PRD: 2:1).
    Price rewardTarget(Direction direction, Price entry, Price stop) const;

private:
    ExecutorConfig m_config;
    CloudLayer m_entryCloud;
    int m_expiryBars;
};

} // namespace axion
