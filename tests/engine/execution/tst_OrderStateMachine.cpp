#include "execution/OrderStateMachine.h"
#include "support/TestValues.h"

#include <QSet>
#include <QTest>
#include <array>
#include <optional>

using namespace axion;

// core's toString(enum) returns a QString, which ADL prefers over QTest's enum printer inside
// QCOMPARE and breaks it: compare such enums by name (also gives readable failure messages).

namespace {

using S = OrderState;
using E = OrderEvent;
constexpr std::optional<OrderState> X = std::nullopt; // invalid pair

struct Expected {
    OrderState state;
    OrderEvent event;
    std::optional<OrderState> next;
};

// The expected table, written out from DESIGN §3 and the order lifecycle rules, independently of
// the implementation: all 10 x 12 pairs, one row each.
// Deliberate additions to the written rules are marked [+]:
//   CancelPending + Ack    -> CancelPending (late ack of a submit cancel-requested while
//   Submitting) CancelPending + Reject -> Rejected      (late reject of such a submit) Rejected +
//   NotFound    -> Rejected      (duplicate of the lookup that rejected it)
//   Unknown + NotFound -> Unknown (the request may still be on its way: only the broker ends it)
//   NotSent mirrors Reject where a submit may be unanswered (New, Submitting, CancelPending), and
//   is invalid after a Timeout (Unknown) and once the broker has acknowledged the order
// clang-format off
const Expected kExpected[] = {
    {S::New, E::Submit, S::Submitting},
    {S::New, E::Ack, X},
    {S::New, E::PartialFill, X},
    {S::New, E::Fill, X},
    {S::New, E::CancelRequest, S::Cancelled},
    {S::New, E::CancelAck, X},
    {S::New, E::CancelReject, X},
    {S::New, E::Reject, S::Rejected},
    {S::New, E::Expire, X},
    {S::New, E::Timeout, X},
    {S::New, E::NotFound, X},
    {S::New, E::NotSent, S::Rejected},

    {S::Submitting, E::Submit, X},
    {S::Submitting, E::Ack, S::Accepted},
    {S::Submitting, E::PartialFill, S::PartiallyFilled},
    {S::Submitting, E::Fill, S::Filled},
    {S::Submitting, E::CancelRequest, S::CancelPending},
    {S::Submitting, E::CancelAck, S::Cancelled},
    {S::Submitting, E::CancelReject, X},
    {S::Submitting, E::Reject, S::Rejected},
    {S::Submitting, E::Expire, S::Expired},
    {S::Submitting, E::Timeout, S::Unknown},
    {S::Submitting, E::NotFound, X},
    {S::Submitting, E::NotSent, S::Rejected},

    {S::Accepted, E::Submit, X},
    {S::Accepted, E::Ack, S::Accepted},
    {S::Accepted, E::PartialFill, S::PartiallyFilled},
    {S::Accepted, E::Fill, S::Filled},
    {S::Accepted, E::CancelRequest, S::CancelPending},
    {S::Accepted, E::CancelAck, S::Cancelled},
    {S::Accepted, E::CancelReject, X},
    {S::Accepted, E::Reject, S::Rejected},
    {S::Accepted, E::Expire, S::Expired},
    {S::Accepted, E::Timeout, X},
    {S::Accepted, E::NotFound, X},
    {S::Accepted, E::NotSent, X},

    {S::PartiallyFilled, E::Submit, X},
    {S::PartiallyFilled, E::Ack, S::PartiallyFilled},
    {S::PartiallyFilled, E::PartialFill, S::PartiallyFilled},
    {S::PartiallyFilled, E::Fill, S::Filled},
    {S::PartiallyFilled, E::CancelRequest, S::CancelPending},
    {S::PartiallyFilled, E::CancelAck, S::Cancelled},
    {S::PartiallyFilled, E::CancelReject, X},
    {S::PartiallyFilled, E::Reject, X},
    {S::PartiallyFilled, E::Expire, S::Expired},
    {S::PartiallyFilled, E::Timeout, X},
    {S::PartiallyFilled, E::NotFound, X},
    {S::PartiallyFilled, E::NotSent, X},

    {S::Filled, E::Submit, X},
    {S::Filled, E::Ack, X},
    {S::Filled, E::PartialFill, X},
    {S::Filled, E::Fill, S::Filled},
    {S::Filled, E::CancelRequest, X},
    {S::Filled, E::CancelAck, X},
    {S::Filled, E::CancelReject, S::Filled}, // [+] refusal of a cancel that crossed its end
    {S::Filled, E::Reject, X},
    {S::Filled, E::Expire, X},
    {S::Filled, E::Timeout, X},
    {S::Filled, E::NotFound, X},
    {S::Filled, E::NotSent, X},

    {S::CancelPending, E::Submit, X},
    {S::CancelPending, E::Ack, S::CancelPending}, // [+]
    {S::CancelPending, E::PartialFill, S::CancelPending},
    {S::CancelPending, E::Fill, S::Filled},
    {S::CancelPending, E::CancelRequest, S::CancelPending},
    {S::CancelPending, E::CancelAck, S::Cancelled},
    {S::CancelPending, E::CancelReject, S::Accepted},
    {S::CancelPending, E::Reject, S::Rejected}, // [+]
    {S::CancelPending, E::Expire, S::Expired},
    {S::CancelPending, E::Timeout, S::Unknown}, // [+] the submit's answer was no answer
    {S::CancelPending, E::NotFound, X},
    {S::CancelPending, E::NotSent, S::Rejected},

    {S::Cancelled, E::Submit, X},
    {S::Cancelled, E::Ack, X},
    {S::Cancelled, E::PartialFill, X},
    {S::Cancelled, E::Fill, X},
    {S::Cancelled, E::CancelRequest, X},
    {S::Cancelled, E::CancelAck, S::Cancelled},
    {S::Cancelled, E::CancelReject, S::Cancelled}, // [+] refusal of a cancel that crossed its end
    {S::Cancelled, E::Reject, X},
    {S::Cancelled, E::Expire, X},
    {S::Cancelled, E::Timeout, X},
    {S::Cancelled, E::NotFound, X},
    {S::Cancelled, E::NotSent, X},

    {S::Rejected, E::Submit, X},
    {S::Rejected, E::Ack, X},
    {S::Rejected, E::PartialFill, X},
    {S::Rejected, E::Fill, X},
    {S::Rejected, E::CancelRequest, X},
    {S::Rejected, E::CancelAck, X},
    {S::Rejected, E::CancelReject, S::Rejected}, // [+] refusal of a cancel that crossed its end
    {S::Rejected, E::Reject, S::Rejected},
    {S::Rejected, E::Expire, X},
    {S::Rejected, E::Timeout, X},
    {S::Rejected, E::NotFound, S::Rejected}, // [+]
    {S::Rejected, E::NotSent, S::Rejected},

    {S::Expired, E::Submit, X},
    {S::Expired, E::Ack, X},
    {S::Expired, E::PartialFill, X},
    {S::Expired, E::Fill, X},
    {S::Expired, E::CancelRequest, X},
    {S::Expired, E::CancelAck, X},
    {S::Expired, E::CancelReject, S::Expired}, // [+] refusal of a cancel that crossed its end
    {S::Expired, E::Reject, X},
    {S::Expired, E::Expire, S::Expired},
    {S::Expired, E::Timeout, X},
    {S::Expired, E::NotFound, X},
    {S::Expired, E::NotSent, X},

    {S::Unknown, E::Submit, X},
    {S::Unknown, E::Ack, S::Accepted},
    {S::Unknown, E::PartialFill, S::PartiallyFilled},
    {S::Unknown, E::Fill, S::Filled},
    {S::Unknown, E::CancelRequest, X},
    {S::Unknown, E::CancelAck, S::Cancelled},
    {S::Unknown, E::CancelReject, X},
    {S::Unknown, E::Reject, S::Rejected},
    {S::Unknown, E::Expire, S::Expired},
    {S::Unknown, E::Timeout, S::Unknown},
    {S::Unknown, E::NotFound, S::Unknown},
    {S::Unknown, E::NotSent, X},
};
// clang-format on

// Names for row labels, local so the test does not lean on the code it checks.
constexpr std::array<const char*, kOrderStateCount> kStateLabels{
    "New",           "Submitting", "Accepted", "PartiallyFilled", "Filled",
    "CancelPending", "Cancelled",  "Rejected", "Expired",         "Unknown"};
constexpr std::array<const char*, kOrderEventCount> kEventLabels{
    "Submit",       "Ack",    "PartialFill", "Fill",    "CancelRequest", "CancelAck",
    "CancelReject", "Reject", "Expire",      "Timeout", "NotFound",      "NotSent"};

constexpr std::array<OrderState, 4> kTerminal{S::Filled, S::Cancelled, S::Rejected, S::Expired};

QList<OrderState> allStates() {
    QList<OrderState> out;
    for (int i = 0; i < kOrderStateCount; ++i)
        out << static_cast<OrderState>(i);
    return out;
}
QList<OrderEvent> allEvents() {
    QList<OrderEvent> out;
    for (int i = 0; i < kOrderEventCount; ++i)
        out << static_cast<OrderEvent>(i);
    return out;
}
bool terminal(OrderState s) {
    return std::find(kTerminal.begin(), kTerminal.end(), s) != kTerminal.end();
}

} // namespace

class tst_OrderStateMachine : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void expectedTableCoversEveryPairOnce() {
        QSet<int> seen;
        for (const Expected& row : kExpected) {
            const int key =
                static_cast<int>(row.state) * kOrderEventCount + static_cast<int>(row.event);
            QVERIFY2(!seen.contains(key), "pair listed twice in the expected table");
            seen.insert(key);
        }
        QCOMPARE(seen.size(), kOrderStateCount * kOrderEventCount);
        QCOMPARE(kOrderStateCount, 10);
        QCOMPARE(kOrderEventCount, 12);
    }

    void everyPair_data() {
        QTest::addColumn<int>("state");
        QTest::addColumn<int>("event");
        QTest::addColumn<int>("expected"); // -1 = invalid
        for (const Expected& row : kExpected) {
            QTest::addRow("%s + %s", kStateLabels[static_cast<std::size_t>(row.state)],
                          kEventLabels[static_cast<std::size_t>(row.event)])
                << static_cast<int>(row.state) << static_cast<int>(row.event)
                << (row.next ? static_cast<int>(*row.next) : -1);
        }
    }
    void everyPair() {
        QFETCH(int, state);
        QFETCH(int, event);
        QFETCH(int, expected);
        const auto next = OrderStateMachine::transition(static_cast<OrderState>(state),
                                                        static_cast<OrderEvent>(event));
        if (expected < 0) {
            QVERIFY2(!next.has_value(), qPrintable(QStringLiteral("expected invalid, got %1")
                                                       .arg(next ? toString(*next) : QString())));
        } else {
            QVERIFY2(next.has_value(), "expected a transition, got invalid");
            QCOMPARE(static_cast<int>(*next), expected);
        }
    }

    void terminalStatesLeaveOnlyByDuplicate() {
        for (OrderState s : kTerminal) {
            QVERIFY(isTerminal(s)); // agrees with core's notion of terminal
            int keeps = 0;
            for (OrderEvent e : allEvents()) {
                const auto next = OrderStateMachine::transition(s, e);
                if (!next)
                    continue;
                COMPARE_NAMED(*next, s);
                ++keeps;
                // A duplicate: the same event leads into s from some live state.
                bool leadsThere = false;
                for (OrderState from : allStates()) {
                    if (!terminal(from) && OrderStateMachine::transition(from, e) == s)
                        leadsThere = true;
                }
                // [+] The refusal of a cancel that crossed the order's end keeps it too, and so
                // does a lookup that finds nothing for an order refused before it reached the
                // broker.
                QVERIFY2(leadsThere || e == E::CancelReject ||
                             (s == S::Rejected && e == E::NotFound),
                         "a terminal state kept by an event that never leads there");
            }
            QVERIFY(keeps >= 1);
        }
        for (OrderState s : allStates())
            QCOMPARE(isTerminal(s), terminal(s));
    }

    void everyLiveStateCanFinish() {
        for (OrderState start : allStates()) {
            if (terminal(start))
                continue;
            QSet<int> visited{static_cast<int>(start)};
            QList<OrderState> frontier{start};
            bool reachedTerminal = false;
            while (!frontier.isEmpty() && !reachedTerminal) {
                const OrderState s = frontier.takeFirst();
                for (OrderEvent e : allEvents()) {
                    const auto next = OrderStateMachine::transition(s, e);
                    if (!next || visited.contains(static_cast<int>(*next)))
                        continue;
                    if (terminal(*next))
                        reachedTerminal = true;
                    visited.insert(static_cast<int>(*next));
                    frontier << *next;
                }
            }
            QVERIFY2(reachedTerminal, kStateLabels[static_cast<std::size_t>(start)]);
        }
    }

    void everyStateReachableFromNewAndNothingReturnsToNew() {
        QSet<int> visited{static_cast<int>(S::New)};
        QList<OrderState> frontier{S::New};
        while (!frontier.isEmpty()) {
            const OrderState s = frontier.takeFirst();
            for (OrderEvent e : allEvents()) {
                const auto next = OrderStateMachine::transition(s, e);
                if (!next)
                    continue;
                QVERIFY(*next != S::New);
                if (!visited.contains(static_cast<int>(*next))) {
                    visited.insert(static_cast<int>(*next));
                    frontier << *next;
                }
            }
        }
        QCOMPARE(visited.size(), kOrderStateCount);
    }

    void submitOnlyFromNew() {
        // The never-resend rule: once bytes went out, Submit is not a valid event again.
        for (OrderState s : allStates())
            QCOMPARE(OrderStateMachine::transition(s, E::Submit).has_value(), s == S::New);
    }

    void finalFillCompletesAnySentLiveOrder() {
        for (OrderState s : allStates()) {
            if (s == S::New || terminal(s))
                continue;
            QCOMPARE(OrderStateMachine::transition(s, E::Fill), std::optional(S::Filled));
        }
    }

    void cancelRejectHelper_data() {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("event");
        QTest::addColumn<qint64>("filled");
        QTest::addColumn<int>("expected");
        QTest::newRow("cancel refused, nothing filled")
            << int(S::CancelPending) << int(E::CancelReject) << qint64(0) << int(S::Accepted);
        QTest::newRow("cancel refused, 40 filled") << int(S::CancelPending) << int(E::CancelReject)
                                                   << qint64(40) << int(S::PartiallyFilled);
        QTest::newRow("lookup ack, 10 filled")
            << int(S::Unknown) << int(E::Ack) << qint64(10) << int(S::PartiallyFilled);
        QTest::newRow("lookup ack, nothing filled")
            << int(S::Unknown) << int(E::Ack) << qint64(0) << int(S::Accepted);
        QTest::newRow("filled stays filled")
            << int(S::PartiallyFilled) << int(E::Fill) << qint64(100) << int(S::Filled);
        QTest::newRow("cancelled after partial fill")
            << int(S::CancelPending) << int(E::CancelAck) << qint64(40) << int(S::Cancelled);
        QTest::newRow("invalid stays invalid")
            << int(S::Cancelled) << int(E::Fill) << qint64(40) << -1;
        QTest::newRow("refused cancel that crossed the cancel")
            << int(S::Cancelled) << int(E::CancelReject) << qint64(40) << int(S::Cancelled);
        QTest::newRow("refused cancel that crossed the fill")
            << int(S::Filled) << int(E::CancelReject) << qint64(40) << int(S::Filled);
    }
    void cancelRejectHelper() {
        QFETCH(int, from);
        QFETCH(int, event);
        QFETCH(qint64, filled);
        QFETCH(int, expected);
        const auto next = OrderStateMachine::transition(static_cast<OrderState>(from),
                                                        static_cast<OrderEvent>(event), filled);
        QCOMPARE(next.has_value() ? static_cast<int>(*next) : -1, expected);
    }

    void adjustForFilledOnlyTouchesAccepted() {
        COMPARE_NAMED(OrderStateMachine::adjustForFilled(S::Accepted, 1), S::PartiallyFilled);
        COMPARE_NAMED(OrderStateMachine::adjustForFilled(S::Accepted, 0), S::Accepted);
        for (OrderState s : allStates()) {
            if (s != S::Accepted)
                COMPARE_NAMED(OrderStateMachine::adjustForFilled(s, 25), s);
        }
    }

    void fillEvents() {
        for (OrderEvent e : allEvents())
            QCOMPARE(OrderStateMachine::isFillEvent(e), e == E::PartialFill || e == E::Fill);
    }

    void eventNames_data() {
        QTest::addColumn<int>("event");
        QTest::addColumn<QString>("name");
        QTest::newRow("submit") << int(E::Submit) << QStringLiteral("submit");
        QTest::newRow("ack") << int(E::Ack) << QStringLiteral("ack");
        QTest::newRow("partial_fill") << int(E::PartialFill) << QStringLiteral("partial_fill");
        QTest::newRow("fill") << int(E::Fill) << QStringLiteral("fill");
        QTest::newRow("cancel_request")
            << int(E::CancelRequest) << QStringLiteral("cancel_request");
        QTest::newRow("cancel_ack") << int(E::CancelAck) << QStringLiteral("cancel_ack");
        QTest::newRow("cancel_reject") << int(E::CancelReject) << QStringLiteral("cancel_reject");
        QTest::newRow("reject") << int(E::Reject) << QStringLiteral("reject");
        QTest::newRow("expire") << int(E::Expire) << QStringLiteral("expire");
        QTest::newRow("timeout") << int(E::Timeout) << QStringLiteral("timeout");
        QTest::newRow("not_found") << int(E::NotFound) << QStringLiteral("not_found");
        QTest::newRow("not_sent") << int(E::NotSent) << QStringLiteral("not_sent");
    }
    void eventNames() {
        QFETCH(int, event);
        QFETCH(QString, name);
        QCOMPARE(toString(static_cast<OrderEvent>(event)), name);
        QCOMPARE(orderEventFromString(name), std::optional(static_cast<OrderEvent>(event)));
    }

    void unknownEventNameRejected() {
        QVERIFY(!orderEventFromString(u"").has_value());
        QVERIFY(!orderEventFromString(u"Fill").has_value());
        QVERIFY(!orderEventFromString(u"filled").has_value());
    }
};

QTEST_GUILESS_MAIN(tst_OrderStateMachine)
#include "tst_OrderStateMachine.moc"
