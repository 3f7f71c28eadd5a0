#include "engine/journal/JournalSamples.h"
#include "journal/CsvExport.h"
#include "journal/Database.h"
#include "journal/JournalQueries.h"
#include "support/TestValues.h"

#include <QFile>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <functional>

using namespace axion;
using namespace axion::test;

using Predicate = std::function<bool(const JournalSample&)>;
Q_DECLARE_METATYPE(axion::JournalFilter)
Q_DECLARE_METATYPE(Predicate)

namespace {

QList<JournalSample> select(const QList<JournalSample>& samples, const Predicate& keep) {
    QList<JournalSample> out;
    for (const JournalSample& s : samples) {
        if (keep(s))
            out << s;
    }
    return newestFirst(out);
}

QList<qint64> idsOf(const QList<TradeRecord>& trades) {
    QList<qint64> ids;
    for (const TradeRecord& t : trades)
        ids << t.id;
    return ids;
}

QList<TradeRecord> fetchAll(JournalQueries& q, const JournalFilter& f, int pageSize) {
    QList<TradeRecord> all;
    std::optional<JournalCursor> cursor;
    for (;;) {
        const QList<TradeRecord> page = q.fetchPage(f, pageSize, cursor);
        all += page;
        if (page.size() < pageSize)
            return all;
        cursor = JournalQueries::cursorOf(page.constLast());
    }
}

QStringList csvLines(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(f.readAll());
    if (text.endsWith(QStringLiteral("\r\n")))
        text.chop(2);
    return text.split(QStringLiteral("\r\n"));
}

// A few trades placed on the edges the daily summary and the date filters must get right.
QList<JournalSample> edgeSamples() {
    QList<JournalSample> s = makeSamples(6, QDate(2026, 3, 6), 6);
    // Friday 2026-03-06 late exit, 23:59:59.999 New York: still Friday.
    s[0].exitMs = nyMs(QDate(2026, 3, 6), QTime(23, 59, 59, 999));
    // Monday 2026-03-09, the first day of daylight saving time (New York moved to UTC-4 on
    // Sunday 2026-03-08): one trade exits at New York midnight, which is 04:00 UTC, not 05:00.
    s[1].entryMs = nyMs(QDate(2026, 3, 6), QTime(15, 0));
    s[1].exitMs = nyMs(QDate(2026, 3, 9), QTime(0, 0));
    // Two trades with the same exit instant: the id breaks the tie.
    s[2].entryMs = nyMs(QDate(2026, 3, 9), QTime(9, 40));
    s[2].exitMs = nyMs(QDate(2026, 3, 9), QTime(10, 0));
    s[3].entryMs = nyMs(QDate(2026, 3, 9), QTime(9, 41));
    s[3].exitMs = s[2].exitMs;
    // Still open, and one entry that never filled.
    s[4].entryMs = nyMs(QDate(2026, 3, 9), QTime(11, 0));
    s[4].fate = JournalSample::Fate::Open;
    s[5].entryMs = nyMs(QDate(2026, 3, 9), QTime(11, 5));
    s[5].exitMs = nyMs(QDate(2026, 3, 9), QTime(11, 20));
    s[5].fate = JournalSample::Fate::Cancelled;
    s[5].exitReason = QStringLiteral("entry_timeout");
    std::stable_sort(s.begin(), s.end(), [](const JournalSample& a, const JournalSample& b) {
        return a.entryMs < b.entryMs;
    });
    return s;
}

} // namespace

class tst_JournalQueries : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;                 // 1,000 regular trades plus the edge trades
    QList<JournalSample> m_samples; // what was written, with ids

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("journal.db"));
        m_samples = edgeSamples() + makeSamples(1000, QDate(2026, 3, 10), 40);
        QList<DailyPnlRecord> days;
        DailyPnlRecord d;
        d.date = QDate(2026, 3, 10);
        d.startingEquity = usd("100000");
        d.endingEquity = usd("100250.5");
        days << d;
        d.date = QDate(2026, 3, 11);
        d.startingEquity = usd("100250.5");
        d.endingEquity = usd("99000");
        d.killSwitchTriggered = true;
        days << d;
        QVERIFY(writeJournal(m_path, m_samples, days));
        QCOMPARE(m_samples.constLast().id, qint64(m_samples.size()));
    }

    void opensReadOnly() {
        JournalQueries q;
        QVERIFY2(q.open(m_path), qPrintable(q.errorString()));
        QCOMPARE(q.schemaVersion(), Database::latestVersion());
        JournalQueries second;
        QVERIFY(second.open(m_path));
        QVERIFY(!q.connectionName().isEmpty());
        QVERIFY(q.connectionName() != second.connectionName());
        QSqlQuery write(q.connection());
        QVERIFY(!write.exec(QStringLiteral("DELETE FROM trade_executions")));
        QVERIFY2(write.lastError().databaseText().contains(QStringLiteral("readonly")),
                 qPrintable(write.lastError().databaseText()));
        QCOMPARE(q.countTrades(JournalFilter{.status = JournalFilter::Status::Any}),
                 qint64(m_samples.size()));
    }

    void refusesAJournalOlderThanTheMsColumns() {
        // Schema 4 has INTEGER entry_time/exit_time and no _ms columns: this read-only side
        // cannot migrate it and says so, instead of failing on every query.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v4.db"));
        {
            Database old;
            QVERIFY2(old.open(path, 4), qPrintable(old.errorString()));
        }
        JournalQueries q;
        QVERIFY(!q.open(path));
        QVERIFY(!q.isOpen());
        QVERIFY2(q.errorString().contains(QStringLiteral("older schema version 4")),
                 qPrintable(q.errorString()));
        QVERIFY2(q.errorString().contains(path), qPrintable(q.errorString()));
        {
            Database upgraded; // the engine opens it: migrated
            QVERIFY(upgraded.open(path));
        }
        QVERIFY2(q.open(path), qPrintable(q.errorString()));
        QCOMPARE(q.countTrades(JournalFilter{.status = JournalFilter::Status::Any}), qint64(0));
    }

    void refusesWhatIsNotAJournal() {
        QTemporaryDir dir;
        JournalQueries q;
        QVERIFY(!q.open(dir.filePath(QStringLiteral("missing.db"))));
        QVERIFY2(q.errorString().contains(QStringLiteral("does not exist")),
                 qPrintable(q.errorString()));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("missing.db")))); // not created

        const QString text = dir.filePath(QStringLiteral("notes.db"));
        {
            QFile f(text);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(4096, 'x'));
        }
        QVERIFY(!q.open(text));
        QVERIFY(!q.isOpen());
        QVERIFY2(q.errorString().contains(text), qPrintable(q.errorString()));

        const QString other = dir.filePath(QStringLiteral("other.db"));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            db.setDatabaseName(other);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("CREATE TABLE t (x)"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        QVERIFY(!q.open(other));
        QVERIFY2(q.errorString().contains(QStringLiteral("not an Axion journal")),
                 qPrintable(q.errorString()));
    }

    void readsWhileTheEngineWrites() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("live.db"));
        SimClock clock(nyMs(QDate(2026, 3, 2), QTime(9, 30)));
        TradeJournal writer(clock, &clock);
        QVERIFY(writer.open(path));
        TradeRecord t;
        t.signalId = QStringLiteral("s1");
        t.ticker = QStringLiteral("AAPL");
        t.entryPrice = px("187.42");
        t.shares = 100;
        t.entryTimeMs = clock.nowMs();
        const qint64 id = writer.recordEntry(t);
        QVERIFY(writer.flush());

        JournalQueries reader;
        QVERIFY2(reader.open(path), qPrintable(reader.errorString()));
        JournalFilter open;
        open.status = JournalFilter::Status::Open;
        QCOMPARE(reader.countTrades(open), qint64(1));
        QCOMPARE(reader.countTrades(JournalFilter{}), qint64(0));

        // The reader holds the file open; the writer still commits, and the reader sees it.
        clock.advanceMs(600'000);
        writer.recordExit(id, px("188.00"), clock.nowMs(), ExitReason::ProfitTarget, usd("58"),
                          0.31);
        QVERIFY(writer.flush());
        QCOMPARE(reader.countTrades(open), qint64(0));
        const QList<TradeRecord> page = reader.fetchPage(JournalFilter{}, 10);
        QCOMPARE(page.size(), 1);
        QCOMPARE(page.constFirst().pnl, std::optional<Money>(usd("58")));
        QCOMPARE(page.constFirst().exitReason, QStringLiteral("profit_target"));
        QVERIFY(writer.close());
    }

    void pagesNewestFirst_data() {
        QTest::addColumn<int>("pageSize");
        QTest::newRow("1") << 1;
        QTest::newRow("7") << 7;
        QTest::newRow("200") << 200;
        QTest::newRow("all") << 5000;
    }
    void pagesNewestFirst() {
        QFETCH(int, pageSize);
        JournalQueries q;
        QVERIFY(q.open(m_path));
        JournalFilter any;
        any.status = JournalFilter::Status::Any;
        const QList<TradeRecord> all = fetchAll(q, any, pageSize);
        QCOMPARE(idsOf(all), idsOf(newestFirst(m_samples)));
        // The tie on exit time is broken by id, newest (largest) first.
        const qsizetype a = idsOf(all).indexOf(m_samples.at(2).id);
        const qsizetype b = idsOf(all).indexOf(m_samples.at(3).id);
        QCOMPARE(m_samples.at(2).exitMs, m_samples.at(3).exitMs);
        QCOMPARE(b + 1, a);
    }

    void rowsCarryEverything() {
        JournalQueries q;
        QVERIFY(q.open(m_path));
        JournalFilter any;
        any.status = JournalFilter::Status::Any;
        const QList<TradeRecord> all = fetchAll(q, any, 500);
        QCOMPARE(all.size(), m_samples.size());
        QMap<qint64, TradeRecord> byId;
        for (const TradeRecord& t : all)
            byId.insert(t.id, t);
        for (const JournalSample& s : m_samples) {
            const TradeRecord t = byId.value(s.id);
            QCOMPARE(t.ticker, s.ticker);
            QCOMPARE(t.signalId, s.signalId);
            COMPARE_NAMED(t.direction, s.direction);
            COMPARE_NAMED(t.tradeType, s.tradeType);
            QCOMPARE(t.entryPrice, s.entry);
            QCOMPARE(t.shares, s.shares);
            QCOMPARE(t.conviction, s.conviction);
            QCOMPARE(t.entryTimeMs, s.entryMs);
            QCOMPARE(t.metadata.value(QStringLiteral("signal_type")).toString(), s.signalType);
            QCOMPARE(t.metadata.value(QStringLiteral("timeframe")).toString(), s.timeframe);
            switch (s.fate) {
            case JournalSample::Fate::Closed:
                COMPARE_NAMED(t.status, TradeStatus::Closed);
                QCOMPARE(t.exitPrice, std::optional<Price>(s.exit));
                QCOMPARE(t.exitTimeMs, std::optional<qint64>(s.exitMs));
                QCOMPARE(t.pnl, std::optional<Money>(s.pnl()));
                QVERIFY(t.pnlPct);
                QCOMPARE(*t.pnlPct, s.pnlPct());
                QCOMPARE(t.exitReason, s.exitReason);
                break;
            case JournalSample::Fate::Open:
                COMPARE_NAMED(t.status, TradeStatus::Open);
                QVERIFY(!t.exitTimeMs);
                QVERIFY(!t.pnl);
                break;
            case JournalSample::Fate::Cancelled:
                COMPARE_NAMED(t.status, TradeStatus::Cancelled);
                QCOMPARE(t.exitReason, s.exitReason);
                break;
            }
            QCOMPARE(JournalQueries::sortKey(t), s.key());
        }
    }

    void filters_data() {
        QTest::addColumn<JournalFilter>("filter");
        QTest::addColumn<Predicate>("expected");
        const auto closed = [](const JournalSample& s) { return s.closed(); };

        QTest::newRow("default: closed") << JournalFilter{} << Predicate(closed);
        QTest::newRow("open") << JournalFilter{.status = JournalFilter::Status::Open}
                              << Predicate([](const JournalSample& s) {
                                     return s.fate == JournalSample::Fate::Open;
                                 });
        QTest::newRow("cancelled") << JournalFilter{.status = JournalFilter::Status::Cancelled}
                                   << Predicate([](const JournalSample& s) {
                                          return s.fate == JournalSample::Fate::Cancelled;
                                      });
        QTest::newRow("any status") << JournalFilter{.status = JournalFilter::Status::Any}
                                    << Predicate([](const JournalSample&) { return true; });
        QTest::newRow("ticker") << JournalFilter{.ticker = QStringLiteral("NVDA")}
                                << Predicate([=](const JournalSample& s) {
                                       return closed(s) && s.ticker == QStringLiteral("NVDA");
                                   });
        QTest::newRow("ticker, lower case, spaces")
            << JournalFilter{.ticker = QStringLiteral(" tsla ")}
            << Predicate([=](const JournalSample& s) {
                   return closed(s) && s.ticker == QStringLiteral("TSLA");
               });
        QTest::newRow("unknown ticker") << JournalFilter{.ticker = QStringLiteral("ZZZZ")}
                                        << Predicate([](const JournalSample&) { return false; });
        QTest::newRow("exit reason")
            << JournalFilter{.exitReason = QStringLiteral("kill_switch")}
            << Predicate([=](const JournalSample& s) {
                   return closed(s) && s.exitReason == QStringLiteral("kill_switch");
               });
        QTest::newRow("winners") << JournalFilter{.outcome = JournalFilter::Outcome::Win}
                                 << Predicate([=](const JournalSample& s) {
                                        return closed(s) && s.pnl().isPositive();
                                    });
        QTest::newRow("losers") << JournalFilter{.outcome = JournalFilter::Outcome::Loss}
                                << Predicate([=](const JournalSample& s) {
                                       return closed(s) && s.pnl().isNegative();
                                   });
        // Dates are New York dates of the exit: the 23:59:59.999 exit is Friday's, the
        // midnight exit (first day of daylight saving) Monday's.
        QTest::newRow("one day: friday")
            << JournalFilter{.from = QDate(2026, 3, 6), .to = QDate(2026, 3, 6)}
            << Predicate([=](const JournalSample& s) {
                   return closed(s) && nyDate(s.exitMs) == QDate(2026, 3, 6);
               });
        QTest::newRow("one day: DST monday")
            << JournalFilter{.from = QDate(2026, 3, 9), .to = QDate(2026, 3, 9)}
            << Predicate([=](const JournalSample& s) {
                   return closed(s) && nyDate(s.exitMs) == QDate(2026, 3, 9);
               });
        QTest::newRow("from only")
            << JournalFilter{.from = QDate(2026, 3, 20)} << Predicate([=](const JournalSample& s) {
                   return closed(s) && nyDate(s.exitMs) >= QDate(2026, 3, 20);
               });
        QTest::newRow("to only") << JournalFilter{.to = QDate(2026, 3, 11)}
                                 << Predicate([=](const JournalSample& s) {
                                        return closed(s) && nyDate(s.exitMs) <= QDate(2026, 3, 11);
                                    });
        QTest::newRow("open trades by entry date")
            << JournalFilter{.from = QDate(2026, 3, 9),
                             .to = QDate(2026, 3, 9),
                             .status = JournalFilter::Status::Open}
            << Predicate([](const JournalSample& s) {
                   return s.fate == JournalSample::Fate::Open &&
                          nyDate(s.entryMs) == QDate(2026, 3, 9);
               });
        QTest::newRow("everything at once")
            << JournalFilter{.from = QDate(2026, 3, 12),
                             .to = QDate(2026, 3, 25),
                             .ticker = QStringLiteral("AAPL"),
                             .exitReason = QStringLiteral("stop_loss"),
                             .outcome = JournalFilter::Outcome::Loss}
            << Predicate([=](const JournalSample& s) {
                   const QDate d = nyDate(s.exitMs);
                   return closed(s) && d >= QDate(2026, 3, 12) && d <= QDate(2026, 3, 25) &&
                          s.ticker == QStringLiteral("AAPL") &&
                          s.exitReason == QStringLiteral("stop_loss") && s.pnl().isNegative();
               });
    }
    void filters() {
        QFETCH(JournalFilter, filter);
        QFETCH(Predicate, expected);
        const QList<JournalSample> want = select(m_samples, expected);
        JournalQueries q;
        QVERIFY(q.open(m_path));
        const QList<TradeRecord> got = fetchAll(q, filter, 64);
        QCOMPARE(idsOf(got), idsOf(want));
        QCOMPARE(q.countTrades(filter), qint64(want.size()));
        // Only a filter that keeps everything may return the whole journal.
        const bool narrows = filter.status != JournalFilter::Status::Any;
        if (narrows)
            QVERIFY(got.size() < m_samples.size());
    }

    void dailySummary_data() {
        QTest::addColumn<JournalFilter>("filter");
        QTest::addColumn<Predicate>("expected");
        QTest::newRow("all closed")
            << JournalFilter{} << Predicate([](const JournalSample& s) { return s.closed(); });
        QTest::newRow("any status is closed")
            << JournalFilter{.status = JournalFilter::Status::Any}
            << Predicate([](const JournalSample& s) { return s.closed(); });
        QTest::newRow("ticker and dates")
            << JournalFilter{.from = QDate(2026, 3, 9),
                             .to = QDate(2026, 3, 16),
                             .ticker = QStringLiteral("MSFT")}
            << Predicate([](const JournalSample& s) {
                   const QDate d = nyDate(s.exitMs);
                   return s.closed() && s.ticker == QStringLiteral("MSFT") &&
                          d >= QDate(2026, 3, 9) && d <= QDate(2026, 3, 16);
               });
        QTest::newRow("winners") << JournalFilter{.outcome = JournalFilter::Outcome::Win}
                                 << Predicate([](const JournalSample& s) {
                                        return s.closed() && s.pnl().isPositive();
                                    });
        QTest::newRow("open trades have no days")
            << JournalFilter{.status = JournalFilter::Status::Open}
            << Predicate([](const JournalSample&) { return false; });
    }
    void dailySummary() {
        QFETCH(JournalFilter, filter);
        QFETCH(Predicate, expected);
        QMap<QDate, DailySummary> want;
        for (const JournalSample& s : m_samples) {
            if (!expected(s))
                continue;
            DailySummary& d = want[nyDate(s.exitMs)];
            d.date = nyDate(s.exitMs);
            ++d.totalTrades;
            const Money pnl = s.pnl();
            d.realizedPnl += pnl;
            if (pnl.isPositive()) {
                ++d.winningTrades;
                d.grossProfit += pnl;
            } else if (pnl.isNegative()) {
                ++d.losingTrades;
                d.grossLoss += pnl;
            }
        }
        JournalQueries q;
        QVERIFY(q.open(m_path));
        const QList<JournalDay> days = q.dailySummary(filter);
        QCOMPARE(days.size(), want.size());
        auto it = want.constEnd();
        for (const JournalDay& d : days) { // newest first
            --it;
            QCOMPARE(d.summary.date, it.key());
            QCOMPARE(d.summary.totalTrades, it->totalTrades);
            QCOMPARE(d.summary.winningTrades, it->winningTrades);
            QCOMPARE(d.summary.losingTrades, it->losingTrades);
            QCOMPARE(d.summary.realizedPnl, it->realizedPnl);
            QCOMPARE(d.summary.grossProfit, it->grossProfit);
            QCOMPARE(d.summary.grossLoss, it->grossLoss);
        }
        const DailySummary total = JournalQueries::totals(days);
        int trades = 0;
        for (const DailySummary& d : want)
            trades += d.totalTrades;
        QCOMPARE(total.totalTrades, trades);
    }

    void dailySummaryJoinsDailyPnl() {
        JournalQueries q;
        QVERIFY(q.open(m_path));
        const QList<JournalDay> days = q.dailySummary(JournalFilter{});
        QMap<QDate, JournalDay> byDate;
        for (const JournalDay& d : days)
            byDate.insert(d.summary.date, d);
        QCOMPARE(byDate.value(QDate(2026, 3, 10)).endingEquity,
                 std::optional<Money>(usd("100250.5")));
        QVERIFY(!byDate.value(QDate(2026, 3, 10)).killSwitchTriggered);
        QCOMPARE(byDate.value(QDate(2026, 3, 11)).endingEquity, std::optional<Money>(usd("99000")));
        QVERIFY(byDate.value(QDate(2026, 3, 11)).killSwitchTriggered);
        QVERIFY(!byDate.value(QDate(2026, 3, 12)).endingEquity); // no daily_pnl row
        // The edge trades: Friday's 23:59:59.999 exit and Monday's midnight exit.
        QVERIFY(byDate.contains(QDate(2026, 3, 6)));
        QVERIFY(byDate.contains(QDate(2026, 3, 9)));
        QVERIFY(!byDate.contains(QDate(2026, 3, 7)));
        QVERIFY(!byDate.contains(QDate(2026, 3, 8)));
    }

    void equityCurve() {
        JournalQueries q;
        QVERIFY(q.open(m_path));
        JournalFilter f;
        f.ticker = QStringLiteral("AMD");
        QList<JournalSample> want = select(m_samples, [](const JournalSample& s) {
            return s.closed() && s.ticker == QStringLiteral("AMD");
        });
        std::reverse(want.begin(), want.end()); // oldest first
        const QList<EquityPoint> perTrade = q.equityCurve(f, 10'000);
        QCOMPARE(perTrade.size(), want.size());
        Money cumulative;
        for (qsizetype i = 0; i < want.size(); ++i) {
            cumulative += want.at(i).pnl();
            QCOMPARE(perTrade.at(i).timeMs, want.at(i).exitMs);
            QCOMPARE(perTrade.at(i).cumulativePnl, cumulative);
        }
        // Over the point budget: one point per day, ending at the same total.
        const QList<EquityPoint> daily = q.equityCurve(f, 10);
        QCOMPARE(daily.size(), q.dailySummary(f).size());
        QVERIFY(daily.size() < perTrade.size());
        QCOMPARE(daily.constLast().cumulativePnl, cumulative);
        for (qsizetype i = 1; i < daily.size(); ++i)
            QVERIFY(daily.at(i).timeMs > daily.at(i - 1).timeMs);
        QVERIFY(q.equityCurve(JournalFilter{.status = JournalFilter::Status::Open}).isEmpty());
    }

    void exportCsv_data() {
        QTest::addColumn<JournalFilter>("filter");
        QTest::addColumn<Predicate>("expected");
        QTest::addColumn<int>("pageSize");
        QTest::newRow("losers of META, small pages")
            << JournalFilter{.ticker = QStringLiteral("META"),
                             .outcome = JournalFilter::Outcome::Loss}
            << Predicate([](const JournalSample& s) {
                   return s.closed() && s.ticker == QStringLiteral("META") && s.pnl().isNegative();
               })
            << 9;
        QTest::newRow("a week, one page")
            << JournalFilter{.from = QDate(2026, 3, 16), .to = QDate(2026, 3, 20)}
            << Predicate([](const JournalSample& s) {
                   const QDate d = nyDate(s.exitMs);
                   return s.closed() && d >= QDate(2026, 3, 16) && d <= QDate(2026, 3, 20);
               })
            << JournalQueries::kExportPageSize;
        QTest::newRow("nothing") << JournalFilter{.ticker = QStringLiteral("NONE")}
                                 << Predicate([](const JournalSample&) { return false; }) << 50;
    }
    void exportCsv() {
        QFETCH(JournalFilter, filter);
        QFETCH(Predicate, expected);
        QFETCH(int, pageSize);
        const QList<JournalSample> want = select(m_samples, expected);
        JournalQueries q;
        QVERIFY(q.open(m_path));
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("trades.csv"));
        qint64 rows = -1;
        QVERIFY2(q.exportCsv(filter, out, &rows, pageSize), qPrintable(q.errorString()));
        QCOMPARE(rows, qint64(want.size()));
        const QStringList lines = csvLines(out);
        QCOMPARE(lines.size(), want.size() + 1);
        QCOMPARE(lines.constFirst(), CsvExport::header());
        for (qsizetype i = 0; i < want.size(); ++i) {
            const JournalSample& s = want.at(i);
            const QStringList fields = lines.at(i + 1).split(QLatin1Char(','));
            QCOMPARE(fields.at(0), QString::number(s.id));
            QCOMPARE(fields.at(1), s.signalId);
            QCOMPARE(fields.at(2), s.ticker);
            QCOMPARE(fields.at(5), s.entry.toString());
            QCOMPARE(fields.at(6), s.exit.toString());
            QCOMPARE(fields.at(12), s.exitReason);
            QCOMPARE(fields.at(13), s.pnl().toString());
        }
    }

    void exportToAnUnwritablePathFails() {
        JournalQueries q;
        QVERIFY(q.open(m_path));
        QVERIFY(!q.exportCsv(JournalFilter{}, m_dir.filePath(QStringLiteral("no/such/dir/x.csv"))));
        QVERIFY(q.errorString().contains(QStringLiteral("cannot write")));
    }

    void distinctValues() {
        JournalQueries q;
        QVERIFY(q.open(m_path));
        QStringList tickers;
        QStringList reasons;
        for (const JournalSample& s : m_samples) {
            if (!tickers.contains(s.ticker))
                tickers << s.ticker;
            if (s.fate != JournalSample::Fate::Open && !reasons.contains(s.exitReason))
                reasons << s.exitReason;
        }
        tickers.sort();
        reasons.sort();
        QCOMPARE(q.tickers(), tickers);
        QCOMPARE(q.exitReasons(), reasons);
    }

    void pageQueriesUseAnIndexInOrder_data() {
        QTest::addColumn<JournalFilter>("filter");
        QTest::newRow("closed") << JournalFilter{};
        QTest::newRow("any status") << JournalFilter{.status = JournalFilter::Status::Any};
        QTest::newRow("ticker") << JournalFilter{.ticker = QStringLiteral("AAPL")};
        QTest::newRow("ticker, any status") << JournalFilter{.ticker = QStringLiteral("AAPL"),
                                                             .status = JournalFilter::Status::Any};
        QTest::newRow("exit reason") << JournalFilter{.exitReason = QStringLiteral("kill_switch")};
        QTest::newRow("dates") << JournalFilter{.from = QDate(2026, 3, 9),
                                                .to = QDate(2026, 3, 20)};
        QTest::newRow("winners") << JournalFilter{.outcome = JournalFilter::Outcome::Win};
    }
    void pageQueriesUseAnIndexInOrder() {
        // A sort of the whole journal (a TEMP B-TREE for the ORDER BY) is what would make a
        // million-trade journal slow to page: every page query must read an index in order.
        QFETCH(JournalFilter, filter);
        JournalQueries q;
        QVERIFY(q.open(m_path));
        for (const bool withCursor : {false, true}) {
            QVariantList binds;
            const QString sql =
                JournalQueries::pageSql(filter, withCursor, &binds,
                                        JournalCursor{nyMs(QDate(2026, 3, 15), QTime(12, 0)), 500});
            QSqlQuery plan(q.connection());
            QVERIFY(plan.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql));
            for (qsizetype i = 0; i < binds.size(); ++i)
                plan.bindValue(int(i), binds.at(i));
            plan.bindValue(int(binds.size()), 200);
            QVERIFY2(plan.exec(), qPrintable(plan.lastError().text()));
            QStringList steps;
            while (plan.next())
                steps << plan.value(3).toString();
            const QString text = steps.join(QStringLiteral(" | "));
            QVERIFY2(text.contains(QStringLiteral("INDEX idx_trade_executions_")),
                     qPrintable(text));
            QVERIFY2(!text.contains(QStringLiteral("TEMP B-TREE")), qPrintable(text));
            QVERIFY2(!text.startsWith(QStringLiteral("SCAN trade_executions")) ||
                         text.contains(QStringLiteral("INDEX")),
                     qPrintable(text));
        }
    }
};

QTEST_GUILESS_MAIN(tst_JournalQueries)
#include "tst_JournalQueries.moc"
