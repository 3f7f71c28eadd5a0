#pragma once

#include "config/ExecutorConfig.h"
#include "core/Money.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringView>
#include <array>
#include <optional>

namespace axion {

// The five reasons to stop trading (PRD-135 kill switch).
enum class KillTrigger {
    DailyLoss,
    Manual,
    BrokerUnreachable,
    EquityBelowMinimum,
    ConsecutiveLosses
};

// Stable snake_case names ("daily_loss", "manual", ...): used in the persisted state and journal.
QString toString(KillTrigger trigger);
std::optional<KillTrigger> killTriggerFromString(QStringView text);

// What check() looks at. Every value comes from the caller; the kill switch reads no clock.
struct KillSwitchInputs {
    Money startOfDayEquity; // base of the daily loss limit; <= 0 means "not known yet": not checked
    Money equity;           // current equity. Call check() only with a real account snapshot: a
                            // zero equity is below the minimum and trips (fail closed).
    // False while a broker has not reported its account yet (a remote broker just started):
    // the daily loss and the equity minimum are then not judged; the other triggers are.
    bool equityKnown = true;
    qint64 nowMs = 0;                    // UTC ms
    qint64 brokerUnreachableSinceMs = 0; // 0 = reachable; else when it was first seen unreachable
    // Closed trades' realized P&L / cost basis, oldest first (tradeReturn() computes one). Pass
    // only trades closed after lastResetAtMs(): a streak the operator acknowledged by resetting
    // the switch must not trip it again straight away.
    QList<double> recentTradeReturns;
};

// One automatic trigger against the inputs: both sides of check()'s comparison and whether it
// holds. status() computes it with check()'s own exact comparisons, and check() is the first
// firing one, so a view that shows the triggers can never disagree with the switch.
struct KillSwitchTriggerStatus {
    KillTrigger trigger = KillTrigger::DailyLoss;
    // The two sides of the comparison, exact, in the trigger's own unit:
    //   DailyLoss           Money units: the day's loss (start of day - equity; negative when up)
    //                       and the limit amount; both 0 when the start of day is not known
    //   BrokerUnreachable   ms: unreachable for (0 when reachable) and the API timeout
    //   EquityBelowMinimum  Money units: the equity and the minimum
    //   ConsecutiveLosses   trades: the latest closed in a row that each lost more than the
    //                       threshold, and how many of them trip the switch
    qint64 current = 0;
    qint64 limit = 0;
    // How close it is, for a gauge: 0 = far, 1 = at the limit, above 1 past it. Display only: a
    // double, so near the limit it may say 1 either way; `firing` is the exact answer.
    double usage = 0.0;
    bool firing = false; // check() trips on this trigger unless one before it fires

    bool operator==(const KillSwitchTriggerStatus&) const = default;
};

// The four automatic triggers in check()'s (PRD) order: daily loss, broker unreachable, equity
// below the minimum, consecutive losses.
using KillSwitchStatus = std::array<KillSwitchTriggerStatus, 4>;

struct KillSwitchTrip {
    KillTrigger trigger = KillTrigger::Manual;
    QString detail; // human-readable, with the numbers that tripped it
    qint64 atMs = 0;

    bool operator==(const KillSwitchTrip&) const = default;
};

// One entry of the audit trail: every activation (including repeats while already tripped) and
// every manual reset.
struct KillSwitchEvent {
    enum class Kind {
        Tripped,  // the switch went from armed to tripped
        Repeated, // activate() while already tripped: recorded, no new alert
        Reset     // deactivate(): detail is the operator's note, trigger the trip that was reset
    };
    Kind kind = Kind::Tripped;
    KillTrigger trigger = KillTrigger::Manual;
    QString detail;
    qint64 atMs = 0;

    bool operator==(const KillSwitchEvent&) const = default;
};

// What the executor must do after activate(). The commands are idempotent on the executor's side
// (deterministic client order ids), so a repeat activation re-asserts them without harm.
struct KillSwitchActions {
    bool haltEntries = false;
    bool cancelWorkingEntries = false;
    bool closeDayTrades = false; // day trades and scalps; swings keep their broker-side stops
    bool alert = false;
    QString alertMessage;

    bool operator==(const KillSwitchActions&) const = default;
};

// The kill switch: a pure check of the account against the five triggers plus a latch. Once
// tripped it stays tripped (also across restarts via toJson/fromJson) until an operator calls
// deactivate(); check() finding nothing later never resets it.
class KillSwitch {
public:
    explicit KillSwitch(const ExecutorConfig& config);
    // New limits from a changed configuration; the latch and the history stay as they are (a
    // tripped switch stays tripped until an operator resets it).
    void setLimits(const ExecutorConfig& config);

    // First trigger that fires, in PRD order: daily loss, broker unreachable, equity below the
    // minimum, consecutive losses. Manual is a command and never comes from check(). Pure: it
    // does not look at or change the latch. It is the first firing entry of status().
    std::optional<KillSwitchTrip> check(const KillSwitchInputs& in) const;
    // Every automatic trigger against the inputs, firing or not, in check()'s order. Pure like
    // check(), and does not allocate: the rule a dashboard shows.
    KillSwitchStatus status(const KillSwitchInputs& in) const;

    // Trips the switch. The first activation returns all four actions with an alert; another
    // activation while tripped is recorded in the history, keeps the original trip as the active
    // one and does not alert again.
    KillSwitchActions activate(KillTrigger trigger, const QString& detail, qint64 nowMs);
    // The only way back: an explicit operator command. Returns false (and records nothing) when
    // the switch is not tripped.
    bool deactivate(const QString& operatorNote, qint64 nowMs);

    bool isTripped() const { return m_active.has_value(); }
    std::optional<KillSwitchTrip> activeTrip() const { return m_active; }
    // Trips, repeats and resets, oldest first; the oldest are dropped beyond kMaxHistory (the
    // journal's event log keeps everything).
    QList<KillSwitchEvent> history() const { return m_history; }
    std::optional<qint64> lastResetAtMs() const { return m_lastResetAtMs; }

    static constexpr qsizetype kMaxHistory = 1000;

    // realized P&L / cost basis as a ratio (-0.035 = lost 3.5%). Both amounts are exact integers,
    // so the division rounds once and an exact -3% gives the same double as the literal -0.03:
    // the strict "worse than 3%" comparison is exact at the boundary. 0 when cost is not positive.
    static double tradeReturn(Money realizedPnl, Money costBasis);

    QJsonObject toJson() const;
    // A tripped switch loads tripped with its reason and history. Anything malformed is an error
    // (nullopt + *error); a caller that cannot load the state must treat the switch as tripped.
    static std::optional<KillSwitch> fromJson(const ExecutorConfig& config, const QJsonObject& json,
                                              QString* error);

private:
    void record(KillSwitchEvent event);

    // Copies of the limits, so a KillSwitch never dangles on a config that went away.
    double m_dailyLossLimit = 0.0;
    qint64 m_dailyLossNumerator = 0; // the limit as an exact fraction (see the .cpp)
    Money m_minAccountEquity;
    qint64 m_apiTimeoutMs = 0;
    int m_consecutiveLossThreshold = 0;
    double m_consecutiveLossPct = 0.0;

    std::optional<KillSwitchTrip> m_active;
    QList<KillSwitchEvent> m_history;
    std::optional<qint64> m_lastResetAtMs;
};

} // namespace axion
