#pragma once

#include "core/Money.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

namespace axion {

enum class EmaPriceSource { Close, Hl2 };
enum class EmaSeeding {
    FirstValue, // pandas ewm(span=N, adjust=False): what the PRD-134 engine uses
    Sma         // TA-Lib / TradingView: first value is the SMA of the first N inputs
};

// One problem in a configuration, naming the JSON field it is about.
struct ConfigError {
    QString field;
    QString message;
    bool operator==(const ConfigError&) const = default;
};

// Every setting of the executor. Defaults are the PRD-135 configuration block (the aggressive
// risk profile) plus the settings of ours that the PRD leaves implicit. JSON keys are the
// snake_case names in the comments; percentages are fractions (0.05 = 5%).
struct ExecutorConfig {
    // --- Risk parameters (PRD aggressive profile)
    double maxRiskPerTrade = 0.05;                     // max_risk_per_trade
    int maxConcurrentPositions = 10;                   // max_concurrent_positions
    double dailyLossLimit = 0.10;                      // daily_loss_limit
    double maxSingleStockExposure = 0.15;              // max_single_stock_exposure
    double maxSectorExposure = 0.30;                   // max_sector_exposure
    Money minAccountEquity = Money::fromWhole(25'000); // min_account_equity (dollars)

    // --- Execution
    QString tradingMode = QStringLiteral("paper");      // trading_mode: paper | live
    QString primaryBroker = QStringLiteral("alpaca");   // primary_broker (used in live mode)
    QString fallbackBroker = QStringLiteral("ibkr");    // fallback_broker ("" or "none": none)
    double slippageBuffer = 0.001;                      // slippage_buffer: position sizing only
    double paperSlippage = 0.001;                       // paper_slippage: paper broker fills
    QString defaultTimeInForce = QStringLiteral("day"); // default_time_in_force

    // --- Entry
    QString highConvictionOrderType = QStringLiteral("market");  // high_conviction_order_type
    QString mediumConvictionOrderType = QStringLiteral("limit"); // medium_conviction_order_type
    bool scaleInEnabled = true;                                  // scale_in_enabled
    double scaleInInitialPct = 0.5;                              // scale_in_initial_pct
    int minConviction = 50;                          // min_conviction: below it, journal only
    int highConviction = 75;                         // high_conviction: full size, market entry
    double mediumConvictionMultiplier = 0.5;         // medium_conviction_multiplier
    qint64 maxPositionShares = 100'000;              // max_position_shares
    int limitEntryExpiryBars = 3;                    // limit_entry_expiry_bars
    QString entryCloud = QStringLiteral("pullback"); // entry_cloud: edge for limits and scale-ins
    double volumeConfirmRatio = 1.5;                 // volume_confirm_ratio

    // --- Exit
    double rewardToRiskTarget = 2.0;                        // reward_to_risk_target
    int timeStopMinutes = 120;                              // time_stop_minutes
    double timeStopMinProgressR = 0.5;                      // time_stop_min_progress_r
    QString eodCloseTime = QStringLiteral("15:55");         // eod_close_time (HH:MM, New York)
    QString trailingStopCloud = QStringLiteral("pullback"); // trailing_stop_cloud
    int momentumExhaustionBars = 3;                         // momentum_exhaustion_bars

    // --- Kill switch
    int consecutiveLossThreshold = 3; // consecutive_loss_threshold
    double consecutiveLossPct = 0.03; // consecutive_loss_pct
    int apiTimeoutSeconds = 60;       // api_timeout_seconds

    // --- Signals
    int signalMaxAgeSeconds = 300;     // signal_max_age_seconds: older is stale
    int signalMaxFutureSeconds = 5;    // signal_max_future_seconds: clock skew tolerance
    QHash<QString, QString> sectorMap; // sector_map: ticker -> sector
    // signal_database: the PRD-134 signal engine's SQLite file; its ema_signals table is polled
    // for new signals (SqliteSignalQueue). Empty: not polled.
    QString signalDatabase;
    // watchlist: tickers whose minute bars a live market feed streams (their clouds warmed up from
    // history at start) besides those of open trades and of accepted signals, which are watched
    // from then on. The replayed market has its own symbols and ignores it.
    QStringList watchlist;

    // --- Indicators
    EmaPriceSource emaPriceSource = EmaPriceSource::Close; // ema_price_source: close | hl2
    EmaSeeding emaSeeding = EmaSeeding::FirstValue;        // ema_seeding: first_value | sma

    // --- Replays (headless --replay and the replayed market of the headless service)
    // replay_adjust_prices: Lean minute zips are adjusted for splits and dividends by the factor
    // file beside their minute/ folder (factor_files/<sym>.csv). false (or --raw-prices): raw.
    bool replayAdjustPrices = true;
    // replay_jump_reset_pct: a close-to-open jump larger than this fraction of the previous close,
    // in a symbol no factor file adjusted, resets that symbol's clouds and is a warning of the
    // replay's summary (0: never).
    double replayJumpResetPct = 0.25;

    // The EOD cutoff as a time of day; on early-close days the calendar moves it (close - 5 min).
    QTime eodCutoff() const { return QTime::fromString(eodCloseTime, QStringLiteral("HH:mm")); }
    bool hasFallbackBroker() const {
        return !fallbackBroker.isEmpty() && fallbackBroker != u"none";
    }

    QJsonObject toJson() const;
    // Reads the fields present in `json` over the defaults. Unknown keys and wrongly typed values
    // are errors (a typo must not silently leave a default in place).
    static ExecutorConfig fromJson(const QJsonObject& json, QList<ConfigError>* errors);
    // Loads and validates; on any problem returns false and fills `errors`.
    static bool load(const QString& path, ExecutorConfig* out, QList<ConfigError>* errors);
    bool save(const QString& path, QString* error) const;

    QList<ConfigError> validate() const;

    static QStringList knownBrokers();

    // `wanted` as far as a running executor can take it (the settings dialog's OK while
    // trading): risk limits, sizing, entries, exits and the kill switch's limits change at once;
    // the fields only a restart can change keep their `running` values: the trading mode and
    // brokers (the router is built at start) and the paper broker's slippage, and what the signal
    // engine was built with (EMA price source and seeding, volume confirmation, reward-to-risk of
    // its targets, momentum exhaustion, the sector map) and the signal database that is polled.
    static ExecutorConfig liveApplicable(const ExecutorConfig& running,
                                         const ExecutorConfig& wanted);
    // The JSON keys of the fields that differ between `running` and `wanted` and wait for a
    // restart (see liveApplicable), in key order.
    static QStringList restartOnlyChanges(const ExecutorConfig& running,
                                          const ExecutorConfig& wanted);

    bool operator==(const ExecutorConfig&) const = default;
};

} // namespace axion
