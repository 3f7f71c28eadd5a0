#pragma once

#include "brokers/alpaca/AlpacaBroker.h"
#include "config/ExecutorConfig.h"
#include "execution/EngineSnapshot.h"
#include "market/ChartSeries.h"
#include "market/MarketCalendar.h"
#include "market/ReplayFeed.h"
#include "market/alpaca/AlpacaDataFeed.h"
#include "signals/SignalActivity.h"
#include "signals/SignalIngress.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <deque>
#include <memory>
#include <utility>

namespace axion {

class CloudSignalEngine;
class OrderRouter;
class PaperBroker;
class SignalInbox;
class SimClock;
class SqliteSignalQueue;
class SystemClock;
class TradeExecutor;
class TradeJournal;
struct Signal;

struct EngineWorkerOptions {
    ExecutorConfig config;
    Money startingEquity = Money::fromWhole(100'000);
    QString journalPath; // empty: nothing journaled
    // The market to replay, in time order (a demo market or files).
    std::vector<ReplayBar> bars;
    QStringList symbols;
    // Bars that open before this instant are replayed at once on start(): the clouds need
    // history before the first signal, and a trader wants the demo to start with a market.
    qint64 warmupUntilMs = 0;
    double minutesPerSecond = 20.0; // replay pace after the warm-up; 0 = paused
    bool demo = true;
    int publishIntervalMs = 33; // snapshots at most ~30 per second
    int paceIntervalMs = 20;

    // Signals from outside (DESIGN §2): the HTTP/WebSocket ingress when enabled, and the signal
    // engine's ema_signals table when config.signalDatabase names one. Both need a journal (the
    // ingress's inbox lives in it). Their signals are judged fresh or stale by the wall clock,
    // whatever the replayed market's time is: staleness is about the time in transit.
    bool ingressEnabled = false;
    IngressOptions ingress;
    // The built-in CloudSignalEngine's signals go to the executor (its clouds always feed the
    // exits). Off when only an external engine should trade.
    bool builtInSignals = true;

    // Set: the live pipeline trades through Alpaca instead of the paper broker. The engine clock
    // is then the wall clock (from liveClockStartMs when that is set: a rehearsal outside market
    // hours against a paper account or a fake), `bars` is not replayed, and the restart's
    // reconciliation waits for Alpaca's answer (entries are refused until it came).
    std::optional<AlpacaSettings> alpaca;
    qint64 liveClockStartMs = 0;
    // The live market (with `alpaca`): Alpaca's minute bars for the config's watchlist, the open
    // trades and every ticker a signal was approved for, warmed up from history at start. The
    // keys are the trading keys of `alpaca`.
    AlpacaDataSettings alpacaData;
};

// The engine side of the workstation: owns the whole pipeline (clock, paper broker, router, cloud
// signal engine, executor, journal) and lives on its own thread. It replays the market at the
// configured pace, and publishes what the GUI shows as values: a snapshot (only when something
// changed, at most every publishIntervalMs), the events since the last one in one batch, and the
// chart of the ticker the GUI selected. The GUI's commands arrive as queued slot calls.
//
// Everything is created in start(), so that the QTimers, the QSqlDatabase connection and the
// broker belong to the engine thread (move the worker to its thread first, then invoke start()).
class EngineWorker : public QObject {
    Q_OBJECT

public:
    explicit EngineWorker(EngineWorkerOptions options, QObject* parent = nullptr);
    ~EngineWorker() override;

    // For tests and benchmarks on one thread: the state after start().
    bool isStarted() const { return m_executor != nullptr; }
    bool atEnd() const { return m_cursor >= m_options.bars.size(); }
    std::size_t barsProcessed() const { return m_cursor; }
    qint64 nowMs() const;
    const TradeExecutor* executor() const { return m_executor.get(); }
    // The ingress's port once listening (0 otherwise).
    quint16 ingressPort() const;
    // The symbols of the market and the last close of each that has traded (for an operator
    // who writes a signal by hand).
    QList<std::pair<QString, double>> lastCloses() const;
    EngineSnapshot buildSnapshot() const;
    ChartSnapshot buildChart(const QString& ticker) const;
    // Replays up to `maxBars` bars at once, ignoring the pace; returns how many.
    int stepBars(int maxBars);
    // Publishes now what is pending (tests call this instead of waiting for the timer).
    void publishNow();

public Q_SLOTS:
    void start();
    // Stops replaying and taking signals, journals what is still open (an engine_stopped event
    // with the working orders and the positions) and flushes the journal. Cancels nothing: the
    // orders and positions stay as they are, for the next start or the trader to handle.
    void stop();

    void tripKillSwitch(const QString& detail);
    void resetKillSwitch(const QString& operatorNote);
    void closePosition(const QString& ticker);
    void cancelOrder(const QString& clientOrderId);
    void moveStop(const QString& ticker, axion::Price stop);
    // The settings dialog's config: what a running executor can take applies at once
    // (ExecutorConfig::liveApplicable), the rest waits for a restart and is announced so.
    void applyConfig(const axion::ExecutorConfig& config);
    void setReplaySpeed(double minutesPerSecond);
    void setConnected(bool connected);
    void requestChart(const QString& ticker);

Q_SIGNALS:
    void started(const QString& journalPath);
    void failed(const QString& message);
    void snapshotPublished(const axion::EngineSnapshot& snapshot);
    void eventsPublished(const QList<axion::EngineEvent>& events);
    void chartPublished(const axion::ChartSnapshot& chart);
    void replayFinished();
    // Signals received and what became of them, oldest first (the Signals tab).
    void signalActivityPublished(const QList<axion::SignalActivity>& activity);
    // The ingress listens (address:port), or could not start (the executor runs on without it).
    void ingressListening(const QString& address, quint16 port);
    void intakeFailed(const QString& message);

private:
    void onPaceTick();
    void onPublishTick();
    void processBar(const ReplayBar& rb) { processBar(rb.symbol, rb.bar); }
    void processBar(int symbol, const Bar& bar);
    void addToChart(const QString& ticker, const Bar& bar);
    // The live market: the feed, the feed index of a ticker (new tickers are appended), the
    // warm-up history (clouds and charts only) and the live bars (the whole pipeline).
    void startMarketData();
    int symbolIndex(const QString& ticker);
    void watch(const QStringList& tickers);
    void onHistory(const std::vector<alpaca::SymbolBar>& bars);
    void handleSignal(const Signal& signal);
    void startIntake();
    void onDecision(const SignalActivity& decision);
    void addActivity(SignalActivity activity);
    void journalStop();
    bool isLive() const { return m_alpaca != nullptr; }
    qint64 liveNowMs() const;
    void onHoldings(const BrokerHoldings& holdings);
    // Alpaca's calendar from a week back to two months ahead, asked at the start and on each
    // new New York day; what it announces goes into the calendar and the executor's.
    static constexpr int kCalendarBackDays = 7;
    static constexpr int kCalendarAheadDays = 60;
    void requestBrokerCalendar();
    std::pair<QDate, QDate> calendarRange() const; // around the day it was asked for
    void onBrokerCalendar(const std::vector<alpaca::CalendarDay>& days);
    QDate m_calendarAskedFor;
    std::optional<MarketDataView> m_marketDataView; // the live feed's state, for the status bar
    QSet<QDate> m_calendarNoted; // the days whose announcement was told in the events
    void announceReconciliation(const QString& broker, std::size_t corrections);
    // What the journal had open at the start (for the reconciliation's announcement).
    int m_journalWorkingOrders = 0;
    int m_journalOpenTrades = 0;
    void onFill(const Fill& fill);
    void onOrderUpdate(const OrderUpdate& update);
    void onPositionClosed(const QString& ticker, const QString& reason, Money pnl);
    void onAlert(const QString& message);
    void addEvent(EngineEvent::Kind kind, const QString& ticker, const QString& text);
    void rememberOrder(const QString& clientOrderId);
    void recordPnlPoint();
    QList<KillSwitchTriggerView> triggerViews(const EngineSnapshot& s) const;

    EngineWorkerOptions m_options;
    MarketCalendar m_calendar;

    std::unique_ptr<SimClock> m_clock;
    std::unique_ptr<PaperBroker> m_broker;
    std::unique_ptr<AlpacaBroker> m_alpaca;
    std::unique_ptr<AlpacaDataFeed> m_marketData;
    QHash<QString, int> m_symbolIndex;
    Broker* m_active = nullptr; // the one of the two in use
    QElapsedTimer m_liveClock;
    std::unique_ptr<OrderRouter> m_router;
    std::unique_ptr<CloudSignalEngine> m_signals;
    std::unique_ptr<TradeJournal> m_journal;
    std::unique_ptr<TradeExecutor> m_executor;
    std::vector<Signal> m_signalBuffer;
    std::unique_ptr<SystemClock> m_wallClock;
    std::unique_ptr<SignalInbox> m_inbox;
    std::unique_ptr<SignalIngress> m_ingress;
    std::unique_ptr<SqliteSignalQueue> m_queue;
    QList<SignalActivity> m_pendingActivity;
    bool m_stopped = false;

    std::size_t m_cursor = 0;
    double m_speed = 20.0;
    bool m_connected = true;
    qint64 m_simTargetMs = 0; // the replay runs up to this simulated instant
    QElapsedTimer m_paceClock;
    QTimer m_paceTimer;
    QTimer m_publishTimer;

    bool m_dirty = true;
    qint64 m_sequence = 0;
    QList<EngineEvent> m_pendingEvents;
    std::deque<QString> m_recentOrders; // client ids, oldest first, unique
    std::deque<Fill> m_recentFills;
    QList<PnlPoint> m_pnlCurve;
    QDate m_curveDay;
    qint64 m_lastCurveMinute = 0;
    Money m_dayPeak;

    QHash<QString, ChartSeries> m_charts; // per ticker
    QString m_chartTicker;
    bool m_chartDirty = false;
};

} // namespace axion
