#include "charts/PositionChart.h"
#include "charts/QCustomPlotInclude.h"
#include "dialogs/MoveStopDialog.h"
#include "models/PositionsModel.h"
#include "tabs/ActivePositionsTab.h"
#include "ui/PositionSamples.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <functional>

using namespace axion;
using namespace axion::test;

namespace {

const qint64 kNow = nyTimeMs(11, 0);

Position sample(const QString& ticker, const char* last, Direction direction = Direction::Long) {
    const bool isLong = direction == Direction::Long;
    return position({.ticker = ticker,
                     .direction = direction,
                     .shares = 100,
                     .entry = "100.00",
                     .last = last,
                     .stop = isLong ? "98.00" : "102.00",
                     .target = isLong ? "104.00" : "96.00",
                     .entryTimeMs = kNow - 20 * 60'000,
                     .type = TradeType::Day,
                     .broker = QStringLiteral("paper"),
                     .signalId = {}});
}

EngineSnapshot snapshot(const QList<Position>& positions, qint64 now = kNow) {
    return snapshotOf(positions, now);
}

// Runs `handle` on the next modal dialog as soon as the event loop shows it.
void onNextModal(std::function<void(QWidget*)> handle) {
    QTimer::singleShot(0, qApp, [handle] {
        QWidget* modal = QApplication::activeModalWidget();
        QVERIFY(modal);
        handle(modal);
    });
}

struct Testers {
    explicit Testers(ActivePositionsTab& tab)
        : source(tab.model(), QAbstractItemModelTester::FailureReportingMode::QtTest)
        , proxy(tab.table()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest) {}
    QAbstractItemModelTester source;
    QAbstractItemModelTester proxy;
};

} // namespace

class tst_ActivePositionsTab : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void selectsTheFirstPositionAndAsksForItsChart() {
        ActivePositionsTab tab;
        Testers testers(tab);
        QSignalSpy charts(&tab, &ActivePositionsTab::chartRequested);
        QVERIFY(tab.selectedTicker().isEmpty());
        QVERIFY(!tab.closeAction()->isEnabled());

        tab.setSnapshot(snapshot(
            {sample(QStringLiteral("TSLA"), "101.00"), sample(QStringLiteral("AAPL"), "99.00")}));
        // Sorted by ticker: AAPL first.
        QCOMPARE(tab.selectedTicker(), QStringLiteral("AAPL"));
        QCOMPARE(charts.count(), 1);
        QCOMPARE(charts.at(0).at(0).toString(), QStringLiteral("AAPL"));
        QVERIFY(tab.closeAction()->isEnabled());
        QVERIFY(tab.moveStopAction()->isEnabled());

        // The engine answers; an answer for another ticker is stale and ignored.
        ChartSnapshot other = syntheticChart(QStringLiteral("TSLA"), 100.0, 1, {{100, 0.0}}, 30);
        tab.setChart(other);
        QVERIFY(!tab.chart()->hasChart());
        ChartSnapshot chart = syntheticChart(QStringLiteral("AAPL"), 100.0, 1, {{100, 0.0}}, 30);
        tab.setChart(chart);
        QVERIFY(tab.chart()->hasChart());
        QCOMPARE(tab.chart()->ticker(), QStringLiteral("AAPL"));
        QCOMPARE(tab.chart()->candles()->data()->size(), 30);
        // The lines follow the position (entry 100, stop 98, target 104).
        QCOMPARE(tab.chart()->levelLine(PositionChart::Level::Stop)->point1->coords().y(), 98.0);
    }

    void keepsTheSelectionAcrossSnapshots() {
        ActivePositionsTab tab;
        Testers testers(tab);
        tab.setSnapshot(snapshot({sample(QStringLiteral("AAPL"), "100.00"),
                                  sample(QStringLiteral("MSFT"), "100.00"),
                                  sample(QStringLiteral("NVDA"), "100.00")}));
        QVERIFY(tab.selectTicker(QStringLiteral("MSFT")));
        QCOMPARE(tab.selectedTicker(), QStringLiteral("MSFT"));
        tab.setChart(syntheticChart(QStringLiteral("MSFT"), 100.0, 2, {{100, 0.0}}, 20));
        QSignalSpy charts(&tab, &ActivePositionsTab::chartRequested);
        QSignalSpy resets(tab.table()->model(), &QAbstractItemModel::modelReset);

        // Sorting by P&L puts MSFT's row elsewhere as prices move; the selection follows the
        // position, not the row number.
        tab.table()->sortByColumn(PositionsModel::PnlColumn, Qt::DescendingOrder);
        for (int i = 0; i < 60; ++i) {
            const QString msft = QString::number(95 + (i % 11), 'f', 2);
            const QString other = QString::number(100 + (i % 7) - 3, 'f', 2);
            QList<Position> positions = {
                sample(QStringLiteral("NVDA"), other.toLatin1().constData()),
                sample(QStringLiteral("MSFT"), msft.toLatin1().constData()),
                sample(QStringLiteral("AAPL"), "100.00")};
            if (i % 3 == 0) // the engine's order changes
                std::swap(positions[0], positions[2]);
            if (i >= 30) // a new position appears
                positions.append(sample(QStringLiteral("AMD"), "101.00"));
            tab.setSnapshot(snapshot(positions, kNow + i * 33));
            QCOMPARE(tab.selectedTicker(), QStringLiteral("MSFT"));
        }
        QCOMPARE(charts.count(), 0);
        QCOMPARE(resets.count(), 0);
        QVERIFY(tab.chart()->hasChart()); // never cleared by an update
        QCOMPARE(tab.model()->rowCount(), 4);
    }

    void selectsTheNextPositionWhenTheSelectedOneCloses() {
        ActivePositionsTab tab;
        Testers testers(tab);
        const auto a = sample(QStringLiteral("AAPL"), "100.00");
        const auto m = sample(QStringLiteral("MSFT"), "100.00");
        const auto n = sample(QStringLiteral("NVDA"), "100.00");
        tab.setSnapshot(snapshot({a, m, n}));
        tab.selectTicker(QStringLiteral("MSFT"));
        tab.setChart(syntheticChart(QStringLiteral("MSFT"), 100.0, 2, {{100, 0.0}}, 20));
        QSignalSpy charts(&tab, &ActivePositionsTab::chartRequested);

        tab.setSnapshot(snapshot({a, n}));
        // NVDA took MSFT's place in the table.
        QCOMPARE(tab.selectedTicker(), QStringLiteral("NVDA"));
        QCOMPARE(charts.count(), 1);
        QCOMPARE(charts.at(0).at(0).toString(), QStringLiteral("NVDA"));
        QVERIFY(!tab.chart()->hasChart()); // MSFT's candles are gone until NVDA's arrive

        // The last row closes: the one above it is next.
        tab.setSnapshot(snapshot({a}));
        QCOMPARE(tab.selectedTicker(), QStringLiteral("AAPL"));
        QCOMPARE(charts.count(), 2);

        // Nothing left: no selection, no chart, no actions.
        tab.setSnapshot(snapshot({}));
        QVERIFY(tab.selectedTicker().isEmpty());
        QVERIFY(!tab.chart()->hasChart());
        QVERIFY(!tab.chart()->placeholderText().isEmpty());
        QVERIFY(!tab.closeAction()->isEnabled());
        QCOMPARE(charts.count(), 2);
    }

    void userSelectionRequestsTheChart() {
        ActivePositionsTab tab;
        Testers testers(tab);
        tab.setSnapshot(snapshot(
            {sample(QStringLiteral("AAPL"), "100.00"), sample(QStringLiteral("MSFT"), "100.00")}));
        QSignalSpy charts(&tab, &ActivePositionsTab::chartRequested);
        tab.resize(1000, 600);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        QTableView* table = tab.table();
        const QRect second = table->visualRect(table->model()->index(1, 0));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, second.center());
        QCOMPARE(tab.selectedTicker(), QStringLiteral("MSFT"));
        QCOMPARE(charts.count(), 1);
        QCOMPARE(charts.at(0).at(0).toString(), QStringLiteral("MSFT"));
    }

    void closeAsksFirstThenEmits() {
        ActivePositionsTab tab;
        Testers testers(tab);
        Position p = sample(QStringLiteral("AAPL"), "101.00");
        p.shares = 250;
        tab.setSnapshot(snapshot({p}));
        QSignalSpy closes(&tab, &ActivePositionsTab::closePositionRequested);

        // Cancelled: nothing is sent.
        QString question;
        onNextModal([&](QWidget* modal) {
            auto* box = qobject_cast<QMessageBox*>(modal);
            QVERIFY(box);
            question = box->text();
            // Enter alone must not close a position.
            QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
            box->button(QMessageBox::Cancel)->click();
        });
        tab.closeAction()->trigger();
        QVERIFY(question.contains(QStringLiteral("AAPL")));
        QVERIFY(question.contains(QStringLiteral("250")));
        QCOMPARE(closes.count(), 0);

        // Confirmed.
        onNextModal([](QWidget* modal) {
            qobject_cast<QMessageBox*>(modal)->button(QMessageBox::Yes)->click();
        });
        tab.closeAction()->trigger();
        QCOMPARE(closes.count(), 1);
        QCOMPARE(closes.at(0).at(0).toString(), QStringLiteral("AAPL"));
    }

    void closeFromKeyboardAndContextActions() {
        ActivePositionsTab tab;
        Testers testers(tab);
        tab.setConfirmationsEnabled(false);
        tab.setSnapshot(snapshot(
            {sample(QStringLiteral("AAPL"), "100.00"), sample(QStringLiteral("MSFT"), "100.00")}));
        tab.selectTicker(QStringLiteral("MSFT"));
        QSignalSpy closes(&tab, &ActivePositionsTab::closePositionRequested);
        tab.show();
        QApplication::setActiveWindow(&tab);
        QVERIFY(QTest::qWaitForWindowActive(&tab));
        tab.table()->setFocus();
        QTest::keyClick(tab.table(), Qt::Key_Delete);
        QCOMPARE(closes.count(), 1);
        QCOMPARE(closes.at(0).at(0).toString(), QStringLiteral("MSFT"));
        // The buttons above the table carry the same actions.
        auto* button = tab.findChild<QToolButton*>(QStringLiteral("closePositionButton"));
        QVERIFY(button);
        QCOMPARE(button->defaultAction(), tab.closeAction());
        QCOMPARE(tab.moveStopAction()->shortcut(), QKeySequence(Qt::Key_F2));
    }

    void moveStopEmitsAValidatedStop() {
        ActivePositionsTab tab;
        Testers testers(tab);
        // Long at 100, now 103, stop 98.
        tab.setSnapshot(snapshot({sample(QStringLiteral("AAPL"), "103.00")}));
        QSignalSpy moves(&tab, &ActivePositionsTab::moveStopRequested);

        bool refusedWrongSide = false;
        onNextModal([&](QWidget* modal) {
            auto* dialog = qobject_cast<MoveStopDialog*>(modal);
            QVERIFY(dialog);
            auto* spin = dialog->findChild<QDoubleSpinBox*>(QStringLiteral("stopSpinBox"));
            QCOMPARE(spin->value(), 98.0); // starts at the current stop
            auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
            // Above the price: the broker would fill it at once.
            spin->setValue(103.50);
            QVERIFY(!dialog->isStopValid());
            QVERIFY(!ok->isEnabled());
            dialog->accept();
            refusedWrongSide = dialog->isVisible() && dialog->result() != QDialog::Accepted;
            // Break-even plus a little: fine.
            spin->setValue(100.25);
            QVERIFY(dialog->isStopValid());
            QVERIFY(ok->isEnabled());
            ok->click();
        });
        tab.moveStopAction()->trigger();
        QVERIFY(refusedWrongSide);
        QCOMPARE(moves.count(), 1);
        QCOMPARE(moves.at(0).at(0).toString(), QStringLiteral("AAPL"));
        QCOMPARE(moves.at(0).at(1).value<Price>(), px("100.25"));

        // Cancel sends nothing.
        onNextModal([](QWidget* modal) { qobject_cast<QDialog*>(modal)->reject(); });
        tab.moveStopAction()->trigger();
        QCOMPARE(moves.count(), 1);
    }

    void moveStopJudgesAgainstTheNewestPrice() {
        ActivePositionsTab tab;
        Testers testers(tab);
        tab.setSnapshot(snapshot({sample(QStringLiteral("AAPL"), "103.00")}));
        QSignalSpy moves(&tab, &ActivePositionsTab::moveStopRequested);
        onNextModal([&](QWidget* modal) {
            auto* dialog = qobject_cast<MoveStopDialog*>(modal);
            dialog->setStop(px("102.00"));
            QVERIFY(dialog->isStopValid());
            // The market drops through the new stop while the dialog is open.
            tab.setSnapshot(snapshot({sample(QStringLiteral("AAPL"), "101.50")}));
            QCOMPARE(dialog->currentPrice(), px("101.50"));
            QVERIFY(!dialog->isStopValid());
            dialog->accept(); // refused
            QVERIFY(dialog->isVisible());
            dialog->reject();
        });
        tab.moveStopAction()->trigger();
        QCOMPARE(moves.count(), 0);
    }

    void moveStopValidationPerSide() {
        const Price current = px("50.00");
        QVERIFY(MoveStopDialog::validationError(Direction::Long, current, px("49.99")).isEmpty());
        QVERIFY(!MoveStopDialog::validationError(Direction::Long, current, px("50.00")).isEmpty());
        QVERIFY(!MoveStopDialog::validationError(Direction::Long, current, px("51.00")).isEmpty());
        QVERIFY(MoveStopDialog::validationError(Direction::Short, current, px("50.01")).isEmpty());
        QVERIFY(!MoveStopDialog::validationError(Direction::Short, current, px("50.00")).isEmpty());
        QVERIFY(!MoveStopDialog::validationError(Direction::Short, current, px("49.00")).isEmpty());
        QVERIFY(!MoveStopDialog::validationError(Direction::Long, current, Price()).isEmpty());

        // The dialog of a short refuses a stop under the price and shows why.
        MoveStopDialog dialog(sample(QStringLiteral("TSLA"), "97.00", Direction::Short));
        QCOMPARE(dialog.stop(), px("102.00"));
        QVERIFY(dialog.isStopValid());
        dialog.setStop(px("96.50"));
        QVERIFY(!dialog.isStopValid());
        auto* error = dialog.findChild<QLabel*>(QStringLiteral("errorLabel"));
        QVERIFY(!error->text().isEmpty());
        QVERIFY(!error->isHidden());
        dialog.setStop(px("99.00")); // locks in a gain on the short
        QVERIFY(dialog.isStopValid());
        QVERIFY(error->isHidden());
        // Stopped at 99 the short keeps (100 - 99) x 100 = +$100.
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("riskLabel"))
                    ->text()
                    .startsWith(QStringLiteral("+$100.00")));
    }

    void screenshotOfThreePositions() {
        // A realistic session: three positions with the chart of the selected one.
        ChartSnapshot aaplChart = syntheticChart(QStringLiteral("AAPL"), 189.0, 9,
                                                 {{95, -0.0006}, {25, 0.0}, {90, 0.0004}});
        ChartSnapshot nvdaChart = syntheticChart(QStringLiteral("NVDA"), 492.0, 32,
                                                 {{100, 0.0004}, {110, -0.0007}}, 150, 0.0026);
        ChartSnapshot amdChart = syntheticChart(QStringLiteral("AMD"), 142.0, 9,
                                                {{130, 0.0003}, {80, -0.0002}}, 150, 0.0022);
        const Position aapl = positionOnChart(aaplChart, Direction::Long, 118, 1.6, 450.0,
                                              TradeType::Day, QStringLiteral("alpaca"));
        const Position nvda = positionOnChart(nvdaChart, Direction::Short, 122, 1.5, 500.0,
                                              TradeType::Day, QStringLiteral("ibkr"));
        const Position amd = positionOnChart(amdChart, Direction::Long, 60, 2.0, 400.0,
                                             TradeType::Swing, QStringLiteral("alpaca"));
        const qint64 now = aaplChart.candles.back().timeMs + 3 * 60'000 + 12'000;
        // A realistic picture: no position is past its stop or its target yet.
        for (const auto& [p, chart] :
             {std::pair{aapl, aaplChart}, std::pair{nvda, nvdaChart}, std::pair{amd, amdChart}}) {
            const int s = sign(p.direction);
            for (const ChartCandle& c : chart.candles) {
                if (c.timeMs < p.entryTimeMs)
                    continue;
                const double best = p.direction == Direction::Long ? c.high : c.low;
                const double worst = p.direction == Direction::Long ? c.low : c.high;
                QVERIFY2(s * (p.target->toDouble() - best) > 0, qPrintable(p.ticker));
                QVERIFY2(s * (worst - p.stopLoss.toDouble()) > 0, qPrintable(p.ticker));
            }
        }

        ActivePositionsTab tab;
        Testers testers(tab);
        tab.resize(1280, 760);
        tab.setSnapshot(snapshot({aapl, amd, nvda}, now));
        QCOMPARE(tab.selectedTicker(), QStringLiteral("AAPL"));
        tab.setChart(aaplChart);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        QCOMPARE(tab.chart()->candles()->data()->size(), 150);
        QVERIFY(tab.chart()->levelLine(PositionChart::Level::Target)->visible());

        const QPixmap shot = tab.grab();
        QCOMPARE(shot.size(), QSize(1280, 760));
        const QByteArray dir = qgetenv("AXION_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(shot.save(QString::fromLocal8Bit(dir) + QStringLiteral("/positions-tab.png")));
    }
};

QTEST_MAIN(tst_ActivePositionsTab)
#include "tst_ActivePositionsTab.moc"
