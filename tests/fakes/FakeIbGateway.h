#pragma once

#include "brokers/ibkr/IbkrCodec.h"
#include "core/Money.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <map>
#include <memory>
#include <optional>

class QTcpServer;
class QTcpSocket;

namespace axion::test {

// A loopback IB Gateway for tests, written from the protocol notes (never from our client;
// ../shared/reference/ibkr-tws-api.md §2): the TWS API text protocol on 127.0.0.1.
//  - the handshake: "API\0" and a framed "v<min>..<max>"; it answers with its server version
//    (setServerVersion, 178 by default) when that is in the client's range, else closes;
//  - startApi: managedAccounts, nextValidId and the farm statuses 2104/2106/2158 (reqId -1);
//    a second connection with a client id in use is closed at once;
//  - placeOrder (read with either peer's encoding: empty or "0" for unset): a new order is
//    PreSubmitted then Submitted (openOrder is not sent), a bracket child waits, untransmitted,
//    until a member with transmit 1 releases its group; one with transmit 0 that is never
//    released is dropped when its connection closes (as TWS does). The same order id again is a
//    modify. Duplicate ids of a finished order are refused (103);
//  - cancelOrder: Cancelled, or 10148 when it is finished, 10147 when unknown; reqGlobalCancel;
//  - reqPositions (position... positionEnd), reqAccountSummary (three tags and its end),
//    reqExecutions (execDetails of the day's fills since the time given, execDetailsEnd),
//    reqCurrentTime, reqIds, reqRealTimeBars (bars as publishBar() sends them);
//  - fills when the test says (fill()): execDetails, orderStatus and commissionReport, with the
//    position kept; a filled stop or target cancels its OCA siblings;
//  - faults: reject() (201), connectivity errors 1100/1101/1102, a dropped connection, fills
//    while disconnected (found again by reqExecutions).
class FakeIbGateway : public QObject {
    Q_OBJECT

public:
    struct Order {
        ibkr::PlacedOrder placed;
        int clientId = 0;
        qint64 permId = 0;
        QString status; // PendingSubmit (untransmitted), Submitted, Filled, Cancelled, Inactive
        Quantity filled = 0;
        Money filledCost;
        bool transmitted = false;
    };

    explicit FakeIbGateway(QObject* parent = nullptr);
    ~FakeIbGateway() override;

    bool listen(quint16 port = 0);
    quint16 port() const;
    void setServerVersion(int v) { m_serverVersion = v; }
    void setAccount(const QString& account) { m_account = account; }
    void setNextOrderId(int id) { m_nextOrderId = id; }

    // ---- state ----
    std::optional<Order> order(int orderId) const;
    // By orderRef (our client order id).
    std::optional<Order> orderByRef(const QString& orderRef) const;
    QList<int> orderIds() const;
    Quantity position(const QString& symbol) const;
    // Every message received after the handshake, in order (fields).
    QList<ibkr::Fields> received() const { return m_received; }
    int countReceived(int messageId) const;
    int connections() const { return m_connections; }
    bool connected() const { return !m_clients.isEmpty(); }

    // ---- what happens ----
    // Executes `qty` of a transmitted, working order at `price` (a partial fill when shares
    // remain). While no client is connected the fill is kept for reqExecutions only.
    bool fill(int orderId, Quantity qty, Price price);
    // The same execution again with a corrected price: the execId differs after its last '.'.
    bool correctLastFill(int orderId, Price price);
    // The order ends at IB's initiative: error 201 and orderStatus Inactive / Cancelled.
    bool reject(int orderId, const QString& why);
    // An error message to every client (1100, 1101, 1102, 2110...).
    void sendError(int reqId, int code, const QString& message);
    void publishBar(const QString& symbol, qint64 timeMs, Price open, Price high, Price low,
                    Price close, Quantity volume);
    // Closes every connection (the gateway restarting, a network drop).
    void dropConnections();
    // While false, connections are closed as they arrive.
    void setAccepting(bool on) { m_accepting = on; }

Q_SIGNALS:
    void messageReceived(int messageId);

private:
    struct Client {
        QTcpSocket* socket = nullptr;
        ibkr::FrameReader reader;
        bool handshaken = false;
        bool started = false;
        int clientId = -1;
        QHash<int, QString> bars; // reqId -> symbol
    };
    struct Execution {
        int orderId = 0;
        int clientId = 0;
        QString execId;
        QString symbol;
        OrderSide side = OrderSide::Buy;
        Quantity shares = 0;
        Price price;
        Quantity cumulative = 0;
        Price average;
        QString orderRef;
        qint64 timeMs = 0;
    };

    void onConnection();
    void onReadable(QTcpSocket* socket);
    void onMessage(Client& c, const ibkr::Fields& f);
    void onPlaceOrder(Client& c, const ibkr::Fields& f);
    void onCancelOrder(Client& c, int orderId);
    void send(QTcpSocket* socket, const ibkr::Fields& f);
    void sendToAll(const ibkr::Fields& f);
    Client* clientOf(int clientId);
    void sendStatus(const Order& o);
    void sendExecution(QTcpSocket* socket, int reqId, const Execution& e);
    void transmitGroup(int parentId);
    void cancelOca(const Order& filled);

    std::unique_ptr<QTcpServer> m_server;
    QHash<QTcpSocket*, Client> m_clients;
    int m_serverVersion = 178;
    QString m_account = QStringLiteral("DU1234567");
    int m_nextOrderId = 1;
    qint64 m_nextPermId = 900'000'001;
    int m_execCounter = 0;
    int m_connections = 0;
    bool m_accepting = true;
    std::map<int, Order> m_orders;
    QList<Execution> m_executions;
    QHash<QString, Quantity> m_positions;
    QList<ibkr::Fields> m_received;
};

} // namespace axion::test
