#include "journal/TradeRecordRow.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace axion {

namespace {

std::optional<Price> optionalPrice(const QVariant& v) {
    if (v.isNull())
        return std::nullopt;
    return Price::fromUnits(v.toLongLong());
}

} // namespace

const QString& tradeRecordColumns() {
    static const QString columns = QStringLiteral(
        "id, signal_id, ticker, direction, trade_type, entry_price_e4, exit_price_e4, shares,"
        " stop_loss_e4, target_price_e4, conviction, status, exit_reason, pnl_e4, pnl_pct, broker,"
        " order_id, entry_time_ms, exit_time_ms, metadata_json, created_at_ms");
    return columns;
}

TradeRecord readTradeRecord(const QSqlQuery& q) {
    TradeRecord t;
    t.id = q.value(0).toLongLong();
    t.signalId = q.value(1).toString();
    t.ticker = q.value(2).toString();
    t.direction = directionFromString(q.value(3).toString()).value_or(Direction::Long);
    t.tradeType = tradeTypeFromString(q.value(4).toString()).value_or(TradeType::Day);
    t.entryPrice = Price::fromUnits(q.value(5).toLongLong());
    t.exitPrice = optionalPrice(q.value(6));
    t.shares = q.value(7).toLongLong();
    t.stopLoss = optionalPrice(q.value(8));
    t.targetPrice = optionalPrice(q.value(9));
    t.conviction = q.value(10).toInt();
    t.status = tradeStatusFromString(q.value(11).toString()).value_or(TradeStatus::Open);
    t.exitReason = q.value(12).toString();
    if (!q.value(13).isNull())
        t.pnl = Money::fromUnits(q.value(13).toLongLong());
    if (!q.value(14).isNull())
        t.pnlPct = q.value(14).toDouble();
    t.broker = q.value(15).toString();
    t.orderId = q.value(16).toString();
    t.entryTimeMs = q.value(17).toLongLong();
    if (!q.value(18).isNull())
        t.exitTimeMs = q.value(18).toLongLong();
    const QVariant meta = q.value(19);
    if (!meta.isNull())
        t.metadata = QJsonDocument::fromJson(meta.toString().toUtf8()).object();
    t.createdAtMs = q.value(20).toLongLong();
    return t;
}

} // namespace axion
