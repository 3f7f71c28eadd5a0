#pragma once

#include "config/ExecutorConfig.h"
#include "core/SimClock.h"
#include "execution/OpenPositionReport.h"
#include "execution/TradeExecutor.h"
#include "journal/TradeJournal.h"
#include "market/CloseToOpenJump.h"
#include "market/ReplayFeed.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

namespace axion {

// Something about a replay's data that its numbers alone would hide.
struct ReplayWarning {
    // "price_jump": a close-to-open jump over replay_jump_reset_pct in a symbol no factor file
    // adjusted (most likely a split in raw data); the symbol's clouds were reset at that open.
    QString code;
    QString ticker;
    PriceJump jump;

    // "AAPL 2014-06-09: close 645.57 (2014-06-06) -> open 92.69 (-85.6 %), no factor file:
    // clouds reset"
    QString text() const;
    QJsonObject toJson() const;
};

// What a replay did, for the command line's summary and the tests.
struct ReplaySummary {
    ExecutorStats stats;
    Money startingEquity;
    Money endingEquity;
    double wallSeconds = 0.0;
    double barsPerSecond = 0.0;
    QStringList adjustedSymbols;           // prices adjusted by Lean factor files
    QList<ReplayWarning> warnings;         // in bar order
    QList<OpenPositionLine> openPositions; // still open at the end, by ticker
    // The journal could not be opened for the run (after openJournal() checked it): nothing was
    // replayed.
    QString journalError;

    // The keys of the headless run's --summary-json file.
    QJsonObject toJson() const;
    QString toText() const;
};

// The whole pipeline on replayed minute bars: ReplayFeed -> CloudSignalEngine -> TradeExecutor ->
// PaperBroker, journaled. One engine, a simulated clock: the same inputs give the same journal.
//
// Corporate actions: files are loaded with the config's replay_adjust_prices (Lean factor files,
// see ReplayFeed). In a symbol that no factor file adjusted, a close-to-open jump over
// replay_jump_reset_pct (CloseToOpenJump) resets that symbol's clouds at the new session's first
// bar, so no signal, stop or target comes from the EMAs of another price scale, and is a
// warning of the summary. The summary also lists the positions still open at the end.
class ReplaySession {
public:
    ReplaySession(const ExecutorConfig& config, Money startingEquity);
    ~ReplaySession();

    // Loads market data files (Lean minute zips or CSV). On error nothing is loaded from that
    // file and the message names the file and the line.
    bool addFile(const QString& path, QString* error);
    // Uses bars that are already loaded (benchmarks replay one feed many times).
    void setFeed(const ReplayFeed& feed);
    const ReplayFeed& feed() const { return m_feed; }
    // Journals the run into a SQLite file (created or migrated).
    bool openJournal(const QString& path, QString* error);
    // How the run's journal commits: Replay (the default; see TradeJournal::Durability) or Live,
    // which the tests use to check that both store the same rows.
    void setJournalDurability(TradeJournal::Durability durability) { m_durability = durability; }
    TradeJournal::Durability journalDurability() const { return m_durability; }
    // Audit (every signal and order event) unless set.
    void setJournalDetail(TradeJournal::Detail detail) { m_detail = detail; }

    ReplaySummary run();

    struct Parts; // the objects of one run (defined in the .cpp)

private:
    ExecutorConfig m_config;
    Money m_startingEquity;
    ReplayFeed m_feed;
    QString m_journalPath;
    TradeJournal::Durability m_durability = TradeJournal::Durability::Replay;
    TradeJournal::Detail m_detail = TradeJournal::Detail::Audit;
    SimClock m_probeClock;
    std::unique_ptr<TradeJournal> m_probe; // holds the journal's lock from openJournal() to run()
};

} // namespace axion
