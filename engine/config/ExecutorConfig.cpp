#include "config/ExecutorConfig.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <cmath>
#include <variant>

namespace axion {

namespace {

// The JSON schema as data: one row per field, so toJson, fromJson and the unknown-key check can
// never disagree about names.
using Member =
    std::variant<double ExecutorConfig::*, int ExecutorConfig::*, qint64 ExecutorConfig::*,
                 bool ExecutorConfig::*, QString ExecutorConfig::*, Money ExecutorConfig::*>;
struct Field {
    const char* key;
    Member member;
};

const Field kFields[] = {
    {"max_risk_per_trade", &ExecutorConfig::maxRiskPerTrade},
    {"max_concurrent_positions", &ExecutorConfig::maxConcurrentPositions},
    {"daily_loss_limit", &ExecutorConfig::dailyLossLimit},
    {"max_single_stock_exposure", &ExecutorConfig::maxSingleStockExposure},
    {"max_sector_exposure", &ExecutorConfig::maxSectorExposure},
    {"min_account_equity", &ExecutorConfig::minAccountEquity},
    {"trading_mode", &ExecutorConfig::tradingMode},
    {"primary_broker", &ExecutorConfig::primaryBroker},
    {"fallback_broker", &ExecutorConfig::fallbackBroker},
    {"slippage_buffer", &ExecutorConfig::slippageBuffer},
    {"paper_slippage", &ExecutorConfig::paperSlippage},
    {"default_time_in_force", &ExecutorConfig::defaultTimeInForce},
    {"high_conviction_order_type", &ExecutorConfig::highConvictionOrderType},
    {"medium_conviction_order_type", &ExecutorConfig::mediumConvictionOrderType},
    {"scale_in_enabled", &ExecutorConfig::scaleInEnabled},
    {"scale_in_initial_pct", &ExecutorConfig::scaleInInitialPct},
    {"min_conviction", &ExecutorConfig::minConviction},
    {"high_conviction", &ExecutorConfig::highConviction},
    {"medium_conviction_multiplier", &ExecutorConfig::mediumConvictionMultiplier},
    {"max_position_shares", &ExecutorConfig::maxPositionShares},
    {"limit_entry_expiry_bars", &ExecutorConfig::limitEntryExpiryBars},
    {"entry_cloud", &ExecutorConfig::entryCloud},
    {"volume_confirm_ratio", &ExecutorConfig::volumeConfirmRatio},
    {"reward_to_risk_target", &ExecutorConfig::rewardToRiskTarget},
    {"time_stop_minutes", &ExecutorConfig::timeStopMinutes},
    {"time_stop_min_progress_r", &ExecutorConfig::timeStopMinProgressR},
    {"eod_close_time", &ExecutorConfig::eodCloseTime},
    {"trailing_stop_cloud", &ExecutorConfig::trailingStopCloud},
    {"momentum_exhaustion_bars", &ExecutorConfig::momentumExhaustionBars},
    {"consecutive_loss_threshold", &ExecutorConfig::consecutiveLossThreshold},
    {"consecutive_loss_pct", &ExecutorConfig::consecutiveLossPct},
    {"api_timeout_seconds", &ExecutorConfig::apiTimeoutSeconds},
    {"signal_max_age_seconds", &ExecutorConfig::signalMaxAgeSeconds},
    {"signal_max_future_seconds", &ExecutorConfig::signalMaxFutureSeconds},
    {"signal_database", &ExecutorConfig::signalDatabase},
    {"replay_adjust_prices", &ExecutorConfig::replayAdjustPrices},
    {"replay_jump_reset_pct", &ExecutorConfig::replayJumpResetPct},
};

constexpr auto kSectorMap = "sector_map";
constexpr auto kWatchlist = "watchlist";
// Above 10 % a simulated fill says more about the setting than about the market.
constexpr double kMaxPaperSlippage = 0.1;
constexpr auto kEmaPriceSource = "ema_price_source";
constexpr auto kEmaSeeding = "ema_seeding";

QString key(const char* k) {
    return QString::fromLatin1(k);
}

QJsonValue toJsonValue(const ExecutorConfig& c, const Member& m) {
    return std::visit(
        [&c](auto ptr) -> QJsonValue {
            using T = std::decay_t<decltype(c.*ptr)>;
            if constexpr (std::is_same_v<T, Money>)
                return (c.*ptr).toDouble();
            else if constexpr (std::is_same_v<T, qint64>)
                return static_cast<double>(c.*ptr);
            else
                return c.*ptr;
        },
        m);
}

bool isWhole(double v) {
    return std::isfinite(v) && std::floor(v) == v && std::abs(v) < 9.0e15;
}

// Reads one value; returns an error message or an empty string.
QString fromJsonValue(ExecutorConfig& c, const Member& m, const QJsonValue& v) {
    return std::visit(
        [&c, &v](auto ptr) -> QString {
            using T = std::decay_t<decltype(c.*ptr)>;
            if constexpr (std::is_same_v<T, bool>) {
                if (!v.isBool())
                    return QStringLiteral("must be true or false");
                c.*ptr = v.toBool();
            } else if constexpr (std::is_same_v<T, QString>) {
                if (!v.isString())
                    return QStringLiteral("must be a string");
                c.*ptr = v.toString();
            } else if constexpr (std::is_same_v<T, Money>) {
                std::optional<Money> money;
                if (v.isDouble())
                    money = Money::fromDouble(v.toDouble());
                else if (v.isString())
                    money = Money::parse(v.toString());
                if (!money)
                    return QStringLiteral(
                        "must be an amount in dollars (number or decimal string)");
                c.*ptr = *money;
            } else if constexpr (std::is_same_v<T, double>) {
                if (!v.isDouble() || !std::isfinite(v.toDouble()))
                    return QStringLiteral("must be a number");
                c.*ptr = v.toDouble();
            } else {
                if (!v.isDouble() || !isWhole(v.toDouble()))
                    return QStringLiteral("must be a whole number");
                c.*ptr = static_cast<T>(v.toDouble());
            }
            return {};
        },
        m);
}

void checkFraction(QList<ConfigError>& errors, const char* field, double value, bool allowZero) {
    if (!std::isfinite(value) || value < 0.0 || value > 1.0 || (!allowZero && value == 0.0)) {
        errors.append({key(field), QStringLiteral("must be a fraction %1 (1 = 100%), got %2")
                                       .arg(allowZero ? QStringLiteral("from 0 to 1")
                                                      : QStringLiteral("above 0, at most 1"))
                                       .arg(value)});
    }
}

void checkPositive(QList<ConfigError>& errors, const char* field, double value) {
    if (!(value > 0.0))
        errors.append({key(field), QStringLiteral("must be greater than zero, got %1").arg(value)});
}

bool isCloudName(const QString& name) {
    static const QStringList names{QStringLiteral("fast"), QStringLiteral("pullback"),
                                   QStringLiteral("trend"), QStringLiteral("macro"),
                                   QStringLiteral("long_term")};
    return names.contains(name);
}

} // namespace

QStringList ExecutorConfig::knownBrokers() {
    return {QStringLiteral("paper"), QStringLiteral("alpaca"), QStringLiteral("ibkr")};
}

QJsonObject ExecutorConfig::toJson() const {
    QJsonObject json;
    for (const Field& f : kFields)
        json.insert(key(f.key), toJsonValue(*this, f.member));
    QJsonObject sectors;
    for (auto it = sectorMap.cbegin(); it != sectorMap.cend(); ++it)
        sectors.insert(it.key(), it.value());
    json.insert(key(kSectorMap), sectors);
    json.insert(key(kWatchlist), QJsonArray::fromStringList(watchlist));
    json.insert(key(kEmaPriceSource), emaPriceSource == EmaPriceSource::Close
                                          ? QStringLiteral("close")
                                          : QStringLiteral("hl2"));
    json.insert(key(kEmaSeeding), emaSeeding == EmaSeeding::FirstValue
                                      ? QStringLiteral("first_value")
                                      : QStringLiteral("sma"));
    return json;
}

ExecutorConfig ExecutorConfig::fromJson(const QJsonObject& json, QList<ConfigError>* errors) {
    ExecutorConfig c;
    QList<ConfigError> errs;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString name = it.key();
        const Field* field = nullptr;
        for (const Field& f : kFields) {
            if (name == QLatin1String(f.key))
                field = &f;
        }
        if (field) {
            const QString problem = fromJsonValue(c, field->member, it.value());
            if (!problem.isEmpty())
                errs.append({name, problem});
        } else if (name == QLatin1String(kSectorMap)) {
            if (!it.value().isObject()) {
                errs.append({name, QStringLiteral("must be an object of ticker: sector")});
                continue;
            }
            const QJsonObject map = it.value().toObject();
            for (auto s = map.begin(); s != map.end(); ++s) {
                if (!s.value().isString() || s.value().toString().isEmpty())
                    errs.append({name + u'.' + s.key(),
                                 QStringLiteral("sector must be a non-empty string")});
                else
                    c.sectorMap.insert(s.key().toUpper(), s.value().toString());
            }
        } else if (name == QLatin1String(kWatchlist)) {
            if (!it.value().isArray()) {
                errs.append({name, QStringLiteral("must be an array of tickers")});
                continue;
            }
            for (const QJsonValue& t : it.value().toArray()) {
                const QString ticker = t.toString().trimmed().toUpper();
                if (!t.isString() || ticker.isEmpty())
                    errs.append({name, QStringLiteral("tickers must be non-empty strings")});
                else if (!c.watchlist.contains(ticker))
                    c.watchlist.append(ticker);
            }
        } else if (name == QLatin1String(kEmaPriceSource)) {
            const QString v = it.value().toString();
            if (v == u"close")
                c.emaPriceSource = EmaPriceSource::Close;
            else if (v == u"hl2")
                c.emaPriceSource = EmaPriceSource::Hl2;
            else
                errs.append({name, QStringLiteral("must be \"close\" or \"hl2\"")});
        } else if (name == QLatin1String(kEmaSeeding)) {
            const QString v = it.value().toString();
            if (v == u"first_value")
                c.emaSeeding = EmaSeeding::FirstValue;
            else if (v == u"sma")
                c.emaSeeding = EmaSeeding::Sma;
            else
                errs.append({name, QStringLiteral("must be \"first_value\" or \"sma\"")});
        } else {
            errs.append({name, QStringLiteral("unknown setting")});
        }
    }
    if (errors)
        *errors = errs;
    return c;
}

QList<ConfigError> ExecutorConfig::validate() const {
    QList<ConfigError> e;
    checkFraction(e, "max_risk_per_trade", maxRiskPerTrade, false);
    checkFraction(e, "daily_loss_limit", dailyLossLimit, false);
    checkFraction(e, "max_single_stock_exposure", maxSingleStockExposure, false);
    checkFraction(e, "max_sector_exposure", maxSectorExposure, false);
    checkFraction(e, "slippage_buffer", slippageBuffer, true);
    if (!(paperSlippage >= 0.0 && paperSlippage <= kMaxPaperSlippage))
        e.append({key("paper_slippage"),
                  QStringLiteral("must be a fraction from 0 to %1 (0.001 = 0.1%): the paper "
                                 "broker's simulated slippage, got %2")
                      .arg(kMaxPaperSlippage)
                      .arg(paperSlippage)});
    checkFraction(e, "consecutive_loss_pct", consecutiveLossPct, false);
    checkFraction(e, "medium_conviction_multiplier", mediumConvictionMultiplier, false);
    if (!(scaleInInitialPct > 0.0 && scaleInInitialPct <= 1.0))
        e.append({key("scale_in_initial_pct"),
                  QStringLiteral("must be in (0, 1]: the fraction entered first, got %1")
                      .arg(scaleInInitialPct)});
    if (maxConcurrentPositions < 1)
        e.append({key("max_concurrent_positions"), QStringLiteral("must be at least 1")});
    if (minAccountEquity.isNegative())
        e.append({key("min_account_equity"), QStringLiteral("must not be negative")});
    if (tradingMode != u"paper" && tradingMode != u"live")
        e.append({key("trading_mode"),
                  QStringLiteral("must be \"paper\" or \"live\", got \"%1\"").arg(tradingMode)});
    if (!knownBrokers().contains(primaryBroker))
        e.append({key("primary_broker"), QStringLiteral("unknown broker \"%1\" (known: %2)")
                                             .arg(primaryBroker, knownBrokers().join(u", "))});
    if (hasFallbackBroker() && !knownBrokers().contains(fallbackBroker))
        e.append(
            {key("fallback_broker"), QStringLiteral("unknown broker \"%1\" (known: %2, or none)")
                                         .arg(fallbackBroker, knownBrokers().join(u", "))});
    if (hasFallbackBroker() && fallbackBroker == primaryBroker)
        e.append({key("fallback_broker"), QStringLiteral("must differ from primary_broker")});
    if (defaultTimeInForce != u"day" && defaultTimeInForce != u"gtc" &&
        defaultTimeInForce != u"ioc")
        e.append({key("default_time_in_force"), QStringLiteral("must be day, gtc or ioc")});
    for (auto [field, value] :
         {std::pair{"high_conviction_order_type", highConvictionOrderType},
          std::pair{"medium_conviction_order_type", mediumConvictionOrderType}}) {
        if (value != u"market" && value != u"limit")
            e.append({key(field), QStringLiteral("must be \"market\" or \"limit\"")});
    }
    if (minConviction < 0 || minConviction > 100)
        e.append({key("min_conviction"), QStringLiteral("must be within 0-100")});
    if (highConviction < minConviction || highConviction > 100)
        e.append({key("high_conviction"), QStringLiteral("must be within min_conviction-100")});
    if (maxPositionShares < 1)
        e.append({key("max_position_shares"), QStringLiteral("must be at least 1")});
    if (limitEntryExpiryBars < 1)
        e.append({key("limit_entry_expiry_bars"), QStringLiteral("must be at least 1")});
    if (!isCloudName(entryCloud))
        e.append({key("entry_cloud"),
                  QStringLiteral("must name a cloud: fast, pullback, trend, macro, long_term")});
    if (!isCloudName(trailingStopCloud))
        e.append({key("trailing_stop_cloud"),
                  QStringLiteral("must name a cloud: fast, pullback, trend, macro, long_term")});
    checkPositive(e, "volume_confirm_ratio", volumeConfirmRatio);
    checkPositive(e, "reward_to_risk_target", rewardToRiskTarget);
    if (timeStopMinutes < 1)
        e.append({key("time_stop_minutes"), QStringLiteral("must be at least 1")});
    if (timeStopMinProgressR < 0.0)
        e.append({key("time_stop_min_progress_r"), QStringLiteral("must not be negative")});
    const QTime eod = eodCutoff();
    if (eodCloseTime.size() != 5 || !eod.isValid())
        e.append({key("eod_close_time"),
                  QStringLiteral("must be a time HH:MM, got \"%1\"").arg(eodCloseTime)});
    else if (eod < QTime(9, 30) || eod > QTime(16, 0))
        e.append({key("eod_close_time"),
                  QStringLiteral("must fall within the regular session 09:30-16:00")});
    if (momentumExhaustionBars < 1)
        e.append({key("momentum_exhaustion_bars"), QStringLiteral("must be at least 1")});
    if (consecutiveLossThreshold < 1)
        e.append({key("consecutive_loss_threshold"), QStringLiteral("must be at least 1")});
    if (apiTimeoutSeconds < 1)
        e.append({key("api_timeout_seconds"), QStringLiteral("must be at least 1")});
    if (signalMaxAgeSeconds < 1)
        e.append({key("signal_max_age_seconds"), QStringLiteral("must be at least 1")});
    if (signalMaxFutureSeconds < 0)
        e.append({key("signal_max_future_seconds"), QStringLiteral("must not be negative")});
    checkFraction(e, "replay_jump_reset_pct", replayJumpResetPct, true);
    return e;
}

bool ExecutorConfig::load(const QString& path, ExecutorConfig* out, QList<ConfigError>* errors) {
    QList<ConfigError> errs;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        errs.append(
            {QString(), QStringLiteral("cannot read %1: %2").arg(path, file.errorString())});
    } else {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            errs.append({QString(), QStringLiteral("%1 is not valid JSON at offset %2: %3")
                                        .arg(path)
                                        .arg(parseError.offset)
                                        .arg(parseError.errorString())});
        } else if (!doc.isObject()) {
            errs.append({QString(), QStringLiteral("%1 must hold a JSON object").arg(path)});
        } else {
            ExecutorConfig c = fromJson(doc.object(), &errs);
            // A relative signal database is next to the config file, wherever the run started.
            if (!c.signalDatabase.isEmpty() && QDir::isRelativePath(c.signalDatabase))
                c.signalDatabase = QFileInfo(path).dir().absoluteFilePath(c.signalDatabase);
            if (errs.isEmpty())
                errs = c.validate();
            if (errs.isEmpty() && out)
                *out = c;
        }
    }
    if (errors)
        *errors = errs;
    return errs.isEmpty();
}

bool ExecutorConfig::save(const QString& path, QString* error) const {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

ExecutorConfig ExecutorConfig::liveApplicable(const ExecutorConfig& running,
                                              const ExecutorConfig& wanted) {
    ExecutorConfig out = wanted;
    out.tradingMode = running.tradingMode;
    out.primaryBroker = running.primaryBroker;
    out.fallbackBroker = running.fallbackBroker;
    out.paperSlippage = running.paperSlippage; // the paper broker is built at start
    out.emaPriceSource = running.emaPriceSource;
    out.emaSeeding = running.emaSeeding;
    out.volumeConfirmRatio = running.volumeConfirmRatio;
    out.rewardToRiskTarget = running.rewardToRiskTarget;
    out.momentumExhaustionBars = running.momentumExhaustionBars;
    out.sectorMap = running.sectorMap;
    out.signalDatabase = running.signalDatabase;
    return out;
}

QStringList ExecutorConfig::restartOnlyChanges(const ExecutorConfig& running,
                                               const ExecutorConfig& wanted) {
    // The JSON of the fields liveApplicable() keeps: whatever differs there waits.
    const ExecutorConfig applied = liveApplicable(running, wanted);
    const QJsonObject a = applied.toJson();
    const QJsonObject w = wanted.toJson();
    QStringList keys;
    for (auto it = w.constBegin(); it != w.constEnd(); ++it) {
        if (a.value(it.key()) != it.value())
            keys << it.key();
    }
    return keys;
}

} // namespace axion
