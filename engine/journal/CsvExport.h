#pragma once

#include "journal/JournalRecords.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace axion {

// Trade history as CSV (RFC 4180): a header row, CRLF line ends, fields quoted when they hold a
// comma, a double quote, CR or LF, with quotes doubled. Money and prices are exact decimal
// strings (Money::toString), never binary floating point; times are ISO 8601 UTC with ms.
class CsvExport {
public:
    static QString escapeField(QStringView field);
    static QString header();
    static QString tradeRow(const TradeRecord& trade);
    // Header plus one row per trade, each line ending in CRLF.
    static QString trades(const QList<TradeRecord>& trades);
    // Writes trades() as UTF-8 atomically (QSaveFile): a crash never leaves half a file.
    static bool writeTrades(const QList<TradeRecord>& trades, const QString& path, QString* error);
};

} // namespace axion
