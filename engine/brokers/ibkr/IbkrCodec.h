#pragma once

#include "core/Order.h"
#include "core/Price.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>
#include <variant>
#include <vector>

namespace axion::ibkr {

// The TWS API socket protocol (IB Gateway / TWS), text era, as pure functions: frames, the
// handshake, our requests and TWS's answers. No I/O; the socket side is IbkrBroker and the test
// emulator. See ../shared/reference/ibkr-tws-api.md (§2).
//
// Framing: every message after the handshake is a 4-byte big-endian length and a payload of
// ASCII fields, each ending in NUL. The first field is the message id. Unset numbers are sent as
// empty fields (as @stoqey/ib writes them); TWS and other clients also write "0", "0.0" or
// Integer.MAX_VALUE, so readers treat those alike.
//
// We advertise server versions 176..178 only: 177 drops faProfile from placeOrder and openOrder,
// 178 adds pendingPriceRevision to execDetails; from 201 on TWS speaks protobuf.

inline constexpr int kMinServerVersion = 176;
inline constexpr int kMaxServerVersion = 178;
inline constexpr int kMaxFrameBytes = 0xFFFFFF;

using Fields = QList<QByteArray>;

// "API\0", then the framed version range "v176..178" (no trailing NUL).
QByteArray handshake();
// One message: the length and the fields, each NUL-terminated.
QByteArray frame(const Fields& fields);

// Splits a byte stream into messages. The handshake's answer is a framed message too.
class FrameReader {
public:
    void append(const QByteArray& bytes) { m_buffer += bytes; }
    // The next whole message; nullopt while one is incomplete. A frame over kMaxFrameBytes (or of
    // zero length) is a broken stream: `error` says so and nothing more is read.
    std::optional<Fields> next(QString* error);
    bool broken() const { return m_broken; }
    qsizetype buffered() const { return m_buffer.size(); }

private:
    QByteArray m_buffer;
    qsizetype m_offset = 0;
    bool m_broken = false;
};

// The server's first message: its version and connection time ("20250425 15:23:54 EST").
struct ServerHello {
    int serverVersion = 0;
    QString connectionTime;
};
std::optional<ServerHello> decodeHello(const Fields& fields, QString* error);
// Empty when we speak `serverVersion`, otherwise what to tell the operator.
QString versionProblem(int serverVersion);

// ---- requests (client -> TWS) ----

// The order as IB takes it: its id, the bracket's parent (0: none), whether it releases the
// group (a bracket's last child; a lone order always), an OCA group, the account.
struct OrderPlacement {
    int orderId = 0;
    int parentId = 0;
    bool transmit = true;
    QString ocaGroup;
    int ocaType = 0; // 1 cancel the rest with block; 0: none
    QString account;
};

Fields startApi(int clientId);
Fields reqIds();
Fields reqCurrentTime();
Fields reqManagedAccounts();
Fields reqPositions();
Fields reqOpenOrders();
// NetLiquidation, TotalCashValue, BuyingPower of every account.
Fields reqAccountSummary(int reqId);
// Executions of `clientId` since `sinceUtcMs` (0: the whole day), answered by execDetails and
// execDetailsEnd.
Fields reqExecutions(int reqId, int clientId, qint64 sinceUtcMs);
// 5-second TRADES bars of a US stock (SMART, USD), regular hours only.
Fields reqRealTimeBars(int reqId, const QString& symbol);
Fields cancelRealTimeBars(int reqId);
// An order for a US stock routed SMART in USD; orderRef is our client order id. A stop move
// (or any modify) is this again with the same order id.
Fields placeOrder(const Order& order, const OrderPlacement& placement, int serverVersion);
Fields cancelOrder(int orderId);
Fields reqGlobalCancel();

// The price as IB takes it: on the tick (cents at $1 and above, 1/10,000 below), moved to the
// side never worse than asked (a sell's up, a buy's down), without trailing zeros.
QString priceText(Price price, OrderSide side);

// ---- answers (TWS -> client) ----

enum InId : int {
    kTickPrice = 1,
    kTickSize = 2,
    kOrderStatus = 3,
    kError = 4,
    kOpenOrder = 5,
    kNextValidId = 9,
    kExecDetails = 11,
    kManagedAccounts = 15,
    kCurrentTime = 49,
    kRealtimeBar = 50,
    kOpenOrderEnd = 53,
    kExecDetailsEnd = 55,
    kCommissionReport = 59,
    kPosition = 61,
    kPositionEnd = 62,
    kAccountSummary = 63,
    kAccountSummaryEnd = 64,
};

struct NextValidId {
    int orderId = 0;
};
struct ManagedAccounts {
    QStringList accounts;
};
// reqId is the order id for an order's error, -1 when not bound to a request.
struct ErrorMessage {
    int reqId = -1;
    int code = 0;
    QString message;
    QString advancedRejectJson;
    // 2100-2199 and the warnings that leave an order working.
    bool informational() const;
    // 201 (rejected) and 202 (cancelled): the order's end.
    bool endsOrder() const { return code == 201 || code == 202; }
};
struct OrderStatus {
    int orderId = 0;
    QString status; // PendingSubmit, PreSubmitted, Submitted, Filled, Cancelled, Inactive, ...
    Quantity filled = 0;
    Quantity remaining = 0;
    Price averageFillPrice;
    qint64 permId = 0;
    int parentId = 0;
    Price lastFillPrice;
    int clientId = 0;
    QString whyHeld;
};
struct ExecDetails {
    int reqId = -1;
    int orderId = 0;
    QString symbol;
    QString execId; // "0000e0d5.6568d2b1.01.01"; a correction differs only after the last '.'
    QString time;   // "20260611 10:03:04 US/Eastern" (as TWS sends it)
    QString account;
    OrderSide side = OrderSide::Buy; // BOT / SLD
    Quantity shares = 0;
    Price price;
    qint64 permId = 0;
    int clientId = 0;
    Quantity cumulative = 0;
    Price averagePrice;
    QString orderRef;
};
struct CommissionReport {
    QString execId;
    double commission = 0.0;
    QString currency;
};
struct PositionMessage {
    QString account;
    QString symbol;
    QString secType;
    Quantity position = 0; // signed
    Price averageCost;
};
struct AccountSummaryItem {
    int reqId = 0;
    QString account;
    QString tag;
    QString value;
    QString currency;
};
struct CurrentTime {
    qint64 epochSeconds = 0;
};
struct RealtimeBar {
    int reqId = 0;
    qint64 timeMs = 0; // bar start, UTC
    Price open, high, low, close;
    Quantity volume = 0;
};
// A message we read the id of and nothing else (openOrderEnd, positionEnd, farm status, ...).
struct Other {
    int id = 0;
    int reqId = -1; // the request it ends, for the *End messages that carry one
};
struct Malformed {
    int id = 0;
    QString why;
};
using Incoming = std::variant<NextValidId, ManagedAccounts, ErrorMessage, OrderStatus, ExecDetails,
                              CommissionReport, PositionMessage, AccountSummaryItem, CurrentTime,
                              RealtimeBar, Other, Malformed>;
Incoming decode(const Fields& fields, int serverVersion);

// ---- the other side (the test emulator reads our requests with these) ----

// What a placeOrder says, read as TWS reads it: empty, "0" and Integer.MAX_VALUE alike for
// unset numbers.
struct PlacedOrder {
    int orderId = 0;
    QString symbol;
    QString secType;
    QString exchange;
    QString currency;
    OrderSide side = OrderSide::Buy;
    Quantity quantity = 0;
    QString orderType; // MKT, LMT, STP, STP LMT
    std::optional<Price> limitPrice;
    std::optional<Price> auxPrice;
    QString tif;
    QString ocaGroup;
    QString account;
    QString orderRef;
    bool transmit = true;
    int parentId = 0;
    int ocaType = 0;
};
std::optional<PlacedOrder> decodePlaceOrder(const Fields& fields, int serverVersion,
                                            QString* error);

} // namespace axion::ibkr
