#include "journal/SqliteStatement.h"

#include <sqlite3.h>

namespace axion {

SqliteStatement::~SqliteStatement() {
    sqlite3_finalize(m_stmt); // a no-op on null
}

bool SqliteStatement::prepare(sqlite3* db, const QString& sql, QString* error) {
    m_error.clear();
    sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
    m_db = db;
    const QByteArray utf8 = sql.toUtf8();
    // Kept for the connection's life: SQLite plans it once.
    const int rc = sqlite3_prepare_v3(db, utf8.constData(), int(utf8.size()),
                                      SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (rc == SQLITE_OK)
        return true;
    if (error)
        *error = errorMessage();
    return false;
}

void SqliteStatement::bind(int pos, int value) {
    sqlite3_bind_int(m_stmt, pos, value);
}

void SqliteStatement::bind(int pos, qint64 value) {
    sqlite3_bind_int64(m_stmt, pos, value);
}

void SqliteStatement::bind(int pos, double value) {
    sqlite3_bind_double(m_stmt, pos, value);
}

void SqliteStatement::bind(int pos, const QString& s) {
    if (s.isNull()) {
        sqlite3_bind_null(m_stmt, pos);
        return;
    }
    // Copied (TRANSIENT): the caller's string may be a temporary.
    sqlite3_bind_text16(m_stmt, pos, s.utf16(), int(s.size() * qsizetype(sizeof(char16_t))),
                        SQLITE_TRANSIENT);
}

void SqliteStatement::bindNull(int pos) {
    sqlite3_bind_null(m_stmt, pos);
}

int SqliteStatement::exec() {
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return rc; // readable until reset()
    if (!isSqliteSuccess(rc))
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db)); // before the reset
    // At once: SQLite refuses binds to a statement that has run and is not reset.
    sqlite3_reset(m_stmt);
    return rc;
}

void SqliteStatement::reset() {
    sqlite3_reset(m_stmt);
}

qint64 SqliteStatement::columnInt64(int index) const {
    return sqlite3_column_int64(m_stmt, index);
}

int SqliteStatement::changes() const {
    return sqlite3_changes(m_db);
}

qint64 SqliteStatement::lastInsertRowId() const {
    return sqlite3_last_insert_rowid(m_db);
}

QString SqliteStatement::errorMessage() const {
    if (!m_error.isEmpty())
        return m_error;
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("no connection");
}

bool isSqliteRecordError(int resultCode) {
    const int primary = resultCode & 0xff;
    return primary == SQLITE_CONSTRAINT || primary == SQLITE_MISMATCH || primary == SQLITE_RANGE;
}

bool isSqliteSuccess(int resultCode) {
    return resultCode == SQLITE_OK || resultCode == SQLITE_ROW || resultCode == SQLITE_DONE;
}

} // namespace axion
