#include "signals/CloudSignalEngine.h"

#include "core/ClientOrderId.h"
#include "signals/SignalParser.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <limits>

namespace axion {

namespace {

const QString kBuiltInSource = QString::fromLatin1(Signal::kBuiltIn);

constexpr qint64 kDayMs = 24 * 60 * BarAggregator::kMinuteMs;
constexpr qint64 kUnixEpochJulianDay = 2'440'588; // QDate's Julian day of 1970-01-01

constexpr quint32 bit(CloudSignalType t) {
    return 1u << static_cast<int>(t);
}

qint64 floorDiv(qint64 a, qint64 b) {
    const qint64 q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

bool bullish(const CloudState& c) {
    return c.shortEma > c.longEma;
}
bool bearish(const CloudState& c) {
    return c.shortEma < c.longEma;
}

const CloudState& at(const std::array<CloudState, kCloudLayerCount>& a, CloudLayer l) {
    return a[static_cast<std::size_t>(l)];
}

// Within a direction: flip > cross > bounce > trend_aligned.
constexpr std::array<CloudSignalType, 4> kLongPrecedence{
    CloudSignalType::CloudFlipBullish, CloudSignalType::CloudCrossBullish,
    CloudSignalType::CloudBounceLong, CloudSignalType::TrendAlignedLong};
constexpr std::array<CloudSignalType, 4> kShortPrecedence{
    CloudSignalType::CloudFlipBearish, CloudSignalType::CloudCrossBearish,
    CloudSignalType::CloudBounceShort, CloudSignalType::TrendAlignedShort};

// Index into the precedence list of the best fired type of one direction, or -1.
int bestOf(quint32 mask, const std::array<CloudSignalType, 4>& order) {
    for (int i = 0; i < int(order.size()); ++i) {
        if (mask & bit(order[std::size_t(i)]))
            return i;
    }
    return -1;
}

// The clouds whose crossing is a cloud_cross signal; TimeframeState::side is indexed like this.
constexpr std::array<CloudLayer, 2> kCrossLayers{CloudLayer::Trend, CloudLayer::Macro};

Price tick(Price p) {
    return Price::fromUnits(p.units() >= 10'000 ? 100 : 1);
}

} // namespace

QString toString(CloudSignalType type) {
    switch (type) {
    case CloudSignalType::CloudFlipBullish:
        return QStringLiteral("cloud_flip_bullish");
    case CloudSignalType::CloudFlipBearish:
        return QStringLiteral("cloud_flip_bearish");
    case CloudSignalType::CloudCrossBullish:
        return QStringLiteral("cloud_cross_bullish");
    case CloudSignalType::CloudCrossBearish:
        return QStringLiteral("cloud_cross_bearish");
    case CloudSignalType::CloudBounceLong:
        return QStringLiteral("cloud_bounce_long");
    case CloudSignalType::CloudBounceShort:
        return QStringLiteral("cloud_bounce_short");
    case CloudSignalType::TrendAlignedLong:
        return QStringLiteral("trend_aligned_long");
    case CloudSignalType::TrendAlignedShort:
        return QStringLiteral("trend_aligned_short");
    case CloudSignalType::MomentumExhaustion:
        return QStringLiteral("momentum_exhaustion");
    }
    return {};
}

std::optional<CloudSignalType> cloudSignalTypeFromString(QStringView text) {
    for (int i = 0; i < kCloudSignalTypeCount; ++i) {
        const auto t = static_cast<CloudSignalType>(i);
        if (text == toString(t))
            return t;
    }
    return std::nullopt;
}

CloudSignalEngine::TimeframeState::TimeframeState(int minutes, EmaPriceSource source,
                                                  EmaSeeding seeding)
    : aggregator(minutes)
    , stack(source, seeding) {}

CloudSignalEngine::CloudSignalEngine(const ExecutorConfig& config, QStringList timeframes)
    : m_source(config.emaPriceSource)
    , m_seeding(config.emaSeeding)
    , m_volumeConfirmRatio(config.volumeConfirmRatio)
    , m_rewardToRisk(config.rewardToRiskTarget)
    , m_exhaustionBars(std::max(1, config.momentumExhaustionBars))
    , m_sectorMap(config.sectorMap)
    , m_scorer(config.volumeConfirmRatio) {
    for (const QString& tf : timeframes) {
        const auto minutes = BarAggregator::minutesForTimeframe(tf);
        const auto tradeType = SignalParser::tradeTypeForTimeframe(tf);
        // Only timeframes the signal contract accepts: our signals must pass our own parser.
        if (!minutes || !tradeType || m_timeframes.contains(tf)) {
            m_rejected.append(tf);
            continue;
        }
        m_timeframes.append(tf);
        m_minutes.push_back(*minutes);
        m_tradeTypes.push_back(*tradeType);
    }
    m_timeframeCount = int(m_timeframes.size());
}

const QString& CloudSignalEngine::sectorOf(int symbol, const QString& ticker) const {
    if (std::size_t(symbol) >= m_sectors.size())
        m_sectors.resize(std::size_t(symbol) + 1);
    SectorCache& c = m_sectors[std::size_t(symbol)];
    // Symbol numbers are the caller's; the ticker text is checked, so a renumbering caller still
    // gets the right sector (at the price of one more look-up).
    if (!c.valid || c.ticker != ticker) {
        c.ticker = ticker;
        // sector_map keys are upper case (the config normalises them), like contract tickers.
        c.sector = m_sectorMap.value(ticker.toUpper(), ticker);
        c.valid = true;
    }
    return c.sector;
}

void CloudSignalEngine::setWarmupBars(int bars) {
    // Detection compares two bars, so fewer than two can never be honoured.
    m_warmupBars = std::max(2, bars);
}

void CloudSignalEngine::reset() {
    m_states.clear();
    m_symbolCount = 0;
    m_sectors.clear();
}

void CloudSignalEngine::resetSymbol(int symbol) {
    if (symbol < 0 || symbol >= m_symbolCount)
        return;
    const std::size_t first = std::size_t(symbol) * std::size_t(m_timeframeCount);
    for (int k = 0; k < m_timeframeCount; ++k)
        m_states[first + std::size_t(k)] =
            TimeframeState(m_minutes[std::size_t(k)], m_source, m_seeding);
}

bool CloudSignalEngine::isExitHint(const Signal& signal) {
    // The engine's own values (its exit hints are its momentum_exhaustion signals) win over the
    // received metadata (Signal::metadataJson()); asked first, they spare a string compare.
    if (signal.engineMetadata)
        return signal.engineMetadata->exitHint;
    if (signal.signalType == u"momentum_exhaustion")
        return true;
    return signal.metadata.value(u"signal_role").toString() == u"exit";
}

void CloudSignalEngine::growTo(int symbolCount) {
    m_states.reserve(std::size_t(symbolCount) * std::size_t(m_timeframeCount));
    for (int s = m_symbolCount; s < symbolCount; ++s) {
        for (int k = 0; k < m_timeframeCount; ++k)
            m_states.emplace_back(m_minutes[std::size_t(k)], m_source, m_seeding);
    }
    m_symbolCount = symbolCount;
}

bool CloudSignalEngine::lookUpSession(qint64 timeMs) {
    // The regular session never spans a UTC midnight, so a session minute's UTC day is its New
    // York date. Pre- and after-hours minutes land here too and are answered from the cache.
    const qint64 day = floorDiv(timeMs, kDayMs);
    if (day != m_sessionDay) {
        auto it = m_sessionByDay.constFind(day);
        if (it == m_sessionByDay.constEnd()) {
            SessionSpan span;
            if (const auto s =
                    m_calendar.session(QDate::fromJulianDay(kUnixEpochJulianDay + day))) {
                span.openMs = s->openMs;
                span.closeMs = s->closeMs;
            }
            it = m_sessionByDay.insert(day, span);
        }
        m_session = *it;
        m_sessionDay = day;
    }
    return timeMs >= m_session.openMs && timeMs < m_session.closeMs;
}

void CloudSignalEngine::onMinuteBar(int symbol, const QString& ticker, const Bar& bar,
                                    std::vector<Signal>& out) {
    if (symbol < 0 || m_timeframeCount == 0) [[unlikely]]
        return;
    if (bar.timeMs < m_session.openMs || bar.timeMs >= m_session.closeMs) [[unlikely]] {
        if (!lookUpSession(bar.timeMs))
            return;
    }
    if (symbol >= m_symbolCount) [[unlikely]]
        growTo(symbol + 1);

    TimeframeState* states = &m_states[std::size_t(symbol) * std::size_t(m_timeframeCount)];
    bool anyCompleted = false;
    for (int k = 0; k < m_timeframeCount; ++k) {
        TimeframeState& st = states[k];
        const int n = st.aggregator.update(bar, m_session.openMs, m_session.closeMs, m_completed);
        if (n == 0) [[likely]]
            continue;
        if (n == 2) [[unlikely]] {
            // A bucket whose last minutes were missing, completed by this minute, which also
            // completes its own: the older one is judged on its own before it is superseded.
            advance(st, m_completed[0]);
            detect(symbol, k, ticker, out);
        }
        advance(st, m_completed[std::size_t(n - 1)]);
        st.pending = true;
        anyCompleted = true;
    }
    if (!anyCompleted) [[likely]]
        return;
    // Detection after every timeframe has taken the minute, so that the confluence count sees the
    // hour bar that closes on the same minute as a 5m bar.
    for (int k = 0; k < m_timeframeCount; ++k) {
        if (states[k].pending) {
            states[k].pending = false;
            detect(symbol, k, ticker, out);
        }
    }
}

void CloudSignalEngine::advance(TimeframeState& st, const AggregatedBar& completed) {
    st.previousReady = st.stack.isReady();
    if (st.previousReady) {
        for (int i = 0; i < kCloudLayerCount; ++i)
            st.previous[std::size_t(i)] = st.stack.state(static_cast<CloudLayer>(i));
        // st.last is still the previous bar here, judged against its own pullback cloud.
        const CloudState& pp = at(st.previous, CloudLayer::Pullback);
        st.previousTouchedFromAbove = st.last.bar.low.toDouble() <= pp.upper();
        st.previousTouchedFromBelow = st.last.bar.high.toDouble() >= pp.lower();
    } else {
        st.previousTouchedFromAbove = st.previousTouchedFromBelow = false;
    }
    st.stack.update(completed.bar);
    st.last = completed;

    st.sideBefore = st.side;
    if (st.stack.isReady()) {
        for (std::size_t i = 0; i < kCrossLayers.size(); ++i) {
            const CloudState& c = st.stack.state(kCrossLayers[i]);
            if (c.priceAbove)
                st.side[i] = 1;
            else if (c.priceBelow)
                st.side[i] = -1;
        }
    }

    // Volume against the mean of the previous (up to) 20 bars of this timeframe.
    const qint64 v = completed.bar.volume;
    st.volumeRatio = st.volumeSum > 0 ? static_cast<double>(v) * st.volumeCount /
                                            static_cast<double>(st.volumeSum)
                                      : 0.0;
    if (st.volumeCount == kVolumeLookback)
        st.volumeSum -= st.volumes[std::size_t(st.volumeHead)];
    else
        ++st.volumeCount;
    st.volumes[std::size_t(st.volumeHead)] = v;
    st.volumeSum += v;
    if (++st.volumeHead == kVolumeLookback)
        st.volumeHead = 0;

    // Alignment episodes: tracked on every bar, also during the warm-up, so that an episode is
    // signalled at its start or not at all.
    st.alignFired = 0;
    if (st.stack.isReady()) {
        bool allBullish = true, allBearish = true, allAbove = true, allBelow = true;
        for (int i = 0; i < kCloudLayerCount; ++i) {
            const CloudState& c = st.stack.state(static_cast<CloudLayer>(i));
            allBullish = allBullish && bullish(c);
            allBearish = allBearish && bearish(c);
            allAbove = allAbove && c.priceAbove;
            allBelow = allBelow && c.priceBelow;
        }
        const int alignSide = allBullish ? 1 : (allBearish ? -1 : 0);
        if (alignSide != st.alignSide) {
            st.alignSide = alignSide;
            st.alignSignalled = false;
        }
        if (alignSide != 0 && !st.alignSignalled && (alignSide > 0 ? allAbove : allBelow)) {
            st.alignFired = alignSide;
            st.alignSignalled = true;
        }
    } else {
        st.alignSide = 0;
        st.alignSignalled = false;
    }

    // Momentum exhaustion run (ExitMonitor's rule, ExhaustionRun): same-coloured candles closing
    // outside the fast cloud on their side.
    const bool ready = st.stack.isReady();
    const CloudState& fast = st.stack.state(CloudLayer::Fast);
    st.exhaustion.update(completed.bar, ready && fast.priceAbove, ready && fast.priceBelow);
}

void CloudSignalEngine::detect(int symbol, int timeframe, const QString& ticker,
                               std::vector<Signal>& out) {
    const TimeframeState& st =
        m_states[std::size_t(symbol) * std::size_t(m_timeframeCount) + std::size_t(timeframe)];
    if (!st.previousReady || !st.stack.isReady() || st.stack.barCount() < m_warmupBars)
        return;

    const CloudStack& stack = st.stack;
    const auto& prev = st.previous;
    quint32 fired = 0;

    const CloudState& pf = at(prev, CloudLayer::Fast);
    const CloudState& cf = stack.state(CloudLayer::Fast);
    if (!bullish(pf) && bullish(cf))
        fired |= bit(CloudSignalType::CloudFlipBullish);
    if (!bearish(pf) && bearish(cf))
        fired |= bit(CloudSignalType::CloudFlipBearish);

    // Trend first, macro second: the higher cloud is the one reported when both are crossed.
    CloudLayer crossedLong = CloudLayer::Trend;
    CloudLayer crossedShort = CloudLayer::Trend;
    for (std::size_t i = 0; i < kCrossLayers.size(); ++i) {
        const CloudLayer layer = kCrossLayers[i];
        const CloudState& p = at(prev, layer);
        const CloudState& c = stack.state(layer);
        if (c.priceAbove && !p.priceAbove && st.sideBefore[i] < 0) {
            fired |= bit(CloudSignalType::CloudCrossBullish);
            crossedLong = layer;
        }
        if (c.priceBelow && !p.priceBelow && st.sideBefore[i] > 0) {
            fired |= bit(CloudSignalType::CloudCrossBearish);
            crossedShort = layer;
        }
    }

    const CloudState& pp = at(prev, CloudLayer::Pullback);
    const CloudState& cp = stack.state(CloudLayer::Pullback);
    const CloudState& ct = stack.state(CloudLayer::Trend);
    const Bar& bar = st.last.bar;
    if (bullish(cp) && bullish(ct) && cp.priceAbove && !pp.priceBelow &&
        (pp.priceInside || (bar.low.toDouble() <= cp.upper() && !st.previousTouchedFromAbove)))
        fired |= bit(CloudSignalType::CloudBounceLong);
    if (bearish(cp) && bearish(ct) && cp.priceBelow && !pp.priceAbove &&
        (pp.priceInside || (bar.high.toDouble() >= cp.lower() && !st.previousTouchedFromBelow)))
        fired |= bit(CloudSignalType::CloudBounceShort);

    if (st.alignFired > 0)
        fired |= bit(CloudSignalType::TrendAlignedLong);
    else if (st.alignFired < 0)
        fired |= bit(CloudSignalType::TrendAlignedShort);

    const bool exhaustion = st.exhaustion.exhaustedNow(m_exhaustionBars);
    if (fired == 0 && !exhaustion) [[likely]]
        return;
    emitSignals(symbol, timeframe, ticker, fired, crossedLong, crossedShort, exhaustion, out);
}

bool CloudSignalEngine::timeframeAgrees(const TimeframeState& st, Direction d) const {
    if (!st.stack.isReady() || st.stack.barCount() < m_warmupBars)
        return false;
    const CloudState& fast = st.stack.state(CloudLayer::Fast);
    const CloudState& trend = st.stack.state(CloudLayer::Trend);
    return d == Direction::Long ? bullish(fast) && bullish(trend) : bearish(fast) && bearish(trend);
}

ConvictionBreakdown CloudSignalEngine::conviction(int symbol, int timeframe, Direction d) const {
    const TimeframeState* states = &m_states[std::size_t(symbol) * std::size_t(m_timeframeCount)];
    const TimeframeState& st = states[timeframe];
    ConvictionInputs in;
    in.direction = d;
    in.clouds = st.stack.states();
    in.scannedTimeframes = m_timeframeCount;
    for (int k = 0; k < m_timeframeCount; ++k) {
        if (timeframeAgrees(states[k], d))
            ++in.agreeingTimeframes;
    }
    in.volumeRatio = st.volumeRatio;
    in.candleQuality = ConvictionScorer::candleQuality(st.last.bar, d);
    const CloudState& fast = at(in.clouds, CloudLayer::Fast);
    const bool fastAgrees = d == Direction::Long ? bullish(fast) : bearish(fast);
    in.thickness = fastAgrees ? fast.thickness : 0.0;
    return m_scorer.score(in);
}

std::optional<CloudSignalEngine::Levels>
CloudSignalEngine::protectiveLevels(Direction direction, const Bar& bar, const CloudState& macro,
                                    double rewardToRisk) {
    const Price entry = bar.close;
    if (!entry.isPositive())
        return std::nullopt;
    const bool isLong = direction == Direction::Long;
    Levels levels;
    // Beyond the macro cloud; a close already beyond it puts the stop beyond the bar instead,
    // which keeps the stop on the right side of the entry.
    levels.fromBarExtreme = isLong ? macro.priceBelow : macro.priceAbove;
    const double base = isLong ? (levels.fromBarExtreme ? bar.low.toDouble() : macro.lower())
                               : (levels.fromBarExtreme ? bar.high.toDouble() : macro.upper());
    const double raw = base * (isLong ? 1.0 - kStopBuffer : 1.0 + kStopBuffer) * 10'000.0;
    if (!std::isfinite(raw))
        return std::nullopt;
    // Rounded away from the entry (more room, never a tighter stop than the rule says); the
    // allowance keeps a product that is a whole unit on paper from losing a unit to binary
    // rounding.
    const auto units = static_cast<qint64>(isLong ? std::floor(raw + 1e-6) : std::ceil(raw - 1e-6));
    Price stop =
        roundToTick(Price::fromUnits(units), isLong ? TickRounding::Down : TickRounding::Up);
    if (isLong && stop >= entry)
        stop = roundToTick(entry - tick(entry), TickRounding::Down);
    if (!isLong && stop <= entry)
        stop = roundToTick(entry + tick(entry), TickRounding::Up);
    if (!stop.isPositive())
        return std::nullopt;
    levels.stop = stop;

    const double rr = rewardToRisk > 0.0 ? rewardToRisk : 2.0;
    const Price reward = (entry - stop).abs().scaled(rr);
    // Towards the entry: the target never promises more than the configured ratio.
    Price target = isLong ? roundToTick(entry + reward, TickRounding::Down)
                          : roundToTick(entry - reward, TickRounding::Up);
    if (isLong && target <= entry)
        target = roundToTick(entry + tick(entry), TickRounding::Up);
    if (!isLong && target >= entry)
        target = roundToTick(entry - tick(entry), TickRounding::Down);
    if (target.isPositive())
        levels.target = target;
    return levels;
}

void CloudSignalEngine::emitSignals(int symbol, int timeframe, const QString& ticker,
                                    quint32 firedMask, CloudLayer crossedLong,
                                    CloudLayer crossedShort, bool exhaustion,
                                    std::vector<Signal>& out) const {
    const TimeframeState& st =
        m_states[std::size_t(symbol) * std::size_t(m_timeframeCount) + std::size_t(timeframe)];
    const Bar& bar = st.last.bar;
    const std::array<CloudState, kCloudLayerCount> clouds = st.stack.states();
    const CloudState& macro = at(clouds, CloudLayer::Macro);

    // Shared by the bar's signals (an entry and an exit hint share one list).
    const QList<CloudState> cloudList(clouds.begin(), clouds.end());

    // Built in place at the end of `out`; the pointer is valid until the next one is added.
    auto makeSignal = [&](CloudSignalType type, Direction d) -> Signal* {
        const auto levels = protectiveLevels(d, bar, macro, m_rewardToRisk);
        if (!levels)
            return nullptr;
        Signal& s = out.emplace_back();
        s.signalType = toString(type);
        s.direction = d;
        s.ticker = ticker;
        s.timeframe = m_timeframes[timeframe];
        s.entryPrice = bar.close;
        s.stopLoss = levels->stop;
        s.targetPrice = levels->target;
        s.cloudStates = cloudList;
        s.timestampMs = st.last.closeMs;
        s.tradeType = m_tradeTypes[std::size_t(timeframe)];
        s.volumeConfirmed = st.volumeRatio >= m_volumeConfirmRatio;
        s.sector = sectorOf(symbol, ticker);
        s.source = kBuiltInSource; // shared, no allocation per signal
        s.signalId = deriveSignalId(s.ticker, s.signalType, s.timeframe, s.timestampMs);
        // Plain values: the JSON object is built only where the signal is journaled or shown.
        CloudSignalMetadata& m = s.engineMetadata.emplace();
        m.exitHint = type == CloudSignalType::MomentumExhaustion;
        m.stopFromBarExtreme = levels->fromBarExtreme;
        m.volumeRatio = st.volumeRatio;
        m.candleQuality = ConvictionScorer::candleQuality(bar, d);
        return &s;
    };

    const int bestLong = bestOf(firedMask, kLongPrecedence);
    const int bestShort = bestOf(firedMask, kShortPrecedence);
    if (bestLong >= 0 || bestShort >= 0) {
        Direction d = bestLong >= 0 ? Direction::Long : Direction::Short;
        ConvictionBreakdown score = conviction(symbol, timeframe, d);
        if (bestLong >= 0 && bestShort >= 0) {
            const ConvictionBreakdown shortScore = conviction(symbol, timeframe, Direction::Short);
            if (shortScore.total > score.total ||
                (shortScore.total == score.total && bestShort < bestLong)) {
                d = Direction::Short;
                score = shortScore;
            }
        }
        const CloudSignalType type = d == Direction::Long
                                         ? kLongPrecedence[std::size_t(bestLong)]
                                         : kShortPrecedence[std::size_t(bestShort)];
        if (Signal* s = makeSignal(type, d)) {
            s->conviction = score.total;
            CloudSignalMetadata& m = *s->engineMetadata;
            m.conviction = score;
            m.firedTypes = firedMask;
            if (type == CloudSignalType::CloudCrossBullish ||
                type == CloudSignalType::CloudCrossBearish)
                m.crossedCloud = d == Direction::Long ? crossedLong : crossedShort;
        }
    }

    if (exhaustion) {
        const Direction d = st.exhaustion.side > 0 ? Direction::Long : Direction::Short;
        if (Signal* s = makeSignal(CloudSignalType::MomentumExhaustion, d)) {
            // An exit hint: conviction 0 keeps it below any entry threshold.
            s->conviction = 0;
            s->engineMetadata->exhaustionBars = st.exhaustion.length;
        }
    }
}

} // namespace axion
