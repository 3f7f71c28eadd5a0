#include "charts/PnlCurveChart.h"
#include "format/DisplayFormat.h"
#include "support/TestValues.h"
#include "tabs/RiskDashboardTab.h"
#include "widgets/LimitBar.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <cmath>
#include <memory>
#include <numbers>
#include <vector>

using namespace axion;

namespace {

// 2026-11-24 (a Tuesday), New York (EST, UTC-5).
constexpr qint64 kOpen = 1795530600000;  // 09:30
constexpr qint64 kClose = 1795554000000; // 16:00
constexpr qint64 kMinute = 60'000;

qint64 at(int hour, int minute, int second = 0) {
    return kOpen + ((hour - 9) * 3600 + (minute - 30) * 60 + second) * 1000LL;
}

Money dollars(double value) {
    return Money::fromUnits(std::llround(value * 100.0) * 100); // whole cents
}

// A trading day that climbs to about +$2,600 by late morning, gives it back after lunch and
// slides into the daily loss limit by 14:29: smooth shape plus deterministic noise. Fewer points
// give the same day up to an earlier minute.
QList<PnlPoint> realisticCurve(int points, Money start, double finalPnl) {
    constexpr int kDay = 300;
    QList<PnlPoint> out;
    quint32 seed = 12345;
    const auto uniform = [&seed] {
        seed = seed * 1664525u + 1013904223u;
        return static_cast<double>(seed >> 8) / static_cast<double>(1u << 24) - 0.5;
    };
    double noise = 0.0;
    Money peak = start;
    for (int i = 0; i < points; ++i) {
        const double x = static_cast<double>(i) / (kDay - 1);
        double shape = 0.0;
        if (x < 0.37)
            shape = 2600.0 * std::sin(std::numbers::pi / 2.0 * x / 0.37);
        else if (x < 0.63)
            shape = 2600.0 - 5400.0 * (x - 0.37) / 0.26 + 600.0 * std::sin((x - 0.37) * 40.0);
        else
            shape = -2800.0 + (finalPnl + 2800.0) * std::pow((x - 0.63) / 0.37, 1.6);
        noise = 0.85 * noise + 260.0 * uniform();
        const double pnl = shape + noise * (1.0 - std::pow(x, 6.0));
        const Money dayPnl = i == kDay - 1 ? dollars(finalPnl) : dollars(pnl);
        const Money equity = start + dayPnl;
        peak = std::max(peak, equity);
        out << PnlPoint{kOpen + i * kMinute, equity, dayPnl, peak - equity};
    }
    return out;
}

ExposureView exposure(const char* name, double fraction, double limit, Money equity) {
    return {QString::fromLatin1(name), equity.scaled(fraction), fraction, limit};
}

QList<KillSwitchTriggerView> triggers(double dailyLoss, bool firing, Money equity) {
    return {
        {KillTrigger::DailyLoss, QStringLiteral("-%1 %").arg(dailyLoss * 100.0, 0, 'f', 2),
         QStringLiteral("-10.00 %"), dailyLoss / 0.10, firing},
        {KillTrigger::Manual, QStringLiteral("not pressed"), QStringLiteral("operator command"),
         0.0, false},
        {KillTrigger::BrokerUnreachable, QStringLiteral("reachable"),
         QStringLiteral("60 s unreachable"), 0.0, false},
        {KillTrigger::EquityBelowMinimum, display::money(equity), QStringLiteral("$25,000.00"),
         25'000.0 / equity.toDouble(), false},
        {KillTrigger::ConsecutiveLosses, QStringLiteral("1 of 3"),
         QStringLiteral("3 losses worse than -3 %"), 1.0 / 3.0, false},
    };
}

// The screenshot scenario: 5 tickers in 3 sectors (NVDA near its 15 %), 300 minutes of P&L with a
// drawdown, the kill switch tripped by the daily loss after a manual trip and reset.
EngineSnapshot realisticSnapshot(int curvePoints = 300) {
    EngineSnapshot s;
    s.sequence = 4200;
    s.nowMs = at(14, 30, 10);
    s.startOfDayEquity = Money::fromWhole(100'000);
    s.pnlCurve = realisticCurve(curvePoints, s.startOfDayEquity, -10'450.0);
    s.dayPnl = s.pnlCurve.last().dayPnl;
    s.equity = s.startOfDayEquity + s.dayPnl;
    s.dailyLossFraction = -s.dayPnl.toDouble() / s.startOfDayEquity.toDouble();
    s.dailyLossLimit = 0.10;
    s.openPositions = 5;
    s.maxOpenPositions = 10;
    s.tickerExposure = {
        exposure("NVDA", 0.1320, 0.15, s.equity), exposure("AAPL", 0.0810, 0.15, s.equity),
        exposure("JPM", 0.0640, 0.15, s.equity), exposure("XOM", 0.0520, 0.15, s.equity),
        exposure("MSFT", 0.0400, 0.15, s.equity)};
    s.sectorExposure = {exposure("Technology", 0.2530, 0.30, s.equity),
                        exposure("Financials", 0.0640, 0.30, s.equity),
                        exposure("Energy", 0.0520, 0.30, s.equity)};
    s.killSwitchTriggers = triggers(s.dailyLossFraction, true, s.equity);
    s.killSwitchTripped = true;
    s.activeTrip = KillSwitchTrip{
        KillTrigger::DailyLoss,
        QStringLiteral("Day P&L -$10,450.00 is -10.45 % of start of day equity $100,000.00 "
                       "(limit -10.00 %)"),
        at(14, 29)};
    s.killSwitchHistory = {
        {KillSwitchEvent::Kind::Tripped, KillTrigger::Manual,
         QStringLiteral("Operator: pause entries ahead of the FOMC minutes"), at(10, 12, 40)},
        {KillSwitchEvent::Kind::Reset, KillTrigger::Manual,
         QStringLiteral("Reviewed open risk, resuming"), at(10, 21, 15)},
        {KillSwitchEvent::Kind::Tripped, KillTrigger::DailyLoss, s.activeTrip->detail, at(14, 29)},
    };
    s.session = {true, false, true, kOpen, kClose, kClose - s.nowMs};
    return s;
}

// The same morning before anything went wrong.
EngineSnapshot armedSnapshot(int curvePoints) {
    EngineSnapshot s = realisticSnapshot(curvePoints);
    s.nowMs = kOpen + curvePoints * kMinute;
    s.dayPnl = s.pnlCurve.last().dayPnl;
    s.equity = s.startOfDayEquity + s.dayPnl;
    s.dailyLossFraction = std::max(0.0, -s.dayPnl.toDouble() / s.startOfDayEquity.toDouble());
    s.killSwitchTripped = false;
    s.activeTrip.reset();
    s.killSwitchTriggers = triggers(s.dailyLossFraction, false, s.equity);
    s.killSwitchHistory.clear();
    s.openPositions = 3;
    s.tickerExposure = s.tickerExposure.mid(0, 3);
    s.sectorExposure = {exposure("Technology", 0.2130, 0.30, s.equity),
                        exposure("Financials", 0.0640, 0.30, s.equity)};
    return s;
}

QString labelText(const RiskDashboardTab& tab, const char* name) {
    const auto* label = tab.findChild<QLabel*>(QString::fromLatin1(name));
    return label ? label->text() : QStringLiteral("<no %1>").arg(QString::fromLatin1(name));
}

} // namespace

class tst_RiskDashboardTab : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void showsArmedThenTrippedWithTheReason() {
        RiskDashboardTab tab;
        tab.setSnapshot(armedSnapshot(60));
        QCOMPARE(labelText(tab, "killSwitchState"), QStringLiteral("ARMED"));
        QVERIFY(labelText(tab, "killSwitchReason").startsWith(u"Trading allowed"));

        tab.setSnapshot(realisticSnapshot());
        QCOMPARE(labelText(tab, "killSwitchState"), QStringLiteral("TRIPPED"));
        QCOMPARE(labelText(tab, "killSwitchReason"), QStringLiteral("Daily loss limit"));
        const QString time = labelText(tab, "killSwitchTime");
        QVERIFY2(time.contains(u"14:29:00"), qPrintable(time));
        const QString detail = labelText(tab, "killSwitchDetail");
        QVERIFY2(detail.contains(u"-10.45 %"), qPrintable(detail));

        // The state label is painted red while tripped, green while armed.
        tab.resize(1280, 720);
        auto* state = tab.findChild<QLabel*>(QStringLiteral("killSwitchState"));
        const QImage tripped = state->grab().toImage();
        QCOMPARE(QColor(tripped.pixel(4, tripped.height() / 2)), QColor(0xc6, 0x28, 0x28));
        tab.setSnapshot(armedSnapshot(61));
        QCOMPARE(labelText(tab, "killSwitchState"), QStringLiteral("ARMED"));
        const QImage armed = state->grab().toImage();
        QCOMPARE(QColor(armed.pixel(4, armed.height() / 2)), QColor(0x2e, 0x7d, 0x32));
    }

    void cardsShowTheLimits() {
        RiskDashboardTab tab;
        tab.setSnapshot(realisticSnapshot());
        QCOMPARE(labelText(tab, "openPositions"), QStringLiteral("5 / 10"));
        QCOMPARE(labelText(tab, "dailyLoss"), QStringLiteral("10.45 %"));
        QCOMPARE(labelText(tab, "dayPnl"), QStringLiteral("-$10,450.00"));
        auto* loss = tab.findChild<LimitBar*>(QStringLiteral("dailyLossBar"));
        QVERIFY(loss);
        QCOMPARE(loss->level(), LimitBar::Level::Breach);
        auto* positions = tab.findChild<LimitBar*>(QStringLiteral("openPositionsBar"));
        QVERIFY(positions);
        QCOMPARE(positions->level(), LimitBar::Level::Normal);

        EngineSnapshot s = realisticSnapshot();
        s.openPositions = 9;
        s.dailyLossFraction = 0.085;
        tab.setSnapshot(s);
        QCOMPARE(positions->level(), LimitBar::Level::Warning);
        QCOMPARE(loss->level(), LimitBar::Level::Warning);
        s.openPositions = 10;
        tab.setSnapshot(s);
        QCOMPARE(positions->level(), LimitBar::Level::Breach);
        QCOMPARE(labelText(tab, "openPositions"), QStringLiteral("10 / 10"));
    }

    void modelsAndChartFollowSnapshotsWithoutResets() {
        RiskDashboardTab tab;
        std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
        std::vector<std::unique_ptr<QSignalSpy>> resets;
        QMap<QString, QAbstractItemModel*> models;
        for (const char* name : {"tickerExposureTable", "sectorExposureTable",
                                 "killSwitchTriggerTable", "killSwitchHistoryTable"}) {
            auto* view = tab.findChild<QTableView*>(QString::fromLatin1(name));
            QVERIFY2(view, name);
            models.insert(QString::fromLatin1(name), view->model());
            testers.push_back(std::make_unique<QAbstractItemModelTester>(
                view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest));
            resets.push_back(
                std::make_unique<QSignalSpy>(view->model(), &QAbstractItemModel::modelReset));
        }
        auto* chart = tab.findChild<PnlCurveChart*>();
        QVERIFY(chart);

        for (int minutes : {30, 31, 90, 150}) {
            tab.setSnapshot(armedSnapshot(minutes));
            QCOMPARE(chart->pnlPointCount(), minutes);
        }
        QCOMPARE(models.value(QStringLiteral("tickerExposureTable"))->rowCount(), 3);
        QCOMPARE(models.value(QStringLiteral("sectorExposureTable"))->rowCount(), 2);
        QCOMPARE(models.value(QStringLiteral("killSwitchTriggerTable"))->rowCount(), 5);
        QCOMPARE(models.value(QStringLiteral("killSwitchHistoryTable"))->rowCount(), 0);

        EngineSnapshot tripped = realisticSnapshot();
        tripped.killSwitchHistory = tripped.killSwitchHistory.mid(0, 2);
        tab.setSnapshot(tripped);
        tab.setSnapshot(realisticSnapshot());
        QCOMPARE(chart->pnlPointCount(), 300);
        QCOMPARE(chart->rebuildCount(), 1);
        QCOMPARE(models.value(QStringLiteral("tickerExposureTable"))->rowCount(), 5);
        QCOMPARE(models.value(QStringLiteral("sectorExposureTable"))->rowCount(), 3);
        QCOMPARE(models.value(QStringLiteral("killSwitchHistoryTable"))->rowCount(), 3);
        for (const auto& spy : resets)
            QCOMPARE(spy->count(), 0);

        // The near-limit ticker is amber in the tab's own model.
        QAbstractItemModel* tickers = models.value(QStringLiteral("tickerExposureTable"));
        QCOMPARE(tickers->index(0, 0).data().toString(), QStringLiteral("NVDA"));
        QCOMPARE(tickers->index(0, 0).data(Qt::BackgroundRole).value<QColor>(),
                 LimitBar::levelTint(LimitBar::Level::Warning));
        QVERIFY(!tickers->index(1, 0).data(Qt::BackgroundRole).isValid());

        // Next day: the curve starts over.
        EngineSnapshot nextDay = armedSnapshot(5);
        for (PnlPoint& p : nextDay.pnlCurve)
            p.timeMs += 24 * 3600 * 1000;
        tab.setSnapshot(nextDay);
        QCOMPARE(chart->pnlPointCount(), 5);
        QCOMPARE(chart->rebuildCount(), 2);
    }

    void rendersAtWorkstationSize() {
        // The Risk Dashboard inside a 1280x800 main window (toolbar, tab bar, status bar).
        // AXION_RISK_SCREENSHOT=/path/name.png saves the tripped and the armed dashboard.
        const QString path = qEnvironmentVariable("AXION_RISK_SCREENSHOT");
        RiskDashboardTab tab;
        tab.resize(1264, 680);
        tab.setSnapshot(realisticSnapshot());
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        QVERIFY(tab.minimumSizeHint().width() <= 1264);
        QVERIFY(tab.minimumSizeHint().height() <= 680);
        const auto shoot = [&](const QString& file) {
            QCoreApplication::processEvents(); // the chart replots on the event loop
            const QPixmap shot = tab.grab();
            QCOMPARE(shot.size(), tab.size() * shot.devicePixelRatio());
            if (!path.isEmpty())
                QVERIFY(shot.save(file));
        };
        shoot(path);
        tab.setSnapshot(armedSnapshot(150));
        shoot(QString(path).replace(QStringLiteral(".png"), QStringLiteral("-armed.png")));
    }
};

QTEST_MAIN(tst_RiskDashboardTab)
#include "tst_RiskDashboardTab.moc"
