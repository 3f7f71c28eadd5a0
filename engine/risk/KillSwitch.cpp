#include "risk/KillSwitch.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QStringList>
#include <algorithm>
#include <array>
#include <cmath>

namespace axion {

namespace {

constexpr std::array<const char16_t*, 5> kTriggerNames{
    u"daily_loss", u"manual", u"broker_unreachable", u"equity_below_minimum",
    u"consecutive_losses"};
constexpr std::array<const char16_t*, 3> kEventKindNames{u"tripped", u"repeated", u"reset"};

constexpr int kJsonVersion = 1;

// The loss limit is a ratio from the config; it is turned into an exact fraction N / kRatioDenom
// so that "loss > ratio x equity" is decided in integers and the boundary (exactly -10%) is exact.
constexpr qint64 kRatioDenom = 100'000'000;

// The ratio as N / kRatioDenom, 0 <= N <= kRatioDenom.
qint64 ratioNumerator(double ratio) {
    return std::clamp<qint64>(std::llround(ratio * static_cast<double>(kRatioDenom)), 0,
                              kRatioDenom);
}

// floor(units x numer / kRatioDenom) for units >= 0, exactly, without overflowing int64.
qint64 floorFraction(qint64 units, qint64 numer) {
    const qint64 whole = units / kRatioDenom;
    const qint64 rest = units % kRatioDenom; // < 1e8, so rest x numer < 1e16
    return whole * numer + (rest * numer) / kRatioDenom;
}

QString dollars(Money m) {
    return u'$' + m.toString();
}

QString percent(double ratio, int decimals) {
    return QString::number(ratio * 100.0, 'f', decimals) + u'%';
}

QString humanName(KillTrigger t) {
    switch (t) {
    case KillTrigger::DailyLoss:
        return QStringLiteral("daily loss limit");
    case KillTrigger::Manual:
        return QStringLiteral("manual");
    case KillTrigger::BrokerUnreachable:
        return QStringLiteral("broker unreachable");
    case KillTrigger::EquityBelowMinimum:
        return QStringLiteral("equity below minimum");
    case KillTrigger::ConsecutiveLosses:
        return QStringLiteral("consecutive losses");
    }
    return {};
}

QString eventKindName(KillSwitchEvent::Kind k) {
    return QString::fromUtf16(kEventKindNames[static_cast<std::size_t>(k)]);
}

std::optional<KillSwitchEvent::Kind> eventKindFromString(QStringView text) {
    for (std::size_t i = 0; i < kEventKindNames.size(); ++i) {
        if (text == QStringView(kEventKindNames[i]))
            return static_cast<KillSwitchEvent::Kind>(i);
    }
    return std::nullopt;
}

// Timestamps are whole, non-negative milliseconds; JSON numbers hold them exactly below 2^53.
std::optional<qint64> readMs(const QJsonObject& o, QStringView key) {
    const QJsonValue v = o.value(key);
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (!std::isfinite(d) || d < 0 || d > 9'007'199'254'740'992.0 || std::floor(d) != d)
        return std::nullopt;
    return static_cast<qint64>(d);
}

bool fail(QString* error, const QString& message) {
    if (error)
        *error = message;
    return false;
}

// Reads {"trigger", "detail", "at_ms"}, shared by the active trip and the history entries.
bool readTripFields(const QJsonObject& o, const QString& where, KillTrigger* trigger,
                    QString* detail, qint64* atMs, QString* error) {
    const QJsonValue t = o.value(u"trigger");
    const auto parsed = t.isString() ? killTriggerFromString(t.toString()) : std::nullopt;
    if (!parsed)
        return fail(error, where + QStringLiteral(": missing or unknown \"trigger\""));
    const QJsonValue d = o.value(u"detail");
    if (!d.isString())
        return fail(error, where + QStringLiteral(": \"detail\" must be a string"));
    const auto at = readMs(o, u"at_ms");
    if (!at)
        return fail(error, where + QStringLiteral(": \"at_ms\" must be a whole number of ms >= 0"));
    *trigger = *parsed;
    *detail = d.toString();
    *atMs = *at;
    return true;
}

} // namespace

QString toString(KillTrigger trigger) {
    return QString::fromUtf16(kTriggerNames[static_cast<std::size_t>(trigger)]);
}

std::optional<KillTrigger> killTriggerFromString(QStringView text) {
    for (std::size_t i = 0; i < kTriggerNames.size(); ++i) {
        if (text == QStringView(kTriggerNames[i]))
            return static_cast<KillTrigger>(i);
    }
    return std::nullopt;
}

KillSwitch::KillSwitch(const ExecutorConfig& config) {
    setLimits(config);
}

void KillSwitch::setLimits(const ExecutorConfig& config) {
    m_dailyLossLimit = config.dailyLossLimit;
    m_dailyLossNumerator = ratioNumerator(m_dailyLossLimit); // once, not on every check
    m_minAccountEquity = config.minAccountEquity;
    m_apiTimeoutMs = static_cast<qint64>(config.apiTimeoutSeconds) * 1000;
    m_consecutiveLossThreshold = config.consecutiveLossThreshold;
    m_consecutiveLossPct = config.consecutiveLossPct;
}

KillSwitchStatus KillSwitch::status(const KillSwitchInputs& in) const {
    KillSwitchStatus out;

    // (a) Daily loss strictly greater than the limit: losing exactly 10% still trades.
    KillSwitchTriggerStatus& loss = out[0];
    loss.trigger = KillTrigger::DailyLoss;
    if (in.startOfDayEquity.isPositive() && in.equityKnown) {
        const Money amount = in.startOfDayEquity - in.equity;
        const Money limit =
            Money::fromUnits(floorFraction(in.startOfDayEquity.units(), m_dailyLossNumerator));
        loss.current = amount.units();
        loss.limit = limit.units();
        loss.firing = amount > limit;
        if (limit.isPositive())
            loss.usage = std::max(0.0, amount.toDouble() / limit.toDouble());
        else
            loss.usage = loss.firing ? 1.0 : 0.0;
    }

    // (c) Broker unreachable for strictly longer than the API timeout.
    KillSwitchTriggerStatus& broker = out[1];
    broker.trigger = KillTrigger::BrokerUnreachable;
    broker.limit = m_apiTimeoutMs;
    if (in.brokerUnreachableSinceMs > 0) {
        broker.current = in.nowMs - in.brokerUnreachableSinceMs;
        broker.firing = broker.current > m_apiTimeoutMs;
        if (m_apiTimeoutMs > 0)
            broker.usage = std::max(0.0, static_cast<double>(broker.current) /
                                             static_cast<double>(m_apiTimeoutMs));
        else
            broker.usage = broker.firing ? 1.0 : 0.0;
    }

    // (d) Equity below the pattern-day-trader minimum; exactly the minimum is allowed.
    KillSwitchTriggerStatus& equity = out[2];
    equity.trigger = KillTrigger::EquityBelowMinimum;
    equity.current = in.equity.units();
    equity.limit = m_minAccountEquity.units();
    equity.firing = in.equityKnown && in.equity < m_minAccountEquity;
    equity.usage =
        in.equity.isPositive() ? m_minAccountEquity.toDouble() / in.equity.toDouble() : 1.0;

    // (e) The last N closed trades all lost strictly more than the threshold of their cost: the
    // latest run of such losses is at least N long.
    KillSwitchTriggerStatus& streak = out[3];
    streak.trigger = KillTrigger::ConsecutiveLosses;
    streak.limit = m_consecutiveLossThreshold;
    qsizetype run = 0;
    for (qsizetype i = in.recentTradeReturns.size() - 1; i >= 0; --i) {
        // NaN compares false, so a trade with an unknown return never counts as a loss.
        if (!(in.recentTradeReturns[i] < -m_consecutiveLossPct))
            break;
        ++run;
    }
    streak.current = run;
    streak.firing = m_consecutiveLossThreshold > 0 && run >= m_consecutiveLossThreshold;
    streak.usage = m_consecutiveLossThreshold > 0
                       ? static_cast<double>(run) / static_cast<double>(m_consecutiveLossThreshold)
                       : 0.0;
    return out;
}

std::optional<KillSwitchTrip> KillSwitch::check(const KillSwitchInputs& in) const {
    const KillSwitchStatus all = status(in);
    const auto first = std::find_if(all.cbegin(), all.cend(),
                                    [](const KillSwitchTriggerStatus& t) { return t.firing; });
    if (first == all.cend())
        return std::nullopt;

    // Formatted only when it trips: the check runs on every bar of a held ticker.
    QString detail;
    switch (first->trigger) {
    case KillTrigger::DailyLoss: {
        const Money loss = Money::fromUnits(first->current);
        const double lossRatio = loss.toDouble() / in.startOfDayEquity.toDouble(); // display only
        detail = QStringLiteral("daily loss %1 (%2 of start-of-day equity %3) exceeds the %4 "
                                "limit (%5)")
                     .arg(dollars(loss), percent(lossRatio, 4), dollars(in.startOfDayEquity),
                          percent(m_dailyLossLimit, 2), dollars(Money::fromUnits(first->limit)));
        break;
    }
    case KillTrigger::BrokerUnreachable:
        detail = QStringLiteral("broker unreachable for %1 s (limit %2 s)")
                     .arg(QString::number(static_cast<double>(first->current) / 1000.0, 'f', 3),
                          QString::number(m_apiTimeoutMs / 1000));
        break;
    case KillTrigger::EquityBelowMinimum:
        detail = QStringLiteral("equity %1 is below the %2 minimum")
                     .arg(dollars(in.equity), dollars(m_minAccountEquity));
        break;
    case KillTrigger::ConsecutiveLosses: {
        QStringList shown;
        for (qsizetype i = in.recentTradeReturns.size() - first->limit;
             i < in.recentTradeReturns.size(); ++i)
            shown << percent(in.recentTradeReturns[i], 2);
        detail = QStringLiteral("last %1 closed trades each lost more than %2: %3")
                     .arg(QString::number(first->limit), percent(m_consecutiveLossPct, 2),
                          shown.join(QStringLiteral(", ")));
        break;
    }
    case KillTrigger::Manual:
        break; // a command, never a status
    }
    return KillSwitchTrip{first->trigger, detail, in.nowMs};
}

KillSwitchActions KillSwitch::activate(KillTrigger trigger, const QString& detail, qint64 nowMs) {
    KillSwitchActions actions;
    actions.haltEntries = true;
    actions.cancelWorkingEntries = true;
    actions.closeDayTrades = true;
    if (m_active) {
        record({KillSwitchEvent::Kind::Repeated, trigger, detail, nowMs});
        return actions;
    }
    m_active = KillSwitchTrip{trigger, detail, nowMs};
    record({KillSwitchEvent::Kind::Tripped, trigger, detail, nowMs});
    actions.alert = true;
    actions.alertMessage =
        detail.isEmpty()
            ? QStringLiteral("KILL SWITCH tripped (%1)").arg(humanName(trigger))
            : QStringLiteral("KILL SWITCH tripped (%1): %2").arg(humanName(trigger), detail);
    return actions;
}

bool KillSwitch::deactivate(const QString& operatorNote, qint64 nowMs) {
    if (!m_active)
        return false;
    record({KillSwitchEvent::Kind::Reset, m_active->trigger, operatorNote, nowMs});
    m_active.reset();
    m_lastResetAtMs = nowMs;
    return true;
}

double KillSwitch::tradeReturn(Money realizedPnl, Money costBasis) {
    if (!costBasis.isPositive())
        return 0.0;
    return static_cast<double>(realizedPnl.units()) / static_cast<double>(costBasis.units());
}

void KillSwitch::record(KillSwitchEvent event) {
    m_history.append(std::move(event));
    if (m_history.size() > kMaxHistory)
        m_history.remove(0, m_history.size() - kMaxHistory);
}

QJsonObject KillSwitch::toJson() const {
    QJsonObject o;
    o.insert(u"version", kJsonVersion);
    o.insert(u"tripped", m_active.has_value());
    if (m_active) {
        o.insert(u"active",
                 QJsonObject{{QStringLiteral("trigger"), toString(m_active->trigger)},
                             {QStringLiteral("detail"), m_active->detail},
                             {QStringLiteral("at_ms"), static_cast<double>(m_active->atMs)}});
    }
    if (m_lastResetAtMs)
        o.insert(u"last_reset_at_ms", static_cast<double>(*m_lastResetAtMs));
    QJsonArray history;
    for (const KillSwitchEvent& e : m_history) {
        history.append(QJsonObject{{QStringLiteral("event"), eventKindName(e.kind)},
                                   {QStringLiteral("trigger"), toString(e.trigger)},
                                   {QStringLiteral("detail"), e.detail},
                                   {QStringLiteral("at_ms"), static_cast<double>(e.atMs)}});
    }
    o.insert(u"history", history);
    return o;
}

std::optional<KillSwitch> KillSwitch::fromJson(const ExecutorConfig& config,
                                               const QJsonObject& json, QString* error) {
    const QJsonValue version = json.value(u"version");
    if (!version.isDouble() || version.toInteger(-1) != kJsonVersion) {
        fail(error, QStringLiteral("kill switch state: unsupported or missing \"version\""));
        return std::nullopt;
    }
    const QJsonValue tripped = json.value(u"tripped");
    if (!tripped.isBool()) {
        fail(error, QStringLiteral("kill switch state: \"tripped\" must be true or false"));
        return std::nullopt;
    }

    KillSwitch ks(config);
    const QJsonValue active = json.value(u"active");
    if (tripped.toBool()) {
        if (!active.isObject()) {
            fail(error, QStringLiteral("kill switch state: tripped but \"active\" is missing"));
            return std::nullopt;
        }
        KillSwitchTrip trip;
        if (!readTripFields(active.toObject(), QStringLiteral("kill switch state: active"),
                            &trip.trigger, &trip.detail, &trip.atMs, error))
            return std::nullopt;
        ks.m_active = trip;
    } else if (!active.isUndefined()) {
        // Contradictory state is corruption, not something to guess about.
        fail(error, QStringLiteral("kill switch state: not tripped but has an \"active\" trip"));
        return std::nullopt;
    }

    if (json.contains(u"last_reset_at_ms")) {
        const auto reset = readMs(json, u"last_reset_at_ms");
        if (!reset) {
            fail(error, QStringLiteral("kill switch state: \"last_reset_at_ms\" must be a whole "
                                       "number of ms >= 0"));
            return std::nullopt;
        }
        ks.m_lastResetAtMs = *reset;
    }

    const QJsonValue history = json.value(u"history");
    if (!history.isArray()) {
        fail(error, QStringLiteral("kill switch state: \"history\" must be an array"));
        return std::nullopt;
    }
    const QJsonArray entries = history.toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString where = QStringLiteral("kill switch state: history[%1]").arg(i);
        if (!entries[i].isObject()) {
            fail(error, where + QStringLiteral(" must be an object"));
            return std::nullopt;
        }
        const QJsonObject entry = entries[i].toObject();
        const QJsonValue kind = entry.value(u"event");
        const auto parsedKind = kind.isString() ? eventKindFromString(kind.toString())
                                                : std::optional<KillSwitchEvent::Kind>{};
        if (!parsedKind) {
            fail(error, where + QStringLiteral(": missing or unknown \"event\""));
            return std::nullopt;
        }
        KillSwitchEvent e;
        e.kind = *parsedKind;
        if (!readTripFields(entry, where, &e.trigger, &e.detail, &e.atMs, error))
            return std::nullopt;
        ks.record(std::move(e));
    }
    return ks;
}

} // namespace axion
