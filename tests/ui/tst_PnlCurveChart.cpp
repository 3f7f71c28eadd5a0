#include "charts/PnlCurveChart.h"
#include "charts/QCustomPlotInclude.h"
#include "support/TestValues.h"

#include <QTest>

using namespace axion;

namespace {

// 2026-11-24 09:30 America/New_York = 14:30 UTC.
constexpr qint64 kOpen = 1795530600000;
constexpr qint64 kMinute = 60'000;

QList<PnlPoint> curve(int points, qint64 start = kOpen, qint64 pnlStep = 25) {
    QList<PnlPoint> out;
    const Money startEquity = Money::fromWhole(100'000);
    Money peak = startEquity;
    for (int i = 0; i < points; ++i) {
        // Up for a while, then down: a drawdown appears.
        const qint64 dollars = i < points / 2 ? i * pnlStep : (points - i) * pnlStep - 400;
        const Money equity = startEquity + Money::fromWhole(dollars);
        peak = std::max(peak, equity);
        out << PnlPoint{start + i * kMinute, equity, equity - startEquity, peak - equity};
    }
    return out;
}

QCPGraph* graphNamed(const PnlCurveChart& chart, const QString& name) {
    for (int i = 0; i < chart.plot()->graphCount(); ++i) {
        if (chart.plot()->graph(i)->name() == name)
            return chart.plot()->graph(i);
    }
    return nullptr;
}

double lastValue(QCPGraph* graph) {
    auto it = graph->data()->constEnd();
    --it;
    return it->value;
}

} // namespace

class tst_PnlCurveChart : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void appendsWhileTheCurveGrows() {
        PnlCurveChart chart;
        QCOMPARE(chart.pnlPointCount(), 0);
        QCOMPARE(chart.rebuildCount(), 0);
        chart.setCurve({}); // empty stays empty, nothing to rebuild
        QCOMPARE(chart.rebuildCount(), 0);

        const QList<PnlPoint> day = curve(300);
        chart.setCurve(day.mid(0, 10));
        QCOMPARE(chart.pnlPointCount(), 10);
        QCOMPARE(chart.drawdownPointCount(), 10);
        QCOMPARE(chart.rebuildCount(), 1);

        for (int n : {11, 11, 50, 51, 300}) {
            chart.setCurve(day.mid(0, n));
            QCOMPARE(chart.pnlPointCount(), n);
            QCOMPARE(chart.drawdownPointCount(), n);
        }
        QCOMPARE(chart.rebuildCount(), 1); // only the first one built from scratch

        QCPGraph* pnl = graphNamed(chart, QStringLiteral("Day P&L"));
        QCPGraph* drawdown = graphNamed(chart, QStringLiteral("Drawdown"));
        QVERIFY(pnl);
        QVERIFY(drawdown);
        QCOMPARE(lastValue(pnl), day.last().dayPnl.toDouble());
        QCOMPARE(lastValue(drawdown), -day.last().drawdown.toDouble());
        QCOMPARE(pnl->data()->constBegin()->key, kOpen / 1000.0);
    }

    void refreshesTheMinuteBeingBuilt() {
        PnlCurveChart chart;
        QList<PnlPoint> day = curve(20);
        chart.setCurve(day);
        day.last().dayPnl += Money::fromWhole(123);
        day.last().equity += Money::fromWhole(123);
        chart.setCurve(day);
        QCOMPARE(chart.pnlPointCount(), 20);
        QCOMPARE(chart.rebuildCount(), 1);
        QCOMPARE(lastValue(graphNamed(chart, QStringLiteral("Day P&L"))),
                 day.last().dayPnl.toDouble());
    }

    void rebuildsOnANewDay() {
        PnlCurveChart chart;
        chart.setCurve(curve(200));
        QCOMPARE(chart.rebuildCount(), 1);

        // Next morning: the curve shrank.
        const qint64 nextOpen = kOpen + 24 * 3600 * 1000;
        chart.setCurve(curve(3, nextOpen));
        QCOMPARE(chart.rebuildCount(), 2);
        QCOMPARE(chart.pnlPointCount(), 3);
        QCOMPARE(graphNamed(chart, QStringLiteral("Day P&L"))->data()->constBegin()->key,
                 nextOpen / 1000.0);

        // Same length, another first point: also a new curve.
        chart.setCurve(curve(3, nextOpen + kMinute));
        QCOMPARE(chart.rebuildCount(), 3);
        QCOMPARE(chart.pnlPointCount(), 3);

        // A curve that does not continue the shown one (same start, other history).
        QList<PnlPoint> other = curve(3, nextOpen + kMinute);
        other[2].timeMs += 30'000;
        other << curve(4, nextOpen + kMinute).last();
        chart.setCurve(other);
        QCOMPARE(chart.rebuildCount(), 4);
        QCOMPARE(chart.pnlPointCount(), 4);

        chart.setCurve({});
        QCOMPARE(chart.pnlPointCount(), 0);
        QCOMPARE(chart.drawdownPointCount(), 0);
    }

    void showsTheLossLimitOnceItMatters() {
        PnlCurveChart chart;
        chart.resize(600, 300);
        chart.setLossLimit(Money::fromWhole(-10'000));
        chart.setCurve(curve(100, kOpen, 10)); // +/- a few hundred dollars
        QCPAxis* y = chart.plot()->axisRect(0)->axis(QCPAxis::atLeft);
        QVERIFY(y->range().lower > -10'000.0);

        QList<PnlPoint> falling;
        for (int i = 0; i < 100; ++i) { // falls to -$7,920, past half the limit
            const Money pnl = Money::fromWhole(-80 * i);
            falling << PnlPoint{kOpen + i * kMinute, Money::fromWhole(100'000) + pnl, pnl, -pnl};
        }
        chart.setCurve(falling);
        QVERIFY(y->range().lower < -10'000.0);
        QVERIFY(y->range().upper > 0.0);
    }
};

QTEST_MAIN(tst_PnlCurveChart)
#include "tst_PnlCurveChart.moc"
