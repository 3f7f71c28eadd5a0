#pragma once

#include "market/alpaca/AlpacaDataCodec.h"

#include <QHash>
#include <QObject>
#include <QTimer>
#include <QUrl>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QWebSocket;

namespace axion {

// Where and how AlpacaDataFeed reads Alpaca's market data.
struct AlpacaDataSettings {
    QUrl dataUrl = QUrl(QStringLiteral("https://data.alpaca.markets")); // REST (history)
    QUrl streamUrl;                       // empty: wss://stream.data.alpaca.markets/v2/{feed}
    QString feed = QStringLiteral("iex"); // iex (every plan) or sip (a paid plan)
    QByteArray keyId;                     // the trading keys: never logged
    QByteArray secretKey;
    // How far back the clouds are warmed up at start (calendar time: a weekend and a holiday
    // still leave a few sessions of minutes).
    qint64 historyMs = 7LL * 24 * 3600 * 1000;
    int pageLimit = 10'000; // bars per history page, all symbols together (Alpaca's maximum)
    int requestTimeoutMs = 15'000;
    int historyAttempts = 4; // a page that fails transiently is asked again, this often at most
    // The stream's reconnects back off from min to max, with jitter.
    int reconnectMinMs = 1'000;
    int reconnectMaxMs = 30'000;
    int authTimeoutMs = 10'000;

    QUrl effectiveStreamUrl() const;
    // "iex" or "sip": empty when the word is one of them, otherwise why not.
    static QString feedProblem(const QString& feed);
};

// Alpaca's minute bars for the symbols watched: their history over REST (every page, in time
// order) to warm the clouds up, then the live bars of the stock stream (text frames). Each
// symbol's minute is delivered once: a bar seen again after a reconnect or already in the history
// is dropped, and an updated bar ("u", late trades) is only an update of the chart, never a second
// bar for the exit rules. After a reconnect, the minutes the stream missed are read over REST and
// delivered, in order, before the live ones that came meanwhile.
//
// One connection per feed and account (Alpaca answers 406 to a second): one feed per process.
class AlpacaDataFeed : public QObject {
    Q_OBJECT

public:
    explicit AlpacaDataFeed(AlpacaDataSettings settings, QObject* parent = nullptr);
    ~AlpacaDataFeed() override;

    const AlpacaDataSettings& settings() const { return m_settings; }
    // Connects the stream (and keeps it connected).
    void start();
    // Adds symbols: their history from historyMs before `nowMs` comes first (historyReceived),
    // then their live bars (barReceived). Symbols already watched are ignored.
    void watch(const QStringList& symbols, qint64 nowMs);
    QStringList watched() const { return m_watched; }
    // Authenticated and subscribed to every watched symbol.
    bool isStreaming() const { return m_streaming; }
    // The time the gap after a reconnect is read up to (the engine's clock: a rehearsal's).
    void setClock(std::function<qint64()> nowMs) { m_now = std::move(nowMs); }

Q_SIGNALS:
    // Warm-up bars of newly watched symbols, in time order: for the clouds and the charts.
    void historyReceived(const std::vector<axion::alpaca::SymbolBar>& bars);
    // A finished minute, once per symbol and minute, in time order per symbol.
    void barReceived(const axion::alpaca::SymbolBar& bar);
    // The last delivered minute of a symbol again, corrected by late trades (charts only).
    void barUpdated(const axion::alpaca::SymbolBar& bar);
    void streamingChanged(bool streaming, const QString& reason);
    void problem(const QString& message);

private:
    struct Fetch;
    void connectStream();
    void onStreamConnected();
    void onStreamFrame(const QByteArray& frame);
    void onStreamClosed();
    void scheduleReconnect(bool slow);
    void setStreaming(bool on, const QString& reason);
    void subscribe(const QStringList& symbols);

    // Minute bars of `symbols` from `fromMs` to `toMs`, every page; `history` marks a warm-up
    // (delivered as historyReceived), otherwise a gap after a reconnect (barReceived).
    void fetch(const QStringList& symbols, qint64 fromMs, qint64 toMs, bool history);
    void requestPage(std::shared_ptr<Fetch> f);
    void onPage(std::shared_ptr<Fetch> f, QNetworkReply* reply);
    void finish(const std::shared_ptr<Fetch>& f);
    // A live bar: delivered, held while its symbol's history or gap is read, or dropped.
    void offer(const alpaca::SymbolBar& bar);
    bool deliver(const alpaca::SymbolBar& bar);

    AlpacaDataSettings m_settings;
    std::unique_ptr<QNetworkAccessManager> m_net;
    std::unique_ptr<QWebSocket> m_stream;
    QTimer m_reconnectTimer;
    QTimer m_authTimer;
    int m_reconnectAttempt = 0;
    bool m_started = false;
    bool m_authenticated = false;
    bool m_streaming = false;
    bool m_wasConnected = false; // a later connection is a reconnect: read the gap
    bool m_slowReconnect = false;

    std::function<qint64()> m_now;
    QStringList m_watched;
    QHash<QString, qint64> m_lastMs;       // the newest minute delivered per symbol
    QHash<QString, int> m_reading;         // symbol -> fetches of it under way
    std::vector<alpaca::SymbolBar> m_held; // live bars of symbols being read, arrival order
};

} // namespace axion
