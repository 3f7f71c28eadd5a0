#include "journal/TradeJournal.h"

#include "journal/CsvExport.h"
#include "journal/EventPayload.h"
#include "journal/JsonText.h"
#include "journal/TradeRecordRow.h"
#include "market/MarketCalendar.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <array>
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

// SQLite result codes that mean "this record is refused", as opposed to the database being
// unusable: CONSTRAINT (CHECK, NOT NULL, UNIQUE, a trigger's RAISE), MISMATCH, RANGE. Qt reports
// extended codes (275 = CONSTRAINT_CHECK); the primary code is the low byte.
bool isRecordError(const QSqlError& error) {
    bool ok = false;
    const int primary = error.nativeErrorCode().toInt(&ok) & 0xff;
    return ok && (primary == 19 || primary == 20 || primary == 25);
}

QString describe(const QSqlError& error) {
    const QString db = error.databaseText();
    return db.isEmpty() ? error.text() : db;
}

// REAL dollars for the PRD-named columns; the exact value goes to the _e4 column beside it.
template <typename T>
double dollars(T amount) {
    return amount.toDouble();
}

template <typename T>
QVariant optionalUnits(const std::optional<T>& v) {
    return v ? QVariant(v->units()) : QVariant();
}
template <typename T>
QVariant optionalDollars(const std::optional<T>& v) {
    return v ? QVariant(v->toDouble()) : QVariant();
}

// Empty text is stored as NULL in nullable columns.
QVariant nullableText(const QString& s) {
    return s.isEmpty() ? QVariant() : QVariant(s);
}
// Never NULL: Qt binds a null QString as SQL NULL, which would slip past UNIQUE (NULL != NULL)
// and trip NOT NULL.
QVariant text(const QString& s) {
    return s.isNull() ? QVariant(u""_s) : QVariant(s);
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

QVariant jsonText(const QJsonObject& o) {
    return o.isEmpty() ? QVariant() : QVariant(compactJson(o));
}

QJsonObject parseObject(const QVariant& v) {
    return v.isNull() ? QJsonObject() : QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

const QTimeZone& newYork() {
    static const QTimeZone zone = MarketCalendar::newYork();
    return zone;
}

} // namespace

// The prepared statements of one open journal, reused for every flush, and the per-kind writes.
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

    explicit Writer(const QSqlDatabase& db)
        : m_event(db)
        , m_wall(db)
        , m_entry(db)
        , m_scaleIn(db)
        , m_stopMoved(db)
        , m_exit(db)
        , m_cancel(db)
        , m_order(db)
        , m_fill(db)
        , m_daily(db) {}

    // Parameters are numbered (?1, ?2, ...) and bound by position: a named bind looks its name up
    // for every value of every row.
    bool prepare(QString* error) {
        const std::array<std::pair<QSqlQuery*, QString>, 10> statements{{
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
        }};
        for (const auto& [query, sql] : statements) {
            if (!query->prepare(sql)) {
                *error = u"cannot prepare journal statement (%1): %2"_s.arg(
                    sql.left(60), describe(query->lastError()));
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
        Row row = std::visit([this](const auto& d) { return writeRow(d); }, p.data);
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

        m_event.bindValue(0, seq);
        m_event.bindValue(1, p.timeMs);
        m_event.bindValue(2, info.kind);
        m_event.bindValue(3, nullableText(info.ticker));
        m_event.bindValue(4, nullableText(info.ref));
        m_event.bindValue(5, info.payload);
        if (!m_event.exec()) {
            *fatal = u"events: %1"_s.arg(describe(m_event.lastError()));
            return false;
        }
        m_wall.bindValue(0, seq);
        m_wall.bindValue(1, row.table.isEmpty() ? u"events"_s : row.table);
        // row_key is TEXT: the column's affinity stores the integer as its text, without a
        // QString made for it.
        m_wall.bindValue(2, row.table.isEmpty() ? QVariant(seq) : QVariant(row.key));
        m_wall.bindValue(3, p.wallMs);
        if (!m_wall.exec()) {
            *fatal = u"wall_clock: %1"_s.arg(describe(m_wall.lastError()));
            return false;
        }
        return true;
    }

private:
    static Row result(QSqlQuery& q, const QString& table, const QString& key) {
        if (q.exec())
            return {Status::Ok, table, key, {}, {}};
        const QSqlError e = q.lastError();
        return {
            isRecordError(e) ? Status::RecordError : Status::Fatal, table, key, {}, describe(e)};
    }
    // An UPDATE of an open trade that matched nothing: unknown id or already closed.
    static Row requireOneRow(Row row, const QSqlQuery& q, qint64 tradeId) {
        if (row.status == Status::Ok && q.numRowsAffected() != 1) {
            row.status = Status::RecordError;
            row.error = u"trade %1 is not open (unknown id or already closed)"_s.arg(tradeId);
        }
        return row;
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
        QSqlQuery& q = m_order;
        q.bindValue(0, text(o.clientOrderId));
        q.bindValue(1, nullableText(o.signalId));
        q.bindValue(2, toString(o.leg));
        q.bindValue(3, text(o.ticker));
        q.bindValue(4, toString(o.side));
        q.bindValue(5, o.quantity);
        q.bindValue(6, toString(o.type));
        q.bindValue(7, optionalDollars(o.limitPrice));
        q.bindValue(8, optionalUnits(o.limitPrice));
        q.bindValue(9, optionalDollars(o.stopPrice));
        q.bindValue(10, optionalUnits(o.stopPrice));
        q.bindValue(11, toString(o.timeInForce));
        q.bindValue(12, nullableText(o.broker));
        q.bindValue(13, nullableText(r.brokerOrderId));
        q.bindValue(14, nullableText(o.parentClientOrderId));
        q.bindValue(15, nullableText(o.ocoGroup));
        q.bindValue(16, toString(r.state));
        q.bindValue(17, r.filled);
        q.bindValue(18, r.filledCost.units());
        const std::optional<Price> avg =
            r.filled > 0 ? std::optional<Price>(r.averageFillPrice()) : std::nullopt;
        q.bindValue(19, optionalDollars(avg));
        q.bindValue(20, optionalUnits(avg));
        q.bindValue(21, nullableText(r.lastMessage));
        q.bindValue(22, r.createdMs);
        q.bindValue(23, r.updatedMs);
        return result(q, u"orders"_s, o.clientOrderId);
    }

    Row writeRow(const Fill& f) {
        QSqlQuery& q = m_fill;
        q.bindValue(0, text(f.executionId));
        q.bindValue(1, text(f.broker));
        q.bindValue(2, nullableText(f.clientOrderId));
        q.bindValue(3, nullableText(f.brokerOrderId));
        q.bindValue(4, text(f.ticker));
        q.bindValue(5, toString(f.side));
        q.bindValue(6, f.quantity);
        q.bindValue(7, dollars(f.price));
        q.bindValue(8, f.price.units());
        q.bindValue(9, f.brokerTimeMs);
        q.bindValue(10, f.receivedTimeMs);
        Row row = result(q, u"fills"_s, {});
        if (row.status != Status::Ok)
            return row;
        if (q.numRowsAffected() == 0) {
            // Same broker and execution id as a stored fill: a replayed report, ignored.
            row.kindOverride = u"fill_duplicate"_s;
            row.table.clear();
        } else {
            row.key = q.lastInsertId().toString();
        }
        return row;
    }

    Row writeRow(const TradeRecord& t) {
        QSqlQuery& q = m_entry;
        q.bindValue(0, t.id);
        q.bindValue(1, text(t.signalId));
        q.bindValue(2, text(t.ticker));
        q.bindValue(3, toString(t.direction));
        q.bindValue(4, toString(t.tradeType));
        q.bindValue(5, dollars(t.entryPrice));
        q.bindValue(6, t.entryPrice.units());
        q.bindValue(7, t.shares);
        q.bindValue(8, optionalDollars(t.stopLoss));
        q.bindValue(9, optionalUnits(t.stopLoss));
        q.bindValue(10, optionalDollars(t.targetPrice));
        q.bindValue(11, optionalUnits(t.targetPrice));
        q.bindValue(12, t.conviction);
        q.bindValue(13, nullableText(t.broker));
        q.bindValue(14, nullableText(t.orderId));
        q.bindValue(15, t.entryTimeMs);
        q.bindValue(16, t.entryTimeMs);
        q.bindValue(17, jsonText(t.metadata));
        q.bindValue(18, t.createdAtMs);
        q.bindValue(19, t.createdAtMs);
        q.bindValue(20, m_run > 0 ? QVariant(m_run) : QVariant());
        return result(q, u"trade_executions"_s, QString::number(t.id));
    }

    Row writeRow(const Pending::ScaleIn& s) {
        QSqlQuery& q = m_scaleIn;
        q.bindValue(0, s.shares);
        q.bindValue(1, dollars(s.averageEntry));
        q.bindValue(2, s.averageEntry.units());
        q.bindValue(3, s.tradeId);
        return requireOneRow(result(q, u"trade_executions"_s, QString::number(s.tradeId)), q,
                             s.tradeId);
    }

    Row writeRow(const Pending::StopMoved& m) {
        QSqlQuery& q = m_stopMoved;
        q.bindValue(0, dollars(m.to));
        q.bindValue(1, m.to.units());
        q.bindValue(2, m.tradeId);
        return requireOneRow(result(q, u"trade_executions"_s, QString::number(m.tradeId)), q,
                             m.tradeId);
    }

    Row writeRow(const Pending::Exit& x) {
        QSqlQuery& q = m_exit;
        q.bindValue(0, dollars(x.exitPrice));
        q.bindValue(1, x.exitPrice.units());
        q.bindValue(2, x.exitTimeMs);
        q.bindValue(3, x.exitTimeMs);
        q.bindValue(4, nullableText(x.reason));
        q.bindValue(5, dollars(x.pnl));
        q.bindValue(6, x.pnl.units());
        q.bindValue(7, x.pnlPct);
        q.bindValue(8, x.tradeId);
        return requireOneRow(result(q, u"trade_executions"_s, QString::number(x.tradeId)), q,
                             x.tradeId);
    }

    Row writeRow(const Pending::Cancel& c) {
        QSqlQuery& q = m_cancel;
        q.bindValue(0, nullableText(c.reason));
        q.bindValue(1, c.timeMs);
        q.bindValue(2, c.timeMs);
        q.bindValue(3, c.tradeId);
        return requireOneRow(result(q, u"trade_executions"_s, QString::number(c.tradeId)), q,
                             c.tradeId);
    }

    Row writeRow(const DailyPnlRecord& d) {
        QSqlQuery& q = m_daily;
        const QString date = d.date.toString(Qt::ISODate);
        q.bindValue(0, date);
        q.bindValue(1, dollars(d.startingEquity));
        q.bindValue(2, d.startingEquity.units());
        q.bindValue(3, dollars(d.endingEquity));
        q.bindValue(4, d.endingEquity.units());
        q.bindValue(5, dollars(d.realizedPnl));
        q.bindValue(6, d.realizedPnl.units());
        q.bindValue(7, dollars(d.unrealizedPnl));
        q.bindValue(8, d.unrealizedPnl.units());
        q.bindValue(9, d.totalTrades);
        q.bindValue(10, d.winningTrades);
        q.bindValue(11, d.losingTrades);
        q.bindValue(12, dollars(d.maxDrawdown));
        q.bindValue(13, d.maxDrawdown.units());
        q.bindValue(14, d.killSwitchTriggered ? 1 : 0);
        q.bindValue(15, jsonText(d.metadata));
        return result(q, u"daily_pnl"_s, date);
    }

    QSqlQuery m_event;
    QSqlQuery m_wall;
    QSqlQuery m_entry;
    QSqlQuery m_scaleIn;
    QSqlQuery m_stopMoved;
    QSqlQuery m_exit;
    QSqlQuery m_cancel;
    QSqlQuery m_order;
    QSqlQuery m_fill;
    QSqlQuery m_daily;
    qint64 m_run = 0;
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
    m_writer = std::make_unique<Writer>(m_db.connection());
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
    return commit(); // and with it the log is empty: everything in it is in the journal now
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
    if (isOpen())
        ok = commit();
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
    // What was queued before belongs to no run (or the previous one).
    if (!commit())
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
    const bool replay = m_durability == Durability::Replay;
    const std::array<QString, 3> pragmas{
        replay ? u"PRAGMA synchronous=OFF"_s : u"PRAGMA synchronous=FULL"_s,
        replay ? u"PRAGMA cache_size=-65536"_s : u"PRAGMA cache_size=-2000"_s,
        replay ? u"PRAGMA wal_autocheckpoint=16384"_s : u"PRAGMA wal_autocheckpoint=1000"_s};
    for (const QString& sql : pragmas) {
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

bool TradeJournal::commit() {
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
    return std::exchange(m_recordErrors, {});
}

QDate TradeJournal::tradingDate(qint64 utcMs) {
    return QDateTime::fromMSecsSinceEpoch(utcMs, newYork()).date();
}

qint64 TradeJournal::startOfTradingDateMs(QDate date) {
    return date.startOfDay(newYork()).toMSecsSinceEpoch();
}

DailySummary TradeJournal::dailySummary(QDate date) {
    commit();
    DailySummary s;
    s.date = date;
    if (!isOpen())
        return s;
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT COUNT(*),"
              " COALESCE(SUM(pnl_e4 > 0), 0), COALESCE(SUM(pnl_e4 < 0), 0),"
              " COALESCE(SUM(pnl_e4), 0),"
              " COALESCE(SUM(CASE WHEN pnl_e4 > 0 THEN pnl_e4 END), 0),"
              " COALESCE(SUM(CASE WHEN pnl_e4 < 0 THEN pnl_e4 END), 0)"
              " FROM trade_executions"
              " WHERE status = 'closed' AND exit_time_ms >= ? AND exit_time_ms < ?"_s);
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
    commit();
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
    commit();
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
    commit();
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
    commit();
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
    commit();
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
    commit();
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
    commit();
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
    commit();
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
