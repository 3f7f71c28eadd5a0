#include "execution/TradeLifecycle.h"

#include <QSet>
#include <QTest>
#include <optional>

using namespace axion;

namespace {

using P = TradePhase;
using E = TradeEvent;
constexpr std::optional<TradePhase> X = std::nullopt; // not allowed

struct Expected {
    TradePhase phase;
    TradeEvent event;
    std::optional<TradePhase> next;
};

// The expected table, written out from the trade rules independently of the implementation: all
// 6 x 10 pairs, one row each.
// clang-format off
const Expected kExpected[] = {
    // A pending entry: fills open it, an entry that ends empty closes it, a reject (even inside
    // submit) is absorbed, an add is one trade with it, an exit cancels the entries.
    {P::PendingEntry, E::EntryFilled, P::Open},
    {P::PendingEntry, E::EntryEndedEmpty, P::Closed},
    {P::PendingEntry, E::BrokerRejected, P::PendingEntry},
    {P::PendingEntry, E::AddApproved, X},
    {P::PendingEntry, E::StopMoveRequested, X},
    {P::PendingEntry, E::StopsGone, X},
    {P::PendingEntry, E::ExitDecided, P::Exiting},
    {P::PendingEntry, E::PositionFlat, X},
    {P::PendingEntry, E::LateFill, X},
    {P::PendingEntry, E::OrdersDone, X},
    // Open.
    {P::Open, E::EntryFilled, P::Open},
    {P::Open, E::EntryEndedEmpty, X},
    {P::Open, E::BrokerRejected, P::Open},
    {P::Open, E::AddApproved, P::Open},
    {P::Open, E::StopMoveRequested, P::StopReplacing},
    {P::Open, E::StopsGone, X},
    {P::Open, E::ExitDecided, P::Exiting},
    {P::Open, E::PositionFlat, P::Closed},
    {P::Open, E::LateFill, X},
    {P::Open, E::OrdersDone, X},
    // A stop being replaced: no add until the new stop is in.
    {P::StopReplacing, E::EntryFilled, P::StopReplacing},
    {P::StopReplacing, E::EntryEndedEmpty, X},
    {P::StopReplacing, E::BrokerRejected, P::StopReplacing},
    {P::StopReplacing, E::AddApproved, X},
    {P::StopReplacing, E::StopMoveRequested, P::StopReplacing},
    {P::StopReplacing, E::StopsGone, P::Open},
    {P::StopReplacing, E::ExitDecided, P::Exiting},
    {P::StopReplacing, E::PositionFlat, P::Closed},
    {P::StopReplacing, E::LateFill, X},
    {P::StopReplacing, E::OrdersDone, X},
    // Exiting: no add, no stop move; fills in flight are facts.
    {P::Exiting, E::EntryFilled, P::Exiting},
    {P::Exiting, E::EntryEndedEmpty, P::Closed},
    {P::Exiting, E::BrokerRejected, P::Exiting},
    {P::Exiting, E::AddApproved, X},
    {P::Exiting, E::StopMoveRequested, X},
    {P::Exiting, E::StopsGone, X},
    {P::Exiting, E::ExitDecided, P::Exiting},
    {P::Exiting, E::PositionFlat, P::Closed},
    {P::Exiting, E::LateFill, X},
    {P::Exiting, E::OrdersDone, X},
    // Closed: a late fill means shares nobody planned: flatten them.
    {P::Closed, E::EntryFilled, X},
    {P::Closed, E::EntryEndedEmpty, P::Closed},
    {P::Closed, E::BrokerRejected, P::Closed},
    {P::Closed, E::AddApproved, X},
    {P::Closed, E::StopMoveRequested, X},
    {P::Closed, E::StopsGone, X},
    {P::Closed, E::ExitDecided, X},
    {P::Closed, E::PositionFlat, P::Closed},
    {P::Closed, E::LateFill, P::Exiting},
    {P::Closed, E::OrdersDone, P::Retired},
    // Retired: terminal.
    {P::Retired, E::EntryFilled, X},
    {P::Retired, E::EntryEndedEmpty, X},
    {P::Retired, E::BrokerRejected, X},
    {P::Retired, E::AddApproved, X},
    {P::Retired, E::StopMoveRequested, X},
    {P::Retired, E::StopsGone, X},
    {P::Retired, E::ExitDecided, X},
    {P::Retired, E::PositionFlat, X},
    {P::Retired, E::LateFill, X},
    {P::Retired, E::OrdersDone, P::Retired},
};
// clang-format on

QString name(std::optional<TradePhase> p) {
    return p ? toString(*p) : QStringLiteral("(refused)");
}

} // namespace

class tst_TradeLifecycle : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyPairIsListedOnce() {
        QSet<int> seen;
        for (const Expected& e : kExpected)
            seen.insert(int(e.phase) * kTradeEventCount + int(e.event));
        QCOMPARE(int(std::size(kExpected)), kTradePhaseCount * kTradeEventCount);
        QCOMPARE(int(seen.size()), kTradePhaseCount * kTradeEventCount);
    }

    void transitionTable_data() {
        QTest::addColumn<int>("phase");
        QTest::addColumn<int>("event");
        QTest::addColumn<QString>("next");
        for (const Expected& e : kExpected) {
            const QByteArray row =
                (toString(e.phase) + QLatin1Char('+') + toString(e.event)).toUtf8();
            QTest::newRow(row.constData()) << int(e.phase) << int(e.event) << name(e.next);
        }
    }
    void transitionTable() {
        QFETCH(int, phase);
        QFETCH(int, event);
        QFETCH(QString, next);
        const auto got = TradeLifecycle::transition(TradePhase(phase), TradeEvent(event));
        QCOMPARE(name(got), next);
        QCOMPARE(TradeLifecycle::allows(TradePhase(phase), TradeEvent(event)), got.has_value());
    }

    // The trade's own guarantees, stated once more as properties of the table.
    void noAddOrStopMoveOnceAnExitIsDecided() {
        for (const TradePhase p : {P::Exiting, P::Closed, P::Retired}) {
            QVERIFY(!TradeLifecycle::allows(p, E::AddApproved));
            QVERIFY(!TradeLifecycle::allows(p, E::StopMoveRequested));
        }
    }
    void onlyAFlatTradeRetires() {
        for (int p = 0; p < kTradePhaseCount; ++p) {
            const auto next = TradeLifecycle::transition(TradePhase(p), E::OrdersDone);
            if (next == P::Retired)
                QVERIFY(TradePhase(p) == P::Closed || TradePhase(p) == P::Retired);
        }
    }
    void namesAreDistinct() {
        QSet<QString> names;
        for (int p = 0; p < kTradePhaseCount; ++p)
            names.insert(toString(TradePhase(p)));
        for (int e = 0; e < kTradeEventCount; ++e)
            names.insert(toString(TradeEvent(e)));
        QCOMPARE(int(names.size()), kTradePhaseCount + kTradeEventCount);
    }
};

QTEST_GUILESS_MAIN(tst_TradeLifecycle)
#include "tst_TradeLifecycle.moc"
