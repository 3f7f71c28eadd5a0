#include "market/alpaca/AlpacaDataFeed.h"

#include "brokers/alpaca/AlpacaCodec.h"
#include "brokers/alpaca/AlpacaRequest.h"
#include "core/ReconnectBackoff.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QWebSocket>
#include <algorithm>

namespace axion {

using namespace Qt::StringLiterals;
using alpaca::StreamMessage;
using alpaca::SymbolBar;

namespace {

constexpr qint64 kMinuteMs = 60'000;

qint64 minuteStart(qint64 ms) {
    return ms - ms % kMinuteMs;
}

// Alpaca's {"code", "message"} as the trading API's errors are read (AlpacaCodec), or the
// transport's reason when no answer came.
QString apiError(const QNetworkReply* reply, const QByteArray& body) {
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    return status == 0 ? reply->errorString() : alpaca::decodeError(status, body).text();
}

} // namespace

QUrl AlpacaDataSettings::effectiveStreamUrl() const {
    if (!streamUrl.isEmpty())
        return streamUrl;
    return QUrl(u"wss://stream.data.alpaca.markets/v2/"_s + feed);
}

QString AlpacaDataSettings::feedProblem(const QString& feed) {
    if (feed == u"iex" || feed == u"sip")
        return {};
    return u"the market data feed must be iex or sip, got \"%1\""_s.arg(feed);
}

// One history read under way: every page of it, then delivered at once.
struct AlpacaDataFeed::Fetch {
    QStringList symbols;
    qint64 fromMs = 0;
    qint64 toMs = 0;
    bool history = true;
    QString pageToken;
    int attempts = 0; // of the current page
    std::vector<SymbolBar> bars;
};

AlpacaDataFeed::AlpacaDataFeed(AlpacaDataSettings settings, QObject* parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_net(std::make_unique<QNetworkAccessManager>()) {
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &AlpacaDataFeed::connectStream);
    m_authTimer.setSingleShot(true);
    connect(&m_authTimer, &QTimer::timeout, this, [this] {
        Q_EMIT problem(u"Alpaca market data: no authentication answer in %1 s; reconnecting"_s.arg(
            m_settings.authTimeoutMs / 1000));
        if (m_stream)
            m_stream->abort();
    });
}

AlpacaDataFeed::~AlpacaDataFeed() {
    if (m_stream) {
        m_stream->disconnect(this);
        m_stream->abort();
    }
}

void AlpacaDataFeed::start() {
    if (m_started)
        return;
    m_started = true;
    connectStream();
}

void AlpacaDataFeed::watch(const QStringList& symbols, qint64 nowMs) {
    QStringList added;
    for (const QString& s : symbols) {
        const QString symbol = s.trimmed().toUpper();
        if (!symbol.isEmpty() && !m_watched.contains(symbol) && !added.contains(symbol))
            added.append(symbol);
    }
    if (added.isEmpty())
        return;
    m_watched += added;
    // Subscribed first: the live bars that come while the history is read are held, so that no
    // minute falls between the two.
    if (m_authenticated)
        subscribe(added);
    fetch(added, nowMs - m_settings.historyMs, minuteStart(nowMs) - 1, true);
}

// ---------------------------------------------------------------- the stream

void AlpacaDataFeed::connectStream() {
    if (m_stream) {
        m_stream->disconnect(this);
        m_stream->abort();
        m_stream.release()->deleteLater();
    }
    m_authenticated = false;
    m_stream = std::make_unique<QWebSocket>();
    QWebSocket* s = m_stream.get();
    connect(s, &QWebSocket::connected, this, &AlpacaDataFeed::onStreamConnected);
    connect(s, &QWebSocket::disconnected, this, &AlpacaDataFeed::onStreamClosed);
    // Alpaca's data stream sends text frames; binary is read the same way.
    connect(s, &QWebSocket::textMessageReceived, this,
            [this](const QString& m) { onStreamFrame(m.toUtf8()); });
    connect(s, &QWebSocket::binaryMessageReceived, this, &AlpacaDataFeed::onStreamFrame);
    s->open(m_settings.effectiveStreamUrl());
}

void AlpacaDataFeed::onStreamConnected() {
    // Alpaca greets with "connected"; the keys go then, and must be accepted within seconds.
    m_authTimer.start(m_settings.authTimeoutMs);
}

void AlpacaDataFeed::onStreamFrame(const QByteArray& frame) {
    QString error;
    const std::optional<std::vector<StreamMessage>> messages =
        alpaca::decodeStreamFrame(frame, &error);
    if (!messages) {
        Q_EMIT problem(u"Alpaca market data: "_s + error);
        return;
    }
    for (const StreamMessage& m : *messages) {
        switch (m.type) {
        case StreamMessage::Type::Connected:
            m_stream->sendTextMessage(
                QString::fromUtf8(alpaca::authMessage(m_settings.keyId, m_settings.secretKey)));
            break;
        case StreamMessage::Type::Authenticated: {
            m_authTimer.stop();
            m_authenticated = true;
            m_slowReconnect = false;
            if (m_watched.isEmpty())
                setStreaming(true, u"connected, nothing watched yet"_s);
            else
                subscribe(m_watched);
            // The stream does not replay: what it missed while down is read over REST.
            if (m_wasConnected && !m_lastMs.isEmpty()) {
                qint64 from = std::numeric_limits<qint64>::max();
                for (auto it = m_lastMs.cbegin(); it != m_lastMs.cend(); ++it)
                    from = std::min(from, it.value() + kMinuteMs);
                const qint64 now = m_now ? m_now() : QDateTime::currentMSecsSinceEpoch();
                fetch(m_lastMs.keys(), from, std::max(from, minuteStart(now) - 1), false);
            }
            m_wasConnected = true;
            break;
        }
        case StreamMessage::Type::Subscription: {
            const bool all = std::all_of(m_watched.cbegin(), m_watched.cend(),
                                         [&](const QString& s) { return m.symbols.contains(s); });
            if (all) {
                m_reconnectAttempt = 0;
                setStreaming(true, u"minute bars of %1"_s.arg(m.symbols.join(u", ")));
            }
            break;
        }
        case StreamMessage::Type::Bar:
            offer(m.bar);
            break;
        case StreamMessage::Type::UpdatedBar:
            // Only a correction of the minute last delivered is shown; the exit rules have
            // judged that minute already and do not see it twice.
            if (m_lastMs.value(m.bar.symbol, -1) == m.bar.bar.timeMs)
                Q_EMIT barUpdated(m.bar);
            break;
        case StreamMessage::Type::Error: {
            const QString text = u"Alpaca market data: error %1 %2"_s.arg(m.code).arg(m.text);
            switch (alpaca::errorKindOf(m.code)) {
            case alpaca::StreamErrorKind::KeysRefused:
                Q_EMIT problem(text + u": check the API keys"_s);
                m_slowReconnect = true;
                m_stream->abort();
                return;
            case alpaca::StreamErrorKind::ConnectionLimit:
                Q_EMIT problem(text + u": another client holds this account's %1 connection"_s.arg(
                                          m_settings.feed));
                m_stream->abort();
                return;
            case alpaca::StreamErrorKind::NotEntitled:
                Q_EMIT problem(text +
                               u": the plan does not include the %1 feed (iex is free)"_s.arg(
                                   m_settings.feed));
                break;
            case alpaca::StreamErrorKind::Transient:
                Q_EMIT problem(text);
                break;
            }
            break;
        }
        case StreamMessage::Type::Malformed:
            Q_EMIT problem(u"Alpaca market data: "_s + m.text);
            break;
        case StreamMessage::Type::Other:
            break;
        }
    }
}

void AlpacaDataFeed::onStreamClosed() {
    m_authTimer.stop();
    m_authenticated = false;
    setStreaming(false, u"the market data stream closed: reconnecting"_s);
    scheduleReconnect(m_slowReconnect);
}

void AlpacaDataFeed::scheduleReconnect(bool slow) {
    if (m_reconnectTimer.isActive())
        return;
    // Refused keys will not work a second later: those retries wait between half the longest
    // delay and the longest.
    const int minMs = slow ? m_settings.reconnectMaxMs : m_settings.reconnectMinMs;
    m_reconnectTimer.start(
        int(reconnectDelayMs(slow ? 0 : m_reconnectAttempt++, minMs, m_settings.reconnectMaxMs)));
}

void AlpacaDataFeed::setStreaming(bool on, const QString& reason) {
    if (on == m_streaming)
        return;
    m_streaming = on;
    Q_EMIT streamingChanged(on, reason);
}

void AlpacaDataFeed::subscribe(const QStringList& symbols) {
    m_stream->sendTextMessage(QString::fromUtf8(alpaca::barsSubscription(symbols, true)));
}

// ---------------------------------------------------------------- bars

void AlpacaDataFeed::offer(const SymbolBar& bar) {
    if (m_reading.value(bar.symbol) > 0) {
        m_held.push_back(bar);
        return;
    }
    deliver(bar);
}

bool AlpacaDataFeed::deliver(const SymbolBar& bar) {
    const auto it = m_lastMs.constFind(bar.symbol);
    if (it != m_lastMs.cend() && bar.bar.timeMs <= it.value())
        return false; // seen (again after a reconnect, or in the history)
    m_lastMs.insert(bar.symbol, bar.bar.timeMs);
    Q_EMIT barReceived(bar);
    return true;
}

void AlpacaDataFeed::fetch(const QStringList& symbols, qint64 fromMs, qint64 toMs, bool history) {
    auto f = std::make_shared<Fetch>();
    f->symbols = symbols;
    f->fromMs = fromMs;
    f->toMs = toMs;
    f->history = history;
    for (const QString& s : symbols)
        ++m_reading[s];
    requestPage(f);
}

void AlpacaDataFeed::requestPage(std::shared_ptr<Fetch> f) {
    QString base = m_settings.dataUrl.toString();
    while (base.endsWith(u'/'))
        base.chop(1);
    const QUrl url(base + alpaca::barsPath(f->symbols, f->fromMs, f->toMs, m_settings.pageLimit,
                                           m_settings.feed, f->pageToken));
    QNetworkReply* reply = m_net->get(alpaca::apiRequest(
        url, m_settings.keyId, m_settings.secretKey, m_settings.requestTimeoutMs));
    connect(reply, &QNetworkReply::finished, this, [this, f, reply] { onPage(f, reply); });
}

void AlpacaDataFeed::onPage(std::shared_ptr<Fetch> f, QNetworkReply* reply) {
    reply->deleteLater();
    const QByteArray body = reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 200) {
        QString error;
        std::optional<alpaca::BarsPage> page = alpaca::decodeBarsPage(body, &error);
        if (!page) {
            Q_EMIT problem(
                u"Alpaca market data: history of %1: %2"_s.arg(f->symbols.join(u','), error));
            finish(f);
            return;
        }
        f->bars.insert(f->bars.end(), page->bars.begin(), page->bars.end());
        f->attempts = 0;
        if (page->nextPageToken.isEmpty() || page->nextPageToken == f->pageToken) {
            finish(f);
            return;
        }
        f->pageToken = page->nextPageToken;
        requestPage(f);
        return;
    }
    const bool transient = status == 0 || status == 429 || status >= 500;
    if (transient && ++f->attempts < m_settings.historyAttempts) {
        // A 429 waits for the window Alpaca names; the rest back off.
        qint64 waitMs =
            reconnectDelayMs(f->attempts, m_settings.reconnectMinMs, m_settings.reconnectMaxMs);
        if (status == 429) {
            const qint64 reset = reply->rawHeader("X-Ratelimit-Reset").toLongLong();
            if (reset > 0)
                waitMs = std::clamp<qint64>(reset * 1000 - QDateTime::currentMSecsSinceEpoch(),
                                            waitMs, 60'000);
        }
        QTimer::singleShot(int(waitMs), this, [this, f] { requestPage(f); });
        return;
    }
    // The clouds then warm up from the live bars instead; the trader is told.
    Q_EMIT problem(u"Alpaca market data: history of %1 not read: %2"_s.arg(f->symbols.join(u','),
                                                                           apiError(reply, body)));
    finish(f);
}

void AlpacaDataFeed::finish(const std::shared_ptr<Fetch>& f) {
    std::vector<SymbolBar> bars = alpaca::inTimeOrder(std::move(f->bars));
    for (const QString& s : std::as_const(f->symbols)) {
        if (--m_reading[s] <= 0)
            m_reading.remove(s);
    }
    if (f->history) {
        // Only what is newer than what was delivered (nothing, for a new symbol).
        std::erase_if(bars, [this](const SymbolBar& b) {
            const auto it = m_lastMs.constFind(b.symbol);
            return it != m_lastMs.cend() && b.bar.timeMs <= it.value();
        });
        for (const SymbolBar& b : bars)
            m_lastMs.insert(b.symbol, b.bar.timeMs);
        Q_EMIT historyReceived(bars);
    } else {
        for (const SymbolBar& b : bars)
            deliver(b);
    }
    // The live bars held meanwhile, in the order they came.
    std::vector<SymbolBar> held;
    held.swap(m_held);
    for (const SymbolBar& b : held) {
        if (m_reading.value(b.symbol) > 0)
            m_held.push_back(b);
        else
            deliver(b);
    }
}

} // namespace axion
