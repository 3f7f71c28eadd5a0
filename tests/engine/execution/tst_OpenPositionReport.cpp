#include "execution/OpenPositionReport.h"

#include <QTest>

using namespace axion;
using namespace Qt::StringLiterals;

namespace {

Price px(const char* text) {
    return *Price::parse(QString::fromLatin1(text));
}

BrokerPosition held(const char* ticker, Direction d, Quantity shares, const char* entry) {
    return BrokerPosition{.ticker = QString::fromLatin1(ticker),
                          .direction = d,
                          .shares = shares,
                          .averageEntry = px(entry)};
}

// A stop order for the book, taken to `events` (Submit, then the broker's events).
void addStop(OrderBook& book, const char* id, const char* ticker, OrderSide side, Quantity qty,
             const char* stop, const QList<OrderEvent>& events, OrderType type = OrderType::Stop) {
    Order o;
    o.clientOrderId = QString::fromLatin1(id);
    o.leg = OrderLeg::Stop;
    o.ticker = QString::fromLatin1(ticker);
    o.side = side;
    o.quantity = qty;
    o.type = type;
    o.stopPrice = px(stop);
    if (type == OrderType::StopLimit)
        o.limitPrice = px(stop);
    o.timeInForce = TimeInForce::Gtc;
    QVERIFY(book.add(o, 1));
    for (const OrderEvent e : events)
        QVERIFY(book.apply(o.clientOrderId, e, 2).ok());
}

const QList<OrderEvent> kAccepted{OrderEvent::Submit, OrderEvent::Ack};

} // namespace

class tst_OpenPositionReport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void nothingHeldIsNothingReported() {
        OrderBook book;
        addStop(book, "s1", "AAPL", OrderSide::Sell, 100, "90", kAccepted);
        QVERIFY(OpenPositionReport::build({}, book).isEmpty());
        // A flat row from a broker is no position either.
        QVERIFY(OpenPositionReport::build({held("AAPL", Direction::Long, 0, "1")}, book).isEmpty());
    }

    void aWorkingStopOnTheClosingSideProtects() {
        OrderBook book;
        addStop(book, "s1", "AAPL", OrderSide::Sell, 100, "185.10", kAccepted);
        addStop(book, "s2", "TSLA", OrderSide::Buy, 40, "251.00", kAccepted);
        const QList<OpenPositionLine> lines =
            OpenPositionReport::build({held("AAPL", Direction::Long, 100, "187.42"),
                                       held("TSLA", Direction::Short, 40, "248.00")},
                                      book);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[0].ticker, u"AAPL"_s);
        QCOMPARE(toString(lines[0].direction), u"long"_s);
        QCOMPARE(lines[0].shares, Quantity(100));
        QVERIFY(lines[0].isProtected());
        QVERIFY(lines[0].stop);
        QCOMPARE(*lines[0].stop, px("185.10"));
        QCOMPARE(lines[0].text(), u"AAPL long 100 (protected by stop 185.10)"_s);
        QVERIFY(lines[1].isProtected());
        QCOMPARE(lines[1].text(), u"TSLA short 40 (protected by stop 251.00)"_s);
        const QJsonObject j = lines[0].toJson();
        QCOMPARE(j.value(u"ticker"_s).toString(), u"AAPL"_s);
        QCOMPARE(j.value(u"direction"_s).toString(), u"long"_s);
        QCOMPARE(j.value(u"shares"_s).toInt(), 100);
        QCOMPARE(j.value(u"protected"_s).toBool(), true);
        QCOMPARE(j.value(u"stop"_s).toDouble(), 185.10);
    }

    // A bracket stop and a scale-in's own stop together cover the position.
    void stopsAddUp() {
        OrderBook book;
        addStop(book, "s1", "AAPL", OrderSide::Sell, 60, "185.10", kAccepted);
        addStop(book, "s2", "AAPL", OrderSide::Sell, 40, "185.10", kAccepted, OrderType::StopLimit);
        const auto lines =
            OpenPositionReport::build({held("AAPL", Direction::Long, 100, "187.42")}, book);
        QVERIFY(lines[0].isProtected());
        QCOMPARE(lines[0].protectedShares, Quantity(100));
    }

    void whatDoesNotProtect() {
        OrderBook book;
        // Done, cancelled, being cancelled, not yet acknowledged, of unknown outcome.
        addStop(book, "filled", "AAPL", OrderSide::Sell, 100, "185",
                {OrderEvent::Submit, OrderEvent::Ack, OrderEvent::Fill});
        addStop(book, "cancelled", "AAPL", OrderSide::Sell, 100, "185",
                {OrderEvent::Submit, OrderEvent::Ack, OrderEvent::CancelRequest,
                 OrderEvent::CancelAck});
        addStop(book, "cancelling", "AAPL", OrderSide::Sell, 100, "185",
                {OrderEvent::Submit, OrderEvent::Ack, OrderEvent::CancelRequest});
        addStop(book, "sending", "AAPL", OrderSide::Sell, 100, "185", {OrderEvent::Submit});
        addStop(book, "unknown", "AAPL", OrderSide::Sell, 100, "185",
                {OrderEvent::Submit, OrderEvent::Timeout});
        // The wrong side (it would add to the long), another ticker.
        addStop(book, "wrong-side", "AAPL", OrderSide::Buy, 100, "190", kAccepted);
        addStop(book, "other", "MSFT", OrderSide::Sell, 100, "300", kAccepted);
        const auto lines =
            OpenPositionReport::build({held("AAPL", Direction::Long, 100, "187.42")}, book);
        QCOMPARE(lines.size(), 1);
        QVERIFY(!lines[0].isProtected());
        QCOMPARE(lines[0].protectedShares, Quantity(0));
        QVERIFY(!lines[0].stop);
        QCOMPARE(lines[0].text(), u"AAPL long 100 (no stop at the broker)"_s);
        QCOMPARE(lines[0].toJson().value(u"protected"_s).toBool(), false);
        QVERIFY(!lines[0].toJson().contains(u"stop"_s));
    }

    void aSmallerStopIsPartlyProtection() {
        OrderBook book;
        addStop(book, "s1", "AAPL", OrderSide::Sell, 50, "185.10", kAccepted);
        const auto lines =
            OpenPositionReport::build({held("AAPL", Direction::Long, 100, "187.42")}, book);
        QVERIFY(!lines[0].isProtected());
        QCOMPARE(lines[0].protectedShares, Quantity(50));
        QCOMPARE(lines[0].text(), u"AAPL long 100 (partly protected: stop 185.10 covers 50)"_s);
    }
};

QTEST_GUILESS_MAIN(tst_OpenPositionReport)
#include "tst_OpenPositionReport.moc"
