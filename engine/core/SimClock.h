#pragma once

#include "core/Clock.h"

namespace axion {

// A clock that only moves when told to: replays set it to each bar's time.
class SimClock final : public Clock {
public:
    explicit SimClock(qint64 startMs = 0)
        : m_nowMs(startMs) {}
    qint64 nowMs() const override { return m_nowMs; }
    // Time never runs backwards: an older timestamp is ignored.
    void setNowMs(qint64 ms) {
        if (ms > m_nowMs)
            m_nowMs = ms;
    }
    void advanceMs(qint64 ms) {
        if (ms > 0)
            m_nowMs += ms;
    }

private:
    qint64 m_nowMs;
};

} // namespace axion
