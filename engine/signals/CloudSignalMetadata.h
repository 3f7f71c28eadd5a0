#pragma once

#include "core/CloudState.h"
#include "signals/ConvictionScorer.h"

#include <QJsonObject>
#include <optional>

namespace axion {

// What the built-in CloudSignalEngine says about one of its signals, as plain values. A replay
// emits tens of signals per thousand bars and journals or shows only some of them, so the JSON
// form (the contract's metadata object) is built only where it is needed: toJson(), called by
// Signal::metadataJson() at the journal and UI edges.
//
// toJson() gives exactly the object the engine used to attach to every signal:
//   source ("axion_cloud_signal_engine"), signal_role ("entry" / "exit"), stop_basis
//   ("macro_cloud" / "bar_extreme"), volume_ratio, candle_quality, and
//   entries: conviction_breakdown (ConvictionBreakdown::toJson()), fired_types (names of the
//            entry types that fired on the bar, in CloudSignalType order), crossed_cloud (cloud
//            crosses only: the cloud's name);
//   exit hints: exhaustion_bars.
struct CloudSignalMetadata {
    bool exitHint = false;           // signal_role "exit" (momentum_exhaustion)
    bool stopFromBarExtreme = false; // stop_basis "bar_extreme", else "macro_cloud"
    double volumeRatio = 0.0;
    double candleQuality = 0.0;
    // Entries only.
    ConvictionBreakdown conviction;
    quint32 firedTypes = 0; // bit i: CloudSignalType i fired on the bar (entry types only)
    std::optional<CloudLayer> crossedCloud;
    // Exit hints only.
    int exhaustionBars = 0;

    // The metadata object; keys of `extra` that it does not set itself are added to it.
    QJsonObject toJson(const QJsonObject& extra = {}) const;
};

} // namespace axion
