#include "journal/Database.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

using namespace axion;
using namespace Qt::StringLiterals;

namespace {

const QStringList kAllTables{u"schema_migrations"_s,
                             u"trade_executions"_s,
                             u"daily_pnl"_s,
                             u"orders"_s,
                             u"fills"_s,
                             u"events"_s,
                             u"wall_clock"_s,
                             u"signal_inbox"_s,
                             u"journal_runs"_s};

// A plain connection that does not go through Database: plays the part of an older program, of
// another application or of an outside reader.
class RawConnection {
public:
    explicit RawConnection(const QString& path)
        : m_name(u"raw-%1"_s.arg(++s_counter)) {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        m_ok = db.open();
    }
    ~RawConnection() {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool ok() const { return m_ok; }
    bool exec(const QString& sql) {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql)) {
            qWarning("raw exec failed: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            return false;
        }
        return true;
    }
    QVariant scalar(const QString& sql) {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }

private:
    static inline int s_counter = 0;
    QString m_name;
    bool m_ok = false;
};

QStringList tablesOf(Database& db) {
    QStringList names;
    QSqlQuery q(db.connection());
    q.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"_s);
    while (q.next())
        names << q.value(0).toString();
    return names;
}

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class tst_Database : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void latestVersionIsTheLastMigration() {
        // Five migrations exist today: the PRD tables, then orders/fills/events/wall_clock,
        // then the trade history indexes of the Trade Journal tab, then the ingress's inbox,
        // then ISO-8601 trade times with their _ms twins and the journal's numbered runs.
        QCOMPARE(Database::latestVersion(), 5);
        const auto& ms = Database::migrations();
        for (qsizetype i = 0; i < ms.size(); ++i)
            QCOMPARE(ms.at(i).version, int(i) + 1); // numbered 1, 2, ... without gaps
    }

    void migratesFromEmptyFile_data() {
        QTest::addColumn<bool>("createZeroByteFile");
        QTest::newRow("file absent") << false;
        QTest::newRow("zero-byte file") << true;
    }
    void migratesFromEmptyFile() {
        QFETCH(bool, createZeroByteFile);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"journal.db"_s);
        if (createZeroByteFile) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        Database db;
        QVERIFY2(db.open(path), qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), Database::latestVersion());
        QCOMPARE(db.scalar(u"PRAGMA user_version"_s)->toInt(), Database::latestVersion());
        const QStringList tables = tablesOf(db);
        for (const QString& t : kAllTables)
            QVERIFY2(tables.contains(t), qPrintable(t));
        // Each migration left its row.
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"SELECT version FROM schema_migrations ORDER BY version"_s));
        QList<int> versions;
        while (q.next())
            versions << q.value(0).toInt();
        QCOMPARE(versions, (QList<int>{1, 2, 3, 4, 5}));
        QCOMPARE(db.scalar(u"PRAGMA application_id"_s)->toInt(), Database::kApplicationId);
        QCOMPARE(db.integrityCheck(), u"ok"_s);
    }

    void migratesFromEachEarlierVersion_data() {
        QTest::addColumn<int>("fromVersion");
        for (int v = 1; v < Database::latestVersion(); ++v)
            QTest::addRow("from v%d", v) << v;
    }
    void migratesFromEachEarlierVersion() {
        QFETCH(int, fromVersion);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"old.db"_s);
        {
            // What an older program left: its scripts applied, user_version at its version, and
            // a trade and a day journaled.
            RawConnection raw(path);
            QVERIFY(raw.ok());
            for (const Database::Migration& m : Database::migrations()) {
                if (m.version > fromVersion)
                    break;
                for (const QString& sql : m.statements)
                    QVERIFY(raw.exec(sql));
            }
            QVERIFY(raw.exec(u"PRAGMA user_version = %1"_s.arg(fromVersion)));
            QVERIFY(raw.exec(
                u"INSERT INTO trade_executions (id, signal_id, ticker, direction, trade_type,"
                " entry_price, entry_price_e4, shares, status, entry_time, created_at)"
                " VALUES (7, 'sig-7', 'AAPL', 'long', 'day', 187.42, 1874200, 100, 'open',"
                " 1795966260000, 1795966260000)"_s));
            QVERIFY(raw.exec(u"INSERT INTO daily_pnl (date, starting_equity, starting_equity_e4)"
                             " VALUES ('2026-11-24', 100000.0, 1000000000)"_s));
        }
        Database db;
        QVERIFY2(db.open(path), qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), Database::latestVersion());
        // Data kept.
        QCOMPARE(
            db.scalar(u"SELECT entry_price_e4 FROM trade_executions WHERE id = 7"_s)->toLongLong(),
            1874200LL);
        QCOMPARE(db.scalar(u"SELECT starting_equity_e4 FROM daily_pnl"_s)->toLongLong(),
                 1000000000LL);
        // New tables present and usable.
        const QStringList tables = tablesOf(db);
        for (const QString& t : kAllTables)
            QVERIFY2(tables.contains(t), qPrintable(t));
        QVERIFY(db.exec(u"INSERT INTO events (seq, time_ms, kind, payload_json)"
                        " VALUES (1, 0, 'signal', '{}')"_s));
        QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM schema_migrations WHERE version > %1"_s.arg(
                               fromVersion))
                     ->toInt(),
                 Database::latestVersion() - fromVersion);
        // The history indexes of the latest migration exist and serve the newest-first read.
        QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'index'"
                           " AND name LIKE 'idx_trade_executions_%recent'"_s)
                     ->toInt(),
                 4);
        QCOMPARE(db.scalar(u"SELECT id FROM trade_executions"
                           " ORDER BY COALESCE(exit_time_ms, entry_time_ms) DESC, id DESC"
                           " LIMIT 1"_s)
                     ->toLongLong(),
                 7LL);
        // The inbox of migration 4 takes a row and refuses a second one with the same id.
        QVERIFY(db.exec(u"INSERT INTO signal_inbox (signal_id, source, received_ms, payload_json)"
                        " VALUES ('sig-1', 'http', 1, '{}')"_s));
        QVERIFY(!db.exec(u"INSERT INTO signal_inbox (signal_id, source, received_ms, payload_json)"
                         " VALUES ('sig-1', 'http', 2, '{}')"_s));
        QCOMPARE(db.scalar(u"SELECT processed FROM signal_inbox"_s)->toInt(), 0);
        QCOMPARE(db.integrityCheck(), u"ok"_s);
    }

    void migration5KeepsTradesAndWritesIsoTimes() {
        // A journal as the previous program left it (schema 4, times as INTEGER UTC ms), with an
        // open, a closed and a cancelled trade and a day in it.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"v4.db"_s);
        const qint64 entryMs = 1381152660000;   // 2013-10-07T13:31:00.000Z
        const qint64 exitMs = 1381154712345;    // 2013-10-07T14:05:12.345Z
        const qint64 createdMs = 1381152660999; // 2013-10-07T13:31:00.999Z
        const qint64 cancelMs = 1381161599001;  // 2013-10-07T15:59:59.001Z
        QStringList v4Schema;
        {
            Database old;
            QVERIFY2(old.open(path, 4), qPrintable(old.errorString()));
            QCOMPARE(old.schemaVersion(), 4);
            QVERIFY(old.exec(
                u"INSERT INTO trade_executions (id, signal_id, ticker, direction, trade_type,"
                " entry_price, entry_price_e4, shares, stop_loss, stop_loss_e4, conviction,"
                " status, broker, order_id, entry_time, metadata_json, created_at) VALUES"
                " (1, 'sig-1', 'SPY', 'long', 'day', 168.9, 1689000, 100, 168.1, 1681000, 80,"
                " 'open', 'paper', 'sig-1-entry', %1, '{\"timeframe\":\"10m\"}', %2)"_s.arg(entryMs)
                    .arg(createdMs)));
            QVERIFY(old.exec(
                u"INSERT INTO trade_executions (id, signal_id, ticker, direction, trade_type,"
                " entry_price, entry_price_e4, exit_price, exit_price_e4, shares, status,"
                " exit_reason, pnl, pnl_e4, pnl_pct, entry_time, exit_time, created_at) VALUES"
                " (2, 'sig-2', 'SPY', 'short', 'swing', 169.0, 1690000, 168.5, 1685000, 50,"
                " 'closed', 'target', 25.0, 250000, 0.29, %1, %2, %3)"_s.arg(entryMs)
                    .arg(exitMs)
                    .arg(createdMs)));
            QVERIFY(old.exec(
                u"INSERT INTO trade_executions (id, signal_id, ticker, direction, trade_type,"
                " entry_price, entry_price_e4, shares, status, exit_reason, entry_time,"
                " exit_time, created_at) VALUES (3, 'sig-3', 'AAPL', 'long', 'scalp', 1.0,"
                " 10000, 1, 'cancelled', 'entry_timeout', %1, %2, %1)"_s.arg(entryMs)
                    .arg(cancelMs)));
            QVERIFY(old.exec(u"INSERT INTO daily_pnl (date, starting_equity, starting_equity_e4,"
                             " realized_pnl, realized_pnl_e4, total_trades)"
                             " VALUES ('2013-10-07', 100000.0, 1000000000, 25.0, 250000, 1)"_s));
            QSqlQuery q(old.connection());
            QVERIFY(q.exec(u"SELECT name FROM sqlite_master WHERE tbl_name = 'trade_executions'"
                           " AND type = 'index' AND sql IS NOT NULL ORDER BY name"_s));
            while (q.next())
                v4Schema << q.value(0).toString();
        }
        const QStringList otherColumns{u"id"_s,
                                       u"signal_id"_s,
                                       u"ticker"_s,
                                       u"direction"_s,
                                       u"trade_type"_s,
                                       u"entry_price"_s,
                                       u"entry_price_e4"_s,
                                       u"exit_price"_s,
                                       u"exit_price_e4"_s,
                                       u"shares"_s,
                                       u"stop_loss"_s,
                                       u"stop_loss_e4"_s,
                                       u"target_price"_s,
                                       u"target_price_e4"_s,
                                       u"conviction"_s,
                                       u"status"_s,
                                       u"exit_reason"_s,
                                       u"pnl"_s,
                                       u"pnl_e4"_s,
                                       u"pnl_pct"_s,
                                       u"broker"_s,
                                       u"order_id"_s,
                                       u"metadata_json"_s};
        // Every other column, row by row, as text: compared before and after the migration.
        const auto otherCells = [&otherColumns](Database& d) {
            QStringList rows;
            QSqlQuery q(d.connection());
            if (!q.exec(u"SELECT "_s + otherColumns.join(u", "_s) +
                        u" FROM trade_executions ORDER BY id"_s))
                return rows;
            while (q.next()) {
                QStringList cells;
                for (int i = 0; i < otherColumns.size(); ++i)
                    cells << (q.isNull(i) ? u"NULL"_s : q.value(i).toString());
                rows << cells.join(u'|');
            }
            return rows;
        };
        QStringList before;
        {
            Database old;
            QVERIFY(old.open(path, 4));
            before = otherCells(old);
            QCOMPARE(before.size(), 3);
        }

        Database db;
        QVERIFY2(db.open(path), qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), Database::latestVersion());
        QCOMPARE(db.scalar(u"PRAGMA user_version"_s)->toInt(), 5);

        // The rows survive with every other column unchanged.
        const QStringList after = otherCells(db);
        QCOMPARE(after, before);
        QCOMPARE(db.scalar(u"SELECT starting_equity_e4 FROM daily_pnl WHERE date = '2013-10-07'"_s)
                     ->toLongLong(),
                 1000000000LL);

        // The _ms columns hold the old integers exactly; the text columns are ISO-8601 UTC
        // with milliseconds for the same instant.
        struct Expect {
            qint64 id;
            qint64 entry;
            std::optional<qint64> exit;
            qint64 created;
        };
        const QList<Expect> expected{{1, entryMs, std::nullopt, createdMs},
                                     {2, entryMs, exitMs, createdMs},
                                     {3, entryMs, cancelMs, entryMs}};
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"SELECT id, entry_time, entry_time_ms, exit_time, exit_time_ms,"
                       " created_at, created_at_ms, typeof(entry_time), typeof(entry_time_ms),"
                       " run_id FROM trade_executions ORDER BY id"_s));
        for (const Expect& e : expected) {
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toLongLong(), e.id);
            QCOMPARE(q.value(7).toString(), u"text"_s);
            QCOMPARE(q.value(8).toString(), u"integer"_s);
            QCOMPARE(q.value(2).toLongLong(), e.entry);
            const QString entryText = q.value(1).toString();
            QCOMPARE(entryText.size(), qsizetype(24)); // 2013-10-07T13:31:00.000Z
            QVERIFY2(entryText.endsWith(u'Z'), qPrintable(entryText));
            QCOMPARE(QDateTime::fromString(entryText, Qt::ISODateWithMs).toMSecsSinceEpoch(),
                     e.entry);
            if (e.exit) {
                QCOMPARE(q.value(4).toLongLong(), *e.exit);
                QCOMPARE(QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs)
                             .toMSecsSinceEpoch(),
                         *e.exit);
            } else {
                QVERIFY(q.isNull(3));
                QVERIFY(q.isNull(4));
            }
            QCOMPARE(q.value(6).toLongLong(), e.created);
            QCOMPARE(
                QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs).toMSecsSinceEpoch(),
                e.created);
            QVERIFY(q.isNull(9)); // journaled before runs were numbered
        }
        QVERIFY(!q.next());
        QCOMPARE(db.scalar(u"SELECT exit_time FROM trade_executions WHERE id = 2"_s)->toString(),
                 u"2013-10-07T14:05:12.345Z"_s);
        q.finish();

        // Recorded in schema_migrations, after the four the old program applied.
        QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM schema_migrations"_s)->toInt(), 5);
        QCOMPARE(
            db.scalar(u"SELECT description FROM schema_migrations WHERE version = 5"_s)->toString(),
            Database::migrations().at(4).description);
        QVERIFY(db.scalar(u"SELECT applied_at_wall_ms FROM schema_migrations WHERE version = 5"_s)
                    ->toLongLong() > 0);

        // The same indexes, now on the _ms columns, and the constraints still hold.
        QStringList v5Schema;
        QVERIFY(q.exec(u"SELECT name, sql FROM sqlite_master WHERE tbl_name = 'trade_executions'"
                       " AND type = 'index' AND sql IS NOT NULL ORDER BY name"_s));
        while (q.next()) {
            v5Schema << q.value(0).toString();
            QVERIFY2(q.value(1).toString().contains(u"_ms"_s) ||
                         !q.value(1).toString().contains(u"_time"_s),
                     qPrintable(q.value(1).toString()));
        }
        q.finish();
        QCOMPARE(v5Schema, v4Schema);
        QVERIFY(!db.scalar(u"SELECT 1 FROM sqlite_master WHERE name = 'trade_executions_v5'"_s));
        QVERIFY2(!db.exec(u"UPDATE trade_executions SET status = 'closed' WHERE id = 1"_s),
                 "a closed trade needs its exit");
        QVERIFY(!db.exec(u"UPDATE trade_executions SET shares = 0 WHERE id = 1"_s));
        QVERIFY(!db.exec(u"UPDATE trade_executions SET direction = 'up' WHERE id = 1"_s));
        QVERIFY(!db.exec(u"UPDATE trade_executions SET entry_time = NULL WHERE id = 1"_s));
        QCOMPARE(db.integrityCheck(), u"ok"_s);
    }

    void reopeningAtLatestChangesNothing() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"j.db"_s);
        {
            Database db;
            QVERIFY(db.open(path));
        }
        Database db;
        QVERIFY2(db.open(path), qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), Database::latestVersion());
        QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM schema_migrations"_s)->toInt(),
                 Database::latestVersion());
    }

    void refusesNewerVersion() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"future.db"_s);
        {
            RawConnection raw(path);
            QVERIFY(raw.exec(u"CREATE TABLE future_table (x INTEGER)"_s));
            QVERIFY(raw.exec(u"PRAGMA user_version = %1"_s.arg(Database::latestVersion() + 1)));
        }
        const QByteArray before = readAll(path);
        Database db;
        QVERIFY(!db.open(path));
        QVERIFY(!db.isOpen());
        QVERIFY2(db.errorString().contains(u"newer"_s), qPrintable(db.errorString()));
        QVERIFY2(db.errorString().contains(u"version %1"_s.arg(Database::latestVersion() + 1)),
                 qPrintable(db.errorString()));
        QVERIFY2(db.errorString().contains(path), qPrintable(db.errorString()));
        // Refused untouched: not switched to WAL, not migrated.
        QCOMPARE(readAll(path), before);
        RawConnection raw(path);
        QCOMPARE(raw.scalar(u"PRAGMA user_version"_s).toInt(), Database::latestVersion() + 1);
        QCOMPARE(raw.scalar(u"PRAGMA journal_mode"_s).toString(), u"delete"_s);
    }

    void refusesWhatIsNotAJournal_data() {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("short text") << QByteArray("hello\n") << u"not an SQLite database"_s;
        QByteArray csv;
        for (int i = 0; i < 50; ++i)
            csv += "ticker,price\nAAPL,187.42\n";
        QTest::newRow("csv text") << csv << u"not an SQLite database"_s;
        QByteArray binary(4096, '\0');
        for (int i = 0; i < binary.size(); ++i)
            binary[i] = char((i * 37 + 11) & 0xff);
        QTest::newRow("binary") << binary << u"not an SQLite database"_s;
        // The right magic, then garbage: SQLite itself must refuse it.
        QByteArray fake("SQLite format 3", 16);
        fake += QByteArray(4080, '\xab');
        QTest::newRow("sqlite header, garbage body") << fake << u"not a"_s;
    }
    void refusesWhatIsNotAJournal() {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"notes.db"_s);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        Database db;
        QVERIFY(!db.open(path));
        QVERIFY(!db.isOpen());
        QVERIFY2(db.errorString().contains(expected), qPrintable(db.errorString()));
        QVERIFY2(db.errorString().contains(path), qPrintable(db.errorString()));
        QCOMPARE(readAll(path), content); // never modified
    }

    void refusesDirectoryAndMissingFolder() {
        QTemporaryDir dir;
        Database db;
        QVERIFY(!db.open(dir.path()));
        QVERIFY2(db.errorString().contains(u"is a directory"_s), qPrintable(db.errorString()));
        QVERIFY(!db.open(dir.filePath(u"no/such/folder/j.db"_s)));
        QVERIFY2(db.errorString().contains(u"does not exist"_s), qPrintable(db.errorString()));
    }

    void refusesUnreadableFile() {
        if (::geteuid() == 0)
            QSKIP("root reads any file; permissions cannot be tested");
        QTemporaryDir dir;
        const QString path = dir.filePath(u"locked.db"_s);
        {
            Database db;
            QVERIFY(db.open(path));
        }
        QVERIFY(QFile::setPermissions(path, QFileDevice::WriteOwner));
        Database db;
        QVERIFY(!db.open(path));
        QVERIFY2(db.errorString().contains(u"cannot read"_s), qPrintable(db.errorString()));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    void refusesOtherApplicationsDatabase() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"other.db"_s);
        {
            RawConnection raw(path);
            QVERIFY(raw.exec(u"PRAGMA application_id = 42"_s));
            QVERIFY(raw.exec(u"CREATE TABLE t (x)"_s));
        }
        Database db;
        QVERIFY(!db.open(path));
        QVERIFY2(db.errorString().contains(u"another application"_s), qPrintable(db.errorString()));
    }

    void failedMigrationLeavesFileUnchanged() {
        // A PRD-135 Python journal already has its own trade_executions but no user_version: the
        // first migration fails on it and must roll back completely.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"python.db"_s);
        {
            RawConnection raw(path);
            QVERIFY(raw.exec(u"CREATE TABLE trade_executions (id INTEGER PRIMARY KEY, x)"_s));
        }
        Database db;
        QVERIFY(!db.open(path));
        QVERIFY2(db.errorString().contains(u"migration 1"_s), qPrintable(db.errorString()));
        QVERIFY2(db.errorString().contains(u"already exists"_s), qPrintable(db.errorString()));
        RawConnection raw(path);
        QCOMPARE(raw.scalar(u"PRAGMA user_version"_s).toInt(), 0);
        QCOMPARE(raw.scalar(u"PRAGMA application_id"_s).toInt(), 0);
        QCOMPARE(raw.scalar(u"SELECT COUNT(*) FROM sqlite_master WHERE name IN"
                            " ('schema_migrations', 'daily_pnl')"_s)
                     .toInt(),
                 0);
    }

    void durabilityPragmasAreSet() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"j.db"_s);
        for (int round = 0; round < 2; ++round) { // fresh file, then an existing one
            Database db;
            QVERIFY2(db.open(path), qPrintable(db.errorString()));
            QCOMPARE(db.scalar(u"PRAGMA journal_mode"_s)->toString(), u"wal"_s);
            QCOMPARE(db.scalar(u"PRAGMA synchronous"_s)->toInt(), 2); // 2 = FULL
            QCOMPARE(db.scalar(u"PRAGMA foreign_keys"_s)->toInt(), 1);
        }
    }

    void foreignKeysAndAppendOnlyAreEnforced() {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(u"j.db"_s)));
        // wall_clock rows must belong to an event.
        QVERIFY(!db.exec(u"INSERT INTO wall_clock (event_seq, table_name, row_key, wall_time_ms)"
                         " VALUES (99, 'events', '99', 0)"_s));
        QVERIFY2(db.errorString().contains(u"FOREIGN KEY"_s), qPrintable(db.errorString()));
        QVERIFY(db.exec(u"INSERT INTO events (seq, time_ms, kind, payload_json)"
                        " VALUES (1, 0, 'signal', '{}')"_s));
        QVERIFY(!db.exec(u"UPDATE events SET kind = 'exit'"_s));
        QVERIFY2(db.errorString().contains(u"append-only"_s), qPrintable(db.errorString()));
        QVERIFY(!db.exec(u"DELETE FROM events"_s));
        QCOMPARE(db.scalar(u"SELECT kind FROM events"_s)->toString(), u"signal"_s);
    }

    void indexesExist_data() {
        QTest::addColumn<QString>("index");
        QTest::addColumn<QString>("table");
        QTest::addColumn<QStringList>("columns");
        QTest::newRow("trades by ticker, status")
            << u"idx_trade_executions_ticker_status"_s << u"trade_executions"_s
            << QStringList{u"ticker"_s, u"status"_s};
        QTest::newRow("trades by signal") << u"idx_trade_executions_signal_id"_s
                                          << u"trade_executions"_s << QStringList{u"signal_id"_s};
        QTest::newRow("daily by date")
            << u"idx_daily_pnl_date"_s << u"daily_pnl"_s << QStringList{u"date"_s};
        QTest::newRow("trades by exit time")
            << u"idx_trade_executions_status_exit_time"_s << u"trade_executions"_s
            << QStringList{u"status"_s, u"exit_time_ms"_s, u"pnl_e4"_s};
        QTest::newRow("trades by entry time")
            << u"idx_trade_executions_entry_time"_s << u"trade_executions"_s
            << QStringList{u"entry_time_ms"_s};
        // Migrations 3 and 5: trade history newest first; <expr> is
        // COALESCE(exit_time_ms, entry_time_ms).
        QTest::newRow("history newest first") << u"idx_trade_executions_recent"_s
                                              << u"trade_executions"_s << QStringList{u"<expr>"_s};
        QTest::newRow("history by status")
            << u"idx_trade_executions_status_recent"_s << u"trade_executions"_s
            << QStringList{u"status"_s, u"<expr>"_s, u"id"_s, u"pnl_e4"_s};
        QTest::newRow("history by ticker")
            << u"idx_trade_executions_ticker_recent"_s << u"trade_executions"_s
            << QStringList{u"ticker"_s, u"<expr>"_s};
        QTest::newRow("history by exit reason")
            << u"idx_trade_executions_exit_reason_recent"_s << u"trade_executions"_s
            << QStringList{u"exit_reason"_s, u"<expr>"_s};
    }
    void indexesExist() {
        QFETCH(QString, index);
        QFETCH(QString, table);
        QFETCH(QStringList, columns);
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(u"j.db"_s)));
        QSqlQuery q(db.connection());
        q.prepare(u"SELECT tbl_name FROM sqlite_master WHERE type = 'index' AND name = ?"_s);
        q.bindValue(0, index);
        QVERIFY(q.exec());
        QVERIFY2(q.next(), qPrintable(index));
        QCOMPARE(q.value(0).toString(), table);
        QSqlQuery info(db.connection());
        QVERIFY(info.exec(u"PRAGMA index_info(%1)"_s.arg(index)));
        QStringList actual;
        while (info.next()) // seqno, cid, name; an expression column has cid -2 and no name
            actual << (info.value(1).toInt() == -2 ? u"<expr>"_s : info.value(2).toString());
        QCOMPARE(actual, columns);
    }

    void fillDedupKeyIsUnique() {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(u"j.db"_s)));
        const QString insert =
            u"INSERT INTO fills (execution_id, broker, ticker, side, quantity, price, price_e4,"
            " broker_time_ms, received_time_ms) VALUES ('e1', '%1', 'AAPL', 'buy', 1, 1.0, 10000,"
            " 0, 0)"_s;
        QVERIFY(db.exec(insert.arg(u"alpaca"_s)));
        QVERIFY(!db.exec(insert.arg(u"alpaca"_s)));
        QVERIFY(db.exec(insert.arg(u"ibkr"_s))); // execution ids are unique per broker only
    }

    void severalInstancesDoNotClash() {
        QTemporaryDir dir;
        const QString a = dir.filePath(u"a.db"_s);
        auto first = std::make_unique<Database>();
        Database second;
        Database sameFile;
        QVERIFY(first->open(a));
        QVERIFY(second.open(dir.filePath(u"b.db"_s)));
        QVERIFY(sameFile.open(a));
        QVERIFY(first->connectionName() != second.connectionName());
        QVERIFY(first->connectionName() != sameFile.connectionName());
        QVERIFY(first->exec(u"INSERT INTO events (seq, time_ms, kind, payload_json)"
                            " VALUES (1, 0, 'signal', '{}')"_s));
        QCOMPARE(sameFile.scalar(u"SELECT COUNT(*) FROM events"_s)->toInt(), 1);
        QCOMPARE(second.scalar(u"SELECT COUNT(*) FROM events"_s)->toInt(), 0);
        const QString name = first->connectionName();
        first.reset();
        QVERIFY(!QSqlDatabase::connectionNames().contains(name));
        QCOMPARE(sameFile.scalar(u"SELECT COUNT(*) FROM events"_s)->toInt(), 1);
        QVERIFY(second.isOpen());
    }
};

QTEST_GUILESS_MAIN(tst_Database)
#include "tst_Database.moc"
