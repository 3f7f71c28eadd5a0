#pragma once

#include "market/Bar.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>
#include <QUrl>
#include <map>
#include <memory>
#include <optional>
#include <utility>

class QUrlQuery;
class QWebSocket;
class QWebSocketServer;

namespace axion::test {

// A loopback Alpaca market data API for tests, written from Alpaca's documentation (never from
// our client; ../shared/reference/alpaca-api.md §4.3, §4.4):
//  - the stock stream on ws://127.0.0.1:PORT/v2/{iex|sip}: text frames, every message a JSON
//    array; "connected" on connect, then {"action":"auth","key","secret"} is answered
//    "authenticated" or error 402 "auth failed" (and closed); one authenticated connection per
//    account: a second gets 406 "connection limit exceeded" and is closed; the sip feed without
//    the entitlement gets 409 "insufficient subscription"; subscribe/unsubscribe of bars and
//    updatedBars, acknowledged with the full subscription; bars ("b") and updated bars ("u") as
//    publishBar() sends them;
//  - GET /v2/stocks/bars (served through FakeAlpacaServer's HTTP, which checks the keys):
//    symbols, timeframe=1Min, start, end, limit (all symbols together), page_token, feed, sort;
//    the answer is sorted by symbol, then time, with next_page_token while bars remain; 403 for
//    sip without the entitlement.
// Every bar published is kept, so a later REST read of the same minutes finds it.
class FakeAlpacaDataServer : public QObject {
    Q_OBJECT

public:
    FakeAlpacaDataServer(QByteArray keyId, QByteArray secretKey, QObject* parent = nullptr);
    ~FakeAlpacaDataServer() override;

    bool listen(quint16 port = 0);
    QUrl streamUrl(const QString& feed = QStringLiteral("iex")) const;

    // ---- history ----
    void addBar(const QString& symbol, const Bar& bar); // replaces the same minute
    // GET /v2/stocks/bars: status and body.
    std::pair<int, QByteArray> serveBars(const QUrlQuery& query) const;
    int barsRequests() const { return m_barsRequests; }

    // ---- the stream ----
    // Sends a bar ("b") or an updated bar ("u") to every connection subscribed to the symbol,
    // and keeps it for REST.
    void publishBar(const QString& symbol, const Bar& bar, bool updated = false);
    void setSipEntitled(bool on) { m_sipEntitled = on; }
    // Every bar frame is sent twice.
    void setDuplicateBars(bool on) { m_duplicateBars = on; }
    void dropStreams();
    int streamConnections() const { return m_connections; }
    int authenticatedConnections() const;
    // The bars subscription of the authenticated connection (empty when none).
    QStringList subscribedBars() const;
    QList<QJsonObject> clientMessages() const { return m_clientMessages; }

    // The test's controls of a fake run as a process: POST /fake/bar {"symbol", "t", "o", "h",
    // "l", "c", "v", "updated"} publishes a bar; POST /fake/history {"symbol", "bars": [...]}
    // adds bars to REST only. nullopt for a path that is not one of them.
    std::optional<std::pair<int, QByteArray>>
    control(const QByteArray& method, const QByteArray& path, const QJsonObject& body);

    static QJsonObject barJson(const Bar& bar);

Q_SIGNALS:
    void subscribed(const QStringList& bars);

private:
    struct Client {
        bool authenticated = false;
        QString feed;
        QSet<QString> bars;
        QSet<QString> updatedBars;
    };
    void onConnection();
    void onMessage(QWebSocket* socket, const QByteArray& message);
    void send(QWebSocket* socket, const QJsonObject& message);

    QByteArray m_keyId;
    QByteArray m_secret;
    std::unique_ptr<QWebSocketServer> m_server;
    QHash<QWebSocket*, Client> m_clients;
    int m_connections = 0;
    bool m_sipEntitled = false;
    bool m_duplicateBars = false;
    QList<QJsonObject> m_clientMessages;
    // symbol -> minute -> bar (a std::map: sorted by symbol, then time, as Alpaca pages them)
    std::map<QString, std::map<qint64, Bar>> m_bars;
    mutable int m_barsRequests = 0;
};

} // namespace axion::test
