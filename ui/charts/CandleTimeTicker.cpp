#include "charts/CandleTimeTicker.h"

#include "market/MarketCalendar.h"

#include <QDateTime>
#include <algorithm>
#include <cmath>

namespace axion {

namespace {

// Spacings between time labels inside a session, in minutes; beyond the last one only session
// starts are labelled.
constexpr int kIntervals[] = {1, 2, 5, 10, 15, 30, 60, 120, 240};

} // namespace

CandleTimeTicker::CandleTimeTicker()
    : m_zone(MarketCalendar::newYork()) {
    setTickCount(8);
}

void CandleTimeTicker::setTimes(QList<qint64> utcMs) {
    m_times = std::move(utcMs);
    m_minuteOfDay.resize(m_times.size());
    m_dayNumber.resize(m_times.size());
    for (qsizetype i = 0; i < m_times.size(); ++i) {
        const QDateTime ny = QDateTime::fromMSecsSinceEpoch(m_times.at(i), m_zone);
        m_minuteOfDay[i] = ny.time().hour() * 60 + ny.time().minute();
        m_dayNumber[i] = ny.date().toJulianDay();
    }
    // The bar length is the most common spacing; the median ignores the overnight gaps.
    QList<qint64> gaps;
    for (qsizetype i = 1; i < m_times.size(); ++i)
        gaps.append(m_times.at(i) - m_times.at(i - 1));
    if (!gaps.isEmpty()) {
        std::nth_element(gaps.begin(), gaps.begin() + gaps.size() / 2, gaps.end());
        m_barMinutes = std::max(1.0, static_cast<double>(gaps.at(gaps.size() / 2)) / 60'000.0);
    }
}

bool CandleTimeTicker::startsSession(int candle) const {
    return candle == 0 || m_dayNumber.at(candle) != m_dayNumber.at(candle - 1);
}

QString CandleTimeTicker::labelFor(int candle) const {
    if (candle < 0 || candle >= m_times.size())
        return {};
    const QDateTime ny = QDateTime::fromMSecsSinceEpoch(m_times.at(candle), m_zone);
    // Daily bars and session starts show the date; the C locale keeps month names stable.
    if (m_barMinutes >= 24 * 60 || startsSession(candle))
        return QLocale::c().toString(ny.date(), QStringLiteral("MMM d"));
    return ny.toString(QStringLiteral("HH:mm"));
}

QVector<double> CandleTimeTicker::createTickVector(double, const QCPRange& range) {
    QVector<double> ticks;
    const int count = int(m_times.size());
    if (count == 0)
        return ticks;
    const int first = std::clamp(int(std::ceil(range.lower)), 0, count - 1);
    const int last = std::clamp(int(std::floor(range.upper)), 0, count - 1);
    const int visible = std::max(1, last - first + 1);
    const int wanted = std::max(2, tickCount());

    if (m_barMinutes >= 24 * 60) {
        // Daily or longer bars: every k-th candle with k a readable step.
        const int raw = std::max(1, visible / wanted);
        int step = 1;
        for (int nice : {1, 2, 5, 10, 20, 50, 100, 200, 500}) {
            step = nice;
            if (nice >= raw)
                break;
        }
        for (int i = first - first % step; i <= last; i += step) {
            if (i >= first)
                ticks.append(i);
        }
        return ticks;
    }

    // The smallest label spacing that keeps the number of labels near the wanted count.
    const double visibleMinutes = visible * m_barMinutes;
    int interval = 0;
    for (int candidate : kIntervals) {
        if (candidate < m_barMinutes)
            continue;
        if (visibleMinutes / candidate <= wanted) {
            interval = candidate;
            break;
        }
    }
    // A label right after a session start would overlap the date label.
    const double minGap = interval > 0 ? 0.6 * interval / m_barMinutes : 0.0;
    double lastTick = -1e9;
    for (int i = first; i <= last; ++i) {
        const bool session = startsSession(i);
        bool regular = false;
        if (!session && interval > 0)
            regular = m_minuteOfDay.at(i) / interval != m_minuteOfDay.at(i - 1) / interval;
        if (session || (regular && i - lastTick >= minGap)) {
            ticks.append(i);
            lastTick = i;
        }
    }
    return ticks;
}

QString CandleTimeTicker::getTickLabel(double tick, const QLocale&, QChar, int) {
    return labelFor(int(std::lround(tick)));
}

int CandleTimeTicker::getSubTickCount(double) {
    return 0;
}

} // namespace axion
