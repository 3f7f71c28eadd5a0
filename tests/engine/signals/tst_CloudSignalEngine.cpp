#include "TestPaths.h"
#include "core/ClientOrderId.h"
#include "market/MarketCalendar.h"
#include "signals/CloudSignalEngine.h"
#include "signals/SignalParser.h"
#include "support/TestValues.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTest>
#include <QTimeZone>
#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

using namespace axion;
using test::px;

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

// Days from 1970-01-01 to 2026-01-01: 56 x 365 + 14 leap days = 20454; Jan..Oct 2026 = 304.
// November 23 and 24, 2026 are a Monday and a Tuesday with regular sessions; New York is on EST
// (UTC-5), so 09:30 ET is 14:30 UTC.
constexpr qint64 kDays2026 = 56 * 365 + 14;
constexpr qint64 kNov23 = (kDays2026 + 304 + 22) * kDay;
constexpr qint64 kNov24 = (kDays2026 + 304 + 23) * kDay;
static_assert(kNov24 == 1'795'478'400'000);

constexpr qint64 ny(qint64 day, int h, int m) {
    return day + (h + 5) * kHour + m * kMinute;
}

const QString kTicker = QStringLiteral("TEST");

struct Ohlc {
    const char* o;
    const char* h;
    const char* l;
    const char* c;
    qint64 volume = 1000;
};

// The close of 5m bar number `n` (1-based) of a session that opens at `open`.
constexpr qint64 fiveMinuteClose(qint64 open, int n) {
    return open + n * 5 * kMinute;
}

struct Emitted {
    int bar; // 1-based number of the bar whose minute produced it
    Signal signal;
};

// Feeds each bar as the last minute of consecutive 5m buckets (09:34, 09:39, ...; the first
// four minutes of each bucket are missing), over as many consecutive sessions as needed (78 5m
// bars a day). So bar n of a one-day run is the 5m bar 09:30 + 5(n-1) min, closing 5 min later.
std::vector<Emitted> feedFiveMinute(CloudSignalEngine& engine, const std::vector<Ohlc>& bars,
                                    const std::vector<qint64>& days = {kNov24}, int symbol = 0,
                                    const QString& ticker = kTicker) {
    std::vector<Emitted> emitted;
    std::vector<Signal> out;
    for (int i = 0; i < int(bars.size()); ++i) {
        const qint64 day = days[std::size_t(i / 78)];
        Bar b;
        b.timeMs = ny(day, 9, 30) + (i % 78) * 5 * kMinute + 4 * kMinute;
        b.open = px(bars[std::size_t(i)].o);
        b.high = px(bars[std::size_t(i)].h);
        b.low = px(bars[std::size_t(i)].l);
        b.close = px(bars[std::size_t(i)].c);
        b.volume = bars[std::size_t(i)].volume;
        out.clear();
        engine.onMinuteBar(symbol, ticker, b, out);
        for (Signal& s : out)
            emitted.push_back({i + 1, std::move(s)});
    }
    return emitted;
}

std::vector<Ohlc> flat(int n, const char* price) {
    return std::vector<Ohlc>(std::size_t(n), Ohlc{price, price, price, price});
}

// 60 flat bars at 100, then a breakout and a pullback (see longSequence()).
std::vector<Ohlc> longSequence() {
    std::vector<Ohlc> bars = flat(60, "100.00");
    bars.push_back({"100.00", "101.00", "100.00", "101.00", 1200}); // 61 breakout
    bars.push_back({"101.00", "101.50", "101.00", "101.50"});       // 62
    bars.push_back({"101.50", "102.00", "101.50", "102.00"});       // 63 third close outside
    bars.push_back({"102.00", "102.00", "100.75", "100.80"});       // 64 dip into 8/9
    bars.push_back({"100.80", "101.45", "100.78", "101.40"});       // 65 back above it
    bars.push_back({"101.40", "101.40", "101.00", "101.05"});       // 66 dip into 5/12 only
    bars.push_back({"101.20", "101.65", "101.20", "101.60"});       // 67 back above everything
    return bars;
}

// The same prices mirrored around 100 (p -> 200 - p; high and low swap): every EMA mirrors too.
std::vector<Ohlc> mirrored(const std::vector<Ohlc>& bars, std::vector<QByteArray>& storage) {
    auto m = [&](const char* p) {
        storage.push_back(QByteArray::number(200.0 - px(p).toDouble(), 'f', 2));
        return storage.back().constData();
    };
    storage.reserve(bars.size() * 4);
    std::vector<Ohlc> out;
    for (const Ohlc& b : bars)
        out.push_back({m(b.o), m(b.l), m(b.h), m(b.c), b.volume});
    return out;
}

// Closes only: open = previous close, high/low = the two.
std::vector<Ohlc> fromCloses(const std::vector<const char*>& closes) {
    std::vector<Ohlc> out;
    for (std::size_t i = 0; i < closes.size(); ++i) {
        const char* o = i == 0 ? closes[0] : closes[i - 1];
        const bool up = px(closes[i]) >= px(o);
        out.push_back({o, up ? closes[i] : o, up ? o : closes[i], closes[i]});
    }
    return out;
}

QStringList firedTypes(const Signal& s) {
    QStringList out;
    for (const QJsonValue& v : s.metadataJson().value(u"fired_types").toArray())
        out.append(v.toString());
    return out;
}

// The signal as the DESIGN.md §5 JSON contract, to run it through our own parser.
QJsonObject toContractJson(const Signal& s) {
    QJsonArray clouds;
    for (const CloudState& c : s.cloudStates) {
        clouds.append(QJsonObject{{QStringLiteral("cloud_name"), toString(c.layer)},
                                  {QStringLiteral("short_ema"), c.shortEma},
                                  {QStringLiteral("long_ema"), c.longEma},
                                  {QStringLiteral("is_bullish"), c.isBullish},
                                  {QStringLiteral("thickness"), c.thickness},
                                  {QStringLiteral("price_above"), c.priceAbove},
                                  {QStringLiteral("price_inside"), c.priceInside},
                                  {QStringLiteral("price_below"), c.priceBelow},
                                  {QStringLiteral("slope"), c.slope},
                                  {QStringLiteral("slope_direction"), toString(c.slopeDirection)}});
    }
    QJsonObject o{
        {QStringLiteral("signal_id"), s.signalId},
        {QStringLiteral("signal_type"), s.signalType},
        {QStringLiteral("direction"), toString(s.direction)},
        {QStringLiteral("ticker"), s.ticker},
        {QStringLiteral("timeframe"), s.timeframe},
        {QStringLiteral("conviction"), s.conviction},
        {QStringLiteral("entry_price"), s.entryPrice.toString(4)},
        {QStringLiteral("stop_loss"), s.stopLoss.toString(4)},
        {QStringLiteral("cloud_states"), clouds},
        {QStringLiteral("timestamp"),
         QDateTime::fromMSecsSinceEpoch(s.timestampMs, QTimeZone::utc())
             .toString(Qt::ISODateWithMs)},
        {QStringLiteral("metadata"), s.metadataJson()},
        {QStringLiteral("trade_type"), toString(s.tradeType)},
        {QStringLiteral("volume_confirmed"), s.volumeConfirmed},
        {QStringLiteral("sector"), s.sector},
    };
    if (s.targetPrice)
        o.insert(QStringLiteral("target_price"), s.targetPrice->toString(4));
    return o;
}

QByteArray serialise(const std::vector<Signal>& produced) {
    QJsonArray a;
    for (const Signal& s : produced)
        a.append(toContractJson(s));
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

// SPY regular-session minutes of 2013-10-04 .. 2013-10-11 from the golden EMA file (datetime =
// New York bar open, close, hl2). The file has no open or volume: open = the previous close,
// high/low = hl2 +/- 0.01 widened to cover open and close, volume 1000.
struct SpyMinutes {
    std::vector<Bar> bars;
    QString error;
};

SpyMinutes loadSpy() {
    SpyMinutes r;
    const QString path =
        QStringLiteral(AXION_SHARED_DIR "/data/reference/ema_spy_1m_rth_20131004_20131011.csv");
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        r.error = QStringLiteral("SPY minute file missing: %1").arg(path);
        return r;
    }
    const QTimeZone newYork = MarketCalendar::newYork();
    const QList<QByteArray> lines = f.readAll().split('\n');
    Price previousClose;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> cells = lines[i].trimmed().split(',');
        if (cells.size() < 3)
            continue;
        const QDateTime when = QDateTime::fromString(QString::fromLatin1(cells[0]),
                                                     QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        const auto close = Price::parse(QString::fromLatin1(cells[1]));
        const auto hl2 = Price::parse(QString::fromLatin1(cells[2]), fixedpoint::Rounding::Reject);
        if (!when.isValid() || !close || !hl2) {
            r.error = QStringLiteral("SPY file line %1 unparsable").arg(i + 1);
            return r;
        }
        Bar b;
        b.timeMs = QDateTime(when.date(), when.time(), newYork).toMSecsSinceEpoch();
        b.open = previousClose.isPositive() ? previousClose : *close;
        b.close = *close;
        b.high = std::max({*hl2 + Price::fromUnits(100), b.open, b.close});
        b.low = std::min({*hl2 - Price::fromUnits(100), b.open, b.close});
        b.volume = 1000;
        previousClose = *close;
        r.bars.push_back(b);
    }
    if (r.bars.size() != 2340)
        r.error = QStringLiteral("expected 2340 SPY minutes, read %1").arg(r.bars.size());
    return r;
}

std::vector<Signal> replay(const std::vector<Bar>& bars,
                           const QString& ticker = QStringLiteral("SPY"), int symbol = 0) {
    CloudSignalEngine engine{ExecutorConfig{}};
    std::vector<Signal> out;
    for (const Bar& b : bars)
        engine.onMinuteBar(symbol, ticker, b, out);
    return out;
}

} // namespace

class tst_CloudSignalEngine : public QObject {
    Q_OBJECT

private:
    SpyMinutes m_spy;

private Q_SLOTS:
    void initTestCase() { m_spy = loadSpy(); }

    void typeNamesRoundTrip() {
        for (int i = 0; i < kCloudSignalTypeCount; ++i) {
            const auto t = static_cast<CloudSignalType>(i);
            QCOMPARE(cloudSignalTypeFromString(toString(t)).has_value(), true);
            QCOMPARE(toString(*cloudSignalTypeFromString(toString(t))), toString(t));
        }
        QCOMPARE(toString(CloudSignalType::CloudFlipBullish), QStringLiteral("cloud_flip_bullish"));
        QCOMPARE(toString(CloudSignalType::MomentumExhaustion),
                 QStringLiteral("momentum_exhaustion"));
        QVERIFY(!cloudSignalTypeFromString(u"cloud_flip").has_value());
    }

    void timeframesAreValidated() {
        const CloudSignalEngine defaults{ExecutorConfig{}};
        QCOMPARE(defaults.timeframes(),
                 (QStringList{QStringLiteral("5m"), QStringLiteral("10m"), QStringLiteral("1h")}));
        // 7m is no timeframe of the contract, 1w is none at all, the second 5m is a duplicate.
        const CloudSignalEngine e{ExecutorConfig{},
                                  {QStringLiteral("5m"), QStringLiteral("7m"), QStringLiteral("5m"),
                                   QStringLiteral("1w"), QStringLiteral("1d")}};
        QCOMPARE(e.timeframes(), (QStringList{QStringLiteral("5m"), QStringLiteral("1d")}));
        QCOMPARE(e.rejectedTimeframes(),
                 (QStringList{QStringLiteral("7m"), QStringLiteral("5m"), QStringLiteral("1w")}));
    }

    void flipBullishOnABreakoutFromFlat() {
        ExecutorConfig config;
        config.sectorMap.insert(QStringLiteral("TEST"), QStringLiteral("Technology"));
        CloudSignalEngine engine(config, {QStringLiteral("5m")});
        std::vector<Ohlc> bars = flat(60, "100.00");
        bars.push_back({"100.00", "101.00", "100.00", "101.00", 1200});
        const auto emitted = feedFiveMinute(engine, bars);
        QCOMPARE(int(emitted.size()), 1);
        QCOMPARE(emitted[0].bar, 61); // out with the 14:34 minute that completes the bar
        const Signal& s = emitted[0].signal;

        // After 60 identical closes every EMA is exactly 100 and every cloud has zero width (no
        // colour). Bar 61 closes at 101: EMA_N = 100 + 2/(N+1):
        //   fast 5/12: 100.3333 / 100.1538 -> bullish: the fast cloud flipped;
        //   pullback 8/9 100.2222 / 100.2: previous close inside it (bounce);
        //   all five bullish under the close (aligned). The flip wins.
        //   Trend 20/21 (100.0952 / 100.0909) and macro 34/50 (100.0571 / 100.0392) are left
        //   upwards, but price was never below them: no cross.
        QCOMPARE(s.signalType, QStringLiteral("cloud_flip_bullish"));
        QCOMPARE(firedTypes(s), (QStringList{QStringLiteral("cloud_flip_bullish"),
                                             QStringLiteral("cloud_bounce_long"),
                                             QStringLiteral("trend_aligned_long")}));
        QCOMPARE(s.metadataJson().value(u"signal_role").toString(), QStringLiteral("entry"));
        COMPARE_NAMED(s.direction, Direction::Long);
        QCOMPARE(s.ticker, kTicker);
        QCOMPARE(s.timeframe, QStringLiteral("5m"));
        // The 14:30 bar closes at 14:35 New York = 19:35 UTC.
        QCOMPARE(s.timestampMs, ny(kNov24, 14, 35));
        QCOMPARE(s.entryPrice, px("101.00"));
        // Stop: macro lower edge 100 + 2/51 = 100.039216 x 0.999 = 99.939176 -> down to 99.93.
        QCOMPARE(s.stopLoss, px("99.93"));
        // Target: 101.00 + 2 x (101.00 - 99.93) = 101.00 + 2.14.
        QVERIFY(s.targetPrice.has_value());
        QCOMPARE(*s.targetPrice, px("103.14"));
        QCOMPARE(s.metadataJson().value(u"stop_basis").toString(), QStringLiteral("macro_cloud"));
        // Conviction: alignment 25 (4 of 4) + confluence 25 (1 of 1) + volume 15 x (1200/1000)
        // / 1.5 = 12 + thickness 10 (fast (100.3333 - 100.1538) / 101 = 0.00178 >= 0.001) +
        // candle 10 (body 1.00 = range) = 82; 82 x 100 / 85 = 96.47 -> 96.
        QCOMPARE(s.conviction, 96);
        const QJsonObject b = s.metadataJson().value(u"conviction_breakdown").toObject();
        QCOMPARE(b.value(u"cloud_alignment").toDouble(), 25.0);
        QCOMPARE(b.value(u"timeframe_confluence").toDouble(), 25.0);
        QVERIFY(std::abs(b.value(u"volume").toDouble() - 12.0) < 1e-9);
        QCOMPARE(b.value(u"cloud_thickness").toDouble(), 10.0);
        QCOMPARE(b.value(u"candle_quality").toDouble(), 10.0);
        QVERIFY(b.value(u"factor_score").isNull());
        QVERIFY(std::abs(s.metadataJson().value(u"volume_ratio").toDouble() - 1.2) < 1e-12);
        QCOMPARE(s.metadataJson().value(u"candle_quality").toDouble(), 1.0);
        // The engine keeps its metadata as values; the JSON object is built on demand.
        QVERIFY(s.metadata.isEmpty());
        QVERIFY(s.engineMetadata.has_value());
        QCOMPARE(s.metadataJson().keys(),
                 (QStringList{QStringLiteral("candle_quality"),
                              QStringLiteral("conviction_breakdown"), QStringLiteral("fired_types"),
                              QStringLiteral("signal_role"), QStringLiteral("source"),
                              QStringLiteral("stop_basis"), QStringLiteral("volume_ratio")}));
        QCOMPARE(s.metadataJson().value(u"source").toString(),
                 QStringLiteral("axion_cloud_signal_engine"));
        QVERIFY(!CloudSignalEngine::isExitHint(s));
        QVERIFY(!s.volumeConfirmed); // 1.2 < 1.5
        COMPARE_NAMED(s.tradeType, TradeType::Day);
        QCOMPARE(s.sector, QStringLiteral("Technology"));
        QCOMPARE(s.signalId, deriveSignalId(kTicker, QStringLiteral("cloud_flip_bullish"),
                                            QStringLiteral("5m"), ny(kNov24, 14, 35)));
        QCOMPARE(int(s.cloudStates.size()), kCloudLayerCount);
        for (int i = 0; i < kCloudLayerCount; ++i)
            COMPARE_NAMED(s.cloudStates[i].layer, static_cast<CloudLayer>(i));
        QVERIFY(std::abs(s.cloudStates[0].shortEma - (100.0 + 1.0 / 3.0)) < 1e-9);
        QVERIFY(std::abs(s.cloudStates[0].longEma - (100.0 + 2.0 / 13.0)) < 1e-9);
        QVERIFY(std::abs(s.cloudStates[3].longEma - (100.0 + 2.0 / 51.0)) < 1e-9);
        QVERIFY(s.cloudStates[3].isBullish && s.cloudStates[3].priceAbove);
        QVERIFY(!CloudSignalEngine::isExitHint(s));
    }

    void longSequence() {
        CloudSignalEngine engine(ExecutorConfig{}, {QStringLiteral("5m")});
        const auto e = feedFiveMinute(engine, ::longSequence());
        // Expected by hand (EMAs of the closes, EMA_N += (close - EMA_N) x 2/(N+1)):
        //  61 flip (above).
        //  62 close 101.50: nothing new (already aligned; low 101.00 > 8/9 upper 100.51).
        //  63 close 102.00: third bullish candle closing above the fast cloud (upper 101.15):
        //     momentum_exhaustion, long side. Stop: macro lower 100.171148 x 0.999 = 100.070977
        //     -> 100.07; target 102.00 + 2 x 1.93 = 105.86.
        //  64 close 100.80: inside 8/9 [100.7744, 100.8297], above 20/21: nothing (no colour
        //     changed, no cloud left downwards).
        //  65 close 101.40 above 8/9 (upper 100.9564) after a close inside it, 8/9 and 20/21
        //     green: cloud_bounce_long. Stop 100.243032 x 0.999 = 100.142789 -> 100.14; target
        //     101.40 + 2 x 1.26 = 103.92. Conviction: 25 + 25 + volume 15 x (1000 / 1010) / 1.5
        //     = 9.901 (the 20-bar mean holds bar 61's 1200) + thickness 10 (0.0039) + candle
        //     10 x 0.60 / 0.67 = 8.955 = 78.856; x 100/85 = 92.77 -> 93.
        //  66 close 101.05: inside 5/12 (upper 101.1547), above 8/9 (upper 100.9772): nothing.
        //  67 close 101.60 above all five again, low 101.20 above 8/9 (upper 101.1156) after a
        //     close above it: no bounce; and all five clouds have stayed green since bar 61, the
        //     alignment signalled there: no trend_aligned_long either. Nothing.
        struct Expected {
            int bar;
            const char* type;
            const char* entry;
            const char* stop;
            const char* target;
            int conviction;
        };
        const Expected expected[] = {
            {61, "cloud_flip_bullish", "101.00", "99.93", "103.14", 96},
            {63, "momentum_exhaustion", "102.00", "100.07", "105.86", 0},
            {65, "cloud_bounce_long", "101.40", "100.14", "103.92", 93},
        };
        QCOMPARE(int(e.size()), 3);
        for (int i = 0; i < 3; ++i) {
            const Signal& s = e[std::size_t(i)].signal;
            const Expected& x = expected[i];
            QCOMPARE(e[std::size_t(i)].bar, x.bar);
            QCOMPARE(s.signalType, QString::fromLatin1(x.type));
            COMPARE_NAMED(s.direction, Direction::Long);
            QCOMPARE(s.timestampMs, fiveMinuteClose(ny(kNov24, 9, 30), x.bar));
            QCOMPARE(s.entryPrice, px(x.entry));
            QCOMPARE(s.stopLoss, px(x.stop));
            QCOMPARE(*s.targetPrice, px(x.target));
            QCOMPARE(s.conviction, x.conviction);
        }
        QCOMPARE(firedTypes(e[2].signal), QStringList{QStringLiteral("cloud_bounce_long")});
    }

    void aRunOfWickTestsIsOneBounce() {
        // longSequence() up to its bounce on bar 65, then two bars whose lows keep reaching into
        // the pullback cloud while closing above it:
        //  66: low 100.95 <= 8/9 upper 101.0661, close 101.45 above; but bar 65's low 100.78
        //      already reached into its cloud (upper 100.9564): the same test, no new bounce.
        //  67: low 100.99 <= 101.1736, close 101.55; bar 66 touched too: no bounce. 65, 66, 67
        //      are three green closes above the fast cloud (upper 101.1547, 101.2532, 101.3521):
        //      momentum exhaustion. Stop 100.23, target 101.55 + 2 x 1.32 = 104.19.
        std::vector<Ohlc> bars = ::longSequence();
        bars.resize(65);
        bars.push_back({"101.40", "101.50", "100.95", "101.45"});
        bars.push_back({"101.45", "101.60", "100.99", "101.55"});
        CloudSignalEngine engine(ExecutorConfig{}, {QStringLiteral("5m")});
        const auto e = feedFiveMinute(engine, bars);
        QCOMPARE(int(e.size()), 4);
        QCOMPARE(e[2].bar, 65);
        QCOMPARE(e[2].signal.signalType, QStringLiteral("cloud_bounce_long"));
        QCOMPARE(e[3].bar, 67);
        QCOMPARE(e[3].signal.signalType, QStringLiteral("momentum_exhaustion"));
        QCOMPARE(e[3].signal.stopLoss, px("100.23"));
        QCOMPARE(*e[3].signal.targetPrice, px("104.19"));
    }

    void exhaustionIsAnExitHint() {
        CloudSignalEngine engine(ExecutorConfig{}, {QStringLiteral("5m")});
        const auto e = feedFiveMinute(engine, ::longSequence());
        QCOMPARE(e[1].bar, 63);
        const Signal& s = e[1].signal;
        QCOMPARE(s.signalType, QStringLiteral("momentum_exhaustion"));
        COMPARE_NAMED(s.direction, Direction::Long); // the side that is exhausted
        QCOMPARE(s.conviction, 0);
        QCOMPARE(s.metadataJson().value(u"signal_role").toString(), QStringLiteral("exit"));
        QCOMPARE(s.metadataJson().value(u"exhaustion_bars").toInt(), 3);
        QVERIFY(CloudSignalEngine::isExitHint(s));
        for (const Emitted& x : e) {
            if (x.bar != 63)
                QVERIFY(!CloudSignalEngine::isExitHint(x.signal));
        }
        // momentum_exhaustion_bars = 2 moves it to bar 62 (61 and 62 are the first two).
        ExecutorConfig two;
        two.momentumExhaustionBars = 2;
        CloudSignalEngine engine2(two, {QStringLiteral("5m")});
        const auto e2 = feedFiveMinute(engine2, ::longSequence());
        QCOMPARE(e2[1].bar, 62);
        QCOMPARE(e2[1].signal.signalType, QStringLiteral("momentum_exhaustion"));
    }

    void metadataJsonAddsReceivedKeysWithoutOverriding() {
        Signal s;
        s.metadata = QJsonObject{{QStringLiteral("note"), QStringLiteral("kept")},
                                 {QStringLiteral("source"), QStringLiteral("someone else")}};
        QCOMPARE(s.metadataJson(), s.metadata); // no engine values: the object as received
        CloudSignalMetadata& m = s.engineMetadata.emplace();
        m.exitHint = true;
        m.stopFromBarExtreme = true;
        m.volumeRatio = 0.5;
        m.exhaustionBars = 4;
        const QJsonObject o = s.metadataJson();
        QCOMPARE(o.value(u"note").toString(), QStringLiteral("kept"));
        QCOMPARE(o.value(u"source").toString(), QStringLiteral("axion_cloud_signal_engine"));
        QCOMPARE(o.value(u"signal_role").toString(), QStringLiteral("exit"));
        QCOMPARE(o.value(u"stop_basis").toString(), QStringLiteral("bar_extreme"));
        QCOMPARE(o.value(u"exhaustion_bars").toInt(), 4);
        QCOMPARE(o.value(u"volume_ratio").toDouble(), 0.5);
        QVERIFY(!o.contains(u"conviction_breakdown"));
        QVERIFY(CloudSignalEngine::isExitHint(s));
        m.exitHint = false;
        QVERIFY(!CloudSignalEngine::isExitHint(s));
    }

    void mirroredSequenceGivesShorts() {
        CloudSignalEngine engine(ExecutorConfig{}, {QStringLiteral("5m")});
        std::vector<QByteArray> storage;
        const auto e = feedFiveMinute(engine, mirrored(::longSequence(), storage));
        // Mirror image of longSequence(): macro upper edge = 200 - macro lower edge, stop = that
        // x 1.001 rounded up to the cent, target = entry - 2 x (stop - entry).
        //  61: 99.960784 x 1.001 = 100.060745 -> 100.07; 99.00 - 2 x 1.07 = 96.86
        //  63: 99.828852 x 1.001 = 99.928680 -> 99.93;   98.00 - 2 x 1.93 = 94.14
        //  65: 99.756968 x 1.001 = 99.856725 -> 99.86;   98.60 - 2 x 1.26 = 96.08
        struct Expected {
            int bar;
            const char* type;
            const char* entry;
            const char* stop;
            const char* target;
            int conviction;
        };
        const Expected expected[] = {
            {61, "cloud_flip_bearish", "99.00", "100.07", "96.86", 96},
            {63, "momentum_exhaustion", "98.00", "99.93", "94.14", 0},
            {65, "cloud_bounce_short", "98.60", "99.86", "96.08", 93},
        };
        QCOMPARE(int(e.size()), 3);
        for (int i = 0; i < 3; ++i) {
            const Signal& s = e[std::size_t(i)].signal;
            const Expected& x = expected[i];
            QCOMPARE(e[std::size_t(i)].bar, x.bar);
            QCOMPARE(s.signalType, QString::fromLatin1(x.type));
            COMPARE_NAMED(s.direction, Direction::Short);
            QCOMPARE(s.entryPrice, px(x.entry));
            QCOMPARE(s.stopLoss, px(x.stop));
            QCOMPARE(*s.targetPrice, px(x.target));
            QCOMPARE(s.conviction, x.conviction);
        }
    }

    void crossesAfterADowntrend() {
        // 60 x 100, 10 x 99, then 99.20, 99.40, 99.60, 99.80, 99.60, 99.80 and a climb of 0.20
        // a bar from 100.00 to 101.60 (open = previous close); 84 bars over two sessions.
        std::vector<const char*> closes(60, "100.00");
        closes.insert(closes.end(), 10, "99.00");
        for (const char* c :
             {"99.20", "99.40", "99.60", "99.80", "99.60", "99.80", "100.00", "100.20", "100.40",
              "100.60", "100.80", "101.00", "101.20", "101.40", "101.60"})
            closes.push_back(c);
        CloudSignalEngine engine(ExecutorConfig{}, {QStringLiteral("5m")});
        const auto e = feedFiveMinute(engine, fromCloses(closes), {kNov23, kNov24});
        // 61: the drop flips the fast cloud bearish (and crosses below, aligns short): a flip.
        // 72: close 99.40 is back above the trend cloud (20/21 edges 99.3562 / 99.3715, previous
        //     close 99.20 below its then 99.3516 / 99.3687) while the fast cloud is still
        //     bearish: cloud_cross_bullish of the trend cloud. The close is below the macro cloud
        //     (lower edge 99.5272), so the stop goes under the bar's low: 99.20 x 0.999 = 99.1008
        //     -> 99.10; target 99.40 + 2 x 0.30 = 100.00.
        // 73: close 99.60: 5-EMA above the 12-EMA: flip bullish; and 71..73 are three green
        //     candles closing above the fast cloud: exhaustion of the long side on the same bar.
        //     Stop: macro lower 99.531365 x 0.999 = 99.431833 -> 99.43; target 99.60 + 0.34.
        // 74: close 99.80 above the macro cloud (99.5467 / 99.6466; previous close 99.60 was
        //     inside it): cloud_cross_bullish of the macro cloud. Stop 99.546715 x 0.999 =
        //     99.447169 -> 99.44; target 99.80 + 2 x 0.36 = 100.52.
        // 75: close 99.60 back inside the macro cloud (99.5498 / 99.6448), 76: 99.80 above it
        //     again (99.5641 / 99.6508): price left the cloud on the side it entered from, which
        //     is no cross (and nothing else fires).
        // 78: 76, 77, 78 are three green closes above the fast cloud again: exhaustion.
        // 84: the 72-EMA (99.92870) passes the 89-EMA (99.92720; on bar 83 99.88726 <
        //     99.89373): the last cloud turns green under a close above all five:
        //     trend_aligned_long, on Nov 24 bar 6 (09:55-10:00). Stop: macro lower 99.949673 x
        //     0.999 = 99.849723 -> 99.84; target 101.40 + 2 x 1.56 = 104.52.
        QCOMPARE(int(e.size()), 7);
        QCOMPARE(e[0].bar, 61);
        QCOMPARE(e[0].signal.signalType, QStringLiteral("cloud_flip_bearish"));

        QCOMPARE(e[1].bar, 72);
        QCOMPARE(e[1].signal.signalType, QStringLiteral("cloud_cross_bullish"));
        QCOMPARE(e[1].signal.metadataJson().value(u"crossed_cloud").toString(),
                 QStringLiteral("trend"));
        QCOMPARE(e[1].signal.metadataJson().value(u"stop_basis").toString(),
                 QStringLiteral("bar_extreme"));
        QCOMPARE(e[1].signal.stopLoss, px("99.10"));
        QCOMPARE(*e[1].signal.targetPrice, px("100.00"));

        QCOMPARE(e[2].bar, 73);
        QCOMPARE(e[2].signal.signalType, QStringLiteral("cloud_flip_bullish"));
        QCOMPARE(e[2].signal.stopLoss, px("99.43"));
        QCOMPARE(*e[2].signal.targetPrice, px("99.94"));
        QCOMPARE(e[3].bar, 73);
        QCOMPARE(e[3].signal.signalType, QStringLiteral("momentum_exhaustion"));
        COMPARE_NAMED(e[3].signal.direction, Direction::Long);

        QCOMPARE(e[4].bar, 74);
        QCOMPARE(e[4].signal.signalType, QStringLiteral("cloud_cross_bullish"));
        QCOMPARE(e[4].signal.metadataJson().value(u"crossed_cloud").toString(),
                 QStringLiteral("macro"));
        QCOMPARE(e[4].signal.stopLoss, px("99.44"));
        QCOMPARE(*e[4].signal.targetPrice, px("100.52"));

        QCOMPARE(e[5].bar, 78);
        QCOMPARE(e[5].signal.signalType, QStringLiteral("momentum_exhaustion"));

        QCOMPARE(e[6].bar, 84);
        QCOMPARE(e[6].signal.signalType, QStringLiteral("trend_aligned_long"));
        QCOMPARE(firedTypes(e[6].signal), QStringList{QStringLiteral("trend_aligned_long")});
        QCOMPARE(e[6].signal.timestampMs, ny(kNov24, 10, 0));
        QCOMPARE(e[6].signal.entryPrice, px("101.40"));
        QCOMPARE(e[6].signal.stopLoss, px("99.84"));
        QCOMPARE(*e[6].signal.targetPrice, px("104.52"));
    }

    void confluenceCountsTimeframesNotWarmedUpAsDisagreeing() {
        // The same breakout with 5m and 1h scanned: the hour stack has only 5 bars (09:30 ..
        // 13:30), under the 50-bar warm-up, so 1 of 2 timeframes agrees: 12.5 points instead of
        // 25, 25 + 12.5 + 12 + 10 + 10 = 69.5; x 100/85 = 81.76 -> 82.
        CloudSignalEngine engine(ExecutorConfig{}, {QStringLiteral("5m"), QStringLiteral("1h")});
        std::vector<Ohlc> bars = flat(60, "100.00");
        bars.push_back({"100.00", "101.00", "100.00", "101.00", 1200});
        const auto e = feedFiveMinute(engine, bars);
        QCOMPARE(int(e.size()), 1);
        QCOMPARE(e[0].signal.conviction, 82);
        QCOMPARE(e[0].signal.metadataJson()
                     .value(u"conviction_breakdown")
                     .toObject()
                     .value(u"timeframe_confluence")
                     .toDouble(),
                 12.5);
        QCOMPARE(engine.stack(0, 1)->barCount(), 5);
    }

    void hourSignalsAreSwingsAndTheLastHourClosesAtTheBell() {
        // Hour bars fed through their last minutes (10:29, 11:29, ... 15:29, 15:59), warm-up 2:
        // six flat hours at 50, then the 15:30-16:00 bar rises to 51: the fast cloud flips on
        // the short last hour, whose close is 16:00 New York = 21:00 UTC.
        CloudSignalEngine engine(ExecutorConfig{}, {QStringLiteral("1h")});
        engine.setWarmupBars(2);
        std::vector<Signal> out;
        for (int h = 0; h < 7; ++h) {
            Bar b;
            b.timeMs = h < 6 ? ny(kNov24, 10 + h, 29) : ny(kNov24, 15, 59);
            const bool last = h == 6;
            b.open = px("50.00");
            b.close = last ? px("51.00") : px("50.00");
            b.high = b.close;
            b.low = b.open;
            b.volume = 500;
            engine.onMinuteBar(7, QStringLiteral("ABC"), b, out);
            QCOMPARE(int(out.size()), last ? 1 : 0);
        }
        QCOMPARE(out[0].signalType, QStringLiteral("cloud_flip_bullish"));
        QCOMPARE(out[0].timeframe, QStringLiteral("1h"));
        COMPARE_NAMED(out[0].tradeType, TradeType::Swing);
        QCOMPARE(out[0].timestampMs, ny(kNov24, 16, 0));
        QCOMPARE(out[0].sector, QStringLiteral("ABC")); // not in the sector map: its own
        QCOMPARE(engine.symbolCount(), 8);              // grown to hold symbol 7
    }

    void nothingBeforeTheWarmUpOrTheStackIsReady() {
        // A zigzag: up 0.25 a bar for 8 bars, down for 8, over two sessions (156 5m bars).
        std::vector<QByteArray> storage;
        std::vector<const char*> closes;
        storage.reserve(156);
        for (int i = 0; i < 156; ++i) {
            const int k = i % 16;
            storage.push_back(QByteArray::number(100.0 + 0.25 * (k < 8 ? k : 16 - k), 'f', 2));
            closes.push_back(storage.back().constData());
        }
        const std::vector<Ohlc> bars = fromCloses(closes);
        const std::vector<qint64> days{kNov23, kNov24};

        // Warm-up 2: bar 2 (100.25 after 100.00) already flips the colourless fast cloud.
        CloudSignalEngine eager(ExecutorConfig{}, {QStringLiteral("5m")});
        eager.setWarmupBars(2);
        const auto early = feedFiveMinute(eager, bars, days);
        QVERIFY(!early.empty());
        QCOMPARE(early.front().bar, 2);
        QCOMPARE(early.front().signal.signalType, QStringLiteral("cloud_flip_bullish"));

        // Default warm-up (50 bars): nothing before bar 50 (closes 13:40 on Nov 23), signals
        // after it.
        CloudSignalEngine normal(ExecutorConfig{}, {QStringLiteral("5m")});
        QCOMPARE(normal.warmupBars(), 50);
        const auto e = feedFiveMinute(normal, bars, days);
        QVERIFY(!e.empty());
        for (const Emitted& x : e) {
            QVERIFY2(x.bar >= 50, qPrintable(QString::number(x.bar)));
            QVERIFY(x.signal.timestampMs >= ny(kNov23, 13, 40));
        }

        // SMA seeding: the 89-EMA is ready at bar 89 and detection needs the previous bar ready
        // too, so nothing before bar 90 (Nov 24 bar 12, closing 10:30).
        ExecutorConfig sma;
        sma.emaSeeding = EmaSeeding::Sma;
        CloudSignalEngine slow(sma, {QStringLiteral("5m")});
        const auto s = feedFiveMinute(slow, bars, days);
        QVERIFY(!s.empty());
        for (const Emitted& x : s) {
            QVERIFY2(x.bar >= 90, qPrintable(QString::number(x.bar)));
            QVERIFY(x.signal.timestampMs >= ny(kNov24, 10, 30));
        }
    }

    void minutesOutsideTheSessionAreIgnored() {
        CloudSignalEngine engine{ExecutorConfig{}};
        std::vector<Signal> out;
        Bar b;
        b.open = b.high = b.low = b.close = px("10.00");
        b.volume = 1;
        for (qint64 t : {ny(kNov24, 9, 29), ny(kNov24, 16, 0), ny(kNov24, 4, 0),
                         ny(kNov24 + 2 * kDay, 10, 0) /* Thanksgiving */}) {
            b.timeMs = t;
            engine.onMinuteBar(0, kTicker, b, out);
        }
        QCOMPARE(engine.symbolCount(), 0);
        b.timeMs = ny(kNov24, 9, 30);
        engine.onMinuteBar(-1, kTicker, b, out); // negative symbol numbers are ignored
        QCOMPARE(engine.symbolCount(), 0);
        engine.onMinuteBar(0, kTicker, b, out);
        QCOMPARE(engine.symbolCount(), 1);
        QVERIFY(out.empty());
    }

    void stopTargetRule() {
        // The rule on its own, by hand.
        CloudState macro;
        macro.layer = CloudLayer::Macro;
        macro.shortEma = 50.0;
        macro.longEma = 49.5;
        Bar bar;
        bar.open = px("50.10");
        bar.high = px("50.60");
        bar.low = px("49.90");
        bar.close = px("50.50");
        macro.priceAbove = true;
        // Long: 49.5 x 0.999 = 49.4505 -> 49.45; risk 1.05; target 50.50 + 2.10 = 52.60.
        auto l = CloudSignalEngine::protectiveLevels(Direction::Long, bar, macro, 2.0);
        QVERIFY(l.has_value());
        QCOMPARE(l->stop, px("49.45"));
        QCOMPARE(*l->target, px("52.60"));
        QVERIFY(!l->fromBarExtreme);
        // Short with the close above the macro cloud: above the bar's high instead, 50.60 x
        // 1.001 = 50.6506 -> 50.66; risk 0.16; target 50.50 - 0.32 = 50.18.
        auto s = CloudSignalEngine::protectiveLevels(Direction::Short, bar, macro, 2.0);
        QVERIFY(s.has_value());
        QCOMPARE(s->stop, px("50.66"));
        QCOMPARE(*s->target, px("50.18"));
        QVERIFY(s->fromBarExtreme);
        // Reward 1.5 with a sub-cent product: risk 1.05 x 1.5 = 1.575 -> 50.50 + 1.575 = 52.075,
        // towards the entry to the cent: 52.07.
        auto r = CloudSignalEngine::protectiveLevels(Direction::Long, bar, macro, 1.5);
        QCOMPARE(*r->target, px("52.07"));
        // Below $1 the tick is 1/10,000: macro lower 0.5 x 0.999 = 0.4995 exactly.
        CloudState penny = macro;
        penny.shortEma = 0.52;
        penny.longEma = 0.50;
        penny.priceAbove = true;
        Bar cheap;
        cheap.open = cheap.low = px("0.5300");
        cheap.high = cheap.close = px("0.5400");
        auto p = CloudSignalEngine::protectiveLevels(Direction::Long, cheap, penny, 2.0);
        QCOMPARE(p->stop, px("0.4995"));
        QCOMPARE(*p->target, px("0.6210")); // 0.54 + 2 x 0.0405
    }

    void realSpyDaysMeetTheContract() {
        if (!m_spy.error.isEmpty())
            QFAIL(qPrintable(m_spy.error));
        const std::vector<Signal> produced = replay(m_spy.bars);
        QVERIFY2(!produced.empty(), "no signals over six SPY days");

        const MarketCalendar calendar;
        const SignalParser parser{ExecutorConfig{}};
        QMap<QString, int> counts;
        // The close of each minute by its open time, to check entry == the bar's close.
        QHash<qint64, Price> closeByMinute;
        for (const Bar& b : m_spy.bars)
            closeByMinute.insert(b.timeMs, b.close);
        qint64 firstFiveMinute = std::numeric_limits<qint64>::max();
        qint64 firstTenMinute = std::numeric_limits<qint64>::max();
        for (const Signal& s : produced) {
            const QString where = s.timeframe + u' ' + s.signalType + u' ' +
                                  QDateTime::fromMSecsSinceEpoch(s.timestampMs, QTimeZone::utc())
                                      .toString(Qt::ISODate);
            counts[s.timeframe + u' ' + s.signalType] += 1;
            QVERIFY2(cloudSignalTypeFromString(s.signalType).has_value(), qPrintable(where));
            QVERIFY2(SignalParser::isValidTicker(s.ticker), qPrintable(where));
            QVERIFY2(s.conviction >= 0 && s.conviction <= 100, qPrintable(where));
            const int side = sign(s.direction);
            QVERIFY2((s.entryPrice - s.stopLoss).units() * side > 0, qPrintable(where));
            QVERIFY2(s.targetPrice && (*s.targetPrice - s.entryPrice).units() * side > 0,
                     qPrintable(where));
            QVERIFY2(s.stopLoss.units() % 100 == 0 && s.targetPrice->units() % 100 == 0,
                     qPrintable(where)); // SPY is above $1: whole cents
            if (CloudSignalEngine::isExitHint(s))
                QCOMPARE(s.conviction, 0);
            // The timestamp is a bar close of its timeframe: a multiple of the bar length after
            // the open, or the session close; the entry is the close of the bucket's last minute.
            const auto session = calendar.session(calendar.newYorkDate(s.timestampMs - 1));
            QVERIFY2(session.has_value(), qPrintable(where));
            const qint64 barMs = *BarAggregator::minutesForTimeframe(s.timeframe) * kMinute;
            QVERIFY2(s.timestampMs > session->openMs && s.timestampMs <= session->closeMs,
                     qPrintable(where));
            QVERIFY2((s.timestampMs - session->openMs) % barMs == 0 ||
                         s.timestampMs == session->closeMs,
                     qPrintable(where));
            QVERIFY2(closeByMinute.value(s.timestampMs - kMinute) == s.entryPrice,
                     qPrintable(where));
            // Our own contract parser accepts it as it would one from the external engine.
            const SignalParseResult parsed = parser.parse(toContractJson(s), s.timestampMs);
            QVERIFY2(parsed.ok(), qPrintable(where + u": " + parsed.message));
            QCOMPARE(parsed.signal->signalId, s.signalId);
            if (s.timeframe == u"5m")
                firstFiveMinute = std::min(firstFiveMinute, s.timestampMs);
            if (s.timeframe == u"10m")
                firstTenMinute = std::min(firstTenMinute, s.timestampMs);
        }
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            qInfo("%s: %d", qPrintable(it.key()), it.value());
        // Warm-up: the 50th 5m bar closes at 13:40 on 2013-10-04 (78 a day); the 50th 10m bar
        // is the 11th of 2013-10-07 (39 a day), closing 11:20. The hour stack reaches 42 bars in
        // six days (7 a day), under the warm-up, so there is no hour signal.
        const QTimeZone newYork = MarketCalendar::newYork();
        QVERIFY(firstFiveMinute < std::numeric_limits<qint64>::max());
        QVERIFY(firstTenMinute < std::numeric_limits<qint64>::max());
        QVERIFY(firstFiveMinute >=
                QDateTime(QDate(2013, 10, 4), QTime(13, 40), newYork).toMSecsSinceEpoch());
        QVERIFY(firstTenMinute >=
                QDateTime(QDate(2013, 10, 7), QTime(11, 20), newYork).toMSecsSinceEpoch());
        for (const Signal& s : produced)
            QVERIFY(s.timeframe != u"1h");
        // Several kinds of signal on real prices, not one pattern.
        QVERIFY(counts.size() >= 4);
    }

    void deterministicAndSymbolsIndependent() {
        if (!m_spy.error.isEmpty())
            QFAIL(qPrintable(m_spy.error));
        const QByteArray first = serialise(replay(m_spy.bars));
        const QByteArray second = serialise(replay(m_spy.bars));
        QVERIFY(!first.isEmpty());
        QCOMPARE(first, second);

        // Two symbols interleaved minute by minute (symbol numbers 0 and 3, 1 and 2 never seen)
        // get exactly the signals each gets alone.
        CloudSignalEngine engine{ExecutorConfig{}};
        std::vector<Signal> out;
        for (const Bar& b : m_spy.bars) {
            engine.onMinuteBar(3, QStringLiteral("SPY"), b, out);
            Bar other = b;
            other.close = b.open; // a different series for symbol 0
            other.high = std::max(b.high, b.open);
            other.low = std::min(b.low, b.open);
            engine.onMinuteBar(0, QStringLiteral("BAC"), other, out);
        }
        std::vector<Signal> spy;
        for (const Signal& s : out) {
            if (s.ticker == u"SPY")
                spy.push_back(s);
        }
        QCOMPARE(serialise(spy), first);
        QCOMPARE(engine.symbolCount(), 4);
    }
};

QTEST_GUILESS_MAIN(tst_CloudSignalEngine)
#include "tst_CloudSignalEngine.moc"
