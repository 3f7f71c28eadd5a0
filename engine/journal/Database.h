#pragma once

#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <optional>

namespace axion {

// One SQLite journal file opened through Qt Sql (QSQLITE), brought to the current schema.
//
// Each instance owns its own named connection, so several journals (or two handles on one file,
// as the tests use) coexist in one process. Like every QSqlDatabase, an instance must be used only
// on the thread that opened it (the engine thread).
//
// Durability: journal_mode=WAL with synchronous=FULL, so a committed transaction survives a kill -9
// or a power cut; foreign keys are enforced.
//
// The schema is an ordered list of numbered migrations. PRAGMA user_version holds the number of
// the last one applied; each migration runs in one transaction together with its user_version
// bump and a row in schema_migrations, so a crash leaves the file at one version or the next,
// never in between. A file written by a newer program (higher user_version) is refused untouched.
class Database {
public:
    struct Migration {
        int version = 0;
        QString description;
        // One SQL statement per entry (Qt Sql runs one statement per exec). Shipped migrations
        // are never edited: files out there were built from them; change the schema with a new one.
        QStringList statements;
    };

    Database();
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens (creating when absent) and migrates to latestVersion(). On failure returns false, the
    // instance stays closed and errorString() says what is wrong with which file.
    bool open(const QString& path);
    // The same, migrating no further than upToVersion (tests build an older program's journal
    // with it, to check that the next migrations convert it). A file already past upToVersion is
    // opened as it is.
    bool open(const QString& path, int upToVersion);
    void close();
    bool isOpen() const { return m_db.isOpen(); }

    QString path() const { return m_path; }
    QString connectionName() const { return m_connectionName; }
    // A handle on this instance's connection (valid while open).
    QSqlDatabase connection() const { return m_db; }
    QString errorString() const { return m_error; }

    // user_version of the open file (latestVersion() after a successful open(path)).
    int schemaVersion() const { return m_version; }
    static int latestVersion();
    static const QList<Migration>& migrations();

    // Runs one statement that returns no rows; false and errorString() on failure.
    bool exec(const QString& sql);
    // First column of the first row (a PRAGMA, a COUNT); nullopt and errorString() on failure.
    std::optional<QVariant> scalar(const QString& sql);

    // BEGIN IMMEDIATE takes the write lock up front, so a transaction never fails half way
    // because another connection wrote first.
    bool begin() { return exec(QStringLiteral("BEGIN IMMEDIATE")); }
    bool commit() { return exec(QStringLiteral("COMMIT")); }
    bool rollback();

    // "ok", or the problems PRAGMA integrity_check lists (one per line).
    QString integrityCheck();

    // The application_id this program stamps into its journals ("AXJN").
    static constexpr qint32 kApplicationId = 0x41584A4E;

private:
    bool checkFile(const QString& path);
    bool configure();
    bool migrate(int upToVersion);
    bool fail(const QString& message);
    void removeConnection();

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    QString m_error;
    int m_version = 0;
};

// Signal ids that have orders in the journal (accepted, and their orders went out or were about
// to): the executor refuses them and the signal inbox answers them as known after a restart.
// nullopt, with `error`, when the query fails.
std::optional<QSet<QString>> signalIdsWithOrders(const QSqlDatabase& db, QString* error);
// Every client order id of the journal's orders: a restart never issues one of them again.
std::optional<QSet<QString>> clientOrderIds(const QSqlDatabase& db, QString* error);

} // namespace axion
