#pragma once

#include "core/CloudState.h"
#include "core/Direction.h"
#include "core/Price.h"
#include "signals/CloudSignalMetadata.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace axion {

// A trade signal as the PRD-134 engine's TradeSignal.to_dict() describes it, after parsing and
// validation (see SignalParser): prices are fixed point, defaults are filled in.
struct Signal {
    QString signalId;   // given, or derived from ticker/type/timeframe/timestamp
    QString signalType; // e.g. "cloud_flip_bullish"
    Direction direction = Direction::Long;
    QString ticker;
    QString timeframe; // "1m", "5m", "10m", "1h", "1d"
    int conviction = 0;
    Price entryPrice;
    Price stopLoss;
    std::optional<Price> targetPrice;
    QList<CloudState> cloudStates;
    qint64 timestampMs = 0;
    QJsonObject metadata; // as received: includes unknown fields of the input
    // Set by the built-in CloudSignalEngine instead of building `metadata`: its values as plain
    // fields, turned into JSON only where a signal is journaled or shown (metadataJson()).
    std::optional<CloudSignalMetadata> engineMetadata;
    TradeType tradeType = TradeType::Day;
    bool volumeConfirmed = false;
    QString sector;
    // Where the signal came from (kBuiltIn, kHttp, kWebSocket, kEmaSignals): journaled with it
    // and shown in the Signals tab. Not part of the §5 contract: the receiver sets it.
    QString source;
    static constexpr auto kBuiltIn = "built-in";
    static constexpr auto kHttp = "http";
    static constexpr auto kWebSocket = "websocket";
    static constexpr auto kEmaSignals = "ema_signals";

    // The complete metadata object: `metadata` with engineMetadata's keys (which win) added.
    // What the journal stores and the UI shows.
    QJsonObject metadataJson() const {
        return engineMetadata ? engineMetadata->toJson(metadata) : metadata;
    }

    // Per-share distance from entry to stop (always >= 0).
    Price stopDistance() const { return (entryPrice - stopLoss).abs(); }

    const CloudState* cloud(CloudLayer layer) const {
        for (const CloudState& c : cloudStates) {
            if (c.layer == layer)
                return &c;
        }
        return nullptr;
    }
};

} // namespace axion
