#pragma once

#include <QtGlobal>

namespace axion::alpaca {

// A token bucket that keeps requests under Alpaca's limit (200 per minute per account): up to
// `perMinute` tokens, refilled evenly, one per request. A 429 answer pauses it until the time
// Alpaca names (X-Ratelimit-Reset). Pure: the caller gives the time; AlpacaBroker decides which
// waiting request takes the next token (cancels and stops before entries before queries).
class RateLimiter {
public:
    explicit RateLimiter(int perMinute);

    // Takes a token when one is there at `nowMs` (and no pause is on).
    bool tryTake(qint64 nowMs);
    // How long from `nowMs` until tryTake() can succeed (0: now).
    qint64 waitMs(qint64 nowMs) const;
    // No token before `untilMs` (a 429's reset time); the bucket is empty after it, so requests
    // start again at the steady rate rather than in a burst.
    void pauseUntil(qint64 untilMs);
    int perMinute() const { return m_perMinute; }

private:
    void refill(qint64 nowMs) const;

    int m_perMinute;
    qint64 m_capacityMilli; // tokens x 1000
    mutable qint64 m_tokensMilli;
    mutable qint64 m_lastMs = -1;
    qint64 m_pausedUntilMs = 0;
};

} // namespace axion::alpaca
