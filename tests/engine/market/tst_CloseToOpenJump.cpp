#include "market/CloseToOpenJump.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>
#include <cmath>

using namespace axion;

namespace {

Price px(const char* text) {
    return *Price::parse(QString::fromLatin1(text));
}

// A minute bar at hh:mm New York time on `day`, open and close as given.
ReplayBar bar(int symbol, QDate day, int hh, int mm, const char* open, const char* close) {
    const QTimeZone ny(QByteArrayLiteral("America/New_York"));
    ReplayBar rb;
    rb.symbol = symbol;
    rb.bar.timeMs = QDateTime(day, QTime(hh, mm), ny).toMSecsSinceEpoch();
    rb.bar.open = px(open);
    rb.bar.close = px(close);
    rb.bar.high = std::max(rb.bar.open, rb.bar.close);
    rb.bar.low = std::min(rb.bar.open, rb.bar.close);
    rb.bar.volume = 100;
    return rb;
}

} // namespace

class tst_CloseToOpenJump : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aSplitInRawPricesIsAJump() {
        const CloseToOpenJump jump; // 25 %
        QCOMPARE(jump.threshold(), 0.25);
        // AAPL 2014-06-06 close -> 06-09 open (SOURCES.md): the 7:1 split.
        QVERIFY(std::abs(CloseToOpenJump::change(px("645.57"), px("92.69")) + 0.85642) < 1e-5);
        QVERIFY(jump.exceeds(px("645.57"), px("92.69")));
        // A 1:10 reverse split goes the other way.
        QVERIFY(jump.exceeds(px("1.20"), px("12.00")));
    }

    void ordinaryGapsAreNot_data() {
        QTest::addColumn<QString>("close");
        QTest::addColumn<QString>("open");
        QTest::newRow("flat") << QStringLiteral("100.00") << QStringLiteral("100.00");
        QTest::newRow("+1 %") << QStringLiteral("100.00") << QStringLiteral("101.00");
        QTest::newRow("-4 %") << QStringLiteral("100.00") << QStringLiteral("96.00");
        QTest::newRow("+15 % earnings") << QStringLiteral("100.00") << QStringLiteral("115.00");
        QTest::newRow("-20 % earnings") << QStringLiteral("100.00") << QStringLiteral("80.00");
        QTest::newRow("exactly 25 %") << QStringLiteral("100.00") << QStringLiteral("125.00");
    }
    void ordinaryGapsAreNot() {
        QFETCH(QString, close);
        QFETCH(QString, open);
        QVERIFY(!CloseToOpenJump().exceeds(*Price::parse(close), *Price::parse(open)));
    }

    void theThresholdIsConfigurable() {
        QVERIFY(CloseToOpenJump(0.25).exceeds(px("100"), px("125.01")));
        QVERIFY(CloseToOpenJump(0.25).exceeds(px("100"), px("74.99")));
        QVERIFY(CloseToOpenJump(0.10).exceeds(px("100"), px("89")));
        QVERIFY(!CloseToOpenJump(0.50).exceeds(px("100"), px("60")));
        // 0 never flags, not even a split.
        QVERIFY(!CloseToOpenJump(0.0).exceeds(px("645.57"), px("92.69")));
        QVERIFY(CloseToOpenJump(0.0)
                    .scan({bar(0, QDate(2014, 6, 6), 15, 59, "645", "645"),
                           bar(0, QDate(2014, 6, 9), 9, 30, "92", "92")},
                          {true})
                    .empty());
        // A previous close that is not a price gives no change at all.
        QCOMPARE(CloseToOpenJump::change(Price(), px("10")), 0.0);
    }

    // Only the first bar of a later date is compared, with the symbol's last close before it;
    // unchecked symbols are skipped; a symbol that misses a day is compared across the gap.
    void scanFindsSessionJumpsPerSymbol() {
        const QDate fri(2014, 6, 6);
        const QDate mon(2014, 6, 9);
        const QDate tue(2014, 6, 10);
        const QDate wed(2014, 6, 11);
        const std::vector<ReplayBar> bars = {
            bar(0, fri, 9, 30, "640.00", "641.00"),
            bar(1, fri, 9, 30, "50.00", "50.00"),
            bar(2, fri, 9, 30, "10.00", "10.00"),
            bar(0, fri, 15, 59, "645.00", "645.57"), // a 0 % intraday move... and
            bar(1, fri, 15, 59, "50.00", "20.00"),   // a 60 % intraday fall: not close-to-open
            bar(2, fri, 15, 59, "10.00", "10.00"),
            bar(0, mon, 9, 30, "92.69", "92.80"), // the split
            bar(1, mon, 9, 30, "20.10", "20.00"),
            bar(2, mon, 9, 30, "2.00", "2.00"), // unchecked symbol
            bar(0, tue, 9, 30, "93.00", "93.10"),
            bar(1, wed, 9, 30, "40.00", "40.00"), // symbol 1 skipped Tuesday: 20 -> 40
        };
        const std::vector<PriceJump> jumps = CloseToOpenJump().scan(bars, {true, true, false});
        QCOMPARE(jumps.size(), std::size_t(2));
        QCOMPARE(jumps[0].barIndex, std::size_t(6));
        QCOMPARE(jumps[0].symbol, 0);
        QCOMPARE(jumps[0].previousDate, fri);
        QCOMPARE(jumps[0].date, mon);
        QCOMPARE(jumps[0].previousClose, px("645.57"));
        QCOMPARE(jumps[0].open, px("92.69"));
        QVERIFY(std::abs(jumps[0].change + 0.85642) < 1e-5);
        QCOMPARE(jumps[1].barIndex, std::size_t(10));
        QCOMPARE(jumps[1].symbol, 1);
        QCOMPARE(jumps[1].previousDate, mon);
        QCOMPARE(jumps[1].date, wed);
        QCOMPARE(jumps[1].change, 1.0);
    }
};

QTEST_GUILESS_MAIN(tst_CloseToOpenJump)
#include "tst_CloseToOpenJump.moc"
