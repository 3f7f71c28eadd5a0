#include "execution/OrderBook.h"

#include <QTest>

using namespace axion;

namespace {

Order entry(const char* id = "sig-1-entry", Quantity qty = 100) {
    Order o;
    o.clientOrderId = QString::fromLatin1(id);
    o.signalId = QStringLiteral("sig-1");
    o.ticker = QStringLiteral("AAPL");
    o.quantity = qty;
    o.broker = QStringLiteral("paper");
    return o;
}

Fill fill(const char* exec, Quantity qty, const char* price, const char* order = "sig-1-entry") {
    Fill f;
    f.executionId = QString::fromLatin1(exec);
    f.clientOrderId = QString::fromLatin1(order);
    f.broker = QStringLiteral("paper");
    f.ticker = QStringLiteral("AAPL");
    f.quantity = qty;
    f.price = *Price::parse(QString::fromLatin1(price));
    return f;
}

OrderUpdate update(OrderEvent e, Quantity cumulative = 0, const char* order = "sig-1-entry") {
    OrderUpdate u;
    u.clientOrderId = QString::fromLatin1(order);
    u.brokerOrderId = QStringLiteral("b-1");
    u.broker = QStringLiteral("paper");
    u.event = e;
    u.cumulativeFilled = cumulative;
    u.receivedTimeMs = 5;
    return u;
}

} // namespace

class tst_OrderBook : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void anIdIsNeverAddedTwice() {
        OrderBook book;
        QVERIFY(book.add(entry(), 1));
        QVERIFY(!book.add(entry(), 2));
        QCOMPARE(book.size(), 1);
        QCOMPARE(toString(book.find(QStringLiteral("sig-1-entry"))->state), QStringLiteral("new"));
    }

    void indicesNameOrdersForTheBooksLifetime() {
        OrderBook book;
        QCOMPARE(book.insert(entry("a-entry"), 1), 0);
        QCOMPARE(book.insert(entry("b-entry"), 1), 1);
        QCOMPARE(book.insert(entry("a-entry"), 2), -1); // taken: refused, like add()
        QCOMPARE(book.size(), 2);
        QCOMPARE(book.indexOf(QStringLiteral("b-entry")), 1);
        QCOMPARE(book.indexOf(QStringLiteral("nope")), -1);
        QVERIFY(book.at(-1) == nullptr);
        QVERIFY(book.at(2) == nullptr);
        QCOMPARE(book.at(1), book.find(QStringLiteral("b-entry")));

        // The index forms behave like the id forms.
        QVERIFY(book.apply(1, OrderEvent::Submit, 3).ok());
        QVERIFY(book.applyUpdate(1, update(OrderEvent::Ack, 0, "b-entry")).ok());
        QCOMPARE(book.at(1)->brokerOrderId, QStringLiteral("b-1"));
        // A Fill event short of the order's size is partial.
        QVERIFY(book.applyFill(1, fill("e1", 40, "100.00", "b-entry")).ok());
        const OrderBookChange partial =
            book.applyUpdate(1, update(OrderEvent::Fill, 40, "b-entry"));
        QVERIFY(partial.ok());
        QCOMPARE(toString(partial.to), toString(OrderState::PartiallyFilled));
        QCOMPARE(book.applyFill(1, fill("e1", 40, "100.00", "b-entry")).kind,
                 OrderBookChange::DuplicateFill);
        QCOMPARE(book.at(1)->filled, Quantity(40));
        QCOMPARE(toString(book.at(0)->state),
                 toString(OrderState::New)); // the other order is untouched

        // Unknown indices are unknown orders, never a crash.
        QCOMPARE(book.apply(7, OrderEvent::Submit, 4).kind, OrderBookChange::UnknownOrder);
        QCOMPARE(book.applyUpdate(-1, update(OrderEvent::Ack, 0, "nope")).kind,
                 OrderBookChange::UnknownOrder);
        QCOMPARE(book.applyFill(-1, fill("e9", 1, "1.00", "nope")).kind,
                 OrderBookChange::UnknownOrder);

        // Indices stay valid as the book grows.
        for (int i = 0; i < 100; ++i)
            book.insert(entry(qPrintable(QStringLiteral("x%1-entry").arg(i))), 5);
        QCOMPARE(book.at(1)->order.clientOrderId, QStringLiteral("b-entry"));
        QCOMPARE(book.indexOf(QStringLiteral("x99-entry")), 101);
    }

    void lifecycleWithPartialFills() {
        OrderBook book;
        book.add(entry(), 1);
        QVERIFY(book.apply(QStringLiteral("sig-1-entry"), OrderEvent::Submit, 2).ok());
        QVERIFY(book.applyUpdate(update(OrderEvent::Ack)).ok());
        QVERIFY(book.applyFill(fill("e1", 40, "100.10")).ok());
        QVERIFY(book.applyUpdate(update(OrderEvent::PartialFill, 40)).ok());
        // A "fill" report whose cumulative count is short of the order is treated as partial.
        QVERIFY(book.applyFill(fill("e2", 30, "100.20")).ok());
        QCOMPARE(toString(book.applyUpdate(update(OrderEvent::Fill, 70)).to),
                 QStringLiteral("partially_filled"));
        QVERIFY(book.applyFill(fill("e3", 30, "100.30")).ok());
        const OrderBookChange last = book.applyUpdate(update(OrderEvent::Fill, 100));
        QCOMPARE(toString(last.to), QStringLiteral("filled"));
        const OrderRecord* r = book.find(QStringLiteral("sig-1-entry"));
        QCOMPARE(r->filled, 100);
        // (40 x 100.10 + 30 x 100.20 + 30 x 100.30) / 100 = 10019 / 100 = 100.19
        QCOMPARE(r->filledCost, *Money::parse(u"10019"));
        QCOMPARE(r->averageFillPrice(), *Price::parse(u"100.19"));
        QCOMPARE(r->brokerOrderId, QStringLiteral("b-1"));
        QVERIFY(book.working().isEmpty());
    }

    void duplicateFillsAreIgnored() {
        OrderBook book;
        book.add(entry(), 1);
        QVERIFY(book.applyFill(fill("e1", 40, "100")).ok());
        const OrderBookChange again = book.applyFill(fill("e1", 40, "100"));
        QCOMPARE(int(again.kind), int(OrderBookChange::DuplicateFill));
        QCOMPARE(book.find(QStringLiteral("sig-1-entry"))->filled, 40);
    }

    void overfillIsAnErrorNotAPosition() {
        OrderBook book;
        book.add(entry("sig-1-entry", 50), 1);
        QVERIFY(book.applyFill(fill("e1", 40, "100")).ok());
        const OrderBookChange over = book.applyFill(fill("e2", 11, "100"));
        QCOMPARE(int(over.kind), int(OrderBookChange::Overfill));
        QVERIFY(over.detail.contains(u"10 remaining"));
        QCOMPARE(book.find(QStringLiteral("sig-1-entry"))->filled, 40);
        // The refused execution was not counted, so sent again it is refused again, not taken
        // for a duplicate of itself.
        QCOMPARE(int(book.applyFill(fill("e2", 11, "100")).kind), int(OrderBookChange::Overfill));
        QVERIFY(book.applyFill(fill("e3", 10, "100")).ok());
    }

    void takenIdKeepsItsOrder() {
        OrderBook book;
        QCOMPARE(book.insert(entry("sig-1-entry", 50), 1), 0);
        QCOMPARE(book.insert(entry("sig-2-entry", 60), 1), 1);
        QCOMPARE(book.insert(entry("sig-1-entry", 70), 2), -1); // never placed twice
        QCOMPARE(book.size(), 2);
        QCOMPARE(book.indexOf(QStringLiteral("sig-1-entry")), 0);
        QCOMPARE(book.at(0)->order.quantity, 50);
        QCOMPARE(book.indexOf(QStringLiteral("sig-2-entry")), 1);
    }

    void invalidTransitionsKeepTheState() {
        OrderBook book;
        book.add(entry(), 1);
        const OrderBookChange c =
            book.applyUpdate(update(OrderEvent::Fill, 100)); // never submitted
        QCOMPARE(int(c.kind), int(OrderBookChange::Invalid));
        QCOMPARE(toString(book.find(QStringLiteral("sig-1-entry"))->state), QStringLiteral("new"));
        QCOMPARE(int(book.applyUpdate(update(OrderEvent::Ack, 0, "nope")).kind),
                 int(OrderBookChange::UnknownOrder));
    }

    void lateFillAfterCancelIsStillCounted() {
        OrderBook book;
        book.add(entry(), 1);
        book.apply(QStringLiteral("sig-1-entry"), OrderEvent::Submit, 2);
        book.applyUpdate(update(OrderEvent::Ack));
        book.apply(QStringLiteral("sig-1-entry"), OrderEvent::CancelRequest, 3);
        book.applyUpdate(update(OrderEvent::CancelAck));
        const OrderBookChange late = book.applyFill(fill("e9", 10, "99"));
        QVERIFY(late.ok());
        QVERIFY(late.detail.contains(u"late fill"));
        QCOMPARE(book.find(QStringLiteral("sig-1-entry"))->filled, 10);
    }

    void ambiguousSubmitWaitsForLookup() {
        OrderBook book;
        book.add(entry(), 1);
        book.apply(QStringLiteral("sig-1-entry"), OrderEvent::Submit, 2);
        QCOMPARE(toString(book.apply(QStringLiteral("sig-1-entry"), OrderEvent::Timeout, 3).to),
                 QStringLiteral("unknown"));
        QVERIFY(book.find(QStringLiteral("sig-1-entry"))->isWorking());
        // Not found yet is not refused: the request may still be on its way.
        QCOMPARE(toString(book.applyUpdate(update(OrderEvent::NotFound)).to),
                 QStringLiteral("unknown"));
        QVERIFY(book.find(QStringLiteral("sig-1-entry"))->isWorking());
        // Only the broker's own answer ends it.
        QCOMPARE(toString(book.applyUpdate(update(OrderEvent::Reject)).to),
                 QStringLiteral("rejected"));
    }
};

QTEST_GUILESS_MAIN(tst_OrderBook)
#include "tst_OrderBook.moc"
