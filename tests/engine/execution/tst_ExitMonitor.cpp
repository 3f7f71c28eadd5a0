#include "execution/ExitMonitor.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>
#include <cmath>
#include <initializer_list>

using namespace axion;

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

// Days from 1970-01-01 to 2026-01-01: 56 years x 365 + 14 leap days (1972, 1976, ..., 2024).
constexpr qint64 kDays2026 = 56 * 365 + 14; // 20454
// Jan..Oct 2026 = 31+28+31+30+31+30+31+31+30+31 = 304 days, so Nov 24 is day 304 + 23.
constexpr qint64 kNov24 = (kDays2026 + 304 + 23) * kDay; // 20781 days
constexpr qint64 kNov27 = (kDays2026 + 304 + 26) * kDay; // 20784 days
// New York is on EST (UTC-5) after the first Sunday of November (Nov 1, 2026).
// 15:55 ET = 20:55 UTC on a normal day; 12:55 ET = 17:55 UTC on the day after Thanksgiving.
constexpr qint64 kEodNov24 = kNov24 + 20 * kHour + 55 * kMinute;
constexpr qint64 kEarlyEodNov27 = kNov27 + 17 * kHour + 55 * kMinute;
static_assert(kEodNov24 == 1'795'553'700'000);
static_assert(kEarlyEodNov27 == 1'795'802'100'000);

// The quiet bar of the base scenario closes at 14:55 ET, an hour before the cutoff.
constexpr qint64 kNow = kEodNov24 - kHour;

Price px(double dollars) {
    return *Price::fromDouble(dollars);
}

CloudState cloud(CloudLayer layer, double shortEma, double longEma) {
    CloudState c;
    c.layer = layer;
    c.shortEma = shortEma;
    c.longEma = longEma;
    c.isBullish = shortEma > longEma;
    return c;
}

Bar bar(double open, double high, double low, double close) {
    Bar b;
    b.timeMs = kNow - 10 * kMinute;
    b.open = px(open);
    b.high = px(high);
    b.low = px(low);
    b.close = px(close);
    b.volume = 1'000;
    return b;
}

quint32 maskOf(std::initializer_list<ExitReason> reasons) {
    quint32 m = 0;
    for (ExitReason r : reasons)
        m |= 1u << static_cast<int>(r);
    return m;
}

} // namespace

// Everything one evaluation needs. Written for a long; mirrored() turns it into the short.
struct Scenario {
    Position position;
    Bar bar;
    std::array<CloudState, kCloudLayerCount> clouds;
    ExitTracker tracker;
    qint64 nowMs = kNow;
    qint64 eodCutoffMs = kEodNov24;
    QString trailingCloud = QStringLiteral("pullback");
};
Q_DECLARE_METATYPE(Scenario)
Q_DECLARE_METATYPE(axion::Direction)
Q_DECLARE_METATYPE(axion::ExitReason)

namespace {

void setCloud(Scenario& s, CloudLayer layer, double shortEma, double longEma) {
    s.clouds[static_cast<std::size_t>(layer)] = cloud(layer, shortEma, longEma);
}

// Long day trade: entry 100.00, stop 98.00 (1R = 2.00, computed target 104.00), entered 30 min
// before the bar close. The bar closes at 100.20: inside the fast cloud, above every other cloud
// edge that matters, 0.1R of progress. The fast cloud was bullish on the previous bar too.
// Nothing fires.
Scenario base() {
    Scenario s;
    s.position.ticker = QStringLiteral("AAPL");
    s.position.direction = Direction::Long;
    s.position.shares = 100;
    s.position.averageEntry = px(100.00);
    s.position.lastPrice = px(100.20);
    s.position.stopLoss = px(98.00);
    s.position.initialStop = px(98.00);
    s.position.entryTimeMs = kNow - 30 * kMinute;
    s.position.tradeType = TradeType::Day;
    s.bar = bar(100.00, 100.50, 99.50, 100.20);
    setCloud(s, CloudLayer::Fast, 100.80, 99.80);    // bullish, edges 99.80..100.80
    setCloud(s, CloudLayer::Pullback, 99.60, 99.40); // lower edge 99.40
    setCloud(s, CloudLayer::Trend, 99.00, 98.80);    // lower edge 98.80
    setCloud(s, CloudLayer::Macro, 98.50, 98.20);    // lower edge 98.20
    setCloud(s, CloudLayer::LongTerm, 97.50, 97.00); // lower edge 97.00
    s.tracker.previousFastBullish = true;
    return s;
}

// A bullish close above the fast cloud's upper edge (100.80): one step of an exhaustion run.
Bar bullishOutside() {
    return bar(100.90, 101.10, 100.85, 101.00);
}
// Still above the fast cloud, but a bearish candle.
Bar bearishOutside() {
    return bar(101.10, 101.15, 100.95, 101.00);
}
// Above the fast cloud with no colour at all (close == open).
Bar dojiOutside() {
    return bar(101.00, 101.10, 100.90, 101.00);
}

// Price mirror around 100.00: p -> 200.00 - p. Zero stays zero (it means "not set").
Price mirror(Price p) {
    return p.isZero() ? p : Price::fromWhole(200) - p;
}
// Same for EMA values, through ten-thousandths so that the result is the exact decimal double.
double mirror(double v) {
    if (v == 0.0)
        return 0.0;
    const auto units = static_cast<qint64>(std::llround(v * 10'000.0));
    return static_cast<double>(2'000'000 - units) / 10'000.0;
}

// The short that is the exact mirror image of a long scenario: every price reflected around
// 100.00, so highs become lows, bullish candles and clouds become bearish ones.
Scenario mirrored(Scenario s) {
    Position& p = s.position;
    p.direction = opposite(p.direction);
    p.averageEntry = mirror(p.averageEntry);
    p.lastPrice = mirror(p.lastPrice);
    p.stopLoss = mirror(p.stopLoss);
    p.initialStop = mirror(p.initialStop);
    if (p.target)
        p.target = mirror(*p.target);
    const Bar b = s.bar;
    s.bar.open = mirror(b.open);
    s.bar.close = mirror(b.close);
    s.bar.high = mirror(b.low);
    s.bar.low = mirror(b.high);
    for (CloudState& c : s.clouds)
        c = cloud(c.layer, mirror(c.shortEma), mirror(c.longEma));
    s.tracker.exhaustion.side = -s.tracker.exhaustion.side;
    if (s.tracker.previousFastBullish)
        s.tracker.previousFastBullish = !*s.tracker.previousFastBullish;
    return s;
}

Scenario forDirection(const Scenario& longScenario, Direction d) {
    return d == Direction::Long ? longScenario : mirrored(longScenario);
}

ExitDecision run(Scenario& s) {
    ExecutorConfig config;
    config.trailingStopCloud = s.trailingCloud;
    const ExitMonitor monitor(config);
    return monitor.evaluate(s.position, s.bar, s.clouds, s.tracker, s.nowMs, s.eodCutoffMs);
}

void addBoth(const char* name, const Scenario& longScenario, ExitReason expected, quint32 mask) {
    for (Direction d : {Direction::Long, Direction::Short})
        QTest::addRow("%s / %s", name, qPrintable(toString(d)))
            << longScenario << d << expected << mask;
}

} // namespace

class tst_ExitMonitor : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // The hand-built UTC times above are what New York's clock says they are.
    void handBuiltTimesAreNewYorkTimes() {
        const QTimeZone ny(QByteArrayLiteral("America/New_York"));
        if (!ny.isValid())
            QSKIP("no time zone data for America/New_York");
        QCOMPARE(QDateTime(QDate(2026, 11, 24), QTime(15, 55), ny).toMSecsSinceEpoch(), kEodNov24);
        QCOMPARE(QDateTime(QDate(2026, 11, 27), QTime(12, 55), ny).toMSecsSinceEpoch(),
                 kEarlyEodNov27);
    }

    void mirrorIsAnInvolution() {
        const Scenario s = base();
        const Scenario back = mirrored(mirrored(s));
        QCOMPARE(back.position, s.position);
        QCOMPARE(back.bar, s.bar);
        QCOMPARE(back.clouds, s.clouds);
        QCOMPARE(back.tracker, s.tracker);
    }

    void evaluates_data() {
        QTest::addColumn<Scenario>("scenario"); // as a long; mirrored for the short rows
        QTest::addColumn<Direction>("direction");
        QTest::addColumn<ExitReason>("expected");
        QTest::addColumn<quint32>("mask");

        const quint32 none = 0;
        using R = ExitReason;

        addBoth("quiet bar", base(), R::None, none);

        // --- 1. Stop loss
        {
            Scenario s = base(); // close 98.10 < macro lower 98.20; low 98.05 above the stop
            s.bar = bar(100.00, 100.50, 98.05, 98.10);
            addBoth("stop: close beyond macro cloud", s, R::StopLoss, maskOf({R::StopLoss}));
        }
        {
            Scenario s = base(); // close 98.20 == macro lower edge: on it, not beyond it
            s.bar = bar(100.00, 100.50, 98.10, 98.20);
            addBoth("stop: close on macro edge", s, R::None, none);
        }
        {
            Scenario s = base(); // low 97.90 <= stop 98.00, close 99.00 above the macro cloud
            s.bar = bar(100.00, 100.50, 97.90, 99.00);
            addBoth("stop: bar through stop", s, R::StopLoss, maskOf({R::StopLoss}));
        }
        {
            Scenario s = base(); // low == stop: the stop order would have filled
            s.bar = bar(100.00, 100.50, 98.00, 99.00);
            addBoth("stop: low touches stop", s, R::StopLoss, maskOf({R::StopLoss}));
        }
        {
            Scenario s = base(); // low one tick above the stop
            s.bar = bar(100.00, 100.50, 98.01, 99.00);
            addBoth("stop: low one tick above stop", s, R::None, none);
        }
        {
            Scenario s = base(); // no protective stop set: only the cloud can stop out
            s.position.stopLoss = Price();
            s.bar = bar(100.00, 100.50, 97.90, 99.00);
            addBoth("stop: no stop price set", s, R::None, none);
        }

        // --- 2. Momentum exhaustion
        {
            Scenario s = base(); // two same-colour closes outside already, this is the third
            s.tracker.exhaustion = {.side = 1, .length = 2};
            s.bar = bullishOutside();
            addBoth("exhaustion: third close", s, R::MomentumExhaustion,
                    maskOf({R::MomentumExhaustion}));
        }
        {
            Scenario s = base(); // only the second
            s.tracker.exhaustion = {.side = 1, .length = 1};
            s.bar = bullishOutside();
            addBoth("exhaustion: second close", s, R::None, none);
        }
        {
            Scenario s = base(); // the third close outside is of the other colour
            s.tracker.exhaustion = {.side = 1, .length = 2};
            s.bar = bearishOutside();
            addBoth("exhaustion: colour change", s, R::None, none);
        }

        // --- 3. Cloud flip
        {
            Scenario s = base(); // fast cloud turns bearish (short 99.80 < long 100.80)
            setCloud(s, CloudLayer::Fast, 99.80, 100.80);
            addBoth("flip: against position", s, R::CloudFlip, maskOf({R::CloudFlip}));
        }
        {
            Scenario s = base(); // the first bar seen: nothing to compare with
            s.tracker.previousFastBullish.reset();
            setCloud(s, CloudLayer::Fast, 99.80, 100.80);
            addBoth("flip: first bar seen", s, R::None, none);
        }
        {
            Scenario s = base(); // bearish -> bullish is a flip in the long's favour
            s.tracker.previousFastBullish = false;
            addBoth("flip: in favour", s, R::None, none);
        }

        // --- 4. Profit target (computed: 100.00 + 2 x 2.00 = 104.00)
        {
            Scenario s = base();
            s.bar = bar(103.50, 104.00, 103.40, 103.80);
            addBoth("target: computed reached", s, R::ProfitTarget, maskOf({R::ProfitTarget}));
        }
        {
            Scenario s = base();
            s.bar = bar(103.50, 103.99, 103.40, 103.80);
            addBoth("target: one tick short", s, R::None, none);
        }
        {
            Scenario s = base(); // the signal's own target wins over the computed one
            s.position.target = px(103.00);
            s.bar = bar(102.50, 103.00, 102.40, 102.80);
            addBoth("target: explicit reached", s, R::ProfitTarget, maskOf({R::ProfitTarget}));
        }
        {
            Scenario s = base(); // with an explicit 105.00 target, 104.00 is not enough
            s.position.target = px(105.00);
            s.bar = bar(103.50, 104.00, 103.40, 103.80);
            addBoth("target: explicit not reached", s, R::None, none);
        }

        // --- 5. Time stop (close 100.20 = 0.1R of progress)
        {
            Scenario s = base();
            s.position.entryTimeMs = s.nowMs - 120 * kMinute - 1;
            addBoth("time: 120 min + 1 ms", s, R::TimeStop, maskOf({R::TimeStop}));
        }
        {
            Scenario s = base();
            s.position.entryTimeMs = s.nowMs - 120 * kMinute;
            addBoth("time: exactly 120 min", s, R::None, none);
        }
        {
            Scenario s = base();
            s.position.tradeType = TradeType::Scalp;
            s.position.entryTimeMs = s.nowMs - 120 * kMinute - 1;
            addBoth("time: scalp", s, R::TimeStop, maskOf({R::TimeStop}));
        }
        {
            Scenario s = base(); // close 100.99: 0.99 / 2.00 = 0.495R < 0.5R
            s.position.entryTimeMs = s.nowMs - 121 * kMinute;
            s.bar = bar(100.00, 101.00, 99.90, 100.99);
            addBoth("time: 0.495R progress", s, R::TimeStop, maskOf({R::TimeStop}));
        }
        {
            Scenario s = base(); // close 101.00: exactly 0.5R, enough progress
            s.position.entryTimeMs = s.nowMs - 121 * kMinute;
            s.bar = bar(100.00, 101.10, 99.90, 101.00);
            addBoth("time: 0.5R progress", s, R::None, none);
        }
        {
            Scenario s = base(); // close 102.00: 1R
            s.position.entryTimeMs = s.nowMs - 121 * kMinute;
            s.bar = bar(100.00, 102.10, 99.90, 102.00);
            addBoth("time: 1R progress", s, R::None, none);
        }
        {
            Scenario s = base(); // entry time unknown (0): not "held since 1970"
            s.position.entryTimeMs = 0;
            addBoth("time: unknown entry time", s, R::None, none);
        }

        // --- 6. EOD close
        {
            Scenario s = base(); // bar closes 15:55:00 ET on 2026-11-24
            s.nowMs = kEodNov24;
            s.position.entryTimeMs = s.nowMs - 30 * kMinute;
            addBoth("eod: 15:55:00", s, R::EodClose, maskOf({R::EodClose}));
        }
        {
            Scenario s = base();
            s.nowMs = kEodNov24 - 1'000; // 15:54:59
            s.position.entryTimeMs = s.nowMs - 30 * kMinute;
            addBoth("eod: 15:54:59", s, R::None, none);
        }
        {
            Scenario s = base();
            s.position.tradeType = TradeType::Scalp;
            s.nowMs = kEodNov24;
            s.position.entryTimeMs = s.nowMs - 30 * kMinute;
            addBoth("eod: scalp", s, R::EodClose, maskOf({R::EodClose}));
        }
        {
            Scenario s = base(); // day after Thanksgiving: 13:00 close, cutoff 12:55 ET
            s.eodCutoffMs = kEarlyEodNov27;
            s.nowMs = kEarlyEodNov27;
            s.position.entryTimeMs = s.nowMs - 30 * kMinute;
            addBoth("eod: early close 12:55:00", s, R::EodClose, maskOf({R::EodClose}));
        }
        {
            Scenario s = base();
            s.eodCutoffMs = kEarlyEodNov27;
            s.nowMs = kEarlyEodNov27 - 1'000; // 12:54:59
            s.position.entryTimeMs = s.nowMs - 30 * kMinute;
            addBoth("eod: early close 12:54:59", s, R::None, none);
        }
        {
            Scenario s = base(); // no cutoff (not a trading day)
            s.eodCutoffMs = 0;
            s.nowMs = kEodNov24 + kHour;
            s.position.entryTimeMs = s.nowMs - 30 * kMinute;
            addBoth("eod: no cutoff", s, R::None, none);
        }

        // --- 7. Trailing stop (pullback 8/9 lower edge 99.40)
        {
            Scenario s = base();
            s.position.tradeType = TradeType::Swing;
            s.bar = bar(100.00, 100.10, 99.20, 99.30);
            addBoth("trailing: swing close beyond", s, R::TrailingStop, maskOf({R::TrailingStop}));
        }
        {
            Scenario s = base();
            s.position.tradeType = TradeType::Swing;
            s.bar = bar(100.00, 100.10, 99.30, 99.40);
            addBoth("trailing: swing close on edge", s, R::None, none);
        }
        {
            Scenario s = base(); // the same bar as a day trade: the trailing stop is for swings
            s.bar = bar(100.00, 100.10, 99.20, 99.30);
            addBoth("trailing: day trade ignores", s, R::None, none);
        }
        {
            Scenario s = base(); // the configured trend 20/21 cloud (lower 98.80) trails instead
            s.trailingCloud = QStringLiteral("trend");
            s.position.tradeType = TradeType::Swing;
            s.bar = bar(100.00, 100.10, 99.20, 99.30);
            addBoth("trailing: trend cloud not beyond", s, R::None, none);
            s.bar = bar(100.00, 100.10, 98.60, 98.70);
            addBoth("trailing: trend cloud beyond", s, R::TrailingStop, maskOf({R::TrailingStop}));
        }
        {
            Scenario s = base(); // held 5 h, bar after the cutoff, no progress: swings stay
            s.position.tradeType = TradeType::Swing;
            s.nowMs = kEodNov24 + kMinute;
            s.position.entryTimeMs = s.nowMs - 5 * kHour;
            addBoth("swing ignores time and eod", s, R::None, none);
        }

        // --- Clouds not warmed up yet (all zero): no cloud-based exit, for shorts too
        {
            Scenario s = base();
            s.position.tradeType = TradeType::Swing;
            for (CloudState& c : s.clouds)
                c = cloud(c.layer, 0.0, 0.0);
            addBoth("clouds not warmed up", s, R::None, none);
        }

        // --- Several on one bar: the lowest priority number wins, all are recorded
        {
            Scenario s = base();
            s.bar = bar(100.00, 100.50, 98.05, 98.10);
            s.nowMs = kEodNov24;
            s.position.entryTimeMs = s.nowMs - 30 * kMinute;
            addBoth("priority: stop + eod", s, R::StopLoss, maskOf({R::StopLoss, R::EodClose}));
        }
        {
            Scenario s = base();
            setCloud(s, CloudLayer::Fast, 99.80, 100.80);
            s.bar = bar(103.00, 104.00, 100.00, 100.20);
            addBoth("priority: flip + target", s, R::CloudFlip,
                    maskOf({R::CloudFlip, R::ProfitTarget}));
        }
        {
            Scenario s = base();
            s.tracker.exhaustion = {.side = 1, .length = 2};
            s.bar = bar(103.50, 104.00, 103.40, 103.80);
            addBoth("priority: exhaustion + target", s, R::MomentumExhaustion,
                    maskOf({R::MomentumExhaustion, R::ProfitTarget}));
        }
        {
            Scenario s = base();
            s.nowMs = kEodNov24;
            s.position.entryTimeMs = s.nowMs - 121 * kMinute;
            addBoth("priority: time + eod", s, R::TimeStop, maskOf({R::TimeStop, R::EodClose}));
        }
        {
            Scenario s = base(); // swing: target 104.00 reached, close 99.30 below 99.40
            s.position.tradeType = TradeType::Swing;
            s.bar = bar(101.00, 104.00, 99.00, 99.30);
            addBoth("priority: target + trailing", s, R::ProfitTarget,
                    maskOf({R::ProfitTarget, R::TrailingStop}));
        }
        addBoth("priority: all six of a day trade", everythingDay(), R::StopLoss, 0b111'1110u);
        addBoth("priority: all five of a swing", everythingSwing(), R::StopLoss, 0b1001'1110u);
    }
    void evaluates() {
        QFETCH(Scenario, scenario);
        QFETCH(Direction, direction);
        QFETCH(ExitReason, expected);
        QFETCH(quint32, mask);
        Scenario s = forDirection(scenario, direction);
        const ExitDecision d = run(s);
        // Compared by name: axion::toString(ExitReason) returns a QString, which hides QTest's
        // char* toString for the enum from argument-dependent lookup.
        QCOMPARE(toString(d.reason), toString(expected));
        QCOMPARE(d.firedMask, mask);
        QCOMPARE(d.shouldExit(), expected != ExitReason::None);
        for (int i = 1; i <= kExitReasonCount; ++i) {
            const auto r = static_cast<ExitReason>(i);
            QCOMPARE(d.fired(r), (mask & (1u << i)) != 0);
        }
        QVERIFY(!d.fired(ExitReason::None));
    }

    // Runs of closes outside the fast cloud, bar by bar. F = favourable-colour candle outside
    // on the favourable side (long: bullish above), O = other colour outside, D = doji outside,
    // I = back inside the cloud. X marks the bars where the exit must fire.
    void exhaustionRuns_data() {
        QTest::addColumn<Direction>("direction");
        QTest::addColumn<QString>("bars");
        QTest::addColumn<QString>("fires");
        const struct {
            const char* name;
            const char* bars;
            const char* fires;
        } rows[] = {
            {"two closes", "FF", "--"},
            {"three closes", "FFF", "--X"},
            {"four closes keep firing", "FFFF", "--XX"},
            {"other colour restarts", "FFOFF", "-----"},
            {"other colour then three", "FFOFFF", "-----X"},
            {"inside resets", "FFIFF", "-----"},
            {"inside then three", "FFIFFF", "-----X"},
            {"doji resets", "FFDFF", "-----"},
            {"other colour run never fires", "OOOO", "----"},
        };
        for (Direction d : {Direction::Long, Direction::Short})
            for (const auto& row : rows)
                QTest::addRow("%s / %s", row.name, qPrintable(toString(d)))
                    << d << QString::fromLatin1(row.bars) << QString::fromLatin1(row.fires);
    }
    void exhaustionRuns() {
        QFETCH(Direction, direction);
        QFETCH(QString, bars);
        QFETCH(QString, fires);
        QCOMPARE(bars.size(), fires.size());
        Scenario s = forDirection(base(), direction);
        for (qsizetype i = 0; i < bars.size(); ++i) {
            Scenario longBar = base();
            switch (bars.at(i).toLatin1()) {
            case 'F':
                longBar.bar = bullishOutside();
                break;
            case 'O':
                longBar.bar = bearishOutside();
                break;
            case 'D':
                longBar.bar = dojiOutside();
                break;
            default:
                break; // base bar: inside the fast cloud
            }
            s.bar = forDirection(longBar, direction).bar;
            const ExitDecision d = run(s); // the tracker carries over from bar to bar
            const bool expectFire = fires.at(i) == u'X';
            QVERIFY2(d.fired(ExitReason::MomentumExhaustion) == expectFire,
                     qPrintable(QStringLiteral("bar %1").arg(i)));
            QCOMPARE(d.firedMask, expectFire ? maskOf({ExitReason::MomentumExhaustion}) : 0u);
        }
    }

    void trackerRemembersFastColour_data() {
        QTest::addColumn<Direction>("direction");
        QTest::newRow("long") << Direction::Long;
        QTest::newRow("short") << Direction::Short;
    }
    void trackerRemembersFastColour() {
        QFETCH(Direction, direction);
        const bool favourable = direction == Direction::Long; // bullish cloud favours a long

        Scenario first = base();
        first.tracker = ExitTracker{};
        Scenario s = forDirection(first, direction);
        QCOMPARE(toString(run(s).reason), toString(ExitReason::None));
        QCOMPARE(s.tracker.previousFastBullish, std::optional<bool>(favourable));

        // A zero-thickness cloud has not crossed: no flip, the colour is kept.
        Scenario flat = base();
        setCloud(flat, CloudLayer::Fast, 100.30, 100.30);
        s.clouds = forDirection(flat, direction).clouds;
        QCOMPARE(toString(run(s).reason), toString(ExitReason::None));
        QCOMPARE(s.tracker.previousFastBullish, std::optional<bool>(favourable));

        // Crossing to the other side is the flip.
        Scenario crossed = base();
        setCloud(crossed, CloudLayer::Fast, 99.80, 100.80);
        s.clouds = forDirection(crossed, direction).clouds;
        QCOMPARE(toString(run(s).reason), toString(ExitReason::CloudFlip));
        QCOMPARE(s.tracker.previousFastBullish, std::optional<bool>(!favourable));

        // Staying on the other side is not a second flip.
        QCOMPARE(toString(run(s).reason), toString(ExitReason::None));
    }

    void describesWinnerAndOthers() {
        QCOMPARE(ExitDecision{}.describe(), QStringLiteral("none"));

        Scenario trailing = base();
        trailing.position.tradeType = TradeType::Swing;
        trailing.bar = bar(100.00, 100.10, 99.20, 99.30);
        QCOMPARE(run(trailing).describe(), QStringLiteral("trailing_stop"));

        Scenario stopEod = base();
        stopEod.bar = bar(100.00, 100.50, 98.05, 98.10);
        stopEod.nowMs = kEodNov24;
        stopEod.position.entryTimeMs = stopEod.nowMs - 30 * kMinute;
        QCOMPARE(run(stopEod).describe(), QStringLiteral("stop_loss (also fired: eod_close)"));

        Scenario all = mirrored(everythingDay());
        QCOMPARE(run(all).describe(),
                 QStringLiteral("stop_loss (also fired: momentum_exhaustion, cloud_flip, "
                                "profit_target, time_stop, eod_close)"));
    }

    void namesReasons_data() {
        QTest::addColumn<ExitReason>("reason");
        QTest::addColumn<QString>("name");
        QTest::newRow("none") << ExitReason::None << QStringLiteral("none");
        QTest::newRow("stop") << ExitReason::StopLoss << QStringLiteral("stop_loss");
        QTest::newRow("exhaustion")
            << ExitReason::MomentumExhaustion << QStringLiteral("momentum_exhaustion");
        QTest::newRow("flip") << ExitReason::CloudFlip << QStringLiteral("cloud_flip");
        QTest::newRow("target") << ExitReason::ProfitTarget << QStringLiteral("profit_target");
        QTest::newRow("time") << ExitReason::TimeStop << QStringLiteral("time_stop");
        QTest::newRow("eod") << ExitReason::EodClose << QStringLiteral("eod_close");
        QTest::newRow("trailing") << ExitReason::TrailingStop << QStringLiteral("trailing_stop");
    }
    void namesReasons() {
        QFETCH(ExitReason, reason);
        QFETCH(QString, name);
        QCOMPARE(toString(reason), name);
        QCOMPARE(exitReasonFromString(name), std::optional<ExitReason>(reason));
    }

    void rejectsUnknownReasonName() {
        QVERIFY(!exitReasonFromString(u"stop").has_value());
        QVERIFY(!exitReasonFromString(u"").has_value());
    }

    void priorityIsTheEnumValue() {
        QCOMPARE(static_cast<int>(ExitReason::StopLoss), 1);
        QCOMPARE(static_cast<int>(ExitReason::MomentumExhaustion), 2);
        QCOMPARE(static_cast<int>(ExitReason::CloudFlip), 3);
        QCOMPARE(static_cast<int>(ExitReason::ProfitTarget), 4);
        QCOMPARE(static_cast<int>(ExitReason::TimeStop), 5);
        QCOMPARE(static_cast<int>(ExitReason::EodClose), 6);
        QCOMPARE(static_cast<int>(ExitReason::TrailingStop), 7);
        QCOMPARE(ExitDecision::bit(ExitReason::StopLoss), 0b10u);
        QCOMPARE(ExitDecision::bit(ExitReason::TrailingStop), 0b1000'0000u);
    }

    void targetPrice_data() {
        QTest::addColumn<Direction>("direction");
        QTest::addColumn<QString>("entry");
        QTest::addColumn<QString>("initialStop");
        QTest::addColumn<double>("rewardToRisk");
        QTest::addColumn<QString>("target");
        // 100.00 - 98.00 = 2.00; x 2 = 4.00
        QTest::newRow("long 2:1") << Direction::Long << "100.00"
                                  << "98.00" << 2.0 << "104.00";
        QTest::newRow("short 2:1") << Direction::Short << "100.00"
                                   << "102.00" << 2.0 << "96.00";
        // 187.42 - 185.10 = 2.32; x 2 = 4.64
        QTest::newRow("long cents") << Direction::Long << "187.42"
                                    << "185.10" << 2.0 << "192.06";
        // 51.00 - 50.25 = 0.75; x 2 = 1.50
        QTest::newRow("short cents") << Direction::Short << "50.25"
                                     << "51.00" << 2.0 << "48.75";
        // 2.00 x 1.5 = 3.00
        QTest::newRow("long 1.5:1") << Direction::Long << "100.00"
                                    << "98.00" << 1.5 << "103.00";
        // 0.0001 x 2.5 = 0.00025, half away from zero -> 0.0003
        QTest::newRow("long rounds half away") << Direction::Long << "10.0001"
                                               << "10.0000" << 2.5 << "10.0004";
        QTest::newRow("short rounds half away") << Direction::Short << "10.0000"
                                                << "10.0001" << 2.5 << "9.9997";
        // No initial stop: no risk, so no distance to a target.
        QTest::newRow("no initial stop") << Direction::Long << "100.00"
                                         << "0" << 2.0 << "100.00";
    }
    void targetPrice() {
        QFETCH(Direction, direction);
        QFETCH(QString, entry);
        QFETCH(QString, initialStop);
        QFETCH(double, rewardToRisk);
        QFETCH(QString, target);
        ExecutorConfig config;
        config.rewardToRiskTarget = rewardToRisk;
        const ExitMonitor monitor(config);
        Position p;
        p.direction = direction;
        p.shares = 10;
        p.averageEntry = *Price::parse(entry);
        p.initialStop = *Price::parse(initialStop);
        p.stopLoss = p.initialStop;
        QCOMPARE(monitor.targetPrice(p), *Price::parse(target));
    }

    void noComputedTargetWithoutInitialStop() {
        Scenario s = base();
        s.position.initialStop = Price();
        s.bar = bar(100.00, 100.50, 99.50, 100.20); // high above the 100.00 entry
        QVERIFY(!run(s).fired(ExitReason::ProfitTarget));
    }

    void resolvesTrailingCloudOnce() {
        ExecutorConfig config;
        QCOMPARE(toString(ExitMonitor(config).trailingLayer()), toString(CloudLayer::Pullback));
        config.trailingStopCloud = QStringLiteral("macro");
        QCOMPARE(toString(ExitMonitor(config).trailingLayer()), toString(CloudLayer::Macro));
        config.trailingStopCloud = QStringLiteral("bogus");
        QCOMPARE(toString(ExitMonitor(config).trailingLayer()), toString(CloudLayer::Pullback));
    }

private:
    // Day trade, one bar that fires 1-6: low 97.90 through the 98.00 stop; a bullish close
    // (100.85 -> 100.90) above the fast cloud's upper edge 100.80 as the third of a run; the fast
    // cloud turns bearish (100.50 < 100.80) after a bullish bar; high 104.50 >= 104.00; held
    // 121 min with 0.90 / 2.00 = 0.45R; the bar closes at the 15:55 cutoff.
    static Scenario everythingDay() {
        Scenario s = base();
        s.tracker.exhaustion = {.side = 1, .length = 2};
        setCloud(s, CloudLayer::Fast, 100.50, 100.80);
        s.bar = bar(100.85, 104.50, 97.90, 100.90);
        s.nowMs = kEodNov24;
        s.position.entryTimeMs = s.nowMs - 121 * kMinute;
        return s;
    }
    // The same bar for a swing (time stop and EOD do not apply), with the pullback cloud moved
    // above the close (lower edge 101.00 > 100.90) so that the trailing stop fires as well.
    static Scenario everythingSwing() {
        Scenario s = everythingDay();
        s.position.tradeType = TradeType::Swing;
        setCloud(s, CloudLayer::Pullback, 101.50, 101.00);
        return s;
    }
};

QTEST_GUILESS_MAIN(tst_ExitMonitor)
#include "tst_ExitMonitor.moc"
