#include "support/ExecutorRig.h"
#include "support/JournalReader.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace axion;
using axion::test::ExecutorRig;
using axion::test::JournalReader;
using namespace Qt::StringLiterals;
using axion::test::px;

namespace {

// A paper broker that refuses the next bracket on the spot: the rejects arrive inside
// submitBracket(), before the call returns, as a broker that validates synchronously answers.
class RejectingBroker : public PaperBroker {
public:
    explicit RejectingBroker(QString name = QStringLiteral("paper"))
        : PaperBroker(ExecutorRig::defaultSettings())
        , m_name(std::move(name)) {}
    QString name() const override { return m_name; }
    bool rejectNext = false;
    bool rejectNextStop = false;    // the next single stop order (a scale-in's or a moved stop)
    bool refuseNextReplace = false; // as a broker refuses a modify: the old order stays
    void submit(const Order& order) override {
        if (!rejectNextStop || order.type != OrderType::Stop)
            return PaperBroker::submit(order);
        rejectNextStop = false;
        reject(order);
    }
    void replace(const QString& clientOrderId, const Order& replacement) override {
        if (!refuseNextReplace)
            return PaperBroker::replace(clientOrderId, replacement);
        refuseNextReplace = false;
        OrderUpdate kept;
        kept.clientOrderId = clientOrderId;
        kept.broker = name();
        kept.event = OrderEvent::CancelReject;
        kept.message = QStringLiteral("modify refused");
        notifyOrderUpdated(kept);
        reject(replacement);
    }
    void submitBracket(const Order& entry, const Order& stop, const Order& target) override {
        if (!rejectNext)
            return PaperBroker::submitBracket(entry, stop, target);
        rejectNext = false;
        for (const Order* o : {&entry, &stop, &target})
            reject(*o);
    }

private:
    void reject(const Order& o) {
        OrderUpdate u;
        u.clientOrderId = o.clientOrderId;
        u.broker = name();
        u.event = OrderEvent::Reject;
        u.message = QStringLiteral("refused on the spot");
        u.handle = o.handle;
        notifyOrderUpdated(u);
    }
    QString m_name;
};

// A paper broker with a remote broker's faults: it can lose its connection (Down, as a dropped
// session is reported) and deliver events it makes up (a repeated execution, a fill for an order
// nobody placed).
class FaultyBroker : public PaperBroker {
public:
    FaultyBroker()
        : PaperBroker(ExecutorRig::defaultSettings()) {}
    void drop() { setConnectivity(BrokerConnectivity::Down, QStringLiteral("connection reset")); }
    void restore() { setConnectivity(BrokerConnectivity::Ready); }
    void degrade() {
        setConnectivity(BrokerConnectivity::Degraded, QStringLiteral("event stream lost"));
    }
    void deliver(const Fill& fill) { notifyFillReceived(fill); }
    void deliver(const OrderUpdate& update) { notifyOrderUpdated(update); }
};

// A paper broker with a remote broker's ambiguity: a submit can time out (the request may or may
// not have arrived), a request can fail before it leaves (NotSent, and the connection is down).
// A timed-out order is kept "in flight" until arrive() hands it to the simulation (it acks then)
// or refuse() answers it with the broker's reject; lookups meanwhile find nothing (NotFound).
class RemoteLikeBroker : public PaperBroker {
public:
    RemoteLikeBroker()
        : PaperBroker(ExecutorRig::defaultSettings()) {}
    bool timeOutNext = false;        // the next submit or bracket gets no answer
    bool timeOutNextReplace = false; // the next replace gets no answer (and is not carried out)
    bool notSentNextStop = false;    // the next single stop fails before it leaves
    int submits = 0;                 // submit() and submitBracket() calls
    int lookups = 0;
    QStringList lookedUp;

    void submit(const Order& order) override {
        ++submits;
        if (notSentNextStop && order.type == OrderType::Stop) {
            notSentNextStop = false;
            setConnectivity(BrokerConnectivity::Down, QStringLiteral("connection reset"));
            answer(order, OrderEvent::NotSent, QStringLiteral("connection reset before sending"));
            return;
        }
        if (takeTimeout({order}))
            return;
        PaperBroker::submit(order);
    }
    void submitBracket(const Order& entry, const Order& stop, const Order& target) override {
        ++submits;
        if (takeTimeout({entry, stop, target}))
            return;
        PaperBroker::submitBracket(entry, stop, target);
    }
    void replace(const QString& clientOrderId, const Order& replacement) override {
        if (!timeOutNextReplace)
            return PaperBroker::replace(clientOrderId, replacement);
        timeOutNextReplace = false;
        answer(replacement, OrderEvent::Timeout, QStringLiteral("no answer in 10 s"));
    }
    // An answer the test makes up (a lookup's, say), the only one about its order.
    void deliver(const OrderUpdate& update) { notifyOrderUpdated(update); }
    void lookup(const QString& clientOrderId) override {
        ++lookups;
        lookedUp << clientOrderId;
        PaperBroker::lookup(clientOrderId);
    }
    // The request that timed out reaches the simulation after all.
    void arrive() {
        const std::vector<Order> legs = std::exchange(m_inFlight, {});
        if (legs.size() == 3)
            PaperBroker::submitBracket(legs[0], legs[1], legs[2]);
        else if (legs.size() == 1)
            PaperBroker::submit(legs[0]);
    }
    // The broker's own answer to the timed-out request: refused.
    void refuse() {
        for (const Order& o : std::exchange(m_inFlight, {}))
            answer(o, OrderEvent::Reject, QStringLiteral("rejected by the broker"));
    }
    void restore() { setConnectivity(BrokerConnectivity::Ready); }
    void degrade() {
        setConnectivity(BrokerConnectivity::Degraded, QStringLiteral("event stream lost"));
    }

private:
    bool takeTimeout(std::vector<Order> legs) {
        if (!timeOutNext)
            return false;
        timeOutNext = false;
        for (const Order& o : legs)
            answer(o, OrderEvent::Timeout, QStringLiteral("no answer in 10 s"));
        m_inFlight = std::move(legs);
        return true;
    }
    void answer(const Order& o, OrderEvent event, const QString& message) {
        OrderUpdate u;
        u.clientOrderId = o.clientOrderId;
        u.broker = name();
        u.event = event;
        u.message = message;
        u.handle = o.handle;
        notifyOrderUpdated(u);
    }
    std::vector<Order> m_inFlight;
};

Bar ohlc(qint64 timeMs, const char* o, const char* h, const char* l, const char* c) {
    return Bar{timeMs, px(o), px(h), px(l), px(c), 10'000};
}

} // namespace

// Looks at the journal's intent log at the moment each order reaches it: the order's intent
// must be there already.
class IntentCheckingBroker : public PaperBroker {
public:
    IntentCheckingBroker()
        : PaperBroker(ExecutorRig::defaultSettings()) {}
    QString logPath;
    QStringList missing; // client ids (and cancels) that reached the broker before their intent
    int sent = 0;
    void submit(const Order& order) override {
        check(order.clientOrderId, OrderIntent::Kind::Submit);
        PaperBroker::submit(order);
    }
    void submitBracket(const Order& entry, const Order& stop, const Order& target) override {
        for (const Order* o : {&entry, &stop, &target})
            check(o->clientOrderId, OrderIntent::Kind::Submit);
        PaperBroker::submitBracket(entry, stop, target);
    }
    void cancel(const QString& clientOrderId) override {
        check(clientOrderId, OrderIntent::Kind::Cancel);
        PaperBroker::cancel(clientOrderId);
    }
    void replace(const QString& clientOrderId, const Order& replacement) override {
        check(replacement.clientOrderId, OrderIntent::Kind::Replace);
        check(clientOrderId, OrderIntent::Kind::Cancel);
        ++replaces;
        PaperBroker::replace(clientOrderId, replacement);
    }
    int replaces = 0;

private:
    void check(const QString& clientOrderId, OrderIntent::Kind kind) {
        ++sent;
        const IntentLog::Contents log = IntentLog::read(logPath);
        const bool found =
            std::any_of(log.intents.cbegin(), log.intents.cend(), [&](const auto& i) {
                return i.kind == kind && i.order.clientOrderId == clientOrderId;
            });
        if (!found)
            missing << toString(kind) + u' ' + clientOrderId;
    }
};

class tst_TradeExecutorPaths : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Write-ahead: every submit and cancel is in the intent log before the broker sees it (the
    // log is emptied by each journal commit, so each check sees the order's own line).
    void everyOrderIsInTheIntentLogBeforeTheBrokerSeesIt() {
        QTemporaryDir dir;
        auto owned = std::make_unique<IntentCheckingBroker>();
        IntentCheckingBroker& broker = *owned;
        ExecutorRig rig({}, std::move(owned), dir.filePath(QStringLiteral("j.db")));
        broker.logPath = rig.journal->intentLog().path();
        rig.openTrade();
        QVERIFY(rig.executor.moveStop(QStringLiteral("TEST"), px("99.60")) == StopMoveError::None);
        rig.bar("100.40");
        QVERIFY(rig.executor.closePosition(QStringLiteral("TEST")));
        rig.bar("100.40");
        QVERIFY2(broker.sent >= 6, "bracket, cancels, new stop, exit: the test proves nothing");
        QCOMPARE(broker.replaces, 1); // the stop move was a replace
        QVERIFY2(broker.missing.isEmpty(), qPrintable(broker.missing.join(u'\n')));
    }

    // An intent that cannot be written is an order that is not sent: the entry is refused as a
    // broker would refuse it (no trade is left behind), and the operator is alerted.
    void anUnwritableIntentLogSendsNothing() {
        QTemporaryDir dir;
        auto owned = std::make_unique<IntentCheckingBroker>();
        IntentCheckingBroker& broker = *owned;
        ExecutorRig rig({}, std::move(owned), dir.filePath(QStringLiteral("j.db")));
        broker.logPath = rig.journal->intentLog().path();
        QSignalSpy alerts(&rig.executor, &TradeExecutor::alertRaised);
        rig.bar("100");
        rig.journal->intentLog().close(); // writes now fail
        rig.executor.onSignal(rig.signal("s1"));
        QCOMPARE(broker.sent, 0);
        QVERIFY(!rig.executor.tradePhase(QStringLiteral("TEST")).has_value());
        QCOMPARE(rig.executor.orders().working().size(), 0);
        QCOMPARE(alerts.count(), 1); // one alert for the failure, each refusal journaled
        QVERIFY2(alerts.at(0).at(0).toString().contains(QStringLiteral("was not sent")),
                 qPrintable(alerts.at(0).at(0).toString()));
        QVERIFY(rig.executor.stats().anomalies >= 3);
        rig.bar("100");
        QCOMPARE(rig.broker.positions().size(), 0);
        QVERIFY2(rig.violations.isEmpty(), qPrintable(rig.violations.join(u'\n')));
    }

    // After a restart no entry goes out before the broker is reconciled, and a ticker the
    // reconciliation could not square stays closed to entries; the others trade.
    void entriesWaitForTheReconciliation() {
        QTemporaryDir dir;
        ExecutorRig rig({}, {}, dir.filePath(QStringLiteral("j.db")));
        QSignalSpy alerts(&rig.executor, &TradeExecutor::alertRaised);
        rig.executor.recoverFromJournal();
        QCOMPARE(rig.executor.awaitingReconciliation(), QStringList{QStringLiteral("paper")});
        COMPARE_NAMED(rig.executor.connectivity(u"paper"_s), BrokerConnectivity::Reconciling);
        rig.bar("100");
        rig.executor.onSignal(rig.signal("early"));
        QCOMPARE(rig.executor.stats().rejected.value(QStringLiteral("not_reconciled")), 1);
        QCOMPARE(rig.executor.orders().size(), 0);

        BrokerHoldings broker;
        broker.broker = QStringLiteral("paper");
        BrokerPosition unknown;
        unknown.ticker = QStringLiteral("TEST");
        unknown.shares = 50;
        broker.positions = {unknown}; // shares the journal knows nothing of
        const auto commands = rig.executor.reconcile(broker);
        QCOMPARE(commands.size(), std::size_t(1));
        COMPARE_NAMED(rig.executor.connectivity(u"paper"_s), BrokerConnectivity::Ready);
        QVERIFY(rig.executor.awaitingReconciliation().isEmpty());
        QCOMPARE(rig.executor.heldBackTickers(), QStringList{QStringLiteral("TEST")});
        QCOMPARE(alerts.count(), 1);

        rig.executor.onSignal(rig.signal("held-back"));
        QCOMPARE(rig.executor.stats().rejected.value(QStringLiteral("reconcile_mismatch")), 1);
        rig.barOf(QStringLiteral("OTHER"), 1, rig.makeBar("100"));
        rig.executor.onSignal(rig.signal("other", QStringLiteral("OTHER")));
        QCOMPARE(rig.executor.stats().approved, 1);
    }

    // Restarted on the same journal, with a broker that kept the position and its orders (a
    // remote broker): the trade is managed again after the reconciliation — its stop and target
    // back in the book, its position as the broker holds it, its exit journaled on the same
    // trade row — and no client order id of the first run is issued again.
    void aRestartResumesTheOpenTradeTheBrokerHolds() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"j.db"_s);
        PaperBroker broker(ExecutorRig::defaultSettings());
        Quantity shares = 0;
        qint64 nowMs = 0;
        int minute = 0;
        {
            ExecutorRig first({}, broker, path);
            first.openTrade();
            shares = first.executor.positions().position(u"TEST"_s)->shares;
            QVERIFY(shares > 0);
            // Two stop moves of the first run: s1-stop-2 (replaced since) and s1-stop-3 are
            // its ids, taken for good.
            QVERIFY(first.executor.moveStop(u"TEST"_s, px("99.50")) == StopMoveError::None);
            QVERIFY(first.executor.moveStop(u"TEST"_s, px("99.60")) == StopMoveError::None);
            nowMs = first.clock.nowMs();
            minute = first.minute;
        } // the process ends; the broker keeps the position, the stop and the target

        ExecutorRig second({}, broker, path);
        second.clock.setNowMs(nowMs);
        second.minute = minute;
        QSignalSpy closed(&second.executor, &TradeExecutor::positionClosed);
        const TradeExecutor::Recovery r = second.recoverAndReconcile();
        QCOMPARE(r.openTrades, 1);
        QVERIFY(second.executor.heldBackTickers().isEmpty());
        COMPARE_NAMED(second.executor.tradePhase(u"TEST"_s).value(), TradePhase::Open);
        const Position* p = second.executor.positions().position(u"TEST"_s);
        QVERIFY(p);
        QCOMPARE(p->shares, shares);
        QCOMPARE(p->stopLoss, px("99.60"));
        COMPARE_NAMED(second.executor.orders().find(u"s1-stop-3"_s)->state, OrderState::Accepted);
        QVERIFY(!second.executor.orders().find(u"s1-stop-2"_s)); // ended: not taken over
        COMPARE_NAMED(second.executor.orders().find(u"s1-target"_s)->state, OrderState::Accepted);
        QVERIFY2(second.violations.isEmpty(), qPrintable(second.violations.join(u'\n')));

        // A move now: the next id past every one of the first run's (s1-stop-2 is not in the
        // book any more, but the journal has it).
        QVERIFY(second.executor.moveStop(u"TEST"_s, px("99.80")) == StopMoveError::None);
        QVERIFY(second.executor.orders().find(u"s1-stop-4"_s));
        COMPARE_NAMED(second.executor.orders().find(u"s1-stop-4"_s)->state, OrderState::Accepted);

        second.bar("99.82"); // low 99.77: through the moved stop
        QCOMPARE(closed.count(), 1);
        QCOMPARE(closed.at(0).at(1).toString(), u"stop_loss"_s);
        QCOMPARE(broker.positions().size(), 0);
        second.journal->flush();
        const JournalReader j(path);
        const auto trades = j.rows(u"SELECT status, exit_reason FROM trade_executions"_s);
        QCOMPARE(trades.size(), 1); // the same row, closed
        QCOMPARE(trades[0].value(0).toString(), u"closed"_s);
        QCOMPARE(trades[0].value(1).toString(), u"stop_loss"_s);
        QCOMPARE(j.rows(u"SELECT 1 FROM events WHERE kind = 'trade_resumed'"_s).size(), 1);
    }

    // A restart that finds the held shares without a stop at the broker (cancelled there while
    // the executor was down) puts one in at once, and says so.
    void aResumedTradeWithoutAStopGetsOne() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"j.db"_s);
        PaperBroker broker(ExecutorRig::defaultSettings());
        qint64 nowMs = 0;
        {
            ExecutorRig first({}, broker, path);
            first.bar("100");
            first.executor.onSignal(first.signal("s1"));
            first.bar("100");
            nowMs = first.clock.nowMs();
        }
        broker.cancel(u"s1-stop"_s); // at the broker, by hand
        ExecutorRig second({}, broker, path);
        second.clock.setNowMs(nowMs);
        QSignalSpy alerts(&second.executor, &TradeExecutor::alertRaised);
        second.recoverAndReconcile();
        const Position* p = second.executor.positions().position(u"TEST"_s);
        QVERIFY(p);
        QVERIFY(std::any_of(alerts.cbegin(), alerts.cend(), [](const QList<QVariant>& a) {
            return a.constFirst().toString().contains(u"had no stop at the broker");
        }));
        const QList<const OrderRecord*> stops = second.workingOf(u"TEST"_s, OrderLeg::Stop);
        QCOMPARE(stops.size(), 1);
        QCOMPARE(stops.constFirst()->order.clientOrderId, u"s1-stop-2"_s);
        QCOMPARE(stops.constFirst()->order.quantity, p->shares);
        COMPARE_NAMED(stops.constFirst()->state, OrderState::Accepted);
        QCOMPARE(broker.workingOrderCount(), 2); // the new stop and the target
    }

    // A replace whose outcome is unknown: the replacement is looked up, and its answer settles
    // the old stop even when the old stop's own report never comes (without it the old stop
    // would stay CancelPending and hold back every exit). Live: the old stop is gone.
    void aReplacementsAnswerSettlesTheOldStop() {
        for (const bool live : {true, false}) {
            auto owned = std::make_unique<RemoteLikeBroker>();
            RemoteLikeBroker& broker = *owned;
            ExecutorRig rig({}, std::move(owned));
            rig.bar("100");
            rig.executor.onSignal(rig.signal("s1"));
            rig.bar("100");
            broker.timeOutNextReplace = true;
            QVERIFY(rig.executor.moveStop(u"TEST"_s, px("99.60")) == StopMoveError::None);
            COMPARE_NAMED(rig.executor.orders().find(u"s1-stop-2"_s)->state, OrderState::Unknown);
            COMPARE_NAMED(rig.executor.orders().find(u"s1-stop"_s)->state,
                          OrderState::CancelPending);
            OrderUpdate answer;
            answer.clientOrderId = u"s1-stop-2"_s;
            answer.broker = u"paper"_s;
            answer.event = live ? OrderEvent::Ack : OrderEvent::Reject;
            answer.message = u"found by lookup"_s;
            broker.deliver(answer);
            COMPARE_NAMED(rig.executor.orders().find(u"s1-stop"_s)->state,
                          live ? OrderState::Cancelled : OrderState::Accepted);
            COMPARE_NAMED(rig.executor.orders().find(u"s1-stop-2"_s)->state,
                          live ? OrderState::Accepted : OrderState::Rejected);
        }
    }

    // A kill switch tripped before the restart acts on the trades the restart resumes: their
    // day trades are closed, as the switch demanded.
    void aTrippedKillSwitchClosesTheResumedDayTrade() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"j.db"_s);
        PaperBroker broker(ExecutorRig::defaultSettings());
        qint64 nowMs = 0;
        int minute = 0;
        {
            ExecutorRig first({}, broker, path);
            first.bar("100");
            first.executor.onSignal(first.signal("s1"));
            first.bar("100");
            QVERIFY(first.executor.positions().position(u"TEST"_s));
            nowMs = first.clock.nowMs();
            minute = first.minute;
        }
        ExecutorRig second({}, broker, path);
        second.clock.setNowMs(nowMs);
        second.minute = minute;
        second.executor.tripKillSwitch(u"operator, before the trades were resumed"_s);
        second.recoverAndReconcile();
        QVERIFY(second.executor.killSwitch().isTripped());
        COMPARE_NAMED(second.executor.tradePhase(u"TEST"_s).value(), TradePhase::Exiting);
        second.bar("100");
        QCOMPARE(broker.positions().size(), 0);
        QVERIFY2(second.violations.isEmpty(), qPrintable(second.violations.join(u'\n')));
    }

    // A cancel asked for while the order's outcome was unknown (never sent blind) goes out once
    // the lookup knows it: here the kill switch tripped with the entry unknown.
    void aCancelAskedWhileUnknownGoesOutOnceKnown() {
        auto owned = std::make_unique<RemoteLikeBroker>();
        RemoteLikeBroker& broker = *owned;
        ExecutorRig rig({}, std::move(owned));
        rig.bar("100");
        broker.timeOutNext = true;
        rig.executor.onSignal(rig.signal("s1"));
        rig.executor.tripKillSwitch(u"test"_s);
        COMPARE_NAMED(rig.executor.orders().find(u"s1-entry"_s)->state, OrderState::Unknown);
        rig.clock.setNowMs(rig.clock.nowMs() + 1'000);
        rig.executor.onClockTick(); // looked up: not there yet
        broker.arrive();            // it was there after all: acked
        COMPARE_NAMED(rig.executor.orders().find(u"s1-entry"_s)->state, OrderState::Cancelled);
        QCOMPARE(broker.workingOrderCount(), 0);
    }

    // After a restart, a working entry that belongs to no trade the restart could resume (it had
    // not filled: no trade row) holds its ticker back and is alerted.
    void anEntryWorkingAtTheRestartHoldsItsTickerBack() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"j.db"_s);
        PaperBroker broker(ExecutorRig::defaultSettings());
        qint64 nowMs = 0;
        {
            ExecutorRig first({}, broker, path);
            first.bar("100");
            Signal s = first.signal("s1");
            s.conviction = 70;       // medium: a limit entry at the signal's price
            s.entryPrice = px("95"); // far below the market: it works, unfilled
            s.stopLoss = px("94");
            s.targetPrice = px("97");
            first.executor.onSignal(s);
            QVERIFY(first.executor.orders().find(u"s1-entry"_s));
            nowMs = first.clock.nowMs();
        }
        QVERIFY(broker.workingOrderCount() > 0);
        ExecutorRig second({}, broker, path);
        second.clock.setNowMs(nowMs);
        QSignalSpy alerts(&second.executor, &TradeExecutor::alertRaised);
        second.recoverAndReconcile();
        QCOMPARE(second.executor.heldBackTickers(), QStringList{u"TEST"_s});
        QVERIFY(std::any_of(alerts.cbegin(), alerts.cend(), [](const QList<QVariant>& a) {
            return a.constFirst().toString().contains(u"belongs to no trade");
        }));
    }

    // Defect: a bracket rejected inside submitBracket left a dead trade that the next signal
    // joined as an "add", taking its stop, target and trade type.
    void bracketRejectedInsideSubmitLeavesNoTrade() {
        auto owned = std::make_unique<RejectingBroker>();
        RejectingBroker& broker = *owned;
        ExecutorRig rig({}, std::move(owned));
        rig.bar("100");
        broker.rejectNext = true;
        rig.executor.onSignal(rig.signal("s1"));
        QVERIFY(!rig.executor.tradePhase(QStringLiteral("TEST")).has_value());

        rig.executor.onSignal(rig.swingSignal("s2", "98", "104"));
        rig.bar("100");
        const Position* p = rig.executor.positions().position(QStringLiteral("TEST"));
        QVERIFY(p);
        QCOMPARE(p->signalId, QStringLiteral("s2"));
        QCOMPARE(p->stopLoss, px("98"));
        QCOMPARE(toString(p->tradeType), toString(TradeType::Swing));
        QVERIFY2(rig.violations.isEmpty(), qPrintable(rig.violations.join(u'\n')));
    }

    // A stop the broker refuses would leave the shares unprotected: the trade is closed and
    // the operator alerted. Here the stop of a scale-in's shares.
    void refusedStopClosesTheTrade() {
        auto owned = std::make_unique<RejectingBroker>();
        RejectingBroker& broker = *owned;
        ExecutorRig rig({}, std::move(owned));
        QSignalSpy alerts(&rig.executor, &TradeExecutor::alertRaised);
        QSignalSpy closed(&rig.executor, &TradeExecutor::positionClosed);
        rig.barsUntil(60, "100");
        rig.executor.onSignal(rig.signal("scale"));
        broker.rejectNextStop = true;
        rig.barsUntil(80, "100");
        QVERIFY2(!broker.rejectNextStop, "no single stop was sent");
        QCOMPARE(alerts.count(), 1);
        QVERIFY(alerts.constFirst().constFirst().toString().contains(u"refused stop"));
        QCOMPARE(closed.count(), 1);
        QCOMPARE(closed.at(0).at(1).toString(), QStringLiteral("stop_rejected"));
        QCOMPARE(rig.broker.positions().size(), 0);
    }

    // A stop move the broker refuses leaves the old stop working: the shares stay covered, so
    // nothing is closed; the operator is told, and the old stop still protects.
    void refusedStopMoveKeepsTheOldStop() {
        auto owned = std::make_unique<RejectingBroker>();
        RejectingBroker& broker = *owned;
        ExecutorRig rig({}, std::move(owned));
        QSignalSpy alerts(&rig.executor, &TradeExecutor::alertRaised);
        QSignalSpy closed(&rig.executor, &TradeExecutor::positionClosed);
        rig.openTrade();
        broker.refuseNextReplace = true;
        QVERIFY(rig.executor.moveStop(QStringLiteral("TEST"), px("99.60")) == StopMoveError::None);
        QCOMPARE(alerts.count(), 1);
        QVERIFY(alerts.constFirst().constFirst().toString().contains(u"refused to move stop"));
        COMPARE_NAMED(rig.executor.tradePhase(QStringLiteral("TEST")).value(), TradePhase::Open);
        COMPARE_NAMED(rig.executor.orders().find(u"s1-stop"_s)->state, OrderState::Accepted);
        COMPARE_NAMED(rig.executor.orders().find(u"s1-stop-2"_s)->state, OrderState::Rejected);
        rig.bar("99.62"); // through the refused stop's price, not the old one's: nothing
        QCOMPARE(closed.count(), 0);
        rig.bar("98.90"); // the old stop at 99 fills
        QCOMPARE(closed.count(), 1);
        QCOMPARE(closed.at(0).at(1).toString(), QStringLiteral("stop_loss"));
        QVERIFY2(rig.violations.isEmpty(), qPrintable(rig.violations.join(u'\n')));
    }

    // A submit whose outcome is unknown (a timeout) is never sent again: the executor looks the
    // orders up by client order id, with a growing pause, while the broker has none of them
    // (NotFound keeps them Unknown), and stops once the broker's answer arrives.
    void anAmbiguousSubmitIsLookedUpNeverResent() {
        auto owned = std::make_unique<RemoteLikeBroker>();
        RemoteLikeBroker& broker = *owned;
        ExecutorRig rig({}, std::move(owned));
        QSignalSpy alerts(&rig.executor, &TradeExecutor::alertRaised);
        rig.bar("100");
        broker.timeOutNext = true;
        rig.executor.onSignal(rig.signal("s1"));
        QCOMPARE(broker.submits, 1);
        COMPARE_NAMED(rig.executor.orders().find(u"s1-entry"_s)->state, OrderState::Unknown);
        QCOMPARE(broker.lookups, 0); // the first lookup waits a second

        const auto tick = [&](qint64 ms) {
            rig.clock.setNowMs(rig.clock.nowMs() + ms);
            rig.broker.setTimeMs(rig.clock.nowMs());
            rig.executor.onClockTick();
        };
        tick(1'000);
        QCOMPARE(broker.lookups, 3); // entry, stop, target
        QVERIFY(broker.lookedUp.contains(u"s1-entry"_s));
        for (const char* id : {"s1-entry", "s1-stop", "s1-target"})
            COMPARE_NAMED(rig.executor.orders().find(QString::fromLatin1(id))->state,
                          OrderState::Unknown);
        QCOMPARE(alerts.count(), 3); // once per order: not at the broker yet, not resent
        QVERIFY(alerts.constFirst().constFirst().toString().contains(u"not sent again"));
        tick(500);
        QCOMPARE(broker.lookups, 3); // the pause grew
        tick(1'500);
        QCOMPARE(broker.lookups, 6);
        // A second signal for the ticker is no second bracket.
        rig.executor.onSignal(rig.signal("s2"));
        QCOMPARE(broker.submits, 1);
        QCOMPARE(alerts.count(), 3);

        broker.arrive(); // it had reached the broker after all
        COMPARE_NAMED(rig.executor.orders().find(u"s1-entry"_s)->state, OrderState::Accepted);
        tick(60'000);
        QCOMPARE(broker.lookups, 6); // resolved: no more lookups
        rig.barsUntil(4, "100");     // bars after its arrival
        QVERIFY(rig.executor.positions().position(u"TEST"_s));
        QCOMPARE(rig.executor.positions().position(u"TEST"_s)->shares,
                 rig.executor.orders().find(u"s1-entry"_s)->filled);
        QCOMPARE(broker.submits, 1);
        QVERIFY2(rig.violations.isEmpty(), qPrintable(rig.violations.join(u'\n')));
    }

    // A request that never arrived ends only with the broker's own answer; until then the
    // ticker stays with the order (no other entry), after it the trade is gone.
    void aLostSubmitEndsOnlyWithTheBrokersAnswer() {
        auto owned = std::make_unique<RemoteLikeBroker>();
        RemoteLikeBroker& broker = *owned;
        ExecutorRig rig({}, std::move(owned));
        rig.bar("100");
        broker.timeOutNext = true;
        rig.executor.onSignal(rig.signal("s1"));
        for (int i = 0; i < 10; ++i) {
            rig.clock.setNowMs(rig.clock.nowMs() + 30'000);
            rig.executor.onClockTick();
        }
        QVERIFY(broker.lookups >= 15);
        COMPARE_NAMED(rig.executor.orders().find(u"s1-entry"_s)->state, OrderState::Unknown);
        QVERIFY(rig.executor.tradePhase(u"TEST"_s).has_value());
        broker.refuse();
        COMPARE_NAMED(rig.executor.orders().find(u"s1-entry"_s)->state, OrderState::Rejected);
        const int lookups = broker.lookups;
        rig.clock.setNowMs(rig.clock.nowMs() + 60'000);
        rig.executor.onClockTick();
        QCOMPARE(broker.lookups, lookups);
        QCOMPARE(broker.submits, 1);
        QCOMPARE(rig.executor.orders().working().size(), 0);
    }

    // A stop that failed before it left (NotSent, the connection down) is placed again under a
    // new id, held while the broker is down and sent when it is back; the shares are never left
    // without a stop in the book, and nothing is dropped.
    void aStopNotSentIsHeldAndSentWhenTheBrokerIsBack() {
        auto owned = std::make_unique<RemoteLikeBroker>();
        RemoteLikeBroker& broker = *owned;
        ExecutorRig rig({}, std::move(owned)); // scale-in on: the second half gets its own stop
        rig.barsUntil(60, "100");
        rig.executor.onSignal(rig.signal("scale"));
        broker.notSentNextStop = true;
        while (broker.notSentNextStop && rig.minute < 75)
            rig.bar("100");
        QVERIFY2(!broker.notSentNextStop, "the scale-in's stop was never sent");
        COMPARE_NAMED(rig.executor.connectivity(u"paper"_s), BrokerConnectivity::Down);
        const QString first = clientOrderId(u"scale"_s, OrderLeg::Stop, 2);
        COMPARE_NAMED(rig.executor.orders().find(first)->state, OrderState::Rejected);
        // Placed again under a new id, held (New) for the broker.
        QCOMPARE(rig.executor.heldOrders().size(), std::size_t(1));
        const OrderRecord* held = rig.executor.orders().at(rig.executor.heldOrders().front());
        COMPARE_NAMED(held->state, OrderState::New);
        COMPARE_NAMED(held->order.leg, OrderLeg::Stop);
        QVERIFY(held->order.clientOrderId != first);
        QCOMPARE(held->order.quantity, rig.executor.orders().find(first)->order.quantity);
        const int submits = broker.submits;

        broker.restore();
        QCOMPARE(broker.submits, submits + 1);
        QVERIFY(rig.executor.heldOrders().empty());
        const OrderRecord* sent = rig.executor.orders().find(held->order.clientOrderId);
        COMPARE_NAMED(sent->state, OrderState::Accepted);
        QCOMPARE(rig.workingOf(u"TEST"_s, OrderLeg::Stop).size(), 2);
        QVERIFY2(rig.violations.isEmpty(), qPrintable(rig.violations.join(u'\n')));
    }

    // A degraded broker (answers late) takes no new entry but still the orders of the trades it
    // holds: a stop move and the exit go out.
    void aDegradedBrokerTakesExitsNotEntries() {
        auto owned = std::make_unique<RemoteLikeBroker>();
        RemoteLikeBroker& broker = *owned;
        ExecutorRig rig({}, std::move(owned));
        rig.openTrade();
        broker.degrade();
        COMPARE_NAMED(rig.executor.connectivity(u"paper"_s), BrokerConnectivity::Degraded);
        rig.barOf(u"OTHER"_s, 1, rig.makeBar("100"));
        rig.executor.onSignal(rig.signal("other", u"OTHER"_s));
        QCOMPARE(rig.executor.stats().rejected.value(u"no_broker"_s), 1);
        COMPARE_NAMED(rig.executor.moveStop(u"TEST"_s, px("99.60")), StopMoveError::None);
        QVERIFY(rig.executor.closePosition(u"TEST"_s));
        rig.bar("100.40"); // the OTHER bar's minute
        rig.bar("100.40");
        QCOMPARE(rig.broker.positions().size(), 0);
        QVERIFY2(rig.violations.isEmpty(), qPrintable(rig.violations.join(u'\n')));
    }

    // While the broker is down a stop move is refused (the stop stays where the broker has it).
    void aStopMoveWaitsForAReachableBroker() {
        auto owned = std::make_unique<FaultyBroker>();
        FaultyBroker& broker = *owned;
        ExecutorRig rig({}, std::move(owned));
        rig.openTrade();
        broker.drop();
        COMPARE_NAMED(rig.executor.moveStop(u"TEST"_s, px("99.60")),
                      StopMoveError::BrokerUnreachable);
        QCOMPARE(rig.executor.positions().position(u"TEST"_s)->stopLoss, px("99"));
        broker.restore();
        COMPARE_NAMED(rig.executor.moveStop(u"TEST"_s, px("99.60")), StopMoveError::None);
    }

    // Defect: after a stop move, the old bracket target and the new stop were not
    // one-cancels-other: one bar through both sold the position twice.
    void barThroughTargetAndMovedStopSellsOnce() {
        ExecutorRig rig;
        rig.openTrade();
        QVERIFY(rig.executor.moveStop(QStringLiteral("TEST"), px("99.60")) == StopMoveError::None);
        rig.bar("100.40"); // the old legs' cancels and the new stop settle
        rig.bar(ohlc(rig.makeBar("100").timeMs, "100.40", "102.50", "99.00", "100.00"));
        rig.bar("100");
        for (const BrokerPosition& bp : rig.broker.positions())
            QVERIFY2(bp.shares >= 0 && bp.direction == Direction::Long,
                     "the broker went short: the shares were sold twice");
        QCOMPARE(rig.broker.positions().size(), 0);
        QCOMPARE(rig.executor.positions().openCount(), 0);
        QVERIFY2(rig.violations.isEmpty(), qPrintable(rig.violations.join(u'\n')));
    }

    // Defect: an add joined a trade that was already exiting.
    void addToAnExitingTradeIsRefused() {
        ExecutorRig rig;
        rig.bar("100");
        rig.executor.onSignal(rig.signal("s1"));
        rig.bar("100");
        rig.bar("101"); // in profit: an add to a winner would pass the gate
        QVERIFY(rig.executor.closePosition(QStringLiteral("TEST")));
        rig.executor.onSignal(rig.signal("s2"));
        QCOMPARE(rig.executor.stats().rejected.value(QStringLiteral("trade_exiting")), 1);
        rig.bar("101");
        QCOMPARE(rig.executor.positions().openCount(), 0);
        QVERIFY(rig.workingOf(QStringLiteral("TEST"), OrderLeg::Entry).isEmpty());
    }

    // Defect: a second signal for a ticker whose first entry was still working joined that
    // trade; its shares opened the first signal's trade, journaled with the first signal's id,
    // stop and target (the replay's BAC trade of 2013-10-10). One entry at a time: refused.
    void signalWhileAnEntryIsWorkingIsRefused() {
        QTemporaryDir dir;
        ExecutorRig rig({}, {}, dir.filePath(QStringLiteral("journal.db")));
        rig.bar("100.10");
        Signal first = rig.signal("first");
        first.conviction = 60; // a limit entry at 100.00, below the market
        rig.executor.onSignal(first);
        rig.bar("100.20");
        QCOMPARE(toString(*rig.executor.tradePhase(u"TEST"_s)), toString(TradePhase::PendingEntry));
        rig.executor.onSignal(rig.signal("second"));
        QCOMPARE(rig.executor.stats().rejected.value(QStringLiteral("entry_pending")), 1);
        QVERIFY(!rig.executor.orders().find(clientOrderId(u"second"_s, OrderLeg::Entry)));
        rig.bar("100.20");
        QVERIFY(!rig.executor.positions().position(u"TEST"_s));
        // Refused before the risk gate: the journal holds the refusal, no approval.
        rig.journal->flush();
        const JournalReader j(dir.filePath(QStringLiteral("journal.db")));
        const auto decisions = j.rows(QStringLiteral(
            "SELECT payload_json FROM events WHERE kind = 'risk_decision' AND ref_id = 'second'"));
        QCOMPARE(decisions.size(), 1);
        const QString d = decisions.constFirst().value(0).toString();
        QVERIFY2(d.contains(u"\"approved\":false") && d.contains(u"entry_pending"), qPrintable(d));
    }

    // Defect: a day-trade add to a swing trade got a Day stop on shares held overnight. The
    // swing entry's wide stop sizes it below the exposure cap, leaving room for an add.
    void addTakesTheTradeTypeOfTheTradeItJoins() {
        ExecutorRig rig;
        rig.bar("100");
        rig.executor.onSignal(rig.swingSignal("s1", "60", "180"));
        rig.bar("100");
        rig.bar("101");
        rig.executor.onSignal(rig.signal("s2")); // a day-trade signal
        QVERIFY2(rig.executor.stats().approved == 2,
                 qPrintable(rig.executor.stats().rejected.keys().join(u',')));
        const OrderRecord* addStop = rig.executor.orders().find(QStringLiteral("s2-stop"));
        QVERIFY(addStop);
        QCOMPARE(toString(addStop->order.timeInForce), toString(TimeInForce::Gtc));
        rig.bar("101");
        QCOMPARE(toString(rig.executor.positions().position(QStringLiteral("TEST"))->tradeType),
                 toString(TradeType::Swing));
    }

    // Defect: EOD flattening ran only on the position's own bars: an illiquid name with no bar
    // after the cutoff was carried overnight.
    void eodCutoffClosesATickerThatPrintsNoBar() {
        ExecutorRig rig;
        rig.bar("100");
        rig.executor.onSignal(rig.signal("s1"));
        rig.bar("100");
        QVERIFY(rig.executor.positions().position(QStringLiteral("TEST")));
        // From here only OTHER prints, up to 15:57 (minute 387 of the session).
        while (rig.minute < 387) {
            rig.barOf(QStringLiteral("OTHER"), 1, rig.makeBar("50"));
            ++rig.minute;
        }
        QCOMPARE(toString(rig.executor.tradePhase(QStringLiteral("TEST")).value()),
                 toString(TradePhase::Exiting));
        QCOMPARE(rig.workingOf(QStringLiteral("TEST"), OrderLeg::Exit).size(), 1);
        QVERIFY(rig.workingOf(QStringLiteral("TEST"), OrderLeg::Stop).isEmpty());
    }

    // An early close the broker announces for today (no rule derives it) moves the EOD cutoff
    // with it: a close at 10:30 puts the cutoff at 10:25, and the day trade is sold then, not
    // at 15:55 (and before its 120-minute time stop).
    void anAnnouncedEarlyCloseMovesTodaysCutoff() {
        ExecutorRig rig;
        QSignalSpy closed(&rig.executor, &TradeExecutor::positionClosed);
        rig.bar("100");
        rig.executor.onSignal(rig.signal("s1"));
        rig.bar("100");
        QVERIFY(rig.executor.positions().position(QStringLiteral("TEST")));
        MarketCalendar calendar;
        const QDate today = calendar.newYorkDate(rig.dayStartMs);
        TradingSession early{today, rig.dayStartMs, rig.dayStartMs + 60 * 60'000, true};
        QVERIFY(!calendar.adoptAnnouncedSessions(today, today, {early}).value().isEmpty());
        rig.executor.setCalendar(calendar);
        while (rig.minute < 54) // up to 10:24: still held
            rig.bar("100");
        QVERIFY2(closed.isEmpty(), qPrintable(closed.value(0).value(1).toString() + u' ' +
                                              QString::number(rig.minute)));
        while (rig.minute < 58) // 10:25 is the cutoff: sold at the next bar
            rig.bar("100");
        QCOMPARE(closed.count(), 1);
        QCOMPARE(closed.at(0).at(1).toString(), QStringLiteral("eod_close"));
        QVERIFY(!rig.executor.positions().position(QStringLiteral("TEST")));
    }

    // Defect: max_concurrent_positions counted filled positions only.
    void pendingEntriesCountTowardTheConcurrentLimit() {
        ExecutorConfig c;
        c.maxConcurrentPositions = 2;
        ExecutorRig rig(c);
        int symbol = 1;
        for (const char* t : {"AAA", "BBB", "CCC", "DDD"})
            rig.barOf(QString::fromLatin1(t), symbol++, rig.makeBar("100"));
        rig.bar("100");
        for (const char* t : {"AAA", "BBB", "CCC", "DDD"}) {
            Signal s = rig.signal(t, QString::fromLatin1(t));
            rig.executor.onSignal(s);
        }
        QVERIFY2(rig.executor.stats().approved == 2,
                 qPrintable(rig.executor.stats().rejected.keys().join(u',')));
        QCOMPARE(rig.executor.stats().rejected.value(QStringLiteral("max_positions")), 2);
    }

    // Defect: the day's starting equity was taken after the day's first bar was marked, so an
    // overnight gap was not part of the day's loss.
    void overnightGapCountsInTheDailyLoss() {
        ExecutorRig rig;
        rig.bar("100");
        rig.executor.onSignal(rig.swingSignal("s1", "80", "140"));
        rig.barsUntil(390, "100");
        const Money closeEquity = rig.broker.equity();
        rig.nextDay();
        rig.bar(ohlc(rig.makeBar("90").timeMs, "90", "90.05", "89.95", "90")); // 10 % gap down
        QCOMPARE(rig.executor.accountState().startOfDayEquity, closeEquity);
        QVERIFY(rig.executor.accountState().dailyPnl().isNegative());
    }

    // Defect: the summary's max drawdown reset every day.
    void maxDrawdownSpansDays() {
        ExecutorRig rig;
        rig.bar("100");
        rig.executor.onSignal(rig.swingSignal("s1", "80", "140"));
        Money peak;
        Money worst;
        const auto track = [&] {
            const Money e = rig.broker.equity();
            if (e > peak)
                peak = e;
            if (peak - e > worst)
                worst = peak - e;
        };
        rig.bar("100");
        track();
        rig.bar("104");
        track();
        rig.barsUntil(390, "102"); // day 1: down 2 from the peak
        track();
        rig.nextDay();
        rig.bar("99"); // day 2: down 5 from day 1's peak, 3 from day 2's start
        track();
        rig.bar("99");
        track();
        QVERIFY(worst.isPositive());
        QCOMPARE(rig.executor.stats().maxDrawdown, worst);
    }

    // Defect: an add to a winner was routed to the primary broker, not to the one holding the
    // position.
    void addGoesToTheBrokerHoldingThePosition() {
        ExecutorRig rig;
        PaperBroker& first = rig.broker;
        rig.bar("100");
        rig.executor.onSignal(rig.signal("s1"));
        rig.bar("100");
        rig.bar("101");
        RejectingBroker second(QStringLiteral("paper2"));
        rig.router.addBroker(&second);
        rig.router.setPrimary(second.name());
        rig.executor.attachBroker(&second);
        rig.executor.onSignal(rig.signal("s2"));
        QCOMPARE(rig.executor.stats().approved, 2);
        const OrderRecord* add =
            rig.executor.orders().find(clientOrderId(QStringLiteral("s2"), OrderLeg::Entry));
        QVERIFY(add);
        QCOMPARE(add->order.broker, first.name());
    }

    // Defects: a limit entry that bought part of its shares never expired, and its bracket legs
    // stayed sized for the whole order: the order book kept the target "partially filled"
    // forever after it sold the shares bought, so the trade never ended and no exit was ever
    // sent for a later add (held unprotected through the close). Now the entry expires, its
    // legs shrink to the shares it bought, and the add's shares are covered and closed at EOD.
    void partlyFilledLimitEntryExpiresAndItsLegsShrink() {
        ExecutorConfig c;
        c.scaleInEnabled = false;
        c.limitEntryExpiryBars = 2;
        PaperBrokerSettings st = ExecutorRig::defaultSettings();
        st.maxParticipation = 0.004; // 40 shares of a 10,000-share bar
        ExecutorRig rig(c, std::make_unique<PaperBroker>(st));
        rig.bar("100.10");
        Signal first = rig.signal("part");
        first.conviction = 60; // a limit entry at 100.00
        rig.executor.onSignal(first);
        const QString entryId = clientOrderId(u"part"_s, OrderLeg::Entry);
        const QString stopId = clientOrderId(u"part"_s, OrderLeg::Stop);
        const QString targetId = clientOrderId(u"part"_s, OrderLeg::Target);
        const Quantity ordered = rig.executor.orders().find(entryId)->order.quantity;
        QVERIFY(ordered > 80);
        rig.bar("100"); // low 99.95: 40 shares at the limit
        QCOMPARE(rig.executor.orders().find(entryId)->filled, 40);
        // Above the limit from here on: nothing more fills; two 5-minute bars later it expires.
        rig.barsUntil(15, "100.20");
        QCOMPARE(toString(rig.executor.orders().find(entryId)->state),
                 toString(OrderState::Cancelled));
        QCOMPARE(rig.executor.orders().find(stopId)->order.quantity, 40);
        QCOMPARE(rig.executor.orders().find(targetId)->order.quantity, 40);

        Signal add = rig.signal("add");
        add.entryPrice = px("100.20");
        add.targetPrice = px("104"); // the first target sells only the first 40
        rig.executor.onSignal(add);
        rig.bar("100.20");
        const Quantity added =
            rig.executor.orders().find(clientOrderId(u"add"_s, OrderLeg::Entry))->filled;
        QVERIFY(added > 0);
        QCOMPARE(rig.executor.positions().position(u"TEST"_s)->shares, 40 + added);
        rig.bar("102.10"); // through the first target (102) only
        QCOMPARE(rig.executor.positions().position(u"TEST"_s)->shares, added);
        QCOMPARE(toString(rig.executor.orders().find(targetId)->state),
                 toString(OrderState::Filled));
        QVERIFY(!rig.executor.orders().find(stopId)->isWorking());
        // Through the close: the add's shares go out at the EOD cutoff (15:55, minute 385).
        rig.barsUntil(390, "102.10");
        QVERIFY2(!rig.executor.positions().position(u"TEST"_s),
                 "the add was held through the close");
        QVERIFY2(rig.violations.isEmpty(), qPrintable(rig.violations.join(u'\n')));
    }

    // Defect: the exit tracker started unseeded at the entry, so a cloud flip against the
    // position on the first bar evaluated after the entry was missed (no colour to compare
    // with). The flip bar is found by a dry run of the same bars; the entry fills in that bar.
    void cloudFlipOnTheFirstBarAfterTheEntryExits() {
        ExecutorConfig c;
        c.scaleInEnabled = false;
        // Up 0.10 a minute for 100 minutes, then down 0.06 a minute: the fast cloud turns bearish
        // while the price is still far above the macro cloud and the stop.
        auto priceAt = [](int minute) {
            const qint64 cents = minute < 100 ? 9'000 + 10 * minute : 10'000 - 6 * (minute - 100);
            return Price::fromUnits(cents * 100);
        };
        auto barAt = [&](const ExecutorRig& rig, int minute) {
            const Price p = priceAt(minute);
            return Bar{
                rig.dayStartMs + minute * 60'000LL, p, p + px("0.05"), p - px("0.05"), p, 10'000};
        };
        int flipEnd = -1; // the last minute of the 5-minute bar whose fast cloud flips
        {
            ExecutorRig dry(c);
            const int tf = int(dry.clouds.timeframes().indexOf(u"5m"_s));
            QVERIFY(tf >= 0);
            std::optional<bool> bullish;
            for (int m = 0; m < 200 && flipEnd < 0; ++m) {
                dry.bar(barAt(dry, m));
                if (m % 5 != 4)
                    continue;
                const auto fast = dry.clouds.stack(0, tf)->states()[std::size_t(CloudLayer::Fast)];
                const bool now = fast.shortEma > fast.longEma;
                if (m > 100 && bullish == true && !now)
                    flipEnd = m;
                bullish = now;
            }
        }
        QVERIFY2(flipEnd > 0, "the bars never flip the fast cloud");
        ExecutorRig rig(c);
        QSignalSpy closed(&rig.executor, &TradeExecutor::positionClosed);
        for (int m = 0; m <= flipEnd - 5; ++m)
            rig.bar(barAt(rig, m));
        Signal s = rig.signal("flip");
        s.entryPrice = priceAt(flipEnd - 5);
        s.stopLoss = px("90");
        s.targetPrice = px("120");
        rig.executor.onSignal(s);
        for (int m = flipEnd - 4; m <= flipEnd + 1; ++m)
            rig.bar(barAt(rig, m));
        QCOMPARE(closed.count(), 1);
        QCOMPARE(closed.constFirst().at(1).toString(), toString(ExitReason::CloudFlip));
    }

    // A scale-in's shares get a stop of their own at the broker as they fill (the bracket's
    // stop covers the first half only): the rig's invariant, checked after every event, sees
    // every share covered. The clouds sit at 100 after an hour of flat bars, so each 5-minute
    // bar touches the pullback cloud and holds it.
    void scaleInSharesAreProtectedAsTheyFill() {
        ExecutorRig rig; // scale-in on: half now, half on a pullback that holds the cloud
        rig.barsUntil(60, "100");
        rig.executor.onSignal(rig.signal("scale"));
        rig.barsUntil(75, "100");
        const OrderRecord* scale =
            rig.executor.orders().find(clientOrderId(u"scale"_s, OrderLeg::Scale, 1));
        QVERIFY2(scale && scale->filled > 0, "the scale-in never filled");
        const Quantity held = rig.executor.positions().position(u"TEST"_s)->shares;
        QCOMPARE(held,
                 rig.executor.orders().find(clientOrderId(u"scale"_s, OrderLeg::Entry))->filled +
                     scale->filled);
        QCOMPARE(rig.workingOf(u"TEST"_s, OrderLeg::Stop).size(), 2);
        QVERIFY2(rig.violations.isEmpty(), qPrintable(rig.violations.join(u'\n')));
    }

    // A fill the book cannot apply (a repeated execution, an order nobody placed, more shares
    // than the order has) moves no position; it is counted, journaled and alerted.
    void unapplicableFillsAreJournaledAndAlerted() {
        QTemporaryDir dir;
        auto own = std::make_unique<FaultyBroker>();
        FaultyBroker& broker = *own;
        ExecutorRig rig({}, std::move(own), dir.filePath(QStringLiteral("journal.db")));
        QSignalSpy fills(&broker, &Broker::fillReceived);
        QSignalSpy alerts(&rig.executor, &TradeExecutor::alertRaised);
        rig.bar("100");
        rig.executor.onSignal(rig.signal("a"));
        rig.bar("100");
        QCOMPARE(fills.count(), 1);
        const Fill real = fills.constFirst().constFirst().value<Fill>();
        const Quantity held = rig.executor.positions().position(u"TEST"_s)->shares;

        broker.deliver(real); // the same execution again
        Fill ghost = real;
        ghost.executionId = u"ghost-1"_s;
        ghost.clientOrderId = u"nobody-entry"_s;
        ghost.handle = -1;
        broker.deliver(ghost);
        Fill over = real;
        over.executionId = u"over-1"_s;
        over.quantity = 1'000'000;
        broker.deliver(over);

        QCOMPARE(rig.executor.positions().position(u"TEST"_s)->shares, held);
        QCOMPARE(rig.executor.stats().anomalies, 3);
        QCOMPARE(alerts.count(), 3);
        QVERIFY(alerts.at(0).constFirst().toString().contains(u"duplicate_fill"));
        QVERIFY(alerts.at(1).constFirst().toString().contains(u"unknown_order"));
        QVERIFY(alerts.at(2).constFirst().toString().contains(u"overfill"));
        rig.journal->flush();
        const JournalReader j(dir.filePath(QStringLiteral("journal.db")));
        const auto rows = j.rows(QStringLiteral(
            "SELECT ref_id, payload_json FROM events WHERE kind = 'anomaly' ORDER BY seq"));
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).value(0).toString(), real.clientOrderId);
        QVERIFY(rows.at(0).value(1).toString().contains(u"duplicate_fill"));
        QCOMPARE(rows.at(1).value(0).toString(), u"nobody-entry"_s);
        QVERIFY(rows.at(1).value(1).toString().contains(u"unknown_order"));
        QVERIFY(rows.at(2).value(1).toString().contains(u"overfill"));
    }

    // The five kill-switch triggers, each from real events through the executor: realised
    // losses through fills (daily loss), equity below the minimum, a loss streak, the broker
    // unreachable for 61 s on the simulated clock, the manual switch. Each trip halts entries,
    // cancels working entries, closes day trades (swings keep their broker-side stops), alerts
    // once and is journaled.
    void killSwitchTriggersAct_data() {
        QTest::addColumn<QString>("trigger");
        QTest::newRow("daily_loss") << QStringLiteral("daily_loss");
        QTest::newRow("equity_minimum") << QStringLiteral("equity_below_minimum");
        QTest::newRow("loss_streak") << QStringLiteral("consecutive_losses");
        QTest::newRow("broker_unreachable") << QStringLiteral("broker_unreachable");
        QTest::newRow("manual") << QStringLiteral("manual");
    }
    void killSwitchTriggersAct() {
        QFETCH(QString, trigger);
        ExecutorConfig c;
        c.scaleInEnabled = false;
        int losingTrades = 0;
        if (trigger == u"daily_loss") {
            c.dailyLossLimit = 0.001; // $100 of $100,000
            losingTrades = 1;
        } else if (trigger == u"equity_below_minimum") {
            c.minAccountEquity = Money::fromWhole(99'900);
            losingTrades = 1;
        } else if (trigger == u"consecutive_losses") {
            c.consecutiveLossThreshold = 2;
            c.consecutiveLossPct = 0.005; // each stop-out loses about 1 % of its cost
            losingTrades = 2;
        }
        QTemporaryDir dir;
        auto own = std::make_unique<FaultyBroker>();
        FaultyBroker& broker = *own;
        ExecutorRig rig(c, std::move(own), dir.filePath(QStringLiteral("journal.db")));
        QSignalSpy alerts(&rig.executor, &TradeExecutor::alertRaised);
        const QString day = QStringLiteral("DAY"), swing = QStringLiteral("SWING"),
                      pending = QStringLiteral("PEND"), test = QStringLiteral("TEST");
        // One minute bar of each ticker: TEST at `testPrice`, DAY and SWING at 100, PEND at 51
        // (above its limit entry at 50, which keeps working).
        auto minute = [&](const char* testPrice) {
            rig.barOf(test, 0, rig.makeBar(testPrice));
            rig.barOf(day, 1, rig.makeBar("100"));
            rig.barOf(swing, 2, rig.makeBar("100"));
            rig.barOf(pending, 3, rig.makeBar("51"));
            ++rig.minute;
        };
        minute("100");
        rig.executor.onSignal(rig.signal("day", day));
        Signal s = rig.signal("swing", swing);
        s.tradeType = TradeType::Swing;
        rig.executor.onSignal(s);
        Signal p = rig.signal("pend", pending);
        p.conviction = 60; // a limit entry
        p.entryPrice = px("50");
        p.stopLoss = px("49");
        p.targetPrice = px("52");
        rig.executor.onSignal(p);
        minute("100");
        QVERIFY(rig.executor.positions().position(day));
        QVERIFY(rig.executor.positions().position(swing));
        QCOMPARE(rig.workingOf(pending, OrderLeg::Entry).size(), 1);

        for (int i = 0; i < losingTrades; ++i) {
            QVERIFY(!rig.executor.killSwitch().isTripped());
            const QByteArray id = "loss" + QByteArray::number(i);
            rig.executor.onSignal(rig.signal(id.constData()));
            minute("100");
            minute("98.50"); // through the 99.00 stop
        }
        if (trigger == u"broker_unreachable") {
            broker.drop();
            rig.clock.setNowMs(rig.clock.nowMs() + 60'000);
            rig.executor.onClockTick();
            QVERIFY2(!rig.executor.killSwitch().isTripped(), "60 s is not over the 60 s limit");
            rig.clock.setNowMs(rig.clock.nowMs() + 1'000);
            rig.executor.onClockTick();
            // The market data goes on; the paper account is there again for the exits.
            broker.restore();
        } else if (trigger == u"manual") {
            QVERIFY(!rig.executor.killSwitch().isTripped());
            rig.executor.tripKillSwitch(QStringLiteral("operator pressed the switch"));
        }

        QVERIFY2(rig.executor.killSwitch().isTripped(),
                 qPrintable(QStringLiteral("trades %1 losses %2")
                                .arg(rig.executor.stats().trades)
                                .arg(rig.executor.stats().losses)));
        QCOMPARE(toString(rig.executor.killSwitch().activeTrip()->trigger), trigger);
        // Entries halted.
        rig.executor.onSignal(rig.signal("after", QStringLiteral("NEW")));
        QCOMPARE(rig.executor.stats().rejected.value(QStringLiteral("kill_switch_tripped")), 1);
        // Working entries cancelled.
        QVERIFY(rig.workingOf(pending, OrderLeg::Entry).isEmpty());
        QCOMPARE(
            toString(rig.executor.orders().find(clientOrderId(u"pend"_s, OrderLeg::Entry))->state),
            toString(OrderState::Cancelled));
        // Day trades closed at market, swings kept with their stop.
        minute("100");
        QVERIFY(!rig.executor.positions().position(day));
        QVERIFY(rig.executor.positions().position(swing));
        QCOMPARE(rig.workingOf(swing, OrderLeg::Stop).size(), 1);
        // One alert, for the trip.
        QCOMPARE(alerts.count(), 1);
        QVERIFY2(alerts.constFirst().constFirst().toString().contains(u"KILL SWITCH"),
                 qPrintable(alerts.constFirst().constFirst().toString()));
        // Journaled: the trip, and the day trade's exit by the kill switch.
        rig.journal->flush();
        const JournalReader j(dir.filePath(QStringLiteral("journal.db")));
        const auto trips = j.rows(QStringLiteral("SELECT payload_json FROM events WHERE kind = "
                                                 "'kill_switch'"));
        QCOMPARE(trips.size(), 1);
        QVERIFY2(trips.constFirst().value(0).toString().contains(trigger),
                 qPrintable(trips.constFirst().value(0).toString()));
        const auto dayExit = j.rows(QStringLiteral("SELECT exit_reason FROM trade_executions "
                                                   "WHERE ticker = 'DAY'"));
        QCOMPARE(dayExit.size(), 1);
        QCOMPARE(dayExit.constFirst().value(0).toString(), QStringLiteral("kill_switch"));
    }
};

QTEST_GUILESS_MAIN(tst_TradeExecutorPaths)
#include "tst_TradeExecutorPaths.moc"
