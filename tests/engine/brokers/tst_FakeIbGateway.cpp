// The loopback IB Gateway (tests/fakes/FakeIbGateway) against a bare client made of IbkrCodec and
// a QTcpSocket: the handshake, the session's first messages, a bracket's transmit flags, fills,
// cancels and their final answers, executions found again after a reconnect, a correction.

#include "brokers/ibkr/IbkrCodec.h"
#include "fakes/FakeIbGateway.h"
#include "support/TestValues.h"

#include <QTcpSocket>
#include <QTest>

using namespace axion;
using namespace axion::ibkr;
using axion::test::FakeIbGateway;
using axion::test::px;

namespace {

// A client that speaks the protocol with the codec and keeps what it read.
struct BareClient {
    QTcpSocket socket;
    FrameReader reader;
    int serverVersion = 0;
    QList<Incoming> in;

    // The gateway runs on this thread: every wait spins the event loop (never a blocking wait).
    bool connect(quint16 port, int clientId) {
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (!QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; },
                             5000))
            return false;
        socket.write(handshake());
        std::optional<Fields> hello;
        if (!QTest::qWaitFor(
                [&] {
                    hello = next();
                    return hello.has_value() || socket.state() != QAbstractSocket::ConnectedState;
                },
                5000) ||
            !hello)
            return false;
        QString error;
        serverVersion = decodeHello(*hello, &error)->serverVersion;
        send(startApi(clientId));
        return true;
    }
    std::optional<Fields> next() {
        QString error;
        reader.append(socket.readAll());
        return reader.next(&error);
    }
    void send(const Fields& f) {
        socket.write(frame(f));
        socket.flush();
    }
    // Reads until `done` holds on what came (5 s at most).
    template <typename F>
    bool readUntil(F done) {
        return QTest::qWaitFor(
            [&] {
                while (std::optional<Fields> f = next())
                    in.append(decode(*f, serverVersion));
                return done();
            },
            5000);
    }
    template <typename T>
    QList<T> all() const {
        QList<T> out;
        for (const Incoming& i : in) {
            if (const T* t = std::get_if<T>(&i))
                out.append(*t);
        }
        return out;
    }
    template <typename T>
    bool has(std::function<bool(const T&)> pred) const {
        for (const T& t : all<T>()) {
            if (pred(t))
                return true;
        }
        return false;
    }
    bool status(int orderId, const QString& s) const {
        return has<OrderStatus>(
            [&](const OrderStatus& o) { return o.orderId == orderId && o.status == s; });
    }
    bool error(int reqId, int code) const {
        return has<ErrorMessage>(
            [&](const ErrorMessage& e) { return e.reqId == reqId && e.code == code; });
    }
};

Order stock(const QString& id, OrderSide side, OrderType type, Quantity qty) {
    Order o;
    o.clientOrderId = id;
    o.ticker = QStringLiteral("AAPL");
    o.side = side;
    o.type = type;
    o.quantity = qty;
    return o;
}

OrderPlacement placement(int orderId, int parentId = 0, bool transmit = true) {
    OrderPlacement p;
    p.orderId = orderId;
    p.parentId = parentId;
    p.transmit = transmit;
    return p;
}

} // namespace

class tst_FakeIbGateway : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aSessionStartsWithAccountsAndTheNextId() {
        FakeIbGateway gw;
        gw.setNextOrderId(1001);
        QVERIFY(gw.listen());
        BareClient c;
        QVERIFY(c.connect(gw.port(), 7));
        QCOMPARE(c.serverVersion, 178);
        QVERIFY(c.readUntil([&] {
            return !c.all<NextValidId>().isEmpty() && !c.all<ManagedAccounts>().isEmpty() &&
                   c.all<ErrorMessage>().size() == 3;
        }));
        QCOMPARE(c.all<NextValidId>().first().orderId, 1001);
        QCOMPARE(c.all<ManagedAccounts>().first().accounts,
                 QStringList{QStringLiteral("DU1234567")});
        for (const ErrorMessage& e : c.all<ErrorMessage>())
            QVERIFY(e.informational());
        c.send(reqCurrentTime());
        QVERIFY(c.readUntil([&] { return !c.all<CurrentTime>().isEmpty(); }));
        QVERIFY(qAbs(c.all<CurrentTime>().first().epochSeconds -
                     QDateTime::currentSecsSinceEpoch()) < 60);
    }

    void aVersionOutsideTheRangeOrATakenClientIdIsClosed() {
        FakeIbGateway old;
        old.setServerVersion(175);
        QVERIFY(old.listen());
        BareClient c;
        QVERIFY(!c.connect(old.port(), 7));

        FakeIbGateway gw;
        QVERIFY(gw.listen());
        BareClient first;
        QVERIFY(first.connect(gw.port(), 7));
        QVERIFY(first.readUntil([&] { return !first.all<NextValidId>().isEmpty(); }));
        BareClient second;
        QVERIFY(second.connect(gw.port(), 7));
        QVERIFY(QTest::qWaitFor(
            [&] { return second.socket.state() == QAbstractSocket::UnconnectedState; }, 5000));
    }

    // transmit 0/0/1: nothing works until the last child; the children wait for the parent's
    // fill, and a child's fill cancels its sibling.
    void aBracketIsReleasedByItsLastChild() {
        FakeIbGateway gw;
        gw.setNextOrderId(1001);
        QVERIFY(gw.listen());
        BareClient c;
        QVERIFY(c.connect(gw.port(), 7));
        Order entry = stock(QStringLiteral("s1-entry"), OrderSide::Buy, OrderType::Limit, 100);
        entry.limitPrice = px("150");
        Order target = stock(QStringLiteral("s1-target"), OrderSide::Sell, OrderType::Limit, 100);
        target.limitPrice = px("156");
        Order stop = stock(QStringLiteral("s1-stop"), OrderSide::Sell, OrderType::Stop, 100);
        stop.stopPrice = px("147");
        c.send(placeOrder(entry, placement(1001, 0, false), c.serverVersion));
        c.send(placeOrder(target, placement(1002, 1001, false), c.serverVersion));
        QVERIFY(QTest::qWaitFor([&] { return gw.countReceived(3) == 2; }, 5000));
        QCOMPARE(gw.order(1001)->status, QStringLiteral("PendingSubmit"));
        QVERIFY(!gw.fill(1001, 100, px("150"))); // not transmitted
        c.send(placeOrder(stop, placement(1003, 1001, true), c.serverVersion));
        QVERIFY(c.readUntil([&] {
            return c.status(1001, QStringLiteral("Submitted")) &&
                   c.status(1002, QStringLiteral("PreSubmitted")) &&
                   c.status(1003, QStringLiteral("PreSubmitted"));
        }));
        QCOMPARE(gw.orderByRef(QStringLiteral("s1-stop"))->placed.auxPrice,
                 std::optional(px("147")));
        QVERIFY(gw.fill(1001, 40, px("150")));
        QVERIFY(gw.fill(1001, 60, px("149.98")));
        QVERIFY(c.readUntil([&] {
            return c.status(1001, QStringLiteral("Filled")) &&
                   c.status(1003, QStringLiteral("Submitted")) &&
                   c.all<CommissionReport>().size() == 2;
        }));
        const QList<ExecDetails> execs = c.all<ExecDetails>();
        QCOMPARE(execs.size(), 2);
        QCOMPARE(execs[1].cumulative, 100);
        QCOMPARE(execs[1].orderRef, QStringLiteral("s1-entry"));
        QCOMPARE(gw.position(QStringLiteral("AAPL")), 100);
        QVERIFY(gw.fill(1003, 100, px("147")));
        QVERIFY(c.readUntil([&] { return c.status(1002, QStringLiteral("Cancelled")); }));
        QCOMPARE(gw.position(QStringLiteral("AAPL")), 0);
    }

    void untransmittedOrdersGoWithTheirConnection() {
        FakeIbGateway gw;
        QVERIFY(gw.listen());
        {
            BareClient c;
            QVERIFY(c.connect(gw.port(), 7));
            c.send(placeOrder(stock(QStringLiteral("x"), OrderSide::Buy, OrderType::Market, 5),
                              placement(1, 0, false), c.serverVersion));
            QVERIFY(QTest::qWaitFor([&] { return gw.order(1).has_value(); }, 5000));
        }
        QVERIFY(QTest::qWaitFor([&] { return !gw.connected(); }, 5000));
        QVERIFY(!gw.order(1));
    }

    void cancelsAndTheirFinalAnswers() {
        FakeIbGateway gw;
        QVERIFY(gw.listen());
        BareClient c;
        QVERIFY(c.connect(gw.port(), 7));
        Order limit = stock(QStringLiteral("c-1"), OrderSide::Buy, OrderType::Limit, 10);
        limit.limitPrice = px("100");
        c.send(placeOrder(limit, placement(5), c.serverVersion));
        c.send(cancelOrder(5));
        c.send(cancelOrder(5));  // finished by then: 10148
        c.send(cancelOrder(99)); // unknown: 10147
        QVERIFY(c.readUntil([&] {
            return c.status(5, QStringLiteral("Cancelled")) && c.error(5, 202) &&
                   c.error(5, 10148) && c.error(99, 10147);
        }));
        // A finished order's id again is refused.
        c.send(placeOrder(limit, placement(5), c.serverVersion));
        QVERIFY(c.readUntil([&] { return c.error(5, 103); }));
        // reqGlobalCancel ends what works.
        c.send(placeOrder(limit, placement(6), c.serverVersion));
        c.send(placeOrder(limit, placement(7), c.serverVersion));
        c.send(reqGlobalCancel());
        QVERIFY(c.readUntil([&] {
            return c.status(6, QStringLiteral("Cancelled")) &&
                   c.status(7, QStringLiteral("Cancelled"));
        }));
    }

    // A fill while the client is away is found by reqExecutions after it reconnects; an
    // execution's correction has the same id up to its last '.'.
    void executionsAreFoundAgainAfterAReconnect() {
        FakeIbGateway gw;
        QVERIFY(gw.listen());
        const qint64 before = QDateTime::currentMSecsSinceEpoch() - 2000;
        auto c = std::make_unique<BareClient>();
        QVERIFY(c->connect(gw.port(), 7));
        c->send(placeOrder(stock(QStringLiteral("g-1"), OrderSide::Buy, OrderType::Market, 10),
                           placement(11), c->serverVersion));
        QVERIFY(c->readUntil([&] { return c->status(11, QStringLiteral("Submitted")); }));
        c.reset();
        QVERIFY(QTest::qWaitFor([&] { return !gw.connected(); }, 5000));
        QVERIFY(gw.fill(11, 10, px("100.05")));
        BareClient back;
        QVERIFY(back.connect(gw.port(), 7));
        back.send(reqExecutions(9002, 7, before));
        QVERIFY(back.readUntil([&] {
            return back.has<Other>([](const Other& o) { return o.id == 55 && o.reqId == 9002; });
        }));
        QCOMPARE(back.all<ExecDetails>().size(), 1);
        const ExecDetails e = back.all<ExecDetails>().first();
        QCOMPARE(e.reqId, 9002);
        QCOMPARE(e.orderRef, QStringLiteral("g-1"));
        QCOMPARE(e.shares, 10);
        QVERIFY(gw.correctLastFill(11, px("100.04")));
        QVERIFY(back.readUntil([&] { return back.all<ExecDetails>().size() == 2; }));
        const ExecDetails corrected = back.all<ExecDetails>().last();
        QCOMPARE(corrected.execId.section(u'.', 0, -2), e.execId.section(u'.', 0, -2));
        QVERIFY(corrected.execId != e.execId);
        QCOMPARE(corrected.price, px("100.04"));
    }

    void positionsAccountAndConnectivityErrors() {
        FakeIbGateway gw;
        QVERIFY(gw.listen());
        BareClient c;
        QVERIFY(c.connect(gw.port(), 7));
        c.send(placeOrder(stock(QStringLiteral("p-1"), OrderSide::Sell, OrderType::Market, 3),
                          placement(21), c.serverVersion));
        QVERIFY(c.readUntil([&] { return c.status(21, QStringLiteral("Submitted")); }));
        QVERIFY(gw.fill(21, 3, px("99")));
        c.send(reqPositions());
        c.send(reqAccountSummary(9001));
        QVERIFY(c.readUntil([&] {
            return c.has<Other>([](const Other& o) { return o.id == 64 && o.reqId == 9001; }) &&
                   c.has<Other>([](const Other& o) { return o.id == 62; });
        }));
        QCOMPARE(c.all<PositionMessage>().size(), 1);
        QCOMPARE(c.all<PositionMessage>().first().position, -3);
        QCOMPARE(c.all<AccountSummaryItem>().size(), 3);
        gw.sendError(-1, 1100, QStringLiteral("Connectivity between IB and TWS has been lost."));
        gw.sendError(-1, 1101, QStringLiteral("Connectivity restored - data lost."));
        QVERIFY(c.readUntil([&] { return c.error(-1, 1100) && c.error(-1, 1101); }));
        QVERIFY(gw.reject(21, QStringLiteral("x")) == false); // already filled
    }
};

QTEST_GUILESS_MAIN(tst_FakeIbGateway)
#include "tst_FakeIbGateway.moc"
