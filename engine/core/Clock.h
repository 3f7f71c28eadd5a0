#pragma once

#include <QDateTime>
#include <QtGlobal>

namespace axion {

// The only source of "now" for the engine. Live runs use SystemClock, replays a SimClock driven
// by the bars, so the same code gives the same decisions in both.
class Clock {
public:
    virtual ~Clock() = default;
    // UTC milliseconds since the epoch.
    virtual qint64 nowMs() const = 0;
    QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC); }
};

} // namespace axion
