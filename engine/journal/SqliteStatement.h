#pragma once

#include <QString>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace axion {

// One prepared statement of the journal's writes, through the sqlite3 C API.
//
// Why not QSqlQuery: a replay's journal writes some 200,000 rows, and Qt Sql wraps every bound
// value in a QVariant, keeps them in a list and converts them again at exec(); binding alone was
// an eighth of a replay's samples. Here a value goes straight to sqlite3_bind_*.
//
// The values are bound as Qt's SQLite driver binds the same QVariant (so the stored rows are the
// same, byte for byte): int as sqlite3_bind_int, qint64 as sqlite3_bind_int64, double as
// sqlite3_bind_double, a QString as its UTF-16 text, a null QString as NULL. Positions start at
// 1, as in the SQL (?1, ?2, ...).
//
// Works on any connection: the one Qt Sql opened (QSqlDriver::handle()) or one of our own. Like
// the connection, an instance belongs to one thread.
class SqliteStatement {
public:
    SqliteStatement() = default;
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    bool prepare(sqlite3* db, const QString& sql, QString* error);

    void bind(int pos, int value);
    void bind(int pos, qint64 value);
    void bind(int pos, double value);
    // NULL when s.isNull(), as Qt binds QVariant(QString()).
    void bind(int pos, const QString& s);
    void bindNull(int pos);
    // Never NULL: a null QString is stored as '' (a NULL would slip past UNIQUE and trip
    // NOT NULL).
    void bindText(int pos, const QString& s) { bind(pos, s.isNull() ? QStringLiteral("") : s); }
    // Empty text is stored as NULL in nullable columns.
    void bindNullableText(int pos, const QString& s) {
        if (s.isEmpty())
            bindNull(pos);
        else
            bind(pos, s);
    }
    template <typename T>
    void bindOptional(int pos, const std::optional<T>& v) {
        if (v)
            bind(pos, *v);
        else
            bindNull(pos);
    }

    // Runs the statement: a write to its end, a query to its first row (then readable with
    // column*() until reset()). Returns SQLite's result code: SQLITE_DONE or SQLITE_ROW on
    // success. The bindings stay for the next exec() unless bound again.
    int exec();
    // Ends a query's reading: a statement stopped at a row keeps its read transaction open and
    // takes no new bindings.
    void reset();
    qint64 columnInt64(int index) const;
    // Rows the last exec() inserted, updated or deleted (0 for an upsert that did nothing).
    int changes() const;
    qint64 lastInsertRowId() const;
    // The message of the last failure ("CHECK constraint failed: ..."): exec()'s, else the
    // connection's (prepare()).
    QString errorMessage() const;
    sqlite3* connection() const { return m_db; }

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    QString m_error;
};

// SQLite result codes that mean "this record is refused", as opposed to the database being
// unusable: CONSTRAINT (CHECK, NOT NULL, UNIQUE, a trigger's RAISE), MISMATCH, RANGE. The primary
// code is the low byte of an extended one (275 = CONSTRAINT_CHECK).
bool isSqliteRecordError(int resultCode);
// True for SQLITE_OK, SQLITE_ROW and SQLITE_DONE.
bool isSqliteSuccess(int resultCode);

} // namespace axion
