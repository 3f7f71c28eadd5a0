#include "brokers/CumulativeFills.h"
#include "support/TestValues.h"

#include <QTest>

using namespace axion;
using namespace Qt::StringLiterals;
using axion::test::px;

namespace {

CumulativeFills::Report report(Quantity cumulative, const char* average) {
    CumulativeFills::Report r;
    r.clientOrderId = u"s1-entry"_s;
    r.brokerOrderId = u"b-1"_s;
    r.broker = u"alpaca"_s;
    r.ticker = u"SPY"_s;
    r.side = OrderSide::Buy;
    r.cumulative = cumulative;
    r.averagePrice = px(average);
    r.brokerTimeMs = 1'000 + cumulative;
    r.receivedTimeMs = 2'000 + cumulative;
    r.handle = 7;
    return r;
}

} // namespace

class tst_CumulativeFills : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // 40 at 100.00, then 100 at an average of 100.60: the second execution was 60 at 101.00.
    void eachReportGivesWhatIsNew() {
        CumulativeFills fills;
        const std::optional<Fill> first = fills.onReport(report(40, "100.00"));
        QVERIFY(first);
        QCOMPARE(first->quantity, 40);
        QCOMPARE(first->price, px("100.00"));
        QCOMPARE(first->executionId, u"s1-entry#40"_s);
        QCOMPARE(first->clientOrderId, u"s1-entry"_s);
        QCOMPARE(first->brokerOrderId, u"b-1"_s);
        QCOMPARE(first->broker, u"alpaca"_s);
        QCOMPARE(first->ticker, u"SPY"_s);
        QCOMPARE(first->brokerTimeMs, 1'040);
        QCOMPARE(first->receivedTimeMs, 2'040);
        QCOMPARE(first->handle, 7);
        const std::optional<Fill> second = fills.onReport(report(100, "100.60"));
        QVERIFY(second);
        QCOMPARE(second->quantity, 60);
        QCOMPARE(second->price, px("101.00"));
        QCOMPARE(second->executionId, u"s1-entry#100"_s);
        // Money adds up: 40 x 100 + 60 x 101 = 100 x 100.60.
        QCOMPARE(first->price * first->quantity + second->price * second->quantity,
                 px("100.60") * 100);
    }

    void repeatsAndLateReportsGiveNothing() {
        CumulativeFills fills;
        QVERIFY(fills.onReport(report(40, "100.00")));
        QVERIFY(fills.onReport(report(100, "100.60")));
        QVERIFY(!fills.onReport(report(100, "100.60"))); // the same report again
        QVERIFY(!fills.onReport(report(40, "100.00")));  // an older one, late
        QVERIFY(!fills.onReport(report(0, "0")));
    }

    // Restarted on the same journal: what was counted is not counted again, and what comes
    // after it is priced from it.
    void seededFromTheJournal() {
        CumulativeFills fills;
        fills.seed(u"s1-entry"_s, 40, px("100.00") * 40);
        QVERIFY(!fills.onReport(report(40, "100.00")));
        const std::optional<Fill> rest = fills.onReport(report(100, "100.60"));
        QVERIFY(rest);
        QCOMPARE(rest->quantity, 60);
        QCOMPARE(rest->price, px("101.00"));
        // A seed below what was seen changes nothing.
        fills.seed(u"s1-entry"_s, 10, px("99") * 10);
        QVERIFY(!fills.onReport(report(100, "100.60")));
    }

    // The same cumulative report gives the same execution id in any process: the order book's
    // duplicate check drops it wherever it is seen twice.
    void idsAreTheSameAcrossProcesses() {
        CumulativeFills one;
        CumulativeFills two;
        QCOMPARE(one.onReport(report(40, "100.00"))->executionId,
                 two.onReport(report(40, "100.00"))->executionId);
    }

    // Averages the broker rounded: the increment is priced from the notional, rounded half away
    // from zero, and never at a price of zero or below.
    void roundedAverages() {
        CumulativeFills fills;
        QVERIFY(fills.onReport(report(3, "100.3333")));
        const std::optional<Fill> next = fills.onReport(report(4, "100.2500"));
        QVERIFY(next);
        QCOMPARE(next->quantity, 1);
        QCOMPARE(next->price, px("100.0001")); // 401.0000 - 300.9999
        CumulativeFills odd;
        QVERIFY(odd.onReport(report(1000, "100.0000")));
        const std::optional<Fill> tiny = odd.onReport(report(1001, "99.8999"));
        QVERIFY(tiny);
        QVERIFY(tiny->price.isPositive());
    }

    // A report that names its execution: the execution's own price when its shares are all the
    // new ones (3 at 100.3333 and 1 at 100.0000: no rounding drift), the averages otherwise (an
    // execution in between was missed), and never a second count of the same shares.
    void anExecutionsOwnPriceWhenItAccountsForTheNewShares() {
        CumulativeFills fills;
        CumulativeFills::Report a = report(3, "100.3333");
        a.executionShares = 3;
        a.executionPrice = px("100.3333");
        QCOMPARE(fills.onReport(a)->price, px("100.3333"));
        CumulativeFills::Report b = report(4, "100.2500");
        b.executionShares = 1;
        b.executionPrice = px("100.0000");
        const std::optional<Fill> one = fills.onReport(b);
        QVERIFY(one);
        QCOMPARE(one->quantity, 1);
        QCOMPARE(one->price, px("100.0000")); // the averages would say 100.0001
        QVERIFY(!fills.onReport(b));
        // 6 more at an average of 101.00 over 10, named as an execution of 2: 4 were missed.
        CumulativeFills::Report c = report(10, "100.7000");
        c.executionShares = 2;
        c.executionPrice = px("105.00");
        const std::optional<Fill> rest = fills.onReport(c);
        QVERIFY(rest);
        QCOMPARE(rest->quantity, 6);
        // 10 x 100.70 - (3 x 100.3333 + 100.00) = 606.0001 over 6.
        QCOMPARE(rest->price, px("101.0000"));
        // Without an average, an execution that does not account for the new shares is nothing.
        CumulativeFills::Report d = report(12, "0");
        d.executionShares = 1;
        d.executionPrice = px("101.00");
        QVERIFY(!fills.onReport(d));
        d.executionShares = 2;
        QCOMPARE(fills.onReport(d)->price, px("101.00"));
    }

    void ordersAreKeptApart() {
        CumulativeFills fills;
        QVERIFY(fills.onReport(report(40, "100.00")));
        CumulativeFills::Report other = report(40, "50.00");
        other.clientOrderId = u"s2-entry"_s;
        const std::optional<Fill> f = fills.onReport(other);
        QVERIFY(f);
        QCOMPARE(f->quantity, 40);
        fills.forget(u"s1-entry"_s);
        QVERIFY(fills.onReport(report(40, "100.00"))); // forgotten: new again
    }
};

QTEST_GUILESS_MAIN(tst_CumulativeFills)
#include "tst_CumulativeFills.moc"
