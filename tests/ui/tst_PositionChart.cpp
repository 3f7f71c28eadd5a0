#include "charts/CandleTimeTicker.h"
#include "charts/PositionChart.h"
#include "charts/QCustomPlotInclude.h"
#include "ui/PositionSamples.h"

#include <QTest>
#include <cmath>

using namespace axion;
using namespace axion::test;

namespace {

using Cloud = PositionChart::Cloud;
using Level = PositionChart::Level;

std::pair<double, double> emas(const ChartCandle& c, Cloud cloud) {
    switch (cloud) {
    case Cloud::Fast:
        return {c.fast5, c.fast12};
    case Cloud::Pullback:
        return {c.pullback8, c.pullback9};
    case Cloud::Trend:
        return {c.trend34, c.trend50};
    }
    return {};
}

// Values of a graph at whole-candle keys (the crossing points between candles are left out).
QMap<int, double> atCandles(QCPGraph* graph) {
    QMap<int, double> out;
    for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it) {
        if (it->key == std::floor(it->key))
            out.insert(int(it->key), it->value);
    }
    return out;
}

ChartSnapshot sampleChart() {
    ChartSnapshot chart = syntheticChart(QStringLiteral("AAPL"), 186.0, 7,
                                         {{70, -0.0004}, {50, 0.0002}, {90, 0.0007}});
    chart.entry = 187.42;
    chart.stop = 185.10;
    chart.target = 192.06;
    return chart;
}

} // namespace

class tst_PositionChart : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void startsEmptyWithAMessage() {
        PositionChart chart;
        QVERIFY(!chart.hasChart());
        QVERIFY(!chart.placeholderText().isEmpty());
        QCOMPARE(chart.candles()->data()->size(), 0);
        QVERIFY(!chart.levelLine(Level::Entry)->visible());
    }

    void plotsEveryCandleAndItsVolume() {
        PositionChart chart;
        const ChartSnapshot data = sampleChart();
        chart.setChart(data);
        QVERIFY(chart.hasChart());
        QCOMPARE(chart.ticker(), QStringLiteral("AAPL"));
        QCOMPARE(chart.candles()->data()->size(), int(data.candles.size()));
        QCOMPARE(data.candles.size(), std::size_t(150));
        // Candle i sits at key i with the snapshot's prices.
        for (int i : {0, 75, 149}) {
            const auto it = chart.candles()->data()->findBegin(i, false);
            QCOMPARE(it->key, double(i));
            QCOMPARE(it->open, data.candles[std::size_t(i)].open);
            QCOMPARE(it->high, data.candles[std::size_t(i)].high);
            QCOMPARE(it->low, data.candles[std::size_t(i)].low);
            QCOMPARE(it->close, data.candles[std::size_t(i)].close);
        }
        // Up and down volume bars together cover every candle once.
        QCustomPlot* plot = chart.plot();
        int bars = 0;
        for (int i = 0; i < plot->plottableCount(); ++i) {
            if (auto* b = qobject_cast<QCPBars*>(plot->plottable(i)))
                bars += b->data()->size();
        }
        QCOMPARE(bars, 150);
    }

    void shadesThreeCloudsByDirection() {
        PositionChart chart;
        const ChartSnapshot data = sampleChart();
        chart.setChart(data);
        for (Cloud cloud : {Cloud::Fast, Cloud::Pullback, Cloud::Trend}) {
            QCPGraph* bull = chart.cloudFill(cloud, true);
            QCPGraph* bear = chart.cloudFill(cloud, false);
            QVERIFY(bull && bear);
            QVERIFY(bull->channelFillGraph() != nullptr);
            QVERIFY(bear->channelFillGraph() != nullptr);
            QVERIFY(bull->brush().style() != Qt::NoBrush);
            QVERIFY(bear->brush().style() != Qt::NoBrush);
            // Green-ish above, red-ish below.
            QVERIFY(bull->brush().color().green() > bull->brush().color().red());
            QVERIFY(bear->brush().color().red() > bear->brush().color().green());

            // Each candle is shaded by exactly one of the two fills, the one its EMAs call for.
            const QMap<int, double> bullUpper = atCandles(bull);
            const QMap<int, double> bullLower = atCandles(bull->channelFillGraph());
            const QMap<int, double> bearUpper = atCandles(bear);
            int bullish = 0;
            for (int i = 0; i < 150; ++i) {
                const auto [s, l] = emas(data.candles[std::size_t(i)], cloud);
                const bool up = s >= l;
                bullish += up ? 1 : 0;
                QCOMPARE(std::isnan(bullUpper.value(i)), !up);
                QCOMPARE(std::isnan(bearUpper.value(i)), up);
                if (up) {
                    QCOMPARE(bullUpper.value(i), s);
                    QCOMPARE(bullLower.value(i), l);
                }
            }
            // The sample market trends both ways, so every cloud shows both colours.
            QVERIFY2(bullish > 0 && bullish < 150, qPrintable(QString::number(bullish)));
            // The EMA lines themselves are drawn whole.
            QCOMPARE(chart.cloudLine(cloud, true)->data()->size(), 150);
            QCOMPARE(chart.cloudLine(cloud, false)->data()->size(), 150);
        }
        // The three clouds are told apart by their colours.
        QVERIFY(chart.cloudFill(Cloud::Fast, true)->brush().color() !=
                chart.cloudFill(Cloud::Pullback, true)->brush().color());
        QVERIFY(chart.cloudFill(Cloud::Pullback, true)->brush().color() !=
                chart.cloudFill(Cloud::Trend, true)->brush().color());
    }

    void cloudChangesColourWhereTheEmasCross() {
        ChartSnapshot data;
        data.ticker = QStringLiteral("X");
        for (int i = 0; i < 2; ++i) {
            ChartCandle c;
            c.timeMs = nyTimeMs(10, 5 * i);
            c.open = c.high = c.low = c.close = 11.0;
            c.pullback8 = c.pullback9 = c.trend34 = c.trend50 = 11.0;
            c.fast5 = i == 0 ? 10.0 : 12.0; // below the 12 EMA, then above it
            c.fast12 = 11.0;
            data.candles.push_back(c);
        }
        PositionChart chart;
        chart.setChart(data);
        for (bool bullish : {true, false}) {
            QCPGraph* fill = chart.cloudFill(Cloud::Fast, bullish);
            const auto it = fill->data()->findBegin(0.5, false);
            QVERIFY(it != fill->data()->constEnd());
            QCOMPARE(it->key, 0.5);
            QCOMPARE(it->value, 11.0);
        }
    }

    void drawsLabelledLevels() {
        PositionChart chart;
        const ChartSnapshot data = sampleChart();
        chart.setChart(data);
        const struct {
            Level level;
            double value;
            QString name;
        } levels[] = {{Level::Entry, 187.42, QStringLiteral("Entry")},
                      {Level::Stop, 185.10, QStringLiteral("Stop")},
                      {Level::Target, 192.06, QStringLiteral("Target")}};
        for (const auto& l : levels) {
            QCPItemStraightLine* line = chart.levelLine(l.level);
            QVERIFY(line->visible());
            QCOMPARE(line->point1->coords().y(), l.value);
            QCOMPARE(line->point2->coords().y(), l.value); // horizontal
            QVERIFY(line->point1->coords().x() != line->point2->coords().x());
            QCOMPARE(chart.levelLabel(l.level)->text(),
                     l.name + QLatin1Char(' ') + QString::number(l.value, 'f', 2));
            // Every level stays in view even when the candles never reached it.
            QVERIFY(chart.candles()->valueAxis()->range().contains(l.value));
        }
        const QColor entry = chart.levelLine(Level::Entry)->pen().color();
        const QColor stop = chart.levelLine(Level::Stop)->pen().color();
        const QColor target = chart.levelLine(Level::Target)->pen().color();
        QVERIFY(entry.blue() > entry.red() && entry.blue() > entry.green());
        QVERIFY(stop.red() > stop.green() && stop.red() > stop.blue());
        QVERIFY(target.green() > target.red() && target.green() > target.blue());
    }

    void levelsFollowThePositionAndCanBeAbsent() {
        PositionChart chart;
        ChartSnapshot data = sampleChart();
        data.target.reset();
        chart.setChart(data);
        QVERIFY(!chart.levelLine(Level::Target)->visible());
        QVERIFY(chart.levelLine(Level::Stop)->visible());

        chart.setLevels(187.42, 186.50, 192.06); // the stop trailed up, a target appeared
        QCOMPARE(chart.levelLine(Level::Stop)->point1->coords().y(), 186.50);
        QVERIFY(chart.levelLine(Level::Target)->visible());
        QCOMPARE(chart.levelLine(Level::Target)->point1->coords().y(), 192.06);
    }

    void marksTheEntryCandle() {
        PositionChart chart;
        const ChartSnapshot data = sampleChart();
        chart.setChart(data);
        QCOMPARE(chart.entryMarker()->data()->size(), 0);
        // Two minutes into candle 40.
        chart.setEntryMarker(data.candles[40].timeMs + 2 * 60'000, Direction::Short);
        QCOMPARE(chart.entryMarker()->data()->size(), 1);
        QCOMPARE(chart.entryMarker()->data()->constBegin()->key, 40.0);
        QCOMPARE(chart.entryMarker()->data()->constBegin()->value, 187.42);
        QCOMPARE(chart.entryMarker()->scatterStyle().shape(), QCPScatterStyle::ssTriangleInverted);
        // Entered before the first candle on screen: no marker.
        chart.setEntryMarker(data.candles[0].timeMs - 60'000, Direction::Long);
        QCOMPARE(chart.entryMarker()->data()->size(), 0);
    }

    void rescalesToTheCandles() {
        PositionChart chart;
        ChartSnapshot data = sampleChart();
        data.entry.reset();
        data.stop.reset();
        data.target.reset();
        chart.setChart(data);
        const QCPRange keys = chart.candles()->keyAxis()->range();
        QVERIFY(keys.lower < 0.0 && keys.lower > -2.0);
        QVERIFY(keys.upper > 149.0 && keys.upper < 149.0 + 15.0);
        double lo = 1e9, hi = 0.0;
        for (const ChartCandle& c : data.candles) {
            lo = std::min(lo, c.low);
            hi = std::max(hi, c.high);
        }
        const QCPRange values = chart.candles()->valueAxis()->range();
        QVERIFY(values.lower < lo && values.upper > hi);
        // Tight: the candles fill most of the height.
        QVERIFY((hi - lo) / values.size() > 0.8);

        // Another ticker brings its own range.
        ChartSnapshot other = syntheticChart(QStringLiteral("TSLA"), 240.0, 3, {{200, 0.0}}, 40);
        chart.setChart(other);
        QCOMPARE(chart.candles()->data()->size(), 40);
        QVERIFY(chart.candles()->keyAxis()->range().upper < 60.0);
        QVERIFY(chart.candles()->valueAxis()->range().contains(other.candles.back().close));
    }

    void labelsTheTimeAxisInNewYorkTime() {
        PositionChart chart;
        chart.setChart(sampleChart());
        CandleTimeTicker* ticker = chart.timeTicker();
        QCOMPARE(ticker->times().size(), 150);
        // The last candle opens at 15:25 New York time (20:25 UTC in November).
        QCOMPARE(ticker->labelFor(149), QStringLiteral("15:25"));
        // The first candle of a session shows the date instead of 09:30.
        const int sessionStart = 149 - 71;
        QCOMPARE(ticker->labelFor(sessionStart), QStringLiteral("Nov 24"));
        QCOMPARE(ticker->labelFor(sessionStart + 1), QStringLiteral("09:35"));
        QCOMPARE(ticker->labelFor(sessionStart - 1), QStringLiteral("15:55"));

        // Summer time: 13:30 UTC is 09:30 EDT.
        CandleTimeTicker summer;
        const qint64 open =
            QDateTime(QDate(2026, 7, 1), QTime(13, 30), QTimeZone::utc()).toMSecsSinceEpoch();
        summer.setTimes({open, open + 5 * 60'000});
        QCOMPARE(summer.labelFor(0), QStringLiteral("Jul 1"));
        QCOMPARE(summer.labelFor(1), QStringLiteral("09:35"));
    }

    void axisTicksLandOnRoundTimes() {
        PositionChart chart;
        chart.resize(1000, 500);
        chart.setChart(sampleChart());
        chart.plot()->replot();
        QCPAxis* axis = chart.volume()->keyAxis();
        const QVector<double> ticks = axis->tickVector();
        const QVector<QString> labels = axis->tickVectorLabels();
        QVERIFY(ticks.size() >= 3);
        QCOMPARE(labels.size(), ticks.size());
        for (const QString& label : labels) {
            if (label.contains(QLatin1Char(':')))
                QVERIFY2(label.endsWith(QLatin1String("0")) || label.endsWith(QLatin1String("5")),
                         qPrintable(label));
        }
        QVERIFY(labels.contains(QStringLiteral("Nov 24")));
    }

    void clearHidesEverything() {
        PositionChart chart;
        chart.setChart(sampleChart());
        chart.clear(QStringLiteral("Loading"));
        QVERIFY(!chart.hasChart());
        QCOMPARE(chart.placeholderText(), QStringLiteral("Loading"));
        QCOMPARE(chart.candles()->data()->size(), 0);
        QVERIFY(!chart.levelLine(Level::Stop)->visible());
        QCOMPARE(chart.cloudFill(Cloud::Trend, true)->data()->size(), 0);
    }

    void rendersOffscreen() {
        PositionChart chart;
        chart.resize(1200, 520);
        chart.setChart(sampleChart());
        const QPixmap pixmap = chart.grab();
        QVERIFY(!pixmap.isNull());
        const QByteArray dir = qgetenv("AXION_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(
                pixmap.save(QString::fromLocal8Bit(dir) + QStringLiteral("/position-chart.png")));
    }
};

QTEST_MAIN(tst_PositionChart)
#include "tst_PositionChart.moc"
