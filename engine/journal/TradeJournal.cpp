#include "journal/TradeJournal.h"

#include "journal/CsvExport.h"
#include "journal/EventPayload.h"
#include "journal/JsonText.h"
#include "journal/SqliteStatement.h"
#include "journal/TradeRecordRow.h"
#include "market/MarketCalendar.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <array>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <sqlite3.h>
#include <thread>
#include <utility>
#include <variant>

namespace axion {

using namespace Qt::StringLiterals;

// One queued call: copies of its values plus the engine and wall times of the call. Times are
// taken when the call is made, not at flush time, so when the owner flushes (a timer in wall
// time) never changes what is written.
struct TradeJournal::Pending {
    struct RejectedSignal {
        SignalParseResult result;
        QByteArray raw;
        QString source; // "http", "websocket", ...; empty when the caller did not say
        QString signalId;
    };
    struct Risk {
        QString signalId;
        QString ticker;
        RiskDecision decision;
    };
    struct OrderEventData {
        OrderUpdate update;
        OrderBookChange change;
    };
    struct KillSwitchData {
        KillSwitchEvent event;
        QJsonObject state;
    };
    struct ScaleIn {
        qint64 tradeId = 0;
        Quantity shares = 0;
        Price averageEntry;
    };
    struct Exit {
        qint64 tradeId = 0;
        Price exitPrice;
        qint64 exitTimeMs = 0;
        QString reason;
        Money pnl;
        double pnlPct = 0.0;
    };
    struct StopMoved {
        qint64 tradeId = 0;
        Price from;
        Price to;
        QString reason;
    };
    struct Cancel {
        qint64 tradeId = 0;
        QString reason;
        qint64 timeMs = 0; // engine time of the cancel: the row's exit_time_ms
    };
    struct Note {
        QString kind;
        QString refId;
        QJsonObject payload;
    };
    using Data = std::variant<Signal, RejectedSignal, Risk, OrderRecord, OrderEventData, Fill,
                              KillSwitchData, TradeRecord, ScaleIn, StopMoved, Exit, Cancel,
                              DailyPnlRecord, Note>;

    qint64 timeMs = 0;
    qint64 wallMs = 0;
    Data data;
};

namespace {

// Raw signal text kept in a signal_rejected event: enough to diagnose, bounded against floods.
constexpr qsizetype kMaxRawSignalBytes = 64 * 1024;

QString describe(const QSqlError& error) {
    const QString db = error.databaseText();
    return db.isEmpty() ? error.text() : db;
}

// REAL dollars for the PRD-named columns; the exact value goes to the _e4 column beside it.
template <typename T>
double dollars(T amount) {
    return amount.toDouble();
}

std::optional<Price> optionalPrice(const QVariant& v) {
    if (v.isNull())
        return std::nullopt;
    return Price::fromUnits(v.toLongLong());
}

// SQL for the ISO-8601 UTC text of an INTEGER UTC ms expression, "2013-10-07T13:31:00.000Z" (the
// text migration 5 wrote for existing rows): the text columns of trade_executions are made by
// SQLite from the same ms the _ms column gets, so the two can never disagree.
QString isoUtcText(const QString& msExpression) {
    return u"strftime('%Y-%m-%dT%H:%M:%fZ', "_s + msExpression + u" / 1000.0, 'unixepoch')"_s;
}

QString compactJson(const QJsonObject& o) {
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString killEventKindName(KillSwitchEvent::Kind k) {
    switch (k) {
    case KillSwitchEvent::Kind::Tripped:
        return u"tripped"_s;
    case KillSwitchEvent::Kind::Repeated:
        return u"repeated"_s;
    case KillSwitchEvent::Kind::Reset:
        return u"reset"_s;
    }
    return {};
}

QString orderPayload(const OrderRecord& r) {
    const Order& o = r.order;
    JsonText j(640); // some 490 characters
    j.str("client_order_id"_L1, o.clientOrderId)
        .str("signal_id"_L1, o.signalId)
        .str("leg"_L1, toString(o.leg))
        .str("ticker"_L1, o.ticker)
        .str("side"_L1, toString(o.side))
        .num("quantity"_L1, o.quantity)
        .str("type"_L1, toString(o.type))
        .amount("limit_price"_L1, o.limitPrice)
        .amount("stop_price"_L1, o.stopPrice)
        .str("tif"_L1, toString(o.timeInForce))
        .str("broker"_L1, o.broker)
        .str("broker_order_id"_L1, r.brokerOrderId)
        .str("parent_client_order_id"_L1, o.parentClientOrderId)
        .str("oco_group"_L1, o.ocoGroup)
        .str("state"_L1, toString(r.state))
        .num("filled_quantity"_L1, r.filled)
        .amount("avg_fill_price"_L1,
                r.filled > 0 ? std::optional<Price>(r.averageFillPrice()) : std::nullopt)
        .str("last_message"_L1, r.lastMessage)
        .num("created_ms"_L1, r.createdMs)
        .num("updated_ms"_L1, r.updatedMs);
    return j.finish();
}

// What an event row says about a queued call: kind, ticker, reference id and JSON payload.
struct EventInfo {
    QString kind;
    QString ticker;
    QString ref;
    QString payload;
};

EventInfo eventInfo(const TradeJournal::Pending::Data& data) {
    using P = TradeJournal::Pending;
    struct Visitor {
        EventInfo operator()(const Signal& s) const {
            return {u"signal"_s, s.ticker, s.signalId, EventPayload::signal(s)};
        }
        EventInfo operator()(const P::RejectedSignal& r) const {
            const QByteArray raw = r.raw.left(kMaxRawSignalBytes);
            // The signal failed validation, so its ticker and id are read best effort only.
            const QJsonObject obj = QJsonDocument::fromJson(r.raw).object();
            const QString ticker = obj.value(u"ticker"_s).toString();
            const QString id =
                r.signalId.isEmpty() ? obj.value(u"signal_id"_s).toString() : r.signalId;
            JsonText payload;
            // Only when given, so the rows of callers that never pass one stay as they were.
            if (!r.source.isEmpty())
                payload.str("source"_L1, r.source);
            return {u"signal_rejected"_s, ticker, id,
                    payload.str("code"_L1, toString(r.result.code))
                        .str("field"_L1, r.result.field)
                        .str("message"_L1, r.result.message)
                        .str("raw"_L1, QString::fromUtf8(raw))
                        .boolean("raw_truncated"_L1, r.raw.size() > raw.size())
                        .finish()};
        }
        EventInfo operator()(const P::Risk& r) const {
            return {u"risk_decision"_s, r.ticker, r.signalId,
                    EventPayload::riskDecision(r.decision)};
        }
        EventInfo operator()(const OrderRecord& r) const {
            return {u"order"_s, r.order.ticker, r.order.clientOrderId, orderPayload(r)};
        }
        EventInfo operator()(const P::OrderEventData& e) const {
            const OrderUpdate& u = e.update;
            return {u"order_event"_s, QString(), u.clientOrderId,
                    JsonText()
                        .str("client_order_id"_L1, u.clientOrderId)
                        .str("event"_L1, toString(u.event))
                        .str("result"_L1, e.change.kindName())
                        .str("from"_L1, toString(e.change.from))
                        .str("to"_L1, toString(e.change.to))
                        .str("detail"_L1, e.change.detail)
                        .str("broker"_L1, u.broker)
                        .str("broker_order_id"_L1, u.brokerOrderId)
                        .num("cumulative_filled"_L1, u.cumulativeFilled)
                        .amount("average_fill_price"_L1, u.averageFillPrice)
                        .str("message"_L1, u.message)
                        .num("broker_time_ms"_L1, u.brokerTimeMs)
                        .num("received_time_ms"_L1, u.receivedTimeMs)
                        .finish()};
        }
        EventInfo operator()(const Fill& f) const {
            return {u"fill"_s, f.ticker, f.clientOrderId,
                    JsonText()
                        .str("execution_id"_L1, f.executionId)
                        .str("broker"_L1, f.broker)
                        .str("client_order_id"_L1, f.clientOrderId)
                        .str("broker_order_id"_L1, f.brokerOrderId)
                        .str("ticker"_L1, f.ticker)
                        .str("side"_L1, toString(f.side))
                        .num("quantity"_L1, f.quantity)
                        .amount("price"_L1, f.price)
                        .num("broker_time_ms"_L1, f.brokerTimeMs)
                        .num("received_time_ms"_L1, f.receivedTimeMs)
                        .finish()};
        }
        EventInfo operator()(const P::KillSwitchData& k) const {
            return {u"kill_switch"_s, QString(), toString(k.event.trigger),
                    JsonText()
                        .str("event"_L1, killEventKindName(k.event.kind))
                        .str("trigger"_L1, toString(k.event.trigger))
                        .str("detail"_L1, k.event.detail)
                        .num("at_ms"_L1, k.event.atMs)
                        .object("state"_L1, k.state)
                        .finish()};
        }
        EventInfo operator()(const TradeRecord& t) const {
            return {u"entry"_s, t.ticker, QString::number(t.id),
                    JsonText()
                        .num("trade_id"_L1, t.id)
                        .str("signal_id"_L1, t.signalId)
                        .str("ticker"_L1, t.ticker)
                        .str("direction"_L1, toString(t.direction))
                        .str("trade_type"_L1, toString(t.tradeType))
                        .amount("entry_price"_L1, t.entryPrice)
                        .num("shares"_L1, t.shares)
                        .amount("stop_loss"_L1, t.stopLoss)
                        .amount("target_price"_L1, t.targetPrice)
                        .num("conviction"_L1, t.conviction)
                        .str("broker"_L1, t.broker)
                        .str("order_id"_L1, t.orderId)
                        .num("entry_time_ms"_L1, t.entryTimeMs)
                        .object("metadata"_L1, t.metadata)
                        .finish()};
        }
        EventInfo operator()(const P::ScaleIn& s) const {
            return {u"scale_in"_s, QString(), QString::number(s.tradeId),
                    JsonText()
                        .num("trade_id"_L1, s.tradeId)
                        .num("shares"_L1, s.shares)
                        .amount("average_entry"_L1, s.averageEntry)
                        .finish()};
        }
        EventInfo operator()(const P::StopMoved& m) const {
            return {u"stop_moved"_s, QString(), QString::number(m.tradeId),
                    JsonText()
                        .num("trade_id"_L1, m.tradeId)
                        .amount("from"_L1, m.from)
                        .amount("to"_L1, m.to)
                        .str("reason"_L1, m.reason)
                        .finish()};
        }
        EventInfo operator()(const P::Exit& x) const {
            return {u"exit"_s, QString(), QString::number(x.tradeId),
                    JsonText()
                        .num("trade_id"_L1, x.tradeId)
                        .amount("exit_price"_L1, x.exitPrice)
                        .num("exit_time_ms"_L1, x.exitTimeMs)
                        .str("exit_reason"_L1, x.reason)
                        .amount("pnl"_L1, x.pnl)
                        .real("pnl_pct"_L1, x.pnlPct)
                        .finish()};
        }
        EventInfo operator()(const P::Cancel& c) const {
            return {u"trade_cancelled"_s, QString(), QString::number(c.tradeId),
                    JsonText()
                        .num("trade_id"_L1, c.tradeId)
                        .str("reason"_L1, c.reason)
                        .num("time_ms"_L1, c.timeMs)
                        .finish()};
        }
        EventInfo operator()(const P::Note& n) const {
            return {n.kind, QString(), n.refId, compactJson(n.payload)};
        }
        EventInfo operator()(const DailyPnlRecord& d) const {
            const QString date = d.date.toString(Qt::ISODate);
            return {u"daily_pnl"_s, QString(), date,
                    JsonText()
                        .str("date"_L1, date)
                        .amount("starting_equity"_L1, d.startingEquity)
                        .amount("ending_equity"_L1, d.endingEquity)
                        .amount("realized_pnl"_L1, d.realizedPnl)
                        .amount("unrealized_pnl"_L1, d.unrealizedPnl)
                        .num("total_trades"_L1, d.totalTrades)
                        .num("winning_trades"_L1, d.winningTrades)
                        .num("losing_trades"_L1, d.losingTrades)
                        .amount("max_drawdown"_L1, d.maxDrawdown)
                        .boolean("kill_switch_triggered"_L1, d.killSwitchTriggered)
                        .object("metadata"_L1, d.metadata)
                        .finish()};
        }
    };
    return std::visit(Visitor{}, data);
}

QJsonObject parseObject(const QVariant& v) {
    return v.isNull() ? QJsonObject() : QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

// The pragmas of a durability (TradeJournal::applyDurability()), for Qt's connection and the
// writer thread's.
std::vector<QString> durabilityPragmas(bool replay) {
    return {replay ? u"PRAGMA synchronous=OFF"_s : u"PRAGMA synchronous=FULL"_s,
            replay ? u"PRAGMA cache_size=-65536"_s : u"PRAGMA cache_size=-2000"_s,
            replay ? u"PRAGMA wal_autocheckpoint=16384"_s : u"PRAGMA wal_autocheckpoint=1000"_s};
}

// The sqlite3 connection under a QSQLITE connection: the journal's writes go through the C API
// (SqliteStatement) on the very connection, and transaction, that Qt Sql opened.
sqlite3* sqliteHandle(const QSqlDatabase& db) {
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(v.constData());
}

const QTimeZone& newYork() {
    static const QTimeZone zone = MarketCalendar::newYork();
    return zone;
}

// The daily summary's query (TradeJournal::dailySummary), on whichever connection answers it.
QString dailySummarySql() {
    return u"SELECT COUNT(*),"
           " COALESCE(SUM(pnl_e4 > 0), 0), COALESCE(SUM(pnl_e4 < 0), 0),"
           " COALESCE(SUM(pnl_e4), 0),"
           " COALESCE(SUM(CASE WHEN pnl_e4 > 0 THEN pnl_e4 END), 0),"
           " COALESCE(SUM(CASE WHEN pnl_e4 < 0 THEN pnl_e4 END), 0)"
           " FROM trade_executions"
           " WHERE status = 'closed' AND exit_time_ms >= ? AND exit_time_ms < ?"_s;
}

} // namespace

// The prepared statements of one connection, reused for every flush, and the per-kind writes.
// Written through the sqlite3 C API (SqliteStatement): the connection is Qt Sql's own (its
// handle) or the background writer's.
class TradeJournal::Writer {
public:
    enum class Status { Ok, RecordError, Fatal };
    struct Row {
        Status status = Status::Ok;
        QString table; // trading table written; empty = the events row itself
        QString key;
        QString kindOverride;
        QString error;
    };

    explicit Writer(sqlite3* db)
        : m_db(db) {}

    // Parameters are numbered (?1, ?2, ...) and bound by position.
    bool prepare(QString* error) {
        const std::array<std::pair<SqliteStatement*, QString>, 11> statements{{
            {&m_event, u"INSERT INTO events (seq, time_ms, kind, ticker, ref_id, payload_json)"
                       " VALUES (?1, ?2, ?3, ?4, ?5, ?6)"_s},
            {&m_wall, u"INSERT INTO wall_clock (event_seq, table_name, row_key, wall_time_ms)"
                      " VALUES (?1, ?2, ?3, ?4)"_s},
            {&m_entry,
             u"INSERT INTO trade_executions (id, signal_id, ticker, direction, trade_type,"
             " entry_price, entry_price_e4, shares, stop_loss, stop_loss_e4, target_price,"
             " target_price_e4, conviction, status, broker, order_id, entry_time, entry_time_ms,"
             " metadata_json, created_at, created_at_ms, run_id) VALUES (?1, ?2, ?3,"
             " ?4, ?5, ?6, ?7, ?8, ?9,"
             " ?10, ?11, ?12, ?13, 'open', ?14,"
             " ?15, "_s +
                 isoUtcText(u"?16"_s) + u", ?17, ?18, "_s + isoUtcText(u"?19"_s) +
                 u", ?20, ?21)"_s},
            {&m_scaleIn, u"UPDATE trade_executions SET shares = ?1, entry_price = ?2,"
                         " entry_price_e4 = ?3 WHERE id = ?4 AND status = 'open'"_s},
            {&m_stopMoved, u"UPDATE trade_executions SET stop_loss = ?1,"
                           " stop_loss_e4 = ?2 WHERE id = ?3 AND status = 'open'"_s},
            {&m_exit, u"UPDATE trade_executions SET status = 'closed', exit_price = ?1,"
                      " exit_price_e4 = ?2, exit_time = "_s +
                          isoUtcText(u"?3"_s) +
                          u", exit_time_ms = ?4,"
                          " exit_reason = ?5, pnl = ?6, pnl_e4 = ?7,"
                          " pnl_pct = ?8 WHERE id = ?9 AND status = 'open'"_s},
            {&m_cancel, u"UPDATE trade_executions SET status = 'cancelled', exit_reason = ?1,"
                        " exit_time = "_s +
                            isoUtcText(u"?2"_s) +
                            u", exit_time_ms = ?3 WHERE id = ?4 AND status = 'open'"_s},
            {&m_order,
             u"INSERT INTO orders (client_order_id, signal_id, leg, ticker, side, quantity, type,"
             " limit_price, limit_price_e4, stop_price, stop_price_e4, tif, broker,"
             " broker_order_id, parent_client_order_id, oco_group, state, filled_quantity,"
             " filled_cost_e4, avg_fill_price, avg_fill_price_e4, last_message, created_time_ms,"
             " updated_time_ms)"
             " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7,"
             " ?8, ?9, ?10, ?11, ?12, ?13,"
             " ?14, ?15, ?16, ?17, ?18,"
             " ?19, ?20, ?21, ?22,"
             " ?23, ?24)"
             " ON CONFLICT (client_order_id) DO UPDATE SET quantity = excluded.quantity,"
             " type = excluded.type, limit_price = excluded.limit_price,"
             " limit_price_e4 = excluded.limit_price_e4, stop_price = excluded.stop_price,"
             " stop_price_e4 = excluded.stop_price_e4, tif = excluded.tif,"
             " broker = excluded.broker,"
             " broker_order_id = COALESCE(excluded.broker_order_id, orders.broker_order_id),"
             " state = excluded.state, filled_quantity = excluded.filled_quantity,"
             " filled_cost_e4 = excluded.filled_cost_e4, avg_fill_price = excluded.avg_fill_price,"
             " avg_fill_price_e4 = excluded.avg_fill_price_e4,"
             " last_message = excluded.last_message, updated_time_ms = excluded.updated_time_ms"_s},
            // Only the dedup key is "do nothing": a fill that breaks a CHECK still fails loudly.
            {&m_fill, u"INSERT INTO fills (execution_id, broker, client_order_id, broker_order_id,"
                      " ticker, side, quantity, price, price_e4, broker_time_ms, received_time_ms)"
                      " VALUES (?1, ?2, ?3, ?4, ?5, ?6,"
                      " ?7, ?8, ?9, ?10, ?11)"
                      " ON CONFLICT (execution_id, broker) DO NOTHING"_s},
            {&m_daily,
             u"INSERT INTO daily_pnl (date, starting_equity, starting_equity_e4, ending_equity,"
             " ending_equity_e4, realized_pnl, realized_pnl_e4, unrealized_pnl, unrealized_pnl_e4,"
             " total_trades, winning_trades, losing_trades, max_drawdown, max_drawdown_e4,"
             " kill_switch_triggered, metadata_json)"
             " VALUES (?1, ?2, ?3, ?4,"
             " ?5, ?6, ?7, ?8,"
             " ?9, ?10, ?11, ?12,"
             " ?13, ?14, ?15, ?16)"
             " ON CONFLICT (date) DO UPDATE SET starting_equity = excluded.starting_equity,"
             " starting_equity_e4 = excluded.starting_equity_e4,"
             " ending_equity = excluded.ending_equity,"
             " ending_equity_e4 = excluded.ending_equity_e4,"
             " realized_pnl = excluded.realized_pnl, realized_pnl_e4 = excluded.realized_pnl_e4,"
             " unrealized_pnl = excluded.unrealized_pnl,"
             " unrealized_pnl_e4 = excluded.unrealized_pnl_e4,"
             " total_trades = excluded.total_trades, winning_trades = excluded.winning_trades,"
             " losing_trades = excluded.losing_trades, max_drawdown = excluded.max_drawdown,"
             " max_drawdown_e4 = excluded.max_drawdown_e4,"
             " kill_switch_triggered = excluded.kill_switch_triggered,"
             " metadata_json = excluded.metadata_json"_s},
            {&m_summary, dailySummarySql()},
        }};
        for (const auto& [statement, sql] : statements) {
            QString why;
            if (!statement->prepare(m_db, sql, &why)) {
                *error = u"cannot prepare journal statement (%1): %2"_s.arg(sql.left(60), why);
                return false;
            }
        }
        return true;
    }

    // The journal's run (TradeJournal::beginRun()), stamped into the entries written; 0 = none.
    void setRun(qint64 run) { m_run = run; }

    // Writes one queued call: its trading row, its events row and its wall_clock row. Returns
    // false only for a fatal error (the batch must roll back); a refused record becomes a
    // journal_error event and is appended to recordErrors.
    // Without `audit` an order's snapshot is its orders row only (no events, no wall_clock).
    bool write(const Pending& p, qint64 seq, bool audit, QStringList& recordErrors,
               QString* fatal) {
        return writeEvent(p, writeRow(p), seq, audit, recordErrors, fatal);
    }

    // The trading row of one queued call (none for the calls that only have an events row).
    Row writeRow(const Pending& p) {
        return std::visit([this](const auto& d) { return writeRow(d); }, p.data);
    }

    // A call that writes trade_executions (all a daily summary reads).
    static bool writesTrade(const Pending& p) {
        return std::holds_alternative<TradeRecord>(p.data) ||
               std::holds_alternative<Pending::ScaleIn>(p.data) ||
               std::holds_alternative<Pending::StopMoved>(p.data) ||
               std::holds_alternative<Pending::Exit>(p.data) ||
               std::holds_alternative<Pending::Cancel>(p.data);
    }

    // The events and wall_clock rows of a call whose trading row wrote `row`.
    bool writeEvent(const Pending& p, Row row, qint64 seq, bool audit, QStringList& recordErrors,
                    QString* fatal) {
        if (!audit && row.status == Status::Ok && std::holds_alternative<OrderRecord>(p.data))
            return true;
        EventInfo info = eventInfo(p.data);
        if (row.status == Status::Fatal) {
            *fatal = u"%1: %2"_s.arg(info.kind, row.error);
            return false;
        }
        if (row.status == Status::RecordError) {
            recordErrors << u"%1 %2 refused: %3"_s.arg(info.kind, info.ref, row.error);
            info.payload = JsonText()
                               .str("failed_kind"_L1, info.kind)
                               .str("error"_L1, row.error)
                               .raw("record"_L1, info.payload)
                               .finish();
            info.kind = u"journal_error"_s;
            row.table.clear();
        } else if (!row.kindOverride.isEmpty()) {
            info.kind = row.kindOverride;
        }

        m_event.bind(1, seq);
        m_event.bind(2, p.timeMs);
        m_event.bind(3, info.kind);
        m_event.bindNullableText(4, info.ticker);
        m_event.bindNullableText(5, info.ref);
        m_event.bind(6, info.payload);
        if (!isSqliteSuccess(m_event.exec())) {
            *fatal = u"events: %1"_s.arg(m_event.errorMessage());
            return false;
        }
        m_wall.bind(1, seq);
        m_wall.bind(2, row.table.isEmpty() ? u"events"_s : row.table);
        // row_key is TEXT: the column's affinity stores the integer as its text, without a
        // QString made for it.
        if (row.table.isEmpty())
            m_wall.bind(3, seq);
        else
            m_wall.bind(3, row.key);
        m_wall.bind(4, p.wallMs);
        if (!isSqliteSuccess(m_wall.exec())) {
            *fatal = u"wall_clock: %1"_s.arg(m_wall.errorMessage());
            return false;
        }
        return true;
    }

    // TradeJournal::dailySummary's answer on this connection; nullopt (and error) on failure.
    // fromMs and toMs are the date's New York bounds (QTimeZone is not for two threads at once).
    std::optional<DailySummary> dailySummary(QDate date, qint64 fromMs, qint64 toMs,
                                             QString* error) {
        SqliteStatement& q = m_summary;
        q.bind(1, fromMs);
        q.bind(2, toMs);
        if (q.exec() != SQLITE_ROW) {
            *error = q.errorMessage();
            q.reset();
            return std::nullopt;
        }
        DailySummary s;
        s.date = date;
        s.totalTrades = int(q.columnInt64(0));
        s.winningTrades = int(q.columnInt64(1));
        s.losingTrades = int(q.columnInt64(2));
        s.realizedPnl = Money::fromUnits(q.columnInt64(3));
        s.grossProfit = Money::fromUnits(q.columnInt64(4));
        s.grossLoss = Money::fromUnits(q.columnInt64(5));
        q.reset();
        return s;
    }

private:
    static Row result(SqliteStatement& q, const QString& table, const QString& key) {
        const int rc = q.exec();
        if (isSqliteSuccess(rc))
            return {Status::Ok, table, key, {}, {}};
        return {isSqliteRecordError(rc) ? Status::RecordError : Status::Fatal,
                table,
                key,
                {},
                q.errorMessage()};
    }
    // An UPDATE of an open trade that matched nothing: unknown id or already closed.
    static Row requireOneRow(Row row, const SqliteStatement& q, qint64 tradeId) {
        if (row.status == Status::Ok && q.changes() != 1) {
            row.status = Status::RecordError;
            row.error = u"trade %1 is not open (unknown id or already closed)"_s.arg(tradeId);
        }
        return row;
    }
    template <typename T>
    static void bindUnits(SqliteStatement& q, int pos, const std::optional<T>& v) {
        if (v)
            q.bind(pos, v->units());
        else
            q.bindNull(pos);
    }
    template <typename T>
    static void bindDollars(SqliteStatement& q, int pos, const std::optional<T>& v) {
        if (v)
            q.bind(pos, v->toDouble());
        else
            q.bindNull(pos);
    }
    static void bindJson(SqliteStatement& q, int pos, const QJsonObject& o) {
        if (o.isEmpty())
            q.bindNull(pos);
        else
            q.bind(pos, compactJson(o));
    }

    // Calls that only have an events row.
    Row writeRow(const Signal&) { return {}; }
    Row writeRow(const Pending::RejectedSignal&) { return {}; }
    Row writeRow(const Pending::Risk&) { return {}; }
    Row writeRow(const Pending::OrderEventData&) { return {}; }
    Row writeRow(const Pending::KillSwitchData&) { return {}; }
    Row writeRow(const Pending::Note&) { return {}; }

    Row writeRow(const OrderRecord& r) {
        const Order& o = r.order;
        SqliteStatement& q = m_order;
        q.bindText(1, o.clientOrderId);
        q.bindNullableText(2, o.signalId);
        q.bind(3, toString(o.leg));
        q.bindText(4, o.ticker);
        q.bind(5, toString(o.side));
        q.bind(6, qint64(o.quantity));
        q.bind(7, toString(o.type));
        bindDollars(q, 8, o.limitPrice);
        bindUnits(q, 9, o.limitPrice);
        bindDollars(q, 10, o.stopPrice);
        bindUnits(q, 11, o.stopPrice);
        q.bind(12, toString(o.timeInForce));
        q.bindNullableText(13, o.broker);
        q.bindNullableText(14, r.brokerOrderId);
        q.bindNullableText(15, o.parentClientOrderId);
        q.bindNullableText(16, o.ocoGroup);
        q.bind(17, toString(r.state));
        q.bind(18, qint64(r.filled));
        q.bind(19, r.filledCost.units());
        const std::optional<Price> avg =
            r.filled > 0 ? std::optional<Price>(r.averageFillPrice()) : std::nullopt;
        bindDollars(q, 20, avg);
        bindUnits(q, 21, avg);
        q.bindNullableText(22, r.lastMessage);
        q.bind(23, qint64(r.createdMs));
        q.bind(24, qint64(r.updatedMs));
        return result(q, u"orders"_s, o.clientOrderId);
    }

    Row writeRow(const Fill& f) {
        SqliteStatement& q = m_fill;
        q.bindText(1, f.executionId);
        q.bindText(2, f.broker);
        q.bindNullableText(3, f.clientOrderId);
        q.bindNullableText(4, f.brokerOrderId);
        q.bindText(5, f.ticker);
        q.bind(6, toString(f.side));
        q.bind(7, qint64(f.quantity));
        q.bind(8, dollars(f.price));
        q.bind(9, f.price.units());
        q.bind(10, qint64(f.brokerTimeMs));
        q.bind(11, qint64(f.receivedTimeMs));
        Row row = result(q, u"fills"_s, {});
        if (row.status != Status::Ok)
            return row;
        if (q.changes() == 0) {
            // Same broker and execution id as a stored fill: a replayed report, ignored.
            row.kindOverride = u"fill_duplicate"_s;
            row.table.clear();
        } else {
            row.key = QString::number(q.lastInsertRowId());
        }
        return row;
    }

    Row writeRow(const TradeRecord& t) {
        SqliteStatement& q = m_entry;
        q.bind(1, qint64(t.id));
        q.bindText(2, t.signalId);
        q.bindText(3, t.ticker);
        q.bind(4, toString(t.direction));
        q.bind(5, toString(t.tradeType));
        q.bind(6, dollars(t.entryPrice));
        q.bind(7, t.entryPrice.units());
        q.bind(8, qint64(t.shares));
        bindDollars(q, 9, t.stopLoss);
        bindUnits(q, 10, t.stopLoss);
        bindDollars(q, 11, t.targetPrice);
        bindUnits(q, 12, t.targetPrice);
        q.bind(13, int(t.conviction));
        q.bindNullableText(14, t.broker);
        q.bindNullableText(15, t.orderId);
        q.bind(16, qint64(t.entryTimeMs));
        q.bind(17, qint64(t.entryTimeMs));
        bindJson(q, 18, t.metadata);
        q.bind(19, qint64(t.createdAtMs));
        q.bind(20, qint64(t.createdAtMs));
        if (m_run > 0)
            q.bind(21, m_run);
        else
            q.bindNull(21);
        return result(q, u"trade_executions"_s, QString::number(t.id));
    }

    Row writeRow(const Pending::ScaleIn& s) {
        SqliteStatement& q = m_scaleIn;
        q.bind(1, qint64(s.shares));
        q.bind(2, dollars(s.averageEntry));
        q.bind(3, s.averageEntry.units());
        q.bind(4, qint64(s.tradeId));
        return requireOneRow(result(q, u"trade_executions"_s, QString::number(s.tradeId)), q,
                             s.tradeId);
    }

    Row writeRow(const Pending::StopMoved& m) {
        SqliteStatement& q = m_stopMoved;
        q.bind(1, dollars(m.to));
        q.bind(2, m.to.units());
        q.bind(3, qint64(m.tradeId));
        return requireOneRow(result(q, u"trade_executions"_s, QString::number(m.tradeId)), q,
                             m.tradeId);
    }

    Row writeRow(const Pending::Exit& x) {
        SqliteStatement& q = m_exit;
        q.bind(1, dollars(x.exitPrice));
        q.bind(2, x.exitPrice.units());
        q.bind(3, qint64(x.exitTimeMs));
        q.bind(4, qint64(x.exitTimeMs));
        q.bindNullableText(5, x.reason);
        q.bind(6, dollars(x.pnl));
        q.bind(7, x.pnl.units());
        q.bind(8, double(x.pnlPct));
        q.bind(9, qint64(x.tradeId));
        return requireOneRow(result(q, u"trade_executions"_s, QString::number(x.tradeId)), q,
                             x.tradeId);
    }

    Row writeRow(const Pending::Cancel& c) {
        SqliteStatement& q = m_cancel;
        q.bindNullableText(1, c.reason);
        q.bind(2, qint64(c.timeMs));
        q.bind(3, qint64(c.timeMs));
        q.bind(4, qint64(c.tradeId));
        return requireOneRow(result(q, u"trade_executions"_s, QString::number(c.tradeId)), q,
                             c.tradeId);
    }

    Row writeRow(const DailyPnlRecord& d) {
        SqliteStatement& q = m_daily;
        const QString date = d.date.toString(Qt::ISODate);
        q.bind(1, date);
        q.bind(2, dollars(d.startingEquity));
        q.bind(3, d.startingEquity.units());
        q.bind(4, dollars(d.endingEquity));
        q.bind(5, d.endingEquity.units());
        q.bind(6, dollars(d.realizedPnl));
        q.bind(7, d.realizedPnl.units());
        q.bind(8, dollars(d.unrealizedPnl));
        q.bind(9, d.unrealizedPnl.units());
        q.bind(10, int(d.totalTrades));
        q.bind(11, int(d.winningTrades));
        q.bind(12, int(d.losingTrades));
        q.bind(13, dollars(d.maxDrawdown));
        q.bind(14, d.maxDrawdown.units());
        q.bind(15, d.killSwitchTriggered ? 1 : 0);
        bindJson(q, 16, d.metadata);
        return result(q, u"daily_pnl"_s, date);
    }

    sqlite3* m_db;
    SqliteStatement m_event;
    SqliteStatement m_wall;
    SqliteStatement m_entry;
    SqliteStatement m_scaleIn;
    SqliteStatement m_stopMoved;
    SqliteStatement m_exit;
    SqliteStatement m_cancel;
    SqliteStatement m_order;
    SqliteStatement m_fill;
    SqliteStatement m_daily;
    SqliteStatement m_summary;
    qint64 m_run = 0;
};

// The writer thread of a Replay journal with background writes (setBackgroundWrites()): batches
// handed over by commit() are written in order, each in one transaction, on a sqlite3 connection
// of its own (Qt Sql connections are bound to the thread that opened them; this one is only ever
// used by the thread). The owner's thread keeps its Qt Sql connection for the queries, which see
// what the writer committed (WAL: readers and the writer do not block each other).
class TradeJournal::Background {
public:
    struct Batch {
        std::vector<Pending> items;
        qint64 firstSeq = 0; // events.seq of items[0]; item i gets firstSeq + i
        qint64 run = 0;
        bool audit = true;
        // A daily summary asked for (TradeJournal::dailySummary): answered once the batch's
        // trade_executions rows are written, inside its transaction.
        bool summary = false;
        QDate summaryDate;
        qint64 summaryFromMs = 0; // the date's New York bounds, computed by the owner's thread
        qint64 summaryToMs = 0;
    };

    ~Background() {
        {
            const std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_all();
        if (m_thread.joinable())
            m_thread.join(); // the thread writes what it was handed first (or has failed)
        m_writer.reset();
        sqlite3_close_v2(m_db);
    }

    // Opens the writer's connection on `path` with the pragmas of Replay durability and starts
    // the thread; null (and error) when the connection cannot be made.
    static std::unique_ptr<Background> start(const QString& path,
                                             const std::vector<QString>& pragmas, QString* error) {
        std::unique_ptr<Background> b(new Background);
        const QByteArray file = path.toUtf8();
        // NOMUTEX: only the writer thread ever uses the connection, so SQLite need not lock it
        // around every call (a tenth of the thread's samples in serialized mode).
        if (sqlite3_open_v2(file.constData(), &b->m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX,
                            nullptr) != SQLITE_OK) {
            *error = u"journal %1: cannot open the writer's connection: %2"_s.arg(
                path, b->m_db ? QString::fromUtf8(sqlite3_errmsg(b->m_db)) : u"out of memory"_s);
            return nullptr;
        }
        // As Qt's connection (QSQLITE_BUSY_TIMEOUT=5000, foreign keys on), and Replay's pragmas.
        sqlite3_busy_timeout(b->m_db, 5000);
        std::vector<QString> all{u"PRAGMA foreign_keys=ON"_s};
        all.insert(all.end(), pragmas.begin(), pragmas.end());
        for (const QString& sql : all) {
            if (!b->exec(sql.toUtf8().constData(), error)) {
                *error = u"journal %1: writer connection: %2"_s.arg(path, *error);
                return nullptr;
            }
        }
        b->m_writer = std::make_unique<Writer>(b->m_db);
        if (!b->m_writer->prepare(error)) {
            *error = u"journal %1: %2"_s.arg(path, *error);
            return nullptr;
        }
        b->m_thread = std::thread([raw = b.get()] { raw->loop(); });
        return b;
    }

    // Queues a batch behind the others (behind a failed one too: the owner takes it back).
    void submit(Batch&& batch) {
        {
            const std::lock_guard lock(m_mutex);
            if (batch.summary) {
                m_summary.reset();
                m_summaryError.clear();
                m_summaryReady = false;
            }
            m_batches.push_back(std::move(batch));
        }
        m_wake.notify_one();
    }

    // A commit failed on the thread (it writes nothing more).
    bool failed() {
        const std::lock_guard lock(m_mutex);
        return m_failed;
    }

    // Waits until every batch handed over is committed (true) or the writer failed (false and
    // error). The record errors of the batches written are appended to recordErrors.
    bool waitIdle(QStringList& recordErrors, QString* error) {
        std::unique_lock lock(m_mutex);
        m_done.wait(lock, [this] { return m_batches.empty() || m_failed; });
        recordErrors += std::exchange(m_recordErrors, {});
        if (!m_failed)
            return true;
        *error = m_error;
        return false;
    }

    // Waits for the summary of the last batch submitted with one. nullopt: the query failed
    // (queryError) or the writer failed (writerFailed).
    std::optional<DailySummary> waitSummary(QString* queryError, bool* writerFailed) {
        std::unique_lock lock(m_mutex);
        m_done.wait(lock, [this] { return m_summaryReady || m_failed; });
        *writerFailed = !m_summaryReady && m_failed;
        *queryError = m_summaryError;
        return m_summary;
    }

    // After a failure: the batches not committed, oldest first.
    std::vector<Batch> takeUnwritten() {
        const std::lock_guard lock(m_mutex);
        std::vector<Batch> out;
        for (Batch& b : m_batches)
            out.push_back(std::move(b));
        m_batches.clear();
        return out;
    }

private:
    Background() = default;

    bool exec(const char* sql, QString* error) {
        char* message = nullptr;
        if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) == SQLITE_OK)
            return true;
        *error = message ? QString::fromUtf8(message) : QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_free(message);
        return false;
    }

    void loop() {
        std::unique_lock lock(m_mutex);
        for (;;) {
            m_wake.wait(lock, [this] { return m_stop || (!m_failed && !m_batches.empty()); });
            if (m_failed || m_batches.empty())
                return; // stopping: everything handed over is written, or cannot be
            Batch& batch = m_batches.front(); // stays put: the deque only grows at its back
            lock.unlock();
            QStringList errors;
            QString fatal;
            const bool ok = write(batch, errors, &fatal);
            lock.lock();
            if (ok) {
                m_recordErrors += errors;
                m_batches.pop_front();
            } else {
                m_failed = true; // the batch stays, for the owner to take back
                m_error = fatal;
            }
            m_done.notify_all();
        }
    }

    void answerSummary(std::optional<DailySummary> summary, const QString& error) {
        {
            const std::lock_guard lock(m_mutex);
            m_summary = summary;
            m_summaryError = error;
            m_summaryReady = true;
        }
        m_done.notify_all();
    }

    // One batch in one transaction, as TradeJournal::commit() writes it on the owner's thread,
    // in two passes: first the calls that write trade_executions (in their order), then the
    // summary's answer, then every other row and every events and wall_clock row in the batch's
    // order. No statement of one table reads another (each row's result depends only on its own
    // table), and each table's rows go in in the same order, so the file is the same row for row
    // (rowids included) as one pass would make it.
    bool write(Batch& batch, QStringList& errors, QString* fatal) {
        std::vector<Pending>& items = batch.items;
        if (items.empty()) {
            if (batch.summary)
                summarize(batch);
            return true;
        }
        QString why;
        if (!exec("BEGIN IMMEDIATE", &why)) {
            *fatal = u"journal flush: cannot start a transaction: %1"_s.arg(why);
            if (batch.summary)
                answerSummary(std::nullopt, *fatal);
            return false;
        }
        const auto abandon = [&](const QString& message) {
            QString ignored;
            exec("ROLLBACK", &ignored);
            *fatal = message;
            return false;
        };
        m_writer->setRun(batch.run);
        std::vector<Writer::Row> rows(items.size());
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (!Writer::writesTrade(items[i]))
                continue;
            rows[i] = m_writer->writeRow(items[i]);
            if (rows[i].status == Writer::Status::Fatal) {
                QString message;
                m_writer->writeEvent(items[i], rows[i], 0, batch.audit, errors, &message);
                return abandon(u"journal flush failed, nothing written (%1 records kept): %2"_s.arg(
                    QString::number(items.size()), message));
            }
        }
        if (batch.summary)
            summarize(batch);
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (!Writer::writesTrade(items[i]))
                rows[i] = m_writer->writeRow(items[i]);
            QString message;
            if (!m_writer->writeEvent(items[i], std::move(rows[i]), batch.firstSeq + qint64(i),
                                      batch.audit, errors, &message))
                return abandon(u"journal flush failed, nothing written (%1 records kept): %2"_s.arg(
                    QString::number(items.size()), message));
        }
        if (!exec("COMMIT", &why))
            return abandon(u"journal flush: commit failed, nothing written: %1"_s.arg(why));
        return true;
    }

    void summarize(const Batch& batch) {
        QString error;
        const std::optional<DailySummary> s = m_writer->dailySummary(
            batch.summaryDate, batch.summaryFromMs, batch.summaryToMs, &error);
        answerSummary(s, s ? QString() : error);
    }

    sqlite3* m_db = nullptr;
    std::unique_ptr<Writer> m_writer;
    std::thread m_thread;

    std::mutex m_mutex;
    std::condition_variable m_wake; // to the thread: a batch, or stop
    std::condition_variable m_done; // to the owner: a batch written, a summary, a failure
    std::deque<Batch> m_batches;    // handed over, not yet committed; the front is being written
    bool m_stop = false;
    bool m_failed = false;
    QString m_error;
    QStringList m_recordErrors;
    std::optional<DailySummary> m_summary;
    QString m_summaryError;
    bool m_summaryReady = false;
};

TradeJournal::TradeJournal(const Clock& engineClock, const Clock* wallClock)
    : m_engineClock(&engineClock)
    , m_wallClock(wallClock ? wallClock : &m_systemClock) {}

TradeJournal::~TradeJournal() {
    close();
}

bool TradeJournal::fail(const QString& message) {
    m_error = message;
    return false;
}

namespace {

// Never stale by age: a journal is held for as long as its process lives. A lock whose process
// has died (kill -9, power loss) is found stale by its pid and taken over.
std::unique_ptr<QLockFile> journalLock(const QString& path) {
    auto lock = std::make_unique<QLockFile>(path + u".lock"_s);
    lock->setStaleLockTime(0);
    return lock;
}

QString holderOf(const QLockFile& lock) {
    qint64 pid = 0;
    QString host;
    QString app;
    lock.getLockInfo(&pid, &host, &app);
    return u"%1 (process %2 on %3)"_s.arg(app.isEmpty() ? u"another process"_s : app)
        .arg(pid)
        .arg(host.isEmpty() ? u"this machine"_s : host);
}

} // namespace

QString TradeJournal::heldBy(const QString& path) {
    const auto lock = journalLock(path);
    if (lock->tryLock(0))
        return {};
    return lock->error() == QLockFile::LockFailedError ? holderOf(*lock) : QString();
}

bool TradeJournal::lock(const QString& path) {
    auto lock = journalLock(path);
    if (lock->tryLock(0)) {
        m_lock = std::move(lock);
        return true;
    }
    if (lock->error() == QLockFile::LockFailedError) {
        m_lockedByAnother = true;
        return fail(
            u"journal %1 is in use by %2: one executor per journal"_s.arg(path, holderOf(*lock)));
    }
    return fail(u"journal %1: cannot create its lock file %2.lock"_s.arg(path, path));
}

bool TradeJournal::open(const QString& path) {
    close();
    m_error.clear();
    m_run = 0;
    m_recordErrors.clear();
    m_lockedByAnother = false;
    m_recoveredIntents = 0;
    m_writerFailed = false;
    if (!lock(path))
        return false;
    const auto abandon = [this](const QString& message) {
        m_writer.reset();
        m_db.close();
        m_intents.close();
        m_lock.reset();
        return fail(message);
    };
    if (!m_db.open(path))
        return abandon(m_db.errorString());
    if (m_durability != Durability::Live && !applyDurability())
        return abandon(m_error);
    // Ids continue after the stored ones: handed out in call order, so a replay into a fresh
    // file gets the same ids as the original run.
    const auto maxId = m_db.scalar(u"SELECT COALESCE(MAX(id), 0) FROM trade_executions"_s);
    const auto maxSeq = m_db.scalar(u"SELECT COALESCE(MAX(seq), 0) FROM events"_s);
    if (!maxId || !maxSeq)
        return abandon(u"journal %1: %2"_s.arg(path, m_db.errorString()));
    m_nextTradeId = maxId->toLongLong() + 1;
    m_nextSeq = maxSeq->toLongLong() + 1;
    sqlite3* handle = sqliteHandle(m_db.connection());
    if (!handle)
        return abandon(u"journal %1: the Qt Sql driver gives no SQLite handle"_s.arg(path));
    m_writer = std::make_unique<Writer>(handle);
    QString why;
    if (!m_writer->prepare(&why))
        return abandon(u"journal %1: %2"_s.arg(path, why));
    const QString logPath = path + u"-intents"_s;
    if (!m_intents.open(logPath))
        return abandon(m_intents.errorString());
    // The recovery's commit empties the log, as every commit does.
    if (!recoverIntents(logPath))
        return abandon(m_error);
    return true;
}

bool TradeJournal::recoverIntents(const QString& logPath) {
    const IntentLog::Contents log = IntentLog::read(logPath);
    if (log.intents.isEmpty() && log.skipped == 0)
        return true;
    QHash<QString, OrderRecord> known;
    for (OrderRecord& r : openOrders())
        known.insert(r.order.clientOrderId, std::move(r));
    QSqlQuery exists(m_db.connection());
    exists.prepare(u"SELECT 1 FROM orders WHERE client_order_id = ?"_s);
    for (const OrderIntent& intent : log.intents) {
        const QString& id = intent.order.clientOrderId;
        exists.addBindValue(id);
        if (!exists.exec())
            return fail(u"intent log %1: %2"_s.arg(logPath, describe(exists.lastError())));
        const bool committed = exists.next();
        exists.finish();
        OrderRecord rec;
        if (intent.kind != OrderIntent::Kind::Cancel) {
            if (committed)
                continue; // its row (and whatever followed) reached the journal
            rec.order = intent.order;
            rec.state = OrderState::Submitting;
            rec.createdMs = rec.updatedMs = intent.engineTimeMs;
        } else {
            const auto it = known.find(id);
            if (it == known.end() || it->state == OrderState::CancelPending)
                continue; // terminal already, or the cancel request was committed
            rec = *it;
            rec.state = OrderState::CancelPending;
            rec.updatedMs = intent.engineTimeMs;
        }
        rec.lastMessage = u"recovered from the intent log: %1 sent or about to be sent before the "
                          "process stopped; reconcile with the broker"_s.arg(toString(intent.kind));
        known.insert(id, rec);
        recordOrder(rec);
        recordNote(u"intent_recovered"_s, id,
                   QJsonObject{{u"intent"_s, toString(intent.kind)},
                               {u"signal_id"_s, intent.order.signalId},
                               {u"ticker"_s, intent.order.ticker},
                               {u"leg"_s, toString(intent.order.leg)},
                               {u"broker"_s, intent.order.broker},
                               {u"engine_time_ms"_s, double(intent.engineTimeMs)}});
        ++m_recoveredIntents;
    }
    if (log.skipped > 0)
        recordNote(u"intent_log_damaged"_s, QString(),
                   QJsonObject{{u"skipped_lines"_s, log.skipped},
                               {u"detail"_s, u"a line cut short or corrupt: written by a process "
                                             "killed before it sent the order"_s}});
    return commitHere(); // and with it the log is empty: everything in it is in the journal now
}

bool TradeJournal::writeIntents(std::span<const OrderIntent> intents) {
    // A replay is re-run, not recovered: no intent log, no write() per order (see Durability).
    if (m_durability == Durability::Replay)
        return true;
    if (m_intents.append(intents))
        return true;
    return fail(m_intents.errorString());
}

bool TradeJournal::close() {
    bool ok = true;
    if (isOpen()) {
        const bool threaded = m_background != nullptr;
        ok = commitAndWait();
        // The writer thread failed: what it did not write is queued again, one last try here.
        if (!ok && threaded)
            ok = commitHere();
    }
    m_background.reset();
    m_writerFailed = false;
    m_queue.clear();
    m_queuedOrder.clear();
    m_commitDueMs = 0;
    m_writer.reset(); // statements go before their connection
    m_db.close();
    m_intents.close();
    m_lock.reset(); // unlocks
    m_run = 0;
    return ok;
}

qint64 TradeJournal::beginRun() {
    if (!isOpen() || !m_writer) {
        fail(u"journal is not open"_s);
        return 0;
    }
    // What was queued before belongs to no run (or the previous one). The writer thread is
    // idle after it, so this connection can write.
    if (!commitAndWait())
        return 0;
    QSqlQuery q(m_db.connection());
    if (!q.prepare(u"INSERT INTO journal_runs (started_wall_ms, pid) VALUES (?, ?)"_s)) {
        fail(u"journal %1: cannot number the run: %2"_s.arg(m_db.path(), describe(q.lastError())));
        return 0;
    }
    q.bindValue(0, m_wallClock->nowMs());
    q.bindValue(1, QCoreApplication::applicationPid());
    if (!q.exec()) {
        fail(u"journal %1: cannot number the run: %2"_s.arg(m_db.path(), describe(q.lastError())));
        return 0;
    }
    m_run = q.lastInsertId().toLongLong();
    m_writer->setRun(m_run);
    return m_run;
}

void TradeJournal::enqueue(Pending&& item) {
    if (!isOpen()) {
        // Never silently: the owner sees it in takeRecordErrors().
        m_recordErrors << u"journal not open: %1 dropped"_s.arg(eventInfo(item.data).kind);
        return;
    }
    item.timeMs = m_engineClock->nowMs();
    item.wallMs = m_wallClock->nowMs();
    m_queue.push_back(std::move(item));
}

void TradeJournal::recordSignal(const Signal& signal) {
    if (m_detail == Detail::Audit)
        enqueue(Pending{0, 0, signal});
}

void TradeJournal::recordSignalRejected(const SignalParseResult& result, const QByteArray& raw,
                                        const QString& source, const QString& signalId) {
    enqueue(Pending{0, 0, Pending::RejectedSignal{result, raw, source, signalId}});
}

void TradeJournal::recordRiskDecision(const Signal& signal, const RiskDecision& decision) {
    if (m_detail != Detail::Audit)
        return;
    enqueue(Pending{0, 0, Pending::Risk{signal.signalId, signal.ticker, decision}});
}

void TradeJournal::recordOrder(const OrderRecord& order) {
    if (m_detail == Detail::Trades && isOpen()) {
        // One row per order and batch: its last state.
        const auto it = m_queuedOrder.constFind(order.order.clientOrderId);
        if (it != m_queuedOrder.cend()) {
            Pending& queued = m_queue[*it];
            queued.data = order;
            queued.timeMs = m_engineClock->nowMs();
            queued.wallMs = m_wallClock->nowMs();
            return;
        }
        m_queuedOrder.insert(order.order.clientOrderId, m_queue.size());
    }
    enqueue(Pending{0, 0, order});
}

void TradeJournal::recordOrderEvent(const OrderUpdate& update, const OrderBookChange& change) {
    if (m_detail != Detail::Audit)
        return;
    enqueue(Pending{0, 0, Pending::OrderEventData{update, change}});
}

void TradeJournal::recordFill(const Fill& fill) {
    enqueue(Pending{0, 0, fill});
}

void TradeJournal::recordNote(const QString& kind, const QString& refId,
                              const QJsonObject& payload) {
    enqueue(Pending{0, 0, Pending::Note{kind, refId, payload}});
}

void TradeJournal::recordKillSwitch(const KillSwitchEvent& event, const QJsonObject& state) {
    enqueue(Pending{0, 0, Pending::KillSwitchData{event, state}});
}

qint64 TradeJournal::recordEntry(const TradeRecord& trade) {
    if (!isOpen()) {
        m_recordErrors << u"journal not open: entry %1 %2 dropped"_s.arg(trade.ticker,
                                                                         trade.signalId);
        return 0;
    }
    TradeRecord t = trade;
    t.id = m_nextTradeId++;
    t.status = TradeStatus::Open;
    t.exitPrice.reset();
    t.exitReason.clear();
    t.pnl.reset();
    t.pnlPct.reset();
    t.exitTimeMs.reset();
    t.createdAtMs = m_engineClock->nowMs();
    const qint64 id = t.id;
    enqueue(Pending{0, 0, std::move(t)});
    return id;
}

void TradeJournal::recordScaleIn(qint64 tradeId, Quantity totalShares, Price averageEntry) {
    enqueue(Pending{0, 0, Pending::ScaleIn{tradeId, totalShares, averageEntry}});
}

void TradeJournal::recordStopMoved(qint64 tradeId, Price from, Price to, const QString& reason) {
    enqueue(Pending{0, 0, Pending::StopMoved{tradeId, from, to, reason}});
}

void TradeJournal::recordExit(qint64 tradeId, Price exitPrice, qint64 exitTimeMs, ExitReason reason,
                              Money pnl, double pnlPct) {
    recordExit(tradeId, exitPrice, exitTimeMs, toString(reason), pnl, pnlPct);
}

void TradeJournal::recordExit(qint64 tradeId, Price exitPrice, qint64 exitTimeMs,
                              const QString& reason, Money pnl, double pnlPct) {
    enqueue(Pending{0, 0, Pending::Exit{tradeId, exitPrice, exitTimeMs, reason, pnl, pnlPct}});
}

void TradeJournal::recordTradeCancelled(qint64 tradeId, const QString& reason) {
    enqueue(Pending{0, 0, Pending::Cancel{tradeId, reason, m_engineClock->nowMs()}});
}

void TradeJournal::upsertDailyPnl(const DailyPnlRecord& day) {
    enqueue(Pending{0, 0, day});
}

bool TradeJournal::setDurability(Durability durability) {
    const bool toLive = durability == Durability::Live && m_durability != Durability::Live;
    if (toLive && m_background) {
        // Live commits on this thread: the writer's batches go first (or come back to the
        // queue, which the commit below writes).
        waitForWrites();
        m_background.reset();
    }
    m_durability = durability;
    if (!isOpen())
        return true;
    if (toLive && !commit())
        return false;
    return applyDurability();
}

bool TradeJournal::applyDurability() {
    // Live: what Database::open() set (FULL) and SQLite's defaults. Replay, measured on 5.3 M bars
    // (bench_replay_journal): synchronous=OFF took 27 s where NORMAL took 33 s, the difference
    // being the fsyncs of NORMAL's checkpoints, so OFF: a kill -9 loses nothing committed (the
    // writes are in the kernel), a power cut or OS crash during a replay can damage the file (run
    // the replay again into a fresh one). A 64 MiB page cache and a WAL checkpointed every 64 MiB
    // instead of 4 MiB cut the pages read back and written twice by a day's large transaction.
    for (const QString& sql : durabilityPragmas(m_durability == Durability::Replay)) {
        if (!m_db.exec(sql))
            return fail(u"journal %1: %2"_s.arg(m_db.path(), m_db.errorString()));
    }
    return true;
}

bool TradeJournal::flush() {
    if (m_durability == Durability::Replay && !m_queue.empty() &&
        pendingCount() < kReplayBatchRecords && m_engineClock->nowMs() < m_commitDueMs)
        return true; // deferred: the batch is small and the trading date is the last commit's
    return commit();
}

bool TradeJournal::usesWriterThread() const {
    return m_backgroundWrites && !m_writerFailed && m_durability == Durability::Replay &&
           isOpen() && m_writer;
}

void TradeJournal::setBackgroundWrites(bool on) {
    if (!on && m_background) {
        waitForWrites();
        m_background.reset();
    }
    m_backgroundWrites = on;
}

TradeJournal::HandOff TradeJournal::handOff(QDate summaryFor) {
    if (!m_background) {
        QString error;
        m_background = Background::start(m_db.path(), durabilityPragmas(true), &error);
        if (!m_background) {
            m_writerFailed = true;
            fail(error);
            return HandOff::NotStarted;
        }
    } else if (m_background->failed()) {
        waitForWrites(); // takes its records back, says why
        return HandOff::Failed;
    }
    Background::Batch batch;
    batch.firstSeq = m_nextSeq;
    batch.run = m_run;
    batch.audit = m_detail == Detail::Audit;
    if (summaryFor.isValid()) {
        batch.summary = true;
        batch.summaryDate = summaryFor;
        batch.summaryFromMs = startOfTradingDateMs(summaryFor);
        batch.summaryToMs = startOfTradingDateMs(summaryFor.addDays(1));
    }
    const bool any = !m_queue.empty();
    m_nextSeq += qint64(m_queue.size());
    batch.items = std::exchange(m_queue, {});
    m_queuedOrder.clear();
    m_background->submit(std::move(batch));
    // As a commit on this thread: the next one is due on the next trading date. No intent log to
    // empty: a Replay journal writes none.
    if (any)
        m_commitDueMs = startOfTradingDateMs(tradingDate(m_engineClock->nowMs()).addDays(1));
    return HandOff::Handed;
}

bool TradeJournal::waitForWrites() {
    if (!m_background)
        return true;
    QString error;
    if (m_background->waitIdle(m_recordErrors, &error))
        return true;
    takeBackFromWriter(error);
    return false;
}

void TradeJournal::takeBackFromWriter(const QString& error) {
    std::vector<Background::Batch> unwritten = m_background->takeUnwritten();
    m_background.reset(); // it has stopped writing: joined at once
    m_writerFailed = true;
    std::vector<Pending> queue;
    if (!unwritten.empty())
        m_nextSeq = unwritten.front().firstSeq;
    for (Background::Batch& b : unwritten) {
        for (Pending& p : b.items)
            queue.push_back(std::move(p));
    }
    for (Pending& p : m_queue)
        queue.push_back(std::move(p));
    m_queue = std::move(queue);
    m_queuedOrder.clear();
    if (m_detail == Detail::Trades) {
        for (std::size_t i = 0; i < m_queue.size(); ++i) {
            if (const auto* order = std::get_if<OrderRecord>(&m_queue[i].data))
                m_queuedOrder.insert(order->order.clientOrderId, i);
        }
    }
    fail(error);
}

bool TradeJournal::commitAndWait() {
    return commit() && waitForWrites();
}

bool TradeJournal::commit() {
    if (m_queue.empty())
        return true;
    if (usesWriterThread()) {
        switch (handOff({})) {
        case HandOff::Handed:
            return true;
        case HandOff::Failed:
            return false;
        case HandOff::NotStarted:
            break; // written here
        }
    }
    return commitHere();
}

bool TradeJournal::commitHere() {
    if (m_queue.empty())
        return true;
    if (!isOpen() || !m_writer)
        return fail(u"journal is not open"_s);
    if (!m_db.begin())
        return fail(u"journal flush: cannot start a transaction: %1"_s.arg(m_db.errorString()));
    qint64 seq = m_nextSeq;
    QStringList errors;
    for (const Pending& p : m_queue) {
        QString fatal;
        if (!m_writer->write(p, seq, m_detail == Detail::Audit, errors, &fatal)) {
            m_db.rollback();
            return fail(u"journal flush failed, nothing written (%1 records kept): %2"_s.arg(
                QString::number(m_queue.size()), fatal));
        }
        ++seq;
    }
    if (!m_db.commit()) {
        const QString why = m_db.errorString();
        m_db.rollback();
        return fail(u"journal flush: commit failed, nothing written: %1"_s.arg(why));
    }
    m_nextSeq = seq;
    m_queue.clear();
    m_queuedOrder.clear();
    m_recordErrors += errors;
    if (m_durability == Durability::Replay)
        m_commitDueMs = startOfTradingDateMs(tradingDate(m_engineClock->nowMs()).addDays(1));
    // The commit covered every intent logged so far: each order's row was queued before its
    // intent was written.
    if (!m_intents.clear())
        m_recordErrors << m_intents.errorString();
    return true;
}

qsizetype TradeJournal::pendingCount() const {
    return static_cast<qsizetype>(m_queue.size());
}

QStringList TradeJournal::takeRecordErrors() {
    waitForWrites(); // the writer thread's batches have theirs
    return std::exchange(m_recordErrors, {});
}

QDate TradeJournal::tradingDate(qint64 utcMs) {
    return QDateTime::fromMSecsSinceEpoch(utcMs, newYork()).date();
}

qint64 TradeJournal::startOfTradingDateMs(QDate date) {
    return date.startOfDay(newYork()).toMSecsSinceEpoch();
}

DailySummary TradeJournal::dailySummary(QDate date) {
    DailySummary s;
    s.date = date;
    if (usesWriterThread() && handOff(date) == HandOff::Handed) {
        // Answered by the writer once it has written the batch's trade rows; it goes on with the
        // rest of the batch (and its commit) while the caller goes on.
        QString queryError;
        bool writerFailed = false;
        if (const std::optional<DailySummary> answer =
                m_background->waitSummary(&queryError, &writerFailed))
            return *answer;
        if (!writerFailed) {
            fail(u"daily summary: %1"_s.arg(queryError));
            return s;
        }
        waitForWrites(); // takes the records back: committed here below, then asked here
    }
    commit();
    if (!isOpen())
        return s;
    QSqlQuery q(m_db.connection());
    q.prepare(dailySummarySql());
    q.bindValue(0, startOfTradingDateMs(date));
    q.bindValue(1, startOfTradingDateMs(date.addDays(1)));
    if (!q.exec() || !q.next()) {
        fail(u"daily summary: %1"_s.arg(describe(q.lastError())));
        return s;
    }
    s.totalTrades = q.value(0).toInt();
    s.winningTrades = q.value(1).toInt();
    s.losingTrades = q.value(2).toInt();
    s.realizedPnl = Money::fromUnits(q.value(3).toLongLong());
    s.grossProfit = Money::fromUnits(q.value(4).toLongLong());
    s.grossLoss = Money::fromUnits(q.value(5).toLongLong());
    return s;
}

QList<TradeRecord> TradeJournal::tradeHistory(const QString& ticker, int lastDays, QDate asOf) {
    commitAndWait();
    QList<TradeRecord> out;
    if (!isOpen())
        return out;
    QString sql = u"SELECT "_s + tradeRecordColumns() + u" FROM trade_executions WHERE 1 = 1"_s;
    QVariantList binds;
    if (!ticker.isEmpty()) {
        sql += u" AND ticker = ?"_s;
        binds << ticker;
    }
    if (lastDays > 0) {
        const QDate last = asOf.isValid() ? asOf : tradingDate(m_engineClock->nowMs());
        sql += u" AND entry_time_ms >= ? AND entry_time_ms < ?"_s;
        binds << startOfTradingDateMs(last.addDays(1 - lastDays))
              << startOfTradingDateMs(last.addDays(1));
    }
    sql += u" ORDER BY entry_time_ms, id"_s;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (qsizetype i = 0; i < binds.size(); ++i)
        q.bindValue(int(i), binds.at(i));
    if (!q.exec()) {
        fail(u"trade history: %1"_s.arg(describe(q.lastError())));
        return out;
    }
    while (q.next())
        out.append(readTradeRecord(q));
    return out;
}

QList<TradeRecord> TradeJournal::openTrades() {
    commitAndWait();
    QList<TradeRecord> out;
    if (!isOpen())
        return out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT "_s + tradeRecordColumns() +
                u" FROM trade_executions WHERE status = 'open' ORDER BY entry_time_ms, id"_s)) {
        fail(u"open trades: %1"_s.arg(describe(q.lastError())));
        return out;
    }
    while (q.next())
        out.append(readTradeRecord(q));
    return out;
}

std::optional<TradeRecord> TradeJournal::trade(qint64 id) {
    commitAndWait();
    if (!isOpen())
        return std::nullopt;
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT "_s + tradeRecordColumns() + u" FROM trade_executions WHERE id = ?"_s);
    q.bindValue(0, id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readTradeRecord(q);
}

QList<OrderRecord> TradeJournal::openOrders() {
    commitAndWait();
    QList<OrderRecord> out;
    if (!isOpen())
        return out;
    QStringList terminal;
    for (int i = 0; i < kOrderStateCount; ++i) {
        if (isTerminal(OrderState(i)))
            terminal << u"'"_s + toString(OrderState(i)) + u"'"_s;
    }
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT client_order_id, signal_id, leg, ticker, side, quantity, type,"
                " limit_price_e4, stop_price_e4, tif, broker, broker_order_id,"
                " parent_client_order_id, oco_group, state, filled_quantity, filled_cost_e4,"
                " last_message, created_time_ms, updated_time_ms FROM orders"
                " WHERE state NOT IN ("_s +
                terminal.join(u", "_s) + u") ORDER BY created_time_ms, rowid"_s)) {
        fail(u"open orders: %1"_s.arg(describe(q.lastError())));
        return out;
    }
    while (q.next()) {
        OrderRecord r;
        Order& o = r.order;
        o.clientOrderId = q.value(0).toString();
        o.signalId = q.value(1).toString();
        o.leg = orderLegFromString(q.value(2).toString()).value_or(OrderLeg::Entry);
        o.ticker = q.value(3).toString();
        o.side = q.value(4).toString() == u"sell" ? OrderSide::Sell : OrderSide::Buy;
        o.quantity = q.value(5).toLongLong();
        o.type = orderTypeFromString(q.value(6).toString()).value_or(OrderType::Market);
        o.limitPrice = optionalPrice(q.value(7));
        o.stopPrice = optionalPrice(q.value(8));
        o.timeInForce = timeInForceFromString(q.value(9).toString()).value_or(TimeInForce::Day);
        o.broker = q.value(10).toString();
        r.brokerOrderId = q.value(11).toString();
        o.parentClientOrderId = q.value(12).toString();
        o.ocoGroup = q.value(13).toString();
        // An unreadable state is treated as Unknown: reconciliation looks it up at the broker.
        r.state = orderStateFromString(q.value(14).toString()).value_or(OrderState::Unknown);
        r.filled = q.value(15).toLongLong();
        r.filledCost = Money::fromUnits(q.value(16).toLongLong());
        r.lastMessage = q.value(17).toString();
        r.createdMs = q.value(18).toLongLong();
        r.updatedMs = q.value(19).toLongLong();
        out.append(r);
    }
    return out;
}

std::optional<DailyPnlRecord> TradeJournal::dailyPnl(QDate date) {
    commitAndWait();
    if (!isOpen())
        return std::nullopt;
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT starting_equity_e4, ending_equity_e4, realized_pnl_e4, unrealized_pnl_e4,"
              " total_trades, winning_trades, losing_trades, max_drawdown_e4,"
              " kill_switch_triggered, metadata_json FROM daily_pnl WHERE date = ?"_s);
    q.bindValue(0, date.toString(Qt::ISODate));
    if (!q.exec() || !q.next())
        return std::nullopt;
    DailyPnlRecord d;
    d.date = date;
    d.startingEquity = Money::fromUnits(q.value(0).toLongLong());
    d.endingEquity = Money::fromUnits(q.value(1).toLongLong());
    d.realizedPnl = Money::fromUnits(q.value(2).toLongLong());
    d.unrealizedPnl = Money::fromUnits(q.value(3).toLongLong());
    d.totalTrades = q.value(4).toInt();
    d.winningTrades = q.value(5).toInt();
    d.losingTrades = q.value(6).toInt();
    d.maxDrawdown = Money::fromUnits(q.value(7).toLongLong());
    d.killSwitchTriggered = q.value(8).toInt() != 0;
    d.metadata = parseObject(q.value(9));
    return d;
}

QSet<QString> TradeJournal::orderIdSet(std::optional<QSet<QString>> (*query)(const QSqlDatabase&,
                                                                             QString*),
                                       const QString& what) {
    commitAndWait();
    if (!isOpen())
        return {};
    QString error;
    std::optional<QSet<QString>> ids = query(m_db.connection(), &error);
    if (!ids) {
        fail(u"%1: %2"_s.arg(what, error));
        return {};
    }
    return *ids;
}

QSet<QString> TradeJournal::signalIdsWithOrders() {
    return orderIdSet(&axion::signalIdsWithOrders, u"signal ids"_s);
}

QSet<QString> TradeJournal::clientOrderIds() {
    return orderIdSet(&axion::clientOrderIds, u"client order ids"_s);
}

QList<std::pair<QString, QString>> TradeJournal::executionIds() {
    commitAndWait();
    QList<std::pair<QString, QString>> out;
    if (!isOpen())
        return out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT broker, execution_id FROM fills"_s)) {
        fail(u"execution ids: %1"_s.arg(describe(q.lastError())));
        return out;
    }
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString()});
    return out;
}

std::optional<QJsonObject> TradeJournal::lastKillSwitchState() {
    commitAndWait();
    if (!isOpen())
        return std::nullopt;
    QSqlQuery q(m_db.connection());
    if (!q.exec(u"SELECT payload_json FROM events WHERE kind = 'kill_switch'"
                " ORDER BY seq DESC LIMIT 1"_s) ||
        !q.next())
        return std::nullopt;
    return parseObject(q.value(0)).value(u"state"_s).toObject();
}

bool TradeJournal::exportCsv(const QString& path, const QString& ticker, int lastDays, QDate asOf) {
    const QList<TradeRecord> trades = tradeHistory(ticker, lastDays, asOf);
    QString error;
    if (!CsvExport::writeTrades(trades, path, &error))
        return fail(error);
    return true;
}

} // namespace axion
