#pragma once

#include "market/Bar.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace axion::alpaca {

// Alpaca's market data API v2 wire format (the stock stream wss://stream.data.alpaca.markets/v2/
// {iex|sip} and the historical bars GET /v2/stocks/bars), as pure functions. No I/O; the socket
// side is AlpacaDataFeed. See ../shared/reference/alpaca-api.md §4.3 and §4.4.

// One minute bar of one symbol.
struct SymbolBar {
    QString symbol;
    Bar bar;
    bool operator==(const SymbolBar&) const = default;
};

// ---- the stream ----

// {"action":"auth","key":...,"secret":...}: the first message after "connected".
QByteArray authMessage(const QByteArray& keyId, const QByteArray& secretKey);
// {"action":"subscribe"|"unsubscribe","bars":[...],"updatedBars":[...]}: minute bars and their
// late corrections. Subscriptions add up at Alpaca; the acknowledgement lists the full set.
QByteArray barsSubscription(const QStringList& symbols, bool subscribe);

// One element of a stream frame (every frame is a JSON array of them).
struct StreamMessage {
    enum class Type {
        Connected,     // {"T":"success","msg":"connected"}
        Authenticated, // {"T":"success","msg":"authenticated"}
        Subscription,  // the full subscription now in force (bars in `symbols`)
        Bar,           // "b": a minute bar, sent once the minute is over
        UpdatedBar,    // "u": the same minute again, corrected by late trades
        Error,         // {"T":"error","code":N,"msg":...}
        Malformed,     // an element this code cannot read (why in `text`)
        Other          // trades, quotes, statuses, daily bars...: not used here
    };
    Type type = Type::Other;
    SymbolBar bar;       // Bar, UpdatedBar
    int code = 0;        // Error
    QString text;        // Error, Malformed
    QStringList symbols; // Subscription: the bars channel
};
// A whole frame; nullopt (with why) when it is not a JSON array.
std::optional<std::vector<StreamMessage>> decodeStreamFrame(const QByteArray& frame,
                                                            QString* error);

// What an error code of the stream means for the connection: auth failed, connection limit (one
// connection per feed and account), insufficient subscription...
enum class StreamErrorKind {
    KeysRefused,     // 401, 402, 411: the keys (or their scope) do not let us in
    ConnectionLimit, // 406: another client holds this account's connection to the feed
    NotEntitled,     // 408, 409, 410: the plan does not include this feed or channel
    Transient        // anything else (slow client, internal error, bad syntax)
};
StreamErrorKind errorKindOf(int code);

// A bar object of the stream or of REST: t, o, h, l, c, v (n and vw ignored).
std::optional<Bar> decodeBar(const QJsonObject& json, QString* error);

// ---- historical bars ----

// GET /v2/stocks/bars (path and query) for minute bars of `symbols` from `startMs` to `endMs`
// (inclusive, UTC), oldest first, unadjusted, on `feed` (iex, sip); `limit` counts the bars of
// all symbols together; `pageToken` is the previous page's next_page_token.
QString barsPath(const QStringList& symbols, qint64 startMs, qint64 endMs, int limit,
                 const QString& feed, const QString& pageToken = {});

// One page of bars: the multi-symbol form {"bars":{"AAPL":[...]}, "next_page_token":...} and the
// single-symbol form {"bars":[...], "symbol":"AAPL", ...}. Pages are sorted by symbol, then time:
// a page may hold one symbol only; the rest follows on the next.
struct BarsPage {
    std::vector<SymbolBar> bars;
    QString nextPageToken; // empty on the last page
};
std::optional<BarsPage> decodeBarsPage(const QByteArray& body, QString* error);

// All the pages' bars in time order (a symbol's bars keep their order; between symbols at the
// same minute, the symbol's name decides), each symbol's minute once.
std::vector<SymbolBar> inTimeOrder(std::vector<SymbolBar> bars);

} // namespace axion::alpaca
