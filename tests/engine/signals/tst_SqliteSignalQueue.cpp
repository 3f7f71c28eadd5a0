#include "core/SimClock.h"
#include "signals/EmaSignalRow.h"
#include "signals/SqliteSignalQueue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <thread>

using namespace axion;

namespace {

// 30 s after the rows' created_at (DESIGN.md §5 example time).
const qint64 kNow = QDateTime(QDate(2026, 11, 24), QTime(15, 31, 30), Qt::UTC).toMSecsSinceEpoch();

const char* kClouds =
    R"([{"cloud_name":"fast","short_ema":187.1,"long_ema":186.8,"is_bullish":true,)"
    R"("thickness":0.0016,"price_above":true,"price_inside":false,"price_below":false,)"
    R"("slope":0.0004,"slope_direction":"flat"}])";

// What a PRD-134 row holds; each test changes what it needs.
struct RowValues {
    QVariant ticker = QStringLiteral("AAPL");
    QVariant signalType = QStringLiteral("cloud_flip_bullish");
    QVariant direction = QStringLiteral("long");
    QVariant timeframe = QStringLiteral("10m");
    QVariant conviction = 82;
    QVariant entryPrice = 187.42;
    QVariant stopLoss = 185.1;
    QVariant targetPrice = 191.9;
    QVariant cloudStatesJson = QString::fromLatin1(kClouds);
    QVariant metadataJson = QStringLiteral(R"({"volume_ratio":1.8})");
    QVariant createdAt = QStringLiteral("2026-11-24 15:31:00");
};

// The other engine: a connection of its own that writes rows.
class Writer {
public:
    explicit Writer(const QString& path)
        : m_name(QStringLiteral("test-writer-%1").arg(++s_counter)) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        QVERIFY(db.open());
    }
    ~Writer() {
        QSqlDatabase::database(m_name).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name); }

    qint64 insert(const RowValues& v) {
        QSqlQuery q(db());
        q.prepare(QStringLiteral(
            "INSERT INTO ema_signals (ticker, signal_type, direction, timeframe, conviction,"
            " entry_price, stop_loss, target_price, cloud_states_json, metadata_json, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant& x :
             {v.ticker, v.signalType, v.direction, v.timeframe, v.conviction, v.entryPrice,
              v.stopLoss, v.targetPrice, v.cloudStatesJson, v.metadataJson, v.createdAt})
            q.addBindValue(x);
        if (!q.exec())
            qFatal("insert failed: %s", qPrintable(q.lastError().text()));
        return q.lastInsertId().toLongLong();
    }

    // (executed, execution_id) of a row.
    std::pair<int, QString> mark(qint64 id) {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("SELECT executed, execution_id FROM ema_signals WHERE id = ?"));
        q.addBindValue(id);
        if (!q.exec() || !q.next())
            return {-1, {}};
        return {q.value(0).toInt(), q.value(1).toString()};
    }

    int count(const QString& where) {
        QSqlQuery q(db());
        q.exec(QStringLiteral("SELECT COUNT(*) FROM ema_signals WHERE ") + where);
        return q.next() ? q.value(0).toInt() : -1;
    }

private:
    static inline int s_counter = 0;
    QString m_name;
};

struct Received {
    QList<Signal> signals;
    QList<SignalParseResult> rejections;
    QList<QByteArray> rejectedRaw;
};

void connectSinks(SqliteSignalQueue& queue, Received& received) {
    queue.setSignalSink([&received](const Signal& s) { received.signals.append(s); });
    queue.setRejectionSink([&received](const SignalParseResult& r, const QByteArray& raw) {
        received.rejections.append(r);
        received.rejectedRaw.append(raw);
    });
}

SqliteSignalQueue::Options options(const QString& path) {
    SqliteSignalQueue::Options o;
    o.databasePath = path;
    o.pollIntervalMs = 20;
    return o;
}

} // namespace

class tst_SqliteSignalQueue : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_file = 0;

    QString newDatabase() { return m_dir.filePath(QStringLiteral("signals-%1.db").arg(++m_file)); }

private Q_SLOTS:
    // ---- pure: created_at and the row -> §5 JSON object

    void parsesCreatedAt_data() {
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<qint64>("expectedMs"); // -1: not a time
        const qint64 base =
            QDateTime(QDate(2026, 11, 24), QTime(15, 31), Qt::UTC).toMSecsSinceEpoch();
        QTest::newRow("sqlite text, naive = UTC")
            << QVariant(QStringLiteral("2026-11-24 15:31:00")) << base;
        QTest::newRow("python microseconds")
            << QVariant(QStringLiteral("2026-11-24 15:31:00.123456")) << base + 123;
        QTest::newRow("iso with offset")
            << QVariant(QStringLiteral("2026-11-24T15:31:00+00:00")) << base;
        QTest::newRow("iso new york offset")
            << QVariant(QStringLiteral("2026-11-24T10:31:00-05:00")) << base;
        QTest::newRow("space and offset")
            << QVariant(QStringLiteral("2026-11-24 16:31:00.5+0100")) << base + 500;
        QTest::newRow("zulu") << QVariant(QStringLiteral("2026-11-24T15:31:00Z")) << base;
        QTest::newRow("no seconds") << QVariant(QStringLiteral("2026-11-24 15:31")) << base;
        QTest::newRow("epoch seconds") << QVariant(double(base) / 1000.0) << base;
        QTest::newRow("epoch integer") << QVariant(qlonglong(base / 1000)) << base;
        QTest::newRow("garbage") << QVariant(QStringLiteral("yesterday")) << qint64(-1);
        QTest::newRow("month 13") << QVariant(QStringLiteral("2026-13-24 15:31:00")) << qint64(-1);
        QTest::newRow("offset hours 25")
            << QVariant(QStringLiteral("2026-11-24T15:31:00+25:00")) << qint64(-1);
        QTest::newRow("empty") << QVariant(QString()) << qint64(-1);
        QTest::newRow("null") << QVariant() << qint64(-1);
        QTest::newRow("negative epoch") << QVariant(-5.0) << qint64(-1);
    }
    void parsesCreatedAt() {
        QFETCH(QVariant, value);
        QFETCH(qint64, expectedMs);
        const auto when = EmaSignalRow::parseCreatedAt(value);
        if (expectedMs < 0) {
            QVERIFY(!when);
            return;
        }
        QVERIFY(when);
        QCOMPARE(when->toMSecsSinceEpoch(), expectedMs);
    }

    void rowBecomesTheContractObject() {
        EmaSignalRow row;
        row.id = 42;
        const RowValues v;
        row.ticker = v.ticker;
        row.signalType = v.signalType;
        row.direction = v.direction;
        row.timeframe = v.timeframe;
        row.conviction = qlonglong(82);
        row.entryPrice = v.entryPrice;
        row.stopLoss = v.stopLoss;
        row.targetPrice = QVariant(); // NULL: optional in the contract
        row.cloudStatesJson = v.cloudStatesJson;
        row.metadataJson = v.metadataJson;
        row.createdAt = v.createdAt;
        const EmaSignalRow::Conversion c = row.toSignalObject();
        QVERIFY(!c.rejection);
        const QJsonObject& o = c.object;
        QCOMPARE(o.value(u"ticker").toString(), QStringLiteral("AAPL"));
        QCOMPARE(o.value(u"conviction").toDouble(), 82.0);
        QCOMPARE(o.value(u"entry_price").toDouble(), 187.42);
        QVERIFY(!o.contains(u"target_price"));
        QCOMPARE(o.value(u"cloud_states").toArray().size(), 1);
        QCOMPARE(o.value(u"metadata").toObject().value(u"volume_ratio").toDouble(), 1.8);
        QCOMPARE(o.value(u"source").toString(), QStringLiteral("sqlite"));
        QCOMPARE(o.value(u"ema_signals_id").toDouble(), 42.0);
        const auto ts = QDateTime::fromString(o.value(u"timestamp").toString(), Qt::ISODateWithMs);
        QCOMPARE(ts.toMSecsSinceEpoch(), kNow - 30'000);

        const SignalParseResult r = SignalParser(ExecutorConfig{}).parse(o, kNow);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.signal->entryPrice.units(), 1'874'200);
        QVERIFY(r.signal->volumeConfirmed);
        QCOMPARE(r.signal->metadata.value(u"source").toString(), QStringLiteral("sqlite"));
    }

    void badJsonColumnIsARejection() {
        EmaSignalRow row;
        row.cloudStatesJson = QStringLiteral("[{\"cloud_name\": ");
        const EmaSignalRow::Conversion c = row.toSignalObject();
        QVERIFY(c.rejection);
        QCOMPARE(toString(c.rejection->code), toString(SignalRejectCode::MalformedJson));
        QCOMPARE(c.rejection->field, QStringLiteral("cloud_states_json"));
        QCOMPARE(c.object.value(u"cloud_states_json").toString(), row.cloudStatesJson.toString());
    }

    // ---- the queue on a real SQLite file

    void createsTheTableWhenMissing() {
        const QString path = newDatabase();
        SimClock clock(kNow);
        SqliteSignalQueue queue(ExecutorConfig{}, clock, options(path));
        QVERIFY2(queue.open(), qPrintable(queue.errorString()));
        Writer w(path);
        QSqlQuery q(w.db());
        QVERIFY(q.exec(QStringLiteral("PRAGMA table_info(ema_signals)")));
        QStringList columns;
        while (q.next()) {
            columns << q.value(1).toString() + u' ' + q.value(2).toString() +
                           (q.value(5).toInt() ? QStringLiteral(" PK") : QString()) +
                           (q.value(4).isNull() ? QString() : u'=' + q.value(4).toString());
        }
        const QStringList expected{
            QStringLiteral("id INTEGER PK"),      QStringLiteral("ticker TEXT"),
            QStringLiteral("signal_type TEXT"),   QStringLiteral("direction TEXT"),
            QStringLiteral("timeframe TEXT"),     QStringLiteral("conviction INTEGER"),
            QStringLiteral("entry_price REAL"),   QStringLiteral("stop_loss REAL"),
            QStringLiteral("target_price REAL"),  QStringLiteral("cloud_states_json TEXT"),
            QStringLiteral("metadata_json TEXT"), QStringLiteral("created_at DATETIME"),
            QStringLiteral("executed BOOLEAN=0"), QStringLiteral("execution_id TEXT")};
        QCOMPARE(columns, expected);
        // The two §5 indexes, by their columns.
        QStringList indexes;
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND"
                                      " tbl_name = 'ema_signals' ORDER BY name")));
        while (q.next()) {
            QSqlQuery info(w.db());
            QVERIFY(info.exec(QStringLiteral("PRAGMA index_info(%1)").arg(q.value(0).toString())));
            QStringList cols;
            while (info.next())
                cols << info.value(2).toString();
            indexes << cols.join(u',');
        }
        indexes.sort();
        QCOMPARE(indexes, (QStringList{QStringLiteral("conviction,executed"),
                                       QStringLiteral("ticker,created_at")}));
        // A second open of the same file leaves the existing table alone.
        SqliteSignalQueue again(ExecutorConfig{}, clock, options(path));
        QVERIFY2(again.open(), qPrintable(again.errorString()));
    }

    void refusesAForeignTableOfTheSameName() {
        const QString path = newDatabase();
        {
            Writer w(path);
            QSqlQuery q(w.db());
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE ema_signals (id INTEGER PRIMARY KEY, x)")));
        }
        SimClock clock(kNow);
        SqliteSignalQueue queue(ExecutorConfig{}, clock, options(path));
        QVERIFY(!queue.open());
        QVERIFY2(queue.errorString().contains(u"execution_id"), qPrintable(queue.errorString()));
    }

    void deliversValidRowsOnceAndMarksThem() {
        const QString path = newDatabase();
        SimClock clock(kNow);
        Received received;
        auto queue = std::make_unique<SqliteSignalQueue>(ExecutorConfig{}, clock, options(path));
        connectSinks(*queue, received);
        QVERIFY(queue->open());
        Writer w(path);
        RowValues a;
        RowValues b;
        b.ticker = QStringLiteral("MSFT");
        b.signalType = QStringLiteral("cloud_flip_bearish");
        b.direction = QStringLiteral("short");
        b.entryPrice = QStringLiteral("410.50"); // text in a REAL column: a decimal string
        b.stopLoss = 415.0;
        b.targetPrice = 401.0;
        b.createdAt = QStringLiteral("2026-11-24T10:31:10-05:00");
        const qint64 idA = w.insert(a);
        const qint64 idB = w.insert(b);

        QCOMPARE(queue->pollOnce(), 2);
        QCOMPARE(received.signals.size(), 2);
        QVERIFY(received.rejections.isEmpty());
        const Signal& sa = received.signals.at(0);
        const Signal& sb = received.signals.at(1);
        QCOMPARE(sa.ticker, QStringLiteral("AAPL"));
        QCOMPARE(sa.cloudStates.size(), 1);
        QCOMPARE(sb.ticker, QStringLiteral("MSFT"));
        QCOMPARE(sb.entryPrice.units(), 4'105'000);
        QCOMPARE(sb.timestampMs, kNow - 20'000);
        QCOMPARE(w.mark(idA), std::pair(1, sa.signalId));
        QCOMPARE(w.mark(idB), std::pair(1, sb.signalId));

        QCOMPARE(queue->pollOnce(), 0);
        QCOMPARE(received.signals.size(), 2);

        // Restart: a new instance on the same file finds nothing to take.
        queue.reset();
        SqliteSignalQueue restarted(ExecutorConfig{}, clock, options(path));
        connectSinks(restarted, received);
        QVERIFY(restarted.open());
        QCOMPARE(restarted.pollOnce(), 0);
        QCOMPARE(received.signals.size(), 2);
        QVERIFY(received.rejections.isEmpty());
    }

    // Claim, commit, then deliver: when the sink runs, the mark is already committed (another
    // connection sees it), so a crash inside the sink cannot make the row be taken again.
    void rowIsMarkedBeforeItIsDelivered() {
        const QString path = newDatabase();
        SimClock clock(kNow);
        SqliteSignalQueue queue(ExecutorConfig{}, clock, options(path));
        QVERIFY(queue.open());
        Writer w(path);
        const qint64 id = w.insert(RowValues{});
        std::pair<int, QString> seenInSink;
        queue.setSignalSink([&](const Signal&) { seenInSink = w.mark(id); });
        QCOMPARE(queue.pollOnce(), 1);
        QCOMPARE(seenInSink.first, 1);
        QVERIFY(seenInSink.second.startsWith(u"sig-"));
    }

    void malformedRowIsMarkedWithItsReasonAndNotRetried_data() {
        QTest::addColumn<QString>("column");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("reason");
        QTest::newRow("NULL entry price")
            << QStringLiteral("entry_price") << QVariant() << QStringLiteral("missing_field");
        QTest::newRow("NaN text price")
            << QStringLiteral("entry_price") << QVariant(QStringLiteral("NaN"))
            << QStringLiteral("invalid_price");
        QTest::newRow("negative stop")
            << QStringLiteral("stop_loss") << QVariant(-1.0) << QStringLiteral("invalid_price");
        QTest::newRow("stop above a long entry")
            << QStringLiteral("stop_loss") << QVariant(190.0) << QStringLiteral("stop_wrong_side");
        QTest::newRow("bad JSON in cloud_states_json")
            << QStringLiteral("cloud_states_json") << QVariant(QStringLiteral("[{oops"))
            << QStringLiteral("malformed_json");
        QTest::newRow("bad JSON in metadata_json")
            << QStringLiteral("metadata_json") << QVariant(QStringLiteral("{\"volume_ratio\":"))
            << QStringLiteral("malformed_json");
        QTest::newRow("unknown direction")
            << QStringLiteral("direction") << QVariant(QStringLiteral("sideways"))
            << QStringLiteral("unknown_direction");
        QTest::newRow("conviction 140") << QStringLiteral("conviction") << QVariant(140)
                                        << QStringLiteral("conviction_out_of_range");
        QTest::newRow("stale") << QStringLiteral("created_at")
                               << QVariant(QStringLiteral("2026-11-24 14:00:00"))
                               << QStringLiteral("stale_timestamp");
        QTest::newRow("unreadable created_at")
            << QStringLiteral("created_at") << QVariant(QStringLiteral("last tuesday"))
            << QStringLiteral("bad_timestamp");
        QTest::newRow("bad ticker") << QStringLiteral("ticker") << QVariant(QStringLiteral("aapl$"))
                                    << QStringLiteral("invalid_ticker");
    }
    void malformedRowIsMarkedWithItsReasonAndNotRetried() {
        QFETCH(QString, column);
        QFETCH(QVariant, value);
        QFETCH(QString, reason);
        const QString path = newDatabase();
        SimClock clock(kNow);
        Received received;
        SqliteSignalQueue queue(ExecutorConfig{}, clock, options(path));
        connectSinks(queue, received);
        QVERIFY(queue.open());
        Writer w(path);
        const qint64 good = w.insert(RowValues{});
        const qint64 bad = w.insert(RowValues{});
        QSqlQuery q(w.db());
        q.prepare(QStringLiteral("UPDATE ema_signals SET %1 = ? WHERE id = ?").arg(column));
        q.addBindValue(value);
        q.addBindValue(bad);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));

        QCOMPARE(queue.pollOnce(), 2);
        QCOMPARE(received.signals.size(), 1);
        QCOMPARE(received.rejections.size(), 1);
        QCOMPARE(toString(received.rejections.at(0).code), reason);
        QVERIFY(!received.rejections.at(0).message.isEmpty());
        // The journaled raw text is the row as §5 JSON, traceable to its row.
        const QJsonObject raw = QJsonDocument::fromJson(received.rejectedRaw.at(0)).object();
        QCOMPARE(raw.value(u"ema_signals_id").toDouble(), double(bad));
        QCOMPARE(raw.value(u"source").toString(), QStringLiteral("sqlite"));
        QCOMPARE(w.mark(good).first, 1);
        QCOMPARE(w.mark(bad), std::pair(1, QString(QStringLiteral("rejected:") + reason)));

        // Never retried: not by this instance, not after a restart.
        QCOMPARE(queue.pollOnce(), 0);
        SqliteSignalQueue restarted(ExecutorConfig{}, clock, options(path));
        connectSinks(restarted, received);
        QVERIFY(restarted.open());
        QCOMPARE(restarted.pollOnce(), 0);
        QCOMPARE(received.rejections.size(), 1);
        QCOMPARE(received.signals.size(), 1);
    }

    void aKnownSignalIdIsRejectedAsDuplicate() {
        const QString path = newDatabase();
        SimClock clock(kNow);
        Received received;
        SqliteSignalQueue queue(ExecutorConfig{}, clock, options(path));
        connectSinks(queue, received);
        QSet<QString> known;
        queue.setKnownIdCheck([&known](const QString& id) { return known.contains(id); });
        QVERIFY(queue.open());
        Writer w(path);
        w.insert(RowValues{});
        w.insert(RowValues{}); // the same signal written twice: one trade
        QCOMPARE(queue.pollOnce(), 2);
        QCOMPARE(received.signals.size(), 1);
        QCOMPARE(received.rejections.size(), 1);
        QCOMPARE(toString(received.rejections.at(0).code), toString(SignalRejectCode::DuplicateId));
        known.insert(received.signals.at(0).signalId);
        // Also a signal the executor already has from another source.
        RowValues later;
        later.createdAt = QStringLiteral("2026-11-24 15:31:00.000"); // same instant, same id
        const qint64 id = w.insert(later);
        QCOMPARE(queue.pollOnce(), 1);
        QCOMPARE(w.mark(id).second, QStringLiteral("rejected:duplicate_id"));
    }

    void picksUpRowsInsertedWhilePolling() {
        const QString path = newDatabase();
        SimClock clock(kNow);
        Received received;
        SqliteSignalQueue queue(ExecutorConfig{}, clock, options(path));
        connectSinks(queue, received);
        QVERIFY(queue.start());
        QTest::qWait(60);
        QVERIFY(received.signals.isEmpty());
        Writer w(path);
        w.insert(RowValues{});
        QTRY_COMPARE(received.signals.size(), 1);
        RowValues second;
        second.ticker = QStringLiteral("NVDA");
        second.entryPrice = 120.0;
        second.stopLoss = 118.0;
        second.targetPrice = 124.0;
        w.insert(second);
        QTRY_COMPARE(received.signals.size(), 2);
        QCOMPARE(received.signals.at(1).ticker, QStringLiteral("NVDA"));
        queue.stop();
    }

    void drainsABacklogLargerThanOneBatch() {
        const QString path = newDatabase();
        SimClock clock(kNow);
        Received received;
        auto o = options(path);
        o.batchSize = 7;
        o.pollIntervalMs = 10'000; // only the "full batch: go on at once" path can drain it
        SqliteSignalQueue queue(ExecutorConfig{}, clock, o);
        connectSinks(queue, received);
        QVERIFY(queue.open());
        Writer w(path);
        for (int i = 0; i < 30; ++i) {
            RowValues v;
            v.createdAt = QStringLiteral("2026-11-24 15:31:%1").arg(i, 2, 10, QLatin1Char('0'));
            w.insert(v);
        }
        QCOMPARE(queue.pollOnce(), 7);
        QVERIFY(queue.start());
        QTRY_COMPARE_WITH_TIMEOUT(received.signals.size(), 30, 3000);
        QCOMPARE(w.count(QStringLiteral("executed = 1")), 30);
    }

    // The other engine holding the write lock is normal: the poll gives up after its short busy
    // timeout without an error, and takes the row at a later poll.
    void waitsOutTheOtherEnginesWriteLockQuietly() {
        const QString path = newDatabase();
        SimClock clock(kNow);
        Received received;
        auto o = options(path);
        o.busyTimeoutMs = 30;
        SqliteSignalQueue queue(ExecutorConfig{}, clock, o);
        connectSinks(queue, received);
        QStringList errors;
        connect(&queue, &SqliteSignalQueue::errorOccurred, this,
                [&errors](const QString& e) { errors << e; });
        QVERIFY(queue.open());
        Writer w(path);
        const qint64 id = w.insert(RowValues{});
        QSqlQuery lock(w.db());
        QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QCOMPARE(queue.pollOnce(), 0);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        QVERIFY(received.signals.isEmpty());
        QCOMPARE(w.mark(id).first, 0);
        QVERIFY(lock.exec(QStringLiteral("COMMIT")));
        QCOMPARE(queue.pollOnce(), 1);
        QCOMPARE(received.signals.size(), 1);
    }

    // A database the other engine created keeps its journal mode; a file we create is WAL.
    void leavesTheOtherEnginesJournalModeAlone() {
        const QString theirs = newDatabase();
        {
            Writer w(theirs);
            QSqlQuery q(w.db());
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE other (x)")));
        }
        const QString ours = newDatabase();
        SimClock clock(kNow);
        SqliteSignalQueue a(ExecutorConfig{}, clock, options(theirs));
        SqliteSignalQueue b(ExecutorConfig{}, clock, options(ours));
        QVERIFY(a.open());
        QVERIFY(b.open());
        for (const auto& [path, mode] : {std::pair{theirs, QStringLiteral("delete")},
                                         std::pair{ours, QStringLiteral("wal")}}) {
            Writer w(path);
            QSqlQuery q(w.db());
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
            QCOMPARE(q.value(0).toString().toLower(), mode);
        }
    }

    void twoQueuesOnOneDatabaseNeverDeliverARowTwice() {
        const QString path = newDatabase();
        {
            SimClock clock(kNow);
            SqliteSignalQueue creator(ExecutorConfig{}, clock, options(path));
            QVERIFY(creator.open());
        }
        constexpr int kRows = 240;
        std::atomic<bool> writing{true};
        QMutex mutex;
        QStringList deliveredIds;
        QList<int> perQueue{0, 0};
        QStringList errors;

        // Each consumer lives on its own thread with its own connection, as two executors would.
        auto consumer = [&](int index) {
            SimClock clock(kNow + 60'000);
            SqliteSignalQueue::Options o;
            o.databasePath = path;
            o.batchSize = 5;
            o.busyTimeoutMs = 50;
            SqliteSignalQueue queue(ExecutorConfig{}, clock, o);
            queue.setSignalSink([&](const Signal& s) {
                const QMutexLocker lock(&mutex);
                deliveredIds << s.signalId;
                ++perQueue[index];
            });
            queue.setRejectionSink([&](const SignalParseResult& r, const QByteArray&) {
                const QMutexLocker lock(&mutex);
                errors << r.message;
            });
            if (!queue.open()) {
                const QMutexLocker lock(&mutex);
                errors << queue.errorString();
                return;
            }
            // Keep polling until the writer is done and nothing is left.
            for (;;) {
                const bool lastRound = !writing.load();
                const int n = queue.pollOnce();
                if (n < 0) {
                    const QMutexLocker lock(&mutex);
                    errors << queue.errorString();
                    return;
                }
                if (lastRound && n == 0)
                    break;
                if (n <= 0)
                    std::this_thread::sleep_for(std::chrono::milliseconds(1));
            }
        };
        std::thread first(consumer, 0);
        std::thread second(consumer, 1);
        {
            Writer w(path);
            for (int i = 0; i < kRows; ++i) {
                RowValues v;
                v.createdAt = QDateTime::fromMSecsSinceEpoch(kNow - 200'000 + i * 500, Qt::UTC)
                                  .toString(Qt::ISODateWithMs);
                w.insert(v);
                if (i % 20 == 0)
                    std::this_thread::sleep_for(std::chrono::milliseconds(2));
            }
            writing = false;
        }
        first.join();
        second.join();

        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        QCOMPARE(deliveredIds.size(), kRows);
        QCOMPARE(QSet<QString>(deliveredIds.begin(), deliveredIds.end()).size(), kRows);
        qInfo("queue 1 took %d rows, queue 2 took %d", perQueue[0], perQueue[1]);
        Writer w(path);
        QCOMPARE(w.count(QStringLiteral("executed = 1 AND execution_id LIKE 'sig-%'")), kRows);
    }
};

QTEST_GUILESS_MAIN(tst_SqliteSignalQueue)
#include "tst_SqliteSignalQueue.moc"
