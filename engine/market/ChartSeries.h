#pragma once

#include "market/Bar.h"
#include "market/Ema.h"

#include <deque>

namespace axion {

// One candle of a chart with the EMA clouds at that candle (doubles: chart values only).
struct ChartCandle {
    qint64 timeMs = 0; // candle open, UTC ms
    double open = 0.0;
    double high = 0.0;
    double low = 0.0;
    double close = 0.0;
    double volume = 0.0;
    // Short and long EMA of the 5/12, 8/9 and 34/50 clouds (NaN until the EMA is ready).
    double fast5 = 0.0, fast12 = 0.0;
    double pullback8 = 0.0, pullback9 = 0.0;
    double trend34 = 0.0, trend50 = 0.0;
};

// The candles a chart shows for one ticker: minute bars folded into fixed buckets (5 minutes by
// default, aligned to the epoch, which keeps them aligned to the 09:30 open) with the EMAs of the
// 5/12, 8/9 and 34/50 clouds computed on completed candles. Display only: the signal engine has
// its own, exact aggregation; this one exists so that the chart never reaches into it from
// another thread. Bounded: the oldest candles are dropped beyond `capacity`.
class ChartSeries {
public:
    explicit ChartSeries(int bucketMinutes = 5, std::size_t capacity = 240);

    void addMinute(const Bar& minute);

    // Candles oldest first, the forming one last.
    std::vector<ChartCandle> candles() const;
    int bucketMinutes() const { return m_bucketMinutes; }

private:
    void complete(ChartCandle& candle);

    int m_bucketMinutes;
    std::size_t m_capacity;
    std::deque<ChartCandle> m_candles;
    Ema m_fast5{5}, m_fast12{12}, m_pullback8{8}, m_pullback9{9}, m_trend34{34}, m_trend50{50};
};

} // namespace axion
