#pragma once

#include "signals/SignalParser.h"

#include <QDateTime>
#include <QJsonObject>
#include <QVariant>
#include <optional>

namespace axion {

// One row of the PRD-134 signal engine's `ema_signals` table (DESIGN.md §5), as SQLite returned
// it. The columns stay QVariants: SQLite is dynamically typed, so a REAL column may hold text or
// NULL, and deciding what that means is the parser's job, not the reader's.
struct EmaSignalRow {
    qint64 id = 0;
    QVariant ticker;
    QVariant signalType;
    QVariant direction;
    QVariant timeframe;
    QVariant conviction;
    QVariant entryPrice;
    QVariant stopLoss;
    QVariant targetPrice;
    QVariant cloudStatesJson;
    QVariant metadataJson;
    QVariant createdAt;

    struct Conversion {
        QJsonObject object; // the §5 JSON contract; also the raw text journaled on a rejection
        // Set when the row cannot even be turned into the contract (bad JSON in a JSON column);
        // otherwise the parser decides.
        std::optional<SignalParseResult> rejection;
    };

    // The row as the §5 JSON object: cloud_states from cloud_states_json, metadata from
    // metadata_json, timestamp from created_at (ISO-8601 with offset). NULL columns are left out,
    // so the parser reports them as missing. Two fields of ours are added and end up in the
    // signal's metadata: "source" = "sqlite" and "ema_signals_id" = the row id, so a journaled
    // signal or rejection can be traced back to its row.
    Conversion toSignalObject() const;

    // created_at as SQLite and the PRD-134 engine write it: "2026-11-24 15:31:00" (SQLite's
    // CURRENT_TIMESTAMP and naive Python datetimes: UTC), optionally with fractional seconds
    // (Python writes microseconds), a 'T' separator, a "Z" or a "+hh:mm" offset; or a number of
    // seconds since the epoch. nullopt when it is none of these.
    static std::optional<QDateTime> parseCreatedAt(const QVariant& value);
};

} // namespace axion
