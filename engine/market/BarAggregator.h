#pragma once

#include "market/Bar.h"
#include "market/MarketCalendar.h"

#include <QStringView>
#include <array>
#include <limits>
#include <optional>

namespace axion {

// One completed N-minute bar.
struct AggregatedBar {
    // OHLCV of the minutes that went in: open of the first, high max, low min, close of the last,
    // volume sum. bar.timeMs is the bucket's nominal open (09:30, 09:35, ...), also when its
    // first minute was missing, so that bars of one timeframe always sit on the same grid.
    Bar bar;
    // The bucket's nominal close: open + N minutes, or the session close for the day's last,
    // shorter bucket (the 15:30 hour bar closes at 16:00, on a 13:00 early close the 12:30 bar
    // at 13:00). A signal raised on the bar carries this time.
    qint64 closeMs = 0;
    int minuteCount = 0; // minute bars that went in (< N when minutes were missing)

    bool operator==(const AggregatedBar&) const = default;
};

// Minute bars -> N-minute bars aligned to the New York regular session.
//
// Buckets start at the session open and every N minutes after it (5m: 09:30, 09:35, ...;
// 1h: 09:30, 10:30, ..., 15:30), and the last bucket of a day ends at the session close, so it is
// shorter when N does not divide the session (1h: 15:30-16:00; 13:00 close: 12:30-13:00). "1d"
// is one bucket for the whole session.
//
// A bucket is emitted as soon as it is known to be complete:
//  - the minute just fed is the bucket's last minute (its open + 1 min reaches the bucket's
//    close): the 5m bar 09:30-09:35 comes out with the 09:34 minute, not one minute late;
//  - otherwise, when a minute of a later bucket arrives (the last minutes were missing).
// So one minute can complete two buckets (the pending one and, when it is its bucket's last
// minute, its own); update() returns them oldest first. Missing minutes are simply absent from
// the OHLCV. A bucket whose last minutes never come stays open until a later minute (the next
// day's first) or flush().
//
// Minutes outside the session, duplicates and minutes older than the last one fed (out of
// order) are ignored: a feed hiccup must not rewrite a bar that may already have been emitted.
//
// update() is the replay hot path: O(1), no allocation, one division per new bucket. The session
// comes in as two numbers so that a caller feeding many aggregators looks it up once per minute;
// the MarketCalendar overload caches the current day's session itself.
class BarAggregator {
public:
    static constexpr qint64 kMinuteMs = 60'000;
    // The minutes of a "1d" bucket: longer than any session, so the session close ends it.
    static constexpr int kDayMinutes = 24 * 60;

    using Output = std::array<AggregatedBar, 2>;

    // Bucket length in minutes; values below 1 are treated as 1.
    explicit BarAggregator(int minutes);

    // "1m", "5m", "10m", "15m", "30m" (any N m), "1h", "2h", "4h" (any N h), "1d"; nullopt for
    // anything else.
    static std::optional<int> minutesForTimeframe(QStringView timeframe);

    // Feeds one minute bar (timeMs = the minute's open, UTC ms) of the session
    // [sessionOpenMs, sessionCloseMs). Writes the bars it completes to out[0..n) and returns n
    // (0, 1 or 2).
    int update(const Bar& minute, qint64 sessionOpenMs, qint64 sessionCloseMs, Output& out) {
        const qint64 t = minute.timeMs;
        if (t < sessionOpenMs || t >= sessionCloseMs || t <= m_lastMinuteMs) [[unlikely]]
            return 0;
        m_lastMinuteMs = t;
        int n = 0;
        // Minutes arrive in time order, so a minute at or past the open bucket's close belongs
        // to a later bucket (possibly on a later day): the open one is complete.
        if (m_current.minuteCount > 0 && t >= m_current.closeMs)
            complete(out[n++]);
        if (m_current.minuteCount == 0) {
            openBucket(minute, sessionOpenMs, sessionCloseMs);
        } else {
            Bar& b = m_current.bar;
            if (minute.high > b.high)
                b.high = minute.high;
            if (minute.low < b.low)
                b.low = minute.low;
            b.close = minute.close;
            b.volume += minute.volume;
            ++m_current.minuteCount;
        }
        if (t + kMinuteMs >= m_current.closeMs)
            complete(out[n++]);
        return n;
    }

    // The same, with the session taken from the calendar (looked up once per New York day and
    // cached). Minutes on a day without a session are ignored.
    int update(const Bar& minute, const MarketCalendar& calendar, Output& out);

    // Emits the open bucket, if any, as it stands (end of data, or a session known to be over).
    bool flush(AggregatedBar& out);

    // The bucket being built (minuteCount == 0 when none).
    const AggregatedBar& current() const { return m_current; }
    bool hasOpenBucket() const { return m_current.minuteCount > 0; }
    int minutes() const { return m_minutes; }

    // Back to the state of a freshly constructed aggregator.
    void reset();

private:
    void openBucket(const Bar& minute, qint64 sessionOpenMs, qint64 sessionCloseMs);
    void complete(AggregatedBar& out) {
        out = m_current;
        m_current.minuteCount = 0;
    }

    int m_minutes;
    qint64 m_bucketMs;
    qint64 m_lastMinuteMs = std::numeric_limits<qint64>::min();
    AggregatedBar m_current;
    // Session cache of the MarketCalendar overload: the UTC day it is for and its open/close
    // (both 0 when that day has no session).
    qint64 m_cachedDay = std::numeric_limits<qint64>::min();
    qint64 m_cachedOpenMs = 0;
    qint64 m_cachedCloseMs = 0;
};

} // namespace axion
