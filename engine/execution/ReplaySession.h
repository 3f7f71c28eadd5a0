#pragma once

#include "config/ExecutorConfig.h"
#include "execution/TradeExecutor.h"
#include "market/ReplayFeed.h"

#include <QJsonObject>
#include <QString>
#include <memory>

namespace axion {

// What a replay did, for the command line's summary and the tests.
struct ReplaySummary {
    ExecutorStats stats;
    Money startingEquity;
    Money endingEquity;
    double wallSeconds = 0.0;
    double barsPerSecond = 0.0;

    // The keys of the headless run's --summary-json file.
    QJsonObject toJson() const;
    QString toText() const;
};

// The whole pipeline on replayed minute bars: ReplayFeed -> CloudSignalEngine -> TradeExecutor ->
// PaperBroker, journaled. One engine, a simulated clock: the same inputs give the same journal.
class ReplaySession {
public:
    ReplaySession(const ExecutorConfig& config, Money startingEquity);
    ~ReplaySession();

    // Loads market data files (Lean minute zips or CSV). On error nothing is loaded from that
    // file and the message names the file and the line.
    bool addFile(const QString& path, QString* error);
    // Uses bars that are already loaded (benchmarks replay one feed many times).
    void setFeed(const ReplayFeed& feed);
    // Journals the run into a SQLite file (created or migrated).
    bool openJournal(const QString& path, QString* error);

    ReplaySummary run();

    struct Parts; // the objects of one run (defined in the .cpp)

private:
    ExecutorConfig m_config;
    Money m_startingEquity;
    ReplayFeed m_feed;
    QString m_journalPath;
};

} // namespace axion
