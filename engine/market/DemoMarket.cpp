#include "market/DemoMarket.h"

#include "market/ReplayFeed.h"

#include <algorithm>
#include <array>

namespace axion {

namespace {

// Prices are simulated in millionths of a dollar and rounded to the cent only when a bar is
// written, so that rounding never feeds back into the path; returns are in billionths.
constexpr qint64 kMicroPerDollar = 1'000'000;
constexpr qint64 kMicroPerCent = 10'000;
constexpr qint64 kUnitsPerCent = 100; // Price units (1/10,000 $) per cent
constexpr qint64 kNano = 1'000'000'000;
constexpr qint64 kMinuteMs = 60'000;
// A minute is simulated as this many steps: the bar's high and low are the extremes of that path,
// so wicks and bodies come out of the same random walk as the closes.
constexpr int kStepsPerMinute = 6;
// 1000 / sqrt(kStepsPerMinute): a step's share of a minute's volatility, in permille.
constexpr qint64 kStepVolPermille = 408;

quint64 splitmix64(quint64& state) {
    quint64 z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

quint64 rotl(quint64 x, int k) {
    return (x << k) | (x >> (64 - k));
}

// xoshiro256** (Blackman and Vigna): small, fast and fully specified, so every platform draws the
// same numbers.
class Rng {
public:
    explicit Rng(quint64 seed) {
        quint64 x = seed;
        for (quint64& s : m_s)
            s = splitmix64(x);
    }

    quint64 next() {
        const quint64 result = rotl(m_s[1] * 5, 7) * 9;
        const quint64 t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }

    // Uniform in [lo, hi]. The modulo bias is below 1e-15 for the small ranges used here.
    qint64 between(qint64 lo, qint64 hi) {
        return lo + static_cast<qint64>(next() % static_cast<quint64>(hi - lo + 1));
    }

    bool chance(int permille) { return between(0, 999) < permille; }

    // Approximately normal with mean 0 and standard deviation kNormalSd: the sum of four uniform
    // 16-bit numbers (Irwin-Hall), centred. Integer only, so no libm is involved; the tails end
    // at 3.46 sd, which is fine for minute steps (sharp moves come from the regimes).
    qint64 normal() {
        const quint64 v = next();
        const qint64 sum = qint64(v & 0xFFFF) + qint64((v >> 16) & 0xFFFF) +
                           qint64((v >> 32) & 0xFFFF) + qint64((v >> 48) & 0xFFFF);
        return sum - 2 * 0xFFFF;
    }
    static constexpr qint64 kNormalSd = 37'837; // 65536 x sqrt(4 / 12)

private:
    std::array<quint64, 4> m_s{};
};

// FNV-1a over the ticker's UTF-16 units: a ticker's stream depends on its name, not on its
// position in the list.
quint64 tickerHash(const QString& ticker) {
    quint64 h = 0xCBF29CE484222325ull;
    for (const QChar c : ticker) {
        h ^= c.unicode();
        h *= 0x100000001B3ull;
    }
    return h;
}

qint64 linear(qint64 from, qint64 to, qint64 pos, qint64 length) {
    return from + (to - from) * pos / length;
}

// Intraday volume, permille of the midday level, by minutes since the open and minutes until the
// close (the last minute has 1): heavy open, quiet lunch, busier close. On a 13:00 close the close
// ramp comes earlier, as it does on real half days.
qint64 volumeProfile(qint64 sinceOpen, qint64 untilClose) {
    qint64 morning = 800;
    if (sinceOpen < 30)
        morning = linear(3500, 1300, sinceOpen, 30);
    else if (sinceOpen < 120)
        morning = linear(1300, 800, sinceOpen - 30, 90);
    qint64 close = 800;
    if (untilClose <= 30)
        close = linear(2800, 1300, untilClose, 30);
    else if (untilClose <= 120)
        close = linear(1300, 800, untilClose - 30, 90);
    return std::max(morning, close);
}

// Intraday volatility, permille: the first quarter hour swings the most.
qint64 volatilityProfile(qint64 sinceOpen, qint64 untilClose) {
    if (sinceOpen < 15)
        return linear(1800, 1000, sinceOpen, 15);
    if (untilClose <= 20)
        return 1150;
    if (sinceOpen >= 120 && untilClose > 120)
        return 850;
    return 1000;
}

enum class Regime { Range, Trend, Pullback, Reversal };

// One ticker's price path.
class TickerSim {
public:
    TickerSim(const DemoInstrument& instrument, quint32 seed)
        : m_rng(splitmix64Seed(seed, instrument.ticker))
        , m_price(instrument.startPrice.units() * (kMicroPerDollar / 10'000))
        , m_anchor(m_price)
        , m_baseVolume(instrument.baseVolume) {
        // 0.045-0.07 % a minute: about 1-1.4 % a day from noise alone; the trends add the rest
        // (a day's high-low range averages 3.5-4.5 %, an active momentum name).
        m_baseVol = m_rng.between(450'000, 700'000);
    }

    void startDay(bool firstDay) {
        if (!firstDay) {
            // Overnight gap, about 0.3 % sd, leaning back towards the anchor when far off it.
            const qint64 gap = 3'000'000 * m_rng.normal() / Rng::kNormalSd - deviation() * 8'000;
            move(gap);
        }
        // Either an opening drive or a range that sorts itself out first.
        if (m_rng.chance(550))
            startTrend(pickDirection(), true);
        else
            startRange();
    }

    Bar minute(qint64 openMs, qint64 sinceOpen, qint64 untilClose) {
        if (m_left <= 0)
            nextRegime();
        --m_left;

        qint64 drift = m_drift;
        qint64 volumeFactor = m_volumeFactor;
        if (m_regime == Regime::Range) // pulled back to the range's level, 4 % of the gap a minute
            drift = (m_center - m_price) * (kNano / 1000) / m_price * 40;
        if (m_surge > 0) {
            // A leg that starts (or resumes after a pullback) does so on heavy volume and with
            // some extra push: the volume-confirmed breakout the signal engine looks for.
            --m_surge;
            drift = drift * m_surgeThrust / 1000;
            volumeFactor = std::max<qint64>(volumeFactor, 2300);
        }
        const qint64 minuteVol = m_vol * volatilityProfile(sinceOpen, untilClose) / 1000;
        const qint64 stepVol = minuteVol * kStepVolPermille / 1000;

        const qint64 open = m_price;
        qint64 high = open;
        qint64 low = open;
        for (int k = 0; k < kStepsPerMinute; ++k) {
            move(drift / kStepsPerMinute + stepVol * m_rng.normal() / Rng::kNormalSd);
            high = std::max(high, m_price);
            low = std::min(low, m_price);
        }

        Bar bar;
        bar.timeMs = openMs;
        bar.open = toCents(open);
        bar.high = toCents(high);
        bar.low = toCents(low);
        bar.close = toCents(m_price);

        // Volume: the intraday U, the regime, more on bigger moves, and noise.
        const qint64 range = (high - low) * kNano / open; // the minute's range, in billionths
        const qint64 boost = std::min<qint64>(2000, range * 400 / std::max<qint64>(1, minuteVol));
        qint64 volume = m_baseVolume * volumeProfile(sinceOpen, untilClose) / 1000;
        volume = volume * volumeFactor / 1000;
        volume = volume * (600 + boost) / 1000;
        volume = volume * m_rng.between(700, 1300) / 1000;
        bar.volume = std::max<qint64>(100, volume);
        return bar;
    }

private:
    static quint64 splitmix64Seed(quint32 seed, const QString& ticker) {
        quint64 x = (quint64(seed) << 32) ^ tickerHash(ticker);
        return splitmix64(x);
    }

    static Price toCents(qint64 micro) {
        const qint64 cents = std::max<qint64>(1, (micro + kMicroPerCent / 2) / kMicroPerCent);
        return Price::fromUnits(cents * kUnitsPerCent);
    }

    // A return in billionths applied to the price, kept within sane bounds ($1 .. 100x start).
    void move(qint64 nano) {
        m_price += m_price * nano / kNano;
        m_price = std::clamp(m_price, kMicroPerDollar, m_anchor * 100);
    }

    // Permille above (+) or below (-) the starting price.
    qint64 deviation() const { return (m_price - m_anchor) * 1000 / m_anchor; }

    // Up or down, leaning back towards the starting price the further it has wandered, so that
    // a long demo does not drift off to a penny stock or a quadruple.
    int pickDirection() {
        const qint64 up = std::clamp<qint64>(500 - deviation() * 2, 150, 850);
        return m_rng.chance(int(up)) ? 1 : -1;
    }

    void startTrend(int direction, bool fresh) {
        m_regime = Regime::Trend;
        m_dir = direction;
        if (fresh) {
            // 0.15-0.35 of a minute's sd of drift: a clear trend on 5-minute bars that still has
            // red candles in it. Legs: how many pullbacks it will take before it ends.
            m_trendDrift = m_baseVol * m_rng.between(150, 350) / 1000;
            m_legs = int(m_rng.between(1, 3));
        }
        m_left = int(m_rng.between(40, 140));
        m_drift = m_dir * m_trendDrift;
        m_vol = m_baseVol * m_rng.between(850, 1100) / 1000;
        m_volumeFactor = 1250;
        // Every leg starts on heavy volume (the volume-confirmed breakout or bounce the signal
        // engine scores highest); two in five with a thrust of 2.5-4x the drift for 8-16 minutes,
        // fast enough for an early entry to reach its target before the 5-minute exits act.
        if (m_rng.chance(400)) {
            m_surge = int(m_rng.between(8, 16));
            m_surgeThrust = m_rng.between(2500, 4000);
        } else {
            m_surge = int(m_rng.between(3, 6));
            m_surgeThrust = 1400;
        }
    }

    void startPullback() {
        m_regime = Regime::Pullback;
        m_left = int(m_rng.between(6, 18));
        m_drift = -m_dir * m_trendDrift * m_rng.between(700, 1400) / 1000;
        m_vol = m_baseVol * 800 / 1000;
        m_volumeFactor = 700;
        m_surge = 0;
    }

    void startRange() {
        m_regime = Regime::Range;
        m_left = int(m_rng.between(25, 90));
        m_center = m_price;
        m_drift = 0;
        m_vol = m_baseVol * 600 / 1000;
        m_volumeFactor = 800;
        m_surge = 0;
    }

    // A sharp move against the current direction on heavy volume; a trend the other way follows.
    void startReversal() {
        m_regime = Regime::Reversal;
        m_left = int(m_rng.between(6, 14));
        m_drift = -m_dir * m_baseVol * m_rng.between(1000, 1800) / 1000;
        m_vol = m_baseVol * 1300 / 1000;
        m_volumeFactor = 2500;
        m_surge = 0;
    }

    void nextRegime() {
        switch (m_regime) {
        case Regime::Range:
            startTrend(pickDirection(), true);
            break;
        case Regime::Trend:
            if (m_legs > 0) {
                --m_legs;
                startPullback();
            } else if (const qint64 p = m_rng.between(0, 999); p < 400) {
                startRange();
            } else if (p < 700) {
                startReversal();
            } else {
                startTrend(pickDirection(), true);
            }
            break;
        case Regime::Pullback:
            // Most pullbacks hold and the trend resumes; some fail and turn into a reversal.
            if (m_rng.chance(800))
                startTrend(m_dir, false);
            else
                startReversal();
            break;
        case Regime::Reversal:
            startTrend(-m_dir, true);
            break;
        }
    }

    Rng m_rng;
    qint64 m_price;  // micro-dollars
    qint64 m_anchor; // the starting price, micro-dollars
    qint64 m_baseVolume;
    qint64 m_baseVol = 0; // billionths per minute

    Regime m_regime = Regime::Range;
    int m_dir = 1;
    int m_left = 0;            // minutes left in the regime
    int m_legs = 0;            // pullbacks left in the current trend
    int m_surge = 0;           // minutes of breakout volume left
    qint64 m_surgeThrust = 0;  // drift during the surge, permille of the leg's drift
    qint64 m_drift = 0;        // billionths per minute
    qint64 m_trendDrift = 0;   // the current trend's drift magnitude
    qint64 m_vol = 0;          // billionths per minute
    qint64 m_volumeFactor = 0; // permille
    qint64 m_center = 0;       // a range's level, micro-dollars
};

} // namespace

DemoMarket::DemoMarket(quint32 seed)
    : m_seed(seed) {}

const QList<DemoInstrument>& DemoMarket::instruments() {
    // Three in one sector, so that the 30 % sector limit bites before the 15 % single-stock one
    // runs out of tickers; prices from about $23 to $313 to exercise sizing and the tick.
    static const QList<DemoInstrument> list = {
        {QStringLiteral("AXNQ"), QStringLiteral("Axnova Quantum Systems"),
         QStringLiteral("Technology"), Price::fromUnits(1'824'000), 14'000},
        {QStringLiteral("QBYT"), QStringLiteral("Qubyte Semiconductor"),
         QStringLiteral("Technology"), Price::fromUnits(387'500), 32'000},
        {QStringLiteral("LUMQ"), QStringLiteral("Lumiq Cloud Networks"),
         QStringLiteral("Technology"), Price::fromUnits(3'126'000), 6'000},
        {QStringLiteral("FNXB"), QStringLiteral("Finnexa Bancorp"), QStringLiteral("Financials"),
         Price::fromUnits(234'000), 48'000},
        {QStringLiteral("PTRZ"), QStringLiteral("Petrozen Energy"), QStringLiteral("Energy"),
         Price::fromUnits(718'000), 20'000},
        {QStringLiteral("HLXQ"), QStringLiteral("Helixiq Therapeutics"),
         QStringLiteral("Health Care"), Price::fromUnits(1'283'500), 10'000},
    };
    return list;
}

QStringList DemoMarket::tickers() {
    QStringList out;
    for (const DemoInstrument& i : instruments())
        out << i.ticker;
    return out;
}

QString DemoMarket::sectorOf(const QString& ticker) {
    for (const DemoInstrument& i : instruments()) {
        if (i.ticker == ticker)
            return i.sector;
    }
    return {};
}

QHash<QString, QString> DemoMarket::sectorMap() {
    QHash<QString, QString> map;
    for (const DemoInstrument& i : instruments())
        map.insert(i.ticker, i.sector);
    return map;
}

int DemoMarket::recommendedWarmupDays() {
    // The hour timeframe is the slow one: 7 hour bars a day (09:30 ... 15:30, the last one half
    // an hour), 4 on a 13:00 close, against CloudSignalEngine::kDefaultWarmupBars = 50. Seven
    // days give 49; eight give 56, or 53 with an early close among them (two never fall within
    // eight trading days). 5m and 10m are warm after one and two days.
    return 8;
}

QList<QDate> DemoMarket::tradingDays(QDate firstDay, int count) {
    QList<QDate> days;
    if (!firstDay.isValid() || count <= 0)
        return days;
    const MarketCalendar calendar;
    for (QDate d = firstDay; days.size() < count; d = d.addDays(1)) {
        if (calendar.isTradingDay(d))
            days.append(d);
    }
    return days;
}

std::vector<Bar> DemoMarket::bars(const QString& ticker, QDate firstDay, int tradingDays) const {
    std::vector<Bar> out;
    const QList<DemoInstrument>& list = instruments();
    const auto it = std::find_if(list.begin(), list.end(),
                                 [&ticker](const DemoInstrument& i) { return i.ticker == ticker; });
    if (it == list.end())
        return out;
    const QList<QDate> days = DemoMarket::tradingDays(firstDay, tradingDays);
    out.reserve(std::size_t(days.size()) * 390);
    TickerSim sim(*it, m_seed);
    for (qsizetype d = 0; d < days.size(); ++d) {
        const std::optional<TradingSession> session = m_calendar.session(days[d]);
        if (!session)
            continue; // cannot happen: tradingDays() only lists trading days
        const qint64 minutes = (session->closeMs - session->openMs) / kMinuteMs;
        sim.startDay(d == 0);
        for (qint64 m = 0; m < minutes; ++m)
            out.push_back(sim.minute(session->openMs + m * kMinuteMs, m, minutes - m));
    }
    return out;
}

bool DemoMarket::fill(ReplayFeed& feed, QDate firstDay, int tradingDays, QString* error) const {
    if (!firstDay.isValid() || tradingDays <= 0) {
        if (error)
            *error = QStringLiteral("demo market: no trading days to generate");
        return false;
    }
    for (const DemoInstrument& i : instruments()) {
        if (!feed.addBars(i.ticker, bars(i.ticker, firstDay, tradingDays), error))
            return false;
    }
    return true;
}

} // namespace axion
