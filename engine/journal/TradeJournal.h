#pragma once

#include "core/Clock.h"
#include "core/ExitReason.h"
#include "core/Fill.h"
#include "core/OrderRecord.h"
#include "core/OrderUpdate.h"
#include "core/Signal.h"
#include "core/SystemClock.h"
#include "journal/Database.h"
#include "journal/IntentLog.h"
#include "journal/JournalRecords.h"
#include "risk/KillSwitch.h"
#include "risk/RiskGate.h"
#include "signals/SignalParser.h"

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QLockFile>
#include <QSet>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>
#include <span>
#include <vector>

namespace axion {

// The trade journal: everything the executor decides and every broker answer, in SQLite.
//
// Writes are batched. record*() calls only append to an in-memory queue (a copy of the values and
// the engine/wall times of the call), so nothing on the per-bar path touches the disk. flush()
// writes the queue in ONE transaction with reused prepared statements; once it returns true the
// data survives kill -9 and power loss (WAL, synchronous=FULL). The owner calls flush() at trade
// boundaries, on a timer, and before handing an order to a broker (DESIGN §3: an order is
// journaled before it is sent).
//
// Every call also appends one row to the append-only `events` log; its wall-clock time goes to
// `wall_clock`, apart from the trading tables, which hold engine-clock times only. Two replays of
// the same input therefore produce identical trading tables.
//
// A record the database refuses (a CHECK fails, an exit for a trade that is not open) does not
// sink the batch: it is stored as a `journal_error` event holding the record, the rest commits,
// and takeRecordErrors() reports it. flush() returns false only when nothing could be committed
// (disk full, I/O error, lock timeout); the queue is then kept for the next attempt, and the
// owner should treat a journal that keeps failing as a reason to stop trading.
//
// Durability (setDurability()): Live, the default, is the above. Replay is for a replay's journal,
// which nothing has to recover: a replay that stops half way is run again.
//
// Used on one thread (the engine's): Qt Sql connections are bound to the thread that opened them.
// (A Replay journal's writer thread, setBackgroundWrites(), is internal: it has a sqlite3
// connection of its own and only ever touches the batches handed to it.)
class TradeJournal {
public:
    enum class Durability {
        // Every flush() commits with synchronous=FULL (the WAL is fsynced): a flushed batch
        // survives kill -9 and power loss. Every order's intent is written to the intent log
        // before it is sent. The workstation and the headless service (EngineWorker).
        Live,
        // A replay (ReplaySession): synchronous=OFF, so nothing is fsynced (a power cut or an OS
        // crash during the replay may damage the file: replay again into a fresh one). flush() at
        // the executor's trade boundaries only commits once
        // kReplayBatchRecords calls are queued or the engine clock is past the trading date of
        // the last commit, so a replay commits about once per trading day; close(), beginRun()
        // and every query still commit everything queued. A kill -9 loses at most the
        // uncommitted batch. The intent log is not written: a replay is re-run, not recovered
        // (its paper broker lives and dies with the process), so there is nothing to reconcile.
        // What is stored is the same as in Live, row for row: only when the commits happen
        // changes. With setBackgroundWrites(), a writer thread makes the commits, and a kill -9
        // also loses what was handed to it and not committed yet.
        Replay,
    };
    // What is stored (setDetail()).
    enum class Detail {
        // Everything: every signal with its cloud states, every risk decision, every order
        // snapshot and broker event, each with its events and wall_clock rows. Live journals,
        // and replays unless told otherwise.
        Audit,
        // The trading record only: trades, orders (their state at each commit: the snapshots of
        // one batch are folded into the last), fills and daily P&L, with the events of entries,
        // exits, fills, the kill switch, notes and refused ingress requests (signal_rejected).
        // No signal, risk decision or order event rows:
        // the replay's summary counts them, and a replay can be run again with Audit to see
        // each one. For replays (axion-executor --replay --journal-detail trades).
        Trades,
    };
    // Queued calls that make a Replay journal's flush() commit at once.
    static constexpr qsizetype kReplayBatchRecords = 8192;

    // engineClock stamps trading times (a SimClock in replays); wallClock stamps wall_clock rows
    // (the system clock when null). Both must outlive the journal.
    explicit TradeJournal(const Clock& engineClock, const Clock* wallClock = nullptr);
    // Flushes what is queued (best effort) and closes.
    ~TradeJournal();
    TradeJournal(const TradeJournal&) = delete;
    TradeJournal& operator=(const TradeJournal&) = delete;

    // Opens (creating, migrating) the journal. One process per journal: the open takes
    // `<path>.lock` and fails (isLockedByAnother()) while another live process holds it; a lock
    // left by a process that died is taken over. Then the intent log `<path>-intents` is
    // replayed: an intent whose order the journal never committed becomes an order row in state
    // submitting (its outcome is unknown: the restart reconciles it with the broker by client
    // order id) and an `intent_recovered` event; the log is then emptied.
    bool open(const QString& path);
    // Who holds the journal at `path` now ("axion-executor (process 123 on host)"), or empty
    // when no live process does. For a caller about to replace the file (the demo's fresh
    // start) before it opens it.
    static QString heldBy(const QString& path);
    // The last open() failed because another process holds the journal (its pid and host are
    // in errorString()).
    bool isLockedByAnother() const { return m_lockedByAnother; }
    // How many intents the last open() found that the journal had not committed.
    int recoveredIntents() const { return m_recoveredIntents; }
    // Flushes, then closes. Returns false when the final flush failed (the queue is then lost).
    bool close();
    bool isOpen() const { return m_db.isOpen(); }
    QString errorString() const { return m_error; }

    // Live until set. May be called before or after open(); it stays for later open()s. Going
    // back to Live commits what a Replay journal had deferred. False (errorString()) when the
    // open database refuses the setting.
    bool setDurability(Durability durability);
    Durability durability() const { return m_durability; }
    // Replay durability only (ignored in Live): a commit hands the queue to a writer thread,
    // which writes it on a connection of its own while the caller goes on; the next commit is
    // queued behind it. What is written, and in which transactions, is the same as without it.
    // Every query, beginRun(), takeRecordErrors(), setDurability() and close() first waits for
    // the writer (waitForWrites()); dailySummary() waits only until the writer has written the
    // batch's trade_executions rows and answers on its connection, inside the batch's
    // transaction, so a replay's daily commit runs beside the next day's bars. A commit that
    // fails on the writer makes the next of those calls (or commit()) return false, with the
    // records it did not write queued again, and the journal commits on its own thread from then
    // on. Off until set; may be set at any time (off waits for the writer).
    void setBackgroundWrites(bool on);
    bool backgroundWrites() const { return m_backgroundWrites; }
    // The writer thread runs (a Replay journal with background writes has committed).
    bool hasWriterThread() const { return m_background != nullptr; }
    // Waits until the writer thread has committed everything handed to it (true at once without
    // one). False (errorString()) when a commit failed there: its records are queued again.
    bool waitForWrites();
    // Audit until set; set it before the first record.
    void setDetail(Detail detail) { m_detail = detail; }
    Detail detail() const { return m_detail; }
    // Signals, risk decisions and order events are stored (Audit): the executor builds their
    // texts only then.
    bool keepsAudit() const { return m_detail == Detail::Audit; }
    Database& database() { return m_db; }

    // --- the write-ahead intent (written at once, see IntentLog) ---
    // Appends the intent to the log before the order goes to a broker; the order's row must be
    // queued already (recordOrder) so that the next flush covers it. False (errorString()) when
    // the log cannot be written: the caller must not send.
    // A bracket's three legs go in one write.
    bool writeIntents(std::span<const OrderIntent> intents);
    // The log itself (its path; a test closes it to see a refused write).
    IntentLog& intentLog() { return m_intents; }

    // Numbers this run on the journal: flushes, then adds a row to journal_runs in one
    // transaction and returns its number (1 for a new journal, then 2, 3 ... for each run after
    // it, whichever process makes it: SQLite's write lock orders two processes that start at once).
    // The owner gives it to the paper broker (PaperBrokerSettings::idRun), so a second process on
    // the same journal never repeats the first one's broker order and execution ids. From then on
    // the entries journaled carry it in trade_executions.run_id. Returns 0 (and errorString()) when
    // the journal is not open or the row cannot be written.
    qint64 beginRun();
    // The number beginRun() returned; 0 before it (or after open()/close()).
    qint64 run() const { return m_run; }

    // --- recording (queued; see flush()) ---
    void recordSignal(const Signal& signal);
    // A signal the parser (or the ingress) refused; raw is the message as received (kept, up to
    // 64 KiB). source names where it came from ("http", "websocket"); signalId is the event's
    // reference when the caller knows it (else read from raw's signal_id, best effort).
    void recordSignalRejected(const SignalParseResult& result, const QByteArray& raw,
                              const QString& source = {}, const QString& signalId = {});
    void recordRiskDecision(const Signal& signal, const RiskDecision& decision);
    // Inserts the order or updates it (state, fills, broker id, prices of a replace). Its times
    // are the record's own createdMs/updatedMs (engine clock).
    void recordOrder(const OrderRecord& order);
    // One order event (ours or the broker's) and what the order book made of it.
    void recordOrderEvent(const OrderUpdate& update, const OrderBookChange& change);
    // A duplicate (same broker and execution id) is ignored and logged as `fill_duplicate`.
    void recordFill(const Fill& fill);
    // state = KillSwitch::toJson() after the event: lastKillSwitchState() returns it on restart.
    void recordKillSwitch(const KillSwitchEvent& event, const QJsonObject& state);
    // An event of the executor's own life (engine_started, engine_stopped ...), payload as given.
    void recordNote(const QString& kind, const QString& refId, const QJsonObject& payload);
    // A new open trade. Returns its id at once (ids are handed out by the journal, in call order,
    // so they are deterministic and usable before the flush). trade.id, status and the exit
    // fields are ignored. Returns 0 when the journal is not open.
    qint64 recordEntry(const TradeRecord& trade);
    // A scale-in changed the position: total shares and the new average entry.
    void recordScaleIn(qint64 tradeId, Quantity totalShares, Price averageEntry);
    // The open trade's protective stop moved (an operator's move-stop): the row's stop_loss.
    void recordStopMoved(qint64 tradeId, Price from, Price to, const QString& reason);
    // Closes an open trade. pnlPct is a percent (2.39 = +2.39 %).
    void recordExit(qint64 tradeId, Price exitPrice, qint64 exitTimeMs, ExitReason reason,
                    Money pnl, double pnlPct);
    // The same with a reason outside the strategy exits ("kill_switch", "manual", ...).
    void recordExit(qint64 tradeId, Price exitPrice, qint64 exitTimeMs, const QString& reason,
                    Money pnl, double pnlPct);
    // An entry that never filled.
    void recordTradeCancelled(qint64 tradeId, const QString& reason);
    void upsertDailyPnl(const DailyPnlRecord& day);

    // Writes the queue in one transaction. True when it committed (possibly with record errors,
    // see takeRecordErrors()); false and errorString() when nothing was written. In Replay
    // durability it may defer instead (see Durability) and return true; commit() never does.
    bool flush();
    // Writes the queue in one transaction now, whatever the durability (with background writes:
    // hands it to the writer thread, see setBackgroundWrites()).
    bool commit();
    // Queued records not yet handed to a commit.
    qsizetype pendingCount() const;
    // Records the database refused in past flushes (each kept as a journal_error event), cleared
    // by the call.
    QStringList takeRecordErrors();

    // --- queries (they flush first, so they see everything recorded so far) ---
    // Closed trades whose exit falls on the New York trading date `date`, whichever run entered
    // them: the journal is one account's history, and a restart in the middle of a day is the
    // same day. The owner writes the day's daily_pnl row from it, keyed by the date, so a second
    // run over the date replaces the row; no trade is in it twice (a restart never trades a
    // signal with orders again, see TradeExecutor::recoverFromJournal).
    DailySummary dailySummary(QDate date);
    // Trades by entry time, oldest first. ticker empty = all. lastDays > 0 keeps trades entered in
    // the lastDays New York dates ending with asOf (inclusive); asOf invalid = the engine clock's
    // date, never the wall clock's.
    QList<TradeRecord> tradeHistory(const QString& ticker = {}, int lastDays = 0, QDate asOf = {});
    QList<TradeRecord> openTrades();
    std::optional<TradeRecord> trade(qint64 id);
    // Orders not in a terminal state, in creation order (for reconciliation after a restart).
    QList<OrderRecord> openOrders();
    std::optional<DailyPnlRecord> dailyPnl(QDate date);
    // Signal ids that have orders in the journal: accepted, and their orders went out (or were
    // about to). A restart never trades them again.
    QSet<QString> signalIdsWithOrders();
    // Every client order id the journal has: a restart never issues one of them again.
    QSet<QString> clientOrderIds();
    // (broker, execution id) of every fill counted, for the order book's duplicate check.
    QList<std::pair<QString, QString>> executionIds();
    // The kill switch state of the newest kill_switch event (KillSwitch::fromJson input).
    std::optional<QJsonObject> lastKillSwitchState();
    // tradeHistory(ticker, lastDays, asOf) as CSV (see CsvExport).
    bool exportCsv(const QString& path, const QString& ticker = {}, int lastDays = 0,
                   QDate asOf = {});

    // The New York calendar date of a UTC instant, and the UTC ms of a date's New York midnight.
    static QDate tradingDate(qint64 utcMs);
    static qint64 startOfTradingDateMs(QDate date);

    struct Pending;   // one queued call (defined in the .cpp)
    class Writer;     // prepared statements and per-kind writes (defined in the .cpp)
    class Background; // the writer thread of setBackgroundWrites() (defined in the .cpp)

private:
    // One of Database's id queries over the orders, after a commit; `what` names it in an error.
    QSet<QString> orderIdSet(std::optional<QSet<QString>> (*query)(const QSqlDatabase&, QString*),
                             const QString& what);
    void enqueue(Pending&& item);
    // commit(), then waitForWrites(): everything recorded is in the file.
    bool commitAndWait();
    // The queue in one transaction on this thread (what commit() does without a writer thread).
    bool commitHere();
    // Hands the queue to the writer thread (started on first use); a daily summary request
    // rides along when summaryFor is valid. Failed: the writer had failed (its records are
    // queued again, errorString() says why); NotStarted: it could not be started (nothing
    // changed; the journal commits on this thread from then on).
    enum class HandOff { Handed, Failed, NotStarted };
    HandOff handOff(QDate summaryFor);
    // After the writer thread failed: its unwritten records go back to the front of the queue
    // and the thread is stopped; commits are made on this thread from then on.
    void takeBackFromWriter(const QString& error);
    bool usesWriterThread() const;
    bool fail(const QString& message);
    bool applyDurability();
    bool lock(const QString& path);
    bool recoverIntents(const QString& logPath);

    Database m_db;
    const Clock* m_engineClock;
    const Clock* m_wallClock;
    SystemClock m_systemClock;
    std::unique_ptr<Writer> m_writer;         // destroyed before m_db closes (declared after it)
    std::unique_ptr<Background> m_background; // the writer thread, while one runs
    bool m_backgroundWrites = false;
    bool m_writerFailed = false; // the writer thread failed during this open: no new one
    std::vector<Pending> m_queue;
    qint64 m_nextTradeId = 1;
    qint64 m_nextSeq = 1;
    qint64 m_run = 0;
    QStringList m_recordErrors;
    QString m_error;
    std::unique_ptr<QLockFile> m_lock;
    bool m_lockedByAnother = false;
    IntentLog m_intents;
    int m_recoveredIntents = 0;
    Durability m_durability = Durability::Live;
    Detail m_detail = Detail::Audit;
    // Trades detail: the queue position of each order's snapshot in the batch (folded into).
    QHash<QString, std::size_t> m_queuedOrder;
    // Replay: engine time from which a flush() commits (the start of the trading date after the
    // last commit's); 0 = the next flush() commits.
    qint64 m_commitDueMs = 0;
};

} // namespace axion
