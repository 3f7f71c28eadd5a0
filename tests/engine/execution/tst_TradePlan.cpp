#include "core/ClientOrderId.h"
#include "execution/TradePlan.h"
#include "support/TestValues.h"

#include <QTest>
#include <functional>

using namespace axion;
using namespace axion::test;

namespace {

// A trade's plan over a real order book, with the broker played by hand: commands are carried out
// on the book the way the executor does it (a submitted order is acked at once), and every event
// returns the commands it produced as one line ("cancel s1-stop; cancel s1-target").
struct PlanRig {
    OrderBook book;
    Quantity held = 0;
    TradePlan plan{signal(), px("110")};
    int executions = 0;
    bool ackSubmits = true; // false: the broker has not answered the orders sent yet

    static Signal signal() {
        Signal s;
        s.signalId = QStringLiteral("s1");
        s.ticker = QStringLiteral("TEST");
        s.direction = Direction::Long;
        s.tradeType = TradeType::Day;
        s.entryPrice = px("100");
        s.stopLoss = px("95");
        s.targetPrice = px("110");
        return s;
    }
    static Order order(const QString& signalId, OrderLeg leg, OrderSide side, Quantity quantity,
                       OrderType type) {
        Order o;
        o.clientOrderId = clientOrderId(signalId, leg);
        o.signalId = signalId;
        o.leg = leg;
        o.ticker = QStringLiteral("TEST");
        o.side = side;
        o.quantity = quantity;
        o.type = type;
        o.broker = QStringLiteral("paper");
        if (leg == OrderLeg::Stop || leg == OrderLeg::Target)
            o.parentClientOrderId = clientOrderId(signalId, OrderLeg::Entry);
        return o;
    }
    static EntryPlan bracket(const QString& signalId, Quantity shares, bool scaleIn = false) {
        EntryPlan p;
        p.entry = order(signalId, OrderLeg::Entry, OrderSide::Buy, shares, OrderType::Market);
        p.stop = order(signalId, OrderLeg::Stop, OrderSide::Sell, shares, OrderType::Stop);
        p.target = order(signalId, OrderLeg::Target, OrderSide::Sell, shares, OrderType::Limit);
        if (scaleIn)
            p.scaleIn = PendingScaleIn{signalId, QStringLiteral("TEST"), Direction::Long, 50,
                                       QStringLiteral("paper")};
        return p;
    }

    TradeFacts facts() const { return TradeFacts{book, held, QStringLiteral("paper")}; }

    QString carry(const TradeCommands& commands) {
        QStringList lines;
        for (const TradeCommand& c : commands) {
            lines << c.describe();
            switch (c.kind) {
            case TradeCommand::Kind::SubmitBracket:
            case TradeCommand::Kind::Submit:
                for (const Order& o : c.orders) {
                    book.insert(o, 0);
                    book.apply(o.clientOrderId, OrderEvent::Submit, 0);
                    if (ackSubmits)
                        book.apply(o.clientOrderId, OrderEvent::Ack, 0);
                }
                break;
            case TradeCommand::Kind::Replace:
                // The broker's atomic modify: the old order ends once the new one is live.
                book.insert(c.orders.front(), 0);
                book.apply(c.orders.front().clientOrderId, OrderEvent::Submit, 0);
                book.apply(c.clientOrderId, OrderEvent::CancelRequest, 0);
                break;
            case TradeCommand::Kind::Cancel:
                book.apply(c.clientOrderId, OrderEvent::CancelRequest, 0);
                break;
            case TradeCommand::Kind::ResizeLeg:
                book.resize(book.indexOf(c.clientOrderId), c.quantity, 0);
                break;
            default:
                break;
            }
        }
        return lines.join(QStringLiteral("; "));
    }
    QString update(const QString& id, OrderEvent event) {
        book.apply(id, event, 0);
        return carry(plan.onOrderUpdate(facts(), id, event, QStringLiteral("refused")));
    }
    // The broker confirms the cancels of the bracket's stop and target.
    QString legsCancelled() {
        update(QStringLiteral("s1-stop"), OrderEvent::CancelAck);
        return update(QStringLiteral("s1-target"), OrderEvent::CancelAck);
    }
    // A fill of `quantity` shares, then the broker's state report for it.
    QString fill(const QString& id, Quantity quantity) {
        const OrderRecord* r = book.find(id);
        Fill f;
        f.executionId = QStringLiteral("x%1").arg(++executions);
        f.clientOrderId = id;
        f.broker = QStringLiteral("paper");
        f.ticker = QStringLiteral("TEST");
        f.side = r->order.side;
        f.quantity = quantity;
        f.price = px("100");
        book.applyFill(f);
        const bool buys = r->order.side == OrderSide::Buy;
        const Quantity before = held;
        held += buys ? quantity : -quantity;
        const FillOutcome::Kind kind =
            buys ? (before == 0 ? FillOutcome::Opened : FillOutcome::Increased)
                 : (held == 0 ? FillOutcome::Closed : FillOutcome::Reduced);
        QStringList lines;
        lines << carry(plan.onFill(facts(), id, kind, quantity, QStringLiteral("paper")));
        r = book.find(id);
        lines << update(id, r->filled == r->order.quantity ? OrderEvent::Fill
                                                           : OrderEvent::PartialFill);
        lines.removeAll(QString());
        return lines.join(QStringLiteral("; "));
    }
};

using Step = std::function<QString(PlanRig&)>;
using From = std::function<void(PlanRig&)>;

// The phases a row starts from, each reached through the plan's own events.
void atPending(PlanRig& r) {
    r.carry(r.plan.enter(PlanRig::bracket(QStringLiteral("s1"), 100)));
}
void atOpen(PlanRig& r) {
    atPending(r);
    r.fill(QStringLiteral("s1-entry"), 100);
}
// The stop moved while the bracket's stop was still on its way to the broker (not acknowledged):
// it cannot be replaced, so it is cancelled and a new stop follows once it is gone.
void atReplacing(PlanRig& r) {
    r.ackSubmits = false;
    atOpen(r);
    r.carry(r.plan.moveStop(r.facts(), px("97")));
}
// A stop move the broker carries out as one replace (the stop was live and untouched).
void atMoving(PlanRig& r) {
    atOpen(r);
    r.carry(r.plan.moveStop(r.facts(), px("97")));
}
void atExiting(PlanRig& r) {
    atOpen(r);
    r.carry(r.plan.exit(r.facts(), QStringLiteral("manual")));
}
void atClosed(PlanRig& r) {
    atOpen(r);
    r.fill(QStringLiteral("s1-stop"), 100);
}

} // namespace

Q_DECLARE_METATYPE(From)
Q_DECLARE_METATYPE(Step)

class tst_TradePlan : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // (phase, event) -> the commands out and the phase after, written out from the trade rules.
    void commandsPerPhaseAndEvent_data() {
        QTest::addColumn<From>("from");
        QTest::addColumn<Step>("event");
        QTest::addColumn<QString>("commands");
        QTest::addColumn<QString>("phase");
        const auto row = [](const char* name, From from, Step event, const char* commands,
                            TradePhase phase) {
            QTest::newRow(name) << from << event << QString::fromLatin1(commands)
                                << toString(phase);
        };
        const QString entry = QStringLiteral("s1-entry");
        const QString stop = QStringLiteral("s1-stop");
        const QString target = QStringLiteral("s1-target");
        const auto exitNow = [](const char* reason) {
            return Step([reason](PlanRig& r) {
                return r.carry(r.plan.exit(r.facts(), QString::fromLatin1(reason)));
            });
        };
        const Step add = [](PlanRig& r) {
            return r.carry(r.plan.add(PlanRig::bracket(QStringLiteral("s2"), 50)));
        };
        const Step move = [](PlanRig& r) { return r.carry(r.plan.moveStop(r.facts(), px("97"))); };
        const Step eod = [](PlanRig& r) { return r.carry(r.plan.closeAtEod(r.facts())); };

        row(
            "pending x entry fill", atPending, [=](PlanRig& r) { return r.fill(entry, 100); },
            "record_entry", TradePhase::Open);
        row(
            "pending x entry part filled then cancelled", atPending,
            [=](PlanRig& r) {
                r.fill(entry, 40);
                r.book.apply(entry, OrderEvent::CancelRequest, 0);
                return r.update(entry, OrderEvent::CancelAck);
            },
            "resize s1-stop 40; resize s1-target 40", TradePhase::Open);
        // Alpaca: cancelling a bracket's member cancels the group, so the held legs end with
        // the entry. The 40 shares get a stop of their own at once (the target is not re-sent).
        row(
            "pending x entry part filled then its group cancelled", atPending,
            [=](PlanRig& r) {
                r.fill(entry, 40);
                r.book.apply(entry, OrderEvent::CancelRequest, 0);
                r.update(entry, OrderEvent::CancelAck);
                r.update(target, OrderEvent::CancelAck);
                return r.update(stop, OrderEvent::CancelAck);
            },
            "alert; submit s1-stop-2 sell 40 stop", TradePhase::Open);
        row(
            "pending x entry cancelled empty", atPending,
            [=](PlanRig& r) {
                r.book.apply(entry, OrderEvent::CancelRequest, 0);
                return r.update(entry, OrderEvent::CancelAck);
            },
            "cancel s1-stop; cancel s1-target", TradePhase::Closed);
        row(
            "pending x entry rejected", atPending,
            [=](PlanRig& r) { return r.update(entry, OrderEvent::Reject); },
            "cancel s1-stop; cancel s1-target", TradePhase::Closed);
        // The broker says filled (a lookup's answer) before its executions arrive: the legs
        // stay, the trade waits for the shares.
        row(
            "pending x filled report before its executions", atPending,
            [=](PlanRig& r) { return r.update(entry, OrderEvent::Fill); }, "",
            TradePhase::PendingEntry);
        row("pending x add", atPending, add, "", TradePhase::PendingEntry);
        row("pending x stop move", atPending, move, "", TradePhase::PendingEntry);
        row("pending x kill switch exit", atPending, exitNow("kill_switch"),
            "cancel s1-stop; cancel s1-target; cancel s1-entry", TradePhase::Exiting);
        row("pending x eod (nothing held)", atPending, eod, "cancel s1-entry",
            TradePhase::PendingEntry);

        row("open x exit", atOpen, exitNow("cloud_flip"), "cancel s1-stop; cancel s1-target",
            TradePhase::Exiting);
        row("open x eod", atOpen, eod, "cancel s1-stop; cancel s1-target", TradePhase::Exiting);
        row("open x stop move", atOpen, move, "replace s1-stop by s1-stop-2 100 stop 97.00",
            TradePhase::Open);
        // The broker confirms: the old stop is gone, the new one live, the target untouched
        // (still one-cancels-other with the leg that took the stop's place).
        row(
            "moving x replaced", atMoving,
            [=](PlanRig& r) {
                r.update(stop, OrderEvent::CancelAck);
                return r.update(QStringLiteral("s1-stop-2"), OrderEvent::Ack);
            },
            "", TradePhase::Open);
        // The broker refuses: the old stop is still working, so there is no exit, only an alert.
        row(
            "moving x replace refused", atMoving,
            [=](PlanRig& r) {
                r.update(stop, OrderEvent::CancelReject);
                return r.update(QStringLiteral("s1-stop-2"), OrderEvent::Reject);
            },
            "alert", TradePhase::Open);
        // The old stop filled before the broker could replace it: the trade is closed by it.
        row(
            "moving x old stop filled first", atMoving,
            [=](PlanRig& r) {
                r.fill(stop, 100);
                return r.update(QStringLiteral("s1-stop-2"), OrderEvent::Reject);
            },
            "alert", TradePhase::Closed);
        // A second move before the broker answered the first: everything protective that can
        // be cancelled is (the stop being replaced is on its way out already), and one stop
        // follows once none can fill.
        row("moving x second move", atMoving, move, "cancel s1-target; cancel s1-stop-2",
            TradePhase::StopReplacing);
        row(
            "stop on its way x stop move",
            [](PlanRig& r) {
                r.ackSubmits = false;
                atOpen(r);
            },
            move, "cancel s1-stop; cancel s1-target", TradePhase::StopReplacing);
        row("open x add", atOpen, add, "submit_bracket s2-entry s2-stop s2-target 50",
            TradePhase::Open);
        row(
            "open x stop fill", atOpen, [=](PlanRig& r) { return r.fill(stop, 100); },
            "record_exit stop_loss; cancel s1-target", TradePhase::Closed);
        row(
            "open x target fill", atOpen, [=](PlanRig& r) { return r.fill(target, 100); },
            "record_exit profit_target; cancel s1-stop", TradePhase::Closed);
        // The broker ended the stop on its own (expired, cancelled at its side): the shares are
        // protected again at once.
        row(
            "open x stop expired", atOpen,
            [=](PlanRig& r) { return r.update(stop, OrderEvent::Expire); },
            "alert; submit s1-stop-2 sell 100 stop", TradePhase::Open);
        row(
            "open x stop rejected", atOpen,
            [=](PlanRig& r) { return r.update(stop, OrderEvent::Reject); },
            "alert; cancel s1-target", TradePhase::Exiting);

        row(
            "replacing x old stops gone", atReplacing,
            [=](PlanRig& r) { return r.legsCancelled(); }, "submit s1-stop-2 sell 100 stop",
            TradePhase::Open);
        // The refused replacement starts the exit, and only one: the exit decided in this step
        // is in flight for the rest of it.
        row(
            "replacing x new stop rejected", atReplacing,
            [=](PlanRig& r) {
                r.legsCancelled();
                return r.update(QStringLiteral("s1-stop-2"), OrderEvent::Reject);
            },
            "alert; submit s1-exit sell 100 market", TradePhase::Exiting);
        row("replacing x add", atReplacing, add, "", TradePhase::StopReplacing);
        row("replacing x exit", atReplacing, exitNow("manual"), "", TradePhase::Exiting);

        row(
            "exiting x legs gone", atExiting, [=](PlanRig& r) { return r.legsCancelled(); },
            "submit s1-exit sell 100 market", TradePhase::Exiting);
        row(
            "exiting x exit fill", atExiting,
            [=](PlanRig& r) {
                r.legsCancelled();
                return r.fill(QStringLiteral("s1-exit"), 100);
            },
            "record_exit manual", TradePhase::Retired);
        row("exiting x add", atExiting, add, "", TradePhase::Exiting);
        row("exiting x stop move", atExiting, move, "", TradePhase::Exiting);
        row("exiting x second exit", atExiting, exitNow("kill_switch"), "", TradePhase::Exiting);

        row(
            "closed x last leg gone", atClosed,
            [=](PlanRig& r) { return r.update(target, OrderEvent::CancelAck); }, "",
            TradePhase::Retired);
        row("closed x add", atClosed, add, "", TradePhase::Closed);
        row("closed x exit", atClosed, exitNow("manual"), "", TradePhase::Closed);
    }
    void commandsPerPhaseAndEvent() {
        QFETCH(From, from);
        QFETCH(Step, event);
        QFETCH(QString, commands);
        QFETCH(QString, phase);
        PlanRig r;
        from(r);
        QCOMPARE(event(r), commands);
        QCOMPARE(toString(r.plan.phase()), phase);
    }

    // A scale-in's order still working when the stop closed the trade fills late: the shares are
    // flagged and flattened once nothing of the trade can fill any more.
    void lateScaleInFillIsFlattened() {
        PlanRig r;
        r.carry(r.plan.enter(PlanRig::bracket(QStringLiteral("s1"), 100, true)));
        r.fill(QStringLiteral("s1-entry"), 100);
        QVERIFY(r.plan.scaleInDue(r.facts()));
        Order scale = PlanRig::order(QStringLiteral("s1"), OrderLeg::Scale, OrderSide::Buy, 50,
                                     OrderType::Limit);
        QCOMPARE(r.carry(r.plan.placeScaleIn(scale)),
                 QStringLiteral("submit s1-scale buy 50 limit"));
        QCOMPARE(r.fill(QStringLiteral("s1-stop"), 100),
                 QStringLiteral("record_exit stop_loss; cancel s1-target; cancel s1-scale"));
        QCOMPARE(r.fill(QStringLiteral("s1-scale"), 50), QStringLiteral("record_entry; late_fill"));
        QCOMPARE(toString(r.plan.phase()), toString(TradePhase::Exiting));
        QCOMPARE(r.update(QStringLiteral("s1-target"), OrderEvent::CancelAck),
                 QStringLiteral("submit s1-exit sell 50 market"));
    }
};

QTEST_APPLESS_MAIN(tst_TradePlan)
#include "tst_TradePlan.moc"
