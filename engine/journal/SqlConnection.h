#pragma once

#include <QSqlDatabase>
#include <QString>

namespace axion {

// Closes a named Qt Sql connection and removes it from Qt's registry (the journal and the
// ema_signals queue each own one). removeDatabase() wants no QSqlDatabase copies left alive, so
// ours is dropped first. Does nothing when the name is empty; clears it.
inline void removeSqlConnection(QSqlDatabase& db, QString& connectionName) {
    if (connectionName.isEmpty())
        return;
    if (db.isOpen())
        db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(connectionName);
    connectionName.clear();
}

} // namespace axion
