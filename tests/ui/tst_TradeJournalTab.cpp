#include "charts/EquityCurveChart.h"
#include "engine/journal/JournalSamples.h"
#include "format/DisplayFormat.h"
#include "journal/CsvExport.h"
#include "models/DailySummaryModel.h"
#include "models/JournalTradeModel.h"
#include "support/TestValues.h"
#include "tabs/TradeJournalTab.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <memory>

using namespace axion;
using namespace axion::test;

namespace {

using Col = JournalTradeModel::Column;

constexpr int kTrades = 3000; // more closed trades than the per-trade equity curve shows

QList<JournalSample> where(const QList<JournalSample>& samples,
                           const std::function<bool(const JournalSample&)>& keep) {
    QList<JournalSample> out;
    for (const JournalSample& s : samples) {
        if (keep(s))
            out << s;
    }
    return out;
}

QSet<QDate> daysOf(const QList<JournalSample>& samples) {
    QSet<QDate> days;
    for (const JournalSample& s : samples)
        days.insert(nyDate(s.exitMs));
    return days;
}

Money totalPnl(const QList<JournalSample>& samples) {
    Money sum;
    for (const JournalSample& s : samples)
        sum += s.pnl();
    return sum;
}

// The tab on screen (offscreen platform) at the workstation's minimum size, its models checked by
// QAbstractItemModelTester for as long as it lives.
struct ShownTab {
    TradeJournalTab tab;
    std::unique_ptr<QAbstractItemModelTester> tradeTester;
    std::unique_ptr<QAbstractItemModelTester> summaryTester;

    ShownTab() {
        tradeTester = std::make_unique<QAbstractItemModelTester>(
            tab.tradeModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        summaryTester = std::make_unique<QAbstractItemModelTester>(
            tab.summaryModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        tab.resize(1280, 800);
        tab.show();
    }
    bool waitForAnalytics() {
        QSignalSpy spy(&tab, &TradeJournalTab::analyticsUpdated);
        return !tab.analyticsPending() || spy.wait(20'000);
    }
};

} // namespace

class tst_TradeJournalTab : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    QList<JournalSample> m_samples;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("journal.db"));
        m_samples = makeSamples(kTrades);
        QVERIFY(writeJournal(m_path, m_samples));
    }

    void opensAJournalAndShowsRows() {
        ShownTab shown;
        TradeJournalTab& tab = shown.tab;
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        QString error;
        QVERIFY2(tab.openJournal(m_path, &error), qPrintable(error));
        QCOMPARE(tab.journalPath(), m_path);
        QVERIFY(shown.waitForAnalytics());

        // Rows: the newest trades first, a page (or two: the model tester fetches) loaded.
        const JournalTradeModel* model = tab.tradeModel();
        QVERIFY(model->rowCount() >= JournalTradeModel::kDefaultPageSize);
        QVERIFY(model->rowCount() < kTrades);
        const QList<JournalSample> newest = newestFirst(m_samples);
        for (int r = 0; r < model->rowCount(); r += 37)
            QCOMPARE(model->trade(r).id, newest.at(r).id);
        // ... and they are on screen.
        QTableView* view = tab.tradeView();
        QCOMPARE(view->model(), model);
        const QRect first = view->visualRect(model->index(0, int(Col::Ticker)));
        QVERIFY(view->viewport()->rect().contains(first.center()));
        QVERIFY(view->columnWidth(int(Col::Pnl)) >=
                view->fontMetrics().horizontalAdvance(QStringLiteral("+$12,345.67")));

        // Summary: one row per trading day; the equity curve per day (too many trades) ending at
        // the total P&L; the statistics line counts every trade.
        QCOMPARE(tab.summaryModel()->rowCount(), daysOf(m_samples).size());
        const EquityCurveChart* chart = tab.equityChart();
        QCOMPARE(chart->granularity(), EquityCurveChart::Granularity::PerDay);
        QCOMPARE(chart->pointCount(), daysOf(m_samples).size());
        QCOMPARE(chart->lastValue(), totalPnl(m_samples));
        const QString stats = tab.statsText();
        QVERIFY2(stats.contains(QStringLiteral("of %1 trades").arg(display::shares(kTrades))),
                 qPrintable(stats));
        QVERIFY2(stats.contains(display::signedMoney(totalPnl(m_samples))), qPrintable(stats));
    }

    void refusesWhatIsNotAJournal() {
        ShownTab shown;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(2048, 'n'));
        }
        QString error;
        QVERIFY(!shown.tab.openJournal(path, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(shown.tab.tradeModel()->rowCount(), 0);
        QVERIFY(!shown.tab.exportCsv(dir.filePath(QStringLiteral("x.csv")), &error));
        // A good journal afterwards opens normally.
        QVERIFY(shown.tab.openJournal(m_path, &error));
        QVERIFY(shown.tab.tradeModel()->rowCount() > 0);
        QVERIFY(shown.waitForAnalytics());
    }

    void filterBarDrivesTheQueries() {
        ShownTab shown;
        TradeJournalTab& tab = shown.tab;
        QVERIFY(tab.openJournal(m_path));
        QVERIFY(shown.waitForAnalytics());

        // Typing a ticker (any case) narrows the table, the summary and the curve.
        auto* ticker = tab.findChild<QComboBox*>(QStringLiteral("journalTicker"));
        QVERIFY(ticker);
        QTest::keyClicks(ticker->lineEdit(), QStringLiteral("amd"));
        QTRY_COMPARE(tab.filter().ticker, QStringLiteral("AMD"));
        QVERIFY(shown.waitForAnalytics());
        const QList<JournalSample> amd = where(
            m_samples, [](const JournalSample& s) { return s.ticker == QStringLiteral("AMD"); });
        const JournalTradeModel* model = tab.tradeModel();
        QVERIFY(model->rowCount() > 0);
        for (int r = 0; r < model->rowCount(); ++r)
            QCOMPARE(model->trade(r).ticker, QStringLiteral("AMD"));
        QCOMPARE(tab.equityChart()->granularity(), EquityCurveChart::Granularity::PerTrade);
        QCOMPARE(tab.equityChart()->pointCount(), amd.size());
        QCOMPARE(tab.equityChart()->lastValue(), totalPnl(amd));
        QCOMPARE(tab.summaryModel()->rowCount(), daysOf(amd).size());

        // Losers only, from the result box.
        auto* outcome = tab.findChild<QComboBox*>(QStringLiteral("journalOutcome"));
        QVERIFY(outcome);
        outcome->setCurrentIndex(outcome->findData(int(JournalFilter::Outcome::Loss)));
        QCOMPARE(tab.filter().outcome, JournalFilter::Outcome::Loss);
        QVERIFY(shown.waitForAnalytics());
        const QList<JournalSample> amdLosers =
            where(amd, [](const JournalSample& s) { return s.pnl().isNegative(); });
        for (int r = 0; r < model->rowCount(); ++r)
            QVERIFY(model->trade(r).pnl->isNegative());
        QCOMPARE(tab.equityChart()->lastValue(), totalPnl(amdLosers));
        QVERIFY(tab.statsText().contains(QStringLiteral("%1 trades").arg(amdLosers.size())));

        // An exit reason from the list the journal offers.
        auto* reason = tab.findChild<QComboBox*>(QStringLiteral("journalExitReason"));
        QVERIFY(reason);
        const int stops = reason->findData(QStringLiteral("stop_loss"));
        QVERIFY(stops > 0);
        reason->setCurrentIndex(stops);
        QCOMPARE(tab.filter().exitReason, QStringLiteral("stop_loss"));
        for (int r = 0; r < model->rowCount(); ++r)
            QCOMPARE(model->trade(r).exitReason, QStringLiteral("stop_loss"));

        // Dates: the bar shows what setFilter() set, and the rows follow.
        JournalFilter week;
        week.from = QDate(2026, 3, 9);
        week.to = QDate(2026, 3, 13);
        tab.setFilter(week);
        auto* from = tab.findChild<QDateEdit*>(QStringLiteral("journalFrom"));
        auto* to = tab.findChild<QDateEdit*>(QStringLiteral("journalTo"));
        QVERIFY(from && to);
        QCOMPARE(from->date(), week.from);
        QCOMPARE(to->date(), week.to);
        QCOMPARE(ticker->currentText(), QString());
        QVERIFY(shown.waitForAnalytics());
        const QList<JournalSample> inWeek = where(m_samples, [](const JournalSample& s) {
            const QDate d = nyDate(s.exitMs);
            return d >= QDate(2026, 3, 9) && d <= QDate(2026, 3, 13);
        });
        QCOMPARE(tab.summaryModel()->rowCount(), 5);
        QCOMPARE(tab.equityChart()->lastValue(), totalPnl(inWeek));
        for (int r = 0; r < model->rowCount(); ++r) {
            const QDate d = nyDate(*model->trade(r).exitTimeMs);
            QVERIFY(d >= week.from && d <= week.to);
        }

        // Clear filters: back to every closed trade.
        auto* reset = tab.findChild<QToolButton*>(QStringLiteral("journalReset"));
        QVERIFY(reset);
        reset->click();
        QCOMPARE(tab.filter(), JournalFilter{});
        QCOMPARE(from->date(), from->minimumDate()); // "Any"
        QVERIFY(shown.waitForAnalytics());
        QCOMPARE(tab.equityChart()->lastValue(), totalPnl(m_samples));
    }

    void exportsTheFilteredTrades() {
        ShownTab shown;
        TradeJournalTab& tab = shown.tab;
        QVERIFY(tab.openJournal(m_path));
        tab.setFilter(JournalFilter{.ticker = QStringLiteral("TSLA"),
                                    .outcome = JournalFilter::Outcome::Win});
        const QList<JournalSample> want = newestFirst(where(m_samples, [](const JournalSample& s) {
            return s.ticker == QStringLiteral("TSLA") && s.pnl().isPositive();
        }));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tsla-winners.csv"));
        QString error;
        qint64 rows = 0;
        QVERIFY2(tab.exportCsv(path, &error, &rows), qPrintable(error));
        QCOMPARE(rows, qint64(want.size()));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList lines =
            QString::fromUtf8(f.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), want.size() + 1);
        QCOMPARE(lines.constFirst(), CsvExport::header());
        for (qsizetype i = 0; i < want.size(); ++i) {
            const QStringList fields = lines.at(i + 1).split(QLatin1Char(','));
            QCOMPARE(fields.at(0).toLongLong(), want.at(i).id);
            QCOMPARE(fields.at(2), QStringLiteral("TSLA"));
            QCOMPARE(fields.at(13), want.at(i).pnl().toString());
        }
        QVERIFY(shown.waitForAnalytics());
    }

    void refreshKeepsFiltersAndScroll() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("live.db"));
        QList<JournalSample> samples = makeSamples(1000);
        QVERIFY(writeJournal(path, samples));
        ShownTab shown;
        TradeJournalTab& tab = shown.tab;
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        QVERIFY(tab.openJournal(path));
        tab.setFilter(JournalFilter{.status = JournalFilter::Status::Any});
        QVERIFY(shown.waitForAnalytics());
        QTableView* view = tab.tradeView();
        const JournalTradeModel* model = tab.tradeModel();

        // Scrolled down to the 120th trade, with one selected.
        view->scrollTo(model->index(120, 0), QAbstractItemView::PositionAtTop);
        const QModelIndex top = view->indexAt(QPoint(1, 1));
        QVERIFY(top.isValid());
        const qint64 topId = model->trade(top.row()).id;
        view->selectRow(top.row() + 2);
        const qint64 selectedId = model->trade(top.row() + 2).id;

        // The engine closes a trade.
        SimClock clock(newestFirst(samples).constFirst().exitMs + 60'000); // after every exit
        {
            TradeJournal writer(clock, &clock);
            QVERIFY(writer.open(path));
            TradeRecord t;
            t.signalId = QStringLiteral("fresh");
            t.ticker = QStringLiteral("IBM");
            t.entryPrice = px("150");
            t.shares = 10;
            t.entryTimeMs = clock.nowMs();
            const qint64 id = writer.recordEntry(t);
            clock.advanceMs(120'000);
            writer.recordExit(id, px("149"), clock.nowMs(), ExitReason::StopLoss, usd("-10"),
                              -0.67);
            QVERIFY(writer.close());
        }
        tab.refresh();
        QCOMPARE(tab.filter().status, JournalFilter::Status::Any); // filters kept
        QCOMPARE(model->trade(0).ticker, QStringLiteral("IBM"));   // the new trade is there
        const QModelIndex topAfter = view->indexAt(QPoint(1, 1));
        QVERIFY(topAfter.isValid());
        QCOMPARE(model->trade(topAfter.row()).id, topId); // the same trade at the top of the view
        const QModelIndexList selected = view->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(model->trade(selected.constFirst().row()).id, selectedId);
        QVERIFY(shown.waitForAnalytics());
        QVERIFY(tab.statsText().contains(display::shares(1001)));

        // At the top, the next new trade shows up at the top.
        view->scrollToTop();
        {
            TradeJournal writer(clock, &clock);
            QVERIFY(writer.open(path));
            TradeRecord t;
            t.signalId = QStringLiteral("fresher");
            t.ticker = QStringLiteral("ORCL");
            t.entryPrice = px("120");
            t.shares = 5;
            clock.advanceMs(60'000);
            t.entryTimeMs = clock.nowMs();
            const qint64 id = writer.recordEntry(t);
            QVERIFY(writer.close());
            Q_UNUSED(id);
        }
        tab.refresh();
        QCOMPARE(view->verticalScrollBar()->value(), view->verticalScrollBar()->minimum());
        QCOMPARE(model->trade(0).ticker, QStringLiteral("ORCL")); // open trades: status Any
        QVERIFY(shown.waitForAnalytics());
    }
};

QTEST_MAIN(tst_TradeJournalTab)
#include "tst_TradeJournalTab.moc"
