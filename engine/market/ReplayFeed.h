#pragma once

#include "market/Bar.h"
#include "market/LeanFactorFile.h"
#include "market/MarketCalendar.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <vector>

namespace axion {

// One bar of a replay and whose it is. `symbol` indexes ReplayFeed::symbols(), so the hot loop of a
// replay compares ints, never strings.
struct ReplayBar {
    int symbol = 0;
    Bar bar;

    bool operator==(const ReplayBar&) const = default;
};

// Real minute bars for a replay, loaded from files: QuantConnect Lean minute trade zips
// (`<sym>/<YYYYMMDD>_trade.zip`) and plain CSV (`timestamp,open,high,low,close,volume`).
//
// Pure loading code: no QObject, no event loop, no clock. A replay iterates bars(), one contiguous
// vector in time order, so the feed costs nothing per bar once loaded.
//
// Every file is validated as a whole before anything of it is kept: a bad row gives an error naming
// the file, the 1-based line and what is wrong, and the feed stays exactly as it was. Prices are
// fixed point end to end (Lean's integers are Price units; CSV decimals go through Price::parse and
// more than 4 decimals is refused rather than rounded), so a replay sees the exchange's prices to
// the last 1/10,000 of a dollar.
//
// Corporate actions: Lean's minute prices are raw. When price adjustment is on (the default) and a
// Lean minute zip sits in Lean's layout, `<root>/minute/<sym>/<YYYYMMDD>_trade.zip`, the factor
// file `<root>/factor_files/<sym>.csv` (lower-case symbol) adjusts its bars for splits and
// dividends (LeanFactorFile: prices x price_factor x split_factor, volume / split_factor), so a
// replay across a split sees continuous prices. A zip without a factor file stays raw; a factor
// file that does not parse stops the load with its file and line. CSV files are never adjusted.
class ReplayFeed {
public:
    // By extension (case-insensitive): `.zip` is a Lean minute trade zip whose symbol is its folder
    // name and whose date is its file name; `.csv` is a plain CSV whose symbol is its file name up
    // to the first '_' (`AAPL.csv`, `AAPL_1m_2026.csv` -> AAPL).
    bool addFile(const QString& path, QString* error);
    // A Lean minute trade zip: one headerless CSV, `ms_since_midnight,open,high,low,close,volume`,
    // times in New York wall-clock time of the bar open on `date`, prices x 10,000.
    bool addLeanMinuteZip(const QString& path, const QString& symbol, QDate date, QString* error);
    // A CSV with the header `timestamp,open,high,low,close,volume`, ISO 8601 timestamps of the bar
    // open with a UTC offset (`2026-11-24T09:30:00-05:00`, `...Z`), decimal prices, whole volumes.
    bool addCsv(const QString& path, const QString& symbol, QString* error);
    // Bars made in memory (the demo market, tests): validated like a file's rows (strictly
    // increasing times, positive prices, low <= open, close <= high, volume >= 0) and kept or
    // refused as a whole, refused too when a time is already loaded for the symbol. Times are
    // UTC ms of the bar open; the regular-session filter applies as to files. An empty vector is
    // refused like an empty file. Messages read "<SYMBOL> (in memory):<1-based bar>: what".
    // Counts as one file in fileCount().
    bool addBars(const QString& symbol, std::vector<Bar> bars, QString* error);

    // Default true: keep only bars that open within the NYSE regular session of their New York date
    // (09:30 <= open < 16:00, 13:00 on early-close days; nothing on weekends and holidays).
    void setRegularSessionOnly(bool regularOnly);
    bool regularSessionOnly() const { return m_regularOnly; }

    // Default true: Lean minute zips with a factor file beside their minute/ folder are adjusted
    // (see above). Applies to files added after the call.
    void setPriceAdjustment(bool adjust) { m_adjustPrices = adjust; }
    bool priceAdjustment() const { return m_adjustPrices; }
    // Whether any file of the symbol (an index into symbols()) was adjusted by a factor file.
    bool isPriceAdjusted(int symbol) const {
        return symbol >= 0 && std::size_t(symbol) < m_adjusted.size() &&
               m_adjusted[std::size_t(symbol)];
    }
    // The symbols isPriceAdjusted() says yes to, in symbols() order.
    QStringList adjustedSymbols() const;

    // All loaded files merged in time order; equal times are ordered by symbol index (a symbol's
    // files never share a time: that is refused when the second file is added). Built on first call
    // after a change and kept, so calling it again is free.
    const std::vector<ReplayBar>& bars();

    // Upper-case tickers in the order their first file was added.
    const QStringList& symbols() const { return m_symbols; }
    // "" for an index out of range.
    QString symbol(int index) const;
    int fileCount() const { return int(m_files.size()); }

private:
    struct LoadedFile {
        QString path;
        int symbol = 0;
        std::vector<Bar> bars;          // strictly increasing times
        std::vector<std::uint8_t> open; // per bar: 1 when it opens inside a regular session
        std::size_t openCount = 0;
        bool adjusted = false; // prices and volumes went through a factor file
    };

    // The factor file for a Lean zip at `zipPath` of `symbol` when adjustment is on and the zip is
    // in Lean's layout: nullptr when there is none (or *error set when it does not parse).
    const LeanFactorFile* factorFileFor(const QString& zipPath, const QString& symbol,
                                        QString* error);

    // Adds a fully validated file, unless it repeats a time of a file already loaded for the same
    // symbol (the same day added twice, or overlapping sources). firstDataLine maps a bar index
    // back to its line for that message.
    bool commit(LoadedFile file, const QString& symbol, int firstDataLine, QString* error);

    MarketCalendar m_calendar;
    std::vector<LoadedFile> m_files;
    QStringList m_symbols;
    std::vector<ReplayBar> m_bars;
    std::vector<bool> m_adjusted;                 // by symbol
    QHash<QString, LeanFactorFile> m_factorFiles; // by path, parsed once per feed
    bool m_regularOnly = true;
    bool m_adjustPrices = true;
    bool m_built = false;
};

} // namespace axion
