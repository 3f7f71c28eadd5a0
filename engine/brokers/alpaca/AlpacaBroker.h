#pragma once

#include "brokers/Broker.h"
#include "brokers/CumulativeFills.h"
#include "brokers/alpaca/AlpacaCodec.h"
#include "brokers/alpaca/RateLimiter.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QNetworkReply>
#include <QObject>
#include <QTimer>
#include <QUrl>
#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <unordered_map>

class QNetworkAccessManager;
class QWebSocket;

namespace axion {

// Where and how AlpacaBroker talks to Alpaca.
struct AlpacaSettings {
    QUrl tradingUrl;   // https://paper-api.alpaca.markets or https://api.alpaca.markets
    QUrl streamUrl;    // wss://paper-api.alpaca.markets/stream or wss://api.alpaca.markets/stream
    bool live = false; // a live account (real money): the app asks before it is used
    QByteArray keyId;  // never logged, never written to a plain config
    QByteArray secretKey; // never logged, never written to a plain config
    // A request with no answer after this is an unknown outcome (a POST is then looked up, never
    // sent again).
    int requestTimeoutMs = 10'000;
    // Alpaca allows 200 a minute per account; the rest is headroom for another client.
    int requestsPerMinute = 190;
    // The account and positions are refreshed this often (and after each fill), so that reading
    // them never waits on the network.
    int accountPollMs = 15'000;
    // A cancel whose `canceled` event has not come after this is looked up.
    int cancelConfirmMs = 5'000;
    // Reconnects of the stream (and the first contact) back off from min to max, with jitter.
    int reconnectMinMs = 1'000;
    int reconnectMaxMs = 30'000;

    static AlpacaSettings paper();
    static AlpacaSettings liveTrading();
    // Another trading host (a fake, a proxy); its stream is /stream beside it, as at Alpaca.
    void setTradingUrl(const QUrl& url);
    // The keys from APCA_API_KEY_ID / APCA_API_SECRET_KEY when both are set.
    bool keysFromEnvironment();
    // Empty when the keys are there, otherwise what to do about them.
    QString missingKeys() const;
};

// Alpaca through its trading REST API v2 (QNetworkAccessManager) and its trade_updates WebSocket
// (the Broker rules in Broker.h hold; ../shared/reference/alpaca-api.md for the API). The wire
// format is AlpacaCodec's; this class carries requests out and turns answers into order updates,
// fills and connectivity.
//
//  - submit(): POST /v2/orders with our deterministic client_order_id. The intent is journaled
//    before this is called. 200 is Ack; 403/422 is Reject with Alpaca's code and message, except
//    a 422 for a client_order_id that is taken: the order exists and is looked up and adopted.
//    5xx, a timeout or a reset connection is Timeout (unknown): the executor looks the order up
//    by client_order_id; the POST is never sent again. A request that could not be sent at all
//    (connection refused, host not found) is NotSent.
//  - submitBracket(): ONE POST (order_class bracket) under the entry's id. Alpaca names the
//    stop-loss and take-profit legs itself; they are found in the answer's legs[] by type and
//    reported under our stop and target ids. Alpaca activates them once the entry has filled
//    completely.
//  - replace(): PATCH /v2/orders/{id} with the replacement's client_order_id (a stop move is
//    never cancel-then-place: cancelling a leg cancels the bracket).
//  - cancel(): DELETE; 204 is only "requested": the `canceled` event (or a lookup after
//    cancelConfirmMs) confirms it. 422 "already filled" is CancelReject, and the order is looked
//    up for its final state.
//  - fills: every report of an order (stream event, POST/GET/PATCH answer, reconciliation list)
//    goes through CumulativeFills on the order's cumulative filled_qty and filled_avg_price, so a
//    duplicated event, a partial fill seen twice or a fill recovered after a stream gap is
//    counted exactly once, with the same execution id in every process.
//  - requests pass a token bucket (requestsPerMinute); when it is empty, cancels, replaces and
//    protective orders go before entries, entries before queries. A 429 pauses all requests until
//    Alpaca's X-Ratelimit-Reset and sends the same request again (Alpaca refused it unprocessed).
//  - connectivity: Connecting until the account answers and the stream listens; Reconciling
//    while the open orders and positions are fetched after every (re)connect of the stream (the
//    stream does not replay what it missed); Ready; Degraded while the stream is down or the
//    account cannot trade (exits and cancels still go); Down when the REST API cannot be
//    reached or refuses the keys. The stream reconnects with backoff and jitter.
class AlpacaBroker : public Broker {
    Q_OBJECT

public:
    explicit AlpacaBroker(AlpacaSettings settings, QObject* parent = nullptr);
    ~AlpacaBroker() override;

    QString name() const override { return QStringLiteral("alpaca"); }
    const AlpacaSettings& settings() const { return m_settings; }

    // Connects: the account first, then the stream. Without keys it goes Down at once with
    // missingKeys() as the reason.
    void start();

    void submit(const Order& order) override;
    void submitBracket(const Order& entry, const Order& stop, const Order& target) override;
    void cancel(const QString& clientOrderId) override;
    void replace(const QString& clientOrderId, const Order& replacement) override;
    void lookup(const QString& clientOrderId) override;

    BrokerAccount account() const override { return m_account; }
    bool hasAccount() const override { return m_account.asOfMs > 0; }
    QList<BrokerPosition> positions() const override { return m_positions; }
    qint64 positionsAsOfMs() const override { return m_positionsAsOfMs; }
    // The account's number and whether Alpaca lets it trade (for the settings page and the log).
    QString accountNumber() const { return m_accountNumber; }
    QString whyNotTradable() const { return m_whyNotTradable; }

    // After a restart: what Alpaca holds of the journal's orders (by our client id; a bracket's
    // legs through their entry) and every open order of ours, and its positions. Answered with
    // holdingsReady(). The orders are tracked from then on (their events are ours).
    void requestHoldings(const QList<Order>& journalOrders);
    // What an earlier run counted of an order's fills (the journal's filled shares and cost), so
    // that a report of them is not counted again.
    void seedFills(const QString& clientOrderId, Quantity filled, Money cost);

    // The operator's emergency tools, outside the executor's journaled lifecycle:
    //  - cancelAllOrders(): DELETE /v2/orders asks Alpaca to cancel every open order of the
    //    account (any client's). Answered with cancelAllAnswered(); each cancel is only requested
    //    there, and our orders' `canceled` events (or the next reconciliation) confirm them.
    //  - closePosition(): DELETE /v2/positions/{symbol}: Alpaca sells (or covers) the whole
    //    position with a market order it names itself. Answered with positionCloseAnswered().
    void cancelAllOrders();
    void closePosition(const QString& symbol);

    // GET /v2/clock and /v2/calendar, answered with clockReceived / calendarReceived (the market
    // calendar takes early closes from them).
    void requestClock();
    void requestCalendar(QDate from, QDate to);

    // Requests waiting for a token (tests of the budget).
    int queuedRequests() const { return int(m_queue.size()); }
    // Requests sent (every attempt; a 429's resend counts again).
    int requestsSent() const { return m_requestsSent; }

Q_SIGNALS:
    void holdingsReady(const axion::BrokerHoldings& holdings);
    void clockReceived(const axion::alpaca::ClockObject& clock);
    void calendarReceived(const std::vector<axion::alpaca::CalendarDay>& days);
    // `requested` orders are being cancelled; `failed` says which could not be and why.
    void cancelAllAnswered(int requested, const QStringList& failed);
    // `detail` is Alpaca's liquidation order id, or why the position could not be closed.
    void positionCloseAnswered(const QString& symbol, bool ok, const QString& detail);
    // An answer the executor does not see as an order event (a refused poll, a stream error).
    void problem(const QString& message);

private:
    enum class Priority { Protective = 0, Entry = 1, Query = 2 };
    struct Answer {
        int status = 0; // HTTP status, 0 when none came
        QByteArray body;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QString errorText;
        bool notSent = false; // the request certainly never reached Alpaca
    };
    struct Request {
        Priority priority = Priority::Query;
        QByteArray method;
        QString path; // with the query
        QByteArray body;
        std::function<void(const Answer&)> done;
    };
    // One of our orders as Alpaca knows it.
    struct Tracked {
        Order order;
        QString alpacaId;
        OrderState reported = OrderState::Submitting; // what we last told the listeners
        Quantity reportedFilled = 0;
        bool answered = false; // Alpaca has answered for it at least once
        bool posting = false;  // its POST (or its bracket's) is on its way, unanswered
        // A cancel asked before Alpaca's id was known: sent once Alpaca names the order.
        bool cancelWhenKnown = false;
    };

    void send(Request request);
    void pump();
    void dispatch(Request request);
    void onAnswer(const Request& request, const Answer& answer);

    void connectStream();
    void onStreamConnected();
    void onStreamMessage(const QByteArray& message);
    void onStreamClosed();
    void scheduleReconnect();
    void resync();
    void refreshAccount();
    void refreshPositions();
    void setTransportOk(bool ok, const QString& why);
    void updateConnectivity(const QString& reason);

    Tracked& track(const Order& order);
    Tracked* tracked(const QString& clientOrderId);
    QString clientIdOf(const alpaca::OrderObject& o) const;
    void mapLegs(const alpaca::OrderObject& parent);
    // Reports what `o` says of our order: fills first (through CumulativeFills), then the state
    // change. `always` reports the state even when it did not change (a lookup's answer).
    // `execution`, when the report names one (a fill event), prices its shares exactly.
    struct Execution {
        Quantity shares;
        Price price;
    };
    void apply(const alpaca::OrderObject& o, bool always, const QString& message = {},
               Execution execution = Execution{0, Price()});
    // A FILL activity read after a stream gap: the missed execution of one of our orders.
    void applyActivity(const alpaca::FillActivity& activity);
    // The resync's steps: the FILL activities since the last event seen (page by page), then
    // every recent order. `generation` names the resync; an older one's answers stop there.
    void readFillActivities(int generation, qint64 afterMs, const QString& pageToken);
    void reconcileOrders(int generation);
    void applyWithLegs(const alpaca::OrderObject& o, bool always);
    void report(Tracked& t, OrderEvent event, const QString& message, qint64 brokerTimeMs = 0);
    void onSubmitAnswer(const QStringList& clientIds, const Answer& answer);
    // GET of one order (nested legs): `done` gets the answer and the order when it was one.
    using OrderAnswer =
        std::function<void(const Answer&, const std::optional<alpaca::OrderObject>&)>;
    void getOrder(const QString& path, OrderAnswer done);
    static QString byClientIdPath(const QString& clientOrderId);
    void holdOrder(BrokerHoldings& holdings, const alpaca::OrderObject& order);

    qint64 nowMs() const;

    AlpacaSettings m_settings;
    std::unique_ptr<QNetworkAccessManager> m_net;
    std::unique_ptr<QWebSocket> m_stream;
    alpaca::RateLimiter m_limiter;
    std::deque<Request> m_queue;
    QTimer m_pumpTimer;
    QTimer m_accountTimer;
    QTimer m_reconnectTimer;
    int m_reconnectAttempt = 0;
    int m_requestsSent = 0;
    int m_transportFailures = 0;
    bool m_started = false;
    bool m_accountOk = false;
    bool m_keysRefused = false;
    bool m_streamListening = false;
    bool m_reconciling = false;
    // requestHoldings() under way: what Alpaca reports meanwhile goes into them.
    std::shared_ptr<BrokerHoldings> m_pendingHoldings;
    QString m_downReason;

    // By our client order id. Node-based: a Tracked* stays valid while listeners, called in the
    // middle of an update, submit orders that add to the table.
    std::unordered_map<QString, Tracked> m_orders;
    QHash<QString, QString> m_clientByAlpaca; // Alpaca order id -> our client order id
    CumulativeFills m_fills;

    BrokerAccount m_account;
    QString m_accountNumber;
    QString m_whyNotTradable;
    QList<BrokerPosition> m_positions;
    qint64 m_positionsAsOfMs = 0;
    qint64 m_lastEventMs = 0; // the newest order update seen: the resync reads fills after it
    int m_resyncGeneration = 0;
};

} // namespace axion
