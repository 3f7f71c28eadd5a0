#include "core/ClientOrderId.h"
#include "core/Order.h"
#include "core/SimClock.h"
#include "support/TestValues.h"

#include <QTest>

using namespace axion;
using axion::test::px;

namespace {

Order wellFormed(OrderType type) {
    Order o;
    o.clientOrderId = QStringLiteral("sig-1-entry");
    o.ticker = QStringLiteral("AAPL");
    o.quantity = 10;
    o.type = type;
    if (type == OrderType::Limit || type == OrderType::StopLimit)
        o.limitPrice = px("100");
    if (type == OrderType::Stop || type == OrderType::StopLimit)
        o.stopPrice = px("99");
    return o;
}

} // namespace

class tst_Order : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void enumNamesRoundTrip() {
        for (int i = 0; i < kOrderStateCount; ++i)
            QCOMPARE(int(*orderStateFromString(toString(OrderState(i)))), i);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(int(*orderTypeFromString(toString(OrderType(i)))), i);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(int(*timeInForceFromString(toString(TimeInForce(i)))), i);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(int(*orderLegFromString(toString(OrderLeg(i)))), i);
        QVERIFY(!orderStateFromString(u"filed").has_value());
        QCOMPARE(toString(OrderState::PartiallyFilled), QStringLiteral("partially_filled"));
        QCOMPARE(toString(OrderType::StopLimit), QStringLiteral("stop_limit"));
    }

    void terminalStates() {
        const QList<OrderState> terminal{OrderState::Filled, OrderState::Cancelled,
                                         OrderState::Rejected, OrderState::Expired};
        for (int i = 0; i < kOrderStateCount; ++i)
            QCOMPARE(isTerminal(OrderState(i)), terminal.contains(OrderState(i)));
    }

    void validation_data() {
        QTest::addColumn<Order>("order");
        QTest::addColumn<bool>("valid");
        for (int t = 0; t < 4; ++t)
            QTest::newRow(qPrintable(toString(OrderType(t)))) << wellFormed(OrderType(t)) << true;
        Order o = wellFormed(OrderType::Market);
        o.quantity = 0;
        QTest::newRow("zero quantity") << o << false;
        o.quantity = -5;
        QTest::newRow("negative quantity") << o << false;
        o = wellFormed(OrderType::Limit);
        o.limitPrice.reset();
        QTest::newRow("limit without price") << o << false;
        o.limitPrice = Price();
        QTest::newRow("limit at zero") << o << false;
        o = wellFormed(OrderType::Stop);
        o.stopPrice = px("-1");
        QTest::newRow("negative stop") << o << false;
        o = wellFormed(OrderType::Market);
        o.limitPrice = px("1");
        QTest::newRow("market with limit") << o << false;
        o = wellFormed(OrderType::Market);
        o.clientOrderId.clear();
        QTest::newRow("no client id") << o << false;
        o = wellFormed(OrderType::Market);
        o.ticker.clear();
        QTest::newRow("no ticker") << o << false;
    }
    void validation() {
        QFETCH(Order, order);
        QFETCH(bool, valid);
        QCOMPARE(validate(order).isEmpty(), valid);
    }

    void clientOrderIdsAreDeterministic() {
        QCOMPARE(clientOrderId(QStringLiteral("sig-1"), OrderLeg::Entry),
                 QStringLiteral("sig-1-entry"));
        QCOMPARE(clientOrderId(QStringLiteral("sig-1"), OrderLeg::Stop, 2),
                 QStringLiteral("sig-1-stop-2"));
        QCOMPARE(clientOrderId(QStringLiteral("sig-1"), OrderLeg::Exit, 1),
                 QStringLiteral("sig-1-exit"));
        // Long external ids are shortened stably and stay distinct.
        const QString longA = QString(60, u'a');
        const QString longB = QString(59, u'a') + u'b';
        const QString idA = clientOrderId(longA, OrderLeg::Target);
        QCOMPARE(idA, clientOrderId(longA, OrderLeg::Target));
        QVERIFY(idA != clientOrderId(longB, OrderLeg::Target));
        QVERIFY(idA.size() <= 48);
        QVERIFY(clientOrderId(longA, OrderLeg::Scale, 99).size() <= 48);
    }

    void derivedSignalIds() {
        const QString a =
            deriveSignalId(QStringLiteral("AAPL"), QStringLiteral("cloud_flip_bullish"),
                           QStringLiteral("10m"), 1'795'533'060'000);
        QCOMPARE(a, deriveSignalId(QStringLiteral("AAPL"), QStringLiteral("cloud_flip_bullish"),
                                   QStringLiteral("10m"), 1'795'533'060'000));
        QCOMPARE(a.size(), 20);
        // Pinned: journals and client order ids of earlier runs refer to these ids.
        QCOMPARE(a, QStringLiteral("sig-52b61ffdcf819c71"));
        QVERIFY(a != deriveSignalId(QStringLiteral("AAPL"), QStringLiteral("cloud_flip_bullish"),
                                    QStringLiteral("10m"), 1'795'533'120'000));
        QVERIFY(a != deriveSignalId(QStringLiteral("MSFT"), QStringLiteral("cloud_flip_bullish"),
                                    QStringLiteral("10m"), 1'795'533'060'000));
    }

    void roundsToTheExchangeTick_data() {
        QTest::addColumn<QString>("price");
        QTest::addColumn<bool>("up");
        QTest::addColumn<QString>("expected");
        QTest::newRow("cent down") << "187.4299" << false << "187.42";
        QTest::newRow("cent up") << "187.4201" << true << "187.43";
        QTest::newRow("already a cent") << "187.42" << true << "187.42";
        QTest::newRow("sub-dollar keeps 4") << "0.5123" << true << "0.5123";
        QTest::newRow("one dollar is cents") << "1.0001" << false << "1.00";
        QTest::newRow("just below a dollar") << "0.9999" << true << "0.9999";
    }
    void roundsToTheExchangeTick() {
        QFETCH(QString, price);
        QFETCH(bool, up);
        QFETCH(QString, expected);
        QCOMPARE(roundToTick(*Price::parse(price), up ? TickRounding::Up : TickRounding::Down),
                 *Price::parse(expected));
    }

    void simClockNeverRunsBackwards() {
        SimClock clock(1000);
        clock.setNowMs(5000);
        QCOMPARE(clock.nowMs(), 5000);
        clock.setNowMs(4000);
        QCOMPARE(clock.nowMs(), 5000);
        clock.advanceMs(250);
        QCOMPARE(clock.nowMs(), 5250);
        clock.advanceMs(-10);
        QCOMPARE(clock.nowMs(), 5250);
        QCOMPARE(clock.now().toString(Qt::ISODateWithMs),
                 QStringLiteral("1970-01-01T00:00:05.250Z"));
    }
};

QTEST_GUILESS_MAIN(tst_Order)
#include "tst_Order.moc"
