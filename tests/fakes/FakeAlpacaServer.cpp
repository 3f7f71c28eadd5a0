#include "fakes/FakeAlpacaServer.h"

#include "TestPaths.h"
#include "fakes/FakeAlpacaDataServer.h"
#include "market/MarketCalendar.h"
#include "signals/HttpRequestParser.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>
#include <QWebSocket>
#include <QWebSocketServer>
#include <chrono>

namespace axion::test {

using namespace Qt::StringLiterals;

namespace {

QJsonObject fixtureObject(const char* name) {
    QFile f(QStringLiteral(AXION_SHARED_DIR "/fixtures/alpaca/") + QString::fromLatin1(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("FakeAlpacaServer: missing fixture %s", name);
    return QJsonDocument::fromJson(f.readAll()).object();
}

QByteArray json(const QJsonObject& o) {
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray json(const QJsonArray& a) {
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

QByteArray error(qint64 code, const QString& message) {
    return json(QJsonObject{{"code"_L1, code}, {"message"_L1, message}});
}

const char* reasonPhrase(int status) {
    switch (status) {
    case 200:
        return "OK";
    case 204:
        return "No Content";
    case 207:
        return "Multi-Status";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

// Alpaca's decimal strings; a JSON number is taken too.
std::optional<qint64> units(const QJsonValue& v) {
    if (v.isString())
        return fixedpoint::parse(v.toString());
    if (v.isDouble())
        return fixedpoint::parse(QString::number(v.toDouble(), 'f', 4));
    return std::nullopt;
}

bool subPenny(qint64 priceUnits) {
    return priceUnits >= 10'000 ? priceUnits % 100 != 0 : false;
}

QString decimal(qint64 u) {
    return fixedpoint::format(u, 0);
}

bool isFinal(const QString& status) {
    return status == u"filled" || status == u"canceled" || status == u"expired" ||
           status == u"rejected" || status == u"replaced";
}

} // namespace

FakeAlpacaServer::FakeAlpacaServer(QObject* parent)
    : QObject(parent)
    , m_http(std::make_unique<QTcpServer>())
    , m_stream(
          std::make_unique<QWebSocketServer>(u"fake-alpaca"_s, QWebSocketServer::NonSecureMode))
    , m_orderTemplate(fixtureObject("order_equity_limit_accepted.json"))
    , m_accountTemplate(fixtureObject("account_v2_spec_example.json")) {
    connect(m_http.get(), &QTcpServer::newConnection, this, &FakeAlpacaServer::onHttpConnection);
    connect(m_stream.get(), &QWebSocketServer::newConnection, this,
            &FakeAlpacaServer::onStreamConnection);
}

FakeAlpacaServer::~FakeAlpacaServer() {
    // The sockets' own signals must not reach this half-destroyed server.
    for (auto it = m_buffers.keyBegin(); it != m_buffers.keyEnd(); ++it) {
        (*it)->disconnect(this);
        (*it)->abort();
    }
    for (QWebSocket* s : std::as_const(m_streamSockets)) {
        s->disconnect(this);
        s->abort();
    }
}

bool FakeAlpacaServer::listen(quint16 httpPort, quint16 streamPort) {
    if (!m_http->listen(QHostAddress::LocalHost, httpPort))
        return false;
    m_httpPort = m_http->serverPort();
    return m_stream->listen(QHostAddress::LocalHost, streamPort);
}

QUrl FakeAlpacaServer::tradingUrl() const {
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_httpPort));
}

QUrl FakeAlpacaServer::streamUrl() const {
    return QUrl(u"ws://127.0.0.1:%1/stream"_s.arg(m_stream->serverPort()));
}

void FakeAlpacaServer::stopHttp() {
    m_http->close();
    const QList<QTcpSocket*> sockets = m_buffers.keys();
    m_buffers.clear();
    for (QTcpSocket* s : sockets)
        s->abort();
}

bool FakeAlpacaServer::resumeHttp() {
    return m_http->listen(QHostAddress::LocalHost, m_httpPort);
}

// ---------------------------------------------------------------- state

QJsonObject* FakeAlpacaServer::find(const QString& key) {
    for (QJsonObject& o : m_orders) {
        if (o.value("id"_L1).toString() == key || o.value("client_order_id"_L1).toString() == key)
            return &o;
    }
    return nullptr;
}

const QJsonObject* FakeAlpacaServer::find(const QString& key) const {
    return const_cast<FakeAlpacaServer*>(this)->find(key);
}

QJsonObject FakeAlpacaServer::order(const QString& idOrClientId) const {
    const QJsonObject* o = find(idOrClientId);
    return o ? nested(*o) : QJsonObject();
}

QStringList FakeAlpacaServer::orderIds() const {
    QStringList ids;
    for (const QJsonObject& o : m_orders)
        ids << o.value("id"_L1).toString();
    return ids;
}

Quantity FakeAlpacaServer::positionQuantity(const QString& symbol) const {
    return m_positionQty.value(symbol);
}

int FakeAlpacaServer::countRequests(const QByteArray& method, const QByteArray& pathPrefix) const {
    int n = 0;
    for (const Request& r : m_requests)
        n += r.method == method && r.path.startsWith(pathPrefix) ? 1 : 0;
    return n;
}

void FakeAlpacaServer::setQuote(const QString& symbol, Price price) {
    m_quotes.insert(symbol, price);
}

void FakeAlpacaServer::setCash(Money cash) {
    m_cash = cash;
}

QString FakeAlpacaServer::nextId() {
    // Deterministic uuids: a failing test names the same ids on every run.
    return u"00000000-0000-4000-8000-%1"_s.arg(++m_idCounter, 12, 10, QChar(u'0'));
}

QString FakeAlpacaServer::now() const {
    // Alpaca's form: nanoseconds and Z.
    return QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-ddTHH:mm:ss.zzz"_s) + u"123456Z"_s;
}

QJsonObject FakeAlpacaServer::nested(const QJsonObject& order) const {
    QJsonObject out = order;
    QJsonArray legs;
    const QString id = order.value("id"_L1).toString();
    for (const QJsonObject& o : m_orders) {
        if (m_parentOf.value(o.value("id"_L1).toString()) == id)
            legs.append(o);
    }
    out.insert("legs"_L1, legs.isEmpty() ? QJsonValue() : QJsonValue(legs));
    return out;
}

bool FakeAlpacaServer::isOpen(const QJsonObject& order) const {
    return !isFinal(order.value("status"_L1).toString());
}

Quantity FakeAlpacaServer::heldForSellOrders(const QString& symbol, const QString& exceptId) const {
    // Alpaca holds shares for open sell orders: a second exit for them is refused. A bracket's
    // stop and target hold the same shares once (they cancel each other).
    Quantity held = 0;
    QSet<QString> groupsCounted;
    for (const QJsonObject& o : m_orders) {
        const QString id = o.value("id"_L1).toString();
        if (id == exceptId || !isOpen(o) || o.value("symbol"_L1).toString() != symbol ||
            o.value("side"_L1).toString() != u"sell")
            continue;
        const QString parent = m_parentOf.value(id);
        if (!parent.isEmpty()) {
            const QJsonObject* p = find(parent);
            if (!p || p->value("status"_L1).toString() != u"filled")
                continue; // a leg holds nothing before its entry filled
            if (groupsCounted.contains(parent))
                continue;
            groupsCounted.insert(parent);
        }
        held += units(o.value("qty"_L1)).value_or(0) / fixedpoint::kScale -
                units(o.value("filled_qty"_L1)).value_or(0) / fixedpoint::kScale;
    }
    return held;
}

void FakeAlpacaServer::setStatus(QJsonObject& order, const QString& status) {
    order.insert("status"_L1, status);
    order.insert("updated_at"_L1, now());
    if (status == u"canceled")
        order.insert("canceled_at"_L1, now());
    else if (status == u"filled")
        order.insert("filled_at"_L1, now());
    else if (status == u"expired")
        order.insert("expired_at"_L1, now());
    else if (status == u"rejected")
        order.insert("failed_at"_L1, now());
    else if (status == u"replaced")
        order.insert("replaced_at"_L1, now());
}

// ---------------------------------------------------------------- HTTP

void FakeAlpacaServer::onHttpConnection() {
    while (QTcpSocket* socket = m_http->nextPendingConnection()) {
        m_buffers.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadable(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void FakeAlpacaServer::onReadable(QTcpSocket* socket) {
    auto it = m_buffers.find(socket);
    if (it == m_buffers.end())
        return;
    it->append(socket->readAll());
    const qint64 receivedNs = std::chrono::duration_cast<std::chrono::nanoseconds>(
                                  std::chrono::steady_clock::now().time_since_epoch())
                                  .count();
    const HttpRequestParser parser(16 * 1024, 1024 * 1024);
    for (;;) {
        const HttpRequestParser::Result r = parser.parse(*it);
        if (r.status == HttpRequestParser::Status::Incomplete)
            return;
        if (r.status == HttpRequestParser::Status::Error) {
            answer(socket, r.errorStatus, error(40000000, r.errorMessage));
            socket->disconnectFromHost();
            return;
        }
        it->remove(0, r.consumed);
        Request request{.method = r.request.method,
                        .path = r.request.path,
                        .query = r.request.query,
                        .body = r.request.body,
                        .keyId = r.request.header("apca-api-key-id"),
                        .receivedNs = receivedNs};
        if (request.path.startsWith("/fake/")) {
            // The test's own controls (a fake run as a process): no keys, not Alpaca's API.
            const auto [status, body] = control(request);
            answer(socket, status, body);
            if (!r.request.keepAlive()) {
                socket->disconnectFromHost();
                return;
            }
            it = m_buffers.find(socket);
            if (it == m_buffers.end())
                return;
            continue;
        }
        if (r.request.header("apca-api-key-id") != m_keyId ||
            r.request.header("apca-api-secret-key") != m_secret) {
            m_requests.append(request);
            answer(socket, 401, error(40110000, u"request is not authorized"_s));
            continue;
        }
        serve(socket, request);
        if (!r.request.keepAlive()) {
            socket->disconnectFromHost();
            return;
        }
        it = m_buffers.find(socket);
        if (it == m_buffers.end())
            return;
    }
}

void FakeAlpacaServer::serve(QTcpSocket* socket, const Request& request) {
    m_requests.append(request);
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        const Fault f = m_faults[i];
        if (f.method != request.method || !request.path.startsWith(f.pathPrefix))
            continue;
        m_faults.removeAt(i);
        if (f.processFirst)
            route(request);
        if (f.noAnswer)
            return; // the client's timeout is what ends it
        if (f.delayMs > 0) {
            // A slow answer: the usual one (computed when it goes out) unless a status is set.
            QPointer<QTcpSocket> guard(socket);
            QTimer::singleShot(f.delayMs, this, [this, guard, f, request] {
                if (!guard)
                    return;
                if (f.status > 0) {
                    answer(guard, f.status, f.body, f.headers);
                } else {
                    const auto [status, body] = route(request);
                    answer(guard, status, body);
                }
            });
            return;
        }
        answer(socket, f.status, f.body, f.headers);
        return;
    }
    const auto [status, body] = route(request);
    answer(socket, status, body);
}

void FakeAlpacaServer::answer(QTcpSocket* socket, int status, const QByteArray& body,
                              const QList<std::pair<QByteArray, QByteArray>>& extraHeaders) {
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) +
                     "\r\nContent-Type: application/json; charset=UTF-8\r\n";
    bool hasLimit = false;
    for (const auto& [name, value] : extraHeaders) {
        out += name + ": " + value + "\r\n";
        hasLimit = hasLimit || name.toLower().startsWith("x-ratelimit");
    }
    if (!hasLimit) {
        const qint64 reset = QDateTime::currentSecsSinceEpoch() + 60;
        out += "X-Ratelimit-Limit: 200\r\nX-Ratelimit-Remaining: 199\r\nX-Ratelimit-Reset: " +
               QByteArray::number(reset) + "\r\n";
    }
    out += "Content-Length: " + QByteArray::number(status == 204 ? 0 : body.size()) + "\r\n\r\n";
    if (status != 204)
        out += body;
    socket->write(out);
    Q_EMIT requestServed(m_requests.isEmpty() ? QByteArray() : m_requests.last().method,
                         m_requests.isEmpty() ? QByteArray() : m_requests.last().path, status);
}

std::pair<int, QByteArray> FakeAlpacaServer::route(const Request& r) {
    const QJsonObject body = QJsonDocument::fromJson(r.body).object();
    const QUrlQuery query(QString::fromUtf8(r.query));
    const QByteArray ordersPrefix = "/v2/orders/";
    if (r.path == "/v2/stocks/bars" && r.method == "GET" && m_data)
        return m_data->serveBars(query);
    if (r.path == "/v2/account" && r.method == "GET") {
        QJsonObject a = m_accountTemplate;
        Money equity = m_cash;
        for (auto it = m_positionQty.cbegin(); it != m_positionQty.cend(); ++it) {
            const Price quote = m_quotes.value(it.key());
            equity += Money::fromUnits(quote.units() * it.value());
        }
        a.insert("cash"_L1, m_cash.toString());
        a.insert("equity"_L1, equity.toString());
        a.insert("portfolio_value"_L1, equity.toString());
        a.insert("buying_power"_L1, (m_cash * 2.0).toString());
        a.insert("last_equity"_L1, u"100000"_s);
        return {200, json(a)};
    }
    if (r.path == "/v2/clock" && r.method == "GET")
        return {200, json(fixtureObject("clock_v2_spec_example.json"))};
    if (r.path == "/v2/calendar" && r.method == "GET")
        return calendar(query);
    if (r.path == "/v2/account/activities/FILL" && r.method == "GET")
        return fillActivities(query);
    if (r.path == "/v2/positions" && r.method == "GET") {
        QJsonArray out;
        const QJsonObject templ = fixtureObject("position_aapl_spec_example.json");
        for (auto it = m_positionQty.cbegin(); it != m_positionQty.cend(); ++it) {
            if (it.value() == 0)
                continue;
            QJsonObject p = templ;
            const Quantity q = it.value();
            p.insert("symbol"_L1, it.key());
            p.insert("qty"_L1, QString::number(q));
            p.insert("side"_L1, q > 0 ? u"long"_s : u"short"_s);
            const Money cost = m_positionCost.value(it.key());
            p.insert("avg_entry_price"_L1, decimal(cost.units() / (q > 0 ? q : -q)));
            p.insert("qty_available"_L1, QString::number(q - heldForSellOrders(it.key())));
            out.append(p);
        }
        return {200, json(out)};
    }
    if (r.path.startsWith("/v2/positions/") && r.method == "DELETE")
        return closePosition(QString::fromUtf8(r.path.mid(14)));
    if (r.path == "/v2/orders" && r.method == "POST")
        return postOrder(body);
    if (r.path == "/v2/orders" && r.method == "GET")
        return listOrders(r);
    if (r.path == "/v2/orders" && r.method == "DELETE") {
        QJsonArray out;
        const QStringList ids = orderIds();
        for (const QString& id : ids) {
            const QJsonObject* o = find(id);
            if (!o || !isOpen(*o) || m_parentOf.contains(id))
                continue;
            cancelGroup(id, u"cancel all"_s);
            out.append(QJsonObject{{"id"_L1, id}, {"status"_L1, 200}});
        }
        return {207, json(out)};
    }
    if (r.path == "/v2/orders:by_client_order_id" && r.method == "GET") {
        const QString cid = query.queryItemValue(u"client_order_id"_s, QUrl::FullyDecoded);
        for (const QJsonObject& o : std::as_const(m_orders)) {
            if (o.value("client_order_id"_L1).toString() == cid)
                return {200, json(nested(o))};
        }
        return {404, error(40410000, u"order not found"_s)};
    }
    if (r.path.startsWith(ordersPrefix)) {
        const QString id = QString::fromUtf8(r.path.mid(ordersPrefix.size()));
        if (r.method == "GET") {
            for (const QJsonObject& o : std::as_const(m_orders)) {
                if (o.value("id"_L1).toString() == id)
                    return {200, json(nested(o))};
            }
            return {404, error(40410000, u"order not found"_s)};
        }
        if (r.method == "PATCH")
            return patchOrder(id, body);
        if (r.method == "DELETE")
            return deleteOrder(id);
    }
    return {404, error(40410000, u"endpoint not found"_s)};
}

std::pair<int, QByteArray> FakeAlpacaServer::control(const Request& r) {
    const QJsonObject body = QJsonDocument::fromJson(r.body).object();
    if (m_data) {
        if (auto answer = m_data->control(r.method, r.path, body))
            return *answer;
    }
    if (r.path == "/fake/orders" && r.method == "GET") {
        QJsonArray orders;
        for (const QJsonObject& o : std::as_const(m_orders)) {
            QJsonObject x = o;
            x.insert("parent_id"_L1, m_parentOf.value(o.value("id"_L1).toString()));
            orders.append(x);
        }
        return {200, json(QJsonObject{{"orders"_L1, orders},
                                      {"order_posts"_L1, countRequests("POST", "/v2/orders")}})};
    }
    if (r.path == "/fake/fill" && r.method == "POST") {
        QString key = body.value("order"_L1).toString();
        if (body.contains("parent"_L1)) {
            // A bracket's leg by its parent's client id and its type.
            const QJsonObject* parent = find(body.value("parent"_L1).toString());
            const QString parentId = parent ? parent->value("id"_L1).toString() : QString();
            key.clear();
            for (const QJsonObject& o : std::as_const(m_orders)) {
                if (!parentId.isEmpty() &&
                    m_parentOf.value(o.value("id"_L1).toString()) == parentId &&
                    o.value("type"_L1).toString().startsWith(body.value("type"_L1).toString()) &&
                    isOpen(o))
                    key = o.value("id"_L1).toString();
            }
        }
        const QJsonObject* o = find(key);
        const std::optional<qint64> price = units(body.value("price"_L1));
        Quantity qty = body.value("qty"_L1).toInt();
        if (o && qty == 0)
            qty = units(o->value("qty"_L1)).value_or(0) / fixedpoint::kScale -
                  units(o->value("filled_qty"_L1)).value_or(0) / fixedpoint::kScale;
        if (!o || !price || !fill(key, qty, Price::fromUnits(*price)))
            return {409, error(40900000, u"cannot fill %1"_s.arg(key))};
        return {200, json(order(key))};
    }
    if (r.path == "/fake/end" && r.method == "POST") {
        // The order ends at Alpaca's initiative (canceled, expired, rejected), as endOrder().
        const QString key = body.value("order"_L1).toString();
        if (!endOrder(key, body.value("status"_L1).toString(), body.value("reason"_L1).toString()))
            return {409, error(40900000, u"cannot end %1"_s.arg(key))};
        return {200, json(order(key))};
    }
    if (r.path == "/fake/requests" && r.method == "GET") {
        // How often each "METHOD /path" of Alpaca's API was asked (the controls not counted).
        QJsonObject counts;
        for (const Request& q : std::as_const(m_requests)) {
            if (q.path.startsWith("/fake/"))
                continue;
            const QString key = QString::fromLatin1(q.method + ' ' + q.path);
            counts.insert(key, counts.value(key).toInt() + 1);
        }
        counts.insert("WS /stream"_L1, m_streamConnections); // trade stream connections
        return {200, json(counts)};
    }
    if (r.path == "/fake/calendar" && r.method == "POST") {
        QStringList closed;
        for (const QJsonValue& d : body.value("closed"_L1).toArray())
            closed << d.toString();
        setCalendar(body.value("days"_L1).toArray(), closed);
        return {200, "{}"};
    }
    if (r.path == "/fake/quote" && r.method == "POST") {
        const std::optional<qint64> price = units(body.value("price"_L1));
        if (!price)
            return {422, error(42200000, u"price"_s)};
        setQuote(body.value("symbol"_L1).toString(), Price::fromUnits(*price));
        return {200, "{}"};
    }
    return {404, error(40410000, u"no such control"_s)};
}

QJsonObject FakeAlpacaServer::newOrderObject(const QJsonObject& body, const QString& side,
                                             const QString& type, Quantity qty) {
    QJsonObject o = m_orderTemplate;
    const QString at = now();
    o.insert("id"_L1, nextId());
    o.insert("client_order_id"_L1, body.value("client_order_id"_L1).toString().isEmpty()
                                       ? nextId()
                                       : body.value("client_order_id"_L1).toString());
    o.insert("asset_id"_L1, u"b0b6dd9d-8b9b-48a9-ba46-b9d54906e415"_s);
    o.insert("symbol"_L1, body.value("symbol"_L1).toString());
    o.insert("side"_L1, side);
    o.insert("type"_L1, type);
    o.insert("order_type"_L1, type);
    o.insert("qty"_L1, QString::number(qty));
    o.insert("filled_qty"_L1, u"0"_s);
    o.insert("filled_avg_price"_L1, QJsonValue());
    o.insert("time_in_force"_L1, body.value("time_in_force"_L1).toString());
    o.insert("limit_price"_L1, body.value("limit_price"_L1));
    o.insert("stop_price"_L1, body.value("stop_price"_L1));
    o.insert("order_class"_L1, QString());
    o.insert("status"_L1, u"accepted"_s);
    o.insert("created_at"_L1, at);
    o.insert("submitted_at"_L1, at);
    o.insert("updated_at"_L1, at);
    for (const char* k : {"limit_price", "stop_price"}) {
        if (o.value(QLatin1StringView(k)).isUndefined())
            o.insert(QLatin1StringView(k), QJsonValue());
    }
    return o;
}

std::pair<int, QByteArray> FakeAlpacaServer::postOrder(const QJsonObject& body) {
    const QString cid = body.value("client_order_id"_L1).toString();
    if (!cid.isEmpty() && find(cid))
        return {422, error(40010001, u"client_order_id must be unique"_s)};
    const std::optional<qint64> qtyUnits = units(body.value("qty"_L1));
    if (!qtyUnits)
        return {422, error(40010001, u"qty or notional is required"_s)};
    if (*qtyUnits % fixedpoint::kScale != 0)
        return {422, error(40010001, u"qty must be integer"_s)};
    const Quantity qty = *qtyUnits / fixedpoint::kScale;
    const QString side = body.value("side"_L1).toString();
    const QString type = body.value("type"_L1).toString();
    const QString tif = body.value("time_in_force"_L1).toString();
    const QString symbol = body.value("symbol"_L1).toString();
    if (side != u"buy" && side != u"sell")
        return {422, error(40010001, u"invalid side"_s)};
    if (!QStringList{u"market"_s, u"limit"_s, u"stop"_s, u"stop_limit"_s}.contains(type))
        return {422, error(40010001, u"invalid order type"_s)};
    if (!QStringList{u"day"_s, u"gtc"_s, u"ioc"_s, u"fok"_s, u"opg"_s, u"cls"_s}.contains(tif))
        return {422, error(40010001, u"invalid time_in_force"_s)};
    for (const char* k : {"limit_price", "stop_price"}) {
        const QJsonValue v = body.value(QLatin1StringView(k));
        if (v.isUndefined())
            continue;
        const std::optional<qint64> p = units(v);
        if (!p)
            return {422, error(40010001, u"invalid %1"_s.arg(QLatin1StringView(k)))};
        if (subPenny(*p))
            return {422, error(42210000, u"invalid %1 %2. sub-penny increment does not fulfill "
                                         u"minimum pricing criteria"_s.arg(QLatin1StringView(k),
                                                                           v.toString()))};
    }
    if ((type == u"limit" || type == u"stop_limit") && body.value("limit_price"_L1).isUndefined())
        return {422, error(40010001, u"limit_price is required"_s)};
    if ((type == u"stop" || type == u"stop_limit") && body.value("stop_price"_L1).isUndefined())
        return {422, error(40010001, u"stop_price is required"_s)};
    const QString orderClass = body.value("order_class"_L1).toString();
    const bool bracket = orderClass == u"bracket" || orderClass == u"oto";
    if (bracket) {
        if (type != u"market" && type != u"limit")
            return {422, error(40010001, u"bracket orders must be market or limit orders"_s)};
        if (tif != u"day" && tif != u"gtc")
            return {422, error(40010001, u"bracket orders must be day or gtc"_s)};
        if (body.value("stop_loss"_L1).toObject().value("stop_price"_L1).isUndefined())
            return {422, error(40010001, u"bracket orders require stop_loss.stop_price"_s)};
        if (orderClass == u"bracket" &&
            body.value("take_profit"_L1).toObject().value("limit_price"_L1).isUndefined())
            return {422, error(40010001, u"bracket orders require take_profit.limit_price"_s)};
    }
    const Quantity position = m_positionQty.value(symbol);
    if (side == u"sell" && position > 0 && !bracket) {
        // A sell against a long: at most the shares not held by other open orders.
        const Quantity available = position - heldForSellOrders(symbol);
        if (qty > available) {
            QJsonObject e{{"code"_L1, 40310000},
                          {"message"_L1, u"insufficient qty available for order (requested: "
                                         u"%1, available: %2)"_s.arg(qty)
                                             .arg(available)},
                          {"available"_L1, QString::number(available)},
                          {"existing_qty"_L1, QString::number(position)},
                          {"held_for_orders"_L1, QString::number(position - available)},
                          {"symbol"_L1, symbol}};
            return {403, json(e)};
        }
    }
    if (side == u"buy") {
        const Price ref = units(body.value("limit_price"_L1))
                              ? Price::fromUnits(*units(body.value("limit_price"_L1)))
                              : m_quotes.value(symbol);
        if (Money::fromUnits(ref.units() * qty) > m_cash * 2.0)
            return {403, error(40310000, u"insufficient buying power"_s)};
    }

    QJsonObject o = newOrderObject(body, side, type, qty);
    o.insert("order_class"_L1, orderClass);
    const QString id = o.value("id"_L1).toString();
    m_orders.append(o);
    if (bracket) {
        const QString legSide = side == u"buy" ? u"sell"_s : u"buy"_s;
        const QJsonObject sl = body.value("stop_loss"_L1).toObject();
        const QString slType = sl.contains("limit_price"_L1) ? u"stop_limit"_s : u"stop"_s;
        QJsonObject legBody{{"symbol"_L1, symbol}, {"time_in_force"_L1, tif}};
        if (orderClass == u"bracket") {
            QJsonObject tp = legBody;
            tp.insert("limit_price"_L1,
                      body.value("take_profit"_L1).toObject().value("limit_price"_L1));
            QJsonObject leg = newOrderObject(tp, legSide, u"limit"_s, qty);
            leg.insert("status"_L1, u"held"_s);
            leg.insert("order_class"_L1, orderClass);
            m_parentOf.insert(leg.value("id"_L1).toString(), id);
            m_orders.append(leg);
        }
        QJsonObject stopBody = legBody;
        stopBody.insert("stop_price"_L1, sl.value("stop_price"_L1));
        if (sl.contains("limit_price"_L1))
            stopBody.insert("limit_price"_L1, sl.value("limit_price"_L1));
        QJsonObject leg = newOrderObject(stopBody, legSide, slType, qty);
        leg.insert("status"_L1, u"held"_s);
        leg.insert("order_class"_L1, orderClass);
        m_parentOf.insert(leg.value("id"_L1).toString(), id);
        m_orders.append(leg);
    }
    const QJsonObject answerObject = nested(o);
    // The stream says `new` after the answer, as Alpaca does; a market order may then fill.
    QTimer::singleShot(0, this, [this, id] {
        QJsonObject* p = find(id);
        if (!p || p->value("status"_L1).toString() != u"accepted")
            return;
        setStatus(*p, u"new"_s);
        sendEvent(u"new"_s, *p);
        autoFill(id);
    });
    return {200, json(answerObject)};
}

void FakeAlpacaServer::autoFill(const QString& id) {
    const QJsonObject* o = find(id);
    if (!m_autoFillMarket || !o || o->value("type"_L1).toString() != u"market")
        return;
    const QString symbol = o->value("symbol"_L1).toString();
    if (!m_quotes.contains(symbol))
        return;
    const Quantity qty = units(o->value("qty"_L1)).value_or(0) / fixedpoint::kScale;
    fill(id, qty, m_quotes.value(symbol));
}

bool FakeAlpacaServer::fill(const QString& key, Quantity qty, Price price) {
    QJsonObject* o = find(key);
    if (!o || !isOpen(*o) || o->value("status"_L1).toString() == u"held" || qty <= 0)
        return false;
    const Quantity total = units(o->value("qty"_L1)).value_or(0) / fixedpoint::kScale;
    const Quantity before = units(o->value("filled_qty"_L1)).value_or(0) / fixedpoint::kScale;
    if (before + qty > total)
        return false;
    const qint64 beforeAvg = units(o->value("filled_avg_price"_L1)).value_or(0);
    const Quantity after = before + qty;
    // The cumulative average, with more decimals than a price (as Alpaca's filled_avg_price).
    const double average = (static_cast<double>(beforeAvg) * static_cast<double>(before) +
                            static_cast<double>(price.units()) * static_cast<double>(qty)) /
                           static_cast<double>(after) / static_cast<double>(fixedpoint::kScale);
    o->insert("filled_qty"_L1, QString::number(after));
    o->insert("filled_avg_price"_L1, QString::number(average, 'f', 7));
    setStatus(*o, after == total ? u"filled"_s : u"partially_filled"_s);
    const QString symbol = o->value("symbol"_L1).toString();
    const bool buy = o->value("side"_L1).toString() == u"buy";
    Quantity& position = m_positionQty[symbol];
    Money& cost = m_positionCost[symbol];
    const Money notional = Money::fromUnits(price.units() * qty);
    if (buy) {
        m_cash -= notional;
        if (position >= 0)
            cost += notional;
        else
            cost = Money::fromUnits(cost.units() * (-position - qty) / -position);
        position += qty;
    } else {
        m_cash += notional;
        if (position > 0)
            cost = Money::fromUnits(cost.units() * (position - qty) / position);
        else
            cost += notional;
        position -= qty;
    }
    if (position == 0)
        cost = Money();
    const QString id = o->value("id"_L1).toString();
    const QJsonObject snapshot = *o;
    const QString at = now();
    // Alpaca's form: the execution's time, "::", a uuid.
    const QString activityId =
        QDateTime::fromString(at.left(23), u"yyyy-MM-ddTHH:mm:ss.zzz"_s)
            .toString(u"yyyyMMddHHmmsszzz"_s) +
        u"::e0000000-0000-4000-8000-%1"_s.arg(m_activities.size() + 1, 12, 10, QChar(u'0'));
    m_activities.append(
        QJsonObject{{"id"_L1, activityId},
                    {"activity_type"_L1, u"FILL"_s},
                    {"transaction_time"_L1, at},
                    {"type"_L1, after == total ? u"fill"_s : u"partial_fill"_s},
                    {"price"_L1, price.toString(2)},
                    {"qty"_L1, QString::number(qty)},
                    {"side"_L1, o->value("side"_L1).toString()},
                    {"symbol"_L1, symbol},
                    {"leaves_qty"_L1, QString::number(total - after)},
                    {"order_id"_L1, id},
                    {"cum_qty"_L1, QString::number(after)},
                    {"order_status"_L1, after == total ? u"filled"_s : u"partially_filled"_s}});
    sendEvent(after == total ? u"fill"_s : u"partial_fill"_s, snapshot,
              QJsonObject{{"price"_L1, price.toString(2)},
                          {"qty"_L1, QString::number(qty)},
                          {"position_qty"_L1, QString::number(position)},
                          {"execution_id"_L1, u"e0000000-0000-4000-8000-%1"_s.arg(
                                                  ++m_executionCounter, 12, 10, QChar(u'0'))}});
    if (after == total) {
        activateLegs(id);
        const QString parent = m_parentOf.value(id);
        if (!parent.isEmpty()) {
            // One leg filled: the other is cancelled (one cancels the other).
            for (QJsonObject& other : m_orders) {
                const QString otherId = other.value("id"_L1).toString();
                if (otherId != id && m_parentOf.value(otherId) == parent && isOpen(other)) {
                    setStatus(other, u"canceled"_s);
                    sendEvent(u"canceled"_s, other);
                }
            }
        }
    }
    return true;
}

void FakeAlpacaServer::activateLegs(const QString& parentId) {
    for (QJsonObject& leg : m_orders) {
        if (m_parentOf.value(leg.value("id"_L1).toString()) == parentId &&
            leg.value("status"_L1).toString() == u"held") {
            setStatus(leg, u"new"_s);
            sendEvent(u"new"_s, leg);
        }
    }
}

bool FakeAlpacaServer::endOrder(const QString& key, const QString& status, const QString& reason) {
    QJsonObject* o = find(key);
    if (!o || !isOpen(*o))
        return false;
    if (status == u"canceled") {
        cancelGroup(o->value("id"_L1).toString(), reason);
        return true;
    }
    setStatus(*o, status);
    QJsonObject extra;
    if (!reason.isEmpty())
        extra.insert("reason"_L1, reason);
    sendEvent(status, *o, extra);
    return true;
}

void FakeAlpacaServer::cancelGroup(const QString& id, const QString& why) {
    Q_UNUSED(why);
    // Cancelling any order of a bracket cancels the group: its parent's open legs too.
    const QString parent = m_parentOf.value(id, id);
    QStringList group{parent};
    for (auto it = m_parentOf.cbegin(); it != m_parentOf.cend(); ++it) {
        if (it.value() == parent)
            group << it.key();
    }
    for (QJsonObject& o : m_orders) {
        if (!group.contains(o.value("id"_L1).toString()) || !isOpen(o))
            continue;
        setStatus(o, u"canceled"_s);
        sendEvent(u"canceled"_s, o);
    }
}

std::pair<int, QByteArray> FakeAlpacaServer::deleteOrder(const QString& id) {
    const QJsonObject* o = nullptr;
    for (const QJsonObject& x : std::as_const(m_orders)) {
        if (x.value("id"_L1).toString() == id)
            o = &x;
    }
    if (!o)
        return {404, error(40410000, u"order not found"_s)};
    if (!isOpen(*o))
        return {422, error(42210000, u"order is already in \"%1\" state"_s.arg(
                                         o->value("status"_L1).toString()))};
    // 204 is "cancel requested": the canceled event follows.
    QTimer::singleShot(0, this, [this, id] { cancelGroup(id, u"requested"_s); });
    return {204, {}};
}

std::pair<int, QByteArray> FakeAlpacaServer::patchOrder(const QString& id,
                                                        const QJsonObject& body) {
    QJsonObject* o = nullptr;
    for (QJsonObject& x : m_orders) {
        if (x.value("id"_L1).toString() == id)
            o = &x;
    }
    if (!o)
        return {404, error(40410000, u"order not found"_s)};
    const QString status = o->value("status"_L1).toString();
    if (!isOpen(*o))
        return {422, error(42210000, u"order is already in \"%1\" state"_s.arg(status))};
    if (status == u"accepted" || status == u"pending_new")
        return {422,
                error(42210000, u"unable to replace order, order isn't sent to exchange yet"_s)};
    const QString cid = body.value("client_order_id"_L1).toString();
    if (!cid.isEmpty() && find(cid))
        return {422, error(40010001, u"client_order_id must be unique"_s)};
    for (const char* k : {"limit_price", "stop_price"}) {
        const std::optional<qint64> p = units(body.value(QLatin1StringView(k)));
        if (p && subPenny(*p))
            return {422, error(42210000, u"invalid %1. sub-penny increment does not fulfill "
                                         u"minimum pricing criteria"_s.arg(QLatin1StringView(k)))};
    }
    QJsonObject replacement = *o;
    replacement.insert("id"_L1, nextId());
    replacement.insert("client_order_id"_L1, cid.isEmpty() ? nextId() : cid);
    replacement.insert("replaces"_L1, id);
    replacement.insert("replaced_by"_L1, QJsonValue());
    for (const char* k : {"qty", "limit_price", "stop_price", "time_in_force"}) {
        if (body.contains(QLatin1StringView(k)))
            replacement.insert(QLatin1StringView(k), body.value(QLatin1StringView(k)));
    }
    replacement.insert("filled_qty"_L1, u"0"_s);
    replacement.insert("filled_avg_price"_L1, QJsonValue());
    setStatus(replacement, status == u"held" ? u"held"_s : u"new"_s);
    const QString newId = replacement.value("id"_L1).toString();
    o->insert("replaced_by"_L1, newId);
    setStatus(*o, u"replaced"_s);
    const QJsonObject old = *o;
    const QString parent = m_parentOf.value(id);
    if (!parent.isEmpty())
        m_parentOf.insert(newId, parent); // the replacement is the group's leg now
    m_orders.append(replacement);
    QTimer::singleShot(0, this, [this, old, newId] {
        sendEvent(u"replaced"_s, old);
        if (const QJsonObject* n = find(newId))
            sendEvent(u"new"_s, *n);
    });
    return {200, json(nested(replacement))};
}

std::pair<int, QByteArray> FakeAlpacaServer::listOrders(const Request& r) const {
    const QUrlQuery query(QString::fromUtf8(r.query));
    const QString status =
        query.queryItemValue(u"status"_s).isEmpty() ? u"open"_s : query.queryItemValue(u"status"_s);
    const bool nestedLegs = query.queryItemValue(u"nested"_s) == u"true";
    const int limit =
        query.queryItemValue(u"limit"_s).isEmpty() ? 50 : query.queryItemValue(u"limit"_s).toInt();
    const QString after = query.queryItemValue(u"after"_s, QUrl::FullyDecoded);
    QJsonArray out;
    // Newest first, as Alpaca's default direction=desc.
    for (qsizetype i = m_orders.size() - 1; i >= 0 && out.size() < limit; --i) {
        const QJsonObject& o = m_orders[i];
        const bool open = isOpen(o);
        if ((status == u"open" && !open) || (status == u"closed" && open))
            continue;
        if (!after.isEmpty() && o.value("submitted_at"_L1).toString() <= after)
            continue;
        if (nestedLegs && m_parentOf.contains(o.value("id"_L1).toString()))
            continue;
        out.append(nestedLegs ? nested(o) : o);
    }
    return {200, json(out)};
}

std::pair<int, QByteArray> FakeAlpacaServer::fillActivities(const QUrlQuery& query) const {
    const auto param = [&](const QString& key) {
        return query.queryItemValue(key, QUrl::FullyDecoded);
    };
    const auto timeOf = [](const QString& t) {
        return QDateTime::fromString(t, Qt::ISODateWithMs).toMSecsSinceEpoch();
    };
    const QString after = param(u"after"_s);
    const bool ascending = param(u"direction"_s) == u"asc";
    const int pageSize = param(u"page_size"_s).isEmpty() ? 100 : param(u"page_size"_s).toInt();
    if (pageSize < 1 || pageSize > 100)
        return {422, error(42210000, u"page_size must be between 1 and 100"_s)};
    QList<QJsonObject> list;
    for (const QJsonObject& a : m_activities) {
        if (after.isEmpty() ||
            timeOf(a.value("transaction_time"_L1).toString().left(23) + u'Z') > timeOf(after))
            list.append(a);
    }
    if (!ascending)
        std::reverse(list.begin(), list.end());
    // The page after the one whose last id is the token.
    qsizetype from = 0;
    if (const QString token = param(u"page_token"_s); !token.isEmpty()) {
        from = list.size();
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (list[i].value("id"_L1).toString() == token)
                from = i + 1;
        }
    }
    QJsonArray out;
    for (qsizetype i = from; i < list.size() && out.size() < pageSize; ++i)
        out.append(list[i]);
    return {200, json(out)};
}

void FakeAlpacaServer::setCalendar(const QJsonArray& days, const QStringList& closed) {
    for (const QJsonValue& d : days)
        m_calendarDays.insert(d.toObject().value("date"_L1).toString(), d);
    for (const QString& date : closed)
        m_calendarDays.insert(date, QJsonValue());
}

std::pair<int, QByteArray> FakeAlpacaServer::calendar(const QUrlQuery& query) const {
    const QDate start = QDate::fromString(query.queryItemValue(u"start"_s), Qt::ISODate);
    const QDate end = QDate::fromString(query.queryItemValue(u"end"_s), Qt::ISODate);
    if (!start.isValid() || !end.isValid() || end < start)
        return {422, error(42210000, u"start and end must be dates, start before end"_s)};
    // Alpaca's days: New York times without an offset.
    const MarketCalendar rules;
    const auto ny = [](qint64 ms, const QString& format) {
        return QDateTime::fromMSecsSinceEpoch(ms, MarketCalendar::newYork()).toString(format);
    };
    QJsonArray out;
    for (QDate d = start; d <= end; d = d.addDays(1)) {
        const QString date = d.toString(Qt::ISODate);
        if (const auto it = m_calendarDays.constFind(date); it != m_calendarDays.cend()) {
            if (it->isObject())
                out.append(*it);
            continue;
        }
        if (const std::optional<TradingSession> s = rules.session(d))
            out.append(QJsonObject{{"date"_L1, date},
                                   {"open"_L1, ny(s->openMs, u"HH:mm"_s)},
                                   {"close"_L1, ny(s->closeMs, u"HH:mm"_s)},
                                   {"session_open"_L1, u"0400"_s},
                                   {"session_close"_L1, u"2000"_s}});
    }
    return {200, json(out)};
}

std::pair<int, QByteArray> FakeAlpacaServer::closePosition(const QString& symbol) {
    const Quantity q = m_positionQty.value(symbol);
    if (q == 0)
        return {404, error(40410000, u"position does not exist"_s)};
    QJsonObject body{{"symbol"_L1, symbol},
                     {"qty"_L1, QString::number(q > 0 ? q : -q)},
                     {"side"_L1, q > 0 ? u"sell"_s : u"buy"_s},
                     {"type"_L1, u"market"_s},
                     {"time_in_force"_L1, u"day"_s}};
    return postOrder(body);
}

// ---------------------------------------------------------------- stream

void FakeAlpacaServer::onStreamConnection() {
    while (QWebSocket* socket = m_stream->nextPendingConnection()) {
        ++m_streamConnections;
        if (!m_streamAccepting) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        m_streamSockets.append(socket);
        // Alpaca's trade stream answers in binary frames; it accepts text or binary.
        connect(socket, &QWebSocket::textMessageReceived, this,
                [this, socket](const QString& m) { onStreamMessage(socket, m.toUtf8()); });
        connect(socket, &QWebSocket::binaryMessageReceived, this,
                [this, socket](const QByteArray& m) { onStreamMessage(socket, m); });
        connect(socket, &QWebSocket::disconnected, this, [this, socket] {
            m_streamSockets.removeAll(socket);
            m_listening.removeAll(socket);
            socket->deleteLater();
        });
    }
}

void FakeAlpacaServer::onStreamMessage(QWebSocket* socket, const QByteArray& message) {
    const QJsonObject m = QJsonDocument::fromJson(message).object();
    const QString action = m.value("action"_L1).toString();
    const QJsonObject data = m.value("data"_L1).toObject();
    if (action == u"authenticate") {
        const bool ok = data.value("key_id"_L1).toString().toUtf8() == m_keyId &&
                        data.value("secret_key"_L1).toString().toUtf8() == m_secret;
        socket->setProperty("authorized", ok);
        socket->sendBinaryMessage(json(QJsonObject{
            {"stream"_L1, u"authorization"_s},
            {"data"_L1, QJsonObject{{"status"_L1, ok ? u"authorized"_s : u"unauthorized"_s},
                                    {"action"_L1, u"authenticate"_s}}}}));
        if (!ok)
            socket->close();
        return;
    }
    if (action == u"listen") {
        if (!socket->property("authorized").toBool()) {
            socket->sendBinaryMessage(
                json(QJsonObject{{"stream"_L1, u"authorization"_s},
                                 {"data"_L1, QJsonObject{{"status"_L1, u"unauthorized"_s},
                                                         {"action"_L1, u"listen"_s}}}}));
            return;
        }
        const QJsonArray streams = data.value("streams"_L1).toArray();
        m_listening.removeAll(socket);
        if (streams.contains(u"trade_updates"_s))
            m_listening.append(socket);
        socket->sendBinaryMessage(json(QJsonObject{
            {"stream"_L1, u"listening"_s}, {"data"_L1, QJsonObject{{"streams"_L1, streams}}}}));
        Q_EMIT streamListening();
    }
}

void FakeAlpacaServer::sendEvent(const QString& event, const QJsonObject& order,
                                 const QJsonObject& extra) {
    QJsonObject data{{"event"_L1, event}, {"order"_L1, nested(order)}, {"timestamp"_L1, now()}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        data.insert(it.key(), it.value());
    if (!data.contains("execution_id"_L1))
        data.insert("execution_id"_L1,
                    u"e0000000-0000-4000-8000-%1"_s.arg(++m_executionCounter, 12, 10, QChar(u'0')));
    const QByteArray frame =
        json(QJsonObject{{"stream"_L1, u"trade_updates"_s}, {"data"_L1, data}});
    for (QWebSocket* s : std::as_const(m_listening)) {
        s->sendBinaryMessage(frame);
        if (m_duplicateEvents)
            s->sendBinaryMessage(frame);
    }
}

void FakeAlpacaServer::dropStreams() {
    const QList<QWebSocket*> sockets = m_streamSockets;
    for (QWebSocket* s : sockets)
        s->abort();
}

} // namespace axion::test
