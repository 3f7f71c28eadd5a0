#pragma once

// Positions, snapshots and synthetic candle charts for the Active Positions tests and screenshot.

#include "execution/EngineSnapshot.h"
#include "market/Ema.h"
#include "support/TestValues.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTimeZone>
#include <algorithm>
#include <cmath>
#include <vector>

namespace axion::test {

// hh:mm New York time on 2026-11-24 (a Tuesday, EST = UTC-5) as UTC ms.
inline qint64 nyTimeMs(int hh, int mm, int ss = 0) {
    return QDateTime(QDate(2026, 11, 24), QTime(hh, mm, ss), QTimeZone::utc()).toMSecsSinceEpoch() +
           5LL * 3600 * 1000;
}

struct PositionSpec {
    QString ticker;
    Direction direction = Direction::Long;
    Quantity shares = 100;
    const char* entry = "100.00";
    const char* last = "100.00";
    const char* stop = "98.00";
    const char* initialStop = nullptr; // same as stop when null
    const char* target = nullptr;
    qint64 entryTimeMs = 0;
    TradeType type = TradeType::Day;
    QString broker = QStringLiteral("paper");
    QString signalId;
};

inline Position position(const PositionSpec& s) {
    Position p;
    p.ticker = s.ticker;
    p.direction = s.direction;
    p.shares = s.shares;
    p.averageEntry = px(s.entry);
    p.lastPrice = px(s.last);
    p.stopLoss = px(s.stop);
    p.initialStop = px(s.initialStop ? s.initialStop : s.stop);
    if (s.target)
        p.target = px(s.target);
    p.entryTimeMs = s.entryTimeMs;
    p.tradeType = s.type;
    p.broker = s.broker;
    p.signalId = s.signalId.isEmpty() ? QStringLiteral("sig-") + s.ticker.toLower() : s.signalId;
    p.sector = QStringLiteral("Technology");
    return p;
}

inline EngineSnapshot snapshotOf(const QList<Position>& positions, qint64 nowMs) {
    EngineSnapshot s;
    s.nowMs = nowMs;
    s.positions = positions;
    s.openPositions = int(positions.size());
    for (const Position& p : positions)
        s.unrealizedPnl += p.unrealizedPnl();
    return s;
}

// Standard normal numbers from a seeded generator (Box-Muller): repeatable charts.
class Gauss {
public:
    explicit Gauss(quint32 seed)
        : m_rng(seed) {}
    double next() {
        const double u1 = std::max(1e-12, m_rng.generateDouble());
        const double u2 = m_rng.generateDouble();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
    }
    double uniform() { return m_rng.generateDouble(); }

private:
    QRandomGenerator m_rng;
};

// A stretch of the synthetic market: `candles` bars drifting by `drift` per bar.
struct DriftSegment {
    int candles;
    double drift;
};

// `count` five-minute candles of a regular session day after day (09:30-16:00 New York time),
// the last one ending on 2026-11-24, with the 5/12, 8/9 and 34/50 EMAs of the close computed the
// way the engine does (engine/market/Ema, first-value seeding). Extra candles before the first
// one warm the EMAs up, as a live chart's would be.
inline ChartSnapshot syntheticChart(const QString& ticker, double startPrice, quint32 seed,
                                    const std::vector<DriftSegment>& drift, int count = 150,
                                    double volatility = 0.0018, double baseVolume = 60'000) {
    constexpr int kWarmup = 60;
    constexpr int kPerSession = 78;
    const int total = count + kWarmup;
    Gauss gauss(seed);

    // Candle times counted back from 15:25 on 2026-11-24 (a session in progress), skipping
    // nights and weekends.
    std::vector<qint64> times(static_cast<std::size_t>(total));
    QDate day(2026, 11, 24);
    int bar = 71;
    for (int i = total - 1; i >= 0; --i) {
        const QDateTime open(day, QTime(9, 30), QTimeZone("America/New_York"));
        times[std::size_t(i)] = open.toMSecsSinceEpoch() + qint64(bar) * 5 * 60'000;
        if (--bar < 0) {
            bar = kPerSession - 1;
            do {
                day = day.addDays(-1);
            } while (day.dayOfWeek() > 5);
        }
    }

    Ema e5(5), e12(12), e8(8), e9(9), e34(34), e50(50);
    ChartSnapshot chart;
    chart.ticker = ticker;
    chart.timeframe = QStringLiteral("5m");
    double close = startPrice;
    std::size_t segment = 0;
    int inSegment = 0;
    for (int i = 0; i < total; ++i) {
        while (segment + 1 < drift.size() && inSegment >= drift[segment].candles) {
            ++segment;
            inSegment = 0;
        }
        ++inSegment;
        const double mu = drift.empty() ? 0.0 : drift[segment].drift;
        const QTime nyTime =
            QDateTime::fromMSecsSinceEpoch(times[std::size_t(i)], QTimeZone("America/New_York"))
                .time();
        const bool sessionOpen = nyTime == QTime(9, 30);
        // Intraday volatility and volume are U-shaped: busy at the open and into the close.
        const double minute = nyTime.hour() * 60 + nyTime.minute() - (9 * 60 + 30);
        const double shape = 1.0 + 1.2 * std::pow((minute - 195.0) / 195.0, 2.0);
        const double sigma = volatility * std::sqrt(shape);

        ChartCandle c;
        c.timeMs = times[std::size_t(i)];
        c.open = sessionOpen ? close * (1.0 + 2.5 * sigma * gauss.next()) : close;
        c.close = c.open * (1.0 + mu + sigma * gauss.next());
        c.high = std::max(c.open, c.close) * (1.0 + std::abs(gauss.next()) * sigma * 0.6);
        c.low = std::min(c.open, c.close) * (1.0 - std::abs(gauss.next()) * sigma * 0.6);
        // Prices on the cent grid, as the exchange prints them.
        for (double* v : {&c.open, &c.high, &c.low, &c.close})
            *v = std::round(*v * 100.0) / 100.0;
        c.volume = std::round(baseVolume * shape * std::exp(0.45 * gauss.next()) *
                              (1.0 + 30.0 * std::abs(c.close - c.open) / c.open));
        c.fast5 = e5.update(c.close);
        c.fast12 = e12.update(c.close);
        c.pullback8 = e8.update(c.close);
        c.pullback9 = e9.update(c.close);
        c.trend34 = e34.update(c.close);
        c.trend50 = e50.update(c.close);
        close = c.close;
        if (i >= kWarmup)
            chart.candles.push_back(c);
    }
    return chart;
}

// Average true range of the candles before `index` (stop placement in the samples).
inline double averageRange(const ChartSnapshot& chart, int index, int length = 14) {
    double sum = 0.0;
    int n = 0;
    for (int i = std::max(1, index - length); i < index; ++i, ++n) {
        const ChartCandle& c = chart.candles[std::size_t(i)];
        const double prev = chart.candles[std::size_t(i - 1)].close;
        sum += std::max({c.high - c.low, std::abs(c.high - prev), std::abs(c.low - prev)});
    }
    return n > 0 ? sum / n : 0.0;
}

inline Price cents(double value) {
    return Price::fromUnits(qint64(std::llround(value * 100.0)) * 100);
}

// A position entered at the close of candle `entryIndex` of `chart` with a stop `atrs` average
// ranges away (or beyond the worst price since the entry, so that the stop has not been hit), a
// 2:1 target, `riskDollars` of risk, and the chart's last close as its price.
inline Position positionOnChart(ChartSnapshot& chart, Direction direction, int entryIndex,
                                double atrs, double riskDollars, TradeType type,
                                const QString& broker) {
    const ChartCandle& at = chart.candles[std::size_t(entryIndex)];
    const Price entry = cents(at.close);
    double adverse = 0.0;
    for (std::size_t i = std::size_t(entryIndex) + 1; i < chart.candles.size(); ++i) {
        const ChartCandle& c = chart.candles[i];
        adverse =
            std::max(adverse, direction == Direction::Long ? at.close - c.low : c.high - at.close);
    }
    const Price risk = cents(std::max(atrs * averageRange(chart, entryIndex), adverse + 0.05));
    Position p;
    p.ticker = chart.ticker;
    p.direction = direction;
    p.averageEntry = entry;
    p.initialStop = direction == Direction::Long ? entry - risk : entry + risk;
    p.stopLoss = p.initialStop;
    p.target = direction == Direction::Long ? entry + risk + risk : entry - risk - risk;
    p.shares = std::max<Quantity>(1, Quantity(riskDollars / risk.toDouble()));
    p.lastPrice = cents(chart.candles.back().close);
    p.entryTimeMs = at.timeMs + 5 * 60'000;
    p.tradeType = type;
    p.broker = broker;
    p.sector = QStringLiteral("Technology");
    p.signalId = QStringLiteral("cfb-%1-%2")
                     .arg(chart.ticker.toLower())
                     .arg(QDateTime::fromMSecsSinceEpoch(at.timeMs, QTimeZone::utc())
                              .toString(QStringLiteral("MMddHHmm")));
    chart.entry = p.averageEntry.toDouble();
    chart.stop = p.stopLoss.toDouble();
    chart.target = p.target->toDouble();
    return p;
}

} // namespace axion::test
