#include "brokers/PaperBroker.h"
#include "execution/OrderStateMachine.h"
#include "support/TestValues.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

using namespace axion;
using axion::test::px;
using axion::test::usd;
using namespace Qt::StringLiterals;

namespace {

// New York wall-clock time as UTC ms: the session rules are in exchange time.
qint64 ny(int y, int mo, int d, int h, int mi) {
    static const QTimeZone zone("America/New_York");
    return QDateTime(QDate(y, mo, d), QTime(h, mi), zone).toMSecsSinceEpoch();
}
// Monday 2024-03-04, a regular session.
qint64 mon(int h, int mi) {
    return ny(2024, 3, 4, h, mi);
}

Bar bar(qint64 timeMs, const char* o, const char* h, const char* l, const char* c,
        qint64 volume = 1'000'000) {
    Bar b;
    b.timeMs = timeMs;
    b.open = px(o);
    b.high = px(h);
    b.low = px(l);
    b.close = px(c);
    b.volume = volume;
    return b;
}

// "O H L C [V]" per bar, bars separated by ';'. Bar i (1-based) opens at 10:00 + i minutes.
QList<Bar> parseBars(const QString& text) {
    QList<Bar> out;
    const QStringList rows = text.split(u';', Qt::SkipEmptyParts);
    for (const QString& row : rows) {
        const QStringList f = row.split(u' ', Qt::SkipEmptyParts);
        if (f.size() < 4)
            qFatal("bad bar in test data");
        Bar b;
        b.timeMs = mon(10, int(out.size()) + 1);
        b.open = *Price::parse(f[0]);
        b.high = *Price::parse(f[1]);
        b.low = *Price::parse(f[2]);
        b.close = *Price::parse(f[3]);
        b.volume = f.size() > 4 ? f[4].toLongLong() : 1'000'000;
        out.append(b);
    }
    return out;
}

Order makeOrder(const QString& id, OrderSide side, Quantity qty, OrderType type,
                const char* limit = nullptr, const char* stop = nullptr,
                TimeInForce tif = TimeInForce::Gtc, const QString& ticker = u"AAPL"_s) {
    Order o;
    o.clientOrderId = id;
    o.signalId = u"sig"_s;
    o.ticker = ticker;
    o.side = side;
    o.quantity = qty;
    o.type = type;
    if (limit)
        o.limitPrice = px(limit);
    if (stop)
        o.stopPrice = px(stop);
    o.timeInForce = tif;
    o.broker = u"paper"_s;
    return o;
}

constexpr auto Buy = OrderSide::Buy;
constexpr auto Sell = OrderSide::Sell;

QString fmt(Price p) {
    return p.toString();
}

// Every signal, in the order it arrived, plus a one-line text per event for whole-log checks.
class Recorder {
public:
    explicit Recorder(PaperBroker& broker) {
        QObject::connect(&broker, &Broker::orderUpdated, &broker, [this](const OrderUpdate& u) {
            updates.append(u);
            log.append(QStringLiteral("update %1 %2 %3 cum=%4 avg=%5 t=%6/%7 %8")
                           .arg(u.clientOrderId, u.brokerOrderId, toString(u.event))
                           .arg(u.cumulativeFilled)
                           .arg(fmt(u.averageFillPrice))
                           .arg(u.brokerTimeMs)
                           .arg(u.receivedTimeMs)
                           .arg(u.message));
        });
        QObject::connect(&broker, &Broker::fillReceived, &broker, [this](const Fill& f) {
            fills.append(f);
            log.append(QStringLiteral("fill %1 %2 %3 %4 %5 %6@%7 t=%8/%9")
                           .arg(f.executionId, f.clientOrderId, f.brokerOrderId, f.ticker,
                                toString(f.side))
                           .arg(f.quantity)
                           .arg(fmt(f.price))
                           .arg(f.brokerTimeMs)
                           .arg(f.receivedTimeMs));
        });
        QObject::connect(&broker, &Broker::accountUpdated, &broker, [this](const BrokerAccount& a) {
            accounts.append(a);
            log.append(QStringLiteral("account eq=%1 cash=%2 bp=%3 last=%4")
                           .arg(a.equity.toString(), a.cash.toString(), a.buyingPower.toString(),
                                a.lastEquity.toString()));
        });
    }

    // "id event cum" per order update and "fill id qty@price" per execution, in arrival order:
    // the short form the tests spell out by hand.
    QStringList brief() const {
        QStringList out;
        int u = 0;
        int f = 0;
        for (const QString& line : log) {
            if (line.startsWith(u"update ")) {
                const OrderUpdate& x = updates[u++];
                out.append(QStringLiteral("%1 %2 %3")
                               .arg(x.clientOrderId, toString(x.event))
                               .arg(x.cumulativeFilled));
            } else if (line.startsWith(u"fill ")) {
                const Fill& x = fills[f++];
                out.append(QStringLiteral("fill %1 %2@%3")
                               .arg(x.clientOrderId)
                               .arg(x.quantity)
                               .arg(fmt(x.price)));
            }
        }
        return out;
    }

    QList<OrderUpdate> updatesFor(const QString& id) const {
        QList<OrderUpdate> out;
        for (const OrderUpdate& u : updates) {
            if (u.clientOrderId == id)
                out.append(u);
        }
        return out;
    }

    void clear() {
        updates.clear();
        fills.clear();
        accounts.clear();
        log.clear();
    }

    QList<OrderUpdate> updates;
    QList<Fill> fills;
    QList<BrokerAccount> accounts;
    QStringList log;
};

// The answer to lookup(), caught on its own.
OrderUpdate lookedUp(PaperBroker& broker, const QString& id) {
    OrderUpdate answer;
    const auto c = QObject::connect(&broker, &Broker::orderUpdated, &broker,
                                    [&answer](const OrderUpdate& u) { answer = u; });
    broker.lookup(id);
    QObject::disconnect(c);
    return answer;
}

PaperBrokerSettings defaults() {
    return PaperBrokerSettings{};
}

} // namespace

class tst_PaperBroker : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void nameAndConnection() {
        PaperBroker broker(defaults());
        QCOMPARE(broker.name(), u"paper"_s);
        QVERIFY(broker.isConnected());
        const BrokerAccount a = broker.account();
        QCOMPARE(a.cash, usd("100000"));
        QCOMPARE(a.equity, usd("100000"));
        QCOMPARE(a.buyingPower, usd("200000"));
        QCOMPARE(a.lastEquity, usd("100000"));
        QVERIFY(broker.positions().isEmpty());
    }

    // One order of 100 shares, submitted after a known bar (close 100.00), then the rows' bars.
    // Expected fills are "bar:shares@price", worked out by hand from the rules:
    //  market at the open +/- 0.1 % rounded to the cent against the trader; limit only through
    //  the limit at min/max(open, limit); stop on a touch at max/min(open, stop) +/- 0.1 %;
    //  stop-limit triggered like a stop, then a limit.
    void singleOrderFills_data() {
        QTest::addColumn<QString>("side");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("limit");
        QTest::addColumn<QString>("stop");
        QTest::addColumn<QString>("bars");
        QTest::addColumn<QString>("expected");

        // 100.00 x 1.001 = 100.10; 100.00 x 0.999 = 99.90.
        QTest::newRow("market buy: next open + 0.1%") << "buy"
                                                      << "market"
                                                      << ""
                                                      << ""
                                                      << "100.00 101.00 99.00 100.50"
                                                      << "1:100@100.10";
        QTest::newRow("market sell: next open - 0.1%") << "sell"
                                                       << "market"
                                                       << ""
                                                       << ""
                                                       << "100.00 101.00 99.00 100.50"
                                                       << "1:100@99.90";
        // 33.33 x 1.001 = 33.36333 -> up to 33.37; x 0.999 = 33.29667 -> down to 33.29.
        QTest::newRow("market buy rounds up to the cent") << "buy"
                                                          << "market"
                                                          << ""
                                                          << ""
                                                          << "33.33 33.50 33.00 33.40"
                                                          << "1:100@33.37";
        QTest::newRow("market sell rounds down to the cent") << "sell"
                                                             << "market"
                                                             << ""
                                                             << ""
                                                             << "33.33 33.50 33.00 33.40"
                                                             << "1:100@33.29";
        // Below $1 the tick is 0.0001: 0.5000 x 1.001 = 0.5005, x 0.999 = 0.4995.
        QTest::newRow("market buy under $1") << "buy"
                                             << "market"
                                             << ""
                                             << ""
                                             << "0.5000 0.51 0.49 0.50"
                                             << "1:100@0.5005";
        QTest::newRow("market sell under $1") << "sell"
                                              << "market"
                                              << ""
                                              << ""
                                              << "0.5000 0.51 0.49 0.50"
                                              << "1:100@0.4995";

        QTest::newRow("limit buy: touch only, no fill") << "buy"
                                                        << "limit"
                                                        << "99.00"
                                                        << ""
                                                        << "100.00 101.00 99.00 100.00"
                                                        << "";
        QTest::newRow("limit buy: trades through, at the limit") << "buy"
                                                                 << "limit"
                                                                 << "99.00"
                                                                 << ""
                                                                 << "100.00 101.00 98.99 100.00"
                                                                 << "1:100@99.00";
        QTest::newRow("limit buy: gap through, at the open") << "buy"
                                                             << "limit"
                                                             << "99.00"
                                                             << ""
                                                             << "98.50 99.50 98.00 99.00"
                                                             << "1:100@98.50";
        QTest::newRow("limit buy: rests, fills on a later bar")
            << "buy"
            << "limit"
            << "99.00"
            << ""
            << "100.00 101.00 99.50 100.00; 99.80 100.00 98.90 99.00"
            << "2:100@99.00";
        QTest::newRow("limit sell: touch only, no fill") << "sell"
                                                         << "limit"
                                                         << "101.00"
                                                         << ""
                                                         << "100.00 101.00 99.00 100.00"
                                                         << "";
        QTest::newRow("limit sell: trades through, at the limit") << "sell"
                                                                  << "limit"
                                                                  << "101.00"
                                                                  << ""
                                                                  << "100.00 101.01 99.00 101.00"
                                                                  << "1:100@101.00";
        QTest::newRow("limit sell: gap through, at the open") << "sell"
                                                              << "limit"
                                                              << "101.00"
                                                              << ""
                                                              << "101.50 102.00 101.20 101.80"
                                                              << "1:100@101.50";

        QTest::newRow("stop buy: below the stop, no trigger") << "buy"
                                                              << "stop"
                                                              << ""
                                                              << "101.00"
                                                              << "100.00 100.99 99.00 100.50"
                                                              << "";
        // 101.00 x 1.001 = 101.101 -> 101.11.
        QTest::newRow("stop buy: touch triggers, stop + slippage") << "buy"
                                                                   << "stop"
                                                                   << ""
                                                                   << "101.00"
                                                                   << "100.00 101.20 99.00 100.80"
                                                                   << "1:100@101.11";
        // The slipped 101.11 is above the bar's high: the fill is clamped to 101.00.
        QTest::newRow("stop buy: touch at the high, clamped to the high")
            << "buy"
            << "stop"
            << ""
            << "101.00"
            << "100.00 101.00 99.00 100.80"
            << "1:100@101.00";
        // 102.00 x 1.001 = 102.102 -> 102.11.
        QTest::newRow("stop buy: gap over the stop, open + slippage")
            << "buy"
            << "stop"
            << ""
            << "101.00"
            << "102.00 102.50 101.80 102.20"
            << "1:100@102.11";
        QTest::newRow("stop sell: above the stop, no trigger") << "sell"
                                                               << "stop"
                                                               << ""
                                                               << "99.00"
                                                               << "100.00 101.00 99.01 100.00"
                                                               << "";
        // 99.00 x 0.999 = 98.901 -> 98.90.
        QTest::newRow("stop sell: touch triggers, stop - slippage") << "sell"
                                                                    << "stop"
                                                                    << ""
                                                                    << "99.00"
                                                                    << "100.00 100.50 98.80 99.20"
                                                                    << "1:100@98.90";
        // The slipped 98.90 is below the bar's low: the fill is clamped to 99.00.
        QTest::newRow("stop sell: touch at the low, clamped to the low")
            << "sell"
            << "stop"
            << ""
            << "99.00"
            << "100.00 100.50 99.00 99.20"
            << "1:100@99.00";
        // 98.00 x 0.999 = 97.902 -> 97.90.
        QTest::newRow("stop sell: gap under the stop, open - slippage") << "sell"
                                                                        << "stop"
                                                                        << ""
                                                                        << "99.00"
                                                                        << "98.00 98.50 97.50 98.10"
                                                                        << "1:100@97.90";

        QTest::newRow("stop-limit buy: no trigger") << "buy"
                                                    << "stop_limit"
                                                    << "101.50"
                                                    << "101.00"
                                                    << "100.00 100.99 99.00 100.50"
                                                    << "";
        // Trigger at 101.00 < limit 101.50: fills at min(101.11, 101.50).
        QTest::newRow("stop-limit buy: triggers below the limit") << "buy"
                                                                  << "stop_limit"
                                                                  << "101.50"
                                                                  << "101.00"
                                                                  << "100.00 101.20 99.50 101.00"
                                                                  << "1:100@101.11";
        // The slipped 101.11 is above the limit: capped at 101.05.
        QTest::newRow("stop-limit buy: slippage capped at the limit")
            << "buy"
            << "stop_limit"
            << "101.05"
            << "101.00"
            << "100.00 101.20 99.50 101.00"
            << "1:100@101.05";
        // Trigger at the limit is not marketable: rests, then the limit rule on the next bar.
        QTest::newRow("stop-limit buy: rests at the limit after the trigger")
            << "buy"
            << "stop_limit"
            << "101.00"
            << "101.00"
            << "100.00 101.20 99.50 101.00; 100.80 101.10 100.50 100.90"
            << "2:100@100.80";
        QTest::newRow("stop-limit buy: gaps over the limit, fills when back through it")
            << "buy"
            << "stop_limit"
            << "101.50"
            << "101.00"
            << "102.00 102.50 101.60 102.20; 101.80 102.00 101.40 101.50"
            << "2:100@101.50";
        // Trigger 99.00 > limit 98.50: max(98.90, 98.50).
        QTest::newRow("stop-limit sell: triggers above the limit") << "sell"
                                                                   << "stop_limit"
                                                                   << "98.50"
                                                                   << "99.00"
                                                                   << "100.00 100.50 98.90 99.00"
                                                                   << "1:100@98.90";
        QTest::newRow("stop-limit sell: rests at the limit after the trigger")
            << "sell"
            << "stop_limit"
            << "99.00"
            << "99.00"
            << "100.00 100.50 98.90 99.00; 99.20 99.40 98.80 99.10"
            << "2:100@99.20";
        QTest::newRow("stop-limit sell: no trigger") << "sell"
                                                     << "stop_limit"
                                                     << "98.50"
                                                     << "99.00"
                                                     << "100.00 101.00 99.01 100.00"
                                                     << "";
    }

    void singleOrderFills() {
        QFETCH(QString, side);
        QFETCH(QString, type);
        QFETCH(QString, limit);
        QFETCH(QString, stop);
        QFETCH(QString, bars);
        QFETCH(QString, expected);

        PaperBroker broker(defaults());
        Recorder rec(broker);
        broker.onBar(u"AAPL"_s, bar(mon(10, 0), "100.00", "100.00", "100.00", "100.00"));
        broker.setTimeMs(mon(10, 0) + 30'000);

        Order o;
        o.clientOrderId = u"o-1"_s;
        o.ticker = u"AAPL"_s;
        o.side = side == u"buy"_s ? Buy : Sell;
        o.quantity = 100;
        o.type = *orderTypeFromString(type);
        if (!limit.isEmpty())
            o.limitPrice = *Price::parse(limit);
        if (!stop.isEmpty())
            o.stopPrice = *Price::parse(stop);
        o.timeInForce = TimeInForce::Gtc;
        broker.submit(o);
        QCOMPARE(rec.updates.size(), 1);
        COMPARE_NAMED(rec.updates[0].event, OrderEvent::Ack);
        QCOMPARE(rec.updates[0].brokerTimeMs, mon(10, 0) + 30'000);
        QCOMPARE(rec.updates[0].receivedTimeMs, mon(10, 0) + 30'000);

        const QList<Bar> series = parseBars(bars);
        QStringList got;
        for (int i = 0; i < series.size(); ++i) {
            const qsizetype before = rec.fills.size();
            broker.onBar(u"AAPL"_s, series[i]);
            for (qsizetype k = before; k < rec.fills.size(); ++k) {
                const Fill& f = rec.fills[k];
                got.append(QStringLiteral("%1:%2@%3").arg(i + 1).arg(f.quantity).arg(fmt(f.price)));
                QCOMPARE(f.brokerTimeMs, series[i].timeMs);
                QCOMPARE(f.receivedTimeMs, series[i].timeMs);
                QCOMPARE(f.executionId, u"paper-AAPL-1"_s);
                QCOMPARE(f.brokerOrderId, u"paper-AAPL-order-1"_s);
            }
        }
        QCOMPARE(got.join(u','), expected);
        const OrderUpdate last = rec.updates.last();
        if (expected.isEmpty()) {
            COMPARE_NAMED(last.event, OrderEvent::Ack);
            QCOMPARE(broker.workingOrderCount(), 1);
        } else {
            COMPARE_NAMED(last.event, OrderEvent::Fill);
            QCOMPARE(last.cumulativeFilled, 100);
            QCOMPARE(last.averageFillPrice, rec.fills.last().price);
            QCOMPARE(broker.workingOrderCount(), 0);
        }
    }

    // Market orders pay the configured slippage (0.1 % by default) but at most half the bar's
    // range: rounded to the tick against the trader unless that tick passes the cap, and never
    // outside the bar's low-high.
    void marketSlippageCappedAtHalfTheRange_data() {
        QTest::addColumn<QString>("side");
        QTest::addColumn<QString>("bars");
        QTest::addColumn<QString>("expected");
        // 0.1 % of 100.00 is 0.10; half of a 0.06 range is 0.03.
        QTest::newRow("buy, range 0.06: 0.03") << "buy"
                                               << "100.00 100.04 99.98 100.00"
                                               << "100.03";
        QTest::newRow("sell, range 0.06: 0.03") << "sell"
                                                << "100.00 100.02 99.96 100.00"
                                                << "99.97";
        // Half of 0.05 is 0.025: the cent against the trader (0.03) would pass it.
        QTest::newRow("buy, half range between ticks: 0.02") << "buy"
                                                             << "100.00 100.03 99.98 100.00"
                                                             << "100.02";
        QTest::newRow("sell, half range between ticks: 0.02") << "sell"
                                                              << "100.00 100.03 99.98 100.00"
                                                              << "99.98";
        QTest::newRow("buy, flat bar: the open") << "buy"
                                                 << "100.00 100.00 100.00 100.00"
                                                 << "100.00";
        QTest::newRow("sell, flat bar: the open") << "sell"
                                                  << "100.00 100.00 100.00 100.00"
                                                  << "100.00";
        // Half the range allows 0.10 but the bar never traded above its open.
        QTest::newRow("buy, open at the high: the high") << "buy"
                                                         << "100.00 100.00 99.80 99.90"
                                                         << "100.00";
        QTest::newRow("sell, open at the low: the low") << "sell"
                                                        << "100.00 100.20 100.00 100.10"
                                                        << "100.00";
        QTest::newRow("buy, wide bar: the full 0.1 %") << "buy"
                                                       << "100.00 101.00 99.00 100.50"
                                                       << "100.10";
        // Below $1: 0.1 % of 0.5000 is 0.0005, half the range 0.0002.
        QTest::newRow("buy under $1: 0.0002") << "buy"
                                              << "0.5000 0.5002 0.4998 0.5000"
                                              << "0.5002";
        QTest::newRow("sell under $1: 0.0002") << "sell"
                                               << "0.5000 0.5002 0.4998 0.5000"
                                               << "0.4998";
    }

    void marketSlippageCappedAtHalfTheRange() {
        QFETCH(QString, side);
        QFETCH(QString, bars);
        QFETCH(QString, expected);
        PaperBroker broker(defaults());
        Recorder rec(broker);
        const Bar b = parseBars(bars).first();
        Bar known = b; // a flat bar at the open before the order, for its buying power check
        known.timeMs = mon(10, 0);
        known.high = known.low = known.close = b.open;
        broker.onBar(u"AAPL"_s, known);
        broker.setTimeMs(mon(10, 0) + 30'000);
        broker.submit(makeOrder(u"m"_s, side == u"buy"_s ? Buy : Sell, 100, OrderType::Market));
        broker.onBar(u"AAPL"_s, b);
        QCOMPARE(rec.fills.size(), 1);
        const Price p = rec.fills[0].price;
        QCOMPARE(fmt(p), expected);
        QVERIFY(p >= b.low && p <= b.high);
        const qint64 paid = side == u"buy"_s ? (p - b.open).units() : (b.open - p).units();
        QVERIFY(paid >= 0);
        QVERIFY(2 * paid <= (b.high - b.low).units());
    }

    // A configured slippage smaller than half the bar's range applies in full; a larger one is
    // capped. Market orders and triggered stops alike.
    void configuredSlippageAppliesWhenSmaller_data() {
        QTest::addColumn<double>("slippage");
        QTest::addColumn<QString>("side");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("stop");
        QTest::addColumn<QString>("bars");
        QTest::addColumn<QString>("expected");
        QTest::newRow("2 bps market buy") << 0.0002 << "buy"
                                          << "market"
                                          << ""
                                          << "100.00 100.50 99.50 100.00"
                                          << "100.02";
        QTest::newRow("2 bps market sell") << 0.0002 << "sell"
                                           << "market"
                                           << ""
                                           << "100.00 100.50 99.50 100.00"
                                           << "99.98";
        QTest::newRow("no slippage: the open") << 0.0 << "buy"
                                               << "market"
                                               << ""
                                               << "100.00 100.50 99.50 100.00"
                                               << "100.00";
        QTest::newRow("0.5 % within a 2.00 range") << 0.005 << "buy"
                                                   << "market"
                                                   << ""
                                                   << "100.00 101.00 99.00 100.00"
                                                   << "100.50";
        QTest::newRow("1 % capped at half a 1.00 range") << 0.01 << "buy"
                                                         << "market"
                                                         << ""
                                                         << "100.00 100.50 99.50 100.00"
                                                         << "100.50";
        // 99.00 x 0.9998 = 98.9802 -> 98.98.
        QTest::newRow("2 bps stop sell") << 0.0002 << "sell"
                                         << "stop"
                                         << "99.00"
                                         << "100.00 100.50 98.00 98.50"
                                         << "98.98";
        // 101.00 + min(1.01, 0.80) = 101.80 is still above the high: clamped to 101.40.
        QTest::newRow("1 % stop buy capped, then clamped to the high")
            << 0.01 << "buy"
            << "stop"
            << "101.00"
            << "100.00 101.40 99.80 101.20"
            << "101.40";
        // 101.00 + min(1.01, 1.60) on a bar reaching 103.00.
        QTest::newRow("1 % stop buy within a wide bar") << 0.01 << "buy"
                                                        << "stop"
                                                        << "101.00"
                                                        << "100.00 103.00 99.80 101.20"
                                                        << "102.01";
    }

    void configuredSlippageAppliesWhenSmaller() {
        QFETCH(double, slippage);
        QFETCH(QString, side);
        QFETCH(QString, type);
        QFETCH(QString, stop);
        QFETCH(QString, bars);
        QFETCH(QString, expected);
        PaperBrokerSettings s;
        s.slippage = slippage;
        PaperBroker broker(s);
        Recorder rec(broker);
        broker.onBar(u"AAPL"_s, bar(mon(10, 0), "100.00", "100.00", "100.00", "100.00"));
        broker.setTimeMs(mon(10, 0) + 30'000);
        Order o = makeOrder(u"o"_s, side == u"buy"_s ? Buy : Sell, 100, *orderTypeFromString(type));
        if (!stop.isEmpty())
            o.stopPrice = *Price::parse(stop);
        broker.submit(o);
        const Bar b = parseBars(bars).first();
        broker.onBar(u"AAPL"_s, b);
        QCOMPARE(rec.fills.size(), 1);
        QCOMPARE(fmt(rec.fills[0].price), expected);
        QVERIFY(rec.fills[0].price >= b.low && rec.fills[0].price <= b.high);
    }

    // A deterministic sweep of bars (ranges from nothing to a few ticks, opens at the high or the
    // low, gaps) and orders of one type, default settings, partial fills through participation:
    // every fill lies within the low-high of the bar it filled on, and a market order pays at
    // most half that bar's range.
    void everyFillLiesInsideItsBar_data() {
        QTest::addColumn<QString>("side");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("base");
        for (const char* base : {"50.00", "0.8000"}) {
            for (const char* type : {"market", "limit", "stop", "stop_limit"}) {
                for (const char* side : {"buy", "sell"}) {
                    QTest::addRow("%s %s at %s", side, type, base) << side << type << base;
                }
            }
        }
    }

    void everyFillLiesInsideItsBar() {
        QFETCH(QString, side);
        QFETCH(QString, type);
        QFETCH(QString, base);
        PaperBrokerSettings s;
        s.maxParticipation = 0.3;
        PaperBroker broker(s);
        Recorder rec(broker);
        const bool buy = side == u"buy"_s;
        const OrderType orderType = *orderTypeFromString(type);
        const qint64 start = Price::parse(base)->units();
        const qint64 tick = start >= 10'000 ? 100 : 1;
        quint32 seed = 12345;
        const auto next = [&seed](quint32 n) {
            seed = seed * 1'103'515'245u + 12'345u;
            return (seed >> 16) % n;
        };
        QHash<qint64, Bar> bars;
        qint64 close = start;
        int capBinds = 0;
        for (int step = 0; step < 360; ++step) {
            Bar b;
            b.timeMs = mon(9, 30) + qint64(step) * 60'000;
            // Mostly the last close, sometimes a gap of up to 5 ticks either way.
            const qint64 open = close + (next(5) == 0 ? (qint64(next(11)) - 5) * tick : 0);
            close = std::max<qint64>(open + (qint64(next(7)) - 3) * tick, 10 * tick);
            b.open = Price::fromUnits(open);
            b.close = Price::fromUnits(close);
            b.high = Price::fromUnits(std::max(open, close) + qint64(next(3)) * tick);
            b.low = Price::fromUnits(std::min(open, close) - qint64(next(3)) * tick);
            b.volume = 100 + 50 * qint64(next(10));
            bars.insert(b.timeMs, b);

            broker.setTimeMs(b.timeMs);
            if (step % 3 == 0) {
                Order o =
                    makeOrder(u"o-%1"_s.arg(step), buy ? Buy : Sell, 100 + 50 * next(4), orderType);
                const qint64 off = qint64(next(4)) * tick;
                const qint64 last = b.open.units(); // the open of the bar about to come
                if (orderType == OrderType::Limit)
                    o.limitPrice = Price::fromUnits(buy ? last - off : last + off);
                if (orderType == OrderType::Stop || orderType == OrderType::StopLimit)
                    o.stopPrice = Price::fromUnits(buy ? last + off : last - off);
                if (orderType == OrderType::StopLimit) {
                    const qint64 room = qint64(next(4)) * tick;
                    o.limitPrice = Price::fromUnits(buy ? last + off + room : last - off - room);
                }
                broker.submit(o);
            }
            if (step % 3 == 2)
                broker.cancel(u"o-%1"_s.arg(step - 2));
            const qsizetype before = rec.fills.size();
            broker.onBar(u"AAPL"_s, b);
            if (orderType == OrderType::Market && rec.fills.size() > before &&
                b.open.units() * 1'000 / 1'000'000 * 2 > (b.high - b.low).units())
                ++capBinds;
        }
        QVERIFY2(rec.fills.size() > 30, qPrintable(QString::number(rec.fills.size())));
        if (orderType == OrderType::Market)
            QVERIFY(capBinds > 20); // the sweep does exercise the half-range cap
        for (const Fill& f : std::as_const(rec.fills)) {
            const Bar b = bars.value(f.brokerTimeMs);
            QVERIFY2(f.price >= b.low && f.price <= b.high,
                     qPrintable(u"%1 filled at %2 in a bar %3-%4"_s.arg(
                         f.clientOrderId, fmt(f.price), fmt(b.low), fmt(b.high))));
            if (orderType == OrderType::Market) {
                const qint64 paid = buy ? (f.price - b.open).units() : (b.open - f.price).units();
                QVERIFY2(paid >= 0 && 2 * paid <= (b.high - b.low).units(),
                         qPrintable(u"%1 paid %2 in a bar %3-%4 opening %5"_s.arg(
                             f.clientOrderId, fmt(Price::fromUnits(paid)), fmt(b.low), fmt(b.high),
                             fmt(b.open))));
            }
        }
    }

    // A bracket entry never fills beyond its own stop on a gap: when the bar it would fill on
    // opens at or beyond the stop leg (long: open <= stop, short: open >= stop), the whole
    // bracket is cancelled without a fill. An open short of the stop fills as usual.
    void bracketEntryGapsThroughItsStop_data() {
        QTest::addColumn<QString>("side");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("limit");
        QTest::addColumn<QString>("stop");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("bars");
        QTest::addColumn<QString>("fill"); // empty: the bracket is cancelled
        QTest::newRow("long limit, gap under the stop") << "buy"
                                                        << "limit"
                                                        << "99.00"
                                                        << "98.00"
                                                        << "105.00"
                                                        << "97.50 98.50 97.00 98.00"
                                                        << "";
        QTest::newRow("long limit, open at the stop") << "buy"
                                                      << "limit"
                                                      << "99.00"
                                                      << "98.00"
                                                      << "105.00"
                                                      << "98.00 98.50 97.80 98.20"
                                                      << "";
        QTest::newRow("long market, open under the stop") << "buy"
                                                          << "market"
                                                          << ""
                                                          << "98.00"
                                                          << "105.00"
                                                          << "97.90 98.50 97.50 98.00"
                                                          << "";
        QTest::newRow("short limit, gap over the stop") << "sell"
                                                        << "limit"
                                                        << "101.00"
                                                        << "102.00"
                                                        << "95.00"
                                                        << "102.50 103.00 102.00 102.80"
                                                        << "";
        QTest::newRow("short market, open at the stop") << "sell"
                                                        << "market"
                                                        << ""
                                                        << "102.00"
                                                        << "95.00"
                                                        << "102.00 102.50 101.50 102.00"
                                                        << "";
        QTest::newRow("long limit, open above the stop: fills at the open")
            << "buy"
            << "limit"
            << "99.00"
            << "98.00"
            << "105.00"
            << "98.50 99.00 98.10 98.60"
            << "98.50";
        // 101.90 x 0.999 = 101.798 -> 101.79.
        QTest::newRow("short market, open under the stop: fills") << "sell"
                                                                  << "market"
                                                                  << ""
                                                                  << "102.00"
                                                                  << "95.00"
                                                                  << "101.90 102.10 101.50 101.80"
                                                                  << "101.79";
    }

    void bracketEntryGapsThroughItsStop() {
        QFETCH(QString, side);
        QFETCH(QString, type);
        QFETCH(QString, limit);
        QFETCH(QString, stop);
        QFETCH(QString, target);
        QFETCH(QString, bars);
        QFETCH(QString, fill);
        PaperBroker broker(defaults());
        Recorder rec(broker);
        broker.onBar(u"AAPL"_s, bar(mon(10, 0), "100.00", "100.00", "100.00", "100.00"));
        broker.setTimeMs(mon(10, 0) + 30'000);
        const OrderSide entrySide = side == u"buy"_s ? Buy : Sell;
        const OrderSide exitSide = side == u"buy"_s ? Sell : Buy;
        Order e = makeOrder(u"e"_s, entrySide, 100, *orderTypeFromString(type));
        if (!limit.isEmpty())
            e.limitPrice = *Price::parse(limit);
        Order s = makeOrder(u"s"_s, exitSide, 100, OrderType::Stop);
        s.stopPrice = *Price::parse(stop);
        Order t = makeOrder(u"t"_s, exitSide, 100, OrderType::Limit);
        t.limitPrice = *Price::parse(target);
        broker.submitBracket(e, s, t);
        rec.clear();

        broker.onBar(u"AAPL"_s, parseBars(bars).first());
        if (!fill.isEmpty()) {
            QCOMPARE(rec.brief(), (QStringList{u"fill e 100@"_s + fill, u"e fill 100"_s}));
            QCOMPARE(broker.workingOrderCount(), 2);
            return;
        }
        QCOMPARE(rec.brief(),
                 (QStringList{u"e cancel_ack 0"_s, u"s cancel_ack 0"_s, u"t cancel_ack 0"_s}));
        for (const OrderUpdate& u : std::as_const(rec.updates)) {
            QVERIFY2(u.message.contains(u"gap through the stop"_s), qPrintable(u.message));
            QCOMPARE(u.brokerTimeMs, mon(10, 1));
        }
        QVERIFY(rec.updatesFor(u"e"_s).first().message.contains(u"bracket is cancelled"_s));
        QVERIFY(broker.positions().isEmpty());
        QCOMPARE(broker.workingOrderCount(), 0);
        QCOMPARE(broker.account().cash, usd("100000.00"));
        QCOMPARE(broker.account().buyingPower, usd("200000.00")); // nothing held any more
        // Nothing fills later either, even a bar that trades through every price.
        broker.onBar(u"AAPL"_s, bar(mon(10, 2), "100.00", "120.00", "80.00", "100.00"));
        QVERIFY(rec.fills.isEmpty());
    }

    // A market order never fills on the bar that was known when it was sent, even when it is sent
    // from a slot while that bar is being processed; its ack follows the events already queued.
    void barsBySymbolNumberMatchBarsByTicker() {
        // Two brokers, the same orders and bars: one told the ticker, one a symbol number.
        PaperBroker byTicker(defaults());
        PaperBroker bySymbol(defaults());
        Recorder a(byTicker);
        Recorder b(bySymbol);
        for (PaperBroker* broker : {&byTicker, &bySymbol}) {
            broker->setTimeMs(mon(9, 59));
            broker->submit(makeOrder(u"buy-aapl"_s, Buy, 10, OrderType::Limit, "99.50"));
            broker->submit(makeOrder(u"buy-msft"_s, Buy, 5, OrderType::Limit, "50.00", nullptr,
                                     TimeInForce::Gtc, u"MSFT"_s));
        }
        const Bar aapl = bar(mon(10, 0), "100.00", "100.20", "99.00", "99.80");
        const Bar msft = bar(mon(10, 0), "50.50", "50.60", "49.00", "49.50");
        byTicker.onBar(u"AAPL"_s, aapl);
        byTicker.onBar(u"MSFT"_s, msft);
        bySymbol.onBar(0, u"AAPL"_s, aapl);
        bySymbol.onBar(1, u"MSFT"_s, msft);
        QCOMPARE(b.log, a.log);
        QCOMPARE(b.fills.size(), 2);
        QCOMPARE(bySymbol.positions(), byTicker.positions());

        // A number that comes with another ticker is that ticker's now: no fill on the wrong book.
        bySymbol.submit(makeOrder(u"sell-msft"_s, Sell, 5, OrderType::Market, nullptr, nullptr,
                                  TimeInForce::Gtc, u"MSFT"_s));
        b.clear();
        bySymbol.onBar(0, u"MSFT"_s, bar(mon(10, 1), "49.00", "49.10", "48.90", "49.00"));
        QCOMPARE(b.fills.size(), 1);
        QCOMPARE(b.fills[0].clientOrderId, u"sell-msft"_s);
        QCOMPARE(b.fills[0].ticker, u"MSFT"_s);
    }

    void accountEventsGoToWhoeverIsConnected() {
        // Unobserved changes are not queued, but they are the base of the next comparison: a
        // receiver connected later hears of the next change, with the whole account.
        PaperBroker broker(defaults());
        broker.setTimeMs(mon(9, 59));
        broker.submit(makeOrder(u"buy"_s, Buy, 10, OrderType::Limit, "100.50"));
        broker.onBar(u"AAPL"_s, bar(mon(10, 0), "100.00", "100.00", "100.00", "100.00"));
        broker.onBar(u"AAPL"_s, bar(mon(10, 1), "101.00", "101.00", "101.00", "101.00"));
        Recorder r(broker);
        broker.onBar(u"AAPL"_s, bar(mon(10, 2), "101.00", "101.00", "101.00", "101.00"));
        QVERIFY(r.accounts.isEmpty()); // no change
        broker.onBar(u"AAPL"_s, bar(mon(10, 3), "102.00", "102.00", "102.00", "102.00"));
        QCOMPARE(r.accounts.size(), 1);
        QVERIFY(r.accounts[0] == broker.account());
    }

    void listenersHearEventsBeforeTheSignals() {
        struct Listener : Broker::Listener {
            QStringList* log = nullptr;
            QString name;
            void onBrokerOrderUpdated(const OrderUpdate& u) override {
                log->append(name + u" update "_s + toString(u.event));
            }
            void onBrokerFillReceived(const Fill& f) override {
                log->append(name + u" fill "_s + QString::number(f.quantity));
            }
        };
        PaperBroker broker(defaults());
        QStringList log;
        Listener first;
        first.log = &log;
        first.name = u"first"_s;
        Listener second;
        second.log = &log;
        second.name = u"second"_s;
        broker.addListener(&first);
        broker.addListener(&second);
        QObject::connect(&broker, &Broker::orderUpdated, &broker, [&log](const OrderUpdate& u) {
            log.append(u"signal update "_s + toString(u.event));
        });
        QObject::connect(&broker, &Broker::fillReceived, &broker, [&log](const Fill& f) {
            log.append(u"signal fill "_s + QString::number(f.quantity));
        });
        broker.setTimeMs(mon(9, 59));
        broker.submit(makeOrder(u"buy"_s, Buy, 10, OrderType::Limit, "100.50"));
        broker.onBar(u"AAPL"_s, bar(mon(10, 0), "100.00", "100.00", "100.00", "100.00"));
        QCOMPARE(log, (QStringList{u"first update ack"_s, u"second update ack"_s,
                                   u"signal update ack"_s, u"first fill 10"_s, u"second fill 10"_s,
                                   u"signal fill 10"_s, u"first update fill"_s,
                                   u"second update fill"_s, u"signal update fill"_s}));

        // A removed listener hears nothing more; the others go on.
        log.clear();
        broker.removeListener(&first);
        broker.submit(makeOrder(u"sell"_s, Sell, 10, OrderType::Market));
        QCOMPARE(log, (QStringList{u"second update ack"_s, u"signal update ack"_s}));
    }

    void marketOrderSentDuringABarWaitsForTheNext() {
        PaperBroker broker(defaults());
        Recorder rec(broker);
        broker.onBar(u"AAPL"_s, bar(mon(10, 0), "100.00", "100.00", "100.00", "100.00"));
        broker.submit(makeOrder(u"first"_s, Buy, 10, OrderType::Market));
        bool sent = false;
        QObject::connect(&broker, &Broker::fillReceived, &broker, [&](const Fill&) {
            if (sent)
                return;
            sent = true;
            broker.submit(makeOrder(u"second"_s, Buy, 10, OrderType::Market));
        });
        broker.onBar(u"AAPL"_s, bar(mon(10, 1), "100.00", "101.00", "99.00", "100.50"));
        QCOMPARE(rec.brief(), (QStringList{u"first ack 0"_s, u"fill first 10@100.10"_s,
                                           u"first fill 10"_s, u"second ack 0"_s}));
        // 102.00 x 1.001 = 102.102 -> 102.11.
        broker.onBar(u"AAPL"_s, bar(mon(10, 2), "102.00", "102.50", "101.50", "102.00"));
        QCOMPARE(rec.fills.size(), 2);
        QCOMPARE(rec.fills[1].clientOrderId, u"second"_s);
        QCOMPARE(rec.fills[1].price, px("102.11"));
        QCOMPARE(rec.fills[1].brokerTimeMs, mon(10, 2));
    }

    // Sent at 10:01:30, the order is not filled by the 10:01 bar (it opened before the order
    // existed), even when that bar is delivered afterwards, but by the 10:02 bar's open.
    void barThatOpenedBeforeTheOrderCannotFillIt() {
        PaperBroker broker(defaults());
        Recorder rec(broker);
        broker.onBar(u"AAPL"_s, bar(mon(10, 0), "100.00", "100.00", "100.00", "100.00"));
        broker.setTimeMs(mon(10, 1) + 30'000);
        broker.submit(makeOrder(u"m"_s, Buy, 10, OrderType::Market));
        broker.submit(makeOrder(u"l"_s, Buy, 10, OrderType::Limit, "99.00"));
        broker.onBar(u"AAPL"_s, bar(mon(10, 1), "90.00", "100.00", "89.00", "95.00"));
        QVERIFY(rec.fills.isEmpty());
        broker.onBar(u"AAPL"_s, bar(mon(10, 2), "98.00", "98.50", "97.50", "98.00"));
        QCOMPARE(rec.brief(), (QStringList{u"m ack 0"_s, u"l ack 0"_s, u"fill m 10@98.10"_s,
                                           u"m fill 10"_s, u"fill l 10@98.00"_s, u"l fill 10"_s}));
        QCOMPARE(rec.fills[0].brokerTimeMs, mon(10, 2));
    }

    // Participation 0.1: at most 10% of each bar's volume fills. Limit buy 100 @ 50.00:
    //  bar 1 volume 400 -> 40 @ 49.90 (open below the limit); cumulative 40, average 49.90
    //  bar 2 volume 5   -> floor(0.5) = 0 shares
    //  bar 3 volume 400 -> 40 @ 49.95; cumulative 80, (1996.00 + 1998.00) / 80 = 49.925
    //  bar 4 volume 400 -> the last 20 @ 50.00 (low 49.99 trades through, open 50.05 above);
    //                      cumulative 100, (3994.00 + 1000.00) / 100 = 49.94
    // Cash 100,000.00 - 4,994.00 = 95,006.00.
    void partialFillsWithParticipation() {
        PaperBrokerSettings s;
        s.maxParticipation = 0.1;
        PaperBroker broker(s);
        Recorder rec(broker);
        broker.onBar(u"XYZ"_s, bar(mon(10, 0), "50.20", "50.30", "50.10", "50.20"));
        broker.submit(makeOrder(u"lim"_s, Buy, 100, OrderType::Limit, "50.00", nullptr,
                                TimeInForce::Day, u"XYZ"_s));
        broker.onBar(u"XYZ"_s, bar(mon(10, 1), "49.90", "50.00", "49.80", "49.95", 400));
        broker.onBar(u"XYZ"_s, bar(mon(10, 2), "49.90", "49.95", "49.70", "49.80", 5));
        broker.onBar(u"XYZ"_s, bar(mon(10, 3), "49.95", "50.05", "49.85", "50.00", 400));
        broker.onBar(u"XYZ"_s, bar(mon(10, 4), "50.05", "50.10", "49.99", "50.02", 400));

        const QList<OrderUpdate> u = rec.updatesFor(u"lim"_s);
        QCOMPARE(u.size(), 4);
        COMPARE_NAMED(u[0].event, OrderEvent::Ack);
        COMPARE_NAMED(u[1].event, OrderEvent::PartialFill);
        QCOMPARE(u[1].cumulativeFilled, 40);
        QCOMPARE(u[1].averageFillPrice, px("49.90"));
        QCOMPARE(u[1].brokerTimeMs, mon(10, 1));
        COMPARE_NAMED(u[2].event, OrderEvent::PartialFill);
        QCOMPARE(u[2].cumulativeFilled, 80);
        QCOMPARE(u[2].averageFillPrice, px("49.925"));
        QCOMPARE(u[2].brokerTimeMs, mon(10, 3));
        COMPARE_NAMED(u[3].event, OrderEvent::Fill);
        QCOMPARE(u[3].cumulativeFilled, 100);
        QCOMPARE(u[3].averageFillPrice, px("49.94"));
        QCOMPARE(u[3].brokerTimeMs, mon(10, 4));

        QCOMPARE(rec.fills.size(), 3);
        QCOMPARE(rec.fills[0].quantity, 40);
        QCOMPARE(rec.fills[0].price, px("49.90"));
        QCOMPARE(rec.fills[1].quantity, 40);
        QCOMPARE(rec.fills[1].price, px("49.95"));
        QCOMPARE(rec.fills[2].quantity, 20);
        QCOMPARE(rec.fills[2].price, px("50.00"));
        QCOMPARE(rec.fills[2].executionId, u"paper-XYZ-3"_s);
        QCOMPARE(broker.account().cash, usd("95006.00"));
        const QList<BrokerPosition> pos = broker.positions();
        QCOMPARE(pos.size(), 1);
        QCOMPARE(pos[0].shares, 100);
        QCOMPARE(pos[0].averageEntry, px("49.94"));
    }

    // The volume budget of a bar is shared by the ticker's orders, oldest first. Budget 50:
    //  bar 1 (open 100.00 -> 100.10): A takes its 30, B the other 20;
    //  bar 2 (open 101.00 -> 101.101 -> 101.11): B its last 20.
    // B's average: (20 x 100.10 + 20 x 101.11) / 40 = (2002.00 + 2022.20) / 40 = 100.605.
    void participationBudgetIsShared() {
        PaperBrokerSettings s;
        s.maxParticipation = 0.1;
        PaperBroker broker(s);
        Recorder rec(broker);
        broker.onBar(u"AAPL"_s, bar(mon(10, 0), "100.00", "100.00", "100.00", "100.00"));
        broker.submit(makeOrder(u"A"_s, Buy, 30, OrderType::Market));
        broker.submit(makeOrder(u"B"_s, Buy, 40, OrderType::Market));
        broker.onBar(u"AAPL"_s, bar(mon(10, 1), "100.00", "100.50", "99.50", "100.00", 500));
        broker.onBar(u"AAPL"_s, bar(mon(10, 2), "101.00", "101.50", "100.50", "101.00", 500));
        QCOMPARE(rec.brief(),
                 (QStringList{u"A ack 0"_s, u"B ack 0"_s, u"fill A 30@100.10"_s, u"A fill 30"_s,
                              u"fill B 20@100.10"_s, u"B partial_fill 20"_s, u"fill B 20@101.11"_s,
                              u"B fill 40"_s}));
        QCOMPARE(rec.updatesFor(u"B"_s).last().averageFillPrice, px("100.605"));
    }

    // IOC: one bar, then the rest expires. Participation 0.1 of 300 = 30 shares.
    void immediateOrCancel_data() {
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("limit");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("market: 30 fill, 70 expire")
            << int(OrderType::Market) << ""
            << QStringList{u"ioc ack 0"_s, u"fill ioc 30@100.10"_s, u"ioc partial_fill 30"_s,
                           u"ioc expire 30"_s};
        QTest::newRow("limit through: 30 fill at the limit, 70 expire")
            << int(OrderType::Limit) << "99.50"
            << QStringList{u"ioc ack 0"_s, u"fill ioc 30@99.50"_s, u"ioc partial_fill 30"_s,
                           u"ioc expire 30"_s};
        QTest::newRow("limit not reached: all expire")
            << int(OrderType::Limit) << "98.00" << QStringList{u"ioc ack 0"_s, u"ioc expire 0"_s};
    }

    void immediateOrCancel() {
        QFETCH(int, type);
        QFETCH(QString, limit);
        QFETCH(QStringList, expected);
        PaperBrokerSettings s;
        s.maxParticipation = 0.1;
        PaperBroker broker(s);
        Recorder rec(broker);
        broker.onBar(u"AAPL"_s, bar(mon(10, 0), "100.00", "100.00", "100.00", "100.00"));
        Order o = makeOrder(u"ioc"_s, Buy, 100, OrderType(type));
        if (!limit.isEmpty())
            o.limitPrice = *Price::parse(limit);
        o.timeInForce = TimeInForce::Ioc;
        broker.submit(o);
        broker.onBar(u"AAPL"_s, bar(mon(10, 1), "100.00", "100.50", "99.00", "100.00", 300));
        // Nothing more happens to it.
        broker.onBar(u"AAPL"_s, bar(mon(10, 2), "90.00", "100.50", "89.00", "100.00", 300));
        QCOMPARE(rec.brief(), expected);
        const OrderUpdate last = rec.updatesFor(u"ioc"_s).last();
        QCOMPARE(last.brokerTimeMs, mon(10, 1));
        COMPARE_NAMED(lookedUp(broker, u"ioc"_s).event, OrderEvent::Expire);
        QCOMPARE(broker.workingOrderCount(), 0);
    }

    // A day order (limit far away, never fills) expires at the end of its regular session: the
    // first bar at or after the close, which includes the next morning's first bar, or an explicit
    // endOfDay(). A gtc order beside it survives all of it.
    void dayExpiry_data() {
        QTest::addColumn<qint64>("sentAt");
        QTest::addColumn<QList<qint64>>("barTimes");
        QTest::addColumn<qint64>("endOfDayAt"); // 0 = no call
        QTest::addColumn<qint64>("expiresAt");  // 0 = still working

        QTest::newRow("still working during the session")
            << mon(10, 0) << QList<qint64>{mon(10, 1), mon(15, 59)} << qint64(0) << qint64(0);
        QTest::newRow("expires at the first after-hours bar")
            << mon(10, 0) << QList<qint64>{mon(15, 59), mon(16, 0)} << qint64(0) << mon(16, 0);
        QTest::newRow("expires at the next morning's first bar")
            << mon(10, 0) << QList<qint64>{mon(15, 59), ny(2024, 3, 5, 9, 30)} << qint64(0)
            << ny(2024, 3, 5, 9, 30);
        QTest::newRow("expires at an explicit endOfDay")
            << mon(10, 0) << QList<qint64>{mon(15, 58)} << mon(16, 0) << mon(16, 0);
        QTest::newRow("sent after the close: lives through the next session")
            << mon(17, 0) << QList<qint64>{ny(2024, 3, 5, 9, 30), ny(2024, 3, 5, 15, 59)}
            << qint64(0) << qint64(0);
        QTest::newRow("sent after the close: expires at the next session's close")
            << mon(17, 0) << QList<qint64>{ny(2024, 3, 5, 9, 30), ny(2024, 3, 5, 16, 0)}
            << qint64(0) << ny(2024, 3, 5, 16, 0);
        QTest::newRow("early close 13:00: 12:59 still works")
            << ny(2024, 11, 29, 10, 0) << QList<qint64>{ny(2024, 11, 29, 12, 59)} << qint64(0)
            << qint64(0);
        QTest::newRow("early close 13:00: expires at 13:00")
            << ny(2024, 11, 29, 10, 0)
            << QList<qint64>{ny(2024, 11, 29, 12, 59), ny(2024, 11, 29, 13, 0)} << qint64(0)
            << ny(2024, 11, 29, 13, 0);
        QTest::newRow("over the weekend (and a DST change)")
            << ny(2024, 3, 8, 15, 0) << QList<qint64>{ny(2024, 3, 11, 9, 30)} << qint64(0)
            << ny(2024, 3, 11, 9, 30);
    }

    void dayExpiry() {
        QFETCH(qint64, sentAt);
        QFETCH(QList<qint64>, barTimes);
        QFETCH(qint64, endOfDayAt);
        QFETCH(qint64, expiresAt);

        PaperBroker broker(defaults());
        Recorder rec(broker);
        broker.setTimeMs(sentAt);
        broker.submit(
            makeOrder(u"day"_s, Buy, 100, OrderType::Limit, "90.00", nullptr, TimeInForce::Day));
        broker.submit(
            makeOrder(u"gtc"_s, Buy, 100, OrderType::Limit, "90.00", nullptr, TimeInForce::Gtc));
        for (qint64 t : barTimes)
            broker.onBar(u"AAPL"_s, bar(t, "100.00", "100.50", "99.50", "100.00"));
        if (endOfDayAt != 0)
            broker.endOfDay(endOfDayAt);

        const QList<OrderUpdate> day = rec.updatesFor(u"day"_s);
        if (expiresAt == 0) {
            QCOMPARE(day.size(), 1);
            COMPARE_NAMED(lookedUp(broker, u"day"_s).event, OrderEvent::Ack);
        } else {
            QCOMPARE(day.size(), 2);
            COMPARE_NAMED(day[1].event, OrderEvent::Expire);
            QCOMPARE(day[1].brokerTimeMs, expiresAt);
            QCOMPARE(day[1].receivedTimeMs, expiresAt);
            QCOMPARE(day[1].cumulativeFilled, 0);
            COMPARE_NAMED(lookedUp(broker, u"day"_s).event, OrderEvent::Expire);
        }
        QCOMPARE(rec.updatesFor(u"gtc"_s).size(), 1);
        COMPARE_NAMED(lookedUp(broker, u"gtc"_s).event, OrderEvent::Ack);
    }

    // A gtc order that was not reached yesterday still fills today.
    void gtcFillsOnALaterDay() {
        PaperBroker broker(defaults());
        Recorder rec(broker);
        broker.setTimeMs(mon(10, 0));
        broker.submit(makeOrder(u"gtc"_s, Buy, 10, OrderType::Limit, "99.00"));
        broker.onBar(u"AAPL"_s, bar(mon(15, 59), "100.00", "100.50", "99.50", "100.00"));
        broker.endOfDay(mon(16, 0));
        broker.onBar(u"AAPL"_s, bar(ny(2024, 3, 5, 9, 30), "98.80", "99.20", "98.50", "99.00"));
        QCOMPARE(rec.fills.size(), 1);
        QCOMPARE(rec.fills[0].price, px("98.80"));
        QCOMPARE(rec.fills[0].brokerTimeMs, ny(2024, 3, 5, 9, 30));
    }

    // The session roll-over makes the equity at the close the new daily P&L base.
    void lastEquityRollsOverAtTheClose() {
        PaperBrokerSettings s;
        s.previousCloseEquity = usd("99000");
        PaperBroker broker(s);
        QCOMPARE(broker.account().lastEquity, usd("99000"));
        broker.onBar(u"AAPL"_s, bar(mon(10, 0), "100.00", "100.00", "100.00", "100.00"));
        broker.submit(makeOrder(u"b"_s, Buy, 100, OrderType::Market));
        broker.onBar(u"AAPL"_s, bar(mon(10, 1), "100.00", "100.50", "99.50", "100.00"));
        // Bought 100 @ 100.10; the last close of the day 101.00: equity 89,990 + 10,100.
        broker.onBar(u"AAPL"_s, bar(mon(15, 59), "101.00", "101.00", "101.00", "101.00"));
        QCOMPARE(broker.account().lastEquity, usd("99000"));
        QCOMPARE(broker.account().equity, usd("100090.00"));
        broker.onBar(u"AAPL"_s, bar(ny(2024, 3, 5, 9, 30), "102.00", "102.00", "102.00", "102.00"));
        QCOMPARE(broker.account().lastEquity, usd("100090.00"));
        QCOMPARE(broker.account().equity, usd("100190.00"));
    }

    // Bracket: buy 100 at market (fills at 100.00 -> 100.10 on bar 1), stop 95.00, target 110.00.
    // The legs act from the bar after the entry's fill (bar 1 reaches 94.00 without a stop-out).
    // Bar 2 decides. Cash after = 100,000.00 - 10,010.00 + 100 x exit.
    // A bracket's stop replaced (the broker's atomic modify): the old one ends as the new one is
    // live, the new one takes its place in the bracket (one-cancels-other with the target) and
    // fills on the next bar at its price.
    void replaceKeepsTheBracket() {
        PaperBroker broker(defaults());
        Recorder rec(broker);
        broker.onBar(u"AAPL"_s, bar(mon(10, 0), "100.00", "100.00", "100.00", "100.00"));
        broker.submitBracket(makeOrder(u"sig-entry"_s, Buy, 100, OrderType::Market),
                             makeOrder(u"sig-stop"_s, Sell, 100, OrderType::Stop, nullptr, "95.00"),
                             makeOrder(u"sig-target"_s, Sell, 100, OrderType::Limit, "110.00"));
        broker.onBar(u"AAPL"_s, bar(mon(10, 1), "100.00", "100.50", "99.50", "100.00"));
        rec.clear();
        Order moved = makeOrder(u"sig-stop-2"_s, Sell, 100, OrderType::Stop, nullptr, "99.00");
        broker.replace(u"sig-stop"_s, moved);
        QCOMPARE(rec.brief(), (QStringList{u"sig-stop cancel_ack 0"_s, u"sig-stop-2 ack 0"_s}));
        QVERIFY(rec.updates.at(0).message.contains(u"replaced by sig-stop-2"));
        QCOMPARE(broker.workingOrderCount(), 2);
        rec.clear();
        // Through the new stop, not the old one: the new one fills (at 99.00 less the slippage),
        // the target goes with it.
        broker.onBar(u"AAPL"_s, bar(mon(10, 2), "99.50", "99.60", "98.80", "99.00"));
        QCOMPARE(rec.brief(), (QStringList{u"fill sig-stop-2 100@98.90"_s, u"sig-stop-2 fill 100"_s,
                                           u"sig-target cancel_ack 0"_s}));
        QVERIFY(broker.positions().isEmpty());
        QCOMPARE(broker.workingOrderCount(), 0);
    }

    // What the modify refuses: the old order is answered as it is (cancel_reject), the new one is
    // rejected, and its id is taken.
    void replaceRefusals_data() {
        QTest::addColumn<QString>("old");
        QTest::addColumn<QString>("side");
        QTest::addColumn<QString>("why");
        QTest::newRow("unknown order") << u"nobody"_s << u"sell"_s << u"no working order"_s;
        QTest::newRow("a bracket entry") << u"sig-entry"_s << u"buy"_s << u"bracket entry"_s;
        QTest::newRow("another side") << u"sig-stop"_s << u"buy"_s << u"ticker, side and leg"_s;
    }
    void replaceRefusals() {
        QFETCH(QString, old);
        QFETCH(QString, side);
        QFETCH(QString, why);
        PaperBroker broker(defaults());
        Recorder rec(broker);
        broker.onBar(u"AAPL"_s, bar(mon(10, 0), "100.00", "100.00", "100.00", "100.00"));
        broker.submitBracket(makeOrder(u"sig-entry"_s, Buy, 100, OrderType::Limit, "90.00"),
                             makeOrder(u"sig-stop"_s, Sell, 100, OrderType::Stop, nullptr, "85.00"),
                             makeOrder(u"sig-target"_s, Sell, 100, OrderType::Limit, "110.00"));
        rec.clear();
        Order moved = makeOrder(u"sig-new"_s, side == u"buy" ? Buy : Sell, 100,
                                old == u"sig-entry" ? OrderType::Limit : OrderType::Stop,
                                old == u"sig-entry" ? "91.00" : nullptr,
                                old == u"sig-entry" ? nullptr : "86.00");
        broker.replace(old, moved);
        QCOMPARE(rec.brief(), (QStringList{old + u" cancel_reject 0"_s, u"sig-new reject 0"_s}));
        QVERIFY2(rec.updates.at(1).message.contains(why), qPrintable(rec.updates.at(1).message));
        QCOMPARE(broker.workingOrderCount(), 3);
        rec.clear();
        broker.submit(moved); // the id is taken
        QCOMPARE(rec.brief(), (QStringList{u"sig-new reject 0"_s}));
    }

    void bracketOneCancelsOther_data() {
        QTest::addColumn<QString>("bar2");
        QTest::addColumn<QString>("filledLeg");
        QTest::addColumn<QString>("cancelledLeg");
        QTest::addColumn<QString>("exitPrice");
        QTest::addColumn<QString>("cash");
        // Stop touched: min(open 96.00, 95.00) x 0.999 = 94.905 -> 94.90. 9,490.00 back.
        QTest::newRow("stop fills, target cancelled") << "96.00 96.50 94.50 95.00"
                                                      << "sig-stop"
                                                      << "sig-target"
                                                      << "94.90"
                                                      << "99480.00";
        // Target traded through: max(open 108.00, 110.00) = 110.00. 11,000.00 back.
        QTest::newRow("target fills, stop cancelled") << "108.00 110.50 107.50 110.20"
                                                      << "sig-target"
                                                      << "sig-stop"
                                                      << "110.00"
                                                      << "100990.00";
        // A bar that reaches both: the stop is assumed first (the worse case).
        QTest::newRow("both reached in one bar: the stop wins") << "100.00 111.00 94.00 100.00"
                                                                << "sig-stop"
                                                                << "sig-target"
                                                                << "94.90"
                                                                << "99480.00";
        // A gap down through the stop: open 93.00 x 0.999 = 92.907 -> 92.90. 9,290.00 back.
        QTest::newRow("gap through the stop") << "93.00 93.50 92.00 93.20"
                                              << "sig-stop"
                                              << "sig-target"
                                              << "92.90"
                                              << "99280.00";
    }

    void bracketOneCancelsOther() {
        QFETCH(QString, bar2);
        QFETCH(QString, filledLeg);
        QFETCH(QString, cancelledLeg);
        QFETCH(QString, exitPrice);
        QFETCH(QString, cash);

        PaperBroker broker(defaults());
        Recorder rec(broker);
        broker.onBar(u"AAPL"_s, bar(mon(10, 0), "100.00", "100.00", "100.00", "100.00"));
        broker.submitBracket(makeOrder(u"sig-entry"_s, Buy, 100, OrderType::Market),
                             makeOrder(u"sig-stop"_s, Sell, 100, OrderType::Stop, nullptr, "95.00"),
                             makeOrder(u"sig-target"_s, Sell, 100, OrderType::Limit, "110.00"));
        QCOMPARE(rec.brief(),
                 (QStringList{u"sig-entry ack 0"_s, u"sig-stop ack 0"_s, u"sig-target ack 0"_s}));
        rec.clear();

        broker.onBar(u"AAPL"_s, bar(mon(10, 1), "100.00", "100.50", "94.00", "99.00"));
        QCOMPARE(rec.brief(),
                 (QStringList{u"fill sig-entry 100@100.10"_s, u"sig-entry fill 100"_s}));
        rec.clear();

        Bar b2 = parseBars(bar2).first();
        b2.timeMs = mon(10, 2);
        broker.onBar(u"AAPL"_s, b2);
        QCOMPARE(rec.brief(),
                 (QStringList{u"fill "_s + filledLeg + u" 100@"_s + exitPrice,
                              filledLeg + u" fill 100"_s, cancelledLeg + u" cancel_ack 0"_s}));
        QCOMPARE(rec.updates.last().brokerTimeMs, mon(10, 2));
        QVERIFY(rec.updates.last().message.contains(u"one-cancels-other"_s));
        QCOMPARE(broker.account().cash, usd(cash.toLatin1().constData()));
        QCOMPARE(broker.account().equity, usd(cash.toLatin1().constData()));
        QVERIFY(broker.positions().isEmpty());
        QCOMPARE(broker.workingOrderCount(), 0);
    }

    // Participation 0.1. The entry (limit 100 @ 100.00) fills 50 @ 99.80 on bar 1 (volume 500);
    // then it is cancelled: the legs stay, sized to the 50 shares. Bar 2 (volume 2,000, budget 200)
    // trades through the target: 50 @ 110.00, and the stop is cancelled.
    // Cash: 100,000.00 - 4,990.00 + 5,500.00 = 100,510.00.
    void bracketPartialEntrySizesTheLegs() {
        PaperBrokerSettings s;
        s.maxParticipation = 0.1;
        PaperBroker broker(s);
        Recorder rec(broker);
        broker.onBar(u"AAPL"_s, bar(mon(10, 0), "100.20", "100.30", "100.10", "100.20"));
        broker.submitBracket(makeOrder(u"e"_s, Buy, 100, OrderType::Limit, "100.00"),
                             makeOrder(u"s"_s, Sell, 100, OrderType::Stop, nullptr, "95.00"),
                             makeOrder(u"t"_s, Sell, 100, OrderType::Limit, "110.00"));
        broker.onBar(u"AAPL"_s, bar(mon(10, 1), "99.80", "100.20", "99.50", "100.00", 500));
        broker.cancel(u"e"_s);
        QCOMPARE(rec.brief(),
                 (QStringList{u"e ack 0"_s, u"s ack 0"_s, u"t ack 0"_s, u"fill e 50@99.80"_s,
                              u"e partial_fill 50"_s, u"e cancel_ack 50"_s}));
        COMPARE_NAMED(lookedUp(broker, u"s"_s).event, OrderEvent::Ack);
        COMPARE_NAMED(lookedUp(broker, u"t"_s).event, OrderEvent::Ack);
        rec.clear();

        broker.onBar(u"AAPL"_s, bar(mon(10, 2), "109.00", "111.00", "108.50", "110.50", 2000));
        QCOMPARE(rec.brief(),
                 (QStringList{u"fill t 50@110.00"_s, u"t fill 50"_s, u"s cancel_ack 0"_s}));
        QCOMPARE(broker.account().cash, usd("100510.00"));
        QVERIFY(broker.positions().isEmpty());
    }

    // A partial fill of one leg reduces the other. Participation 0.1; the entry (market 100)
    // fills in full on bar 1 @ 100.10. Bar 2 (volume 300): the target sells 30 @ 110.00, the
    // stop now covers 70. Bar 3 (volume 1,000): the stop sells those 70 @ 95.00 x 0.999 = 94.905
    // -> 94.90 and the target, with nothing left to close, is cancelled with its 30.
    // Cash: 100,000.00 - 10,010.00 + 3,300.00 + 6,643.00 = 99,933.00.
    void bracketPartialLegFillReducesTheOther() {
        PaperBrokerSettings s;
        s.maxParticipation = 0.1;
        PaperBroker broker(s);
        Recorder rec(broker);
        broker.onBar(u"AAPL"_s, bar(mon(10, 0), "100.00", "100.00", "100.00", "100.00"));
        broker.submitBracket(makeOrder(u"e"_s, Buy, 100, OrderType::Market),
                             makeOrder(u"s"_s, Sell, 100, OrderType::Stop, nullptr, "95.00"),
                             makeOrder(u"t"_s, Sell, 100, OrderType::Limit, "110.00"));
        broker.onBar(u"AAPL"_s, bar(mon(10, 1), "100.00", "100.50", "99.50", "100.00", 5000));
        rec.clear();
        broker.onBar(u"AAPL"_s, bar(mon(10, 2), "108.00", "110.50", "107.00", "110.00", 300));
        QCOMPARE(rec.brief(), (QStringList{u"fill t 30@110.00"_s, u"t partial_fill 30"_s}));
        QCOMPARE(broker.positions().value(0).shares, 70);
        rec.clear();
        broker.onBar(u"AAPL"_s, bar(mon(10, 3), "96.00", "96.00", "94.00", "94.50", 1000));
        QCOMPARE(rec.brief(),
                 (QStringList{u"fill s 70@94.90"_s, u"s fill 70"_s, u"t cancel_ack 30"_s}));
        QCOMPARE(broker.account().cash, usd("99933.00"));
        QVERIFY(broker.positions().isEmpty());
        QCOMPARE(broker.workingOrderCount(), 0);
    }

    // Cancelling (or expiring) the entry before it fills takes the legs with it.
    void bracketCancelEntryCancelsLegs() {
        PaperBroker broker(defaults());
        Recorder rec(broker);
        broker.onBar(u"AAPL"_s, bar(mon(10, 0), "100.00", "100.00", "100.00", "100.00"));
        broker.submitBracket(makeOrder(u"e"_s, Buy, 100, OrderType::Limit, "99.00"),
                             makeOrder(u"s"_s, Sell, 100, OrderType::Stop, nullptr, "95.00"),
                             makeOrder(u"t"_s, Sell, 100, OrderType::Limit, "110.00"));
        // The limit entry holds buying power until it ends.
        QCOMPARE(broker.account().buyingPower, usd("190100.00"));
        rec.clear();
        broker.cancel(u"e"_s);
        QCOMPARE(rec.brief(),
                 (QStringList{u"e cancel_ack 0"_s, u"s cancel_ack 0"_s, u"t cancel_ack 0"_s}));
        QCOMPARE(broker.account().buyingPower, usd("200000.00"));
        rec.clear();
        broker.onBar(u"AAPL"_s, bar(mon(10, 1), "90.00", "120.00", "80.00", "100.00"));
        QVERIFY(rec.fills.isEmpty());
        QCOMPARE(broker.workingOrderCount(), 0);

        // A day entry that expires unfilled does the same.
        rec.clear();
        broker.submitBracket(
            makeOrder(u"e2"_s, Buy, 100, OrderType::Limit, "50.00", nullptr, TimeInForce::Day),
            makeOrder(u"s2"_s, Sell, 100, OrderType::Stop, nullptr, "45.00"),
            makeOrder(u"t2"_s, Sell, 100, OrderType::Limit, "60.00"));
        broker.onBar(u"AAPL"_s, bar(mon(16, 0), "100.00", "100.00", "100.00", "100.00"));
        QCOMPARE(rec.brief(),
                 (QStringList{u"e2 ack 0"_s, u"s2 ack 0"_s, u"t2 ack 0"_s, u"e2 expire 0"_s,
                              u"s2 cancel_ack 0"_s, u"t2 cancel_ack 0"_s}));
    }

    // The legs close only shares that were bought before the bar. Participation 0.1; entry limit
    // buy 100 @ 100.00: bar 1 (volume 400) buys 40 @ 99.90. Bar 2 (open 96.00, low 94.00,
    // budget 100): the entry buys its other 60 @ 96.00 first, then the stop (armed for 40) sells
    // 40 @ 95.00 x 0.999 -> 94.90 and stays working: the 60 bought in bar 2 are armed at its end.
    // Bar 3: the triggered stop sells those 60 at the open 94.00 x 0.999 = 93.906 -> 93.90, and
    // the target, with nothing left to close, is cancelled.
    void bracketLegsArmAtTheEndOfTheBar() {
        PaperBrokerSettings s;
        s.maxParticipation = 0.1;
        PaperBroker broker(s);
        Recorder rec(broker);
        broker.onBar(u"AAPL"_s, bar(mon(10, 0), "100.20", "100.30", "100.10", "100.20"));
        broker.submitBracket(makeOrder(u"e"_s, Buy, 100, OrderType::Limit, "100.00"),
                             makeOrder(u"s"_s, Sell, 100, OrderType::Stop, nullptr, "95.00"),
                             makeOrder(u"t"_s, Sell, 100, OrderType::Limit, "110.00"));
        broker.onBar(u"AAPL"_s, bar(mon(10, 1), "99.90", "100.10", "99.80", "100.00", 400));
        rec.clear();
        broker.onBar(u"AAPL"_s, bar(mon(10, 2), "96.00", "96.00", "94.00", "94.50", 1000));
        QCOMPARE(rec.brief(), (QStringList{u"fill e 60@96.00"_s, u"e fill 100"_s,
                                           u"fill s 40@94.90"_s, u"s partial_fill 40"_s}));
        QCOMPARE(broker.positions().value(0).shares, 60);
        rec.clear();
        broker.onBar(u"AAPL"_s, bar(mon(10, 3), "94.00", "94.50", "93.50", "94.00", 1000));
        QCOMPARE(rec.brief(),
                 (QStringList{u"fill s 60@93.90"_s, u"s fill 100"_s, u"t cancel_ack 0"_s}));
        QVERIFY(broker.positions().isEmpty());
        QCOMPARE(broker.workingOrderCount(), 0);
    }

    // A leg execution ends the entry: its unfilled rest is cancelled, so a trade that hit its
    // target (or stop) is never re-entered. Participation 0.1: the entry buys 40 @ 99.90 on bar 1;
    // bar 2 rallies through the target without coming back to the entry's limit: the target sells
    // the 40 @ 110.00 (filled: nothing more can come), the entry's 60 are cancelled, and so is the
    // stop. Cash 100,000.00 - 3,996.00 + 4,400.00 = 100,404.00.
    void bracketLegFillCancelsTheEntrysRest() {
        PaperBrokerSettings s;
        s.maxParticipation = 0.1;
        PaperBroker broker(s);
        Recorder rec(broker);
        broker.onBar(u"AAPL"_s, bar(mon(10, 0), "100.20", "100.30", "100.10", "100.20"));
        broker.submitBracket(makeOrder(u"e"_s, Buy, 100, OrderType::Limit, "100.00"),
                             makeOrder(u"s"_s, Sell, 100, OrderType::Stop, nullptr, "95.00"),
                             makeOrder(u"t"_s, Sell, 100, OrderType::Limit, "110.00"));
        broker.onBar(u"AAPL"_s, bar(mon(10, 1), "99.90", "100.10", "99.80", "100.00", 400));
        rec.clear();
        broker.onBar(u"AAPL"_s, bar(mon(10, 2), "109.00", "111.00", "108.00", "110.50", 1000));
        QCOMPARE(rec.brief(), (QStringList{u"fill t 40@110.00"_s, u"t fill 40"_s,
                                           u"e cancel_ack 40"_s, u"s cancel_ack 0"_s}));
        QVERIFY(rec.updatesFor(u"e"_s).last().message.contains(u"target leg t executed"_s));
        QCOMPARE(broker.account().cash, usd("100404.00"));
        QCOMPARE(broker.account().buyingPower, usd("200808.00"));
        QVERIFY(broker.positions().isEmpty());
        QCOMPARE(broker.workingOrderCount(), 0);
    }

    // A stop triggered in a bar whose volume budget is used up sells the rest at the next bar's
    // open. Participation 0.1; the entry holds 40 after bar 1. Bar 2 (budget 20) gaps under the
    // stop: the entry would fill at the open 94.00, beyond its own stop, so its unfilled 60 are
    // cancelled (gap through the stop) and the triggered stop sells 20 of its 40 armed shares @
    // min(94.00, 95.00) x 0.999 = 93.906 -> 93.90. Bar 3 (open 99.00, low 98.00, budget 100): the
    // stop sells its last 20 @ 99.00 x 0.999 = 98.901 -> 98.90 and the target is cancelled.
    void bracketTriggeredStopWithoutVolume() {
        PaperBrokerSettings s;
        s.maxParticipation = 0.1;
        PaperBroker broker(s);
        Recorder rec(broker);
        broker.onBar(u"AAPL"_s, bar(mon(10, 0), "100.20", "100.30", "100.10", "100.20"));
        broker.submitBracket(makeOrder(u"e"_s, Buy, 100, OrderType::Limit, "100.00"),
                             makeOrder(u"s"_s, Sell, 100, OrderType::Stop, nullptr, "95.00"),
                             makeOrder(u"t"_s, Sell, 100, OrderType::Limit, "110.00"));
        broker.onBar(u"AAPL"_s, bar(mon(10, 1), "99.90", "100.10", "99.80", "100.00", 400));
        rec.clear();
        broker.onBar(u"AAPL"_s, bar(mon(10, 2), "94.00", "94.00", "93.00", "93.50", 200));
        QCOMPARE(rec.brief(),
                 (QStringList{u"e cancel_ack 40"_s, u"fill s 20@93.90"_s, u"s partial_fill 20"_s}));
        QVERIFY(rec.updatesFor(u"e"_s).last().message.contains(u"gap through the stop"_s));
        QCOMPARE(broker.positions().value(0).shares, 20);
        rec.clear();
        broker.onBar(u"AAPL"_s, bar(mon(10, 3), "99.00", "99.50", "98.00", "99.00", 1000));
        QCOMPARE(rec.brief(),
                 (QStringList{u"fill s 20@98.90"_s, u"s fill 40"_s, u"t cancel_ack 0"_s}));
        QVERIFY(broker.positions().isEmpty());
        QCOMPARE(broker.workingOrderCount(), 0);
    }

    void bracketRejects_data() {
        QTest::addColumn<int>("broken"); // which leg is bad: 0 entry, 1 stop, 2 target
        QTest::addColumn<QString>("because");
        QTest::newRow("entry without a price") << 0 << "positive limit price";
        QTest::newRow("stop leg without a stop price") << 1 << "positive stop price";
        QTest::newRow("stop leg on the entry's side") << 1 << "other side";
        QTest::newRow("target leg is a market order") << 2 << "must be a limit";
        QTest::newRow("target leg reuses the stop's id") << 2 << "within the bracket";
        QTest::newRow("entry beyond buying power") << 0 << "insufficient buying power";
    }

    void bracketRejects() {
        QFETCH(int, broken);
        QFETCH(QString, because);
        PaperBroker broker(defaults());
        Recorder rec(broker);
        broker.onBar(u"AAPL"_s, bar(mon(10, 0), "100.00", "100.00", "100.00", "100.00"));
        Order e = makeOrder(u"e"_s, Buy, 100, OrderType::Limit, "99.00");
        Order s = makeOrder(u"s"_s, Sell, 100, OrderType::Stop, nullptr, "95.00");
        Order t = makeOrder(u"t"_s, Sell, 100, OrderType::Limit, "110.00");
        const QString tag = QString::fromLatin1(QTest::currentDataTag());
        if (tag.startsWith(u"entry without"))
            e.limitPrice.reset();
        else if (tag.startsWith(u"stop leg without"))
            s.stopPrice.reset();
        else if (tag.startsWith(u"stop leg on"))
            s.side = Buy;
        else if (tag.startsWith(u"target leg is"))
            t = makeOrder(u"t"_s, Sell, 100, OrderType::Market);
        else if (tag.startsWith(u"target leg reuses"))
            t.clientOrderId = u"s"_s;
        else
            e.quantity = 2100; // 2,100 x 99.00 = 207,900.00 > 200,000.00
        broker.submitBracket(e, s, t);
        QCOMPARE(rec.updates.size(), 3);
        for (int i = 0; i < 3; ++i) {
            COMPARE_NAMED(rec.updates[i].event, OrderEvent::Reject);
            QVERIFY(rec.updates[i].brokerOrderId.isEmpty());
            QVERIFY2(rec.updates[i].message.contains(because), qPrintable(rec.updates[i].message));
        }
        for (int i = 0; i < 3; ++i) {
            // The broken leg says what is wrong with it; the others name the broken one.
            QCOMPARE(rec.updates[i].message.startsWith(u"bracket rejected because"_s), i != broken);
        }
        QCOMPARE(broker.workingOrderCount(), 0);
        QCOMPARE(broker.account().buyingPower, usd("200000"));
    }

    // Settings: cash 10,000.00, so buying power 20,000.00. The reference price of a market order is
    // the slipped last close (100.00 -> 100.10 to buy, 99.90 to sell).
    void rejects_data() {
        QTest::addColumn<QString>("ticker");
        QTest::addColumn<int>("side");
        QTest::addColumn<int>("type");
        QTest::addColumn<qint64>("qty");
        QTest::addColumn<QString>("limit");
        QTest::addColumn<QString>("stop");
        QTest::addColumn<QString>("because"); // "" = accepted

        const int buy = int(Buy);
        const int sell = int(Sell);
        const int market = int(OrderType::Market);
        const int limit = int(OrderType::Limit);
        const int stop = int(OrderType::Stop);
        QTest::newRow("zero quantity") << "AAPL" << buy << limit << qint64(0) << "99.00"
                                       << ""
                                       << "quantity must be a positive";
        QTest::newRow("negative quantity") << "AAPL" << buy << limit << qint64(-5) << "99.00"
                                           << ""
                                           << "quantity must be a positive";
        QTest::newRow("zero limit price") << "AAPL" << buy << limit << qint64(10) << "0"
                                          << ""
                                          << "positive limit price";
        QTest::newRow("negative limit price") << "AAPL" << sell << limit << qint64(10) << "-1.00"
                                              << ""
                                              << "positive limit price";
        QTest::newRow("limit without a price") << "AAPL" << buy << limit << qint64(10) << ""
                                               << ""
                                               << "positive limit price";
        QTest::newRow("negative stop price") << "AAPL" << sell << stop << qint64(10) << ""
                                             << "-95.00"
                                             << "positive stop price";
        QTest::newRow("market with a limit price")
            << "AAPL" << buy << market << qint64(10) << "99.00"
            << ""
            << "must not carry a limit";
        QTest::newRow("no ticker") << "" << buy << market << qint64(10) << ""
                                   << ""
                                   << "no ticker";
        QTest::newRow("market buy, no price known yet")
            << "MSFT" << buy << market << qint64(10) << ""
            << ""
            << "no price known for MSFT";
        QTest::newRow("limit buy at exactly the buying power")
            << "AAPL" << buy << limit << qint64(200) << "100.00"
            << ""
            << "";
        QTest::newRow("limit buy one share beyond")
            << "AAPL" << buy << limit << qint64(201) << "100.00"
            << ""
            << "insufficient buying power";
        QTest::newRow("short sale at exactly the buying power")
            << "AAPL" << sell << limit << qint64(200) << "100.00"
            << ""
            << "";
        QTest::newRow("short sale one share beyond")
            << "AAPL" << sell << limit << qint64(201) << "100.00"
            << ""
            << "insufficient buying power";
        // 199 x 100.10 = 19,919.90 fits; 200 x 100.10 = 20,020.00 does not.
        QTest::newRow("market buy within") << "AAPL" << buy << market << qint64(199) << ""
                                           << ""
                                           << "";
        QTest::newRow("market buy beyond (slipped price)")
            << "AAPL" << buy << market << qint64(200) << ""
            << ""
            << "insufficient buying power";
        // A buy stop is held at its slipped stop: 198 x 101.11 = 20,019.78 > 20,000.00.
        QTest::newRow("stop buy beyond (slipped stop)")
            << "AAPL" << buy << stop << qint64(198) << ""
            << "101.00"
            << "insufficient";
    }

    void rejects() {
        QFETCH(QString, ticker);
        QFETCH(int, side);
        QFETCH(int, type);
        QFETCH(qint64, qty);
        QFETCH(QString, limit);
        QFETCH(QString, stop);
        QFETCH(QString, because);

        PaperBrokerSettings s;
        s.startingCash = usd("10000");
        PaperBroker broker(s);
        Recorder rec(broker);
        broker.onBar(u"AAPL"_s, bar(mon(10, 0), "100.00", "100.00", "100.00", "100.00"));
        broker.setTimeMs(mon(10, 0) + 5'000);
        Order o;
        o.clientOrderId = u"o"_s;
        o.ticker = ticker;
        o.side = OrderSide(side);
        o.type = OrderType(type);
        o.quantity = qty;
        if (!limit.isEmpty())
            o.limitPrice = *Price::parse(limit);
        if (!stop.isEmpty())
            o.stopPrice = *Price::parse(stop);
        o.timeInForce = TimeInForce::Gtc;
        broker.submit(o);

        QCOMPARE(rec.updates.size(), 1);
        const OrderUpdate& u = rec.updates[0];
        QCOMPARE(u.clientOrderId, u"o"_s);
        QCOMPARE(u.brokerTimeMs, mon(10, 0) + 5'000);
        if (because.isEmpty()) {
            COMPARE_NAMED(u.event, OrderEvent::Ack);
            QVERIFY(!u.brokerOrderId.isEmpty());
        } else {
            COMPARE_NAMED(u.event, OrderEvent::Reject);
            QVERIFY(u.brokerOrderId.isEmpty());
            QVERIFY2(u.message.contains(because), qPrintable(u.message));
            COMPARE_NAMED(lookedUp(broker, u"o"_s).event, OrderEvent::Reject);
            QCOMPARE(broker.workingOrderCount(), 0);
            QCOMPARE(broker.account().buyingPower, usd("20000"));
        }
    }

    // An order is never placed twice: a resend of the same client order id is rejected and the
    // original keeps its state (working, then filled once).
    void duplicateClientOrderId() {
        PaperBroker broker(defaults());
        Recorder rec(broker);
        broker.onBar(u"AAPL"_s, bar(mon(10, 0), "100.00", "100.00", "100.00", "100.00"));
        const Order o = makeOrder(u"sig-1-entry"_s, Buy, 100, OrderType::Market);
        broker.submit(o);
        broker.submit(o);
        QCOMPARE(rec.updates.size(), 2);
        COMPARE_NAMED(rec.updates[1].event, OrderEvent::Reject);
        QVERIFY(rec.updates[1].message.contains(u"duplicate client order id sig-1-entry"_s));
        QVERIFY(rec.updates[1].brokerOrderId.isEmpty());
        const OrderUpdate original = lookedUp(broker, u"sig-1-entry"_s);
        COMPARE_NAMED(original.event, OrderEvent::Ack);
        QCOMPARE(original.brokerOrderId, u"paper-AAPL-order-1"_s);

        broker.onBar(u"AAPL"_s, bar(mon(10, 1), "100.00", "100.00", "100.00", "100.00"));
        broker.submit(o);
        broker.onBar(u"AAPL"_s, bar(mon(10, 2), "100.00", "100.00", "100.00", "100.00"));
        QCOMPARE(rec.fills.size(), 1);
        QCOMPARE(broker.positions().value(0).shares, 100);
        COMPARE_NAMED(lookedUp(broker, u"sig-1-entry"_s).event, OrderEvent::Fill);

        // A rejected id is taken too.
        Order bad = makeOrder(u"bad"_s, Buy, 0, OrderType::Market);
        broker.submit(bad);
        bad.quantity = 1;
        broker.submit(bad);
        QVERIFY(rec.updates.last().message.contains(u"duplicate"_s));
    }

    // Closing orders are never refused for buying power. Cash 10,000.00; buy 200 @ 100.00 uses
    // all 20,000.00 of buying power (equity 10,000.00 x 2 - gross 20,000.00 = 0).
    void closingOrdersIgnoreBuyingPower() {
        PaperBrokerSettings s;
        s.startingCash = usd("10000");
        PaperBroker broker(s);
        Recorder rec(broker);
        broker.onBar(u"AAPL"_s, bar(mon(10, 0), "100.50", "100.50", "100.50", "100.50"));
        broker.submit(makeOrder(u"buy"_s, Buy, 200, OrderType::Limit, "100.00"));
        broker.onBar(u"AAPL"_s, bar(mon(10, 1), "100.50", "100.80", "99.50", "100.00"));
        QCOMPARE(rec.fills.size(), 1);
        QCOMPARE(rec.fills[0].price, px("100.00"));
        QCOMPARE(broker.account().cash, usd("-10000.00"));
        QCOMPARE(broker.account().equity, usd("10000.00"));
        QCOMPARE(broker.account().buyingPower, usd("0"));

        broker.submit(makeOrder(u"too-far"_s, Sell, 201, OrderType::Market));
        COMPARE_NAMED(rec.updates.last().event, OrderEvent::Reject);
        broker.submit(makeOrder(u"close"_s, Sell, 200, OrderType::Market));
        COMPARE_NAMED(rec.updates.last().event, OrderEvent::Ack);
        // 100.00 x 0.999 = 99.90: 19,980.00 back, cash 9,980.00.
        broker.onBar(u"AAPL"_s, bar(mon(10, 2), "100.00", "100.00", "99.00", "99.50"));
        QCOMPARE(broker.account().cash, usd("9980.00"));
        QCOMPARE(broker.account().equity, usd("9980.00"));
        QCOMPARE(broker.account().buyingPower, usd("19960.00"));
    }

    // The brief's round trip: buy 100 at market (100.00 -> 100.10), sell 100 with a limit at
    // 104.895 (fills at the limit: the bar opens below it and trades through): cash +479.50.
    void roundTripLong() {
        PaperBroker broker(defaults());
        Recorder rec(broker);
        broker.onBar(u"AAPL"_s, bar(mon(10, 0), "100.00", "100.00", "100.00", "100.00"));
        rec.clear();
        broker.submit(makeOrder(u"in"_s, Buy, 100, OrderType::Market));
        // Held for the order: 100 x 100.10 = 10,010.00.
        BrokerAccount a = broker.account();
        QCOMPARE(a.cash, usd("100000.00"));
        QCOMPARE(a.equity, usd("100000.00"));
        QCOMPARE(a.buyingPower, usd("189990.00"));
        QCOMPARE(rec.accounts.size(), 1);
        QCOMPARE(rec.accounts.last(), a);

        rec.clear();
        broker.onBar(u"AAPL"_s, bar(mon(10, 1), "100.00", "100.80", "99.60", "100.50"));
        // Cash 100,000.00 - 10,010.00 = 89,990.00; marked at 100.50: 10,050.00;
        // equity 100,040.00; buying power 200,080.00 - 10,050.00 = 190,030.00.
        a = broker.account();
        QCOMPARE(a.cash, usd("89990.00"));
        QCOMPARE(a.equity, usd("100040.00"));
        QCOMPARE(a.buyingPower, usd("190030.00"));
        QCOMPARE(a.lastEquity, usd("100000.00"));
        QCOMPARE(rec.accounts.size(), 1); // once per bar
        QCOMPARE(rec.accounts.last(), a);
        const QList<BrokerPosition> pos = broker.positions();
        QCOMPARE(pos.size(), 1);
        QCOMPARE(pos[0].ticker, u"AAPL"_s);
        COMPARE_NAMED(pos[0].direction, Direction::Long);
        QCOMPARE(pos[0].shares, 100);
        QCOMPARE(pos[0].averageEntry, px("100.10"));

        // An unchanged close changes nothing: no account signal.
        rec.clear();
        broker.onBar(u"AAPL"_s, bar(mon(10, 2), "100.40", "100.60", "100.30", "100.50"));
        QVERIFY(rec.log.isEmpty());

        broker.submit(makeOrder(u"out"_s, Sell, 100, OrderType::Limit, "104.895"));
        broker.onBar(u"AAPL"_s, bar(mon(10, 3), "104.50", "105.20", "104.40", "105.00"));
        QCOMPARE(rec.fills.last().price, px("104.895"));
        a = broker.account();
        QCOMPARE(a.cash - usd("100000.00"), usd("479.50"));
        QCOMPARE(a.cash, usd("100479.50"));
        QCOMPARE(a.equity, usd("100479.50"));
        QCOMPARE(a.buyingPower, usd("200959.00"));
        QVERIFY(broker.positions().isEmpty());
    }

    // Short: sell 100 at market (50.00 -> 49.95) credits 4,995.00; buy back 100 with a limit at
    // 48.00 on a bar that gaps to 47.50 (fills at the open): 4,750.00. Cash +245.00.
    void roundTripShort() {
        PaperBroker broker(defaults());
        broker.onBar(u"XYZ"_s, bar(mon(10, 0), "50.00", "50.00", "50.00", "50.00"));
        broker.submit(makeOrder(u"in"_s, Sell, 100, OrderType::Market, nullptr, nullptr,
                                TimeInForce::Day, u"XYZ"_s));
        QCOMPARE(broker.account().buyingPower, usd("195005.00"));
        broker.onBar(u"XYZ"_s, bar(mon(10, 1), "50.00", "50.10", "49.70", "49.80"));
        // Cash 104,995.00; owes 100 x 49.80 = 4,980.00: equity 100,015.00;
        // buying power 200,030.00 - 4,980.00 = 195,050.00.
        BrokerAccount a = broker.account();
        QCOMPARE(a.cash, usd("104995.00"));
        QCOMPARE(a.equity, usd("100015.00"));
        QCOMPARE(a.buyingPower, usd("195050.00"));
        const QList<BrokerPosition> pos = broker.positions();
        QCOMPARE(pos.size(), 1);
        COMPARE_NAMED(pos[0].direction, Direction::Short);
        QCOMPARE(pos[0].shares, 100);
        QCOMPARE(pos[0].averageEntry, px("49.95"));

        // Closing: nothing held for it.
        broker.submit(makeOrder(u"out"_s, Buy, 100, OrderType::Limit, "48.00", nullptr,
                                TimeInForce::Day, u"XYZ"_s));
        QCOMPARE(broker.account().buyingPower, usd("195050.00"));
        broker.onBar(u"XYZ"_s, bar(mon(10, 2), "47.50", "48.20", "47.20", "47.90"));
        a = broker.account();
        QCOMPARE(a.cash, usd("100245.00"));
        QCOMPARE(a.equity, usd("100245.00"));
        QCOMPARE(a.buyingPower, usd("200490.00"));
        QVERIFY(broker.positions().isEmpty());
    }

    // Average entry through adds, a partial close and a reversal, all at limit prices:
    //  buy 100 @ 100.00, buy 50 @ 103.00: (10,000.00 + 5,150.00) / 150 = 101.00
    //  sell 50 @ 104.00: 100 left at 101.00
    //  sell 150 @ 105.00: closes 100, opens a 50 short at 105.00
    // Cash 100,000 - 10,000 - 5,150 + 5,200 + 15,750 = 105,800.00; marked at 105.10 the short owes
    // 5,255.00: equity 100,545.00 (= realized 150 + 400, unrealized -5).
    void averageEntryThroughAddsAndReversal() {
        PaperBroker broker(defaults());
        broker.setTimeMs(mon(10, 0));
        broker.submit(makeOrder(u"1"_s, Buy, 100, OrderType::Limit, "100.00"));
        broker.onBar(u"AAPL"_s, bar(mon(10, 1), "100.50", "100.60", "99.90", "100.20"));
        broker.submit(makeOrder(u"2"_s, Buy, 50, OrderType::Limit, "103.00"));
        broker.onBar(u"AAPL"_s, bar(mon(10, 2), "103.50", "103.60", "102.90", "103.20"));
        QCOMPARE(broker.positions().value(0).shares, 150);
        QCOMPARE(broker.positions().value(0).averageEntry, px("101.00"));
        broker.submit(makeOrder(u"3"_s, Sell, 50, OrderType::Limit, "104.00"));
        broker.onBar(u"AAPL"_s, bar(mon(10, 3), "103.80", "104.20", "103.70", "104.10"));
        QCOMPARE(broker.positions().value(0).shares, 100);
        QCOMPARE(broker.positions().value(0).averageEntry, px("101.00"));
        broker.submit(makeOrder(u"4"_s, Sell, 150, OrderType::Limit, "105.00"));
        broker.onBar(u"AAPL"_s, bar(mon(10, 4), "104.90", "105.30", "104.80", "105.10"));
        const QList<BrokerPosition> pos = broker.positions();
        QCOMPARE(pos.size(), 1);
        COMPARE_NAMED(pos[0].direction, Direction::Short);
        QCOMPARE(pos[0].shares, 50);
        QCOMPARE(pos[0].averageEntry, px("105.00"));
        QCOMPARE(broker.account().cash, usd("105800.00"));
        QCOMPARE(broker.account().equity, usd("100545.00"));
    }

    void cancelAndLookup() {
        PaperBrokerSettings s;
        s.maxParticipation = 0.1;
        PaperBroker broker(s);
        Recorder rec(broker);
        broker.setTimeMs(mon(10, 0));

        OrderUpdate u = lookedUp(broker, u"nope"_s);
        COMPARE_NAMED(u.event, OrderEvent::NotFound);
        QCOMPARE(u.clientOrderId, u"nope"_s);
        QCOMPARE(u.receivedTimeMs, mon(10, 0));
        broker.cancel(u"nope"_s);
        COMPARE_NAMED(rec.updates.last().event, OrderEvent::CancelReject);

        broker.submit(makeOrder(u"w"_s, Buy, 100, OrderType::Limit, "100.00"));
        broker.onBar(u"AAPL"_s, bar(mon(10, 1), "99.00", "100.00", "98.00", "99.50", 400));
        // A working, partially filled order answers Ack with its cumulative fill.
        broker.setTimeMs(mon(10, 1) + 20'000);
        u = lookedUp(broker, u"w"_s);
        COMPARE_NAMED(u.event, OrderEvent::Ack);
        QCOMPARE(u.cumulativeFilled, 40);
        QCOMPARE(u.averageFillPrice, px("99.00"));
        QCOMPARE(u.brokerTimeMs, mon(10, 1));
        QCOMPARE(u.receivedTimeMs, mon(10, 1) + 20'000);
        COMPARE_NAMED(
            *OrderStateMachine::transition(OrderState::Unknown, u.event, u.cumulativeFilled),
            OrderState::PartiallyFilled);

        broker.cancel(u"w"_s);
        COMPARE_NAMED(rec.updates.last().event, OrderEvent::CancelAck);
        QCOMPARE(rec.updates.last().cumulativeFilled, 40);
        QCOMPARE(rec.updates.last().brokerTimeMs, mon(10, 1) + 20'000);
        COMPARE_NAMED(lookedUp(broker, u"w"_s).event, OrderEvent::CancelAck);
        broker.cancel(u"w"_s);
        COMPARE_NAMED(rec.updates.last().event, OrderEvent::CancelAck);

        broker.submit(makeOrder(u"f"_s, Buy, 10, OrderType::Limit, "100.00"));
        broker.onBar(u"AAPL"_s, bar(mon(10, 2), "99.00", "100.00", "98.00", "99.50", 400));
        broker.cancel(u"f"_s);
        COMPARE_NAMED(rec.updates.last().event, OrderEvent::CancelReject);
        QVERIFY(rec.updates.last().message.contains(u"filled"_s));
        u = lookedUp(broker, u"f"_s);
        COMPARE_NAMED(u.event, OrderEvent::Fill);
        QCOMPARE(u.cumulativeFilled, 10);
        QCOMPARE(u.averageFillPrice, px("99.00"));
        QCOMPARE(u.brokerOrderId, u"paper-AAPL-order-2"_s);
    }

    // The same scripted session twice (several tickers, a bracket, partial fills, a cancel, an
    // expiry, rejects): identical event streams, byte for byte, and every order's events form a
    // valid path through the order state machine.
    void deterministicReplay() {
        const auto run = []() {
            PaperBrokerSettings s;
            s.maxParticipation = 0.2;
            PaperBroker broker(s);
            Recorder rec(broker);
            const QStringList tickers{u"AAPL"_s, u"MSFT"_s, u"SPY"_s};
            const auto barAt = [](qint64 t, int step, int k) {
                // A deterministic zig-zag around 100 + 10k.
                const qint64 base =
                    (100 + 10 * k) * 10'000 + ((step * 37 + k * 11) % 23 - 11) * 500;
                Bar b;
                b.timeMs = t;
                b.open = Price::fromUnits(base);
                b.high = Price::fromUnits(base + 6'000);
                b.low = Price::fromUnits(base - 7'000);
                b.close = Price::fromUnits(base + 1'000);
                b.volume = 1'000 + 97 * ((step + k) % 13);
                return b;
            };
            for (int step = 0; step < 400; ++step) {
                const qint64 t = mon(9, 30) + qint64(step) * 60'000;
                for (int k = 0; k < tickers.size(); ++k) {
                    broker.setTimeMs(t);
                    const QString id = QStringLiteral("%1-%2").arg(tickers[k]).arg(step);
                    if (step % 25 == k) {
                        const qint64 c = (100 + 10 * k) * 10'000;
                        Order e = makeOrder(id + u"-entry"_s, step % 2 ? Buy : Sell, 300,
                                            OrderType::Limit, nullptr, nullptr, TimeInForce::Day,
                                            tickers[k]);
                        e.limitPrice = Price::fromUnits(c);
                        Order st =
                            makeOrder(id + u"-stop"_s, step % 2 ? Sell : Buy, 300, OrderType::Stop,
                                      nullptr, nullptr, TimeInForce::Day, tickers[k]);
                        st.stopPrice = Price::fromUnits(step % 2 ? c - 8'000 : c + 8'000);
                        Order tg = makeOrder(id + u"-target"_s, step % 2 ? Sell : Buy, 300,
                                             OrderType::Limit, nullptr, nullptr, TimeInForce::Gtc,
                                             tickers[k]);
                        tg.limitPrice = Price::fromUnits(step % 2 ? c + 8'000 : c - 8'000);
                        broker.submitBracket(e, st, tg);
                    }
                    if (step % 40 == 7 + k) {
                        broker.submit(makeOrder(id + u"-mkt"_s, Buy, 150, OrderType::Market,
                                                nullptr, nullptr, TimeInForce::Ioc, tickers[k]));
                        broker.submit(makeOrder(id + u"-mkt"_s, Buy, 150, OrderType::Market,
                                                nullptr, nullptr, TimeInForce::Ioc, tickers[k]));
                    }
                    if (step % 25 == k + 3) {
                        Order far = makeOrder(id + u"-far"_s, Buy, 100, OrderType::Limit, "50.00",
                                              nullptr, TimeInForce::Gtc, tickers[k]);
                        broker.submit(far);
                    }
                    if (step % 25 == k + 10) {
                        broker.cancel(QStringLiteral("%1-%2-far").arg(tickers[k]).arg(step - 7));
                        broker.cancel(QStringLiteral("%1-%2-entry").arg(tickers[k]).arg(step - 10));
                    }
                    broker.onBar(tickers[k], barAt(t, step, k));
                }
            }
            broker.endOfDay(mon(16, 0));
            return std::make_pair(rec.log, rec.updates);
        };
        const auto first = run();
        const auto second = run();
        QVERIFY(first.first.size() > 200);
        QCOMPARE(first.first, second.first);

        QHash<QString, OrderState> states;
        for (const OrderUpdate& u : first.second) {
            const OrderState from = states.value(u.clientOrderId, OrderState::Submitting);
            const auto to = OrderStateMachine::transition(from, u.event, u.cumulativeFilled);
            if (u.event == OrderEvent::CancelReject || u.message.contains(u"duplicate"_s))
                continue; // answers about an order, not to it
            QVERIFY2(to.has_value(),
                     qPrintable(QStringLiteral("%1: %2 after %3")
                                    .arg(u.clientOrderId, toString(u.event), toString(from))));
            states[u.clientOrderId] = *to;
        }
        for (auto it = states.cbegin(); it != states.cend(); ++it)
            QVERIFY2(isTerminal(*it) || it.key().endsWith(u"-target"_s), qPrintable(it.key()));
    }
};

QTEST_GUILESS_MAIN(tst_PaperBroker)
#include "tst_PaperBroker.moc"
