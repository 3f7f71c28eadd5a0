#include "market/CloseToOpenJump.h"

#include "market/MarketCalendar.h"

#include <QDateTime>
#include <QTimeZone>
#include <cmath>
#include <limits>

namespace axion {

double CloseToOpenJump::change(Price previousClose, Price open) {
    if (!previousClose.isPositive())
        return 0.0;
    return static_cast<double>((open - previousClose).units()) /
           static_cast<double>(previousClose.units());
}

bool CloseToOpenJump::exceeds(Price previousClose, Price open) const {
    return m_threshold > 0.0 && std::abs(change(previousClose, open)) > m_threshold;
}

std::vector<PriceJump> CloseToOpenJump::scan(const std::vector<ReplayBar>& bars,
                                             const std::vector<bool>& checked) const {
    std::vector<PriceJump> jumps;
    if (m_threshold <= 0.0)
        return jumps;
    struct Last {
        bool seen = false;
        Price close;
        QDate date;
        qint64 nextDayStartMs = std::numeric_limits<qint64>::min(); // first ms after `date`
    };
    std::vector<Last> last(checked.size());
    const QTimeZone ny = MarketCalendar::newYork();
    for (std::size_t i = 0; i < bars.size(); ++i) {
        const ReplayBar& rb = bars[i];
        const auto s = static_cast<std::size_t>(rb.symbol);
        if (rb.symbol < 0 || s >= checked.size() || !checked[s])
            continue;
        Last& l = last[s];
        // One time zone conversion per symbol and day: bars of the same date skip it.
        if (l.seen && rb.bar.timeMs < l.nextDayStartMs) {
            l.close = rb.bar.close;
            continue;
        }
        const QDate date = QDateTime::fromMSecsSinceEpoch(rb.bar.timeMs, ny).date();
        if (l.seen && exceeds(l.close, rb.bar.open)) {
            jumps.push_back(PriceJump{.barIndex = i,
                                      .symbol = rb.symbol,
                                      .previousDate = l.date,
                                      .date = date,
                                      .previousClose = l.close,
                                      .open = rb.bar.open,
                                      .change = change(l.close, rb.bar.open)});
        }
        l.seen = true;
        l.close = rb.bar.close;
        l.date = date;
        // New York changes its clocks at 02:00, so midnight always exists.
        l.nextDayStartMs = QDateTime(date.addDays(1), QTime(0, 0), ny).toMSecsSinceEpoch();
    }
    return jumps;
}

} // namespace axion
