#include "market/EmaCloud.h"

#include <QTest>
#include <cmath>

using namespace axion;

// Lengths 1, 3 and 7 give alpha = 1, 0.5 and 0.25, so with small integer or binary-fraction
// inputs every EMA, midpoint, thickness and slope below is exact and worked out by hand.
class tst_EmaCloud : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void carriesItsLayer() {
        EmaCloud cloud(CloudLayer::Macro, 34, 50);
        QCOMPARE(toString(cloud.layer()), toString(CloudLayer::Macro));
        QCOMPARE(toString(cloud.state().layer), toString(CloudLayer::Macro));
        QVERIFY(!cloud.isReady());
        QVERIFY(std::isnan(cloud.state().shortEma)); // not ready: no value yet, not 0
        QVERIFY(std::isnan(cloud.state().longEma));
        QVERIFY(!cloud.state().priceInside);
        QCOMPARE(cloud.shortEma().length(), 34);
        QCOMPARE(cloud.longEma().length(), 50);
        QCOMPARE(toString(cloud.update(10.0, 10.0).layer), toString(CloudLayer::Macro));
    }

    // Short = length 1 (the input), long = length 3. Bar 1 seeds both at 10; bar 2 with 14 gives
    // short 14, long (14-10)*0.5+10 = 12 (bullish, cloud 12..14). Bar 2 with 6 gives short 6,
    // long (6-10)*0.5+10 = 8 (bearish, cloud 6..8). `close` is judged against that cloud.
    void positionAndColour_data() {
        QTest::addColumn<double>("source");
        QTest::addColumn<double>("close");
        QTest::addColumn<double>("shortEma");
        QTest::addColumn<double>("longEma");
        QTest::addColumn<bool>("bullish");
        QTest::addColumn<bool>("above");
        QTest::addColumn<bool>("inside");
        QTest::addColumn<bool>("below");
        QTest::addColumn<double>("thickness");

        // Thickness = |short - long| / close = 2 / close.
        QTest::newRow("bullish, above")
            << 14.0 << 16.0 << 14.0 << 12.0 << true << true << false << false << 0.125;
        QTest::newRow("bullish, close == upper is inside")
            << 14.0 << 14.0 << 14.0 << 12.0 << true << false << true << false << 2.0 / 14.0;
        QTest::newRow("bullish, strictly inside")
            << 14.0 << 13.0 << 14.0 << 12.0 << true << false << true << false << 2.0 / 13.0;
        QTest::newRow("bullish, close == lower is inside")
            << 14.0 << 12.0 << 14.0 << 12.0 << true << false << true << false << 2.0 / 12.0;
        QTest::newRow("bullish, below")
            << 14.0 << 8.0 << 14.0 << 12.0 << true << false << false << true << 0.25;
        QTest::newRow("bearish, above")
            << 6.0 << 10.0 << 6.0 << 8.0 << false << true << false << false << 0.2;
        QTest::newRow("bearish, close == upper is inside")
            << 6.0 << 8.0 << 6.0 << 8.0 << false << false << true << false << 0.25;
        QTest::newRow("bearish, close == lower is inside")
            << 6.0 << 6.0 << 6.0 << 8.0 << false << false << true << false << 2.0 / 6.0;
        QTest::newRow("bearish, below")
            << 6.0 << 4.0 << 6.0 << 8.0 << false << false << false << true << 0.5;
        // Equal EMAs: not bullish (short > long is strict), a zero-width cloud.
        QTest::newRow("flat cloud, on it")
            << 10.0 << 10.0 << 10.0 << 10.0 << false << false << true << false << 0.0;
        QTest::newRow("flat cloud, above")
            << 10.0 << 10.5 << 10.0 << 10.0 << false << true << false << false << 0.0;
        QTest::newRow("flat cloud, below")
            << 10.0 << 9.5 << 10.0 << 10.0 << false << false << false << true << 0.0;
    }
    void positionAndColour() {
        QFETCH(double, source);
        QFETCH(double, close);
        QFETCH(double, shortEma);
        QFETCH(double, longEma);
        QFETCH(bool, bullish);
        QFETCH(bool, above);
        QFETCH(bool, inside);
        QFETCH(bool, below);
        QFETCH(double, thickness);

        EmaCloud cloud(CloudLayer::Fast, 1, 3);
        cloud.update(10.0, 10.0);
        const CloudState s = cloud.update(source, close);
        QCOMPARE(s.shortEma, shortEma);
        QCOMPARE(s.longEma, longEma);
        QCOMPARE(s.isBullish, bullish);
        QCOMPARE(s.priceAbove, above);
        QCOMPARE(s.priceInside, inside);
        QCOMPARE(s.priceBelow, below);
        QCOMPARE(s.thickness, thickness);
        QCOMPARE(s.upper(), std::max(shortEma, longEma));
        QCOMPARE(s.lower(), std::min(shortEma, longEma));
        // The returned state is the stored one.
        QCOMPARE(cloud.state(), s);
    }

    void notEnoughHistoryIsFlat() {
        // Lengths 1/3, first-value seeding: ready on bar 1, so midpoints 1..5 exist after bar 5
        // and the first slope is on bar 6. Inputs 64, 128, 256, 512, 1024 rise steeply.
        EmaCloud cloud(CloudLayer::Fast, 1, 3);
        for (double x : {64.0, 128.0, 256.0, 512.0, 1024.0}) {
            const CloudState s = cloud.update(x, x);
            QVERIFY(cloud.isReady());
            QCOMPARE(s.slope, 0.0);
            QCOMPARE(toString(s.slopeDirection), toString(SlopeDirection::Flat));
        }
        // Bar 1 mid = 64. Long EMA: 64, 96, 176, 344, 684, then (1024-684)*0.5+684 = 854;
        // bar 6 mid = (1024 + 854) / 2 = 939; slope = (939 - 64) / (5 * 64) = 875 / 320.
        const CloudState s = cloud.update(1024.0, 1024.0);
        QCOMPARE(s.longEma, 854.0);
        QCOMPARE(s.slope, 875.0 / 320.0);
        QCOMPARE(toString(s.slopeDirection), toString(SlopeDirection::Rising));
    }

    void slopeUsesExactlyFiveBarsBack() {
        // Lengths 1/1: both EMAs equal the input, so mid = input. Slope at bar n compares
        // bar n with bar n-5.
        EmaCloud cloud(CloudLayer::Pullback, 1, 1);
        const double inputs[] = {100, 200, 100, 100, 100, 100, 100, 100, 150, 100, 100, 100};
        // bar 6: vs bar 1 (100) -> 0; bar 7: vs bar 2 (200) -> (100-200)/(5*200) = -0.1;
        // bar 8: vs bar 3 -> 0; bar 9: 150 vs 100 -> 50/500 = 0.1; bar 10, 11: 0;
        // bar 12: vs bar 7 (100) -> 0.
        const double expected[] = {0, 0, 0, 0, 0, 0, -0.1, 0, 0.1, 0, 0, 0};
        const SlopeDirection F = SlopeDirection::Flat, R = SlopeDirection::Rising,
                             D = SlopeDirection::Falling;
        const SlopeDirection dirs[] = {F, F, F, F, F, F, D, F, R, F, F, F};
        for (int i = 0; i < 12; ++i) {
            const CloudState s = cloud.update(inputs[i], inputs[i]);
            QCOMPARE(s.slope, expected[i]);
            QCOMPARE(toString(s.slopeDirection), toString(dirs[i]));
        }
        // Bar 14 compares with bar 9 (150): (100 - 150) / (5 * 150) = -1/15.
        cloud.update(100, 100);
        const CloudState s = cloud.update(100, 100);
        QCOMPARE(s.slope, -50.0 / 750.0);
        QCOMPARE(toString(s.slopeDirection), toString(SlopeDirection::Falling));
    }

    // Five bars at 1000 (lengths 1/1, mid = input), then a sixth: slope = (x - 1000) / 5000.
    void slopeThresholds_data() {
        QTest::addColumn<double>("last");
        QTest::addColumn<double>("slope");
        QTest::addColumn<SlopeDirection>("direction");
        // 5 / 5000 is exactly the double nearest 0.001: not above the band, so Flat.
        QTest::newRow("+0.001 exactly is flat") << 1005.0 << 0.001 << SlopeDirection::Flat;
        QTest::newRow("-0.001 exactly is flat") << 995.0 << -0.001 << SlopeDirection::Flat;
        // 2^-7 = 0.0078125 beyond the band edge: 5.0078125 / 5000 = 0.0010015625.
        QTest::newRow("just above +0.001 rises")
            << 1005.0078125 << 0.0010015625 << SlopeDirection::Rising;
        QTest::newRow("just below -0.001 falls")
            << 994.9921875 << -0.0010015625 << SlopeDirection::Falling;
        QTest::newRow("inside the band is flat") << 1002.5 << 0.0005 << SlopeDirection::Flat;
        QTest::newRow("unchanged is flat") << 1000.0 << 0.0 << SlopeDirection::Flat;
        QTest::newRow("strongly up") << 1050.0 << 0.01 << SlopeDirection::Rising;
        QTest::newRow("strongly down") << 950.0 << -0.01 << SlopeDirection::Falling;
    }
    void slopeThresholds() {
        QFETCH(double, last);
        QFETCH(double, slope);
        QFETCH(SlopeDirection, direction);
        EmaCloud cloud(CloudLayer::Trend, 1, 1);
        for (int i = 0; i < 5; ++i)
            cloud.update(1000.0, 1000.0);
        const CloudState s = cloud.update(last, last);
        QCOMPARE(s.slope, slope);
        QCOMPARE(toString(s.slopeDirection), toString(direction));
    }

    void smaSeedingWarmsUpBeforeJudging() {
        // Short length 1, long length 3, SMA seeding: the long EMA is ready on bar 3 with
        // (8+16+24)/3 = 16. Until then nothing is judged and no midpoint is recorded.
        EmaCloud cloud(CloudLayer::Fast, 1, 3, EmaSeeding::Sma);
        for (double x : {8.0, 16.0}) {
            const CloudState s = cloud.update(x, 1000.0); // far above any cloud
            QVERIFY(!cloud.isReady());
            QCOMPARE(s.shortEma, x); // the short EMA is already ready and reported
            QVERIFY(std::isnan(s.longEma));
            QVERIFY(!s.isBullish);
            QVERIFY(!s.priceAbove);
            QVERIFY(!s.priceInside);
            QVERIFY(!s.priceBelow);
            QCOMPARE(s.thickness, 0.0);
            QCOMPARE(s.slope, 0.0);
            QCOMPARE(toString(s.slopeDirection), toString(SlopeDirection::Flat));
        }
        // Bar 3: short 24, long 16, mid 20. Bars 3..7 give five midpoints; feeding 16 keeps the
        // long EMA: bar 4 long (16-16)*0.5+16 = 16, mid 16; bars 4..7 mid 16.
        CloudState s = cloud.update(24.0, 20.0);
        QVERIFY(cloud.isReady());
        QCOMPARE(s.longEma, 16.0);
        QVERIFY(s.isBullish);
        QVERIFY(s.priceInside);
        QCOMPARE(s.thickness, 8.0 / 20.0);
        QCOMPARE(s.slope, 0.0);
        for (int bar = 4; bar <= 7; ++bar) {
            s = cloud.update(16.0, 16.0);
            QCOMPARE(s.slope, 0.0);
            QCOMPARE(toString(s.slopeDirection), toString(SlopeDirection::Flat));
        }
        // Bar 8 compares its mid (16) with bar 3's (20): (16 - 20) / (5 * 20) = -0.04.
        s = cloud.update(16.0, 16.0);
        QCOMPARE(s.slope, -0.04);
        QCOMPARE(toString(s.slopeDirection), toString(SlopeDirection::Falling));
    }

    void resetForgetsHistory() {
        EmaCloud cloud(CloudLayer::LongTerm, 1, 1);
        for (double x : {100.0, 100.0, 100.0, 100.0, 100.0, 200.0})
            cloud.update(x, x);
        QCOMPARE(cloud.state().slope, 0.2); // (200 - 100) / 500
        cloud.reset();
        QVERIFY(!cloud.isReady());
        QCOMPARE(toString(cloud.state().layer), toString(CloudLayer::LongTerm));
        QVERIFY(std::isnan(cloud.state().shortEma));
        QCOMPARE(cloud.state().slope, 0.0);
        // Five new bars: not enough history again, even though the old ring held six.
        for (int i = 0; i < 5; ++i) {
            const CloudState s = cloud.update(300.0, 300.0);
            QCOMPARE(s.slope, 0.0);
            QCOMPARE(toString(s.slopeDirection), toString(SlopeDirection::Flat));
        }
        QCOMPARE(cloud.update(330.0, 330.0).slope, 0.02); // 30 / 1500
    }

    void separateSourceAndClose() {
        // The EMAs follow the source (e.g. hl2) only; close moves the judgement only.
        EmaCloud cloud(CloudLayer::Fast, 1, 3);
        cloud.update(10.0, 99.0);
        const CloudState s = cloud.update(14.0, 11.0);
        QCOMPARE(s.shortEma, 14.0);
        QCOMPARE(s.longEma, 12.0);
        QVERIFY(s.priceBelow);
        QCOMPARE(s.thickness, 2.0 / 11.0);
    }
};

QTEST_GUILESS_MAIN(tst_EmaCloud)
#include "tst_EmaCloud.moc"
