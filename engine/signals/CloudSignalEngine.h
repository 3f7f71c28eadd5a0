#pragma once

#include "config/ExecutorConfig.h"
#include "core/Signal.h"
#include "market/BarAggregator.h"
#include "market/CloudStack.h"
#include "market/ExhaustionRun.h"
#include "market/MarketCalendar.h"
#include "signals/ConvictionScorer.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>
#include <array>
#include <limits>
#include <optional>
#include <vector>

namespace axion {

// The PRD-134 signal types, in the engine's precedence order within a direction (see
// CloudSignalEngine). toString() gives the contract's signal_type.
enum class CloudSignalType {
    CloudFlipBullish,   // "cloud_flip_bullish"
    CloudFlipBearish,   // "cloud_flip_bearish"
    CloudCrossBullish,  // "cloud_cross_bullish"
    CloudCrossBearish,  // "cloud_cross_bearish"
    CloudBounceLong,    // "cloud_bounce_long"
    CloudBounceShort,   // "cloud_bounce_short"
    TrendAlignedLong,   // "trend_aligned_long"
    TrendAlignedShort,  // "trend_aligned_short"
    MomentumExhaustion, // "momentum_exhaustion" (an exit hint, never an entry)
};
inline constexpr int kCloudSignalTypeCount = 9;
QString toString(CloudSignalType type);
std::optional<CloudSignalType> cloudSignalTypeFromString(QStringView text);

// The built-in EMA-cloud signal engine: minute bars in, PRD-134 signals (the DESIGN.md §5
// contract, already as parsed Signal values) out, so the executor trades without the external
// engine.
//
// Per symbol and scanned timeframe it aggregates minute bars into session-aligned N-minute bars
// (BarAggregator), keeps the five-layer CloudStack of that timeframe (config ema_price_source and
// ema_seeding) and, on each completed bar, runs the detection below. Minutes outside the New York
// regular session are ignored. Clouds run on across days without a reset, like the PRD-134
// engine's continuous history.
//
// Notation for the rules: for a layer, p is its CloudState on the previous completed bar of the
// timeframe and c on the current one; s/l are its short/long EMAs; upper()/lower() its edges;
// priceAbove = close > upper, priceInside = lower <= close <= upper (edges are inside),
// priceBelow = close < lower, each judged against that bar's own cloud.
// Colour: bullish(x) <=> x.s > x.l, bearish(x) <=> x.s < x.l; a zero-width cloud (s == l, e.g.
// after a run of identical closes) has no colour, so it is neither.
//
// Detection runs on a completed bar when the stack is ready on this bar and was on the previous
// one (first-value seeding: from bar 2; SMA seeding: from bar 90, the 89-EMA is ready at 89) and
// at least warmupBars() bars (default 50, the macro cloud's long EMA) have been fed to the
// timeframe, so that no signal comes from a cloud that has barely seen any data.
//
//  cloud_flip_bullish    fast (5/12): !bullish(p) && bullish(c): the 5-EMA crossed above the
//                        12-EMA, the cloud turned green (leaving a colourless cloud counts)
//  cloud_flip_bearish    fast: !bearish(p) && bearish(c)
//  cloud_cross_bullish   trend (20/21) or macro (34/50): c.priceAbove && !p.priceAbove && the
//                        last close outside that cloud before this bar was below it: price
//                        went through the cloud from below to above, in one bar or with closes
//                        inside it in between. Leaving the cloud on the side it was entered
//                        from is no cross (a thin 20/21 cloud is poked all day), and neither is
//                        leaving a cloud price has never been outside of (e.g. a zero-width one
//                        after identical closes). metadata.crossed_cloud names the cloud
//                        ("macro" when both crossed)
//  cloud_cross_bearish   mirrored: c.priceBelow && !p.priceBelow && last close outside was above
//  cloud_bounce_long     pullback (8/9) tested from above and held, inside an uptrend:
//                        bullish(c) && bullish(trend c) && c.priceAbove && !p.priceBelow &&
//                        (p.priceInside || (bar.low <= c.upper() && !(previous bar's low <=
//                        p.upper()))): the first close back above the cloud after a test, the
//                        test being a close inside it or a low reaching into it; a run of bars
//                        whose lows keep touching the cloud is one test, one signal
//  cloud_bounce_short    mirrored: bearish(c) && bearish(trend c) && c.priceBelow &&
//                        !p.priceAbove && (p.priceInside || (bar.high >= c.lower() &&
//                        !(previous bar's high >= p.lower())))
//  trend_aligned_long    all five layers bullish: an alignment episode, which ends when any
//                        layer stops being bullish. Signalled once per episode, on its first bar
//                        whose close is above all five clouds (c.priceAbove for every layer):
//                        usually the bar on which the slowest cloud (72/89) turns green under a
//                        rising price. A dip into the fast cloud inside an aligned trend is not
//                        a new alignment (cloud_bounce covers pullbacks); an episode already
//                        under way when the warm-up ends is not signalled.
//  trend_aligned_short   mirrored: all five bearish, signalled on the first close below all five
//  momentum_exhaustion   the run of consecutive bars closing outside the fast cloud on one side
//                        with candles of that side's colour (close > open and c.priceAbove for
//                        the long side; close < open and c.priceBelow for the short side; a doji
//                        or a close back in the cloud ends the run, the other colour starts a
//                        new one: ExitMonitor's rule) reaches config momentum_exhaustion_bars
//                        (3). Emitted once per run, on the bar that reaches the count.
//
// At most one entry signal per symbol, timeframe and bar. When several fire, within a direction
// the precedence is flip > cross > bounce > trend_aligned: the event that caused the others wins
// (a breakout bar that flips the fast cloud often also crosses the trend cloud, leaves the
// pullback cloud it sat in and starts an alignment; a state that results from the event is
// reported, not signalled on its own). When both directions fire, the higher conviction wins,
// then the higher precedence, then the long. metadata.fired_types lists every entry type that
// fired on the bar; an alignment consumed that way is not signalled again in its episode.
//
// momentum_exhaustion is an exit hint, not an entry: direction is the exhausted side (long =
// longs should take profit), conviction is 0 (below any min_conviction, so an executor that
// treats it as an entry by mistake journals it and never trades it), metadata.signal_role is
// "exit" (entries: "entry") and isExitHint() tells. It may come in addition to the bar's entry.
//
// Every signal fills the whole contract:
//  - entry_price: the bar's close (fixed point, exact).
//  - stop_loss: beyond the macro cloud. Long: macro lower edge x (1 - 0.1 %), down to the cent
//    (roundToTick); when the close is already below the macro cloud, the bar's low x (1 - 0.1 %)
//    instead. Short mirrored (upper edge or high, x (1 + 0.1 %), up to the tick).
//    metadata.stop_basis is "macro_cloud" or "bar_extreme".
//  - target_price: entry +/- reward_to_risk_target x (entry - stop), rounded towards the entry
//    to the tick (never promises more than the ratio); absent only if a short's target would not
//    be a positive price.
//  - cloud_states: the five layers at the bar; timestamp: the bar's close (BarAggregator's
//    closeMs, e.g. 09:35:00 for the 09:30 5m bar, 16:00 for the 15:30 hour bar).
//  - conviction: ConvictionScorer with the timeframe's clouds, the scanned timeframes whose
//    latest completed bar (past warm-up) has fast and trend clouds of the direction's colour, the
//    volume ratio (bar volume / mean of the timeframe's previous 20 bar volumes; 0 when there is
//    no volume history), candle quality and the fast cloud's thickness (0 when its colour
//    disagrees); no factor model, so its 15 points are redistributed.
//  - metadata: source, signal_role, volume_ratio, candle_quality, conviction_breakdown,
//    fired_types, stop_basis, crossed_cloud (crosses), exhaustion_bars (exhaustion). Kept as
//    plain values in Signal::engineMetadata (Signal::metadata stays empty): the JSON object is
//    built by Signal::metadataJson() where a signal is journaled or shown.
//  - trade_type from the timeframe (1m scalp, 2m-30m day, 1h-1d swing), volume_confirmed =
//    volume_ratio >= volume_confirm_ratio, sector from sector_map (else the ticker), signal_id =
//    deriveSignalId(ticker, signal_type, timeframe, timestamp).
// Deterministic: the same minute bars in the same order give the same signals.
//
// onMinuteBar() is the replay hot path (millions of bars per second across symbols): per minute
// it feeds the aggregators; only a completed bar updates its CloudStack and runs detection.
// State lives in flat vectors indexed by the caller's symbol number; nothing allocates unless a
// new symbol number appears, a new day's session is looked up (once per day) or a signal is
// emitted. Scanning costs some 30-55 ns per minute bar
// (one symbol / 500 interleaved, 5m+10m+1h); an emitted signal costs a few hundred ns (its id,
// a few shared strings and the cloud list; no JSON).
class CloudSignalEngine {
public:
    static constexpr int kDefaultWarmupBars = 50;
    static constexpr double kStopBuffer = 0.001; // 0.1 % beyond the macro cloud
    static constexpr int kVolumeLookback = 20;

    // Timeframes the contract knows (1m, 2m, 3m, 5m, 10m, 15m, 30m, 1h, 2h, 4h, 1d) are
    // scanned in the order given; others and duplicates are dropped (rejectedTimeframes()).
    explicit CloudSignalEngine(const ExecutorConfig& config,
                               QStringList timeframes = {QStringLiteral("5m"),
                                                         QStringLiteral("10m"),
                                                         QStringLiteral("1h")});

    // One minute bar (timeMs = the minute's open, UTC ms) of `symbol` (a caller-chosen number,
    // >= 0, dense: state is a vector indexed by it; negative numbers are ignored). `ticker` is
    // only read when a signal is emitted. Signals are appended to `out`.
    void onMinuteBar(int symbol, const QString& ticker, const Bar& bar, std::vector<Signal>& out);

    const QStringList& timeframes() const { return m_timeframes; }
    const QStringList& rejectedTimeframes() const { return m_rejected; }
    // Bars a timeframe must have seen before it may signal (>= 2).
    void setWarmupBars(int bars);
    int warmupBars() const { return m_warmupBars; }
    int symbolCount() const { return m_symbolCount; }
    // The clouds of one symbol and timeframe (index into timeframes()); nullptr if unknown.
    const CloudStack* stack(int symbol, int timeframeIndex) const {
        const TimeframeState* st = state(symbol, timeframeIndex);
        return st ? &st->stack : nullptr;
    }
    // The latest completed bar of that symbol and timeframe (the one stack() last saw); nullptr
    // if unknown or none yet. Exits are judged on it with stack()'s clouds.
    const AggregatedBar* lastBar(int symbol, int timeframeIndex) const {
        const TimeframeState* st = state(symbol, timeframeIndex);
        return st && st->stack.barCount() > 0 ? &st->last : nullptr;
    }

    // Forgets every symbol (a new replay).
    void reset();
    // Forgets one symbol's clouds and bars on every timeframe, as if it had never been seen: no
    // signal until its timeframes are warmed up again from the next bar on. For price history that
    // no longer applies (a replay of raw prices across a split). Unknown symbols are ignored.
    void resetSymbol(int symbol);

    // momentum_exhaustion (or any signal whose metadata.signal_role is "exit").
    static bool isExitHint(const Signal& signal);

    // The stop and target rule above, for a close, a bar and the macro cloud. nullopt when no
    // valid stop exists (non-positive prices).
    struct Levels {
        Price stop;
        std::optional<Price> target;
        bool fromBarExtreme = false;
    };
    static std::optional<Levels> protectiveLevels(Direction direction, const Bar& bar,
                                                  const CloudState& macro, double rewardToRisk);

private:
    struct TimeframeState {
        TimeframeState(int minutes, EmaPriceSource source, EmaSeeding seeding);

        BarAggregator aggregator;
        CloudStack stack;
        // The clouds at the previous completed bar; valid when previousReady.
        std::array<CloudState, kCloudLayerCount> previous{};
        bool previousReady = false;
        bool pending = false; // completed this minute, detection still to run
        AggregatedBar last;   // the latest completed bar
        double volumeRatio = 0.0;
        std::array<qint64, kVolumeLookback> volumes{};
        qint64 volumeSum = 0;
        int volumeCount = 0;
        int volumeHead = 0;
        ExhaustionRun exhaustion; // ExitMonitor's run: +1 long side, -1 short side
        // Trend and macro (kCrossLayers order): the side (+1 above, -1 below, 0 never outside)
        // of the last close outside the cloud, as of the previous bar and as of this one.
        std::array<qint8, 2> sideBefore{};
        std::array<qint8, 2> side{};
        // Whether the previous bar's low (high) reached into its pullback cloud.
        bool previousTouchedFromAbove = false;
        bool previousTouchedFromBelow = false;
        // Alignment episode: +1 all five bullish, -1 all bearish, 0 none; whether it has been
        // signalled; and the side signalled on the current bar (0 none).
        int alignSide = 0;
        bool alignSignalled = false;
        int alignFired = 0;
    };

    struct SessionSpan {
        qint64 openMs = 0;
        qint64 closeMs = 0;
    };

    void growTo(int symbolCount);
    // Inline, like stack() and lastBar(): the executor asks on every bar of a held ticker.
    const TimeframeState* state(int symbol, int timeframeIndex) const {
        if (symbol < 0 || symbol >= m_symbolCount || timeframeIndex < 0 ||
            timeframeIndex >= m_timeframeCount)
            return nullptr;
        return &m_states[std::size_t(symbol) * std::size_t(m_timeframeCount) +
                         std::size_t(timeframeIndex)];
    }
    bool lookUpSession(qint64 timeMs);
    void advance(TimeframeState& st, const AggregatedBar& completed);
    void detect(int symbol, int timeframe, const QString& ticker, std::vector<Signal>& out);
    void emitSignals(int symbol, int timeframe, const QString& ticker, quint32 firedMask,
                     CloudLayer crossedLong, CloudLayer crossedShort, bool exhaustion,
                     std::vector<Signal>& out) const;
    bool timeframeAgrees(const TimeframeState& st, Direction d) const;
    ConvictionBreakdown conviction(int symbol, int timeframe, Direction d) const;
    // The sector of a symbol's ticker (sector_map, else the ticker), cached per symbol.
    const QString& sectorOf(int symbol, const QString& ticker) const;

    // Settings copied from the config: the engine stays valid when the config is replaced.
    EmaPriceSource m_source;
    EmaSeeding m_seeding;
    double m_volumeConfirmRatio;
    double m_rewardToRisk;
    int m_exhaustionBars;
    QHash<QString, QString> m_sectorMap;
    ConvictionScorer m_scorer;
    int m_warmupBars = kDefaultWarmupBars;

    QStringList m_timeframes;
    QStringList m_rejected;
    std::vector<int> m_minutes;
    std::vector<TradeType> m_tradeTypes;
    int m_timeframeCount = 0;

    // m_states[symbol * m_timeframeCount + timeframe]
    std::vector<TimeframeState> m_states;
    int m_symbolCount = 0;
    BarAggregator::Output m_completed; // scratch, a member so that it is not re-zeroed per call

    struct SectorCache {
        QString ticker;
        QString sector;
        bool valid = false;
    };
    mutable std::vector<SectorCache> m_sectors; // by symbol

    // The session of the current minute: checked with two compares per minute, looked up (per
    // UTC day, cached) only when a minute falls outside it.
    MarketCalendar m_calendar;
    SessionSpan m_session;
    qint64 m_sessionDay = std::numeric_limits<qint64>::min();
    QHash<qint64, SessionSpan> m_sessionByDay;
};

} // namespace axion
