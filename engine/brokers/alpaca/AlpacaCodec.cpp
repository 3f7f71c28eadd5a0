#include "brokers/alpaca/AlpacaCodec.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>
#include <QUrl>
#include <cmath>

namespace axion::alpaca {

using namespace Qt::StringLiterals;

namespace {

QString text(const QJsonObject& json, QLatin1StringView key) {
    return json.value(key).toString();
}

// A JSON number as decimal text without exponent (test payloads send "qty": 1).
QString numberText(double v) {
    return QString::number(v, 'f', 10);
}

std::optional<qint64> unitsOf(const QJsonValue& value, fixedpoint::Rounding rounding) {
    if (value.isString())
        return fixedpoint::parse(value.toString(), rounding);
    if (value.isDouble())
        return fixedpoint::parse(numberText(value.toDouble()),
                                 fixedpoint::Rounding::HalfAwayFromZero);
    return std::nullopt;
}

// An optional price field: absent or null is no price; anything else must parse.
bool optionalPrice(const QJsonObject& json, QLatin1StringView key, std::optional<Price>* out,
                   QString* error) {
    const QJsonValue v = json.value(key);
    if (v.isNull() || v.isUndefined())
        return true;
    *out = priceOf(v);
    if (!*out) {
        *error = u"%1 is not a price: %2"_s.arg(key, v.toVariant().toString());
        return false;
    }
    return true;
}

std::optional<OrderSide> sideOf(const QString& side) {
    if (side == u"buy")
        return OrderSide::Buy;
    if (side == u"sell")
        return OrderSide::Sell;
    return std::nullopt;
}

QString typeText(OrderType type) {
    switch (type) {
    case OrderType::Market:
        return u"market"_s;
    case OrderType::Limit:
        return u"limit"_s;
    case OrderType::Stop:
        return u"stop"_s;
    case OrderType::StopLimit:
        return u"stop_limit"_s;
    }
    return {};
}

QString tifText(TimeInForce tif) {
    switch (tif) {
    case TimeInForce::Day:
        return u"day"_s;
    case TimeInForce::Gtc:
        return u"gtc"_s;
    case TimeInForce::Ioc:
        return u"ioc"_s;
    }
    return {};
}

void putPrices(QJsonObject& body, const Order& order) {
    if (order.limitPrice)
        body.insert("limit_price"_L1, priceText(*order.limitPrice, order.side));
    if (order.stopPrice)
        body.insert("stop_price"_L1, priceText(*order.stopPrice, order.side));
}

} // namespace

std::optional<Price> priceOf(const QJsonValue& value) {
    if (auto units = unitsOf(value, fixedpoint::Rounding::HalfAwayFromZero))
        return Price::fromUnits(*units);
    return std::nullopt;
}

std::optional<Quantity> quantityOf(const QJsonValue& value) {
    const std::optional<qint64> units = unitsOf(value, fixedpoint::Rounding::Reject);
    if (!units || *units % fixedpoint::kScale != 0)
        return std::nullopt;
    return *units / fixedpoint::kScale;
}

std::optional<qint64> timeOf(QStringView s) {
    // Qt reads at most milliseconds: cut a longer fraction to three digits first.
    QString t = s.toString();
    const qsizetype tPos = t.indexOf(u'T');
    const qsizetype dot = tPos < 0 ? -1 : t.indexOf(u'.', tPos);
    if (dot > 0) {
        qsizetype end = dot + 1;
        while (end < t.size() && t[end].isDigit())
            ++end;
        if (end - dot - 1 > 3)
            t.remove(dot + 4, end - dot - 4);
    }
    const QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!dt.isValid() || tPos < 0)
        return std::nullopt;
    // A time without 'Z' or an offset would be read as local time: not Alpaca's.
    if (dt.timeSpec() == Qt::LocalTime)
        return std::nullopt;
    return dt.toMSecsSinceEpoch();
}

QString priceText(Price price, OrderSide side) {
    const Price p =
        roundToTick(price, side == OrderSide::Sell ? TickRounding::Up : TickRounding::Down);
    return p.toString(p.units() >= 10'000 ? 2 : 4);
}

QJsonObject orderRequest(const Order& order) {
    QJsonObject body{
        {"symbol"_L1, order.ticker},
        {"qty"_L1, QString::number(order.quantity)},
        {"side"_L1, order.side == OrderSide::Buy ? u"buy"_s : u"sell"_s},
        {"type"_L1, typeText(order.type)},
        {"time_in_force"_L1, tifText(order.timeInForce)},
        {"client_order_id"_L1, order.clientOrderId},
    };
    putPrices(body, order);
    return body;
}

QJsonObject bracketRequest(const Order& entry, const Order& stop,
                           const std::optional<Order>& target) {
    QJsonObject body = orderRequest(entry);
    body.insert("order_class"_L1, target ? u"bracket"_s : u"oto"_s);
    QJsonObject stopLoss;
    if (stop.stopPrice)
        stopLoss.insert("stop_price"_L1, priceText(*stop.stopPrice, stop.side));
    if (stop.type == OrderType::StopLimit && stop.limitPrice)
        stopLoss.insert("limit_price"_L1, priceText(*stop.limitPrice, stop.side));
    body.insert("stop_loss"_L1, stopLoss);
    if (target && target->limitPrice) {
        body.insert("take_profit"_L1,
                    QJsonObject{{"limit_price"_L1, priceText(*target->limitPrice, target->side)}});
    }
    return body;
}

QJsonObject replaceRequest(const Order& replacement) {
    QJsonObject body{
        {"qty"_L1, QString::number(replacement.quantity)},
        {"client_order_id"_L1, replacement.clientOrderId},
    };
    putPrices(body, replacement);
    return body;
}

std::optional<OrderObject> decodeOrder(const QJsonObject& json, QString* error) {
    OrderObject o;
    o.id = text(json, "id"_L1);
    o.clientOrderId = text(json, "client_order_id"_L1);
    o.symbol = text(json, "symbol"_L1);
    o.status = text(json, "status"_L1);
    o.type = text(json, "type"_L1);
    if (o.type.isEmpty())
        o.type = text(json, "order_type"_L1); // deprecated, older payloads
    o.orderClass = text(json, "order_class"_L1);
    o.replaces = text(json, "replaces"_L1);
    o.replacedBy = text(json, "replaced_by"_L1);
    if (o.id.isEmpty() || o.status.isEmpty()) {
        *error = u"order object without id or status"_s;
        return std::nullopt;
    }
    const std::optional<OrderSide> side = sideOf(text(json, "side"_L1));
    if (!side) {
        *error = u"order %1: side is %2"_s.arg(o.id, text(json, "side"_L1));
        return std::nullopt;
    }
    o.side = *side;
    const QJsonValue qty = json.value("qty"_L1);
    if (!qty.isNull() && !qty.isUndefined()) {
        const std::optional<Quantity> q = quantityOf(qty);
        if (!q) {
            *error = u"order %1: qty %2 is not a whole number of shares"_s.arg(
                o.id, qty.toVariant().toString());
            return std::nullopt;
        }
        o.quantity = *q;
    }
    const QJsonValue filled = json.value("filled_qty"_L1);
    if (!filled.isNull() && !filled.isUndefined()) {
        const std::optional<Quantity> q = quantityOf(filled);
        if (!q) {
            *error = u"order %1: filled_qty %2 is not a whole number of shares"_s.arg(
                o.id, filled.toVariant().toString());
            return std::nullopt;
        }
        o.filledQuantity = *q;
    }
    std::optional<Price> average;
    if (!optionalPrice(json, "filled_avg_price"_L1, &average, error) ||
        !optionalPrice(json, "limit_price"_L1, &o.limitPrice, error) ||
        !optionalPrice(json, "stop_price"_L1, &o.stopPrice, error))
        return std::nullopt;
    o.filledAveragePrice = average.value_or(Price());
    if (o.filledQuantity > 0 && !average) {
        *error = u"order %1: %2 shares filled without filled_avg_price"_s.arg(o.id).arg(
            o.filledQuantity);
        return std::nullopt;
    }
    o.updatedMs = timeOf(text(json, "updated_at"_L1)).value_or(0);
    const QJsonValue legs = json.value("legs"_L1);
    if (legs.isArray()) {
        for (const QJsonValue& leg : legs.toArray()) {
            std::optional<OrderObject> l = decodeOrder(leg.toObject(), error);
            if (!l) {
                *error = u"order %1, leg: %2"_s.arg(o.id, *error);
                return std::nullopt;
            }
            o.legs.push_back(std::move(*l));
        }
    }
    return o;
}

std::optional<OrderState> stateOf(const OrderObject& order) {
    const QString& s = order.status;
    const OrderState working =
        order.filledQuantity > 0 ? OrderState::PartiallyFilled : OrderState::Accepted;
    if (s == u"new" || s == u"accepted" || s == u"pending_new" || s == u"held" ||
        s == u"accepted_for_bidding" || s == u"calculated" || s == u"done_for_day" ||
        s == u"suspended" || s == u"stopped" || s == u"pending_replace" || s == u"partially_filled")
        return working;
    if (s == u"filled")
        return OrderState::Filled;
    if (s == u"pending_cancel")
        return OrderState::CancelPending;
    if (s == u"canceled" || s == u"replaced")
        return OrderState::Cancelled;
    if (s == u"expired")
        return OrderState::Expired;
    if (s == u"rejected")
        return OrderState::Rejected;
    return std::nullopt;
}

std::optional<TradeUpdate> decodeTradeUpdate(const QJsonObject& data, QString* error) {
    TradeUpdate u;
    u.event = text(data, "event"_L1);
    if (u.event.isEmpty()) {
        *error = u"trade update without event"_s;
        return std::nullopt;
    }
    u.executionId = text(data, "execution_id"_L1);
    std::optional<OrderObject> order = decodeOrder(data.value("order"_L1).toObject(), error);
    if (!order)
        return std::nullopt;
    u.order = std::move(*order);
    u.timestampMs = timeOf(text(data, "timestamp"_L1)).value_or(0);
    const QJsonValue qty = data.value("qty"_L1);
    if (!qty.isNull() && !qty.isUndefined()) {
        u.executionQuantity = quantityOf(qty);
        if (!u.executionQuantity) {
            *error = u"trade update %1: qty %2 is not a whole number of shares"_s.arg(
                u.event, qty.toVariant().toString());
            return std::nullopt;
        }
    }
    if (!optionalPrice(data, "price"_L1, &u.executionPrice, error))
        return std::nullopt;
    return u;
}

std::optional<OrderEvent> eventOf(const TradeUpdate& update) {
    const QString& e = update.event;
    if (e == u"new" || e == u"accepted" || e == u"held")
        return OrderEvent::Ack;
    if (e == u"partial_fill")
        return OrderEvent::PartialFill;
    if (e == u"fill")
        return OrderEvent::Fill;
    if (e == u"canceled" || e == u"replaced")
        return OrderEvent::CancelAck;
    if (e == u"expired" || e == u"done_for_day")
        return update.order.status == u"expired" || e == u"expired"
                   ? std::optional(OrderEvent::Expire)
                   : std::nullopt;
    if (e == u"rejected")
        return OrderEvent::Reject;
    if (e == u"order_cancel_rejected")
        return OrderEvent::CancelReject;
    return std::nullopt; // pending_*, calculated, stopped, suspended, restated, replace rejected
}

std::optional<AccountObject> decodeAccount(const QJsonObject& json, QString* error) {
    AccountObject a;
    a.accountNumber = text(json, "account_number"_L1);
    a.status = text(json, "status"_L1);
    a.currency = text(json, "currency"_L1);
    a.patternDayTrader = json.value("pattern_day_trader"_L1).toBool();
    a.daytradeCount = json.value("daytrade_count"_L1).toInt();
    a.tradingBlocked = json.value("trading_blocked"_L1).toBool();
    a.accountBlocked = json.value("account_blocked"_L1).toBool();
    a.transfersBlocked = json.value("transfers_blocked"_L1).toBool();
    a.tradeSuspendedByUser = json.value("trade_suspended_by_user"_L1).toBool();
    a.shortingEnabled = json.value("shorting_enabled"_L1).toBool();
    const auto money = [&](QLatin1StringView key, Money* out) {
        const std::optional<Price> p = priceOf(json.value(key));
        if (!p) {
            *error = u"account: %1 is missing or not a number"_s.arg(key);
            return false;
        }
        *out = Money::fromUnits(p->units());
        return true;
    };
    if (!money("equity"_L1, &a.account.equity) || !money("cash"_L1, &a.account.cash) ||
        !money("buying_power"_L1, &a.account.buyingPower))
        return std::nullopt;
    if (!money("last_equity"_L1, &a.account.lastEquity))
        a.account.lastEquity = a.account.equity; // a new account has no previous close
    if (a.status != u"ACTIVE")
        a.whyNotTradable = u"the account status is %1, not ACTIVE"_s.arg(a.status);
    else if (a.tradingBlocked)
        a.whyNotTradable = u"trading is blocked on the account"_s;
    else if (a.accountBlocked)
        a.whyNotTradable = u"the account is blocked"_s;
    else if (a.tradeSuspendedByUser)
        a.whyNotTradable = u"trading is suspended by the account's owner"_s;
    a.tradable = a.whyNotTradable.isEmpty();
    return a;
}

std::optional<BrokerPosition> decodePosition(const QJsonObject& json, QString* error) {
    BrokerPosition p;
    p.ticker = text(json, "symbol"_L1);
    const std::optional<Price> average = priceOf(json.value("avg_entry_price"_L1));
    const QJsonValue qtyValue = json.value("qty"_L1);
    std::optional<Quantity> qty = quantityOf(qtyValue);
    if (p.ticker.isEmpty() || !average || !qty) {
        *error = u"position %1: symbol, avg_entry_price or whole-share qty missing (qty %2)"_s.arg(
            p.ticker, qtyValue.toVariant().toString());
        return std::nullopt;
    }
    // `side` is authoritative; qty may be signed for a short.
    p.direction = text(json, "side"_L1) == u"short" ? Direction::Short : Direction::Long;
    p.shares = *qty < 0 ? -*qty : *qty;
    p.averageEntry = *average;
    return p;
}

std::optional<QList<BrokerPosition>> decodePositions(const QJsonValue& json, QString* error) {
    if (!json.isArray()) {
        *error = u"positions: not an array"_s;
        return std::nullopt;
    }
    QList<BrokerPosition> out;
    for (const QJsonValue& v : json.toArray()) {
        std::optional<BrokerPosition> p = decodePosition(v.toObject(), error);
        if (!p)
            return std::nullopt;
        out.append(*p);
    }
    return out;
}

QString ApiError::text() const {
    QString t = QString::number(httpStatus);
    if (code != 0)
        t += u' ' + QString::number(code);
    if (!message.isEmpty())
        t += u' ' + message;
    return t;
}

bool ApiError::isDuplicateClientOrderId() const {
    // The wording has varied ("client_order_id must be unique", "client order id must be
    // unique"): match loosely.
    const QString m = message.toLower();
    return httpStatus == 422 && m.contains(u"unique") &&
           (m.contains(u"client_order_id") || m.contains(u"client order id"));
}

bool ApiError::isAlreadyFinal() const {
    const QString m = message.toLower();
    return httpStatus == 422 && m.contains(u"already") &&
           (m.contains(u"filled") || m.contains(u"canceled") || m.contains(u"expired") ||
            m.contains(u"replaced"));
}

ApiError decodeError(int httpStatus, const QJsonObject& body) {
    ApiError e;
    e.httpStatus = httpStatus;
    e.code = static_cast<qint64>(body.value("code"_L1).toDouble());
    e.message = body.value("message"_L1).toString();
    return e;
}

ApiError decodeError(int httpStatus, const QByteArray& body) {
    ApiError e;
    e.httpStatus = httpStatus;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        e = decodeError(httpStatus, doc.object());
    } else {
        // HTML or plain text (some 401/429 answers): the first line, bounded.
        e.message = QString::fromUtf8(body.left(200)).section(u'\n', 0, 0).trimmed();
    }
    return e;
}

std::optional<ClockObject> decodeClock(const QJsonObject& json, QString* error) {
    ClockObject c;
    const auto at = [&](QLatin1StringView key, qint64* out) {
        const std::optional<qint64> t = timeOf(text(json, key));
        if (!t) {
            *error = u"clock: %1 is not a time: %2"_s.arg(key, text(json, key));
            return false;
        }
        *out = *t;
        return true;
    };
    if (!at("timestamp"_L1, &c.timestampMs) || !at("next_open"_L1, &c.nextOpenMs) ||
        !at("next_close"_L1, &c.nextCloseMs))
        return std::nullopt;
    c.isOpen = json.value("is_open"_L1).toBool();
    return c;
}

std::optional<std::vector<CalendarDay>> decodeCalendar(const QJsonValue& json, QString* error) {
    if (!json.isArray()) {
        *error = u"calendar: not an array"_s;
        return std::nullopt;
    }
    const QTimeZone newYork("America/New_York");
    std::vector<CalendarDay> out;
    for (const QJsonValue& v : json.toArray()) {
        const QJsonObject o = v.toObject();
        CalendarDay d;
        d.date = QDate::fromString(text(o, "date"_L1), Qt::ISODate);
        const QTime open = QTime::fromString(text(o, "open"_L1), u"HH:mm");
        const QTime close = QTime::fromString(text(o, "close"_L1), u"HH:mm");
        if (!d.date.isValid() || !open.isValid() || !close.isValid() || close <= open) {
            *error = u"calendar day %1: date, open %2 or close %3 unreadable"_s.arg(
                text(o, "date"_L1), text(o, "open"_L1), text(o, "close"_L1));
            return std::nullopt;
        }
        d.openMs = QDateTime(d.date, open, newYork).toMSecsSinceEpoch();
        d.closeMs = QDateTime(d.date, close, newYork).toMSecsSinceEpoch();
        out.push_back(d);
    }
    return out;
}

std::optional<std::vector<BulkItem>> decodeBulkAnswer(const QJsonValue& json,
                                                      QLatin1StringView keyField, QString* error) {
    if (!json.isArray()) {
        *error = u"bulk answer: not an array"_s;
        return std::nullopt;
    }
    std::vector<BulkItem> out;
    for (const QJsonValue& v : json.toArray()) {
        const QJsonObject o = v.toObject();
        BulkItem item;
        item.key = text(o, keyField);
        item.status = o.value("status"_L1).toInt();
        if (item.key.isEmpty() || item.status == 0) {
            *error = u"bulk answer: an item without %1 or status"_s.arg(keyField);
            return std::nullopt;
        }
        if (item.status < 200 || item.status > 299)
            item.error = decodeError(item.status, o.value("body"_L1).toObject()).text();
        out.push_back(std::move(item));
    }
    return out;
}

std::optional<FillActivity> decodeFillActivity(const QJsonObject& json, QString* error) {
    FillActivity a;
    a.id = text(json, "id"_L1);
    a.orderId = text(json, "order_id"_L1);
    a.symbol = text(json, "symbol"_L1);
    a.orderStatus = text(json, "order_status"_L1);
    const QString what = u"fill activity %1: "_s.arg(a.id);
    if (text(json, "activity_type"_L1) != u"FILL") {
        *error = what + u"activity_type is not FILL"_s;
        return std::nullopt;
    }
    if (a.id.isEmpty() || a.orderId.isEmpty()) {
        *error = what + u"no id or order_id"_s;
        return std::nullopt;
    }
    const std::optional<OrderSide> side = sideOf(text(json, "side"_L1));
    const std::optional<Quantity> qty = quantityOf(json.value("qty"_L1));
    const std::optional<Quantity> cumulative = quantityOf(json.value("cum_qty"_L1));
    const std::optional<Quantity> leaves = quantityOf(json.value("leaves_qty"_L1));
    const std::optional<Price> price = priceOf(json.value("price"_L1));
    const std::optional<qint64> at = timeOf(text(json, "transaction_time"_L1));
    if (!side || !qty || *qty <= 0 || !cumulative || *cumulative < *qty || !leaves || *leaves < 0 ||
        !price || !price->isPositive() || !at) {
        *error = what + u"side, qty, cum_qty, leaves_qty, price or transaction_time unreadable"_s;
        return std::nullopt;
    }
    a.side = *side;
    a.quantity = *qty;
    a.cumulative = *cumulative;
    a.leaves = *leaves;
    a.price = *price;
    a.timeMs = *at;
    return a;
}

std::optional<std::vector<FillActivity>> decodeFillActivities(const QJsonValue& json,
                                                              QString* error) {
    if (!json.isArray()) {
        *error = u"fill activities: not an array"_s;
        return std::nullopt;
    }
    std::vector<FillActivity> out;
    for (const QJsonValue& v : json.toArray()) {
        std::optional<FillActivity> a = decodeFillActivity(v.toObject(), error);
        if (!a)
            return std::nullopt;
        out.push_back(std::move(*a));
    }
    return out;
}

QString fillActivitiesPath(qint64 afterMs, int pageSize, const QString& pageToken) {
    QString path =
        u"/v2/account/activities/FILL?after="_s +
        QString::fromLatin1(QUrl::toPercentEncoding(
            QDateTime::fromMSecsSinceEpoch(afterMs, Qt::UTC).toString(Qt::ISODateWithMs))) +
        u"&direction=asc&page_size="_s + QString::number(pageSize);
    if (!pageToken.isEmpty())
        path += u"&page_token="_s + QString::fromLatin1(QUrl::toPercentEncoding(pageToken));
    return path;
}

} // namespace axion::alpaca
