#include "fakes/FakeIbGateway.h"

#include <QDateTime>
#include <QTcpServer>
#include <QTcpSocket>

namespace axion::test {

using namespace Qt::StringLiterals;
using ibkr::Fields;

namespace {

QByteArray n(qint64 v) {
    return QByteArray::number(v);
}
QByteArray t(const QString& s) {
    return s.toLatin1();
}
QByteArray price(Price p) {
    return t(p.toString(1)); // "150.0", "150.25": Java's Double.toString style
}
bool finished(const QString& status) {
    return status == u"Filled" || status == u"Cancelled" || status == u"Inactive";
}
// "yyyyMMdd-HH:mm:ss" (UTC), the reqExecutions filter.
qint64 filterTime(const QByteArray& f) {
    if (f.isEmpty())
        return 0;
    QDateTime d = QDateTime::fromString(QString::fromLatin1(f), u"yyyyMMdd-HH:mm:ss"_s);
    d.setTimeSpec(Qt::UTC);
    return d.isValid() ? d.toMSecsSinceEpoch() : 0;
}

} // namespace

FakeIbGateway::FakeIbGateway(QObject* parent)
    : QObject(parent)
    , m_server(std::make_unique<QTcpServer>()) {
    connect(m_server.get(), &QTcpServer::newConnection, this, &FakeIbGateway::onConnection);
}

FakeIbGateway::~FakeIbGateway() {
    for (auto it = m_clients.begin(); it != m_clients.end(); ++it) {
        it.key()->disconnect(this);
        it.key()->abort();
        it.key()->deleteLater();
    }
}

bool FakeIbGateway::listen(quint16 port) {
    return m_server->listen(QHostAddress::LocalHost, port);
}

quint16 FakeIbGateway::port() const {
    return m_server->serverPort();
}

std::optional<FakeIbGateway::Order> FakeIbGateway::order(int orderId) const {
    const auto it = m_orders.find(orderId);
    return it == m_orders.end() ? std::nullopt : std::optional(it->second);
}

std::optional<FakeIbGateway::Order> FakeIbGateway::orderByRef(const QString& orderRef) const {
    for (const auto& [id, o] : m_orders) {
        if (o.placed.orderRef == orderRef)
            return o;
    }
    return std::nullopt;
}

QList<int> FakeIbGateway::orderIds() const {
    QList<int> out;
    for (const auto& [id, o] : m_orders)
        out.append(id);
    return out;
}

Quantity FakeIbGateway::position(const QString& symbol) const {
    return m_positions.value(symbol);
}

int FakeIbGateway::countReceived(int messageId) const {
    int count = 0;
    for (const Fields& f : m_received)
        count += f.value(0).toInt() == messageId ? 1 : 0;
    return count;
}

// ---------------------------------------------------------------- connections

void FakeIbGateway::onConnection() {
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        ++m_connections;
        if (!m_accepting) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        m_clients.insert(socket, Client{socket, {}, false, false, -1, {}});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadable(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            const int clientId = m_clients.value(socket).clientId;
            m_clients.remove(socket);
            socket->deleteLater();
            // Orders never transmitted go with their connection (TWS drops them).
            for (auto it = m_orders.begin(); it != m_orders.end();) {
                if (it->second.clientId == clientId && !it->second.transmitted)
                    it = m_orders.erase(it);
                else
                    ++it;
            }
        });
    }
}

void FakeIbGateway::dropConnections() {
    const QList<QTcpSocket*> sockets = m_clients.keys();
    for (QTcpSocket* s : sockets)
        s->disconnectFromHost();
}

void FakeIbGateway::onReadable(QTcpSocket* socket) {
    auto it = m_clients.find(socket);
    if (it == m_clients.end())
        return;
    QByteArray bytes = socket->readAll();
    if (!it->handshaken) {
        // "API\0" first, then the framed version range.
        if (!bytes.startsWith(QByteArrayView("API\0", 4))) {
            socket->abort();
            return;
        }
        bytes.remove(0, 4);
    }
    it->reader.append(bytes);
    QString error;
    while (true) {
        it = m_clients.find(socket);
        if (it == m_clients.end())
            return;
        std::optional<Fields> f = it->reader.next(&error);
        if (!f)
            break;
        if (!it->handshaken) {
            // "v176..178" or "v178"
            const QString range = QString::fromLatin1(f->value(0)).mid(1);
            const int lo = range.section(u".."_s, 0, 0).toInt();
            const int hi = range.contains(u".."_s) ? range.section(u".."_s, 1, 1).toInt() : lo;
            if (m_serverVersion < lo || m_serverVersion > hi) {
                socket->disconnectFromHost();
                return;
            }
            it->handshaken = true;
            send(socket, {n(m_serverVersion), "20261207 10:00:00 EST"});
            continue;
        }
        m_received.append(*f);
        onMessage(*it, *f);
        Q_EMIT messageReceived(f->value(0).toInt());
    }
    if (it != m_clients.end() && it->reader.broken())
        socket->abort();
}

void FakeIbGateway::send(QTcpSocket* socket, const Fields& f) {
    socket->write(ibkr::frame(f));
}

void FakeIbGateway::sendToAll(const Fields& f) {
    for (auto it = m_clients.begin(); it != m_clients.end(); ++it) {
        if (it->started)
            send(it.key(), f);
    }
}

FakeIbGateway::Client* FakeIbGateway::clientOf(int clientId) {
    for (auto it = m_clients.begin(); it != m_clients.end(); ++it) {
        if (it->started && it->clientId == clientId)
            return &it.value();
    }
    return nullptr;
}

// ---------------------------------------------------------------- messages

void FakeIbGateway::onMessage(Client& c, const Fields& f) {
    const int id = f.value(0).toInt();
    QTcpSocket* s = c.socket;
    if (id == 71) { // startApi: 71, 2, clientId, capabilities
        const int clientId = f.value(2).toInt();
        for (const Client& other : std::as_const(m_clients)) {
            if (other.started && other.clientId == clientId && other.socket != s) {
                s->disconnectFromHost(); // "client id already in use"
                return;
            }
        }
        c.clientId = clientId;
        c.started = true;
        int next = m_nextOrderId;
        for (const auto& [orderId, o] : m_orders)
            next = std::max(next, orderId + 1);
        send(s, {"15", "1", t(m_account)});
        send(s, {"9", "1", n(next)});
        for (const auto& [code, farm] :
             {std::pair{2104, "Market data farm connection is OK:usfarm"},
              std::pair{2106, "HMDS data farm connection is OK:ushmds"},
              std::pair{2158, "Sec-def data farm connection is OK"}})
            send(s, {"4", "2", "-1", n(code), farm, ""});
        return;
    }
    if (!c.started)
        return;
    switch (id) {
    case 3:
        onPlaceOrder(c, f);
        return;
    case 4:
        onCancelOrder(c, f.value(2).toInt());
        return;
    case 58: { // reqGlobalCancel
        for (const auto& [orderId, o] : m_orders) {
            if (!finished(o.status) && o.transmitted)
                onCancelOrder(c, orderId);
        }
        return;
    }
    case 8: { // reqIds
        int next = m_nextOrderId;
        for (const auto& [orderId, o] : m_orders)
            next = std::max(next, orderId + 1);
        send(s, {"9", "1", n(next)});
        return;
    }
    case 49:
        send(s, {"49", "1", n(QDateTime::currentSecsSinceEpoch())});
        return;
    case 61: // reqPositions
        for (auto it = m_positions.cbegin(); it != m_positions.cend(); ++it) {
            if (it.value() == 0)
                continue;
            send(s, {"61", "3", t(m_account), "265598", t(it.key()), "STK", "", "0.0", "", "",
                     "SMART", "USD", t(it.key()), "NMS", n(it.value()), "100.0"});
        }
        send(s, {"62", "1"});
        return;
    case 62: { // reqAccountSummary: 62, 1, reqId, group, tags
        const QByteArray req = f.value(2);
        for (const char* tag : {"NetLiquidation", "TotalCashValue", "BuyingPower"}) {
            send(s, {"63", "1", req, t(m_account), tag,
                     tag == QByteArrayView("BuyingPower") ? "400000.00" : "100000.00", "USD"});
        }
        send(s, {"64", "1", req});
        return;
    }
    case 7: { // reqExecutions: 7, 3, reqId, clientId, acct, time, symbol, secType, exch, side
        const QByteArray req = f.value(2);
        const int clientFilter = f.value(3).toInt();
        const qint64 since = filterTime(f.value(5));
        for (const Execution& e : std::as_const(m_executions)) {
            if ((clientFilter == 0 || e.clientId == clientFilter) && e.timeMs >= since)
                sendExecution(s, req.toInt(), e);
        }
        send(s, {"55", "1", req});
        return;
    }
    case 5: // reqOpenOrders: the working orders' statuses, then the end
        for (const auto& [orderId, o] : m_orders) {
            if (o.transmitted && !finished(o.status))
                sendStatus(o);
        }
        send(s, {"53", "1"});
        return;
    case 50: // reqRealTimeBars: 50, 3, reqId, conId, symbol, ...
        c.bars.insert(f.value(2).toInt(), QString::fromLatin1(f.value(4)));
        return;
    case 51:
        c.bars.remove(f.value(2).toInt());
        return;
    default:
        return;
    }
}

void FakeIbGateway::onPlaceOrder(Client& c, const Fields& f) {
    QString error;
    std::optional<ibkr::PlacedOrder> p = ibkr::decodePlaceOrder(f, m_serverVersion, &error);
    if (!p) {
        send(c.socket, {"4", "2", "-1", "320", t(u"Error reading request: "_s + error), ""});
        return;
    }
    auto it = m_orders.find(p->orderId);
    if (it != m_orders.end()) {
        Order& o = it->second;
        if (finished(o.status) || o.clientId != c.clientId) {
            send(c.socket, {"4", "2", n(p->orderId), "103", "Duplicate order id", ""});
            return;
        }
        // A modify: the same order, new prices and size.
        const bool wasTransmitted = o.transmitted;
        o.placed = *p;
        o.transmitted = wasTransmitted || p->transmit;
        if (o.transmitted)
            sendStatus(o);
        return;
    }
    Order o;
    o.placed = *p;
    o.clientId = c.clientId;
    o.permId = m_nextPermId++;
    o.status = u"PendingSubmit"_s;
    m_orders.emplace(p->orderId, o);
    if (p->transmit)
        transmitGroup(p->parentId > 0 ? p->parentId : p->orderId);
}

void FakeIbGateway::transmitGroup(int parentId) {
    for (auto& [orderId, o] : m_orders) {
        if ((orderId == parentId || o.placed.parentId == parentId) && !o.transmitted) {
            o.transmitted = true;
            // A child waits for its parent's fill (PreSubmitted), the rest works (Submitted).
            const auto parent = m_orders.find(o.placed.parentId);
            const bool held = o.placed.parentId > 0 && parent != m_orders.end() &&
                              parent->second.status != u"Filled";
            o.status = held ? u"PreSubmitted"_s : u"Submitted"_s;
            sendStatus(o);
        }
    }
}

void FakeIbGateway::onCancelOrder(Client& c, int orderId) {
    auto it = m_orders.find(orderId);
    if (it == m_orders.end()) {
        send(c.socket,
             {"4", "2", n(orderId), "10147",
              t(u"OrderId %1 that needs to be cancelled is not found."_s.arg(orderId)), ""});
        return;
    }
    Order& o = it->second;
    if (finished(o.status)) {
        send(c.socket, {"4", "2", n(orderId), "10148",
                        t(u"OrderId %1 that needs to be cancelled cannot be cancelled, state: %2."_s
                              .arg(orderId)
                              .arg(o.status)),
                        ""});
        return;
    }
    o.status = u"Cancelled"_s;
    sendStatus(o);
    if (Client* owner = clientOf(o.clientId))
        send(owner->socket, {"4", "2", n(orderId), "202", "Order Canceled - reason:", ""});
    // A parent's cancel takes its children.
    for (auto& [childId, child] : m_orders) {
        if (child.placed.parentId == orderId && !finished(child.status)) {
            child.status = u"Cancelled"_s;
            sendStatus(child);
        }
    }
}

void FakeIbGateway::sendStatus(const Order& o) {
    Client* owner = clientOf(o.clientId);
    if (!owner)
        return;
    const Quantity remaining = o.placed.quantity - o.filled;
    const Price average = o.filled > 0 ? averagePrice(o.filledCost, o.filled) : Price();
    send(owner->socket,
         {"3", n(o.placed.orderId), t(o.status), n(o.filled), n(remaining), price(average),
          n(o.permId), n(o.placed.parentId), price(average), n(o.clientId), "", ""});
}

void FakeIbGateway::sendExecution(QTcpSocket* socket, int reqId, const Execution& e) {
    const QString time =
        QDateTime::fromMSecsSinceEpoch(e.timeMs, Qt::UTC).toString(u"yyyyMMdd HH:mm:ss"_s) +
        u" UTC"_s;
    Fields f{"11",
             n(reqId),
             n(e.orderId),
             "265598",
             t(e.symbol),
             "STK",
             "",
             "0.0",
             "",
             "",
             "ISLAND",
             "USD",
             t(e.symbol),
             "NMS",
             t(e.execId),
             t(time),
             t(m_account),
             "ISLAND",
             e.side == OrderSide::Buy ? "BOT" : "SLD",
             n(e.shares),
             price(e.price),
             "0",
             n(e.clientId),
             "0",
             n(e.cumulative),
             price(e.average),
             t(e.orderRef),
             "",
             "",
             "",
             "2"};
    if (m_serverVersion >= 178)
        f.append("0"); // pendingPriceRevision
    send(socket, f);
}

// ---------------------------------------------------------------- what happens

bool FakeIbGateway::fill(int orderId, Quantity qty, Price p) {
    auto it = m_orders.find(orderId);
    if (it == m_orders.end() || qty <= 0)
        return false;
    Order& o = it->second;
    if (!o.transmitted || finished(o.status) || o.status == u"PreSubmitted" ||
        o.filled + qty > o.placed.quantity)
        return false;
    o.filled += qty;
    o.filledCost += p * qty;
    o.status = o.filled == o.placed.quantity ? u"Filled"_s : u"Submitted"_s;
    const bool buy = o.placed.side == OrderSide::Buy;
    m_positions[o.placed.symbol] += buy ? qty : -qty;
    Execution e;
    e.orderId = orderId;
    e.clientId = o.clientId;
    e.execId = u"0000e0d5.%1.01.01"_s.arg(++m_execCounter, 8, 16, QChar(u'0'));
    e.symbol = o.placed.symbol;
    e.side = o.placed.side;
    e.shares = qty;
    e.price = p;
    e.cumulative = o.filled;
    e.average = averagePrice(o.filledCost, o.filled);
    e.orderRef = o.placed.orderRef;
    e.timeMs = QDateTime::currentMSecsSinceEpoch();
    m_executions.append(e);
    if (Client* owner = clientOf(o.clientId)) {
        sendExecution(owner->socket, -1, e);
        sendStatus(o);
        send(owner->socket, {"59", "1", t(e.execId), "1.0", "USD", "1.7976931348623157E308",
                             "1.7976931348623157E308", ""});
    }
    const Order filled = o;
    if (filled.status == u"Filled") {
        // The parent's fill releases its children; a child's fill ends its siblings.
        for (auto& [childId, child] : m_orders) {
            if (child.placed.parentId == orderId && child.status == u"PreSubmitted") {
                child.status = u"Submitted"_s;
                sendStatus(child);
            }
        }
        cancelOca(filled);
    }
    return true;
}

void FakeIbGateway::cancelOca(const Order& filled) {
    if (filled.placed.parentId == 0 && filled.placed.ocaGroup.isEmpty())
        return;
    for (auto& [orderId, o] : m_orders) {
        if (orderId == filled.placed.orderId || finished(o.status))
            continue;
        const bool sibling =
            filled.placed.parentId > 0 && o.placed.parentId == filled.placed.parentId;
        const bool sameOca =
            !filled.placed.ocaGroup.isEmpty() && o.placed.ocaGroup == filled.placed.ocaGroup;
        if (sibling || sameOca) {
            o.status = u"Cancelled"_s;
            sendStatus(o);
        }
    }
}

bool FakeIbGateway::correctLastFill(int orderId, Price p) {
    for (qsizetype i = m_executions.size() - 1; i >= 0; --i) {
        Execution& e = m_executions[i];
        if (e.orderId != orderId)
            continue;
        Order& o = m_orders[orderId];
        o.filledCost = o.filledCost - e.price * e.shares + p * e.shares;
        const qsizetype dot = e.execId.lastIndexOf(u'.');
        e.execId = e.execId.left(dot + 1) +
                   u"%1"_s.arg(e.execId.mid(dot + 1).toInt() + 1, 2, 10, QChar(u'0'));
        e.price = p;
        e.average = averagePrice(o.filledCost, o.filled);
        if (Client* owner = clientOf(o.clientId))
            sendExecution(owner->socket, -1, e);
        return true;
    }
    return false;
}

bool FakeIbGateway::reject(int orderId, const QString& why) {
    auto it = m_orders.find(orderId);
    if (it == m_orders.end() || finished(it->second.status))
        return false;
    it->second.status = u"Inactive"_s;
    if (Client* owner = clientOf(it->second.clientId)) {
        send(owner->socket,
             {"4", "2", n(orderId), "201", t(u"Order rejected - reason:"_s + why), ""});
        sendStatus(it->second);
    }
    return true;
}

void FakeIbGateway::sendError(int reqId, int code, const QString& message) {
    sendToAll({"4", "2", n(reqId), n(code), t(message), ""});
}

void FakeIbGateway::publishBar(const QString& symbol, qint64 timeMs, Price open, Price high,
                               Price low, Price close, Quantity volume) {
    for (auto it = m_clients.begin(); it != m_clients.end(); ++it) {
        for (auto b = it->bars.cbegin(); b != it->bars.cend(); ++b) {
            if (b.value() != symbol)
                continue;
            send(it.key(), {"50", "3", n(b.key()), n(timeMs / 1000), price(open), price(high),
                            price(low), price(close), n(volume), price(close), "1"});
        }
    }
}

} // namespace axion::test
