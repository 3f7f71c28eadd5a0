#pragma once

#include "core/Money.h"
#include "core/Price.h"
#include "core/Quantity.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QUrl>
#include <functional>
#include <memory>

class QTcpServer;
class QTcpSocket;
class QWebSocket;
class QWebSocketServer;

namespace axion::test {

class FakeAlpacaDataServer;

// A loopback Alpaca for tests: the trading REST API v2 over HTTP/1.1 and the trade_updates
// WebSocket (binary frames, as Alpaca sends them), on 127.0.0.1. Its JSON is Alpaca's own: every
// order it serves starts from the documented order object of ../shared/fixtures/alpaca/ with the
// fields of the order filled in, the account from the documented account. It is written from the
// API's documentation, not from our client (it never uses AlpacaCodec), so a misreading of the
// API in the client shows as a failure here.
//
// What it does, as Alpaca does (../shared/reference/alpaca-api.md):
//  - keys in APCA-API-KEY-ID / APCA-API-SECRET-KEY, else 401;
//  - POST /v2/orders: simple orders, bracket (legs held until the entry is completely filled)
//    and oto; 422 for a taken client_order_id, a sub-penny price or a missing qty; 403 for
//    buying power or shares held by other orders; answer "accepted", then `new` on the stream;
//  - GET /v2/orders (status, nested, after, limit), /v2/orders/{id},
//    /v2/orders:by_client_order_id (404 40410000 when unknown);
//  - PATCH /v2/orders/{id}: a new order (new id, `replaces`), the old one `replaced`;
//  - DELETE /v2/orders/{id}: 204, then `canceled` (a bracket's member cancels the group); 422
//    when the order is already final; DELETE /v2/orders: 207;
//  - GET /v2/account, /v2/positions, DELETE /v2/positions/{symbol}, GET /v2/clock,
//    /v2/calendar (the fixture's days, or setCalendar()'s);
//  - GET /v2/account/activities/FILL: one activity per execution (after, direction, page_size,
//    page_token as Alpaca reads them);
//  - X-Ratelimit-Limit/Remaining/Reset on every answer.
// Fills happen when the test says (fill()), or at once for market orders at a quote set with
// setQuote() (autoFillMarket).
//
// A test that runs the fake as a process (fake_alpaca) drives it over HTTP on the same port,
// without keys: GET /fake/orders, POST /fake/fill {"order" | "parent"+"type", "qty", "price"},
// POST /fake/end {"order", "status", "reason"}, POST /fake/quote {"symbol", "price"},
// POST /fake/calendar {"days": [Alpaca's calendar days], "closed": [dates]}, GET /fake/requests
// (counts by "METHOD /path").
//
// Faults a test schedules: an answer with any status (with the request processed first or not),
// no answer at all, a dropped stream, events sent twice, a stream that refuses connections.
class FakeAlpacaServer : public QObject {
    Q_OBJECT

public:
    struct Request {
        QByteArray method;
        QByteArray path;
        QByteArray query;
        QByteArray body;
        QByteArray keyId;
        // Steady-clock ns at which its last byte had been read from the socket (benchmarks).
        qint64 receivedNs = 0;
    };
    // Matches the next request with `method` whose path starts with `pathPrefix`; used once.
    struct Fault {
        QByteArray method;
        QByteArray pathPrefix;
        int status = 500;
        QByteArray body = "{\"message\":\"internal server error\"}";
        QList<std::pair<QByteArray, QByteArray>> headers;
        bool processFirst = false; // handle the request as usual, then answer with the fault
        bool noAnswer = false;     // keep the connection open and never answer
        int delayMs = 0;           // answer (the usual answer unless status is set) this late
    };

    explicit FakeAlpacaServer(QObject* parent = nullptr);
    ~FakeAlpacaServer() override;

    // 0 = any free port. False when a port cannot be taken.
    bool listen(quint16 httpPort = 0, quint16 streamPort = 0);
    QUrl tradingUrl() const;
    QUrl streamUrl() const;
    QByteArray keyId() const { return m_keyId; }
    QByteArray secretKey() const { return m_secret; }

    // ---- state ----
    // An order by Alpaca id or client order id (empty when none), as GET would serve it.
    QJsonObject order(const QString& idOrClientId) const;
    // Every order's id, in creation order (legs after their parent).
    QStringList orderIds() const;
    // The position's signed quantity (0 when flat).
    Quantity positionQuantity(const QString& symbol) const;
    QList<Request> requests() const { return m_requests; }
    int countRequests(const QByteArray& method, const QByteArray& pathPrefix) const;
    int streamConnections() const { return m_streamConnections; }

    // ---- the market and the account ----
    void setQuote(const QString& symbol, Price price);
    // Market orders (and exits closing a position) fill at once at the symbol's quote.
    void setAutoFillMarket(bool on) { m_autoFillMarket = on; }
    void setCash(Money cash);
    // A field of GET /v2/account as served from now on (trading_blocked, status, ...).
    void setAccountField(const QString& key, const QJsonValue& value) {
        m_accountTemplate.insert(key, value);
    }
    // GET /v2/calendar serves these days (Alpaca's day objects) in place of the rules' ones on
    // their dates, and leaves out the `closed` dates (yyyy-MM-dd).
    void setCalendar(const QJsonArray& days, const QStringList& closed = {});

    // ---- what happens to orders ----
    // Executes `qty` shares of the order at `price` (partial_fill, or fill for the last shares),
    // with its trade update. A bracket's legs become live when the entry is completely filled;
    // a leg's fill cancels the other leg. False when the order cannot fill that much.
    bool fill(const QString& idOrClientId, Quantity qty, Price price);
    // The order ends at Alpaca's own initiative: canceled, expired or rejected, with its event.
    bool endOrder(const QString& idOrClientId, const QString& status, const QString& reason = {});

    // Market data REST (/v2/stocks/bars) and the /fake/bar, /fake/history controls are served
    // here, on this HTTP port, by `data` (the stream is its own).
    void setMarketData(FakeAlpacaDataServer* data) { m_data = data; }

    // ---- faults ----
    void addFault(const Fault& fault) { m_faults.append(fault); }
    // Every trade update is sent twice (Alpaca has replayed events with the same execution id).
    void setDuplicateEvents(bool on) { m_duplicateEvents = on; }
    // Closes every stream connection (events until the next connection are lost, as at Alpaca).
    void dropStreams();
    // While false, stream connections are closed as they arrive.
    void setStreamAccepting(bool on) { m_streamAccepting = on; }
    // Closes HTTP connections and stops listening on HTTP (a host that is down); listen again
    // on the same port with resumeHttp().
    void stopHttp();
    bool resumeHttp();

Q_SIGNALS:
    void requestServed(const QByteArray& method, const QByteArray& path, int status);
    void streamListening();

private:
    struct Connection;
    void onHttpConnection();
    void onReadable(QTcpSocket* socket);
    void serve(QTcpSocket* socket, const Request& request);
    void answer(QTcpSocket* socket, int status, const QByteArray& body,
                const QList<std::pair<QByteArray, QByteArray>>& extraHeaders = {});
    // Route handlers: status and body.
    std::pair<int, QByteArray> route(const Request& request);
    // /fake/orders, /fake/fill, /fake/quote: what a test drives a fake process with.
    std::pair<int, QByteArray> control(const Request& request);
    std::pair<int, QByteArray> postOrder(const QJsonObject& body);
    std::pair<int, QByteArray> patchOrder(const QString& id, const QJsonObject& body);
    std::pair<int, QByteArray> deleteOrder(const QString& id);
    std::pair<int, QByteArray> listOrders(const Request& request) const;
    std::pair<int, QByteArray> closePosition(const QString& symbol);
    std::pair<int, QByteArray> fillActivities(const QUrlQuery& query) const;
    std::pair<int, QByteArray> calendar(const QUrlQuery& query) const;

    QJsonObject newOrderObject(const QJsonObject& body, const QString& side, const QString& type,
                               Quantity qty);
    QJsonObject* find(const QString& idOrClientId);
    const QJsonObject* find(const QString& idOrClientId) const;
    QJsonObject nested(const QJsonObject& order) const;
    bool isOpen(const QJsonObject& order) const;
    Quantity heldForSellOrders(const QString& symbol, const QString& exceptId = {}) const;
    void cancelGroup(const QString& id, const QString& why);
    void setStatus(QJsonObject& order, const QString& status);
    void activateLegs(const QString& parentId);
    void autoFill(const QString& id);
    void sendEvent(const QString& event, const QJsonObject& order, const QJsonObject& extra = {});

    void onStreamConnection();
    void onStreamMessage(QWebSocket* socket, const QByteArray& message);

    QString nextId();
    QString now() const;

    QByteArray m_keyId = "PKFAKEKEY";
    QByteArray m_secret = "fake-secret";
    std::unique_ptr<QTcpServer> m_http;
    std::unique_ptr<QWebSocketServer> m_stream;
    quint16 m_httpPort = 0;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    QList<QWebSocket*> m_streamSockets;
    QList<QWebSocket*> m_listening;
    int m_streamConnections = 0;
    bool m_streamAccepting = true;

    QJsonObject m_orderTemplate;
    QJsonObject m_accountTemplate;
    QList<QJsonObject> m_orders;               // creation order
    QList<QJsonObject> m_activities;           // FILL activities, oldest first
    QHash<QString, QJsonValue> m_calendarDays; // by date: a day object, or null for closed
    QHash<QString, QString> m_parentOf;        // leg id -> parent id
    QHash<QString, Quantity> m_positionQty;
    QHash<QString, Money> m_positionCost;
    QHash<QString, Price> m_quotes;
    Money m_cash = Money::fromWhole(100'000);
    bool m_autoFillMarket = false;
    bool m_duplicateEvents = false;
    FakeAlpacaDataServer* m_data = nullptr;
    QList<Fault> m_faults;
    QList<Request> m_requests;
    int m_idCounter = 0;
    int m_executionCounter = 0;
};

} // namespace axion::test
