#pragma once

#include "config/ExecutorConfig.h"
#include "core/CloudState.h"
#include "core/ExitReason.h"
#include "core/Position.h"
#include "market/Bar.h"
#include "market/ExhaustionRun.h"

#include <QString>
#include <QStringView>
#include <array>
#include <optional>

namespace axion {

// Per-position memory the caller keeps between bars of the position's timeframe. A fresh
// (default) tracker belongs to a position that has not been evaluated yet.
struct ExitTracker {
    // Same-coloured closes outside the fast 5/12 cloud (the signal engine's run too): a run on
    // the position's side (+1 long, -1 short) is the momentum exhaustion exit.
    ExhaustionRun exhaustion;
    // Fast cloud colour on the previous bar; empty before the first bar (no flip can be judged).
    std::optional<bool> previousFastBullish;

    bool operator==(const ExitTracker&) const = default;
};

// The outcome of one evaluation. Plain integers only, so that evaluate() never allocates.
struct ExitDecision {
    ExitReason reason = ExitReason::None; // highest-priority exit that fired
    quint32 firedMask = 0;                // bit(r) for every exit r that fired

    static constexpr quint32 bit(ExitReason r) { return 1u << static_cast<int>(r); }

    bool shouldExit() const { return reason != ExitReason::None; }
    bool fired(ExitReason r) const { return r != ExitReason::None && (firedMask & bit(r)) != 0; }
    // "stop_loss (also fired: cloud_flip, eod_close)"; "none" when nothing fired. Built on
    // demand only, for the journal and the UI, never on the per-bar path.
    QString describe() const;

    bool operator==(const ExitDecision&) const = default;
};

// The strategy exits as a pure decision: the caller passes the position, the closed bar, the
// clouds at that bar, the tracker and the times; nothing here reads a clock or does I/O.
class ExitMonitor {
public:
    explicit ExitMonitor(const ExecutorConfig& config);

    // The EOD rule (6): day trades and scalps are flat by the cutoff (UTC ms, 0 = none). The
    // executor applies it by the clock to every trade, whatever its ticker prints.
    static bool eodCloseDue(TradeType type, qint64 nowMs, qint64 eodCutoffMs) {
        return isIntraday(type) && eodCutoffMs > 0 && nowMs >= eodCutoffMs;
    }

    // The tracker of a position opened now: it knows the fast cloud's colour at the entry, so a
    // flip against the position on the first bar evaluated after the entry is an exit. A fresh
    // tracker when the cloud has no values yet or no colour (zero thickness).
    static ExitTracker trackerAtEntry(const std::array<CloudState, kCloudLayerCount>& clouds);

    // Evaluates one position on one closed bar of its timeframe and updates `tracker`.
    // `clouds` is indexed by static_cast<int>(CloudLayer). nowMs is the UTC ms of the bar close;
    // eodCutoffMs is the day's EOD cutoff in UTC ms (0 = none, e.g. not a trading day).
    ExitDecision evaluate(const Position& p, const Bar& bar,
                          const std::array<CloudState, kCloudLayerCount>& clouds,
                          ExitTracker& tracker, qint64 nowMs, qint64 eodCutoffMs) const;

    // entry +/- rewardToRisk x |entry - initialStop|, rounded half away from zero to 1/10,000 $.
    // Equals the entry when the position has no initial stop (no risk, no target).
    Price targetPrice(const Position& p) const;

    CloudLayer trailingLayer() const { return m_trailingLayer; }

private:
    // Copies of the settings, not a reference to the config: the monitor must stay valid when
    // the config it was built from is replaced.
    double m_rewardToRisk;
    qint64 m_timeStopMs;
    double m_minProgressR;
    int m_exhaustionBars;
    CloudLayer m_trailingLayer;
};

} // namespace axion
