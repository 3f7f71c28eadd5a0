#pragma once

#include "core/Price.h"
#include "market/Bar.h"
#include "market/MarketCalendar.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <vector>

namespace axion {

class ReplayFeed;

// One instrument of the demo market. Every name is made up: the demo ships with the product, and
// neither a real ticker nor real data may appear in it.
struct DemoInstrument {
    QString ticker;      // upper case, 4 letters
    QString companyName; // for display
    QString sector;      // a GICS sector name, as sector_map uses them
    Price startPrice;    // the first bar's open, on the cent
    qint64 baseVolume;   // average shares per minute around midday

    bool operator==(const DemoInstrument&) const = default;
};

// The synthetic market of demo mode: deterministic minute bars for a fixed list of fictional
// tickers, shaped so that the built-in CloudSignalEngine finds entries and the executor takes
// them through scale-ins, targets, stops, cloud flips and end-of-day closes.
//
// Prices follow regimes, per ticker: trends (40-140 min legs, broken by pullbacks into the EMA
// clouds and resumed on a volume surge), ranges that mean-revert around a level, sharp reversals
// on heavy volume, and overnight gaps. Volume is U-shaped over the session (heavy open, quiet
// lunch, busier close) and rises with the size of the move. Bars are regular-session minutes only
// (09:30 up to 16:00 New York, 13:00 on early closes; nothing on weekends or holidays), prices on
// the $0.01 tick, low <= open, close <= high, volume > 0.
//
// Pure code: no QObject, no I/O, no clock. All arithmetic is on integers (prices in millionths of
// a dollar, returns in billionths) and the random numbers come from our own xoshiro256** seeded by
// splitmix64, so the same seed gives the same bars byte for byte on every compiler, CPU and Qt
// version: no floating point whose last bit a libm or an FMA contraction could change, no
// std:: distribution (their output is implementation-defined), no QRandomGenerator.
//
// Each ticker has its own random stream (seed and ticker), and a run is simulated day by day from
// firstDay: generating N days gives the first N days of any longer run from the same first day.
class DemoMarket {
public:
    static constexpr quint32 kDefaultSeed = 20261124;

    explicit DemoMarket(quint32 seed = kDefaultSeed);

    quint32 seed() const { return m_seed; }

    // The instruments, in a fixed order (the order fill() adds them to a feed).
    static const QList<DemoInstrument>& instruments();
    static QStringList tickers();
    // "" for a ticker that is not in the demo market.
    static QString sectorOf(const QString& ticker);
    // ticker -> sector for every instrument: ExecutorConfig::sectorMap for a demo run, so that
    // the sector exposure limit sees the demo's sectors.
    static QHash<QString, QString> sectorMap();

    // Trading days to replay through the signal engine alone (instantly, nothing trades) before
    // the part of the demo that is shown: the fewest after which every timeframe the cloud engine
    // scans (5m, 10m, 1h) is past its warm-up (CloudSignalEngine::kDefaultWarmupBars = 50 bars)
    // at the first shown bar, so entries come from the first minutes with full timeframe
    // confluence, and hour (swing) signals too. The hour bars set it: 7 a day, so 8 days. Entries
    // on 5m alone would already flow after 1 day. Checked by tst_DemoMarket.
    static int recommendedWarmupDays();

    // `count` consecutive trading days, starting at firstDay when it is one, else at the next.
    static QList<QDate> tradingDays(QDate firstDay, int count);

    // The minute bars of one ticker over `tradingDays` trading days from firstDay (as
    // tradingDays() counts them), in time order. Empty for an unknown ticker or count <= 0.
    std::vector<Bar> bars(const QString& ticker, QDate firstDay, int tradingDays) const;

    // Adds every ticker's bars to the feed (ReplayFeed::addBars), in instruments() order. False
    // with the feed's message if it refuses a ticker's bars (e.g. the same days were already
    // added); tickers added before that one stay in the feed. False too when there is no day to
    // generate (invalid firstDay, tradingDays <= 0).
    bool fill(ReplayFeed& feed, QDate firstDay, int tradingDays, QString* error = nullptr) const;

private:
    quint32 m_seed;
    MarketCalendar m_calendar;
};

} // namespace axion
