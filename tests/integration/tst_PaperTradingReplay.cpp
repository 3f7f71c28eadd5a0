// The whole pipeline on real minute bars: SPY, IBM and BAC, 2013-10-04 .. 10-11, replayed through
// the built-in cloud signal engine, the executor and the paper broker, journaled in SQLite. The
// checks read the journal back through their own SQL connection.

#include "TestPaths.h"
#include "execution/ReplaySession.h"
#include "market/MarketCalendar.h"
#include "support/JournalReader.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <map>

using namespace axion;
using axion::test::JournalReader;

namespace {

QStringList sharedTradeZips() {
    QStringList files;
    for (const char* sym : {"spy", "ibm", "bac"}) {
        const QDir dir(QStringLiteral(AXION_SHARED_DIR "/data/lean/equity/usa/minute/") +
                       QString::fromLatin1(sym));
        for (const QString& f :
             dir.entryList({QStringLiteral("*_trade.zip")}, QDir::Files, QDir::Name))
            files << dir.filePath(f);
    }
    return files;
}

} // namespace

class tst_PaperTradingReplay : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ReplaySummary m_summary;
    QString m_journal;

private Q_SLOTS:
    void initTestCase() {
        const QStringList files = sharedTradeZips();
        if (files.size() != 18)
            QFAIL(qPrintable(
                QStringLiteral("expected the 18 SPY/IBM/BAC trade zips under %1, found %2")
                    .arg(QStringLiteral(AXION_SHARED_DIR), QString::number(files.size()))));
        ReplaySession session(ExecutorConfig{}, Money::fromWhole(100'000));
        for (const QString& f : files) {
            QString error;
            QVERIFY2(session.addFile(f, &error), qPrintable(error));
        }
        m_journal = m_dir.filePath(QStringLiteral("run1.db"));
        QString error;
        QVERIFY2(session.openJournal(m_journal, &error), qPrintable(error));
        m_summary = session.run();
    }

    void tradesActuallyHappen() {
        QCOMPARE(m_summary.stats.bars, 7018); // regular-session bars of the 18 files
        QVERIFY(m_summary.stats.entrySignals > 50);
        QVERIFY(m_summary.stats.approved > 10);
        QVERIFY(m_summary.stats.fills > 20);
        QVERIFY(m_summary.stats.trades > 10);
        QCOMPARE(m_summary.stats.wins + m_summary.stats.losses <= m_summary.stats.trades, true);
    }

    void eachClosedTradesPnlIsExitMinusEntryTimesSharesBySide() {
        const JournalReader j(m_journal);
        const auto trades =
            j.rows(QStringLiteral("SELECT id, direction, shares, entry_price_e4, exit_price_e4, "
                                  "pnl_e4, pnl, status FROM trade_executions"));
        QVERIFY(!trades.isEmpty());
        for (const QSqlRecord& t : trades) {
            QCOMPARE(t.value(QStringLiteral("status")).toString(), QStringLiteral("closed"));
            const qint64 shares = t.value(QStringLiteral("shares")).toLongLong();
            const int side = t.value(QStringLiteral("direction")).toString() == u"long" ? 1 : -1;
            const qint64 expected = (t.value(QStringLiteral("exit_price_e4")).toLongLong() -
                                     t.value(QStringLiteral("entry_price_e4")).toLongLong()) *
                                    shares * side;
            const qint64 pnl = t.value(QStringLiteral("pnl_e4")).toLongLong();
            // Entry and exit are averages over several fills, each rounded to 1/10,000 $: the
            // identity holds to within that rounding, i.e. at most $0.0001 per share per price.
            QVERIFY2(std::abs(pnl - expected) <= 2 * shares,
                     qPrintable(QStringLiteral("trade %1: pnl %2 vs (exit-entry)*shares %3")
                                    .arg(t.value(QStringLiteral("id")).toString())
                                    .arg(pnl)
                                    .arg(expected)));
            QCOMPARE(t.value(QStringLiteral("pnl")).toDouble(), Money::fromUnits(pnl).toDouble());
        }
    }

    void journalTotalsEqualTheSummary() {
        const JournalReader j(m_journal);
        const QSqlRecord sums =
            j.rows(QStringLiteral("SELECT COUNT(*) AS n, SUM(pnl_e4) AS pnl, SUM(pnl_e4 > 0) AS "
                                  "wins, SUM(pnl_e4 < 0) AS losses "
                                  "FROM trade_executions WHERE status = 'closed'"))
                .constFirst();
        QCOMPARE(sums.value(QStringLiteral("n")).toLongLong(), m_summary.stats.trades);
        QCOMPARE(sums.value(QStringLiteral("pnl")).toLongLong(),
                 m_summary.stats.realizedPnl.units());
        QCOMPARE(sums.value(QStringLiteral("wins")).toLongLong(), m_summary.stats.wins);
        QCOMPARE(sums.value(QStringLiteral("losses")).toLongLong(), m_summary.stats.losses);
        const QSqlRecord fills =
            j.rows(QStringLiteral("SELECT COUNT(*) AS n FROM fills")).constFirst();
        QCOMPARE(fills.value(QStringLiteral("n")).toLongLong(), m_summary.stats.fills);
        const QSqlRecord orders =
            j.rows(QStringLiteral("SELECT COUNT(*) AS n FROM orders")).constFirst();
        QCOMPARE(orders.value(QStringLiteral("n")).toLongLong(), m_summary.stats.orders);
        // Money is conserved: the paper account moved by exactly the realized P&L (all flat).
        QCOMPARE(m_summary.endingEquity - m_summary.startingEquity, m_summary.stats.realizedPnl);
        const auto days = j.rows(
            QStringLiteral("SELECT SUM(realized_pnl_e4) AS pnl, COUNT(*) AS n FROM daily_pnl"));
        QCOMPARE(days.constFirst().value(QStringLiteral("n")).toInt(), 6);
        QCOMPARE(days.constFirst().value(QStringLiteral("pnl")).toLongLong(),
                 m_summary.stats.realizedPnl.units());
    }

    void noPositionOverFifteenPercentOfEquity() {
        const JournalReader j(m_journal);
        // Positions are sized at the signal with a 0.1% slippage allowance; a market fill at the
        // next bar's open may gap beyond it, so the bound allows that one bar's move (0.5%).
        const double limit = 0.15 * m_summary.startingEquity.toDouble() * 1.005 +
                             std::max(0.0, m_summary.stats.realizedPnl.toDouble());
        for (const QSqlRecord& t :
             j.rows(QStringLiteral("SELECT id, entry_price_e4, shares FROM trade_executions"))) {
            const double notional = t.value(QStringLiteral("entry_price_e4")).toDouble() /
                                    10'000.0 * t.value(QStringLiteral("shares")).toDouble();
            QVERIFY2(notional <= limit,
                     qPrintable(QStringLiteral("trade %1 notional %2 > %3")
                                    .arg(t.value(QStringLiteral("id")).toString())
                                    .arg(notional)
                                    .arg(limit)));
        }
    }

    void neverMoreThanTenOpen() {
        const JournalReader j(m_journal);
        std::map<qint64, int> delta; // time -> change in open positions
        for (const QSqlRecord& t :
             j.rows(QStringLiteral("SELECT entry_time_ms, exit_time_ms FROM trade_executions"))) {
            ++delta[t.value(QStringLiteral("entry_time_ms")).toLongLong()];
            --delta[t.value(QStringLiteral("exit_time_ms")).toLongLong()];
        }
        int open = 0;
        int peak = 0;
        for (const auto& [time, d] : delta) {
            open += d;
            peak = std::max(peak, open);
        }
        QVERIFY(peak >= 1);
        QVERIFY2(peak <= 10, qPrintable(QString::number(peak)));
        QCOMPARE(open, 0);
    }

    void dayTradesAreFlatAfterTheEodCutoff() {
        const JournalReader j(m_journal);
        const MarketCalendar calendar;
        for (const QSqlRecord& t :
             j.rows(QStringLiteral("SELECT id, entry_time_ms, exit_time_ms, exit_reason FROM "
                                   "trade_executions WHERE trade_type <> 'swing'"))) {
            const qint64 entry = t.value(QStringLiteral("entry_time_ms")).toLongLong();
            const qint64 exit = t.value(QStringLiteral("exit_time_ms")).toLongLong();
            const auto session = calendar.session(calendar.newYorkDate(entry));
            QVERIFY(session.has_value());
            const qint64 cutoff = *calendar.eodCutoff(entry);
            // Flat on the day it opened, no later than the bar after the cutoff.
            QVERIFY2(exit <= cutoff + 2 * 60'000 && exit <= session->closeMs,
                     qPrintable(QStringLiteral("trade %1 exits %2, cutoff %3")
                                    .arg(t.value(QStringLiteral("id")).toString())
                                    .arg(exit)
                                    .arg(cutoff)));
        }
        const auto eod = j.rows(QStringLiteral(
            "SELECT COUNT(*) AS n FROM trade_executions WHERE exit_reason = 'eod_close'"));
        QVERIFY(eod.constFirst().value(QStringLiteral("n")).toInt() >= 1); // the rule was exercised
    }

    void everyRejectionHasAReason() {
        qint64 rejected = 0;
        for (auto it = m_summary.stats.rejected.cbegin(); it != m_summary.stats.rejected.cend();
             ++it) {
            QVERIFY(!it.key().isEmpty());
            QVERIFY(it.key() != u"none");
            rejected += it.value();
        }
        QCOMPARE(rejected, m_summary.stats.entrySignals - m_summary.stats.approved);
        const JournalReader j(m_journal);
        for (const QSqlRecord& r :
             j.rows(QStringLiteral("SELECT payload_json FROM events WHERE kind = 'risk_decision' "
                                   "AND payload_json LIKE '%\"approved\":false%'"))) {
            const QString payload = r.value(0).toString();
            QVERIFY2(!payload.contains(u"\"reason\":\"\"") &&
                         !payload.contains(u"\"message\":\"\""),
                     qPrintable(payload));
        }
    }

    void everyScaleInGetsItsOwnProtectiveStop() {
        const JournalReader j(m_journal);
        const auto scales =
            j.rows(QStringLiteral("SELECT client_order_id, signal_id, filled_quantity FROM orders "
                                  "WHERE leg = 'scale' AND filled_quantity > 0"));
        QVERIFY(!scales.isEmpty()); // the replay exercises scale-ins
        for (const QSqlRecord& s : scales) {
            const auto stops =
                j.rows(QStringLiteral(
                           "SELECT quantity FROM orders WHERE leg = 'stop' AND signal_id = '%1' "
                           "AND client_order_id <> '%1-stop' AND quantity = %2")
                           .arg(s.value(1).toString())
                           .arg(s.value(2).toLongLong()));
            QVERIFY2(!stops.isEmpty(), qPrintable(s.value(0).toString()));
        }
    }

    // Every closed trade belongs to the signal whose entry filled: same ticker, direction and
    // trade type as that signal, and that signal's entry order took shares. (A bracket refused
    // inside its submit used to leave a dead trade that the next signal joined.)
    void everyClosedTradeBelongsToTheSignalWhoseEntryFilled() {
        const JournalReader j(m_journal);
        const auto trades = j.rows(QStringLiteral(
            "SELECT id, signal_id, ticker, direction, trade_type FROM trade_executions"));
        QVERIFY(!trades.isEmpty());
        for (const QSqlRecord& t : trades) {
            const QString signalId = t.value(QStringLiteral("signal_id")).toString();
            const QString what = QStringLiteral("trade %1 (signal %2)")
                                     .arg(t.value(QStringLiteral("id")).toString(), signalId);
            const auto signal = j.rows(
                QStringLiteral(
                    "SELECT payload_json FROM events WHERE kind = 'signal' AND ref_id = '%1'")
                    .arg(signalId));
            QVERIFY2(signal.size() == 1, qPrintable(what));
            const QJsonObject s =
                QJsonDocument::fromJson(signal.constFirst().value(0).toString().toUtf8()).object();
            QCOMPARE(t.value(QStringLiteral("ticker")).toString(), s.value(u"ticker").toString());
            QCOMPARE(t.value(QStringLiteral("direction")).toString(),
                     s.value(u"direction").toString());
            QCOMPARE(t.value(QStringLiteral("trade_type")).toString(),
                     s.value(u"trade_type").toString());
            const auto entry = j.rows(QStringLiteral("SELECT ticker, filled_quantity FROM orders "
                                                     "WHERE client_order_id = '%1-entry'")
                                          .arg(signalId));
            QVERIFY2(entry.size() == 1, qPrintable(what));
            QVERIFY2(entry.constFirst().value(1).toLongLong() > 0, qPrintable(what));
            QCOMPARE(entry.constFirst().value(0).toString(),
                     t.value(QStringLiteral("ticker")).toString());
        }
    }

    // The sizer's caps (15 % of equity in one stock, buying power) are reported in the approval,
    // never applied silently: on these days most approvals are capped by the 15 % rule.
    void sizeReductionsAreReportedInTheApproval() {
        const JournalReader j(m_journal);
        const auto approvals =
            j.rows(QStringLiteral("SELECT payload_json FROM events WHERE kind = 'risk_decision' "
                                  "AND payload_json LIKE '%\"approved\":true%'"));
        QVERIFY(!approvals.isEmpty());
        int reduced = 0;
        for (const QSqlRecord& r : approvals) {
            const QJsonObject d = QJsonDocument::fromJson(r.value(0).toString().toUtf8()).object();
            const QJsonArray adjustments = d.value(u"adjustments").toArray();
            if (adjustments.isEmpty())
                continue;
            ++reduced;
            // Each reduction shrinks the size, and the last one ends at the approved size.
            for (const QJsonValue& a : adjustments) {
                QVERIFY(a[u"to_shares"].toInteger() < a[u"from_shares"].toInteger());
                QVERIFY(!a[u"limit"].toString().isEmpty());
            }
            QCOMPARE(adjustments.last()[u"to_shares"].toInteger(),
                     d.value(u"approved_shares").toInteger());
            QVERIFY2(d.value(u"message").toString().contains(u"sized down"),
                     qPrintable(r.value(0).toString()));
        }
        QVERIFY2(reduced > 0, "no approval reports a size reduction");
    }

    void summaryJsonHasTheContractKeys() {
        const QJsonObject o = m_summary.toJson();
        for (const char* key : {"bars", "signals", "approved", "rejected", "orders", "fills",
                                "trades", "wins", "losses", "realized_pnl", "max_drawdown",
                                "kill_switch_trips", "wall_seconds", "bars_per_second"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QVERIFY(o.value(QStringLiteral("rejected")).isObject());
    }

    void replaysAreDeterministic() {
        ReplaySession session(ExecutorConfig{}, Money::fromWhole(100'000));
        for (const QString& f : sharedTradeZips()) {
            QString error;
            QVERIFY(session.addFile(f, &error));
        }
        const QString second = m_dir.filePath(QStringLiteral("run2.db"));
        QString error;
        QVERIFY(session.openJournal(second, &error));
        const ReplaySummary again = session.run();
        QCOMPARE(again.stats.realizedPnl, m_summary.stats.realizedPnl);
        QCOMPARE(again.stats.rejected, m_summary.stats.rejected);
        const JournalReader a(m_journal);
        const JournalReader b(second);
        for (const char* table : {"trade_executions", "orders", "fills", "events", "daily_pnl"}) {
            const QString name = QString::fromLatin1(table);
            const QStringList rowsA = a.dump(name);
            QVERIFY2(!rowsA.isEmpty(), table);
            QCOMPARE(b.dump(name), rowsA);
        }
    }

    // The trading record only (--journal-detail trades): the same trades, orders, fills and
    // daily P&L as the full audit, without its signal, risk decision and order event rows.
    void tradesDetailStoresTheSameTradingRecord() {
        ReplaySession session(ExecutorConfig{}, Money::fromWhole(100'000));
        session.setJournalDetail(TradeJournal::Detail::Trades);
        for (const QString& f : sharedTradeZips()) {
            QString error;
            QVERIFY(session.addFile(f, &error));
        }
        const QString path = m_dir.filePath(QStringLiteral("trades.db"));
        QString error;
        QVERIFY(session.openJournal(path, &error));
        const ReplaySummary summary = session.run();
        QCOMPARE(summary.stats.realizedPnl, m_summary.stats.realizedPnl);
        QCOMPARE(summary.stats.rejected, m_summary.stats.rejected);
        const JournalReader a(m_journal);
        const JournalReader b(path);
        for (const char* table : {"trade_executions", "orders", "fills", "daily_pnl"}) {
            const QString name = QString::fromLatin1(table);
            const QStringList rowsA = a.dump(name);
            QVERIFY2(!rowsA.isEmpty(), table);
            QCOMPARE(b.dump(name), rowsA);
        }
        QCOMPARE(b.rows(QStringLiteral("SELECT 1 FROM events WHERE kind IN ('signal', "
                                       "'risk_decision', 'order', 'order_event')"))
                     .size(),
                 0);
        QVERIFY(!b.rows(QStringLiteral("SELECT 1 FROM events WHERE kind = 'exit'")).isEmpty());
    }

    // A journal that went bad between the check and the run: nothing is replayed, and the
    // summary says why.
    void aJournalThatCannotBeOpenedForTheRunReplaysNothing() {
        ReplaySession session(ExecutorConfig{}, Money::fromWhole(100'000));
        for (const QString& f : sharedTradeZips()) {
            QString error;
            QVERIFY(session.addFile(f, &error));
        }
        const QString path = m_dir.filePath(QStringLiteral("spoiled.db"));
        QString error;
        QVERIFY(session.openJournal(path, &error));
        // The file is replaced by a directory of the same name: no journal can open there.
        for (const char* suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QString::fromLatin1(suffix));
        QVERIFY(QDir().mkdir(path));
        const ReplaySummary summary = session.run();
        QVERIFY(!summary.journalError.isEmpty());
        QCOMPARE(summary.stats.bars, 0);
        QCOMPARE(summary.stats.orders, 0);
    }

    void replayDurabilityStoresWhatALiveJournalStores() {
        // The run of initTestCase() journaled with the replay's durability (the default); the
        // same replay journaled as a live journal commits at every flush point instead.
        ReplaySession session(ExecutorConfig{}, Money::fromWhole(100'000));
        QCOMPARE(session.journalDurability(), TradeJournal::Durability::Replay);
        session.setJournalDurability(TradeJournal::Durability::Live);
        for (const QString& f : sharedTradeZips()) {
            QString error;
            QVERIFY(session.addFile(f, &error));
        }
        const QString live = m_dir.filePath(QStringLiteral("live.db"));
        QString error;
        QVERIFY(session.openJournal(live, &error));
        session.run();
        const JournalReader a(m_journal);
        const JournalReader b(live);
        for (const char* table : {"trade_executions", "orders", "fills", "events", "daily_pnl"}) {
            const QString name = QString::fromLatin1(table);
            const QStringList rowsA = a.dump(name);
            QVERIFY2(!rowsA.isEmpty(), table);
            QCOMPARE(b.dump(name), rowsA);
        }
        const QString wallRows =
            QStringLiteral("SELECT event_seq, table_name, row_key FROM wall_clock ORDER BY 1");
        const QList<QSqlRecord> wallA = a.rows(wallRows);
        QVERIFY(!wallA.isEmpty());
        QVERIFY(b.rows(wallRows) == wallA); // the wall times themselves differ, as in any two runs
    }
};

QTEST_GUILESS_MAIN(tst_PaperTradingReplay)
#include "tst_PaperTradingReplay.moc"
