// The TWS API text protocol as pure functions, against the byte vectors and field lists of
// ../shared/reference/ibkr-tws-api.md (IB's Java client, ib_async and @stoqey/ib 1.6.10).

#include "brokers/ibkr/IbkrCodec.h"
#include "support/TestValues.h"

#include <QDateTime>
#include <QTest>

using namespace axion;
using namespace axion::ibkr;
using axion::test::px;

namespace {

// Fields as the reference writes them: joined by '|' (each '|' a NUL on the wire).
QByteArray piped(const Fields& fields) {
    return fields.join('|');
}
Fields unpiped(const QByteArray& text) {
    return text.split('|');
}

Order order(OrderSide side, OrderType type, Quantity qty, TimeInForce tif = TimeInForce::Day) {
    Order o;
    o.clientOrderId = QStringLiteral("bot-1");
    o.ticker = QStringLiteral("AAPL");
    o.side = side;
    o.type = type;
    o.quantity = qty;
    o.timeInForce = tif;
    return o;
}

// The reference's LMT example (BUY 100 AAPL SMART USD lmt 150.25 DAY orderRef=bot-1, order id
// 1001) as @stoqey/ib 1.6.10 encodes it at server version 176, and as ib_async 2.0.1 does.
const QByteArray kStoqeyLmt176 =
    "3|1001||AAPL|STK|||||SMART||USD|||||BUY|100|LMT|150.25||DAY|||||bot-1|1||||||||||||||||||||||"
    "|||||||||||||||||||||||||||||||||0||||||||0||||||||||||||||||||||||";
const QByteArray kIbAsyncLmt176 =
    "3|1001|0|AAPL|STK||0.0|||SMART||USD|||||BUY|100|LMT|150.25||DAY|||O|0|bot-1|1|0|0|0|0|0|0|0||"
    "0.0||||||||0||-1|0|||0|||0|0||0||||||0|||||0|||||||||||0|||0|0|||0||0|0|0|0|||||||0||||||||"
    "|0|0|0|0|||0||";

OrderPlacement placement(int orderId, int parentId = 0, bool transmit = true) {
    OrderPlacement p;
    p.orderId = orderId;
    p.parentId = parentId;
    p.transmit = transmit;
    return p;
}

template <typename T>
T as(const Incoming& in) {
    if (const auto* m = std::get_if<Malformed>(&in))
        qWarning("malformed %d: %s", m->id, qPrintable(m->why));
    return std::get<T>(in);
}

} // namespace

class tst_IbkrCodec : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void handshakeAdvertises176To178() {
        QCOMPARE(handshake(), QByteArray("API\0\0\0\0\x09v176..178", 4 + 4 + 9));
    }

    void framesAreLengthAndNulTerminatedFields() {
        // startApi for client id 7: 00 00 00 08 37 31 00 32 00 37 00 00.
        QCOMPARE(frame(startApi(7)), QByteArray("\0\0\0\x08"
                                                "71\0"
                                                "2\0"
                                                "7\0"
                                                "\0",
                                                12));
    }

    void aStreamIsSplitIntoMessagesWhateverItsChunks() {
        // The server's hello (00 00 00 1a "176\0" "20250425 15:23:54 EST\0") and nextValidId.
        const QByteArray hello("\0\0\0\x1a"
                               "176\0"
                               "20250425 15:23:54 EST\0",
                               30);
        const QByteArray stream = hello + frame({"9", "1", "1001"});
        FrameReader reader;
        QList<Fields> got;
        QString error;
        for (char c : stream) { // one byte at a time
            reader.append(QByteArray(1, c));
            while (std::optional<Fields> f = reader.next(&error))
                got.append(*f);
        }
        QVERIFY(error.isEmpty());
        QCOMPARE(got.size(), 2);
        const std::optional<ServerHello> h = decodeHello(got[0], &error);
        QVERIFY(h);
        QCOMPARE(h->serverVersion, 176);
        QCOMPARE(h->connectionTime, QStringLiteral("20250425 15:23:54 EST"));
        QCOMPARE(as<NextValidId>(decode(got[1], 176)).orderId, 1001);
        // Several in one chunk, empty fields kept.
        FrameReader two;
        two.append(frame({"62", "1"}) + frame({"4", "2", "-1", "2104", "farm OK", ""}));
        QCOMPARE(two.next(&error), std::optional<Fields>(Fields{"62", "1"}));
        QCOMPARE(two.next(&error)->size(), 6);
        QVERIFY(!two.next(&error));
        QCOMPARE(two.buffered(), 0);
    }

    void anOversizedOrEmptyFrameBreaksTheStream() {
        FrameReader reader;
        QString error;
        reader.append(QByteArray("\x01\0\0\0", 4) + QByteArray(16, 'x'));
        QVERIFY(!reader.next(&error));
        QVERIFY(reader.broken());
        QVERIFY2(error.contains(QStringLiteral("16777216 bytes")), qPrintable(error));
        FrameReader empty;
        empty.append(QByteArray(4, '\0'));
        QVERIFY(!empty.next(&error));
        QVERIFY(empty.broken());
    }

    void onlyVersions176To178AreSpoken() {
        for (int v : {176, 177, 178})
            QVERIFY(versionProblem(v).isEmpty());
        for (int v : {100, 175, 179, 201}) {
            QVERIFY(versionProblem(v).contains(QString::number(v)));
            QVERIFY(versionProblem(v).contains(QStringLiteral("176 to 178")));
        }
        QVERIFY(versionProblem(-1).contains(QStringLiteral("redirected")));
    }

    void requestsAsThePeersWriteThem() {
        QCOMPARE(piped(reqAccountSummary(9001)),
                 QByteArray("62|1|9001|All|NetLiquidation,TotalCashValue,BuyingPower"));
        QCOMPARE(piped(reqRealTimeBars(9003, QStringLiteral("AAPL"))),
                 QByteArray("50|3|9003||AAPL|STK|||||SMART||USD|||5|TRADES|1|"));
        QCOMPARE(piped(cancelOrder(1001)), QByteArray("4|1|1001|"));
        QCOMPARE(piped(reqGlobalCancel()), QByteArray("58|1"));
        QCOMPARE(piped(reqIds()), QByteArray("8|1|1"));
        QCOMPARE(piped(reqCurrentTime()), QByteArray("49|1"));
        QCOMPARE(piped(reqPositions()), QByteArray("61|1"));
        // Our own executions since a UTC instant, in TWS's "yyyyMMdd-HH:mm:ss".
        const qint64 at =
            QDateTime(QDate(2026, 12, 7), QTime(15, 4, 5), Qt::UTC).toMSecsSinceEpoch();
        QCOMPARE(piped(reqExecutions(9002, 7, at)),
                 QByteArray("7|3|9002|7||20261207-15:04:05||||"));
        QCOMPARE(piped(reqExecutions(9002, 7, 0)), QByteArray("7|3|9002|7||||||"));
    }

    // Field for field what @stoqey/ib writes at 176; one field fewer (faProfile) from 177.
    void aLimitOrderIsTheReferencesFrame() {
        const Order o = order(OrderSide::Buy, OrderType::Limit, 100);
        Order lmt = o;
        lmt.limitPrice = px("150.25");
        const Fields f176 = placeOrder(lmt, placement(1001), 176);
        QCOMPARE(f176.size(), 115);
        QCOMPARE(piped(f176), kStoqeyLmt176);
        const Fields f178 = placeOrder(lmt, placement(1001), 178);
        QCOMPARE(f178.size(), 114);
        Fields without = unpiped(kStoqeyLmt176);
        without.removeAt(42); // field 43, faProfile
        QCOMPARE(f178, without);
        QCOMPARE(placeOrder(lmt, placement(1001), 177), without);
    }

    void orderTypesPutTheirPricesInFields20And21() {
        Order stop = order(OrderSide::Sell, OrderType::Stop, 100, TimeInForce::Gtc);
        stop.stopPrice = px("140");
        Fields f = placeOrder(stop, placement(7), 176);
        QCOMPARE(f.mid(16, 6), (Fields{"SELL", "100", "STP", "", "140", "GTC"}));
        Order stopLimit = order(OrderSide::Sell, OrderType::StopLimit, 5, TimeInForce::Ioc);
        stopLimit.stopPrice = px("140.50");
        stopLimit.limitPrice = px("140.004"); // a sell's price goes up to the tick
        f = placeOrder(stopLimit, placement(8), 176);
        QCOMPARE(f.mid(16, 6), (Fields{"SELL", "5", "STP LMT", "140.01", "140.5", "IOC"}));
        Order market = order(OrderSide::Buy, OrderType::Market, 3);
        market.limitPrice = px("1"); // ignored: not a limit order
        f = placeOrder(market, placement(9), 176);
        QCOMPARE(f.mid(16, 6), (Fields{"BUY", "3", "MKT", "", "", "DAY"}));
    }

    // A bracket's members: the parent's id in field 29, transmit 0 but on the last, the OCA
    // group and type in fields 23 and 48.
    void bracketChildrenCarryTheirParent() {
        Order stop = order(OrderSide::Sell, OrderType::Stop, 100);
        stop.clientOrderId = QStringLiteral("s1-stop");
        stop.stopPrice = px("98");
        const Fields f = placeOrder(stop,
                                    {.orderId = 1003,
                                     .parentId = 1001,
                                     .transmit = true,
                                     .ocaGroup = QStringLiteral("oca-s1"),
                                     .ocaType = 1,
                                     .account = QStringLiteral("DU1234567")},
                                    178);
        QCOMPARE(f[22], QByteArray("oca-s1"));
        QCOMPARE(f[23], QByteArray("DU1234567"));
        QCOMPARE(f[26], QByteArray("s1-stop"));
        QCOMPARE(f[27], QByteArray("1"));
        QCOMPARE(f[28], QByteArray("1001"));
        QCOMPARE(f[46], QByteArray("1")); // field 48, one earlier without faProfile
        const Fields parent = placeOrder(order(OrderSide::Buy, OrderType::Market, 100),
                                         placement(1001, 0, false), 178);
        QCOMPARE(parent[27], QByteArray("0"));
        QCOMPARE(parent[28], QByteArray());
    }

    void pricesAreOnTheTick() {
        QCOMPARE(priceText(px("150.257"), OrderSide::Buy), QStringLiteral("150.25"));
        QCOMPARE(priceText(px("150.251"), OrderSide::Sell), QStringLiteral("150.26"));
        QCOMPARE(priceText(px("150"), OrderSide::Buy), QStringLiteral("150"));
        QCOMPARE(priceText(px("0.5123"), OrderSide::Sell), QStringLiteral("0.5123"));
    }

    // The emulator's side: both peers' encodings of the same order read alike (empty, "0" and
    // "0.0" are unset).
    void placeOrderIsReadInEitherPeersEncoding() {
        QString error;
        const std::optional<PlacedOrder> a = decodePlaceOrder(unpiped(kStoqeyLmt176), 176, &error);
        const std::optional<PlacedOrder> b = decodePlaceOrder(unpiped(kIbAsyncLmt176), 176, &error);
        QVERIFY2(a && b, qPrintable(error));
        for (const PlacedOrder& o : {*a, *b}) {
            QCOMPARE(o.orderId, 1001);
            QCOMPARE(o.symbol, QStringLiteral("AAPL"));
            QCOMPARE(o.quantity, 100);
            QCOMPARE(o.orderType, QStringLiteral("LMT"));
            QCOMPARE(o.limitPrice, std::optional(px("150.25")));
            QVERIFY(!o.auxPrice);
            QCOMPARE(o.tif, QStringLiteral("DAY"));
            QCOMPARE(o.orderRef, QStringLiteral("bot-1"));
            QVERIFY(o.transmit);
            QCOMPARE(o.parentId, 0);
        }
        // Ours at 178, a bracket child, read back.
        Order stop = order(OrderSide::Sell, OrderType::Stop, 100);
        stop.stopPrice = px("98");
        const std::optional<PlacedOrder> c =
            decodePlaceOrder(placeOrder(stop, placement(1003, 1001, false), 178), 178, &error);
        QVERIFY(c);
        QCOMPARE(c->auxPrice, std::optional(px("98")));
        QCOMPARE(c->parentId, 1001);
        QVERIFY(!c->transmit);
        QVERIFY(c->side == OrderSide::Sell);
        // A count that does not fit the version is refused.
        QVERIFY(!decodePlaceOrder(unpiped(kStoqeyLmt176), 178, &error));
        QVERIFY(error.contains(QStringLiteral("114 expected")));
    }

    void answersAreRead() {
        QCOMPARE(as<ManagedAccounts>(decode({"15", "1", "DU1234567,DU7654321,"}, 176)).accounts,
                 (QStringList{QStringLiteral("DU1234567"), QStringLiteral("DU7654321")}));
        const ErrorMessage farm = as<ErrorMessage>(
            decode({"4", "2", "-1", "2104", "Market data farm connection is OK:usfarm", ""}, 176));
        QCOMPARE(farm.reqId, -1);
        QCOMPARE(farm.code, 2104);
        QVERIFY(farm.informational());
        QVERIFY(!farm.endsOrder());
        const ErrorMessage reject = as<ErrorMessage>(
            decode({"4", "2", "1001", "201", "Order rejected - reason:", "{\"x\":1}"}, 176));
        QVERIFY(reject.endsOrder());
        QVERIFY(!reject.informational());
        QCOMPARE(reject.advancedRejectJson, QStringLiteral("{\"x\":1}"));
        QVERIFY(as<ErrorMessage>(decode({"4", "2", "1001", "399", "will not be placed", ""}, 176))
                    .informational());

        const OrderStatus s =
            as<OrderStatus>(decode({"3", "1001", "Submitted", "40", "60", "150.12", "123456789",
                                    "0", "150.15", "7", "", "0"},
                                   176));
        QCOMPARE(s.orderId, 1001);
        QCOMPARE(s.status, QStringLiteral("Submitted"));
        QCOMPARE(s.filled, 40);
        QCOMPARE(s.remaining, 60);
        QCOMPARE(s.averageFillPrice, px("150.12"));
        QCOMPARE(s.permId, 123456789);
        QCOMPARE(s.lastFillPrice, px("150.15"));
        QCOMPARE(s.clientId, 7);

        Fields exec{"11",
                    "-1",
                    "1001",
                    "265598",
                    "AAPL",
                    "STK",
                    "",
                    "0.0",
                    "",
                    "",
                    "ISLAND",
                    "USD",
                    "AAPL",
                    "NMS",
                    "0000e0d5.6568d2b1.01.01",
                    "20260611 10:03:04 US/Eastern",
                    "DU1234567",
                    "ISLAND",
                    "BOT",
                    "40",
                    "150.12",
                    "123456789",
                    "7",
                    "0",
                    "40",
                    "150.12",
                    "bot-1",
                    "",
                    "",
                    "",
                    "2"};
        QCOMPARE(exec.size(), 31);
        const ExecDetails e = as<ExecDetails>(decode(exec, 176));
        QCOMPARE(e.orderId, 1001);
        QCOMPARE(e.execId, QStringLiteral("0000e0d5.6568d2b1.01.01"));
        QVERIFY(e.side == OrderSide::Buy);
        QCOMPARE(e.shares, 40);
        QCOMPARE(e.price, px("150.12"));
        QCOMPARE(e.cumulative, 40);
        QCOMPARE(e.orderRef, QStringLiteral("bot-1"));
        exec.append("0"); // pendingPriceRevision at 178
        QCOMPARE(as<ExecDetails>(decode(exec, 178)).orderRef, QStringLiteral("bot-1"));
        exec[18] = "XYZ";
        QVERIFY(std::holds_alternative<Malformed>(decode(exec, 178)));

        const CommissionReport c =
            as<CommissionReport>(decode({"59", "1", "0000e0d5.6568d2b1.01.01", "1.0", "USD",
                                         "1.7976931348623157E308", "1.7976931348623157E308", ""},
                                        176));
        QCOMPARE(c.execId, QStringLiteral("0000e0d5.6568d2b1.01.01"));
        QCOMPARE(c.commission, 1.0);

        const PositionMessage p =
            as<PositionMessage>(decode({"61", "3", "DU1234567", "265598", "AAPL", "STK", "", "0.0",
                                        "", "", "NASDAQ", "USD", "AAPL", "NMS", "-25", "150.5"},
                                       176));
        QCOMPARE(p.position, -25);
        QCOMPARE(p.averageCost, px("150.5"));
        QCOMPARE(p.account, QStringLiteral("DU1234567"));

        const AccountSummaryItem a = as<AccountSummaryItem>(
            decode({"63", "1", "9001", "DU1234567", "NetLiquidation", "100000.50", "USD"}, 176));
        QCOMPARE(a.tag, QStringLiteral("NetLiquidation"));
        QCOMPARE(a.value, QStringLiteral("100000.50"));
        QCOMPARE(as<CurrentTime>(decode({"49", "1", "1765119845"}, 176)).epochSeconds, 1765119845);
        const RealtimeBar b =
            as<RealtimeBar>(decode({"50", "3", "9003", "1765119845", "150.1", "150.3", "150.0",
                                    "150.2", "1200", "150.15", "14"},
                                   176));
        QCOMPARE(b.timeMs, 1765119845000);
        QCOMPARE(b.high, px("150.3"));
        QCOMPARE(b.volume, 1200);
        QCOMPARE(as<Other>(decode({"55", "1", "9002"}, 176)).reqId, 9002);
        QCOMPARE(as<Other>(decode({"62", "1"}, 176)).id, 62);
    }

    void brokenAnswersAreMalformedNotGuessed() {
        QVERIFY(std::holds_alternative<Malformed>(decode({}, 176)));
        QVERIFY(std::holds_alternative<Malformed>(decode({"x"}, 176)));
        QVERIFY(std::holds_alternative<Malformed>(decode({"9", "1"}, 176)));
        QVERIFY(std::holds_alternative<Malformed>(decode({"4", "2", "-1"}, 176)));
        QVERIFY(std::holds_alternative<Malformed>(
            decode({"3", "1001", "Filled", "1.5", "0", "1", "1", "0", "1", "7", ""}, 176)));
        QVERIFY(std::holds_alternative<Malformed>(
            decode({"50", "3", "1", "t", "1", "1", "1", "1", "1", "1", "1"}, 176)));
    }
};

QTEST_GUILESS_MAIN(tst_IbkrCodec)
#include "tst_IbkrCodec.moc"
