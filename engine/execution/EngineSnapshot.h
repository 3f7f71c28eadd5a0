#pragma once

#include "config/ExecutorConfig.h"
#include "core/BrokerConnectivity.h"
#include "core/Fill.h"
#include "core/Money.h"
#include "core/Position.h"
#include "execution/OrderBook.h"
#include "execution/TradeExecutor.h"
#include "market/ChartSeries.h"
#include "risk/KillSwitch.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <optional>
#include <vector>

namespace axion {

// What the engine thread publishes for the GUI. Everything here is a value: the GUI thread owns its
// copy and never reaches back into the engine. Snapshots are published at most 30 times a second
// and only when something changed; the GUI replaces its models' data with the newest one.

// One kill switch trigger as the Risk Dashboard shows it: the current value next to its limit.
struct KillSwitchTriggerView {
    KillTrigger trigger = KillTrigger::Manual;
    QString current;     // formatted current value ("-3.20 %", "2 of 3", "reachable", "$98,000.00")
    QString limit;       // formatted limit ("-10.00 %", "3 losses worse than -3 %", ...)
    double usage = 0.0;  // 0 = far from tripping, 1 = at the limit (for a bar); 0 for manual
    bool firing = false; // the trigger's condition holds right now
};

// A point of today's equity curve (one per minute bar at most).
struct PnlPoint {
    qint64 timeMs = 0;
    Money equity;
    Money dayPnl;   // equity - start of day equity
    Money drawdown; // peak equity of the day - equity (>= 0)
};

// The NYSE session as the status bar shows it.
struct MarketSessionView {
    bool open = false;
    bool earlyClose = false; // today closes at 13:00
    bool tradingDay = false; // false on weekends and holidays
    qint64 openMs = 0;       // today's open, 0 when not a trading day
    qint64 closeMs = 0;      // today's close, 0 when not a trading day
    qint64 msToClose = 0;    // > 0 only while open
};

struct BrokerView {
    QString name;           // "paper", "alpaca", "ibkr"
    bool connected = false; // the operator's Connect (the demo's market runs while connected)
    // What the executor can send it now (TradeExecutor::connectivity): the status bar says so.
    BrokerConnectivity connectivity = BrokerConnectivity::Connecting;
    bool live = false; // false: paper trading (the PAPER badge)
    Money equity;
};

// A live market-data feed (Alpaca's stock stream): the exits and the clouds read its bars.
struct MarketDataView {
    QString name;           // "alpaca iex", "alpaca sip"
    bool streaming = false; // live bars arrive
    QString why;            // the last change's reason ("minute bars of SPY", "connection refused")
};

// Exposure of one ticker or one sector against its limit.
struct ExposureView {
    QString name;          // ticker or sector
    Money exposure;        // gross market value of positions plus working entries
    double fraction = 0.0; // exposure / equity
    double limit = 0.0;    // max_position_pct or max_sector_exposure
};

struct EngineSnapshot {
    qint64 sequence = 0;      // increases with every published snapshot
    qint64 nowMs = 0;         // engine clock (simulated in demo/replay)
    bool demo = false;        // replayed market (demo mode)
    double replaySpeed = 0.0; // simulated minutes per wall second in demo mode; 0 when live
    // The live market data, when the market is not replayed.
    std::optional<MarketDataView> marketData;

    // Account, summed over the attached brokers.
    Money equity;
    Money cash;
    Money buyingPower;
    Money startOfDayEquity;
    Money dayPnl;        // equity - startOfDayEquity
    Money unrealizedPnl; // of the open positions

    QList<Position> positions;          // open positions, ticker order
    QList<OrderRecord> workingOrders;   // orders that can still fill, oldest first
    QList<OrderRecord> orderHistory;    // the session's most recent orders (newest last, capped)
    QList<Fill> recentFills;            // newest last, capped
    QList<ExposureView> tickerExposure; // largest first
    QList<ExposureView> sectorExposure; // largest first
    int openPositions = 0;
    int maxOpenPositions = 0;
    double dailyLossFraction = 0.0; // max(0, -dayPnl / startOfDayEquity)
    double dailyLossLimit = 0.0;    // daily_loss_limit (0.10)

    bool killSwitchTripped = false;
    std::optional<KillSwitchTrip> activeTrip;
    QList<KillSwitchTriggerView> killSwitchTriggers; // the five, PRD order
    QList<KillSwitchEvent> killSwitchHistory;        // oldest first

    QList<PnlPoint> pnlCurve; // today's, oldest first
    MarketSessionView session;
    QList<BrokerView> brokers;
    ExecutorStats stats;
};

// Something a trader wants to hear about at once (alerts: tray notification + alert log).
struct EngineEvent {
    enum class Kind {
        Fill,       // an order filled (partially or fully)
        StopHit,    // a protective stop filled
        Exit,       // a position closed (any reason)
        Rejection,  // a signal the risk gate or the executor refused, or a broker reject
        KillSwitch, // the kill switch tripped or was reset
        Info        // anything else worth a line in the log (connect/disconnect, commands)
    };
    Kind kind = Kind::Info;
    qint64 timeMs = 0; // engine clock
    QString ticker;    // may be empty
    QString text;      // one line, already human readable
};

QString toString(EngineEvent::Kind kind);

// The chart of one ticker on one timeframe, with the position's levels when it has one.
struct ChartSnapshot {
    QString ticker;
    QString timeframe;                // "5m" ...
    std::vector<ChartCandle> candles; // oldest first, capped (about 200)
    std::optional<double> entry;
    std::optional<double> stop;
    std::optional<double> target;
};

} // namespace axion

Q_DECLARE_METATYPE(axion::EngineSnapshot)
Q_DECLARE_METATYPE(axion::EngineEvent)
Q_DECLARE_METATYPE(axion::ChartSnapshot)
