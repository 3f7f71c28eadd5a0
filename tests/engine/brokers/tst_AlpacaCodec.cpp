// Alpaca's wire format: our orders into request bodies, and the recorded and documented payloads
// of ../shared/fixtures/alpaca/ into our vocabulary.

#include "brokers/alpaca/AlpacaCodec.h"
#include "support/AlpacaFixtures.h"
#include "support/TestValues.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace axion;
using namespace axion::alpaca;
using axion::test::px;
using axion::test::usd;

namespace {

QJsonDocument fixture(const char* name) {
    return axion::test::alpacaFixtureJson(name);
}

// JSON written with single quotes in the test: obj("{'qty': '7'}").
QJsonObject obj(const char* singleQuoted) {
    QByteArray text(singleQuoted);
    text.replace('\'', '"');
    const QJsonDocument doc = QJsonDocument::fromJson(text);
    if (!doc.isObject())
        qFatal("bad JSON literal in test: %s", singleQuoted);
    return doc.object();
}

QByteArray body(const char* singleQuoted) {
    return QJsonDocument(obj(singleQuoted)).toJson(QJsonDocument::Compact);
}

qint64 utc(const char* iso) {
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs).toMSecsSinceEpoch();
}

Order order(OrderType type, OrderSide side, TimeInForce tif) {
    Order o;
    o.clientOrderId = QStringLiteral("sig-1-entry");
    o.signalId = QStringLiteral("sig-1");
    o.ticker = QStringLiteral("SPY");
    o.side = side;
    o.quantity = 10;
    o.type = type;
    o.timeInForce = tif;
    return o;
}

} // namespace

class tst_AlpacaCodec : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void timesWithNanosecondsAndOffsets_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("nanoseconds, offset")
            << QStringLiteral("2022-04-19T13:45:04.981350886-04:00")
            << utc("2022-04-19T17:45:04.981Z");
        QTest::newRow("nanoseconds, Z")
            << QStringLiteral("2022-04-19T17:45:05.024916716Z") << utc("2022-04-19T17:45:05.024Z");
        QTest::newRow("no fraction")
            << QStringLiteral("2024-07-18T09:30:00-04:00") << utc("2024-07-18T13:30:00Z");
        QTest::newRow("microseconds")
            << QStringLiteral("2021-04-07T18:25:30.812371Z") << utc("2021-04-07T18:25:30.812Z");
        QTest::newRow("eight digits") << QStringLiteral("2022-05-16T16:32:24.14373588-04:00")
                                      << utc("2022-05-16T20:32:24.143Z");
    }
    void timesWithNanosecondsAndOffsets() {
        QFETCH(QString, text);
        QFETCH(qint64, expected);
        const std::optional<qint64> t = timeOf(text);
        QVERIFY(t);
        QCOMPARE(*t, expected);
    }
    void timesWithoutZoneOrGarbageAreRefused() {
        QVERIFY(!timeOf(u"2022-04-19T13:45:04"));
        QVERIFY(!timeOf(u"2022-04-19"));
        QVERIFY(!timeOf(u"yesterday"));
        QVERIFY(!timeOf(u""));
    }

    void pricesKeepAlpacasPrecision_data() {
        QTest::addColumn<Price>("price");
        QTest::addColumn<int>("side");
        QTest::addColumn<QString>("expected");
        const int buy = int(OrderSide::Buy);
        const int sell = int(OrderSide::Sell);
        QTest::newRow("whole cents as they are") << px("187.42") << buy << QStringLiteral("187.42");
        QTest::newRow("trailing zeros kept") << px("150") << buy << QStringLiteral("150.00");
        QTest::newRow("buy down to a cent") << px("187.4275") << buy << QStringLiteral("187.42");
        QTest::newRow("sell up to a cent") << px("187.4225") << sell << QStringLiteral("187.43");
        QTest::newRow("one dollar is cents") << px("1.0001") << sell << QStringLiteral("1.01");
        QTest::newRow("below a dollar, four decimals")
            << px("0.1234") << buy << QStringLiteral("0.1234");
        QTest::newRow("below a dollar, short") << px("0.5") << sell << QStringLiteral("0.5000");
    }
    void pricesKeepAlpacasPrecision() {
        QFETCH(Price, price);
        QFETCH(int, side);
        QFETCH(QString, expected);
        QCOMPARE(priceText(price, OrderSide(side)), expected);
    }

    void eachOrderTypeAndTimeInForce() {
        Order market = order(OrderType::Market, OrderSide::Buy, TimeInForce::Day);
        QCOMPARE(orderRequest(market),
                 obj("{'symbol': 'SPY', 'qty': '10', 'side': 'buy', 'type': 'market', "
                     "'time_in_force': 'day', 'client_order_id': 'sig-1-entry'}"));

        Order limit = order(OrderType::Limit, OrderSide::Sell, TimeInForce::Gtc);
        limit.limitPrice = px("412.505");
        QJsonObject body = orderRequest(limit);
        QCOMPARE(body.value(QLatin1String("type")).toString(), QStringLiteral("limit"));
        QCOMPARE(body.value(QLatin1String("time_in_force")).toString(), QStringLiteral("gtc"));
        QCOMPARE(body.value(QLatin1String("side")).toString(), QStringLiteral("sell"));
        QCOMPARE(body.value(QLatin1String("limit_price")).toString(), QStringLiteral("412.51"));
        QVERIFY(!body.contains(QLatin1String("stop_price")));

        Order stop = order(OrderType::Stop, OrderSide::Sell, TimeInForce::Gtc);
        stop.stopPrice = px("399.995");
        body = orderRequest(stop);
        QCOMPARE(body.value(QLatin1String("type")).toString(), QStringLiteral("stop"));
        QCOMPARE(body.value(QLatin1String("stop_price")).toString(), QStringLiteral("400.00"));
        QVERIFY(!body.contains(QLatin1String("limit_price")));

        Order stopLimit = order(OrderType::StopLimit, OrderSide::Buy, TimeInForce::Ioc);
        stopLimit.stopPrice = px("10.5");
        stopLimit.limitPrice = px("10.6");
        body = orderRequest(stopLimit);
        QCOMPARE(body.value(QLatin1String("type")).toString(), QStringLiteral("stop_limit"));
        QCOMPARE(body.value(QLatin1String("time_in_force")).toString(), QStringLiteral("ioc"));
        QCOMPARE(body.value(QLatin1String("stop_price")).toString(), QStringLiteral("10.50"));
        QCOMPARE(body.value(QLatin1String("limit_price")).toString(), QStringLiteral("10.60"));
    }

    void aBracketIsOneOrderWithItsLegsPrices() {
        Order entry = order(OrderType::Limit, OrderSide::Buy, TimeInForce::Day);
        entry.limitPrice = px("100.00");
        Order stop = order(OrderType::Stop, OrderSide::Sell, TimeInForce::Gtc);
        stop.clientOrderId = QStringLiteral("sig-1-stop");
        stop.stopPrice = px("98.004");
        Order target = order(OrderType::Limit, OrderSide::Sell, TimeInForce::Gtc);
        target.clientOrderId = QStringLiteral("sig-1-target");
        target.limitPrice = px("104.001");
        const QJsonObject body = bracketRequest(entry, stop, target);
        QCOMPARE(body.value(QLatin1String("order_class")).toString(), QStringLiteral("bracket"));
        QCOMPARE(body.value(QLatin1String("client_order_id")).toString(),
                 QStringLiteral("sig-1-entry"));
        QCOMPARE(body.value(QLatin1String("limit_price")).toString(), QStringLiteral("100.00"));
        // The sell stop moves up to the cent (triggers no later), the sell target up too.
        QCOMPARE(body.value(QLatin1String("stop_loss")).toObject(), obj("{'stop_price': '98.01'}"));
        QCOMPARE(body.value(QLatin1String("take_profit")).toObject(),
                 obj("{'limit_price': '104.01'}"));

        Order stopLimit = stop;
        stopLimit.type = OrderType::StopLimit;
        stopLimit.limitPrice = px("97.50");
        const QJsonObject oto = bracketRequest(entry, stopLimit, std::nullopt);
        QCOMPARE(oto.value(QLatin1String("order_class")).toString(), QStringLiteral("oto"));
        QVERIFY(!oto.contains(QLatin1String("take_profit")));
        QCOMPARE(oto.value(QLatin1String("stop_loss")).toObject(),
                 obj("{'stop_price': '98.01', 'limit_price': '97.50'}"));
    }

    void aReplaceNamesTheNewOrder() {
        Order moved = order(OrderType::Stop, OrderSide::Sell, TimeInForce::Gtc);
        moved.clientOrderId = QStringLiteral("sig-1-stop-2");
        moved.quantity = 7;
        moved.stopPrice = px("101.25");
        QCOMPARE(replaceRequest(moved),
                 obj("{'qty': '7', 'client_order_id': 'sig-1-stop-2', 'stop_price': '101.25'}"));
    }

    void documentedOrdersDecode() {
        QString error;
        std::optional<OrderObject> o =
            decodeOrder(fixture("order_equity_limit_accepted.json").object(), &error);
        QVERIFY2(o, qPrintable(error));
        QCOMPARE(o->id, QStringLiteral("7b08df51-c1ac-453c-99f9-323a5f075f0d"));
        QCOMPARE(o->clientOrderId, QStringLiteral("5680c4bc-9ac1-4a12-a44c-df427ba53032"));
        QCOMPARE(o->symbol, QStringLiteral("AAPL"));
        QCOMPARE(o->quantity, 2);
        QCOMPARE(o->filledQuantity, 0);
        QCOMPARE(o->limitPrice, std::optional(px("150")));
        QVERIFY(!o->stopPrice);
        QCOMPARE(o->updatedMs, utc("2023-12-12T22:31:24.668Z"));
        COMPARE_NAMED(stateOf(*o).value(), OrderState::Accepted);

        o = decodeOrder(fixture("order_spy_limit_accepted_2021.json").object(), &error);
        QVERIFY2(o, qPrintable(error));
        QCOMPARE(o->symbol, QStringLiteral("SPY"));
        QCOMPARE(o->limitPrice, std::optional(px("400")));
    }

    void orderStates_data() {
        QTest::addColumn<QString>("status");
        QTest::addColumn<int>("filled");
        QTest::addColumn<int>("expected");
        const auto row = [](const char* status, int filled, OrderState s) {
            QTest::addRow("%s %d", status, filled)
                << QString::fromLatin1(status) << filled << int(s);
        };
        row("new", 0, OrderState::Accepted);
        row("held", 0, OrderState::Accepted); // a bracket leg waiting for its entry
        row("pending_new", 0, OrderState::Accepted);
        row("partially_filled", 3, OrderState::PartiallyFilled);
        row("pending_replace", 3, OrderState::PartiallyFilled);
        row("filled", 10, OrderState::Filled);
        row("pending_cancel", 0, OrderState::CancelPending);
        row("canceled", 4, OrderState::Cancelled);
        row("replaced", 0, OrderState::Cancelled);
        row("expired", 0, OrderState::Expired);
        row("rejected", 0, OrderState::Rejected);
        row("done_for_day", 2, OrderState::PartiallyFilled);
    }
    void orderStates() {
        QFETCH(QString, status);
        QFETCH(int, filled);
        QFETCH(int, expected);
        OrderObject o;
        o.status = status;
        o.filledQuantity = filled;
        const std::optional<OrderState> s = stateOf(o);
        QVERIFY(s);
        COMPARE_NAMED(*s, OrderState(expected));
        o.status = QStringLiteral("something_new");
        QVERIFY(!stateOf(o));
    }

    void theDocumentedFillEventIsRefusedForItsFractionalShares() {
        // The documentation's example is a crypto fill of 1790.86 units: not whole shares.
        QString error;
        const QJsonObject data = fixture("trade_updates_fill_event.json")
                                     .object()
                                     .value(QLatin1String("data"))
                                     .toObject();
        QVERIFY(!decodeTradeUpdate(data, &error));
        QVERIFY2(error.contains(QStringLiteral("1790.86")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("whole")), qPrintable(error));
    }

    void anEquityPartialFillCarriesBothQuantities() {
        // The documented event with whole shares (synthetic: no equity partial_fill is recorded).
        QJsonObject data = fixture("trade_updates_fill_event.json")
                               .object()
                               .value(QLatin1String("data"))
                               .toObject();
        QJsonObject o = data.value(QLatin1String("order")).toObject();
        o[QLatin1String("symbol")] = QStringLiteral("SPY");
        o[QLatin1String("qty")] = QStringLiteral("100");
        o[QLatin1String("filled_qty")] = QStringLiteral("60");
        o[QLatin1String("filled_avg_price")] = QStringLiteral("412.105");
        o[QLatin1String("status")] = QStringLiteral("partially_filled");
        data[QLatin1String("order")] = o;
        data[QLatin1String("event")] = QStringLiteral("partial_fill");
        data[QLatin1String("qty")] = QStringLiteral("25");
        data[QLatin1String("price")] = QStringLiteral("412.11");
        QString error;
        const std::optional<TradeUpdate> u = decodeTradeUpdate(data, &error);
        QVERIFY2(u, qPrintable(error));
        QCOMPARE(u->executionId, QStringLiteral("2f63ea93-423d-4169-b3f6-3fdafc10c418"));
        QCOMPARE(u->executionQuantity, std::optional<Quantity>(25));
        QCOMPARE(u->executionPrice, std::optional(px("412.11")));
        QCOMPARE(u->order.filledQuantity, 60);
        QCOMPARE(u->order.filledAveragePrice, px("412.105"));
        QCOMPARE(u->timestampMs, utc("2022-04-19T17:45:05.024Z"));
        COMPARE_NAMED(eventOf(*u).value(), OrderEvent::PartialFill);
    }

    void tradeEvents_data() {
        QTest::addColumn<QString>("event");
        QTest::addColumn<int>("expected"); // -1: nothing to report
        QTest::newRow("new") << QStringLiteral("new") << int(OrderEvent::Ack);
        QTest::newRow("fill") << QStringLiteral("fill") << int(OrderEvent::Fill);
        QTest::newRow("partial_fill")
            << QStringLiteral("partial_fill") << int(OrderEvent::PartialFill);
        QTest::newRow("canceled") << QStringLiteral("canceled") << int(OrderEvent::CancelAck);
        QTest::newRow("replaced") << QStringLiteral("replaced") << int(OrderEvent::CancelAck);
        QTest::newRow("expired") << QStringLiteral("expired") << int(OrderEvent::Expire);
        QTest::newRow("rejected") << QStringLiteral("rejected") << int(OrderEvent::Reject);
        QTest::newRow("order_cancel_rejected")
            << QStringLiteral("order_cancel_rejected") << int(OrderEvent::CancelReject);
        QTest::newRow("pending_new") << QStringLiteral("pending_new") << -1;
        QTest::newRow("pending_cancel") << QStringLiteral("pending_cancel") << -1;
        QTest::newRow("order_replace_rejected") << QStringLiteral("order_replace_rejected") << -1;
    }
    void tradeEvents() {
        QFETCH(QString, event);
        QFETCH(int, expected);
        TradeUpdate u;
        u.event = event;
        const std::optional<OrderEvent> e = eventOf(u);
        if (expected < 0) {
            QVERIFY(!e);
        } else {
            QVERIFY(e);
            COMPARE_NAMED(*e, OrderEvent(expected));
        }
    }

    void documentedAccountsDecode() {
        QString error;
        std::optional<AccountObject> a =
            decodeAccount(fixture("account_v2_spec_example.json").object(), &error);
        QVERIFY2(a, qPrintable(error));
        QCOMPARE(a->account.equity, usd("123346.11"));
        QCOMPARE(a->account.cash, usd("122086.5"));
        QCOMPARE(a->account.buyingPower, usd("245432.61"));
        QCOMPARE(a->account.lastEquity, usd("122011.0975")); // 20 decimals, rounded
        QVERIFY(a->tradable);

        a = decodeAccount(fixture("account_alpaca_py_test.json").object(), &error);
        QVERIFY2(a, qPrintable(error));
        QCOMPARE(a->account.cash, usd("-23140.2"));

        QJsonObject blocked = fixture("account_v2_spec_example.json").object();
        blocked[QLatin1String("trading_blocked")] = true;
        a = decodeAccount(blocked, &error);
        QVERIFY(a && !a->tradable);
        QVERIFY(a->whyNotTradable.contains(QStringLiteral("blocked")));
        QJsonObject inactive = fixture("account_v2_spec_example.json").object();
        inactive[QLatin1String("status")] = QStringLiteral("ACCOUNT_CLOSED");
        a = decodeAccount(inactive, &error);
        QVERIFY(a && !a->tradable);
        QVERIFY(a->whyNotTradable.contains(QStringLiteral("ACCOUNT_CLOSED")));

        QJsonObject broken = fixture("account_v2_spec_example.json").object();
        broken.remove(QLatin1String("equity"));
        QVERIFY(!decodeAccount(broken, &error));
        QVERIFY(error.contains(QStringLiteral("equity")));
    }

    void documentedPositionsDecode() {
        QString error;
        const std::optional<QList<BrokerPosition>> list =
            decodePositions(QJsonValue(fixture("positions_list.json").array()), &error);
        QVERIFY2(list, qPrintable(error));
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->front(), (BrokerPosition{.ticker = QStringLiteral("AAPL"),
                                                .direction = Direction::Long,
                                                .shares = 5,
                                                .averageEntry = px("100.0")}));
        const std::optional<BrokerPosition> one =
            decodePosition(fixture("position_aapl_spec_example.json").object(), &error);
        QVERIFY2(one, qPrintable(error));
        QCOMPARE(one->shares, 2);
        QCOMPARE(one->averageEntry, px("174.78"));

        QJsonObject shortPosition = fixture("position_aapl_spec_example.json").object();
        shortPosition[QLatin1String("side")] = QStringLiteral("short");
        shortPosition[QLatin1String("qty")] = QStringLiteral("-3");
        const std::optional<BrokerPosition> s = decodePosition(shortPosition, &error);
        QVERIFY(s);
        COMPARE_NAMED(s->direction, Direction::Short);
        QCOMPARE(s->shares, 3);
    }

    void errors() {
        const QJsonArray examples = fixture("errors_422_40010001_examples.json").array();
        for (const QJsonValue& v : examples) {
            const ApiError e = decodeError(422, QJsonDocument(v.toObject()).toJson());
            QCOMPARE(e.code, 40010001);
            QCOMPARE(e.message, v.toObject().value(QLatin1String("message")).toString());
            QVERIFY(!e.isDuplicateClientOrderId());
        }
        const ApiError subPenny =
            decodeError(422, QJsonDocument(fixture("error_422_sub_penny.json")).toJson());
        QCOMPARE(subPenny.text(), QStringLiteral("422 42210000 invalid limit_price 290.123. "
                                                 "sub-penny increment does not fulfill minimum "
                                                 "pricing criteria"));
        QVERIFY(
            decodeError(422, body("{'code':40010001,'message':'client_order_id must be unique'}"))
                .isDuplicateClientOrderId());
        QVERIFY(
            decodeError(422, body("{'code':40010001,'message':'client order id must be unique'}"))
                .isDuplicateClientOrderId());
        QVERIFY(!decodeError(403, body("{'code':40310000,'message':'insufficient buying power'}"))
                     .isDuplicateClientOrderId());
        QVERIFY(
            decodeError(
                422, body("{'code':42210000,'message':'order is already in \\\'filled\\\' state'}"))
                .isAlreadyFinal());
        const ApiError html = decodeError(429, "Too Many Requests\n<html>...</html>");
        QCOMPARE(html.text(), QStringLiteral("429 Too Many Requests"));
    }

    void clocks() {
        QString error;
        std::optional<ClockObject> c =
            decodeClock(fixture("clock_recorded_ccxt_2024-07-18.json").object(), &error);
        QVERIFY2(c, qPrintable(error));
        QVERIFY(!c->isOpen);
        QCOMPARE(c->timestampMs, utc("2024-07-18T08:10:33.389Z"));
        QCOMPARE(c->nextOpenMs, utc("2024-07-18T13:30:00Z"));
        QCOMPARE(c->nextCloseMs, utc("2024-07-18T20:00:00Z"));
        c = decodeClock(fixture("clock_v2_spec_example.json").object(), &error);
        QVERIFY2(c && c->isOpen, qPrintable(error));
        QVERIFY(decodeClock(fixture("clock_closed_alpaca_py_test.json").object(), &error));
        QVERIFY(!decodeClock(obj("{'is_open': true}"), &error));
    }

    void calendarWithAnEarlyClose() {
        QString error;
        std::optional<std::vector<CalendarDay>> days =
            decodeCalendar(QJsonValue(fixture("calendar_two_days.json").array()), &error);
        QVERIFY2(days, qPrintable(error));
        QCOMPARE(days->size(), 2u);
        QCOMPARE(days->at(0).date, QDate(2022, 5, 16));
        QCOMPARE(days->at(0).openMs, utc("2022-05-16T13:30:00Z"));  // 09:30 EDT
        QCOMPARE(days->at(0).closeMs, utc("2022-05-16T20:00:00Z")); // 16:00 EDT
        // Synthetic: the day after Thanksgiving 2024 closed at 13:00 EST.
        const QJsonArray halfDay{obj("{'date': '2024-11-29', 'open': '09:30', 'close': '13:00'}")};
        days = decodeCalendar(QJsonValue(halfDay), &error);
        QVERIFY2(days, qPrintable(error));
        QCOMPARE(days->at(0).closeMs, utc("2024-11-29T18:00:00Z"));
        QVERIFY(!decodeCalendar(QJsonValue(QJsonArray{obj("{'date': '2024-11-29'}")}), &error));
    }
};

QTEST_GUILESS_MAIN(tst_AlpacaCodec)
#include "tst_AlpacaCodec.moc"
