#include "TestPaths.h"
#include "market/LeanFactorFile.h"

#include <QTest>
#include <cmath>

using namespace axion;
using namespace Qt::StringLiterals;

namespace {

// Lean's own file (SOURCES.md §1): AAPL split 7:1 before the open on 2014-06-09.
const QString kAaplFactors =
    QStringLiteral(AXION_SHARED_DIR "/data/lean/equity/usa/factor_files/aapl.csv");

Price px(const char* text) {
    return *Price::parse(QString::fromLatin1(text));
}

} // namespace

class tst_LeanFactorFile : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readsTheRealAaplFile() {
        QString error;
        const std::optional<LeanFactorFile> f = LeanFactorFile::load(kAaplFactors, &error);
        QVERIFY2(f, qPrintable(error));
        QCOMPARE(f->rows().size(), std::size_t(41)); // the last line has no newline
        QCOMPARE(f->rows().front().date, QDate(1998, 1, 2));
        QCOMPARE(f->rows().front().splitFactor, 0.00892857);
        QCOMPARE(f->rows().back().date, QDate(2050, 12, 31));
        QCOMPARE(f->rows().back().referencePrice, Price());
        QCOMPARE(f->name(), kAaplFactors);
    }

    // For a bar dated d: the first row whose date is >= d. 06-06 is a row's own date; 06-09 takes
    // the next row, 20140806, whose split factor is 7 times larger.
    void aaplAcrossTheSplit() {
        QString error;
        const std::optional<LeanFactorFile> f = LeanFactorFile::load(kAaplFactors, &error);
        QVERIFY2(f, qPrintable(error));
        const LeanFactorFile::Factors before = f->factorsOn(QDate(2014, 6, 6));
        const LeanFactorFile::Factors after = f->factorsOn(QDate(2014, 6, 9));
        QCOMPARE(before.priceFactor, 0.9011818);
        QCOMPARE(before.splitFactor, 0.03571430); // 1/28: the 7:1 of 2014 and the 4:1 of 2020
        QCOMPARE(after.priceFactor, 0.9011818);
        QCOMPARE(after.splitFactor, 0.25); // only the 4:1 of 2020 is still ahead
        QVERIFY(std::abs(after.splitFactor / before.splitFactor - 7.0) < 1e-5);
        // 06-05 is between rows 20140507 and 20140606: it takes the 06-06 row.
        QCOMPARE(f->factorsOn(QDate(2014, 6, 5)).splitFactor, 0.03571430);
        // Before the first row: the first row; after the last: no adjustment.
        QCOMPARE(f->factorsOn(QDate(1990, 1, 1)).splitFactor, 0.00892857);
        QVERIFY(f->factorsOn(QDate(2051, 1, 1)).isIdentity());

        // The last raw close of 06-06 and the first raw open of 06-09 (SOURCES.md) meet once
        // adjusted: 20.78 and 20.88, where raw they are 645.57 and 92.69.
        Bar close;
        close.open = close.high = close.low = close.close = px("645.57");
        close.volume = 7000;
        Bar open;
        open.open = open.high = open.low = open.close = px("92.69");
        open.volume = 7000;
        const Bar a = LeanFactorFile::adjusted(close, before);
        const Bar b = LeanFactorFile::adjusted(open, after);
        QCOMPARE(a.close, px("20.7777")); // 645.57 x 0.9011818 x 0.0357143 = 20.77772...
        QCOMPARE(b.open, px("20.8826"));  // 92.69 x 0.9011818 x 0.25 = 20.88263...
        QVERIFY(std::abs(b.open.toDouble() / a.close.toDouble() - 1.0) < 0.01);
        // Volume in today's shares: 28 and 4 times as many.
        QCOMPARE(a.volume, qint64(196'000));
        QCOMPARE(b.volume, qint64(28'000));
    }

    void adjustedKeepsTheBarSound() {
        Bar raw;
        raw.open = Price::fromUnits(3);
        raw.high = Price::fromUnits(5);
        raw.low = Price::fromUnits(1);
        raw.close = Price::fromUnits(4);
        raw.volume = 3;
        // x 0.1: 0.3, 0.5, 0.1, 0.4 units -> 0, 1, 0, 0, lifted to the smallest positive price.
        const Bar a = LeanFactorFile::adjusted(raw, {0.5, 0.2});
        QCOMPARE(a.open, Price::fromUnits(1));
        QCOMPARE(a.high, Price::fromUnits(1));
        QCOMPARE(a.low, Price::fromUnits(1));
        QCOMPARE(a.close, Price::fromUnits(1));
        QCOMPARE(a.volume, qint64(15));
        QVERIFY(a.low <= a.open && a.open <= a.high && a.low <= a.close && a.close <= a.high);
        // The identity changes nothing.
        QCOMPARE(LeanFactorFile::adjusted(raw, {}), raw);
    }

    void acceptsLeansVariants() {
        QString error;
        // CRLF, a trailing newline, three columns (older files), spaces around fields.
        const auto f = LeanFactorFile::parse("20100101,0.5,1\r\n 20200101 , 1 , 1 , 10.5 \r\n",
                                             u"mem.csv"_s, &error);
        QVERIFY2(f, qPrintable(error));
        QCOMPARE(f->rows().size(), std::size_t(2));
        QCOMPARE(f->rows()[0].referencePrice, Price());
        QCOMPARE(f->rows()[1].referencePrice, px("10.5"));
        QCOMPARE(f->factorsOn(QDate(2009, 5, 5)).priceFactor, 0.5);
    }

    void malformedRows_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty file") << QByteArray("\n\n") << u"mem.csv: the factor file is empty"_s;
        QTest::newRow("bad date") << QByteArray("20100101,1,1,1\n2010-02-01,1,1,1")
                                  << u"mem.csv:2: date \"2010-02-01\" is not YYYYMMDD"_s;
        QTest::newRow("impossible date")
            << QByteArray("20100230,1,1,1") << u"mem.csv:1: date \"20100230\" is not YYYYMMDD"_s;
        QTest::newRow("dates not increasing")
            << QByteArray("20100101,1,1,1\n20100101,1,1,1")
            << u"mem.csv:2: date 2010-01-01 is not after the row before (2010-01-01)"_s;
        QTest::newRow("dates backwards")
            << QByteArray("20100101,1,1,1\n20090101,1,1,1")
            << u"mem.csv:2: date 2009-01-01 is not after the row before"_s;
        QTest::newRow("two columns")
            << QByteArray("20100101,1") << u"mem.csv:1: expected 4 columns"_s;
        QTest::newRow("five columns")
            << QByteArray("20100101,1,1,1,1") << u"mem.csv:1: expected 4 columns"_s;
        QTest::newRow("price factor text")
            << QByteArray("20100101,abc,1,1")
            << u"mem.csv:1: price_factor \"abc\" is not a positive decimal"_s;
        QTest::newRow("zero split factor")
            << QByteArray("20100101,1,0,1")
            << u"mem.csv:1: split_factor \"0\" is not a positive decimal"_s;
        QTest::newRow("negative split factor")
            << QByteArray("20100101,1,-0.5,1")
            << u"mem.csv:1: split_factor \"-0.5\" is not a positive decimal"_s;
        QTest::newRow("exponent")
            << QByteArray("20100101,1e-3,1,1")
            << u"mem.csv:1: price_factor \"1e-3\" is not a positive decimal"_s;
        QTest::newRow("bad reference price")
            << QByteArray("20100101,1,1,x") << u"mem.csv:1: reference_price \"x\" is not a price"_s;
        QTest::newRow("blank line between rows")
            << QByteArray("20100101,1,1,1\n\n20110101,1,1,1") << u"mem.csv:2: empty line"_s;
    }

    void malformedRows() {
        QFETCH(QByteArray, text);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!LeanFactorFile::parse(text, u"mem.csv"_s, &error));
        QVERIFY2(error.startsWith(message), qPrintable(error));
    }

    void missingFile() {
        QString error;
        QVERIFY(!LeanFactorFile::load(u"/nonexistent/factor_files/x.csv"_s, &error));
        QVERIFY2(error.startsWith(u"/nonexistent/factor_files/x.csv: cannot open"_s),
                 qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(tst_LeanFactorFile)
#include "tst_LeanFactorFile.moc"
