#include "core/Money.h"

#include <QTest>
#include <limits>

using namespace axion;
using fixedpoint::Rounding;

class tst_FixedPoint : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parsesExactly_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("units");
        QTest::newRow("integer") << "187" << qint64(1'870'000);
        QTest::newRow("cents") << "187.42" << qint64(1'874'200);
        QTest::newRow("four decimals") << "450.7151" << qint64(4'507'151);
        QTest::newRow("alpaca padded") << "187.4200" << qint64(1'874'200);
        QTest::newRow("leading dot") << ".25" << qint64(2'500);
        QTest::newRow("trailing dot") << "5." << qint64(50'000);
        QTest::newRow("negative") << "-0.0001" << qint64(-1);
        QTest::newRow("plus") << "+12.5" << qint64(125'000);
        QTest::newRow("zero") << "0" << qint64(0);
        QTest::newRow("trailing zeros beyond 4") << "1.230000" << qint64(12'300);
        QTest::newRow("largest") << "922337203685477.5807" << std::numeric_limits<qint64>::max();
    }
    void parsesExactly() {
        QFETCH(QString, text);
        QFETCH(qint64, units);
        const auto p = Price::parse(text);
        QVERIFY2(p.has_value(), qPrintable(text));
        QCOMPARE(p->units(), units);
    }

    void rejectsMalformed_data() {
        QTest::addColumn<QString>("text");
        for (const char* bad :
             {"", "-", ".", "1.2.3", "1e5", "12a", " 1", "1 ", "1,000.00", "0x10", "NaN", "inf",
              "--1", "1.00001", "922337203685477.5808", "99999999999999999999"})
            QTest::newRow(bad) << QString::fromLatin1(bad);
    }
    void rejectsMalformed() {
        QFETCH(QString, text);
        QVERIFY2(!Money::parse(text).has_value(), qPrintable(text));
    }

    void roundsOnlyWhenAsked() {
        QCOMPARE(Price::parse(u"1.00005", Rounding::HalfAwayFromZero)->units(), 10'001);
        QCOMPARE(Price::parse(u"1.00004999", Rounding::HalfAwayFromZero)->units(), 10'000);
        QCOMPARE(Price::parse(u"-1.00005", Rounding::HalfAwayFromZero)->units(), -10'001);
        QCOMPARE(Price::parse(u"0.99995", Rounding::HalfAwayFromZero)->units(), 10'000);
        QVERIFY(!Price::parse(u"0.99995").has_value());
    }

    void formatsShortestExact_data() {
        QTest::addColumn<qint64>("units");
        QTest::addColumn<QString>("text");
        QTest::newRow("cents") << qint64(1'874'200) << "187.42";
        QTest::newRow("whole") << qint64(1'870'000) << "187.00";
        QTest::newRow("sub-penny") << qint64(4'507'150) << "450.715";
        QTest::newRow("tiny negative") << qint64(-1) << "-0.0001";
        QTest::newRow("negative cents") << qint64(-12'300) << "-1.23";
        QTest::newRow("zero") << qint64(0) << "0.00";
        QTest::newRow("min") << std::numeric_limits<qint64>::min() << "-922337203685477.5808";
    }
    void formatsShortestExact() {
        QFETCH(qint64, units);
        QFETCH(QString, text);
        QCOMPARE(Money::fromUnits(units).toString(), text);
    }

    void roundTripsEveryFormattedValue() {
        for (qint64 u :
             {qint64(0), qint64(1), qint64(-9'999), qint64(123'456'789),
              std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::min() + 1}) {
            const Money m = Money::fromUnits(u);
            QCOMPARE(Money::parse(m.toString())->units(), u);
            QCOMPARE(Money::parse(m.toString(4))->units(), u);
        }
    }

    void fromDoubleRoundsToNearestUnit() {
        QCOMPARE(Price::fromDouble(187.42)->units(), 1'874'200);
        QCOMPARE(Price::fromDouble(185.1)->units(), 1'851'000);
        QCOMPARE(Price::fromDouble(0.00014)->units(), 1);
        QVERIFY(!Price::fromDouble(std::numeric_limits<double>::quiet_NaN()).has_value());
        QVERIFY(!Price::fromDouble(std::numeric_limits<double>::infinity()).has_value());
        QVERIFY(!Price::fromDouble(1e300).has_value());
    }

    void arithmeticIsExact() {
        const Price entry = *Price::parse(u"187.42");
        const Price exit = *Price::parse(u"191.90");
        const Money pnl = (exit - entry) * Quantity(300);
        QCOMPARE(pnl.toString(), QStringLiteral("1344.00"));
        // 0.1 + 0.2 is exactly 0.3 here, unlike in double.
        QCOMPARE(*Money::parse(u"0.1") + *Money::parse(u"0.2"), *Money::parse(u"0.3"));
        QCOMPARE(averagePrice(Money::fromUnits(10), 3), Price::fromUnits(3));
        QCOMPARE(averagePrice(Money::fromUnits(11), 2), Price::fromUnits(6));
        QCOMPARE(averagePrice(Money::fromUnits(-11), 2), Price::fromUnits(-6));
        QCOMPARE(Money::fromWhole(100'000).scaled(0.05), Money::fromWhole(5'000));
        QCOMPARE(Money::fromUnits(-15).scaled(0.5), Money::fromUnits(-8));
        QVERIFY(Price::fromUnits(1) < Price::fromUnits(2));
        QCOMPARE(Price::fromUnits(-5).abs(), Price::fromUnits(5));
    }
};

QTEST_GUILESS_MAIN(tst_FixedPoint)
#include "tst_FixedPoint.moc"
