#include "engine/journal/JournalSamples.h"
#include "format/DisplayFormat.h"
#include "journal/JournalQueries.h"
#include "models/DailySummaryModel.h"
#include "models/JournalTradeModel.h"
#include "support/TestValues.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace axion;
using namespace axion::test;

namespace {

using Col = JournalTradeModel::Column;

constexpr int kTrades = 10'000;

QModelIndex cell(const QAbstractItemModel& m, int row, Col c) {
    return m.index(row, static_cast<int>(c));
}

QString text(const QAbstractItemModel& m, int row, Col c) {
    return m.data(cell(m, row, c)).toString();
}

QList<qint64> loadedIds(const JournalTradeModel& m) {
    QList<qint64> ids;
    for (int r = 0; r < m.rowCount(); ++r)
        ids << m.data(cell(m, r, Col::Id), JournalTradeModel::TradeIdRole).toLongLong();
    return ids;
}

} // namespace

class tst_JournalTradeModel : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    QList<JournalSample> m_samples; // 10,000 closed trades, in entry order, with ids
    QList<JournalSample> m_newest;  // the same, newest first
    JournalQueries m_queries;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("journal.db"));
        m_samples = makeSamples(kTrades);
        QVERIFY(writeJournal(m_path, m_samples));
        m_newest = newestFirst(m_samples);
        QVERIFY2(m_queries.open(m_path), qPrintable(m_queries.errorString()));
    }

    void modelTesterOverEveryOperation() {
        JournalTradeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setQueries(&m_queries);
        QVERIFY(model.rowCount() > 0);
        model.fetchMore({});
        model.setFilter(JournalFilter{.ticker = QStringLiteral("MSFT")});
        model.fetchMore({});
        model.reload();
        model.setFilter(JournalFilter{.exitReason = QStringLiteral("kill_switch")});
        model.setFilter(JournalFilter{.ticker = QStringLiteral("NONE")});
        QCOMPARE(model.rowCount(), 0);
        model.setFilter(JournalFilter{});
        model.setQueries(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void firstPageIsOnePageNewestFirst() {
        JournalTradeModel model;
        model.setQueries(&m_queries);
        QCOMPARE(model.rowCount(), JournalTradeModel::kDefaultPageSize);
        QVERIFY(model.canFetchMore({}));
        QVERIFY(!model.atEnd());
        QCOMPARE(loadedIds(model), idsOf(m_newest.mid(0, JournalTradeModel::kDefaultPageSize)));
        QCOMPARE(text(model, 0, Col::Ticker), m_newest.constFirst().ticker);
        // Newest first: exit times never increase down the table.
        for (int r = 1; r < model.rowCount(); ++r)
            QVERIFY(model.data(cell(model, r, Col::Closed), JournalTradeModel::RawValueRole)
                        .toLongLong() <=
                    model.data(cell(model, r - 1, Col::Closed), JournalTradeModel::RawValueRole)
                        .toLongLong());
    }

    void fetchMoreGrowsToTheEnd() {
        JournalTradeModel model;
        model.setPageSize(500);
        model.setQueries(&m_queries);
        QCOMPARE(model.rowCount(), 500);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 1000);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.constFirst().at(1).toInt(), 500);
        QCOMPARE(inserted.constFirst().at(2).toInt(), 999);
        // The rows either side of the page boundary are the right trades.
        for (const int r : {0, 498, 499, 500, 501, 999}) {
            QCOMPARE(
                model.data(cell(model, r, Col::Id), JournalTradeModel::TradeIdRole).toLongLong(),
                m_newest.at(r).id);
            QCOMPARE(text(model, r, Col::Ticker), m_newest.at(r).ticker);
            QCOMPARE(
                model.data(cell(model, r, Col::Pnl), JournalTradeModel::RawValueRole).toLongLong(),
                m_newest.at(r).pnl().units());
        }
        int fetches = 0;
        while (model.canFetchMore({})) {
            model.fetchMore({});
            ++fetches;
        }
        QCOMPARE(fetches, kTrades / 500 - 2);
        QCOMPARE(model.rowCount(), kTrades);
        QVERIFY(model.atEnd());
        QCOMPARE(loadedIds(model), idsOf(m_newest));
        QCOMPARE(model.trade(kTrades - 1).id, m_newest.constLast().id);
        model.fetchMore({}); // at the end: nothing happens
        QCOMPARE(model.rowCount(), kTrades);
    }

    void showsAttributionAndResult() {
        JournalTradeModel model;
        model.setQueries(&m_queries);
        for (const int r : {0, 1, 2, 3, 57, 199}) {
            const JournalSample& s = m_newest.at(r);
            QCOMPARE(text(model, r, Col::Id), QString::number(s.id));
            QCOMPARE(text(model, r, Col::SignalId), s.signalId);
            QCOMPARE(text(model, r, Col::SignalType), s.signalType);
            QCOMPARE(text(model, r, Col::Timeframe), s.timeframe);
            QCOMPARE(text(model, r, Col::Conviction), QString::number(s.conviction));
            QCOMPARE(text(model, r, Col::Opened), display::nyDateTime(s.entryMs));
            QCOMPARE(text(model, r, Col::Closed), display::nyDateTime(s.exitMs));
            QCOMPARE(text(model, r, Col::EntryPrice), display::price(s.entry));
            QCOMPARE(text(model, r, Col::ExitPrice), display::price(s.exit));
            QCOMPARE(text(model, r, Col::Shares), display::shares(s.shares));
            QCOMPARE(text(model, r, Col::Side), s.direction == Direction::Long
                                                    ? QStringLiteral("Long")
                                                    : QStringLiteral("Short"));
            QCOMPARE(text(model, r, Col::Pnl), display::signedMoney(s.pnl()));
            QCOMPARE(text(model, r, Col::PnlPct), display::percent(s.pnlPct() / 100.0, 2, true));
            QCOMPARE(text(model, r, Col::ExitReason),
                     JournalTradeModel::exitReasonLabel(s.exitReason));
            QCOMPARE(text(model, r, Col::Held), display::duration(s.exitMs - s.entryMs));
            QCOMPARE(model.data(cell(model, r, Col::Pnl), Qt::ForegroundRole).value<QColor>(),
                     display::pnlColor(s.pnl()));
            QCOMPARE(model.data(cell(model, r, Col::ExitReason), JournalTradeModel::RawValueRole)
                         .toString(),
                     s.exitReason);
        }
        const auto alignment = [&](Col c) {
            return model.data(cell(model, 0, c), Qt::TextAlignmentRole).value<Qt::Alignment>() &
                   Qt::AlignHorizontal_Mask;
        };
        for (const Col c : {Col::Shares, Col::EntryPrice, Col::ExitPrice, Col::Pnl, Col::PnlPct})
            QCOMPARE(alignment(c), Qt::Alignment(Qt::AlignRight));
        for (const Col c : {Col::Ticker, Col::ExitReason, Col::SignalType})
            QCOMPARE(alignment(c), Qt::Alignment(Qt::AlignLeft));
        QCOMPARE(JournalTradeModel::exitReasonLabel(QStringLiteral("stop_loss")),
                 QStringLiteral("Stop loss"));
        QCOMPARE(JournalTradeModel::exitReasonLabel(QStringLiteral("something_new")),
                 QStringLiteral("something_new"));
    }

    void filtersNarrowAndRequery() {
        JournalTradeModel model;
        model.setQueries(&m_queries);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setFilter(JournalFilter{.ticker = QStringLiteral("NVDA"),
                                      .outcome = JournalFilter::Outcome::Win});
        QCOMPARE(reset.size(), 1);
        QList<JournalSample> want;
        for (const JournalSample& s : m_newest) {
            if (s.ticker == QStringLiteral("NVDA") && s.pnl().isPositive())
                want << s;
        }
        QVERIFY(want.size() > JournalTradeModel::kDefaultPageSize);
        QCOMPARE(model.rowCount(), JournalTradeModel::kDefaultPageSize);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(loadedIds(model), idsOf(want));

        model.setFilter(JournalFilter{.exitReason = QStringLiteral("kill_switch")});
        int kills = 0;
        for (const JournalSample& s : m_samples)
            kills += s.exitReason == QStringLiteral("kill_switch");
        QVERIFY(kills > 0 && kills < JournalTradeModel::kDefaultPageSize);
        QCOMPARE(model.rowCount(), kills); // all of them in the first page
        QVERIFY(model.atEnd());
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.filter().exitReason, QStringLiteral("kill_switch"));
    }

    void reloadSeesNewTradesAndKeepsDepth() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("live.db"));
        QList<JournalSample> samples = makeSamples(700);
        QVERIFY(writeJournal(path, samples));
        JournalQueries queries;
        QVERIFY(queries.open(path));
        JournalTradeModel model;
        model.setPageSize(100);
        model.setQueries(&queries);
        model.fetchMore({});
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 300);

        // The engine closes two more trades (on another connection, in WAL mode).
        SimClock clock(newestFirst(samples).constFirst().exitMs + 60'000); // after every exit
        TradeJournal writer(clock, &clock);
        QVERIFY(writer.open(path));
        QList<qint64> ids;
        for (int i = 0; i < 2; ++i) {
            TradeRecord t;
            t.signalId = QStringLiteral("late-%1").arg(i);
            t.ticker = QStringLiteral("IBM");
            t.entryPrice = px("150");
            t.shares = 10;
            t.entryTimeMs = clock.nowMs();
            ids << writer.recordEntry(t);
            clock.advanceMs(60'000);
            writer.recordExit(ids.constLast(), px("151"), clock.nowMs(), ExitReason::ProfitTarget,
                              usd("10"), 0.67);
        }
        QVERIFY(writer.close());

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.reload();
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 300); // as deep as before
        QCOMPARE(model.trade(0).id, ids.at(1));
        QCOMPARE(model.trade(1).id, ids.at(0));
        QCOMPARE(model.trade(2).id, newestFirst(samples).constFirst().id);
        QCOMPARE(model.rowOfTrade(ids.at(0)), 1);
        QCOMPARE(model.rowOfTrade(-5), -1);
    }

    void openAndCancelledTradesAreMuted() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mixed.db"));
        QList<JournalSample> samples = makeSamples(3);
        samples[1].fate = JournalSample::Fate::Open;
        samples[2].fate = JournalSample::Fate::Cancelled;
        samples[2].exitReason = QStringLiteral("entry_timeout");
        QVERIFY(writeJournal(path, samples));
        JournalQueries queries;
        QVERIFY(queries.open(path));
        JournalTradeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFilter(JournalFilter{.status = JournalFilter::Status::Any});
        model.setQueries(&queries);
        QCOMPARE(model.rowCount(), 3);
        const int open = model.rowOfTrade(samples.at(1).id);
        const int cancelled = model.rowOfTrade(samples.at(2).id);
        QCOMPARE(text(model, open, Col::ExitReason), QStringLiteral("Open"));
        QCOMPARE(text(model, open, Col::Pnl), QString());
        QCOMPARE(text(model, open, Col::Closed), QString());
        QVERIFY(text(model, cancelled, Col::ExitReason).startsWith(QStringLiteral("Cancelled")));
        QVERIFY(model.data(cell(model, open, Col::Ticker), Qt::ForegroundRole).isValid());
        const int closed = model.rowOfTrade(samples.at(0).id);
        QVERIFY(!model.data(cell(model, closed, Col::Ticker), Qt::ForegroundRole).isValid());
    }

    void dailySummaryModel() {
        DailySummaryModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<JournalDay> days = m_queries.dailySummary(JournalFilter{});
        QVERIFY(days.size() > 100);
        model.setDays(days);
        QCOMPARE(model.rowCount(), days.size());
        QCOMPARE(model.columnCount(), int(DailySummaryModel::Column::Count));
        using D = DailySummaryModel::Column;
        const auto at = [&](int row, D c, int role = Qt::DisplayRole) {
            return model.data(model.index(row, int(c)), role);
        };
        // Row 0 is the newest day; recount it from the samples.
        const QDate newest = nyDate(m_newest.constFirst().exitMs);
        int trades = 0;
        int wins = 0;
        int losses = 0;
        Money pnl;
        for (const JournalSample& s : m_samples) {
            if (nyDate(s.exitMs) != newest)
                continue;
            ++trades;
            wins += s.pnl().isPositive();
            losses += s.pnl().isNegative();
            pnl += s.pnl();
        }
        QCOMPARE(at(0, D::Date, DailySummaryModel::RawValueRole).toDate(), newest);
        QVERIFY(at(0, D::Date).toString().startsWith(newest.toString(Qt::ISODate)));
        QCOMPARE(at(0, D::Trades).toString(), display::shares(trades));
        QCOMPARE(at(0, D::Wins).toString(), display::shares(wins));
        QCOMPARE(at(0, D::Losses).toString(), display::shares(losses));
        QCOMPARE(at(0, D::WinRate).toString(), display::percent(double(wins) / trades, 1));
        QCOMPARE(at(0, D::RealizedPnl).toString(), display::signedMoney(pnl));
        QCOMPARE(at(0, D::RealizedPnl, Qt::ForegroundRole).value<QColor>(), display::pnlColor(pnl));
        QCOMPARE(at(0, D::EndingEquity).toString(), QString()); // no daily_pnl row
        QVERIFY(!at(0, D::Date, Qt::BackgroundRole).isValid());

        QList<JournalDay> flagged = days.mid(0, 2);
        flagged[1].endingEquity = usd("98765.4321");
        flagged[1].killSwitchTriggered = true;
        model.setDays(flagged);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(at(1, D::EndingEquity).toString(), display::money(usd("98765.4321")));
        QVERIFY(at(1, D::Date, Qt::BackgroundRole).isValid());
        model.setDays({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(tst_JournalTradeModel)
#include "tst_JournalTradeModel.moc"
