#include "brokers/alpaca/AlpacaBroker.h"

#include "brokers/alpaca/AlpacaRequest.h"
#include "core/ReconnectBackoff.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QUrlQuery>
#include <QWebSocket>
#include <algorithm>

namespace axion {

using namespace Qt::StringLiterals;
using namespace axion::alpaca;

namespace {

// Transport failures in a row (no HTTP answer at all) after which the broker is Down.
constexpr int kFailuresForDown = 2;

// The FILL activities after a stream gap are read from a little before the last event seen
// (clocks differ by milliseconds; what was seen already counts once), 100 a page (Alpaca's most).
constexpr qint64 kActivityMarginMs = 5'000;
constexpr int kActivityPageSize = 100;

QByteArray compact(const QJsonObject& o) {
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// An answer's body as JSON (an array or an object), undefined when it is neither.
QJsonValue jsonValue(const QByteArray& body) {
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isArray())
        return doc.array();
    if (doc.isObject())
        return doc.object();
    return {};
}

QString percentEncoded(const QString& s) {
    return QString::fromLatin1(QUrl::toPercentEncoding(s));
}

// Errors that leave no doubt the request never reached Alpaca: nothing was connected.
bool certainlyNotSent(QNetworkReply::NetworkError e) {
    return e == QNetworkReply::ConnectionRefusedError || e == QNetworkReply::HostNotFoundError ||
           e == QNetworkReply::ProtocolUnknownError ||
           e == QNetworkReply::ProtocolInvalidOperationError;
}

OrderEvent eventFor(OrderState s) {
    switch (s) {
    case OrderState::PartiallyFilled:
        return OrderEvent::PartialFill;
    case OrderState::Filled:
        return OrderEvent::Fill;
    case OrderState::Cancelled:
        return OrderEvent::CancelAck;
    case OrderState::Expired:
        return OrderEvent::Expire;
    case OrderState::Rejected:
        return OrderEvent::Reject;
    default:
        return OrderEvent::Ack;
    }
}

} // namespace

// ---------------------------------------------------------------- settings

AlpacaSettings AlpacaSettings::paper() {
    AlpacaSettings s;
    s.tradingUrl = QUrl(u"https://paper-api.alpaca.markets"_s);
    s.streamUrl = QUrl(u"wss://paper-api.alpaca.markets/stream"_s);
    return s;
}

AlpacaSettings AlpacaSettings::liveTrading() {
    AlpacaSettings s;
    s.tradingUrl = QUrl(u"https://api.alpaca.markets"_s);
    s.streamUrl = QUrl(u"wss://api.alpaca.markets/stream"_s);
    s.live = true;
    return s;
}

void AlpacaSettings::setTradingUrl(const QUrl& url) {
    tradingUrl = url;
    streamUrl = url;
    streamUrl.setScheme(url.scheme() == u"https" ? u"wss"_s : u"ws"_s);
    streamUrl.setPath(u"/stream"_s);
}

bool AlpacaSettings::keysFromEnvironment() {
    const QByteArray id = qgetenv("APCA_API_KEY_ID");
    const QByteArray secret = qgetenv("APCA_API_SECRET_KEY");
    if (id.isEmpty() || secret.isEmpty())
        return false;
    keyId = id;
    secretKey = secret;
    return true;
}

QString AlpacaSettings::missingKeys() const {
    if (!keyId.isEmpty() && !secretKey.isEmpty())
        return {};
    return u"no Alpaca API keys: set APCA_API_KEY_ID and APCA_API_SECRET_KEY"_s;
}

// ---------------------------------------------------------------- life

AlpacaBroker::AlpacaBroker(AlpacaSettings settings, QObject* parent)
    : Broker(parent)
    , m_settings(std::move(settings))
    , m_net(std::make_unique<QNetworkAccessManager>())
    , m_limiter(m_settings.requestsPerMinute) {
    m_pumpTimer.setSingleShot(true);
    connect(&m_pumpTimer, &QTimer::timeout, this, &AlpacaBroker::pump);
    m_accountTimer.setInterval(m_settings.accountPollMs);
    connect(&m_accountTimer, &QTimer::timeout, this, [this] {
        refreshAccount();
        refreshPositions();
    });
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, [this] {
        if (!m_accountOk)
            refreshAccount();
        else
            connectStream();
    });
}

AlpacaBroker::~AlpacaBroker() {
    // Nothing answers into a half-destroyed broker: replies in flight are cut off first.
    m_queue.clear();
    for (QNetworkReply* r : m_net->findChildren<QNetworkReply*>()) {
        r->disconnect(this);
        r->abort();
    }
    if (m_stream) {
        m_stream->disconnect(this);
        m_stream->abort();
    }
}

qint64 AlpacaBroker::nowMs() const {
    return QDateTime::currentMSecsSinceEpoch();
}

void AlpacaBroker::start() {
    if (m_started)
        return;
    m_started = true;
    if (const QString why = m_settings.missingKeys(); !why.isEmpty()) {
        m_keysRefused = true;
        m_downReason = why;
        setConnectivity(BrokerConnectivity::Down, why);
        Q_EMIT problem(why);
        return;
    }
    setConnectivity(BrokerConnectivity::Connecting, u"contacting Alpaca"_s);
    refreshAccount();
    m_accountTimer.start();
}

// ---------------------------------------------------------------- requests

void AlpacaBroker::send(Request request) {
    // Behind every waiting request of the same or a more urgent priority.
    auto it = std::find_if(m_queue.begin(), m_queue.end(), [&](const Request& r) {
        return int(r.priority) > int(request.priority);
    });
    m_queue.insert(it, std::move(request));
    pump();
}

void AlpacaBroker::pump() {
    while (!m_queue.empty() && m_limiter.tryTake(nowMs())) {
        Request r = std::move(m_queue.front());
        m_queue.pop_front();
        dispatch(std::move(r));
    }
    if (!m_queue.empty() && !m_pumpTimer.isActive())
        m_pumpTimer.start(int(std::clamp<qint64>(m_limiter.waitMs(nowMs()), 1, 60'000)));
}

void AlpacaBroker::dispatch(Request request) {
    QUrl url = m_settings.tradingUrl;
    const qsizetype q = request.path.indexOf(u'?');
    url.setPath(url.path() + (q < 0 ? request.path : request.path.left(q)));
    if (q >= 0)
        url.setQuery(request.path.mid(q + 1), QUrl::StrictMode);
    QNetworkRequest nr =
        apiRequest(url, m_settings.keyId, m_settings.secretKey, m_settings.requestTimeoutMs);
    nr.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    ++m_requestsSent;
    QNetworkReply* reply =
        request.body.isEmpty() && request.method != "POST" && request.method != "PATCH"
            ? m_net->sendCustomRequest(nr, request.method)
            : m_net->sendCustomRequest(nr, request.method, request.body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, request = std::move(request)] {
        reply->deleteLater();
        Answer a;
        a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.body = reply->readAll();
        a.error = reply->error();
        a.errorText = reply->errorString();
        a.notSent = a.status == 0 && certainlyNotSent(a.error);
        if (a.status == 429) {
            // Refused unprocessed: pause until Alpaca's reset and send the same request again.
            const qint64 resetS = reply->rawHeader("X-Ratelimit-Reset").toLongLong();
            const qint64 retryS = reply->rawHeader("Retry-After").toLongLong();
            qint64 until = nowMs() + 1'000;
            if (resetS > 0)
                until = std::max(until, resetS * 1000);
            else if (retryS > 0)
                until = nowMs() + retryS * 1000;
            m_limiter.pauseUntil(std::min(until, nowMs() + 60'000));
            Q_EMIT problem(u"Alpaca's rate limit: %1 %2 waits until %3"_s.arg(
                QString::fromLatin1(request.method), request.path,
                QDateTime::fromMSecsSinceEpoch(until).toUTC().toString(Qt::ISODate)));
            // First of its priority: it was sent before the others of its kind waiting now.
            const auto at = std::find_if(m_queue.begin(), m_queue.end(), [&](const Request& r) {
                return int(r.priority) >= int(request.priority);
            });
            m_queue.insert(at, request);
            pump();
            return;
        }
        onAnswer(request, a);
    });
}

void AlpacaBroker::onAnswer(const Request& request, const Answer& a) {
    if (a.status == 0) {
        setTransportOk(false, u"%1 %2: %3"_s.arg(QString::fromLatin1(request.method),
                                                 request.path.section(u'?', 0, 0), a.errorText));
    } else {
        setTransportOk(true, {});
    }
    if (request.done)
        request.done(a);
}

void AlpacaBroker::setTransportOk(bool ok, const QString& why) {
    if (ok) {
        if (m_transportFailures == 0)
            return;
        m_transportFailures = 0;
        m_downReason.clear();
        updateConnectivity(u"Alpaca answers again"_s);
        return;
    }
    ++m_transportFailures;
    m_downReason = why;
    updateConnectivity(why);
}

void AlpacaBroker::updateConnectivity(const QString& reason) {
    if (!m_started)
        return;
    BrokerConnectivity next = BrokerConnectivity::Ready;
    QString why = reason;
    if (m_keysRefused || m_transportFailures >= kFailuresForDown) {
        next = BrokerConnectivity::Down;
        why = m_downReason;
    } else if (!m_accountOk) {
        next = BrokerConnectivity::Connecting;
    } else if (!m_streamListening) {
        next = connectivity() == BrokerConnectivity::Connecting ? BrokerConnectivity::Connecting
                                                                : BrokerConnectivity::Degraded;
    } else if (m_reconciling) {
        next = BrokerConnectivity::Reconciling;
    } else if (!m_whyNotTradable.isEmpty()) {
        next = BrokerConnectivity::Degraded;
        why = m_whyNotTradable;
    }
    setConnectivity(next, why);
}

// ---------------------------------------------------------------- account, positions

void AlpacaBroker::refreshAccount() {
    send({.priority = Priority::Query,
          .method = "GET",
          .path = u"/v2/account"_s,
          .body = {},
          .done = [this](const Answer& a) {
              if (a.status == 401 || a.status == 403) {
                  m_keysRefused = true;
                  m_downReason = u"Alpaca refused the API keys (%1)"_s.arg(
                      decodeError(a.status, a.body).text());
                  updateConnectivity(m_downReason);
                  Q_EMIT problem(m_downReason);
                  return;
              }
              if (a.status != 200) {
                  if (!m_accountOk)
                      scheduleReconnect();
                  return;
              }
              QString error;
              const std::optional<AccountObject> acc =
                  decodeAccount(QJsonDocument::fromJson(a.body).object(), &error);
              if (!acc) {
                  Q_EMIT problem(u"Alpaca account: "_s + error);
                  return;
              }
              m_account = acc->account;
              m_account.asOfMs = nowMs();
              m_accountNumber = acc->accountNumber;
              m_whyNotTradable = acc->whyNotTradable;
              const bool first = !m_accountOk;
              m_accountOk = true;
              m_keysRefused = false;
              Q_EMIT accountUpdated(m_account);
              updateConnectivity(first ? u"account %1 answers"_s.arg(m_accountNumber) : QString());
              if (first) {
                  refreshPositions();
                  connectStream();
              }
          }});
}

void AlpacaBroker::refreshPositions() {
    send({.priority = Priority::Query,
          .method = "GET",
          .path = u"/v2/positions"_s,
          .body = {},
          .done = [this](const Answer& a) {
              if (a.status != 200)
                  return;
              QString error;
              const std::optional<QList<BrokerPosition>> p =
                  decodePositions(QJsonDocument::fromJson(a.body).array(), &error);
              if (!p) {
                  Q_EMIT problem(u"Alpaca positions: "_s + error);
                  return;
              }
              m_positions = *p;
              m_positionsAsOfMs = nowMs();
          }});
}

// ---------------------------------------------------------------- stream

void AlpacaBroker::connectStream() {
    if (m_stream) {
        m_stream->disconnect(this);
        m_stream->abort();
        m_stream.release()->deleteLater();
    }
    m_stream = std::make_unique<QWebSocket>();
    QWebSocket* s = m_stream.get();
    connect(s, &QWebSocket::connected, this, &AlpacaBroker::onStreamConnected);
    connect(s, &QWebSocket::disconnected, this, &AlpacaBroker::onStreamClosed);
    // Alpaca's trade stream sends binary frames even for JSON; text is read the same way.
    connect(s, &QWebSocket::binaryMessageReceived, this, &AlpacaBroker::onStreamMessage);
    connect(s, &QWebSocket::textMessageReceived, this,
            [this](const QString& m) { onStreamMessage(m.toUtf8()); });
    s->open(m_settings.streamUrl);
}

void AlpacaBroker::onStreamConnected() {
    const QJsonObject auth{
        {"action"_L1, u"authenticate"_s},
        {"data"_L1, QJsonObject{{"key_id"_L1, QString::fromUtf8(m_settings.keyId)},
                                {"secret_key"_L1, QString::fromUtf8(m_settings.secretKey)}}}};
    m_stream->sendTextMessage(QString::fromUtf8(compact(auth)));
}

void AlpacaBroker::onStreamMessage(const QByteArray& message) {
    const QJsonObject m = QJsonDocument::fromJson(message).object();
    const QString stream = m.value("stream"_L1).toString();
    const QJsonObject data = m.value("data"_L1).toObject();
    if (stream == u"authorization") {
        if (data.value("status"_L1).toString() == u"authorized") {
            m_stream->sendTextMessage(QString::fromUtf8(compact(QJsonObject{
                {"action"_L1, u"listen"_s},
                {"data"_L1, QJsonObject{{"streams"_L1, QJsonArray{u"trade_updates"_s}}}}})));
        } else {
            m_keysRefused = true;
            m_downReason = u"Alpaca's trade stream refused the API keys"_s;
            updateConnectivity(m_downReason);
            Q_EMIT problem(m_downReason);
        }
        return;
    }
    if (stream == u"listening") {
        if (!data.value("streams"_L1).toArray().contains(u"trade_updates"_s))
            return;
        m_streamListening = true;
        m_reconnectAttempt = 0;
        resync();
        return;
    }
    if (stream != u"trade_updates")
        return;
    QString error;
    const std::optional<TradeUpdate> u = decodeTradeUpdate(data, &error);
    if (!u) {
        Q_EMIT problem(u"Alpaca trade update not understood: "_s + error);
        return;
    }
    m_lastEventMs = std::max(m_lastEventMs, u->timestampMs);
    QString why;
    if (u->event == u"rejected" || u->event == u"canceled" || u->event == u"expired")
        why = data.value("reason"_L1).toString();
    if (u->event == u"replaced")
        why = u"replaced by "_s + u->order.replacedBy;
    apply(u->order, false, why.isEmpty() ? u"alpaca: "_s + u->event : why,
          Execution{u->executionQuantity.value_or(0), u->executionPrice.value_or(Price())});
    const bool filled = u->event == u"fill" || u->event == u"partial_fill";
    if (filled) {
        refreshPositions();
        refreshAccount();
    }
}

void AlpacaBroker::onStreamClosed() {
    const bool was = m_streamListening;
    m_streamListening = false;
    m_reconciling = false;
    if (!m_keysRefused) {
        updateConnectivity(was ? u"the trade stream closed: reconnecting"_s
                               : u"the trade stream cannot be reached"_s);
        scheduleReconnect();
    }
}

void AlpacaBroker::scheduleReconnect() {
    if (m_reconnectTimer.isActive())
        return;
    const qint64 delay = reconnectDelayMs(m_reconnectAttempt++, m_settings.reconnectMinMs,
                                          m_settings.reconnectMaxMs);
    m_reconnectTimer.start(int(delay));
}

void AlpacaBroker::resync() {
    // The stream does not replay what it missed: what happened meanwhile is read from Alpaca's
    // FILL activities (each missed execution with its own shares and price) and then from the
    // orders themselves (their cumulative fills and states). Both go through CumulativeFills,
    // so an execution seen by both, or by the stream before it dropped, counts once.
    m_reconciling = true;
    const int generation = ++m_resyncGeneration;
    updateConnectivity(u"reconciling open orders and positions after connecting"_s);
    if (m_lastEventMs > 0 && !m_pendingHoldings)
        readFillActivities(generation, m_lastEventMs - kActivityMarginMs, {});
    else
        reconcileOrders(generation);
}

void AlpacaBroker::readFillActivities(int generation, qint64 afterMs, const QString& pageToken) {
    send({.priority = Priority::Query,
          .method = "GET",
          .path = fillActivitiesPath(afterMs, kActivityPageSize, pageToken),
          .body = {},
          .done = [this, generation, afterMs](const Answer& a) {
              if (generation != m_resyncGeneration)
                  return; // the stream dropped again: a newer resync reads it all
              QString error;
              std::optional<std::vector<FillActivity>> page;
              if (a.status == 200)
                  page = decodeFillActivities(jsonValue(a.body), &error);
              else
                  error = a.status == 0 ? a.errorText : decodeError(a.status, a.body).text();
              if (!page) {
                  Q_EMIT problem(u"Alpaca's FILL activities could not be read (%1): the orders' "
                                 "cumulative fills stand in for them"_s.arg(error));
                  reconcileOrders(generation);
                  return;
              }
              for (const FillActivity& activity : *page)
                  applyActivity(activity);
              if (int(page->size()) == kActivityPageSize)
                  readFillActivities(generation, afterMs, page->back().id);
              else
                  reconcileOrders(generation);
          }});
}

void AlpacaBroker::applyActivity(const FillActivity& activity) {
    const auto known = m_clientByAlpaca.constFind(activity.orderId);
    Tracked* t = known == m_clientByAlpaca.cend() ? nullptr : tracked(*known);
    if (!t || m_pendingHoldings)
        return; // not one of ours, or the restart's holdings take it from the orders
    const CumulativeFills::Report r{.clientOrderId = t->order.clientOrderId,
                                    .brokerOrderId = activity.orderId,
                                    .broker = name(),
                                    .ticker = t->order.ticker.isEmpty() ? activity.symbol
                                                                        : t->order.ticker,
                                    .side = activity.side,
                                    .cumulative = activity.cumulative,
                                    .averagePrice = {},
                                    .brokerTimeMs = activity.timeMs,
                                    .receivedTimeMs = nowMs(),
                                    .handle = t->order.handle,
                                    .executionShares = activity.quantity,
                                    .executionPrice = activity.price};
    const std::optional<Fill> f = m_fills.onReport(r);
    if (!f)
        return; // seen already, or an earlier execution is missing: the order's report prices it
    t->reportedFilled = activity.cumulative;
    notifyFillReceived(*f); // `t` stays valid: the table's nodes never move
    const OrderState s = activity.leaves == 0 ? OrderState::Filled : OrderState::PartiallyFilled;
    if (s == t->reported || isTerminal(t->reported))
        return;
    t->reported = s;
    report(*t, eventFor(s), u"alpaca: fill read from the account activities"_s, activity.timeMs);
}

void AlpacaBroker::reconcileOrders(int generation) {
    send({.priority = Priority::Query,
          .method = "GET",
          .path = u"/v2/orders?status=all&nested=true&limit=500&direction=desc"_s,
          .body = {},
          .done = [this, generation](const Answer& a) {
              if (generation != m_resyncGeneration)
                  return;
              if (a.status != 200) {
                  m_reconciling = false;
                  updateConnectivity({});
                  return;
              }
              QSet<QString> seen;
              QString error;
              for (const QJsonValue& v : QJsonDocument::fromJson(a.body).array()) {
                  std::optional<OrderObject> o = decodeOrder(v.toObject(), &error);
                  if (!o) {
                      Q_EMIT problem(u"Alpaca order not understood: "_s + error);
                      continue;
                  }
                  applyWithLegs(*o, false);
                  seen.insert(clientIdOf(*o));
                  for (const OrderObject& leg : o->legs)
                      seen.insert(clientIdOf(leg));
              }
              // Ours that are still working here and were not in the list: each looked up.
              QStringList missing;
              for (const auto& [id, t] : m_orders) {
                  if (!seen.contains(id) && !isTerminal(t.reported) && t.answered)
                      missing << id;
              }
              for (const QString& id :
                   missing) // lookups may add to the table: asked after the walk
                  lookup(id);
              refreshPositions();
              refreshAccount();
              m_reconciling = false;
              updateConnectivity(u"reconciled with Alpaca"_s);
          }});
}

// ---------------------------------------------------------------- orders

AlpacaBroker::Tracked& AlpacaBroker::track(const Order& order) {
    Tracked& t = m_orders[order.clientOrderId];
    t.order = order;
    return t;
}

AlpacaBroker::Tracked* AlpacaBroker::tracked(const QString& clientOrderId) {
    auto it = m_orders.find(clientOrderId);
    return it == m_orders.end() ? nullptr : &it->second;
}

QString AlpacaBroker::clientIdOf(const OrderObject& o) const {
    if (const auto it = m_clientByAlpaca.constFind(o.id); it != m_clientByAlpaca.cend())
        return *it;
    if (m_orders.contains(o.clientOrderId))
        return o.clientOrderId;
    return {};
}

void AlpacaBroker::mapLegs(const OrderObject& parent) {
    const QString parentId = clientIdOf(parent);
    if (parentId.isEmpty())
        return;
    for (const OrderObject& leg : parent.legs) {
        if (m_clientByAlpaca.contains(leg.id))
            continue;
        if (m_orders.contains(leg.clientOrderId)) { // a replaced leg carries our id
            m_clientByAlpaca.insert(leg.id, leg.clientOrderId);
            m_orders[leg.clientOrderId].alpacaId = leg.id;
            continue;
        }
        // Alpaca named the leg: ours is the one of that kind under this entry.
        const bool isStop = leg.type == u"stop" || leg.type == u"stop_limit";
        for (auto& [id, t] : m_orders) {
            if (t.order.parentClientOrderId != parentId || !t.alpacaId.isEmpty())
                continue;
            if ((t.order.leg == OrderLeg::Stop) == isStop) {
                t.alpacaId = leg.id;
                m_clientByAlpaca.insert(leg.id, id);
                break;
            }
        }
    }
}

void AlpacaBroker::applyWithLegs(const OrderObject& o, bool always) {
    apply(o, always);
    for (const OrderObject& leg : o.legs)
        apply(leg, always);
}

void AlpacaBroker::apply(const OrderObject& o, bool always, const QString& message,
                         Execution execution) {
    if (!o.legs.empty())
        mapLegs(o);
    const QString cid = clientIdOf(o);
    Tracked* t = tracked(cid);
    if (!t)
        return; // not one of ours (another client's order on the account)
    if (t->alpacaId.isEmpty() || t->alpacaId != o.id) {
        if (!t->alpacaId.isEmpty() && t->alpacaId != o.id)
            return; // an older order under the same client id: not this one
        t->alpacaId = o.id;
        m_clientByAlpaca.insert(o.id, cid);
    }
    if (m_pendingHoldings) {
        // The restart's reconciliation takes Alpaca's state from the holdings first: what is
        // reported meanwhile (the stream, a resync) goes into them, not to the executor.
        holdOrder(*m_pendingHoldings, o);
        return;
    }
    const bool firstAnswer = !t->answered;
    t->answered = true;
    if (o.filledQuantity > t->reportedFilled) {
        CumulativeFills::Report r{.clientOrderId = cid,
                                  .brokerOrderId = o.id,
                                  .broker = name(),
                                  .ticker = t->order.ticker.isEmpty() ? o.symbol : t->order.ticker,
                                  .side = o.side,
                                  .cumulative = o.filledQuantity,
                                  .averagePrice = o.filledAveragePrice,
                                  .brokerTimeMs = o.updatedMs,
                                  .receivedTimeMs = nowMs(),
                                  .handle = t->order.handle,
                                  .executionShares = execution.shares,
                                  .executionPrice = execution.price};
        if (std::optional<Fill> f = m_fills.onReport(r)) {
            t->reportedFilled = o.filledQuantity;
            notifyFillReceived(*f); // `t` stays valid: the table's nodes never move
        } else {
            t->reportedFilled = std::max(t->reportedFilled, o.filledQuantity);
        }
    }
    std::optional<OrderState> s = stateOf(o);
    if (!s) {
        Q_EMIT problem(u"order %1: Alpaca status %2 not understood"_s.arg(cid, o.status));
        return;
    }
    if (*s == OrderState::CancelPending)
        s = o.filledQuantity > 0 ? OrderState::PartiallyFilled : OrderState::Accepted;
    const bool changed = *s != t->reported || firstAnswer;
    if (!changed && !always)
        return;
    if (isTerminal(t->reported) && !always)
        return; // never move an order back out of its end
    t->reported = *s;
    report(*t, eventFor(*s), message, o.updatedMs);
    if (t->cancelWhenKnown && !isTerminal(*s)) {
        t->cancelWhenKnown = false;
        cancel(cid);
    }
}

void AlpacaBroker::report(Tracked& t, OrderEvent event, const QString& message,
                          qint64 brokerTimeMs) {
    OrderUpdate u;
    u.clientOrderId = t.order.clientOrderId;
    u.brokerOrderId = t.alpacaId;
    u.broker = name();
    u.event = event;
    u.cumulativeFilled = t.reportedFilled;
    u.message = message;
    u.brokerTimeMs = brokerTimeMs;
    u.receivedTimeMs = nowMs();
    u.handle = t.order.handle;
    notifyOrderUpdated(u);
}

void AlpacaBroker::submit(const Order& order) {
    Tracked& t = track(order);
    if (const QString why = validate(order); !why.isEmpty()) {
        t.reported = OrderState::Rejected;
        report(t, OrderEvent::Reject, why);
        return;
    }
    const bool entry = order.leg == OrderLeg::Entry || order.leg == OrderLeg::Scale;
    const QString id = order.clientOrderId;
    t.posting = true;
    send({.priority = entry ? Priority::Entry : Priority::Protective,
          .method = "POST",
          .path = u"/v2/orders"_s,
          .body = compact(orderRequest(order)),
          .done = [this, id](const Answer& a) { onSubmitAnswer({id}, a); }});
}

void AlpacaBroker::submitBracket(const Order& entry, const Order& stop, const Order& target) {
    track(entry);
    Order s = stop;
    Order t = target;
    // Our legs know their entry: Alpaca's legs are found through it.
    s.parentClientOrderId = entry.clientOrderId;
    t.parentClientOrderId = entry.clientOrderId;
    track(s);
    track(t);
    const QStringList ids{entry.clientOrderId, stop.clientOrderId, target.clientOrderId};
    for (const Order* o : {&entry, &stop, &target}) {
        if (const QString why = validate(*o); !why.isEmpty()) {
            for (const QString& id : ids) {
                Tracked& x = m_orders[id];
                x.reported = OrderState::Rejected;
                report(x, OrderEvent::Reject,
                       u"bracket refused before sending: %1: %2"_s.arg(o->clientOrderId, why));
            }
            return;
        }
    }
    for (const QString& id : ids)
        m_orders[id].posting = true;
    send({.priority = Priority::Entry,
          .method = "POST",
          .path = u"/v2/orders"_s,
          .body = compact(bracketRequest(entry, stop, target)),
          .done = [this, ids](const Answer& a) { onSubmitAnswer(ids, a); }});
}

void AlpacaBroker::onSubmitAnswer(const QStringList& ids, const Answer& a) {
    for (const QString& id : ids) {
        if (Tracked* t = tracked(id))
            t->posting = false;
    }
    const auto each = [&](OrderEvent event, const QString& message) {
        for (const QString& id : ids) {
            if (Tracked* t = tracked(id)) {
                if (event == OrderEvent::Reject || event == OrderEvent::NotSent)
                    t->reported = OrderState::Rejected;
                else if (event == OrderEvent::Timeout)
                    t->reported = OrderState::Unknown;
                report(*t, event, message);
            }
        }
    };
    if (a.status == 200) {
        QString error;
        const std::optional<OrderObject> o =
            decodeOrder(QJsonDocument::fromJson(a.body).object(), &error);
        if (!o) {
            // Alpaca took something; what, we cannot read: looked up like any unknown outcome.
            each(OrderEvent::Timeout, u"Alpaca's answer not understood ("_s + error + u')');
            return;
        }
        // The stream's `new` may have come first: only what is news is reported.
        applyWithLegs(*o, false);
        return;
    }
    if (a.notSent) {
        each(OrderEvent::NotSent, u"not sent to Alpaca: "_s + a.errorText);
        return;
    }
    if (a.status == 0 || a.status >= 500) {
        // It may have been placed: looked up by client_order_id, never posted again.
        each(OrderEvent::Timeout,
             a.status == 0 ? u"no answer from Alpaca: "_s + a.errorText
                           : u"Alpaca answered "_s + decodeError(a.status, a.body).text());
        return;
    }
    const ApiError e = decodeError(a.status, a.body);
    if (e.isDuplicateClientOrderId()) {
        // The order is there already (an earlier attempt took it): adopt it.
        lookup(ids.front());
        return;
    }
    each(OrderEvent::Reject, e.text());
}

QString AlpacaBroker::byClientIdPath(const QString& clientOrderId) {
    return u"/v2/orders:by_client_order_id?client_order_id=%1&nested=true"_s.arg(
        percentEncoded(clientOrderId));
}

void AlpacaBroker::getOrder(const QString& path, OrderAnswer done) {
    send({.priority = Priority::Query,
          .method = "GET",
          .path = path,
          .body = {},
          .done = [this, path, done = std::move(done)](const Answer& a) {
              std::optional<OrderObject> o;
              if (a.status == 200) {
                  QString error;
                  o = decodeOrder(QJsonDocument::fromJson(a.body).object(), &error);
                  if (!o)
                      Q_EMIT problem(u"Alpaca order at %1 not understood: %2"_s.arg(
                          path.section(u'?', 0, 0), error));
              }
              done(a, o);
          }});
}

void AlpacaBroker::lookup(const QString& clientOrderId) {
    Tracked* t = tracked(clientOrderId);
    if (t && t->alpacaId.isEmpty() && !t->order.parentClientOrderId.isEmpty() &&
        tracked(t->order.parentClientOrderId)) {
        // A leg Alpaca named: found under its entry.
        const QString leg = clientOrderId;
        getOrder(byClientIdPath(t->order.parentClientOrderId),
                 [this, leg](const Answer& a, const std::optional<OrderObject>& o) {
                     if (o)
                         applyWithLegs(*o, false);
                     Tracked* x = tracked(leg);
                     if (!x || a.status == 0 || a.status >= 500)
                         return;
                     if (x->alpacaId.isEmpty()) {
                         report(*x, OrderEvent::NotFound, u"Alpaca has no such leg"_s);
                         return;
                     }
                     for (const OrderObject& l : o ? o->legs : std::vector<OrderObject>{}) {
                         if (l.id == x->alpacaId)
                             apply(l, true);
                     }
                 });
        return;
    }
    const QString path = t && !t->alpacaId.isEmpty()
                             ? u"/v2/orders/%1?nested=true"_s.arg(t->alpacaId)
                             : byClientIdPath(clientOrderId);
    getOrder(path, [this, clientOrderId](const Answer& a, const std::optional<OrderObject>& o) {
        if (a.status == 404) {
            Tracked& x = m_orders[clientOrderId];
            if (x.order.clientOrderId.isEmpty())
                x.order.clientOrderId = clientOrderId;
            report(x, OrderEvent::NotFound, u"Alpaca has no order "_s + clientOrderId);
            return;
        }
        if (!o)
            return; // no answer, or one not understood: the executor looks again later
        if (!tracked(clientOrderId)) {
            // Known only by its id (a lookup before anything else): enough to count fills.
            Order order;
            order.clientOrderId = clientOrderId;
            order.ticker = o->symbol;
            order.side = o->side;
            order.quantity = o->quantity;
            order.broker = name();
            track(order);
        }
        apply(*o, true);
        for (const OrderObject& leg : o->legs)
            apply(leg, false);
    });
}

void AlpacaBroker::cancel(const QString& clientOrderId) {
    Tracked* t = tracked(clientOrderId);
    if (!t) {
        Order unknown;
        unknown.clientOrderId = clientOrderId;
        Tracked x;
        x.order = unknown;
        report(x, OrderEvent::CancelReject,
               u"unknown client order id %1: nothing to cancel"_s.arg(clientOrderId));
        return;
    }
    if (t->alpacaId.isEmpty()) {
        // Not yet known by Alpaca's id. While its POST is on its way, a lookup could come back
        // "not found" before the order is there: the cancel waits for the POST's answer (or the
        // stream's `new`). Otherwise (a restart, a leg before its entry's answer) it is found.
        t->cancelWhenKnown = true;
        if (!t->posting)
            lookup(clientOrderId);
        return;
    }
    const QString id = clientOrderId;
    send({.priority = Priority::Protective,
          .method = "DELETE",
          .path = u"/v2/orders/%1"_s.arg(t->alpacaId),
          .body = {},
          .done = [this, id](const Answer& a) {
              Tracked* x = tracked(id);
              if (!x)
                  return;
              if (a.status == 204 || a.status == 200) {
                  // Only requested: the stream's `canceled` confirms it, else a lookup does.
                  QTimer::singleShot(m_settings.cancelConfirmMs, this, [this, id] {
                      if (Tracked* y = tracked(id); y && !isTerminal(y->reported))
                          lookup(id);
                  });
                  return;
              }
              const QString why = a.status == 0 ? u"cancel not confirmed: "_s + a.errorText
                                                : decodeError(a.status, a.body).text();
              // Still working as far as we know; its real state is looked up.
              report(*x, OrderEvent::CancelReject, why);
              lookup(id);
          }});
}

void AlpacaBroker::replace(const QString& clientOrderId, const Order& replacement) {
    Tracked* old = tracked(clientOrderId);
    const QString oldId = clientOrderId;
    const QString newId = replacement.clientOrderId;
    const auto refuse = [this, oldId, newId](const QString& why) {
        if (Tracked* o = tracked(oldId))
            report(*o, OrderEvent::CancelReject, why);
        if (Tracked* n = tracked(newId)) {
            n->reported = OrderState::Rejected;
            report(*n, OrderEvent::Reject, why);
        }
    };
    track(replacement);
    if (!old || old->alpacaId.isEmpty()) {
        refuse(u"cannot replace %1: Alpaca's order id is not known yet"_s.arg(oldId));
        if (old)
            lookup(oldId);
        return;
    }
    send({.priority = Priority::Protective,
          .method = "PATCH",
          .path = u"/v2/orders/%1"_s.arg(old->alpacaId),
          .body = compact(replaceRequest(replacement)),
          .done = [this, oldId, newId, refuse](const Answer& a) {
              if (a.status == 200) {
                  QString error;
                  const std::optional<OrderObject> o =
                      decodeOrder(QJsonDocument::fromJson(a.body).object(), &error);
                  if (Tracked* n = tracked(newId); n && o) {
                      n->alpacaId = o->id;
                      m_clientByAlpaca.insert(o->id, newId);
                  }
                  if (Tracked* x = tracked(oldId); x && !isTerminal(x->reported)) {
                      x->reported = OrderState::Cancelled;
                      report(*x, OrderEvent::CancelAck, u"replaced by "_s + newId);
                  }
                  if (o)
                      apply(*o, true);
                  else
                      lookup(newId);
                  return;
              }
              if (a.notSent) {
                  refuse(u"not sent to Alpaca: "_s + a.errorText);
                  return;
              }
              if (a.status == 0 || a.status >= 500) {
                  if (Tracked* n = tracked(newId)) {
                      n->reported = OrderState::Unknown;
                      report(*n, OrderEvent::Timeout,
                             a.status == 0
                                 ? u"no answer from Alpaca: "_s + a.errorText
                                 : u"Alpaca answered "_s + decodeError(a.status, a.body).text());
                  }
                  return;
              }
              refuse(decodeError(a.status, a.body).text());
              lookup(oldId); // already filled or gone? its state tells
          }});
}

// ---------------------------------------------------------------- restart

void AlpacaBroker::seedFills(const QString& clientOrderId, Quantity filled, Money cost) {
    m_fills.seed(clientOrderId, filled, cost);
    if (Tracked* t = tracked(clientOrderId))
        t->reportedFilled = std::max(t->reportedFilled, filled);
}

void AlpacaBroker::holdOrder(BrokerHoldings& holdings, const OrderObject& x) {
    QString cid = clientIdOf(x);
    if (cid.isEmpty())
        cid = x.clientOrderId; // not ours: the reconciliation flags it
    if (const auto it = holdings.orders.constFind(cid);
        it != holdings.orders.cend() && it->filled > x.filledQuantity)
        return; // an older report than the one already held
    if (Tracked* t = tracked(cid)) {
        t->alpacaId = x.id;
        m_clientByAlpaca.insert(x.id, cid);
        t->answered = true;
        t->reported = stateOf(x).value_or(OrderState::Accepted);
        if (x.filledQuantity > t->reportedFilled) {
            // What the holdings say is filled is the reconciliation's to judge, not a new fill
            // for the executor: later reports count from here.
            t->reportedFilled = x.filledQuantity;
            m_fills.seed(cid, x.filledQuantity,
                         Money::fromUnits(x.filledAveragePrice.units() * x.filledQuantity));
        }
    }
    holdings.orders.insert(cid, BrokerOrderReport{
                                    .clientOrderId = cid,
                                    .state = stateOf(x).value_or(OrderState::Accepted),
                                    .filled = x.filledQuantity,
                                    .brokerOrderId = x.id,
                                    .ticker = x.symbol,
                                });
}

void AlpacaBroker::requestHoldings(const QList<Order>& journalOrders) {
    QStringList ids;
    for (const Order& o : journalOrders) {
        Tracked& t = track(o);
        t.reported = OrderState::Accepted;
        ids << o.clientOrderId;
    }
    auto holdings = std::make_shared<BrokerHoldings>();
    holdings->broker = name();
    auto pending = std::make_shared<int>(0);
    const auto finish = [this, holdings, pending, ids]() {
        if (--*pending > 0)
            return;
        send({.priority = Priority::Query,
              .method = "GET",
              .path = u"/v2/positions"_s,
              .body = {},
              .done = [this, holdings](const Answer& a) {
                  QString error;
                  if (a.status == 200) {
                      if (auto p =
                              decodePositions(QJsonDocument::fromJson(a.body).array(), &error)) {
                          holdings->positions = *p;
                          m_positions = *p;
                          m_positionsAsOfMs = nowMs();
                      }
                  }
                  m_pendingHoldings.reset();
                  Q_EMIT holdingsReady(*holdings);
              }});
    };
    const auto take = [this, holdings](const OrderObject& o) {
        if (!o.legs.empty())
            mapLegs(o);
        holdOrder(*holdings, o);
        for (const OrderObject& leg : o.legs)
            holdOrder(*holdings, leg);
    };
    m_pendingHoldings = holdings;
    ++*pending;
    send({.priority = Priority::Query,
          .method = "GET",
          .path = u"/v2/orders?status=open&nested=true&limit=500"_s,
          .body = {},
          .done = [this, take, finish](const Answer& a) {
              QString error;
              for (const QJsonValue& v : QJsonDocument::fromJson(a.body).array()) {
                  if (auto o = decodeOrder(v.toObject(), &error))
                      take(*o);
              }
              finish();
          }});
    // The journal's orders one by one (a bracket's legs come with their entry): the closed ones
    // too, whose fills or cancels happened while we were down.
    for (const Order& o : journalOrders) {
        if (!o.parentClientOrderId.isEmpty() && ids.contains(o.parentClientOrderId))
            continue;
        ++*pending;
        getOrder(byClientIdPath(o.clientOrderId),
                 [take, finish](const Answer&, const std::optional<OrderObject>& x) {
                     if (x)
                         take(*x);
                     finish();
                 });
    }
}

// ---------------------------------------------------------------- emergency tools

void AlpacaBroker::cancelAllOrders() {
    send({.priority = Priority::Protective,
          .method = "DELETE",
          .path = u"/v2/orders"_s,
          .body = {},
          .done = [this](const Answer& a) {
              QString error;
              std::optional<std::vector<BulkItem>> items;
              if (a.status == 207 || a.status == 200)
                  items = decodeBulkAnswer(jsonValue(a.body), "id"_L1, &error);
              else
                  error = a.status == 0 ? a.errorText : decodeError(a.status, a.body).text();
              if (!items) {
                  Q_EMIT cancelAllAnswered(0, {u"Alpaca did not cancel the orders: "_s + error});
                  return;
              }
              int requested = 0;
              QStringList failed;
              for (const BulkItem& item : *items) {
                  if (item.error.isEmpty())
                      ++requested;
                  else
                      failed << u"%1: %2"_s.arg(m_clientByAlpaca.value(item.key, item.key),
                                                item.error);
              }
              Q_EMIT cancelAllAnswered(requested, failed);
              // The confirmations come as `canceled` events; the next poll of the positions
              // and the account shows the result too.
              refreshAccount();
          }});
}

void AlpacaBroker::closePosition(const QString& symbol) {
    send({.priority = Priority::Protective,
          .method = "DELETE",
          .path = u"/v2/positions/"_s + percentEncoded(symbol),
          .body = {},
          .done = [this, symbol](const Answer& a) {
              if (a.status != 200) {
                  Q_EMIT positionCloseAnswered(
                      symbol, false,
                      a.status == 0 ? a.errorText : decodeError(a.status, a.body).text());
                  return;
              }
              QString error;
              // Alpaca answers with the liquidation order, or (newer) {symbol, status, body}.
              QJsonObject o = jsonValue(a.body).toObject();
              if (o.contains("body"_L1))
                  o = o.value("body"_L1).toObject();
              const std::optional<OrderObject> order = decodeOrder(o, &error);
              Q_EMIT positionCloseAnswered(symbol, order.has_value(),
                                           order ? order->id
                                                 : u"answer not understood: "_s + error);
              refreshPositions();
          }});
}

// ---------------------------------------------------------------- clock, calendar

void AlpacaBroker::requestClock() {
    send({.priority = Priority::Query,
          .method = "GET",
          .path = u"/v2/clock"_s,
          .body = {},
          .done = [this](const Answer& a) {
              QString error;
              if (a.status != 200)
                  return;
              if (auto c = decodeClock(QJsonDocument::fromJson(a.body).object(), &error))
                  Q_EMIT clockReceived(*c);
              else
                  Q_EMIT problem(u"Alpaca clock: "_s + error);
          }});
}

void AlpacaBroker::requestCalendar(QDate from, QDate to) {
    send({.priority = Priority::Query,
          .method = "GET",
          .path = u"/v2/calendar?start=%1&end=%2"_s.arg(from.toString(Qt::ISODate),
                                                        to.toString(Qt::ISODate)),
          .body = {},
          .done = [this](const Answer& a) {
              QString error;
              if (a.status != 200)
                  return;
              if (auto d = decodeCalendar(QJsonDocument::fromJson(a.body).array(), &error))
                  Q_EMIT calendarReceived(*d);
              else
                  Q_EMIT problem(u"Alpaca calendar: "_s + error);
          }});
}

} // namespace axion
