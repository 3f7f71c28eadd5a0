#include "market/ChartSeries.h"

#include <limits>

namespace axion {

ChartSeries::ChartSeries(int bucketMinutes, std::size_t capacity)
    : m_bucketMinutes(bucketMinutes < 1 ? 1 : bucketMinutes)
    , m_capacity(capacity < 2 ? 2 : capacity) {}

void ChartSeries::addMinute(const Bar& minute) {
    const qint64 bucketMs = qint64(m_bucketMinutes) * 60'000;
    const qint64 start = minute.timeMs - minute.timeMs % bucketMs;
    const double o = minute.open.toDouble();
    const double h = minute.high.toDouble();
    const double l = minute.low.toDouble();
    const double c = minute.close.toDouble();
    const double v = static_cast<double>(minute.volume);
    if (!m_candles.empty() && m_candles.back().timeMs == start) {
        ChartCandle& k = m_candles.back();
        k.high = std::max(k.high, h);
        k.low = std::min(k.low, l);
        k.close = c;
        k.volume += v;
        return;
    }
    if (!m_candles.empty() && start < m_candles.back().timeMs)
        return; // out of order: a chart never rewrites history
    if (!m_candles.empty())
        complete(m_candles.back());
    ChartCandle k;
    k.timeMs = start;
    k.open = o;
    k.high = h;
    k.low = l;
    k.close = c;
    k.volume = v;
    // The forming candle shows the clouds as of the last completed one.
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const ChartCandle* prev = m_candles.empty() ? nullptr : &m_candles.back();
    k.fast5 = prev ? prev->fast5 : nan;
    k.fast12 = prev ? prev->fast12 : nan;
    k.pullback8 = prev ? prev->pullback8 : nan;
    k.pullback9 = prev ? prev->pullback9 : nan;
    k.trend34 = prev ? prev->trend34 : nan;
    k.trend50 = prev ? prev->trend50 : nan;
    m_candles.push_back(k);
    while (m_candles.size() > m_capacity)
        m_candles.pop_front();
}

void ChartSeries::complete(ChartCandle& k) {
    k.fast5 = m_fast5.update(k.close);
    k.fast12 = m_fast12.update(k.close);
    k.pullback8 = m_pullback8.update(k.close);
    k.pullback9 = m_pullback9.update(k.close);
    k.trend34 = m_trend34.update(k.close);
    k.trend50 = m_trend50.update(k.close);
}

std::vector<ChartCandle> ChartSeries::candles() const {
    return {m_candles.begin(), m_candles.end()};
}

} // namespace axion
