#pragma once

#include "brokers/Broker.h"
#include "core/Order.h"
#include "core/Price.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <optional>
#include <vector>

namespace axion::alpaca {

// Alpaca's trading API wire format (REST v2 JSON and the trade_updates stream), as pure
// functions: our orders into request bodies, Alpaca's objects into our vocabulary. No I/O; the
// socket side is AlpacaBroker. Trading numbers arrive as decimal strings ("qty": "2",
// "filled_avg_price": "105.8988475"), some test payloads send them as JSON numbers: both are read,
// straight into fixed point. Unknown fields are ignored (Alpaca adds fields without notice).
// See ../shared/reference/alpaca-api.md.

// ---- numbers and times ----

// A decimal that Alpaca sends as a string or a number. Prices of fills and averages may have
// more than four decimals: they are rounded half away from zero to 1/10,000.
std::optional<Price> priceOf(const QJsonValue& value);
// Whole shares; a fractional quantity ("1790.86", crypto) is nullopt: this executor trades whole
// shares only.
std::optional<Quantity> quantityOf(const QJsonValue& value);
// RFC 3339 with any fraction (Alpaca sends nanoseconds) and 'Z' or an offset, as UTC ms.
std::optional<qint64> timeOf(QStringView text);

// An order price as Alpaca accepts it: whole cents at $1.00 and above, four decimals below
// (422 "sub-penny increment" otherwise). A price between two ticks is moved to the one that is
// never worse for us than what was asked: a buy limit down and a sell limit up; a sell stop (a
// long's protection) up and a buy stop down, so that it triggers no later than asked. Both come
// to: a sell's prices up, a buy's down.
QString priceText(Price price, OrderSide side);

// ---- requests ----

// POST /v2/orders for one simple order (market, limit, stop, stop_limit; day, gtc, ioc).
QJsonObject orderRequest(const Order& order);
// POST /v2/orders for an entry with its protective stop and take-profit, as ONE order: class
// bracket, the entry's client order id; the legs are named by Alpaca (found by the parent's id).
// Without a target it is an OTO (entry + stop_loss).
QJsonObject bracketRequest(const Order& entry, const Order& stop,
                           const std::optional<Order>& target);
// PATCH /v2/orders/{id}: the fields a replace may change (qty, limit_price, stop_price) and the
// replacement's client order id.
QJsonObject replaceRequest(const Order& replacement);

// ---- answers ----

// An order object (POST/GET/PATCH answers, the `order` of a trade update).
struct OrderObject {
    QString id; // Alpaca's order id (uuid): our brokerOrderId
    QString clientOrderId;
    QString symbol;
    OrderSide side = OrderSide::Buy;
    QString type;       // market, limit, stop, stop_limit, trailing_stop
    QString orderClass; // "", simple, bracket, oco, oto
    QString status;     // Alpaca's status word
    Quantity quantity = 0;
    Quantity filledQuantity = 0; // cumulative
    Price filledAveragePrice;    // of the filled shares; 0 when none
    std::optional<Price> limitPrice;
    std::optional<Price> stopPrice;
    QString replaces;   // the order this one replaced (a PATCH's answer)
    QString replacedBy; // the order that replaced this one
    qint64 updatedMs = 0;
    std::vector<OrderObject> legs; // nested=true: a bracket's take-profit and stop-loss
};
std::optional<OrderObject> decodeOrder(const QJsonObject& json, QString* error);

// Alpaca's status word in our states. held (a bracket leg waiting for its entry), new, accepted,
// pending_new, accepted_for_bidding, calculated, done_for_day, suspended: working (Accepted, or
// PartiallyFilled when shares are filled); pending_cancel: CancelPending; pending_replace: still
// working; replaced: Cancelled (its replacement goes on); stopped: working. nullopt for a word
// this code does not know.
std::optional<OrderState> stateOf(const OrderObject& order);

// One trade_updates message's `data`.
struct TradeUpdate {
    QString event; // new, fill, partial_fill, canceled, expired, rejected, replaced, ...
    QString executionId;
    OrderObject order;
    qint64 timestampMs = 0;
    std::optional<Quantity> executionQuantity; // fills: this execution's shares (not cumulative)
    std::optional<Price> executionPrice;
};
std::optional<TradeUpdate> decodeTradeUpdate(const QJsonObject& data, QString* error);
// What a trade update event means for the order: the event we report, or nullopt for one that
// changes nothing we track (pending_new, pending_cancel, pending_replace, calculated, ...).
std::optional<OrderEvent> eventOf(const TradeUpdate& update);

// GET /v2/account. tradable is false (with why) when Alpaca blocks trading on the account.
struct AccountObject {
    BrokerAccount account;
    QString accountNumber;
    QString status;
    QString currency;
    bool tradable = false;
    QString whyNotTradable;
    // What an operator checks before trading the account live.
    bool patternDayTrader = false;
    int daytradeCount = 0;
    bool tradingBlocked = false;
    bool accountBlocked = false;
    bool transfersBlocked = false;
    bool tradeSuspendedByUser = false;
    bool shortingEnabled = false;
};
std::optional<AccountObject> decodeAccount(const QJsonObject& json, QString* error);

// GET /v2/positions (an array), or one position.
std::optional<BrokerPosition> decodePosition(const QJsonObject& json, QString* error);
std::optional<QList<BrokerPosition>> decodePositions(const QJsonValue& json, QString* error);

// An error answer: {"code": N, "message": "..."}, or whatever text the body holds.
struct ApiError {
    int httpStatus = 0;
    qint64 code = 0;
    QString message;
    // "422 40010001 client_order_id must be unique": what an operator reads.
    QString text() const;
    // 422 for a client_order_id that is taken: the order exists; look it up and adopt it.
    bool isDuplicateClientOrderId() const;
    // 422 "order is already in "filled" state" (and the like) for a cancel: too late.
    bool isAlreadyFinal() const;
};
ApiError decodeError(int httpStatus, const QByteArray& body);
// The same from a body already read as JSON (a 207 answer's failed part).
ApiError decodeError(int httpStatus, const QJsonObject& body);

// DELETE /v2/orders (cancel all) and DELETE /v2/positions (close all) answer 207 with one item
// per order or position: its id (or symbol), the HTTP status of that part, and Alpaca's error
// for a part that failed.
struct BulkItem {
    QString key; // the order id, or the position's symbol
    int status = 0;
    QString error; // "403 40310000 insufficient qty available for order", empty when it went
};
std::optional<std::vector<BulkItem>> decodeBulkAnswer(const QJsonValue& json,
                                                      QLatin1StringView keyField, QString* error);

// GET /v2/account/activities/FILL: one execution of an order. `qty` and `price` are the
// execution's own, `cum_qty` the order's cumulative shares after it; `order_id` is Alpaca's id of
// the order. The id ("20260624211230709::<uuid>") is also the page token of the next page.
struct FillActivity {
    QString id;
    QString orderId;
    QString symbol;
    OrderSide side = OrderSide::Buy;
    Quantity quantity = 0;
    Price price;
    Quantity cumulative = 0;
    Quantity leaves = 0;
    QString orderStatus; // filled, partially_filled
    qint64 timeMs = 0;
};
std::optional<FillActivity> decodeFillActivity(const QJsonObject& json, QString* error);
// One page of FILL activities, oldest first when asked with direction=asc.
std::optional<std::vector<FillActivity>> decodeFillActivities(const QJsonValue& json,
                                                              QString* error);
// The path of the FILL activities after `afterMs` (UTC), oldest first, `pageSize` at most
// (Alpaca allows 100), from the page after `pageToken` (the last id of the previous page).
QString fillActivitiesPath(qint64 afterMs, int pageSize, const QString& pageToken = {});

// GET /v2/clock.
struct ClockObject {
    qint64 timestampMs = 0;
    bool isOpen = false;
    qint64 nextOpenMs = 0;
    qint64 nextCloseMs = 0;
};
std::optional<ClockObject> decodeClock(const QJsonObject& json, QString* error);

// GET /v2/calendar: one trading day with its open and close in UTC (Alpaca sends New York local
// times without an offset; an early close is a "close" of "13:00").
struct CalendarDay {
    QDate date;
    qint64 openMs = 0;
    qint64 closeMs = 0;
};
std::optional<std::vector<CalendarDay>> decodeCalendar(const QJsonValue& json, QString* error);

} // namespace axion::alpaca
