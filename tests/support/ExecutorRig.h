#pragma once

#include "brokers/PaperBroker.h"
#include "core/ClientOrderId.h"
#include "core/SimClock.h"
#include "execution/TradeExecutor.h"
#include "journal/TradeJournal.h"
#include "signals/CloudSignalEngine.h"
#include "support/TestValues.h"

#include <QStringList>
#include <memory>
#include <vector>

namespace axion::test {

// 2026-11-24 09:30 New York (EST) = 14:30 UTC.
inline const qint64 kRigOpenMs =
    QDateTime(QDate(2026, 11, 24), QTime(14, 30), Qt::UTC).toMSecsSinceEpoch();

// A paper account, a cloud engine and an executor wired the way a replay wires them. Bars are
// minute bars of the session starting at kRigOpenMs (plus whole days with nextDay()); after each
// bar and after every broker event (order update or fill, once the executor has taken it) the
// lifecycle's stop invariant is checked and any breach is kept in `violations`.
struct ExecutorRig {
    ExecutorConfig config;
    SimClock clock;
    std::unique_ptr<PaperBroker> ownBroker;
    PaperBroker& broker;
    OrderRouter router;
    CloudSignalEngine clouds{config};
    std::unique_ptr<TradeJournal> journal; // only when a journal path is given
    TradeExecutor executor{config, clock, router, clouds, journal.get()};
    int minute = 0;
    qint64 dayStartMs = kRigOpenMs;
    QStringList violations;

    static PaperBrokerSettings defaultSettings() {
        return PaperBrokerSettings{Money::fromWhole(100'000), 2.0, 0.001, 1.0,
                                   Money::fromWhole(100'000)};
    }
    // With a journalPath the executor journals into that SQLite file (created).
    explicit ExecutorRig(ExecutorConfig c = {}, std::unique_ptr<PaperBroker> b = {},
                         const QString& journalPath = {})
        : config(c)
        , ownBroker(b ? std::move(b) : std::make_unique<PaperBroker>(defaultSettings()))
        , broker(*ownBroker)
        , journal(openJournal(clock, journalPath)) {
        router.addBroker(&broker);
        router.setPrimary(broker.name());
        executor.attachBroker(&broker);
        broker.addListener(&m_watch); // after the executor: it sees each event once it is taken
    }
    // On a broker that outlives the rig (a remote broker that keeps its orders and positions
    // across a restart of the executor): a second rig on the same journal is the restarted one.
    ExecutorRig(ExecutorConfig c, PaperBroker& shared, const QString& journalPath)
        : config(c)
        , broker(shared)
        , journal(openJournal(clock, journalPath)) {
        router.addBroker(&broker);
        router.setPrimary(broker.name());
        executor.attachBroker(&broker);
        broker.addListener(&m_watch);
    }
    ~ExecutorRig() { broker.removeListener(&m_watch); }
    ExecutorRig(const ExecutorRig&) = delete;
    ExecutorRig& operator=(const ExecutorRig&) = delete;

    static std::unique_ptr<TradeJournal> openJournal(const Clock& clock, const QString& path) {
        if (path.isEmpty())
            return {};
        auto j = std::make_unique<TradeJournal>(clock);
        if (!j->open(path))
            qFatal("cannot open the test journal %s: %s", qPrintable(path),
                   qPrintable(j->errorString()));
        return j;
    }

    Bar makeBar(const char* price) const {
        const Price p = px(price);
        return Bar{dayStartMs + minute * 60'000LL, p, p + px("0.05"), p - px("0.05"), p, 10'000};
    }
    // One minute bar of `ticker` (feed symbol `symbol`), in the order the replay uses.
    void barOf(const QString& ticker, int symbol, const Bar& b) {
        clock.setNowMs(b.timeMs + 60'000);
        broker.onBar(symbol, ticker, b);
        broker.setTimeMs(b.timeMs + 60'000);
        std::vector<Signal> ignored;
        clouds.onMinuteBar(symbol, ticker, b, ignored);
        executor.onMinuteBar(symbol, ticker, b);
        checkStops();
    }
    void bar(const char* price) {
        barOf(QStringLiteral("TEST"), 0, makeBar(price));
        ++minute;
    }
    void bar(const Bar& b) {
        barOf(QStringLiteral("TEST"), 0, b);
        ++minute;
    }
    // A restart's start, as the service does it: the journal's state taken back, then the broker
    // reconciled by client order id (and the trades it holds resumed).
    TradeExecutor::Recovery recoverAndReconcile() {
        const TradeExecutor::Recovery r = executor.recoverFromJournal();
        executor.reconcile(broker.holdings(executor.ordersToReconcile(broker.name())));
        return r;
    }
    // A long day trade in TEST from signal `id`, its entry filled and a bar later (the bracket's
    // stop at 99 and target at 102 working).
    void openTrade(const char* id = "s1") {
        bar("100");
        executor.onSignal(signal(id));
        bar("100");
        bar("100.40");
    }
    void barsUntil(int minuteOfSession, const char* price) {
        while (minute < minuteOfSession)
            bar(price);
    }
    void nextDay() {
        dayStartMs += 24 * 3'600'000LL;
        minute = 0;
    }
    Signal signal(const char* id, const QString& ticker = QStringLiteral("TEST")) const {
        Signal s;
        s.signalId = QString::fromLatin1(id);
        s.signalType = QStringLiteral("cloud_flip_bullish");
        s.ticker = ticker;
        s.sector = ticker;
        s.direction = Direction::Long;
        s.timeframe = QStringLiteral("5m");
        s.tradeType = TradeType::Day;
        s.conviction = 90;
        s.volumeConfirmed = true;
        s.entryPrice = px("100");
        s.stopLoss = px("99");
        s.targetPrice = px("102");
        s.timestampMs = clock.nowMs();
        return s;
    }
    // signal() as a swing trade with its own stop and target.
    Signal swingSignal(const char* id, const char* stop, const char* target) const {
        Signal s = signal(id);
        s.tradeType = TradeType::Swing;
        s.stopLoss = px(stop);
        s.targetPrice = px(target);
        return s;
    }
    QList<const OrderRecord*> workingOf(const QString& ticker, OrderLeg leg) const {
        QList<const OrderRecord*> out;
        for (const OrderRecord* r : executor.orders().working()) {
            if (r->order.ticker == ticker && r->order.leg == leg)
                out << r;
        }
        return out;
    }

    // Checks the stops after every broker event, once the executor has taken it.
    struct EventWatch : Broker::Listener {
        explicit EventWatch(ExecutorRig* r)
            : rig(r) {}
        ExecutorRig* rig;
        void onBrokerOrderUpdated(const OrderUpdate&) override { rig->checkStops(); }
        void onBrokerFillReceived(const Fill&) override { rig->checkStops(); }
    };
    EventWatch m_watch{this};

    // Every share held is covered by working stops for exactly that many shares (while a stop's
    // replace is under way its replacement is counted: at the broker one of the two is live). A
    // bracket's stop covers what the broker holds it for: the shares its entry has filled less
    // those its one-cancels-other target sold (the broker cancels it with the target's last share;
    // the cancel's report is the next event). Exempt: a trade whose stop is being replaced or that
    // is exiting (its legs are cancelled before the exit goes out).
    void checkStops() {
        for (const Position& p : executor.positions().positions()) {
            const auto phase = executor.tradePhase(p.ticker);
            if (p.shares <= 0 || phase == TradePhase::StopReplacing || phase == TradePhase::Exiting)
                continue;
            Quantity covered = 0;
            QStringList stops;
            const QList<const OrderRecord*> working = workingOf(p.ticker, OrderLeg::Stop);
            for (const OrderRecord* r : working) {
                if (executor.isBeingReplaced(r->order.clientOrderId))
                    continue; // its replacement, working too, is counted
                Quantity c = r->remaining();
                // A bracket's stop leg, or the stop that replaced it (Broker::replace keeps the
                // leg in its bracket), names its entry as its parent.
                const OrderRecord* entry =
                    r->order.parentClientOrderId.isEmpty()
                        ? nullptr
                        : executor.orders().find(r->order.parentClientOrderId);
                const OrderRecord* target =
                    executor.orders().find(clientOrderId(r->order.signalId, OrderLeg::Target));
                if (entry)
                    c = std::min<Quantity>(c, entry->filled - (target ? target->filled : 0));
                covered += c;
                stops << QStringLiteral("%1 for %2").arg(r->order.clientOrderId).arg(c);
            }
            if (covered != p.shares)
                violations << QStringLiteral("%1 at %2: %3 shares held, %4 covered by stops (%5)")
                                  .arg(p.ticker)
                                  .arg(clock.nowMs())
                                  .arg(p.shares)
                                  .arg(covered)
                                  .arg(stops.join(u", "));
        }
    }
};

} // namespace axion::test
