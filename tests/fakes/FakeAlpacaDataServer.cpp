#include "fakes/FakeAlpacaDataServer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>
#include <QUrlQuery>
#include <QWebSocket>
#include <QWebSocketServer>

namespace axion::test {

using namespace Qt::StringLiterals;

namespace {

QByteArray json(const QJsonObject& o) {
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray message(const QString& text) {
    return json(QJsonObject{{"message"_L1, text}});
}

std::optional<qint64> timeParam(const QUrlQuery& q, const QString& key) {
    if (!q.hasQueryItem(key))
        return std::nullopt;
    const QDateTime t =
        QDateTime::fromString(q.queryItemValue(key, QUrl::FullyDecoded), Qt::ISODateWithMs);
    if (!t.isValid())
        return std::nullopt;
    return t.toMSecsSinceEpoch();
}

std::optional<double> number(const QJsonValue& v) {
    if (v.isDouble())
        return v.toDouble();
    if (v.isString()) {
        bool ok = false;
        const double d = v.toString().toDouble(&ok);
        if (ok)
            return d;
    }
    return std::nullopt;
}

std::optional<Bar> barFrom(const QJsonObject& o) {
    const QDateTime t = QDateTime::fromString(o.value("t"_L1).toString(), Qt::ISODateWithMs);
    const auto op = number(o.value("o"_L1)), hi = number(o.value("h"_L1)),
               lo = number(o.value("l"_L1)), cl = number(o.value("c"_L1));
    if (!t.isValid() || !op || !hi || !lo || !cl)
        return std::nullopt;
    Bar b;
    b.timeMs = t.toMSecsSinceEpoch();
    b.open = *Price::fromDouble(*op);
    b.high = *Price::fromDouble(*hi);
    b.low = *Price::fromDouble(*lo);
    b.close = *Price::fromDouble(*cl);
    b.volume = o.value("v"_L1).toInteger(1000);
    return b;
}

} // namespace

FakeAlpacaDataServer::FakeAlpacaDataServer(QByteArray keyId, QByteArray secretKey, QObject* parent)
    : QObject(parent)
    , m_keyId(std::move(keyId))
    , m_secret(std::move(secretKey))
    , m_server(std::make_unique<QWebSocketServer>(u"fake-alpaca-data"_s,
                                                  QWebSocketServer::NonSecureMode)) {
    connect(m_server.get(), &QWebSocketServer::newConnection, this,
            &FakeAlpacaDataServer::onConnection);
}

FakeAlpacaDataServer::~FakeAlpacaDataServer() {
    for (auto it = m_clients.keyBegin(); it != m_clients.keyEnd(); ++it) {
        (*it)->disconnect(this);
        (*it)->abort();
    }
}

bool FakeAlpacaDataServer::listen(quint16 port) {
    return m_server->listen(QHostAddress::LocalHost, port);
}

QUrl FakeAlpacaDataServer::streamUrl(const QString& feed) const {
    return QUrl(u"ws://127.0.0.1:%1/v2/%2"_s.arg(m_server->serverPort()).arg(feed));
}

QJsonObject FakeAlpacaDataServer::barJson(const Bar& bar) {
    // Alpaca's market data sends plain JSON numbers (not the trading API's decimal strings).
    return {{"t"_L1, QDateTime::fromMSecsSinceEpoch(bar.timeMs, Qt::UTC).toString(Qt::ISODate)},
            {"o"_L1, bar.open.toDouble()},
            {"h"_L1, bar.high.toDouble()},
            {"l"_L1, bar.low.toDouble()},
            {"c"_L1, bar.close.toDouble()},
            {"v"_L1, bar.volume},
            {"n"_L1, bar.volume / 100 + 1},
            {"vw"_L1, (bar.high.toDouble() + bar.low.toDouble() + bar.close.toDouble()) / 3.0}};
}

// ---------------------------------------------------------------- history

void FakeAlpacaDataServer::addBar(const QString& symbol, const Bar& bar) {
    m_bars[symbol][bar.timeMs] = bar;
}

std::pair<int, QByteArray> FakeAlpacaDataServer::serveBars(const QUrlQuery& q) const {
    ++m_barsRequests;
    if (q.queryItemValue(u"timeframe"_s) != u"1Min")
        return {422, message(u"invalid timeframe"_s)};
    const QString feed = q.hasQueryItem(u"feed"_s) ? q.queryItemValue(u"feed"_s) : u"sip"_s;
    if (feed == u"sip" && !m_sipEntitled)
        return {403, message(u"subscription does not permit querying recent SIP data"_s)};
    if (feed != u"sip" && feed != u"iex")
        return {422, message(u"invalid feed"_s)};
    const QStringList symbols =
        q.queryItemValue(u"symbols"_s, QUrl::FullyDecoded).split(u',', Qt::SkipEmptyParts);
    if (symbols.isEmpty())
        return {422, message(u"symbols is required"_s)};
    const qint64 start = timeParam(q, u"start"_s).value_or(0);
    const qint64 end = timeParam(q, u"end"_s).value_or(std::numeric_limits<qint64>::max());
    const int limit = q.hasQueryItem(u"limit"_s) ? q.queryItemValue(u"limit"_s).toInt() : 1000;
    if (limit < 1 || limit > 10'000)
        return {422, message(u"invalid limit: must be between 1 and 10000"_s)};
    // The token names the first bar of the next page: "SYMBOL|M|ms", base64.
    QString fromSymbol;
    qint64 fromMs = 0;
    if (q.hasQueryItem(u"page_token"_s)) {
        const QList<QByteArray> parts =
            QByteArray::fromBase64(q.queryItemValue(u"page_token"_s, QUrl::FullyDecoded).toLatin1())
                .split('|');
        if (parts.size() != 3)
            return {422, message(u"invalid page_token"_s)};
        fromSymbol = QString::fromLatin1(parts[0]);
        fromMs = parts[2].toLongLong();
    }
    QJsonObject bySymbol;
    int served = 0;
    QString next;
    for (const auto& [symbol, bars] : m_bars) {
        if (!symbols.contains(symbol) || (!fromSymbol.isEmpty() && symbol < fromSymbol))
            continue;
        QJsonArray out;
        for (const auto& [t, bar] : bars) {
            if (t < start || t > end || (symbol == fromSymbol && t < fromMs))
                continue;
            if (served == limit) {
                next = QString::fromLatin1(
                    QByteArray(symbol.toLatin1() + "|M|" + QByteArray::number(t)).toBase64());
                break;
            }
            out.append(barJson(bar));
            ++served;
        }
        if (!out.isEmpty())
            bySymbol.insert(symbol, out);
        if (!next.isEmpty())
            break;
    }
    return {200, json(QJsonObject{{"bars"_L1, bySymbol},
                                  {"next_page_token"_L1,
                                   next.isEmpty() ? QJsonValue(QJsonValue::Null) : next}})};
}

std::optional<std::pair<int, QByteArray>> FakeAlpacaDataServer::control(const QByteArray& method,
                                                                        const QByteArray& path,
                                                                        const QJsonObject& body) {
    if (method != "POST" || (path != "/fake/bar" && path != "/fake/history"))
        return std::nullopt;
    const QString symbol = body.value("symbol"_L1).toString();
    if (path == "/fake/bar") {
        const std::optional<Bar> bar = barFrom(body);
        if (!bar || symbol.isEmpty())
            return std::pair{422, message(u"a bar needs symbol, t, o, h, l, c"_s)};
        publishBar(symbol, *bar, body.value("updated"_L1).toBool());
        return std::pair{200, QByteArray("{}")};
    }
    int added = 0;
    for (const QJsonValue& v : body.value("bars"_L1).toArray()) {
        const std::optional<Bar> bar = barFrom(v.toObject());
        if (!bar || symbol.isEmpty())
            return std::pair{422, message(u"bar %1 of the history is not a bar"_s.arg(added))};
        addBar(symbol, *bar);
        ++added;
    }
    return std::pair{200, json(QJsonObject{{"added"_L1, added}})};
}

// ---------------------------------------------------------------- the stream

void FakeAlpacaDataServer::onConnection() {
    while (QWebSocket* socket = m_server->nextPendingConnection()) {
        ++m_connections;
        Client c;
        c.feed = socket->requestUrl().path().section(u'/', -1);
        m_clients.insert(socket, c);
        connect(socket, &QWebSocket::textMessageReceived, this,
                [this, socket](const QString& m) { onMessage(socket, m.toUtf8()); });
        connect(socket, &QWebSocket::binaryMessageReceived, this,
                [this, socket](const QByteArray& m) { onMessage(socket, m); });
        connect(socket, &QWebSocket::disconnected, this, [this, socket] {
            m_clients.remove(socket);
            socket->deleteLater();
        });
        send(socket, {{"T"_L1, u"success"_s}, {"msg"_L1, u"connected"_s}});
    }
}

void FakeAlpacaDataServer::send(QWebSocket* socket, const QJsonObject& m) {
    socket->sendTextMessage(
        QString::fromUtf8(QJsonDocument(QJsonArray{m}).toJson(QJsonDocument::Compact)));
}

int FakeAlpacaDataServer::authenticatedConnections() const {
    int n = 0;
    for (const Client& c : m_clients)
        n += c.authenticated ? 1 : 0;
    return n;
}

QStringList FakeAlpacaDataServer::subscribedBars() const {
    for (const Client& c : m_clients) {
        if (c.authenticated) {
            QStringList out(c.bars.begin(), c.bars.end());
            out.sort();
            return out;
        }
    }
    return {};
}

void FakeAlpacaDataServer::onMessage(QWebSocket* socket, const QByteArray& text) {
    auto it = m_clients.find(socket);
    if (it == m_clients.end())
        return;
    const QJsonDocument doc = QJsonDocument::fromJson(text);
    if (!doc.isObject()) {
        send(socket, {{"T"_L1, u"error"_s}, {"code"_L1, 400}, {"msg"_L1, u"invalid syntax"_s}});
        return;
    }
    const QJsonObject m = doc.object();
    m_clientMessages.append(m);
    const QString action = m.value("action"_L1).toString();
    if (action == u"auth") {
        if (it->authenticated) {
            send(socket,
                 {{"T"_L1, u"error"_s}, {"code"_L1, 403}, {"msg"_L1, u"already authenticated"_s}});
            return;
        }
        if (m.value("key"_L1).toString().toUtf8() != m_keyId ||
            m.value("secret"_L1).toString().toUtf8() != m_secret) {
            send(socket, {{"T"_L1, u"error"_s}, {"code"_L1, 402}, {"msg"_L1, u"auth failed"_s}});
            socket->close();
            return;
        }
        if (authenticatedConnections() > 0) {
            send(socket, {{"T"_L1, u"error"_s},
                          {"code"_L1, 406},
                          {"msg"_L1, u"connection limit exceeded"_s}});
            socket->close();
            return;
        }
        if (it->feed == u"sip" && !m_sipEntitled) {
            send(socket, {{"T"_L1, u"error"_s},
                          {"code"_L1, 409},
                          {"msg"_L1, u"insufficient subscription"_s}});
            socket->close();
            return;
        }
        it->authenticated = true;
        send(socket, {{"T"_L1, u"success"_s}, {"msg"_L1, u"authenticated"_s}});
        return;
    }
    if (!it->authenticated) {
        send(socket, {{"T"_L1, u"error"_s}, {"code"_L1, 401}, {"msg"_L1, u"not authenticated"_s}});
        return;
    }
    if (action != u"subscribe" && action != u"unsubscribe") {
        send(socket, {{"T"_L1, u"error"_s}, {"code"_L1, 400}, {"msg"_L1, u"invalid syntax"_s}});
        return;
    }
    const bool add = action == u"subscribe";
    for (const auto& [key, set] :
         {std::pair{"bars"_L1, &it->bars}, std::pair{"updatedBars"_L1, &it->updatedBars}}) {
        for (const QJsonValue& v : m.value(key).toArray()) {
            if (add)
                set->insert(v.toString());
            else
                set->remove(v.toString());
        }
    }
    const auto list = [](const QSet<QString>& s) {
        QStringList l(s.begin(), s.end());
        l.sort();
        return QJsonArray::fromStringList(l);
    };
    send(socket, {{"T"_L1, u"subscription"_s},
                  {"trades"_L1, QJsonArray()},
                  {"quotes"_L1, QJsonArray()},
                  {"bars"_L1, list(it->bars)},
                  {"updatedBars"_L1, list(it->updatedBars)},
                  {"dailyBars"_L1, QJsonArray()},
                  {"statuses"_L1, QJsonArray()}});
    Q_EMIT subscribed(QStringList(it->bars.begin(), it->bars.end()));
}

void FakeAlpacaDataServer::publishBar(const QString& symbol, const Bar& bar, bool updated) {
    addBar(symbol, bar);
    QJsonObject m = barJson(bar);
    m.insert("T"_L1, updated ? u"u"_s : u"b"_s);
    m.insert("S"_L1, symbol);
    for (auto it = m_clients.begin(); it != m_clients.end(); ++it) {
        const QSet<QString>& set = updated ? it->updatedBars : it->bars;
        if (!it->authenticated || (!set.contains(symbol) && !set.contains(u"*"_s)))
            continue;
        send(it.key(), m);
        if (m_duplicateBars)
            send(it.key(), m);
    }
}

void FakeAlpacaDataServer::dropStreams() {
    const QList<QWebSocket*> sockets = m_clients.keys();
    for (QWebSocket* s : sockets) {
        // Gone at once for the connection limit, whatever the closing handshake takes.
        m_clients[s].authenticated = false;
        s->close();
    }
}

} // namespace axion::test
