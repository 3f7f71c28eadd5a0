#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

namespace axion::test {

// A read-only connection of the test's own to a journal file.
class JournalReader {
public:
    explicit JournalReader(const QString& path)
        : m_name(QStringLiteral("reader-") + path) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            qFatal("cannot open journal %s", qPrintable(path));
    }
    ~JournalReader() {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    QList<QSqlRecord> rows(const QString& sql) const {
        QSqlQuery q(QSqlDatabase::database(m_name));
        if (!q.exec(sql))
            qFatal("query failed: %s", qPrintable(sql));
        QList<QSqlRecord> out;
        while (q.next())
            out << q.record();
        return out;
    }
    // Every row of a table as text, in primary key order: for byte-for-byte comparisons.
    QStringList dump(const QString& table) const {
        QStringList lines;
        for (const QSqlRecord& r : rows(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(table))) {
            QStringList cells;
            for (int i = 0; i < r.count(); ++i)
                cells << r.fieldName(i) + u'=' + r.value(i).toString();
            lines << cells.join(u'|');
        }
        return lines;
    }

private:
    QString m_name;
};

} // namespace axion::test
