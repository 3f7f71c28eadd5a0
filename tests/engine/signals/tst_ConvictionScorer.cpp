#include "signals/ConvictionScorer.h"
#include "support/TestValues.h"

#include <QJsonObject>
#include <QTest>
#include <cmath>
#include <limits>

using namespace axion;
using test::px;

namespace {

constexpr double kEps = 1e-9;

// Colours of fast, pullback, trend, macro, long_term: +1 bullish (short 101 > long 100), -1
// bearish, 0 zero width (both 100).
std::array<CloudState, kCloudLayerCount> clouds(std::array<int, kCloudLayerCount> colours) {
    std::array<CloudState, kCloudLayerCount> out;
    for (int i = 0; i < kCloudLayerCount; ++i) {
        CloudState& c = out[std::size_t(i)];
        c.layer = static_cast<CloudLayer>(i);
        const int colour = colours[std::size_t(i)];
        c.shortEma = colour > 0 ? 101.0 : (colour < 0 ? 99.0 : 100.0);
        c.longEma = 100.0;
        c.isBullish = c.shortEma > c.longEma;
    }
    return out;
}

// Inputs that earn full points everywhere for a long: 25 + 25 + 15 + 10 + 10 = 85.
ConvictionInputs fullLong() {
    ConvictionInputs in;
    in.direction = Direction::Long;
    in.clouds = clouds({1, 1, 1, 1, 1});
    in.agreeingTimeframes = 3;
    in.scannedTimeframes = 3;
    in.volumeRatio = 1.5;
    in.candleQuality = 1.0;
    in.thickness = 0.001;
    return in;
}

Bar candle(const char* o, const char* h, const char* l, const char* c) {
    Bar b;
    b.open = px(o);
    b.high = px(h);
    b.low = px(l);
    b.close = px(c);
    return b;
}

} // namespace

class tst_ConvictionScorer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void maximaSumTo85AndScaleTo100() {
        const ConvictionScorer scorer;
        const ConvictionBreakdown b = scorer.score(fullLong());
        QCOMPARE(b.cloudAlignment, 25.0);
        QCOMPARE(b.timeframeConfluence, 25.0);
        QCOMPARE(b.volume, 15.0);
        QCOMPARE(b.thickness, 10.0);
        QCOMPARE(b.candleQuality, 10.0);
        QVERIFY(!b.factor.has_value());
        QVERIFY(b.redistributed());
        QCOMPARE(b.rawSum, 85.0);
        QCOMPARE(b.scaled, 100.0);
        QCOMPARE(b.total, 100);
        QCOMPARE(ConvictionScorer::kOwnMax, 85.0);
    }

    void nothingScoresZero() {
        ConvictionInputs in; // long, zero-width clouds, no agreement, no volume, no candle
        const ConvictionBreakdown b = ConvictionScorer().score(in);
        QCOMPARE(b.rawSum, 0.0);
        QCOMPARE(b.total, 0);
    }

    void cloudAlignmentCountsFourLayers_data() {
        QTest::addColumn<int>("fast");
        QTest::addColumn<int>("pullback");
        QTest::addColumn<int>("trend");
        QTest::addColumn<int>("macro");
        QTest::addColumn<int>("longTerm");
        QTest::addColumn<double>("longPoints");
        QTest::addColumn<double>("shortPoints");
        // 25 x n / 4 per agreeing cloud among fast, pullback, trend, macro; long_term never counts;
        // a zero-width cloud agrees with neither side.
        QTest::newRow("all bull") << 1 << 1 << 1 << 1 << 1 << 25.0 << 0.0;
        QTest::newRow("long_term ignored") << 1 << 1 << 1 << 1 << -1 << 25.0 << 0.0;
        QTest::newRow("3 of 4") << 1 << 1 << 1 << -1 << -1 << 18.75 << 6.25;
        QTest::newRow("2 of 4") << 1 << -1 << 1 << -1 << 1 << 12.5 << 12.5;
        QTest::newRow("1 bull, 1 flat") << 1 << 0 << -1 << -1 << 0 << 6.25 << 12.5;
        QTest::newRow("all flat") << 0 << 0 << 0 << 0 << 0 << 0.0 << 0.0;
        QTest::newRow("all bear") << -1 << -1 << -1 << -1 << -1 << 0.0 << 25.0;
    }
    void cloudAlignmentCountsFourLayers() {
        QFETCH(int, fast);
        QFETCH(int, pullback);
        QFETCH(int, trend);
        QFETCH(int, macro);
        QFETCH(int, longTerm);
        QFETCH(double, longPoints);
        QFETCH(double, shortPoints);
        ConvictionInputs in;
        in.clouds = clouds({fast, pullback, trend, macro, longTerm});
        in.direction = Direction::Long;
        QCOMPARE(ConvictionScorer().score(in).cloudAlignment, longPoints);
        in.direction = Direction::Short;
        QCOMPARE(ConvictionScorer().score(in).cloudAlignment, shortPoints);
    }

    void timeframeConfluence_data() {
        QTest::addColumn<int>("agreeing");
        QTest::addColumn<int>("scanned");
        QTest::addColumn<double>("points");
        QTest::newRow("0/3") << 0 << 3 << 0.0;
        QTest::newRow("1/3") << 1 << 3 << 25.0 / 3.0; // 8.333...
        QTest::newRow("2/3") << 2 << 3 << 50.0 / 3.0; // 16.666...
        QTest::newRow("3/3") << 3 << 3 << 25.0;
        QTest::newRow("1/2") << 1 << 2 << 12.5;
        QTest::newRow("1/1") << 1 << 1 << 25.0;
        QTest::newRow("none scanned") << 0 << 0 << 0.0;
        QTest::newRow("more than scanned") << 4 << 3 << 25.0;
        QTest::newRow("negative") << -1 << 3 << 0.0;
    }
    void timeframeConfluence() {
        QFETCH(int, agreeing);
        QFETCH(int, scanned);
        QFETCH(double, points);
        ConvictionInputs in;
        in.agreeingTimeframes = agreeing;
        in.scannedTimeframes = scanned;
        QVERIFY(std::abs(ConvictionScorer().score(in).timeframeConfluence - points) < kEps);
    }

    void volume_data() {
        QTest::addColumn<double>("confirmRatio");
        QTest::addColumn<double>("ratio");
        QTest::addColumn<double>("points");
        // 15 x min(ratio / confirm, 1).
        QTest::newRow("none") << 1.5 << 0.0 << 0.0;
        QTest::newRow("half of confirm") << 1.5 << 0.75 << 7.5;
        QTest::newRow("average volume") << 1.5 << 1.0 << 10.0;
        QTest::newRow("just below") << 1.5 << 1.49 << 14.9;
        QTest::newRow("at confirm") << 1.5 << 1.5 << 15.0;
        QTest::newRow("double") << 1.5 << 3.0 << 15.0;
        QTest::newRow("negative") << 1.5 << -2.0 << 0.0;
        QTest::newRow("nan") << 1.5 << std::numeric_limits<double>::quiet_NaN() << 0.0;
        QTest::newRow("infinite") << 1.5 << std::numeric_limits<double>::infinity() << 15.0;
        QTest::newRow("confirm 2.0") << 2.0 << 1.0 << 7.5;
        QTest::newRow("bad confirm -> 1.5") << 0.0 << 0.75 << 7.5;
    }
    void volume() {
        QFETCH(double, confirmRatio);
        QFETCH(double, ratio);
        QFETCH(double, points);
        ConvictionInputs in;
        in.volumeRatio = ratio;
        QVERIFY2(std::abs(ConvictionScorer(confirmRatio).score(in).volume - points) < kEps,
                 qPrintable(QString::number(ConvictionScorer(confirmRatio).score(in).volume)));
    }

    void thickness_data() {
        QTest::addColumn<double>("thickness");
        QTest::addColumn<double>("points");
        // 10 x min(thickness / 0.001, 1).
        QTest::newRow("zero") << 0.0 << 0.0;
        QTest::newRow("0.025%") << 0.00025 << 2.5;
        QTest::newRow("0.05%") << 0.0005 << 5.0;
        QTest::newRow("0.1%") << 0.001 << 10.0;
        QTest::newRow("1%") << 0.01 << 10.0;
        QTest::newRow("negative") << -0.001 << 0.0;
    }
    void thickness() {
        QFETCH(double, thickness);
        QFETCH(double, points);
        ConvictionInputs in;
        in.thickness = thickness;
        QVERIFY(std::abs(ConvictionScorer().score(in).thickness - points) < kEps);
    }

    void candleQualityPoints() {
        for (auto [q, points] :
             {std::pair{0.0, 0.0}, std::pair{0.5, 5.0}, std::pair{0.8, 8.0}, std::pair{1.0, 10.0},
              std::pair{1.7, 10.0}, std::pair{-0.3, 0.0}}) {
            ConvictionInputs in;
            in.candleQuality = q;
            QVERIFY(std::abs(ConvictionScorer().score(in).candleQuality - points) < kEps);
        }
    }

    void candleQualityFromABar() {
        // Body 0.90 of a 1.50 range, bullish: 0.6 for a long, nothing for a short.
        const Bar up = candle("100.00", "101.00", "99.50", "100.90");
        QVERIFY(std::abs(ConvictionScorer::candleQuality(up, Direction::Long) - 0.6) < kEps);
        QCOMPARE(ConvictionScorer::candleQuality(up, Direction::Short), 0.0);
        // Bearish full body: 1.0 for a short.
        const Bar down = candle("50.00", "50.00", "49.00", "49.00");
        QCOMPARE(ConvictionScorer::candleQuality(down, Direction::Short), 1.0);
        QCOMPARE(ConvictionScorer::candleQuality(down, Direction::Long), 0.0);
        // A doji and a zero-range bar have no quality.
        QCOMPARE(ConvictionScorer::candleQuality(candle("10.00", "10.50", "9.50", "10.00"),
                                                 Direction::Long),
                 0.0);
        QCOMPARE(ConvictionScorer::candleQuality(candle("10.00", "10.00", "10.00", "10.00"),
                                                 Direction::Long),
                 0.0);
        // A bad bar whose body exceeds its range is capped at 1.
        QCOMPARE(ConvictionScorer::candleQuality(candle("10.00", "10.20", "10.10", "10.20"),
                                                 Direction::Long),
                 1.0);
    }

    void redistributionRaw70Gives82() {
        // 25 (4 clouds) + 25 (3/3) + 7.5 (0.75 / 1.5 x 15) + 2.5 (0.00025 / 0.001 x 10)
        // + 10 (full body) = 70 of 85; 70 x 100 / 85 = 82.35... -> 82.
        ConvictionInputs in = fullLong();
        in.volumeRatio = 0.75;
        in.thickness = 0.00025;
        const ConvictionBreakdown b = ConvictionScorer().score(in);
        QVERIFY(std::abs(b.rawSum - 70.0) < kEps);
        QVERIFY(std::abs(b.scale - 100.0 / 85.0) < kEps);
        QVERIFY(std::abs(b.scaled - 82.352941176) < 1e-6);
        QCOMPARE(b.total, 82);
    }

    void redistributionMixedExample() {
        // 25 + 25 x 2/3 (16.667) + 15 x 1.0/1.5 (10) + 10 x 0.5 (5) + 10 x 0.8 (8) = 64.667;
        // x 100/85 = 76.08 -> 76.
        ConvictionInputs in = fullLong();
        in.agreeingTimeframes = 2;
        in.volumeRatio = 1.0;
        in.thickness = 0.0005;
        in.candleQuality = 0.8;
        const ConvictionBreakdown b = ConvictionScorer().score(in);
        QVERIFY(std::abs(b.rawSum - 64.6666666667) < 1e-6);
        QCOMPARE(b.total, 76);
    }

    void thresholdsLandExactly() {
        // 18.75 (3 clouds) + 25 + 10 (ratio 1.0) + 5 + 5 = 63.75; x 100/85 = 75 exactly: the
        // high-conviction threshold must not become 74 through binary rounding.
        ConvictionInputs in = fullLong();
        in.clouds = clouds({1, 1, 1, -1, -1});
        in.volumeRatio = 1.0;
        in.thickness = 0.0005;
        in.candleQuality = 0.5;
        QCOMPARE(ConvictionScorer().score(in).total, 75);
        // 12.5 + 12.5 (1/2) + 7.5 + 5 + 5 = 42.5; x 100/85 = 50 exactly: min conviction.
        in.clouds = clouds({1, 1, -1, -1, -1});
        in.agreeingTimeframes = 1;
        in.scannedTimeframes = 2;
        in.volumeRatio = 0.75;
        QCOMPARE(ConvictionScorer().score(in).total, 50);
    }

    void roundingIsHalfUpAndClamped() {
        QCOMPARE(ConvictionScorer::roundTotal(82.35), 82);
        QCOMPARE(ConvictionScorer::roundTotal(82.49), 82);
        QCOMPARE(ConvictionScorer::roundTotal(82.5), 83);
        QCOMPARE(ConvictionScorer::roundTotal(0.49), 0);
        QCOMPARE(ConvictionScorer::roundTotal(99.5), 100);
        QCOMPARE(ConvictionScorer::roundTotal(100.4), 100);
        QCOMPARE(ConvictionScorer::roundTotal(150.0), 100);
        QCOMPARE(ConvictionScorer::roundTotal(-3.0), 0);
        QCOMPARE(ConvictionScorer::roundTotal(std::numeric_limits<double>::quiet_NaN()), 0);
    }

    void withAFactorScoreThePlainSumCounts() {
        // 70 of our own (as above) + 10 factor points = 80, no scaling.
        ConvictionInputs in = fullLong();
        in.volumeRatio = 0.75;
        in.thickness = 0.00025;
        in.factorPoints = 10.0;
        const ConvictionBreakdown b = ConvictionScorer().score(in);
        QVERIFY(b.factor.has_value());
        QVERIFY(!b.redistributed());
        QCOMPARE(*b.factor, 10.0);
        QCOMPARE(b.scale, 1.0);
        QVERIFY(std::abs(b.rawSum - 80.0) < kEps);
        QCOMPARE(b.total, 80);
        // All six at their maxima: 85 + 15 = 100; a factor beyond 15 counts as 15.
        in = fullLong();
        in.factorPoints = 40.0;
        QCOMPARE(*ConvictionScorer().score(in).factor, 15.0);
        QCOMPARE(ConvictionScorer().score(in).total, 100);
        // Factor 0 is a real (bad) score, not "no factor": 85 stays 85.
        in.factorPoints = 0.0;
        QCOMPARE(ConvictionScorer().score(in).total, 85);
    }

    void breakdownJson() {
        ConvictionInputs in = fullLong();
        in.volumeRatio = 0.75;
        in.thickness = 0.00025;
        const QJsonObject j = ConvictionScorer().score(in).toJson();
        QCOMPARE(j.value(u"cloud_alignment").toDouble(), 25.0);
        QCOMPARE(j.value(u"timeframe_confluence").toDouble(), 25.0);
        QCOMPARE(j.value(u"volume").toDouble(), 7.5);
        QCOMPARE(j.value(u"cloud_thickness").toDouble(), 2.5);
        QCOMPARE(j.value(u"candle_quality").toDouble(), 10.0);
        QVERIFY(j.value(u"factor_score").isNull());
        QCOMPARE(j.value(u"total").toInt(), 82);
        QCOMPARE(j.value(u"factor_redistributed").toBool(), true);
        in.factorPoints = 5.0;
        const QJsonObject f = ConvictionScorer().score(in).toJson();
        QCOMPARE(f.value(u"factor_score").toDouble(), 5.0);
        QCOMPARE(f.value(u"factor_redistributed").toBool(), false);
        QCOMPARE(f.value(u"total").toInt(), 75);
    }

    void pureSameInputsSameScore() {
        const ConvictionScorer scorer;
        ConvictionInputs in = fullLong();
        in.volumeRatio = 1.1;
        in.candleQuality = 0.37;
        const ConvictionBreakdown a = scorer.score(in);
        const ConvictionBreakdown b = scorer.score(in);
        QCOMPARE(a.total, b.total);
        QCOMPARE(a.toJson(), b.toJson());
    }
};

QTEST_GUILESS_MAIN(tst_ConvictionScorer)
#include "tst_ConvictionScorer.moc"
