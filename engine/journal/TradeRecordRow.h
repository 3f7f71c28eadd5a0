#pragma once

#include "journal/JournalRecords.h"

#include <QString>

class QSqlQuery;

namespace axion {

// One trade_executions row as a TradeRecord: the column list to SELECT and the reader of a row
// selected with it. Shared by the writer's history queries (TradeJournal) and the GUI's
// read-only pager (JournalQueries), so the two can never read a column differently.
const QString& tradeRecordColumns();
TradeRecord readTradeRecord(const QSqlQuery& query);

} // namespace axion
