#pragma once

#include "core/Price.h"
#include "market/ReplayFeed.h"

#include <QDate>
#include <cstddef>
#include <vector>

namespace axion {

// One symbol's price gap between two sessions that is too large to be trading: the last close
// of one New York date and the first open of the next date the symbol has a bar on.
struct PriceJump {
    std::size_t barIndex = 0; // the new session's first bar, an index into the bars scanned
    int symbol = 0;
    QDate previousDate;
    QDate date;
    Price previousClose;
    Price open;
    double change = 0.0; // (open - previousClose) / previousClose, e.g. -0.857 for a 7:1 split

    bool operator==(const PriceJump&) const = default;
};

// Flags close-to-open jumps larger than a fraction of the previous close: what raw (unadjusted)
// data shows across a split or a reverse split (AAPL 7:1 on 2014-06-09: 645.57 -> 92.69, -86 %).
// Ordinary overnight gaps (a few percent, even a 15 % earnings gap) stay below the default 25 %.
//
// Pure: values in, values out.
class CloseToOpenJump {
public:
    static constexpr double kDefaultThreshold = 0.25;

    // threshold: the fraction |open - close| / close must exceed; 0 (or less) never flags.
    explicit CloseToOpenJump(double threshold = kDefaultThreshold)
        : m_threshold(threshold) {}

    double threshold() const { return m_threshold; }

    // (open - previousClose) / previousClose; 0 when previousClose is not positive.
    static double change(Price previousClose, Price open);
    // Whether the gap from previousClose to open is larger than the threshold.
    bool exceeds(Price previousClose, Price open) const;

    // Every such jump in `bars` (time order, as ReplayFeed::bars()), for the symbols whose entry
    // in `checked` is true (a symbol past the end of `checked` is not checked). A session is a
    // New York date: the first bar of a symbol on a later date than its previous bar is compared
    // with that previous bar's close. In bar order.
    std::vector<PriceJump> scan(const std::vector<ReplayBar>& bars,
                                const std::vector<bool>& checked) const;

private:
    double m_threshold;
};

} // namespace axion
