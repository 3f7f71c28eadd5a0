// reconcile(journal, broker) case by case: each row is a restart's journal and a broker's
// answer, with the commands written out by hand.

#include "execution/Reconciliation.h"

#include <QTest>

using namespace axion;

namespace {

OrderRecord working(const char* id, OrderState state, Quantity filled = 0,
                    const char* ticker = "SPY") {
    OrderRecord r;
    r.order.clientOrderId = QString::fromLatin1(id);
    r.order.ticker = QString::fromLatin1(ticker);
    r.order.quantity = 100;
    r.order.broker = QStringLiteral("paper");
    r.state = state;
    r.filled = filled;
    return r;
}

BrokerOrderReport at(const char* id, OrderState state, Quantity filled = 0) {
    return BrokerOrderReport{QString::fromLatin1(id), state, filled, QStringLiteral("b-1"),
                             QStringLiteral("SPY")};
}

JournalHoldings::OpenTrade trade(qint64 id, const char* ticker, Direction d, Quantity shares) {
    return JournalHoldings::OpenTrade{id, QString::fromLatin1(ticker), d, shares};
}

BrokerPosition position(const char* ticker, Direction d, Quantity shares) {
    BrokerPosition p;
    p.ticker = QString::fromLatin1(ticker);
    p.direction = d;
    p.shares = shares;
    return p;
}

// "kind id|ticker state journal broker": what a row's expectation is written in.
QString describe(const ReconcileCommand& c) {
    return QStringLiteral("%1 %2 %3 %4 %5 %6")
        .arg(toString(c.kind), c.clientOrderId.isEmpty() ? QStringLiteral("-") : c.clientOrderId,
             c.ticker, toString(c.state))
        .arg(c.journalShares)
        .arg(c.brokerShares);
}

} // namespace

Q_DECLARE_METATYPE(JournalHoldings)
Q_DECLARE_METATYPE(BrokerHoldings)

class tst_Reconciliation : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void commands_data() {
        QTest::addColumn<JournalHoldings>("journal");
        QTest::addColumn<BrokerHoldings>("broker");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QStringList>("blocked");
        const auto broker = [](QList<BrokerOrderReport> orders, QList<BrokerPosition> positions) {
            BrokerHoldings b;
            b.broker = QStringLiteral("paper");
            for (const BrokerOrderReport& o : orders)
                b.orders.insert(o.clientOrderId, o);
            b.positions = positions;
            return b;
        };
        const QString accepted = QStringLiteral("accepted");

        QTest::newRow("all agree: a protected long")
            << JournalHoldings{{working("s-stop", OrderState::Accepted)},
                               {trade(1, "SPY", Direction::Long, 100)}}
            << broker({at("s-stop", OrderState::Accepted)}, {position("SPY", Direction::Long, 100)})
            << QStringList{} << QStringList{};
        QTest::newRow("a short agrees with a short")
            << JournalHoldings{{}, {trade(1, "SPY", Direction::Short, 100)}}
            << broker({}, {position("SPY", Direction::Short, 100)}) << QStringList{}
            << QStringList{};
        QTest::newRow("send unconfirmed, not at the broker: rejected")
            << JournalHoldings{{working("s-entry", OrderState::Submitting)}, {}} << broker({}, {})
            << QStringList{QStringLiteral("order_not_at_broker s-entry SPY rejected 0 0")}
            << QStringList{};
        QTest::newRow("outcome unknown, not at the broker: rejected")
            << JournalHoldings{{working("s-entry", OrderState::Unknown)}, {}} << broker({}, {})
            << QStringList{QStringLiteral("order_not_at_broker s-entry SPY rejected 0 0")}
            << QStringList{};
        QTest::newRow("acknowledged, no longer at the broker: cancelled")
            << JournalHoldings{{working("s-target", OrderState::Accepted)}, {}} << broker({}, {})
            << QStringList{QStringLiteral("order_not_at_broker s-target SPY cancelled 0 0")}
            << QStringList{};
        QTest::newRow("filled while we were down: fills missing, state adopted")
            << JournalHoldings{{working("s-entry", OrderState::Accepted)}, {}}
            << broker({at("s-entry", OrderState::Filled, 100)},
                      {position("SPY", Direction::Long, 100)})
            << QStringList{QStringLiteral("fills_missing s-entry SPY accepted 0 100"),
                           QStringLiteral("adopt_order_state s-entry SPY filled 0 0"),
                           QStringLiteral("position_mismatch - SPY accepted 0 100")}
            << QStringList{QStringLiteral("SPY")};
        QTest::newRow("cancelled at the broker, nothing filled: state adopted")
            << JournalHoldings{{working("s-target", OrderState::CancelPending)}, {}}
            << broker({at("s-target", OrderState::Cancelled)}, {})
            << QStringList{QStringLiteral("adopt_order_state s-target SPY cancelled 0 0")}
            << QStringList{};
        QTest::newRow("a working order the journal lost: held back; a finished one is not news")
            << JournalHoldings{{working("s-stop", OrderState::Accepted)},
                               {trade(1, "SPY", Direction::Long, 100)}}
            << broker({at("s-stop", OrderState::Accepted), at("z-stop", OrderState::Accepted),
                       at("lost-entry", OrderState::PartiallyFilled, 10),
                       at("old-exit", OrderState::Filled, 100)},
                      {position("SPY", Direction::Long, 100)})
            << QStringList{QStringLiteral(
                               "order_not_in_journal lost-entry SPY partially_filled 0 0"),
                           QStringLiteral("order_not_in_journal z-stop SPY accepted 0 0")}
            << QStringList{QStringLiteral("SPY")};
        QTest::newRow("the broker is flat: the journal's trades are not held")
            << JournalHoldings{{},
                               {trade(4, "SPY", Direction::Long, 60),
                                trade(5, "SPY", Direction::Long, 40)}}
            << broker({}, {})
            << QStringList{QStringLiteral("trade_not_held - SPY %1 60 0").arg(accepted),
                           QStringLiteral("trade_not_held - SPY %1 40 0").arg(accepted)}
            << QStringList{};
        QTest::newRow("fewer shares at the broker: mismatch, held back")
            << JournalHoldings{{}, {trade(1, "SPY", Direction::Long, 100)}}
            << broker({}, {position("SPY", Direction::Long, 60)})
            << QStringList{QStringLiteral("position_mismatch - SPY accepted 100 60")}
            << QStringList{QStringLiteral("SPY")};
        QTest::newRow("the other side at the broker: mismatch")
            << JournalHoldings{{}, {trade(1, "SPY", Direction::Long, 100)}}
            << broker({}, {position("SPY", Direction::Short, 100)})
            << QStringList{QStringLiteral("position_mismatch - SPY accepted 100 -100")}
            << QStringList{QStringLiteral("SPY")};
        QTest::newRow("a position the journal knows nothing of, tickers sorted")
            << JournalHoldings{{}, {}}
            << broker({},
                      {position("IBM", Direction::Short, 50), position("BAC", Direction::Long, 7)})
            << QStringList{QStringLiteral("position_mismatch - BAC accepted 0 7"),
                           QStringLiteral("position_mismatch - IBM accepted 0 -50")}
            << QStringList{QStringLiteral("BAC"), QStringLiteral("IBM")};
    }
    void commands() {
        QFETCH(JournalHoldings, journal);
        QFETCH(BrokerHoldings, broker);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, blocked);
        const std::vector<ReconcileCommand> got = reconcile(journal, broker);
        QStringList described;
        for (const ReconcileCommand& c : got) {
            described << describe(c);
            QVERIFY2(!c.detail.isEmpty(), qPrintable(describe(c)));
        }
        QCOMPARE(described, expected);
        QCOMPARE(blockedTickers(got), blocked);
    }
};

QTEST_GUILESS_MAIN(tst_Reconciliation)
#include "tst_Reconciliation.moc"
