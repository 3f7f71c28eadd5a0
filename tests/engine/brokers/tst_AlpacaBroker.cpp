// AlpacaBroker against the loopback Alpaca (tests/fakes/FakeAlpacaServer): real HTTP/1.1 and
// WebSocket frames on 127.0.0.1, Alpaca's JSON from the shared fixtures.

#include "brokers/alpaca/AlpacaBroker.h"
#include "fakes/FakeAlpacaServer.h"
#include "support/TestValues.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace axion;
using axion::test::FakeAlpacaServer;
using axion::test::px;

namespace {

// What the broker told its listener, in order.
struct Recorder : Broker::Listener {
    QList<OrderUpdate> updates;
    QList<Fill> fills;
    QList<BrokerConnectivity> states;
    void onBrokerOrderUpdated(const OrderUpdate& u) override { updates.append(u); }
    void onBrokerFillReceived(const Fill& f) override { fills.append(f); }

    QList<OrderEvent> eventsOf(const QString& id) const {
        QList<OrderEvent> out;
        for (const OrderUpdate& u : updates) {
            if (u.clientOrderId == id)
                out.append(u.event);
        }
        return out;
    }
    bool has(const QString& id, OrderEvent e) const { return eventsOf(id).contains(e); }
    OrderUpdate last(const QString& id) const {
        for (qsizetype i = updates.size() - 1; i >= 0; --i) {
            if (updates[i].clientOrderId == id)
                return updates[i];
        }
        return {};
    }
    QString messageOf(const QString& id, OrderEvent e) const {
        for (const OrderUpdate& u : updates) {
            if (u.clientOrderId == id && u.event == e)
                return u.message;
        }
        return {};
    }
    Quantity filled(const QString& id) const {
        Quantity q = 0;
        for (const Fill& f : fills)
            q += f.clientOrderId == id ? f.quantity : 0;
        return q;
    }
};

QString names(const QList<OrderEvent>& events) {
    QStringList out;
    for (OrderEvent e : events)
        out << toString(e);
    return out.join(u", ");
}

Order makeOrder(const QString& id, OrderLeg leg, OrderSide side, OrderType type, Quantity qty) {
    Order o;
    o.clientOrderId = id;
    o.signalId = QStringLiteral("sig-1");
    o.leg = leg;
    o.ticker = QStringLiteral("SPY");
    o.side = side;
    o.quantity = qty;
    o.type = type;
    o.timeInForce = TimeInForce::Day;
    o.broker = QStringLiteral("alpaca");
    return o;
}

// A buy of 10 SPY limited at 390, below the quote: it rests until cancelled or filled.
Order restingBuy(const QString& id, OrderLeg leg = OrderLeg::Entry) {
    Order o = makeOrder(id, leg, OrderSide::Buy, OrderType::Limit, 10);
    o.limitPrice = px("390");
    return o;
}

// The next POST /v2/orders: processed first or not, answered late (status 0: the usual answer)
// or never.
FakeAlpacaServer::Fault postFault(bool processFirst, bool noAnswer, int delayMs = 0) {
    return {.method = "POST",
            .pathPrefix = "/v2/orders",
            .status = 0,
            .body = {},
            .headers = {},
            .processFirst = processFirst,
            .noAnswer = noAnswer,
            .delayMs = delayMs};
}

// The Alpaca id of a bracket's leg of that type ("limit": the take-profit, "stop": the stop-loss).
QString legOf(const FakeAlpacaServer& fake, const QString& parent, const QString& type) {
    for (const QJsonValue& leg : fake.order(parent).value(QLatin1String("legs")).toArray()) {
        if (leg.toObject().value(QLatin1String("type")).toString() == type)
            return leg.toObject().value(QLatin1String("id")).toString();
    }
    return {};
}

// A buy bracket under `prefix`: "<prefix>-entry" (limit at entryPrice, or market when none),
// "<prefix>-stop" and "<prefix>-target".
struct Bracket {
    Order entry, stop, target;
    Bracket(const QString& prefix, Quantity qty, std::optional<Price> entryPrice, Price stopPrice,
            Price targetPrice) {
        entry = makeOrder(prefix + QStringLiteral("-entry"), OrderLeg::Entry, OrderSide::Buy,
                          entryPrice ? OrderType::Limit : OrderType::Market, qty);
        entry.limitPrice = entryPrice;
        stop = makeOrder(prefix + QStringLiteral("-stop"), OrderLeg::Stop, OrderSide::Sell,
                         OrderType::Stop, qty);
        stop.stopPrice = stopPrice;
        stop.parentClientOrderId = entry.clientOrderId;
        target = makeOrder(prefix + QStringLiteral("-target"), OrderLeg::Target, OrderSide::Sell,
                           OrderType::Limit, qty);
        target.limitPrice = targetPrice;
        target.parentClientOrderId = entry.clientOrderId;
    }
};

struct Rig {
    FakeAlpacaServer fake;
    std::unique_ptr<AlpacaBroker> broker;
    Recorder rec;

    explicit Rig(int perMinute = 190) {
        if (!fake.listen())
            qFatal("fake Alpaca cannot listen");
        fake.setQuote(QStringLiteral("SPY"), px("400.00"));
        broker = std::make_unique<AlpacaBroker>(settings(perMinute));
        broker->addListener(&rec);
        QObject::connect(broker.get(), &Broker::connectivityChanged, broker.get(),
                         [this](BrokerConnectivity s, const QString&) { rec.states.append(s); });
    }
    ~Rig() { broker->removeListener(&rec); }
    AlpacaSettings settings(int perMinute) const {
        AlpacaSettings s;
        s.tradingUrl = fake.tradingUrl();
        s.streamUrl = fake.streamUrl();
        s.keyId = fake.keyId();
        s.secretKey = fake.secretKey();
        s.requestTimeoutMs = 1'500;
        s.requestsPerMinute = perMinute;
        s.reconnectMinMs = 50;
        s.reconnectMaxMs = 200;
        s.cancelConfirmMs = 300;
        return s;
    }
    bool ready() {
        broker->start();
        return QTest::qWaitFor([&] { return broker->connectivity() == BrokerConnectivity::Ready; },
                               5000);
    }
    // The trade stream drops and stays away (what happens meanwhile is not streamed, as at
    // Alpaca); true once the broker says so.
    bool loseTheStream() {
        fake.setStreamAccepting(false);
        fake.dropStreams();
        return QTest::qWaitFor(
            [&] { return broker->connectivity() == BrokerConnectivity::Degraded; }, 5000);
    }
    QJsonObject lastBody(const QByteArray& method, const QByteArray& path) const {
        const QList<FakeAlpacaServer::Request> r = fake.requests();
        for (qsizetype i = r.size() - 1; i >= 0; --i) {
            if (r[i].method == method && r[i].path == path)
                return QJsonDocument::fromJson(r[i].body).object();
        }
        return {};
    }
};

} // namespace

class tst_AlpacaBroker : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void missingKeysAreAClearMessage() {
        AlpacaSettings s = AlpacaSettings::paper();
        AlpacaBroker broker(s);
        QSignalSpy problems(&broker, &AlpacaBroker::problem);
        broker.start();
        COMPARE_NAMED(broker.connectivity(), BrokerConnectivity::Down);
        QCOMPARE(problems.size(), 1);
        const QString why = problems.front().front().toString();
        QVERIFY2(why.contains(QStringLiteral("APCA_API_KEY_ID")), qPrintable(why));
        QVERIFY2(why.contains(QStringLiteral("APCA_API_SECRET_KEY")), qPrintable(why));
    }

    void settingsNameAlpacasHostsAndAStreamBesideAnotherOne() {
        QCOMPARE(AlpacaSettings::paper().tradingUrl.host(),
                 QStringLiteral("paper-api.alpaca.markets"));
        QVERIFY(!AlpacaSettings::paper().live);
        QCOMPARE(AlpacaSettings::liveTrading().streamUrl.toString(),
                 QStringLiteral("wss://api.alpaca.markets/stream"));
        QVERIFY(AlpacaSettings::liveTrading().live);
        AlpacaSettings s = AlpacaSettings::paper();
        s.setTradingUrl(QUrl(QStringLiteral("http://127.0.0.1:9001")));
        QCOMPARE(s.streamUrl.toString(), QStringLiteral("ws://127.0.0.1:9001/stream"));
        s.setTradingUrl(QUrl(QStringLiteral("https://proxy.example:8443")));
        QCOMPARE(s.streamUrl.toString(), QStringLiteral("wss://proxy.example:8443/stream"));
    }

    void wrongKeysAreRefusedAndSaidSo() {
        Rig rig;
        AlpacaSettings s = rig.settings(190);
        s.secretKey = "wrong";
        AlpacaBroker broker(s);
        QSignalSpy problems(&broker, &AlpacaBroker::problem);
        broker.start();
        QTRY_VERIFY_WITH_TIMEOUT(broker.connectivity() == BrokerConnectivity::Down, 5000);
        QVERIFY(!problems.isEmpty());
        const QString why = problems.back().front().toString();
        QVERIFY2(why.contains(QStringLiteral("refused the API keys")), qPrintable(why));
        QVERIFY2(!why.contains(QStringLiteral("wrong")), "the secret must never be shown");
    }

    void connectsThenReconcilesThenIsReady() {
        Rig rig;
        QVERIFY(rig.ready());
        // Connecting, then the stream's first reconciliation, then ready.
        QVERIFY(rig.rec.states.contains(BrokerConnectivity::Reconciling));
        COMPARE_NAMED(rig.rec.states.back(), BrokerConnectivity::Ready);
        QCOMPARE(rig.broker->accountNumber(), QStringLiteral("PALPACA_123"));
        QVERIFY(rig.broker->account().asOfMs > 0);
        QCOMPARE(rig.fake.countRequests("GET", "/v2/orders"), 1);
    }

    void eachOrderTypeReachesAlpacaAndIsAcknowledged() {
        Rig rig;
        QVERIFY(rig.ready());
        Order market = makeOrder(QStringLiteral("m-1"), OrderLeg::Entry, OrderSide::Buy,
                                 OrderType::Market, 10);
        Order limit =
            makeOrder(QStringLiteral("l-1"), OrderLeg::Entry, OrderSide::Buy, OrderType::Limit, 5);
        limit.limitPrice = px("399.5");
        limit.timeInForce = TimeInForce::Gtc;
        Order stopLimit = makeOrder(QStringLiteral("sl-1"), OrderLeg::Entry, OrderSide::Buy,
                                    OrderType::StopLimit, 3);
        stopLimit.stopPrice = px("401.00");
        stopLimit.limitPrice = px("401.50");
        stopLimit.timeInForce = TimeInForce::Ioc;
        for (const Order& o : {market, limit, stopLimit})
            rig.broker->submit(o);
        QTRY_VERIFY_WITH_TIMEOUT(rig.rec.has(QStringLiteral("m-1"), OrderEvent::Ack) &&
                                     rig.rec.has(QStringLiteral("l-1"), OrderEvent::Ack) &&
                                     rig.rec.has(QStringLiteral("sl-1"), OrderEvent::Ack),
                                 5000);
        QCOMPARE(rig.fake.countRequests("POST", "/v2/orders"), 3);
        const QJsonObject l = rig.fake.order(QStringLiteral("l-1"));
        QCOMPARE(l.value(QLatin1String("type")).toString(), QStringLiteral("limit"));
        QCOMPARE(l.value(QLatin1String("time_in_force")).toString(), QStringLiteral("gtc"));
        QCOMPARE(l.value(QLatin1String("limit_price")).toString(), QStringLiteral("399.50"));
        const QJsonObject s = rig.fake.order(QStringLiteral("sl-1"));
        QCOMPARE(s.value(QLatin1String("type")).toString(), QStringLiteral("stop_limit"));
        QCOMPARE(s.value(QLatin1String("time_in_force")).toString(), QStringLiteral("ioc"));
        QCOMPARE(rig.rec.last(QStringLiteral("m-1")).brokerOrderId,
                 rig.fake.order(QStringLiteral("m-1")).value(QLatin1String("id")).toString());

        // A stop that protects shares: held, then sold when it triggers.
        QVERIFY(rig.fake.fill(QStringLiteral("m-1"), 10, px("400.00")));
        QTRY_COMPARE_WITH_TIMEOUT(rig.rec.filled(QStringLiteral("m-1")), 10, 5000);
        Order stop =
            makeOrder(QStringLiteral("s-1"), OrderLeg::Stop, OrderSide::Sell, OrderType::Stop, 10);
        stop.stopPrice = px("395.00");
        stop.timeInForce = TimeInForce::Gtc;
        rig.broker->submit(stop);
        QTRY_VERIFY_WITH_TIMEOUT(rig.rec.has(QStringLiteral("s-1"), OrderEvent::Ack), 5000);
        QCOMPARE(
            rig.fake.order(QStringLiteral("s-1")).value(QLatin1String("stop_price")).toString(),
            QStringLiteral("395.00"));
    }

    void aBracketIsOnePostAndItsLegsAreOurs() {
        Rig rig;
        QVERIFY(rig.ready());
        const auto [entry, stop, target] =
            Bracket(QStringLiteral("b"), 100, px("400.00"), px("396.00"), px("408.00"));
        rig.broker->submitBracket(entry, stop, target);
        QTRY_VERIFY_WITH_TIMEOUT(rig.rec.has(QStringLiteral("b-entry"), OrderEvent::Ack) &&
                                     rig.rec.has(QStringLiteral("b-stop"), OrderEvent::Ack) &&
                                     rig.rec.has(QStringLiteral("b-target"), OrderEvent::Ack),
                                 5000);
        QCOMPARE(rig.fake.countRequests("POST", "/v2/orders"), 1);
        QCOMPARE(rig.fake.orderIds().size(), 3);
        const QJsonObject body = rig.lastBody("POST", "/v2/orders");
        QCOMPARE(body.value(QLatin1String("order_class")).toString(), QStringLiteral("bracket"));
        QCOMPARE(body.value(QLatin1String("stop_loss"))
                     .toObject()
                     .value(QLatin1String("stop_price"))
                     .toString(),
                 QStringLiteral("396.00"));

        // A partial fill: one fill of 40, cumulative 40; the legs still wait (held).
        QVERIFY(rig.fake.fill(QStringLiteral("b-entry"), 40, px("399.90")));
        QTRY_COMPARE_WITH_TIMEOUT(rig.rec.filled(QStringLiteral("b-entry")), 40, 5000);
        COMPARE_NAMED(rig.rec.last(QStringLiteral("b-entry")).event, OrderEvent::PartialFill);
        QCOMPARE(rig.rec.last(QStringLiteral("b-entry")).cumulativeFilled, 40);
        QVERIFY(!rig.fake.fill(QStringLiteral("b-stop"), 1, px("396.00"))); // held
        // The rest: a second fill of 60 at its own price (not the average).
        QVERIFY(rig.fake.fill(QStringLiteral("b-entry"), 60, px("400.00")));
        QTRY_COMPARE_WITH_TIMEOUT(rig.rec.filled(QStringLiteral("b-entry")), 100, 5000);
        QCOMPARE(rig.rec.fills.size(), 2);
        QCOMPARE(rig.rec.fills[0].price, px("399.90"));
        QCOMPARE(rig.rec.fills[1].price, px("400.00"));
        QCOMPARE(rig.rec.fills[1].executionId, QStringLiteral("b-entry#100"));
        QTRY_VERIFY_WITH_TIMEOUT(rig.rec.last(QStringLiteral("b-entry")).event == OrderEvent::Fill,
                                 5000);
        // The target fills: its fill is reported under our id, and the stop is cancelled.
        QVERIFY(rig.fake.fill(legOf(rig.fake, QStringLiteral("b-entry"), QStringLiteral("limit")),
                              100, px("408.00")));
        QTRY_COMPARE_WITH_TIMEOUT(rig.rec.filled(QStringLiteral("b-target")), 100, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(rig.rec.has(QStringLiteral("b-stop"), OrderEvent::CancelAck),
                                 5000);
        QCOMPARE(rig.fake.positionQuantity(QStringLiteral("SPY")), 0);
    }

    void aDuplicatedFillEventCountsOnce() {
        Rig rig;
        QVERIFY(rig.ready());
        rig.fake.setDuplicateEvents(true);
        rig.broker->submit(makeOrder(QStringLiteral("d-1"), OrderLeg::Entry, OrderSide::Buy,
                                     OrderType::Market, 10));
        QTRY_VERIFY_WITH_TIMEOUT(rig.rec.has(QStringLiteral("d-1"), OrderEvent::Ack), 5000);
        QVERIFY(rig.fake.fill(QStringLiteral("d-1"), 4, px("400.10")));
        QVERIFY(rig.fake.fill(QStringLiteral("d-1"), 6, px("400.20")));
        QTRY_VERIFY_WITH_TIMEOUT(rig.rec.has(QStringLiteral("d-1"), OrderEvent::Fill), 5000);
        QTest::qWait(100); // the duplicates of the last event arrive
        QCOMPARE(rig.rec.fills.size(), 2);
        QCOMPARE(rig.rec.filled(QStringLiteral("d-1")), 10);
        QCOMPARE(rig.rec.eventsOf(QStringLiteral("d-1")).count(OrderEvent::Fill), 1);
    }

    // A fill event carries its execution's shares and price: the fill is priced at it, not
    // backed out of the rounded average (1,000 at 400.01 then 1 at 400.02 averages 400.0100
    // at four decimals, which would price the last share at 400.01).
    void aFillEventIsPricedAtItsExecution() {
        Rig rig;
        rig.fake.setCash(Money::fromWhole(1'000'000));
        QVERIFY(rig.ready());
        rig.broker->submit(makeOrder(QStringLiteral("e-1"), OrderLeg::Entry, OrderSide::Buy,
                                     OrderType::Market, 1001));
        QTRY_VERIFY_WITH_TIMEOUT(rig.rec.has(QStringLiteral("e-1"), OrderEvent::Ack), 5000);
        QVERIFY(rig.fake.fill(QStringLiteral("e-1"), 1000, px("400.01")));
        QTRY_COMPARE_WITH_TIMEOUT(rig.rec.filled(QStringLiteral("e-1")), 1000, 5000);
        QVERIFY(rig.fake.fill(QStringLiteral("e-1"), 1, px("400.02")));
        QTRY_COMPARE_WITH_TIMEOUT(rig.rec.filled(QStringLiteral("e-1")), 1001, 5000);
        QCOMPARE(rig.rec.fills.size(), 2);
        QCOMPARE(rig.rec.fills[1].price, px("400.02"));
    }

    void a504OnSubmitIsLookedUpAndNeverPostedAgain() {
        Rig rig;
        QVERIFY(rig.ready());
        // No stream meanwhile: the lookup alone adopts the order.
        rig.fake.setStreamAccepting(false);
        rig.fake.dropStreams();
        // Alpaca takes the order, then the gateway answers 504.
        rig.fake.addFault({.method = "POST",
                           .pathPrefix = "/v2/orders",
                           .status = 504,
                           .body = "{\"message\":\"gateway timeout\"}",
                           .headers = {},
                           .processFirst = true,
                           .noAnswer = false});
        rig.broker->submit(makeOrder(QStringLiteral("t-1"), OrderLeg::Entry, OrderSide::Buy,
                                     OrderType::Market, 10));
        QTRY_VERIFY_WITH_TIMEOUT(rig.rec.has(QStringLiteral("t-1"), OrderEvent::Timeout), 5000);
        QVERIFY(rig.rec.last(QStringLiteral("t-1")).message.contains(QStringLiteral("504")));
        rig.broker->lookup(QStringLiteral("t-1")); // what the executor does after a Timeout
        QTRY_VERIFY_WITH_TIMEOUT(rig.rec.has(QStringLiteral("t-1"), OrderEvent::Ack), 5000);
        QCOMPARE(rig.fake.countRequests("POST", "/v2/orders"), 1);
        QCOMPARE(rig.fake.countRequests("GET", "/v2/orders:by_client_order_id"), 1);
        QVERIFY(!rig.rec.last(QStringLiteral("t-1")).brokerOrderId.isEmpty());
    }

    void noAnswerIsAnUnknownOutcomeAndAMissingOrderStaysUnknown() {
        Rig rig;
        QVERIFY(rig.ready());
        rig.fake.addFault(postFault(false, true));
        rig.broker->submit(makeOrder(QStringLiteral("n-1"), OrderLeg::Entry, OrderSide::Buy,
                                     OrderType::Market, 10));
        QTRY_VERIFY_WITH_TIMEOUT(rig.rec.has(QStringLiteral("n-1"), OrderEvent::Timeout), 5000);
        rig.broker->lookup(QStringLiteral("n-1"));
        QTRY_VERIFY_WITH_TIMEOUT(rig.rec.has(QStringLiteral("n-1"), OrderEvent::NotFound), 5000);
        QVERIFY(!rig.rec.has(QStringLiteral("n-1"), OrderEvent::Reject));
        QCOMPARE(rig.fake.countRequests("POST", "/v2/orders"), 1);
    }

    void aTakenClientOrderIdIsAdoptedNotRejected() {
        Rig rig;
        QVERIFY(rig.ready());
        Order o = makeOrder(QStringLiteral("dup-1"), OrderLeg::Entry, OrderSide::Buy,
                            OrderType::Market, 10);
        rig.broker->submit(o);
        QTRY_VERIFY_WITH_TIMEOUT(rig.rec.has(QStringLiteral("dup-1"), OrderEvent::Ack), 5000);
        // The same order again (what a restart that lost its answer could do): 422 unique.
        AlpacaBroker second(rig.settings(190));
        Recorder rec2;
        second.addListener(&rec2);
        second.submit(o);
        QTRY_VERIFY_WITH_TIMEOUT(rec2.has(QStringLiteral("dup-1"), OrderEvent::Ack), 5000);
        QVERIFY(!rec2.has(QStringLiteral("dup-1"), OrderEvent::Reject));
        QCOMPARE(rig.fake.orderIds().size(), 1);
        second.removeListener(&rec2);
    }

    void rejectedOrdersSayWhy() {
        Rig rig;
        QVERIFY(rig.ready());
        rig.broker->submit(makeOrder(QStringLiteral("big-1"), OrderLeg::Entry, OrderSide::Buy,
                                     OrderType::Market, 100'000));
        QTRY_VERIFY_WITH_TIMEOUT(rig.rec.has(QStringLiteral("big-1"), OrderEvent::Reject), 5000);
        QCOMPARE(rig.rec.last(QStringLiteral("big-1")).message,
                 QStringLiteral("403 40310000 insufficient buying power"));
        // Accepted, then rejected by Alpaca later (asynchronously, on the stream).
        rig.broker->submit(makeOrder(QStringLiteral("late-1"), OrderLeg::Entry, OrderSide::Buy,
                                     OrderType::Market, 1));
        QTRY_VERIFY_WITH_TIMEOUT(rig.rec.has(QStringLiteral("late-1"), OrderEvent::Ack), 5000);
        QVERIFY(rig.fake.endOrder(QStringLiteral("late-1"), QStringLiteral("rejected"),
                                  QStringLiteral("asset is not tradable")));
        QTRY_VERIFY_WITH_TIMEOUT(rig.rec.has(QStringLiteral("late-1"), OrderEvent::Reject), 5000);
        QCOMPARE(rig.rec.last(QStringLiteral("late-1")).message,
                 QStringLiteral("asset is not tradable"));
    }

    void a429WaitsForTheResetAndSendsTheSameRequestOnce() {
        Rig rig;
        QVERIFY(rig.ready());
        const qint64 reset = QDateTime::currentSecsSinceEpoch() + 1;
        rig.fake.addFault({.method = "POST",
                           .pathPrefix = "/v2/orders",
                           .status = 429,
                           .body = "rate limit exceeded",
                           .headers = {{"X-Ratelimit-Limit", "200"},
                                       {"X-Ratelimit-Remaining", "0"},
                                       {"X-Ratelimit-Reset", QByteArray::number(reset)}},
                           .processFirst = false,
                           .noAnswer = false});
        QElapsedTimer clock;
        clock.start();
        rig.broker->submit(makeOrder(QStringLiteral("r-1"), OrderLeg::Entry, OrderSide::Buy,
                                     OrderType::Market, 1));
        QTRY_VERIFY_WITH_TIMEOUT(rig.rec.has(QStringLiteral("r-1"), OrderEvent::Ack), 5000);
        QVERIFY(QDateTime::currentSecsSinceEpoch() >= reset);
        QCOMPARE(rig.fake.countRequests("POST", "/v2/orders"), 2); // the 429, then the order
        QCOMPARE(rig.fake.orderIds().size(), 1);
        QCOMPARE(names(rig.rec.eventsOf(QStringLiteral("r-1"))), names({OrderEvent::Ack}));
    }

    void cancelsAndStopsGoBeforeEntriesWhenTheBudgetIsShort() {
        Rig rig(600); // ten a second
        QVERIFY(rig.ready());
        rig.broker->submit(makeOrder(QStringLiteral("p-1"), OrderLeg::Entry, OrderSide::Buy,
                                     OrderType::Market, 10));
        QTRY_VERIFY_WITH_TIMEOUT(rig.rec.has(QStringLiteral("p-1"), OrderEvent::Ack), 5000);
        QVERIFY(rig.fake.fill(QStringLiteral("p-1"), 10, px("400")));
        QTRY_COMPARE_WITH_TIMEOUT(rig.rec.filled(QStringLiteral("p-1")), 10, 5000);
        // Empty the bucket with a 429 that resets in a moment, then ask in the wrong order.
        rig.fake.addFault(
            {.method = "GET",
             .pathPrefix = "/v2/clock",
             .status = 429,
             .body = "rate limit exceeded",
             .headers = {{"X-Ratelimit-Remaining", "0"},
                         {"X-Ratelimit-Reset",
                          QByteArray::number(QDateTime::currentSecsSinceEpoch() + 1)}},
             .processFirst = false,
             .noAnswer = false});
        QSignalSpy limited(rig.broker.get(), &AlpacaBroker::problem); // the broker saw the 429
        rig.broker->requestClock();
        QTRY_VERIFY_WITH_TIMEOUT(!limited.isEmpty(), 5000);
        QVERIFY(limited.back().front().toString().contains(QStringLiteral("rate limit")));
        const int before = int(rig.fake.requests().size());
        rig.broker->lookup(QStringLiteral("p-1"));
        rig.broker->submit(makeOrder(QStringLiteral("p-2"), OrderLeg::Entry, OrderSide::Buy,
                                     OrderType::Market, 1));
        Order stop = makeOrder(QStringLiteral("p-stop"), OrderLeg::Stop, OrderSide::Sell,
                               OrderType::Stop, 10);
        stop.stopPrice = px("390");
        rig.broker->submit(stop);
        // The stop, the entry, the clock again (first of the queries), the lookup.
        QTRY_VERIFY_WITH_TIMEOUT(rig.fake.requests().size() >= before + 4, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(rig.rec.has(QStringLiteral("p-2"), OrderEvent::Ack), 5000);
        QStringList order;
        const QList<FakeAlpacaServer::Request> requests = rig.fake.requests();
        for (qsizetype i = before; i < requests.size(); ++i) {
            const QJsonObject b = QJsonDocument::fromJson(requests[i].body).object();
            if (requests[i].method == "POST")
                order << b.value(QLatin1String("client_order_id")).toString();
            else if (requests[i].path.startsWith("/v2/orders/"))
                order << QStringLiteral("lookup");
        }
        QCOMPARE(order, (QStringList{QStringLiteral("p-stop"), QStringLiteral("p-2"),
                                     QStringLiteral("lookup")}));
    }

    // The executions missed in a stream gap come back from the FILL activities one by one, at
    // their own prices (not one fill at the average), and the orders' cumulative fills that
    // the reconciliation reads next add nothing: each share counts once.
    void aStreamGapIsReconciledAndItsFillsCountOnce() {
        Rig rig;
        QVERIFY(rig.ready());
        rig.broker->submit(makeOrder(QStringLiteral("g-1"), OrderLeg::Entry, OrderSide::Buy,
                                     OrderType::Market, 10));
        QTRY_VERIFY_WITH_TIMEOUT(rig.rec.has(QStringLiteral("g-1"), OrderEvent::Ack), 5000);
        QVERIFY(rig.fake.fill(QStringLiteral("g-1"), 3, px("400.00")));
        QTRY_COMPARE_WITH_TIMEOUT(rig.rec.filled(QStringLiteral("g-1")), 3, 5000);
        // The stream drops and stays away while the rest fills: those events are lost.
        QVERIFY(rig.loseTheStream());
        QVERIFY(rig.fake.fill(QStringLiteral("g-1"), 3, px("401.00")));
        QVERIFY(rig.fake.fill(QStringLiteral("g-1"), 4, px("402.37")));
        QTest::qWait(300);
        QCOMPARE(rig.rec.filled(QStringLiteral("g-1")), 3);
        // Back: the activities, then the orders.
        const int listsBefore = rig.fake.countRequests("GET", "/v2/orders");
        rig.fake.setStreamAccepting(true);
        QTRY_VERIFY_WITH_TIMEOUT(rig.broker->connectivity() == BrokerConnectivity::Ready, 5000);
        QCOMPARE(rig.fake.countRequests("GET", "/v2/account/activities/FILL"), 1);
        QVERIFY(rig.fake.countRequests("GET", "/v2/orders") > listsBefore);
        QTRY_COMPARE_WITH_TIMEOUT(rig.rec.filled(QStringLiteral("g-1")), 10, 5000);
        QCOMPARE(rig.rec.fills.size(), 3);
        QCOMPARE(rig.rec.fills[1].quantity, 3);
        QCOMPARE(rig.rec.fills[1].price, px("401.00"));
        QCOMPARE(rig.rec.fills[2].quantity, 4);
        QCOMPARE(rig.rec.fills[2].price, px("402.37"));
        QCOMPARE(rig.rec.fills[2].executionId, QStringLiteral("g-1#10"));
        COMPARE_NAMED(rig.rec.last(QStringLiteral("g-1")).event, OrderEvent::Fill);
        QCOMPARE(rig.rec.eventsOf(QStringLiteral("g-1")).count(OrderEvent::Fill), 1);
        QVERIFY(rig.rec.states.contains(BrokerConnectivity::Degraded));
    }

    // More missed executions than a page holds: every page is read (page_token), none twice.
    void missedExecutionsArePagedThrough() {
        Rig rig;
        QVERIFY(rig.ready());
        rig.broker->submit(makeOrder(QStringLiteral("p-1"), OrderLeg::Entry, OrderSide::Buy,
                                     OrderType::Market, 250));
        QTRY_VERIFY_WITH_TIMEOUT(rig.rec.has(QStringLiteral("p-1"), OrderEvent::Ack), 5000);
        QVERIFY(rig.fake.fill(QStringLiteral("p-1"), 1, px("400.00")));
        QTRY_COMPARE_WITH_TIMEOUT(rig.rec.filled(QStringLiteral("p-1")), 1, 5000);
        QVERIFY(rig.loseTheStream());
        for (int i = 0; i < 249; ++i)
            QVERIFY(rig.fake.fill(QStringLiteral("p-1"), 1, Price::fromUnits(4'000'000 + 100 * i)));
        rig.fake.setStreamAccepting(true);
        QTRY_VERIFY_WITH_TIMEOUT(rig.broker->connectivity() == BrokerConnectivity::Ready, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(rig.rec.filled(QStringLiteral("p-1")), 250, 5000);
        QCOMPARE(rig.rec.fills.size(), 250);
        // 250 activities in all, a page of 100 at most: three pages.
        QCOMPARE(rig.fake.countRequests("GET", "/v2/account/activities/FILL"), 3);
        QCOMPARE(rig.rec.fills.last().price, Price::fromUnits(4'000'000 + 100 * 248));
    }

    // Activities that cannot be read leave the orders' cumulative fills to stand in: nothing
    // is lost, the operator is told.
    void unreadableActivitiesFallBackToTheOrders() {
        Rig rig;
        QVERIFY(rig.ready());
        QSignalSpy problems(rig.broker.get(), &AlpacaBroker::problem);
        rig.broker->submit(makeOrder(QStringLiteral("u-1"), OrderLeg::Entry, OrderSide::Buy,
                                     OrderType::Market, 10));
        QTRY_VERIFY_WITH_TIMEOUT(rig.rec.has(QStringLiteral("u-1"), OrderEvent::Ack), 5000);
        QVERIFY(rig.fake.fill(QStringLiteral("u-1"), 2, px("400.00")));
        QTRY_COMPARE_WITH_TIMEOUT(rig.rec.filled(QStringLiteral("u-1")), 2, 5000);
        QVERIFY(rig.loseTheStream());
        QVERIFY(rig.fake.fill(QStringLiteral("u-1"), 8, px("401.00")));
        rig.fake.addFault({.method = "GET",
                           .pathPrefix = "/v2/account/activities",
                           .status = 500,
                           .body = "{\"code\":50010000,\"message\":\"internal server error\"}",
                           .headers = {},
                           .processFirst = false,
                           .noAnswer = false});
        rig.fake.setStreamAccepting(true);
        QTRY_VERIFY_WITH_TIMEOUT(rig.broker->connectivity() == BrokerConnectivity::Ready, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(rig.rec.filled(QStringLiteral("u-1")), 10, 5000);
        QCOMPARE(rig.rec.fills.size(), 2);
        QCOMPARE(rig.rec.fills[1].price, px("401.00"));
        bool said = false;
        for (const QList<QVariant>& p : std::as_const(problems))
            said = said || p.at(0).toString().contains(QStringLiteral("FILL activities"));
        QVERIFY(said);
    }

    // Cancel all: one DELETE for the account's open orders, each confirmed by its `canceled`.
    void cancelAllCancelsEveryOpenOrder() {
        Rig rig;
        QVERIFY(rig.ready());
        QSignalSpy answered(rig.broker.get(), &AlpacaBroker::cancelAllAnswered);
        for (const char* id : {"x-1", "x-2"})
            rig.broker->submit(restingBuy(QString::fromLatin1(id)));
        QTRY_VERIFY_WITH_TIMEOUT(rig.rec.has(QStringLiteral("x-2"), OrderEvent::Ack), 5000);
        rig.broker->cancelAllOrders();
        QTRY_COMPARE_WITH_TIMEOUT(answered.count(), 1, 5000);
        QCOMPARE(answered.at(0).at(0).toInt(), 2);
        QVERIFY(answered.at(0).at(1).toStringList().isEmpty());
        QCOMPARE(rig.fake.countRequests("DELETE", "/v2/orders"), 1);
        for (const char* id : {"x-1", "x-2"})
            QTRY_VERIFY_WITH_TIMEOUT(rig.rec.has(QString::fromLatin1(id), OrderEvent::CancelAck),
                                     5000);
        // Alpaca's 207 with a part that failed: said, by our client id where it is ours.
        rig.fake.addFault({.method = "DELETE",
                           .pathPrefix = "/v2/orders",
                           .status = 207,
                           .body = "[{\"id\":\"497f6eca-6276-4993-bfeb-53cbbbba6f08\","
                                   "\"status\":200},{\"id\":\"72249bb6\",\"status\":404,"
                                   "\"body\":{\"code\":40410000,\"message\":\"order not "
                                   "found\"}}]",
                           .headers = {},
                           .processFirst = false,
                           .noAnswer = false});
        rig.broker->cancelAllOrders();
        QTRY_COMPARE_WITH_TIMEOUT(answered.count(), 2, 5000);
        QCOMPARE(answered.at(1).at(0).toInt(), 1);
        QCOMPARE(answered.at(1).at(1).toStringList(),
                 QStringList{QStringLiteral("72249bb6: 404 40410000 order not found")});
    }

    // Close a position: Alpaca's own market order for all of it; a position that is not there
    // is said.
    void closePositionSellsItAllThroughAlpaca() {
        Rig rig;
        rig.fake.setAutoFillMarket(true);
        QVERIFY(rig.ready());
        QSignalSpy answered(rig.broker.get(), &AlpacaBroker::positionCloseAnswered);
        rig.broker->submit(makeOrder(QStringLiteral("cp-1"), OrderLeg::Entry, OrderSide::Buy,
                                     OrderType::Market, 7));
        QTRY_COMPARE_WITH_TIMEOUT(rig.rec.filled(QStringLiteral("cp-1")), 7, 5000);
        QCOMPARE(rig.fake.positionQuantity(QStringLiteral("SPY")), 7);
        rig.broker->closePosition(QStringLiteral("SPY"));
        QTRY_COMPARE_WITH_TIMEOUT(answered.count(), 1, 5000);
        QCOMPARE(answered.at(0).at(0).toString(), QStringLiteral("SPY"));
        QVERIFY(answered.at(0).at(1).toBool());
        QVERIFY(!answered.at(0).at(2).toString().isEmpty()); // Alpaca's order id
        QTRY_COMPARE_WITH_TIMEOUT(rig.fake.positionQuantity(QStringLiteral("SPY")), 0, 5000);
        rig.broker->closePosition(QStringLiteral("SPY"));
        QTRY_COMPARE_WITH_TIMEOUT(answered.count(), 2, 5000);
        QVERIFY(!answered.at(1).at(1).toBool());
        QVERIFY(answered.at(1).at(2).toString().contains(QStringLiteral("position does not")));
    }

    void aStopMoveIsAReplace() {
        Rig rig;
        QVERIFY(rig.ready());
        rig.broker->submit(makeOrder(QStringLiteral("x-1"), OrderLeg::Entry, OrderSide::Buy,
                                     OrderType::Market, 10));
        QTRY_VERIFY_WITH_TIMEOUT(rig.rec.has(QStringLiteral("x-1"), OrderEvent::Ack), 5000);
        QVERIFY(rig.fake.fill(QStringLiteral("x-1"), 10, px("400")));
        Order stop = makeOrder(QStringLiteral("x-stop"), OrderLeg::Stop, OrderSide::Sell,
                               OrderType::Stop, 10);
        stop.stopPrice = px("390");
        rig.broker->submit(stop);
        QTRY_VERIFY_WITH_TIMEOUT(rig.rec.has(QStringLiteral("x-stop"), OrderEvent::Ack), 5000);
        Order moved = stop;
        moved.clientOrderId = QStringLiteral("x-stop-2");
        moved.stopPrice = px("395");
        rig.broker->replace(QStringLiteral("x-stop"), moved);
        QTRY_VERIFY_WITH_TIMEOUT(rig.rec.has(QStringLiteral("x-stop-2"), OrderEvent::Ack), 5000);
        QVERIFY(rig.rec.has(QStringLiteral("x-stop"), OrderEvent::CancelAck));
        QCOMPARE(rig.fake.countRequests("PATCH", "/v2/orders/"), 1);
        QCOMPARE(rig.fake.countRequests("DELETE", "/v2/orders"), 0);
        const QJsonObject n = rig.fake.order(QStringLiteral("x-stop-2"));
        QCOMPARE(n.value(QLatin1String("stop_price")).toString(), QStringLiteral("395.00"));
        QCOMPARE(n.value(QLatin1String("replaces")).toString(),
                 rig.fake.order(QStringLiteral("x-stop")).value(QLatin1String("id")).toString());
        // A refused replace keeps the old one: CancelReject for it, Reject for the new.
        QVERIFY(rig.fake.fill(QStringLiteral("x-stop-2"), 10, px("395")));
        QTRY_VERIFY_WITH_TIMEOUT(rig.rec.has(QStringLiteral("x-stop-2"), OrderEvent::Fill), 5000);
        Order again = moved;
        again.clientOrderId = QStringLiteral("x-stop-3");
        rig.broker->replace(QStringLiteral("x-stop-2"), again);
        QTRY_VERIFY_WITH_TIMEOUT(rig.rec.has(QStringLiteral("x-stop-3"), OrderEvent::Reject), 5000);
        QVERIFY(
            rig.rec.last(QStringLiteral("x-stop-3")).message.contains(QStringLiteral("filled")));
    }

    // A cancel asked while the order's POST is still on its way waits for Alpaca's answer: a
    // lookup then could find nothing yet ("not found" for an order a moment from existing).
    void aCancelWhileThePostIsOnItsWayWaitsForItsAnswer() {
        Rig rig;
        QVERIFY(rig.ready());
        rig.fake.addFault(postFault(false, false, 400)); // the usual answer, late
        rig.broker->submit(restingBuy(QStringLiteral("w-1"), OrderLeg::Scale));
        QTRY_COMPARE_WITH_TIMEOUT(rig.fake.countRequests("POST", "/v2/orders"), 1, 5000);
        rig.broker->cancel(QStringLiteral("w-1"));
        QTRY_VERIFY_WITH_TIMEOUT(rig.rec.has(QStringLiteral("w-1"), OrderEvent::CancelAck), 5000);
        QCOMPARE(rig.fake.countRequests("GET", "/v2/orders:by_client_order_id"), 0);
        QVERIFY2(!rig.rec.has(QStringLiteral("w-1"), OrderEvent::NotFound),
                 qPrintable(names(rig.rec.eventsOf(QStringLiteral("w-1")))));
        QCOMPARE(rig.fake.order(QStringLiteral("w-1")).value(QLatin1String("status")).toString(),
                 QStringLiteral("canceled"));
    }

    // The same cancel when the POST then gets no answer at all: the order is Unknown, and once
    // a lookup finds it working the cancel goes out (once); the POST is never sent again.
    void aCancelDuringAPostThatTimesOutGoesOutOnceTheOrderIsFound() {
        Rig rig;
        QVERIFY(rig.ready());
        QVERIFY(rig.loseTheStream());             // no `new` event: only the lookup can tell
        rig.fake.addFault(postFault(true, true)); // Alpaca takes it, the answer is lost
        rig.broker->submit(restingBuy(QStringLiteral("w-2"), OrderLeg::Scale));
        QTRY_COMPARE_WITH_TIMEOUT(rig.fake.countRequests("POST", "/v2/orders"), 1, 5000);
        rig.broker->cancel(QStringLiteral("w-2"));
        QTRY_VERIFY_WITH_TIMEOUT(rig.rec.has(QStringLiteral("w-2"), OrderEvent::Timeout), 5000);
        QCOMPARE(rig.fake.countRequests("DELETE", "/v2/orders/"), 0);
        rig.broker->lookup(QStringLiteral("w-2")); // what the executor does after a Timeout
        QTRY_VERIFY_WITH_TIMEOUT(rig.rec.has(QStringLiteral("w-2"), OrderEvent::CancelAck), 5000);
        QCOMPARE(rig.fake.countRequests("DELETE", "/v2/orders/"), 1);
        QCOMPARE(rig.fake.countRequests("POST", "/v2/orders"), 1);
        QCOMPARE(rig.fake.order(QStringLiteral("w-2")).value(QLatin1String("status")).toString(),
                 QStringLiteral("canceled"));
    }

    void cancelIsConfirmedByTheStreamAndTooLateIsSaid() {
        Rig rig;
        QVERIFY(rig.ready());
        const Order limit = restingBuy(QStringLiteral("c-1"));
        rig.broker->submit(limit);
        QTRY_VERIFY_WITH_TIMEOUT(rig.rec.has(QStringLiteral("c-1"), OrderEvent::Ack), 5000);
        rig.broker->cancel(QStringLiteral("c-1"));
        QTRY_VERIFY_WITH_TIMEOUT(rig.rec.has(QStringLiteral("c-1"), OrderEvent::CancelAck), 5000);
        QCOMPARE(rig.fake.order(QStringLiteral("c-1")).value(QLatin1String("status")).toString(),
                 QStringLiteral("canceled"));

        Order filled = limit;
        filled.clientOrderId = QStringLiteral("c-2");
        rig.broker->submit(filled);
        QTRY_VERIFY_WITH_TIMEOUT(rig.rec.has(QStringLiteral("c-2"), OrderEvent::Ack), 5000);
        rig.fake.setStreamAccepting(false);
        rig.fake.dropStreams(); // the fill's event is lost: the cancel's answer tells
        QVERIFY(rig.fake.fill(QStringLiteral("c-2"), 10, px("390")));
        rig.broker->cancel(QStringLiteral("c-2"));
        QTRY_VERIFY_WITH_TIMEOUT(rig.rec.has(QStringLiteral("c-2"), OrderEvent::CancelReject),
                                 5000);
        QVERIFY(rig.rec.messageOf(QStringLiteral("c-2"), OrderEvent::CancelReject)
                    .contains(QStringLiteral("filled")));
        QTRY_VERIFY_WITH_TIMEOUT(rig.rec.has(QStringLiteral("c-2"), OrderEvent::Fill), 5000);
        QCOMPARE(rig.rec.filled(QStringLiteral("c-2")), 10);
    }

    void aRefusedConnectionIsNotSent() {
        Rig rig;
        QVERIFY(rig.ready());
        rig.fake.stopHttp();
        rig.broker->submit(makeOrder(QStringLiteral("ns-1"), OrderLeg::Entry, OrderSide::Buy,
                                     OrderType::Market, 1));
        QTRY_VERIFY_WITH_TIMEOUT(!rig.rec.eventsOf(QStringLiteral("ns-1")).isEmpty(), 5000);
        QCOMPARE(names(rig.rec.eventsOf(QStringLiteral("ns-1"))), names({OrderEvent::NotSent}));
        rig.broker->submit(makeOrder(QStringLiteral("ns-2"), OrderLeg::Entry, OrderSide::Buy,
                                     OrderType::Market, 1));
        QTRY_VERIFY_WITH_TIMEOUT(rig.broker->connectivity() == BrokerConnectivity::Down, 5000);
    }

    void holdingsAfterARestartFindTheBracketLegsThroughTheirEntry() {
        Rig rig;
        QVERIFY(rig.ready());
        const auto [entry, stop, target] =
            Bracket(QStringLiteral("h"), 20, std::nullopt, px("390"), px("420"));
        rig.broker->submitBracket(entry, stop, target);
        QTRY_VERIFY_WITH_TIMEOUT(rig.rec.has(QStringLiteral("h-stop"), OrderEvent::Ack), 5000);
        QVERIFY(rig.fake.fill(QStringLiteral("h-entry"), 20, px("400")));
        QTRY_COMPARE_WITH_TIMEOUT(rig.fake.positionQuantity(QStringLiteral("SPY")), 20, 5000);

        // A new process: it knows the orders from the journal only.
        AlpacaBroker restarted(rig.settings(190));
        QSignalSpy ready(&restarted, &AlpacaBroker::holdingsReady);
        restarted.requestHoldings({entry, stop, target});
        QVERIFY(ready.wait(5000));
        const BrokerHoldings h = ready.front().front().value<BrokerHoldings>();
        QCOMPARE(h.broker, QStringLiteral("alpaca"));
        QVERIFY(h.orders.contains(QStringLiteral("h-entry")));
        COMPARE_NAMED(h.orders.value(QStringLiteral("h-entry")).state, OrderState::Filled);
        QCOMPARE(h.orders.value(QStringLiteral("h-entry")).filled, 20);
        COMPARE_NAMED(h.orders.value(QStringLiteral("h-stop")).state, OrderState::Accepted);
        COMPARE_NAMED(h.orders.value(QStringLiteral("h-target")).state, OrderState::Accepted);
        QCOMPARE(h.orders.size(), 3); // nothing else of ours is open
        QCOMPARE(h.positions.size(), 1);
        QCOMPARE(h.positions.front().shares, 20);
        QCOMPARE(h.positions.front().averageEntry, px("400"));
    }

    void nothingIsReportedBeforeTheRestartsHoldings() {
        Rig rig;
        QVERIFY(rig.ready());
        Order entry = makeOrder(QStringLiteral("q-entry"), OrderLeg::Entry, OrderSide::Buy,
                                OrderType::Limit, 20);
        entry.limitPrice = px("400");
        rig.broker->submit(entry);
        QTRY_VERIFY_WITH_TIMEOUT(rig.rec.has(QStringLiteral("q-entry"), OrderEvent::Ack), 5000);

        // The restarted process is connected and listening when it asks for its holdings; its
        // lookup of the order is slow, and the order fills meanwhile (the stream says so).
        AlpacaBroker restarted(rig.settings(190));
        Recorder rec2;
        restarted.addListener(&rec2);
        restarted.start();
        QTRY_VERIFY_WITH_TIMEOUT(restarted.connectivity() == BrokerConnectivity::Ready, 5000);
        rig.fake.addFault({.method = "GET",
                           .pathPrefix = "/v2/orders:by_client_order_id",
                           .status = 0,
                           .body = {},
                           .headers = {},
                           .processFirst = false,
                           .noAnswer = false,
                           .delayMs = 400});
        QSignalSpy ready(&restarted, &AlpacaBroker::holdingsReady);
        int reportedBeforeHoldings = -1;
        connect(&restarted, &AlpacaBroker::holdingsReady, this,
                [&] { reportedBeforeHoldings = int(rec2.updates.size() + rec2.fills.size()); });
        restarted.requestHoldings({entry});
        QTest::qWait(100);
        QVERIFY(rig.fake.fill(QStringLiteral("q-entry"), 20, px("400")));
        QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty(), 15000);
        // The fill reached the stream before the holdings were complete: no event went to the
        // executor ahead of them; the holdings carry it (the reconciliation decides).
        QCOMPARE(reportedBeforeHoldings, 0);
        const BrokerHoldings h = ready.front().front().value<BrokerHoldings>();
        QCOMPARE(h.orders.value(QStringLiteral("q-entry")).filled, 20);
        restarted.removeListener(&rec2);
    }
};

QTEST_GUILESS_MAIN(tst_AlpacaBroker)
#include "tst_AlpacaBroker.moc"
