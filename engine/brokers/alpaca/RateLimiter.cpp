#include "brokers/alpaca/RateLimiter.h"

#include <algorithm>

namespace axion::alpaca {

namespace {
constexpr qint64 kMinuteMs = 60'000;
} // namespace

RateLimiter::RateLimiter(int perMinute)
    : m_perMinute(std::max(1, perMinute))
    , m_capacityMilli(qint64(m_perMinute) * 1000)
    , m_tokensMilli(m_capacityMilli) {}

void RateLimiter::refill(qint64 nowMs) const {
    if (m_lastMs < 0)
        m_lastMs = nowMs;
    if (nowMs <= m_lastMs)
        return;
    // perMinute tokens per 60,000 ms = perMinute milli-tokens per 60 ms.
    const qint64 gained = (nowMs - m_lastMs) * m_perMinute * 1000 / kMinuteMs;
    if (gained > 0) {
        m_tokensMilli = std::min(m_capacityMilli, m_tokensMilli + gained);
        m_lastMs = nowMs;
    }
}

bool RateLimiter::tryTake(qint64 nowMs) {
    if (nowMs < m_pausedUntilMs)
        return false;
    refill(nowMs);
    if (m_tokensMilli < 1000)
        return false;
    m_tokensMilli -= 1000;
    return true;
}

qint64 RateLimiter::waitMs(qint64 nowMs) const {
    if (nowMs < m_pausedUntilMs)
        return m_pausedUntilMs - nowMs + waitMs(m_pausedUntilMs); // and the first token after
    refill(nowMs);
    if (m_tokensMilli >= 1000)
        return 0;
    const qint64 missing = 1000 - m_tokensMilli;
    // Round up: at the returned time the token is there.
    return (missing * kMinuteMs + qint64(m_perMinute) * 1000 - 1) / (qint64(m_perMinute) * 1000);
}

void RateLimiter::pauseUntil(qint64 untilMs) {
    m_pausedUntilMs = std::max(m_pausedUntilMs, untilMs);
    m_tokensMilli = 0;
    m_lastMs = m_pausedUntilMs;
}

} // namespace axion::alpaca
