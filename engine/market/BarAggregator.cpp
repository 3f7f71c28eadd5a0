#include "market/BarAggregator.h"

#include <algorithm>

namespace axion {

namespace {

constexpr qint64 kDayMs = 24 * 60 * BarAggregator::kMinuteMs;
// QDate's Julian day of 1970-01-01.
constexpr qint64 kUnixEpochJulianDay = 2'440'588;

qint64 floorDiv(qint64 a, qint64 b) {
    const qint64 q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

} // namespace

BarAggregator::BarAggregator(int minutes)
    : m_minutes(std::max(1, minutes))
    , m_bucketMs(qint64(m_minutes) * kMinuteMs) {}

std::optional<int> BarAggregator::minutesForTimeframe(QStringView timeframe) {
    if (timeframe == u"1d")
        return kDayMinutes;
    if (timeframe.size() < 2)
        return std::nullopt;
    const QChar unit = timeframe.back();
    const QStringView digits = timeframe.chopped(1);
    // Digits only: QStringView::toInt would also take "+5" or " 5".
    for (QChar c : digits) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
    }
    bool ok = false;
    const int n = digits.toInt(&ok);
    if (!ok || n < 1 || digits.front() == u'0')
        return std::nullopt;
    if (unit == u'm' && n <= kDayMinutes)
        return n;
    if (unit == u'h' && n <= 24)
        return n * 60;
    return std::nullopt;
}

void BarAggregator::openBucket(const Bar& minute, qint64 sessionOpenMs, qint64 sessionCloseMs) {
    const qint64 index = (minute.timeMs - sessionOpenMs) / m_bucketMs;
    const qint64 start = sessionOpenMs + index * m_bucketMs;
    m_current.bar = minute;
    m_current.bar.timeMs = start;
    m_current.closeMs = std::min(start + m_bucketMs, sessionCloseMs);
    m_current.minuteCount = 1;
}

int BarAggregator::update(const Bar& minute, const MarketCalendar& calendar, Output& out) {
    const qint64 t = minute.timeMs;
    if (t < m_cachedOpenMs || t >= m_cachedCloseMs) {
        // New York's regular session (09:30-16:00, UTC-4 or UTC-5) never spans a UTC midnight,
        // so the UTC date of a session minute is its New York date.
        const qint64 day = floorDiv(t, kDayMs);
        if (day != m_cachedDay) {
            m_cachedDay = day;
            m_cachedOpenMs = m_cachedCloseMs = 0;
            if (const auto s = calendar.session(QDate::fromJulianDay(kUnixEpochJulianDay + day))) {
                m_cachedOpenMs = s->openMs;
                m_cachedCloseMs = s->closeMs;
            }
        }
    }
    return update(minute, m_cachedOpenMs, m_cachedCloseMs, out);
}

bool BarAggregator::flush(AggregatedBar& out) {
    if (m_current.minuteCount == 0)
        return false;
    complete(out);
    return true;
}

void BarAggregator::reset() {
    m_lastMinuteMs = std::numeric_limits<qint64>::min();
    m_current = AggregatedBar{};
    m_cachedDay = std::numeric_limits<qint64>::min();
    m_cachedOpenMs = m_cachedCloseMs = 0;
}

} // namespace axion
