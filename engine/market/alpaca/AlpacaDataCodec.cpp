#include "market/alpaca/AlpacaDataCodec.h"

#include "brokers/alpaca/AlpacaCodec.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>
#include <QUrl>
#include <algorithm>

namespace axion::alpaca {

using namespace Qt::StringLiterals;

namespace {

QByteArray compact(const QJsonObject& o) {
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString rfc3339(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

QString query(const QString& value) {
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

bool barPrice(const QJsonObject& json, QLatin1StringView key, Price* out, QString* error) {
    const std::optional<Price> p = priceOf(json.value(key));
    if (!p || !p->isPositive()) {
        *error =
            u"bar field %1 is not a price: %2"_s.arg(key, json.value(key).toVariant().toString());
        return false;
    }
    *out = *p;
    return true;
}

bool appendBars(const QString& symbol, const QJsonValue& value, std::vector<SymbolBar>& out,
                QString* error) {
    if (!value.isArray()) {
        *error = u"the bars of %1 are not an array"_s.arg(symbol);
        return false;
    }
    for (const QJsonValue& v : value.toArray()) {
        const std::optional<Bar> bar = decodeBar(v.toObject(), error);
        if (!bar) {
            *error = u"%1: %2"_s.arg(symbol, *error);
            return false;
        }
        out.push_back({symbol, *bar});
    }
    return true;
}

} // namespace

QByteArray authMessage(const QByteArray& keyId, const QByteArray& secretKey) {
    return compact({{"action"_L1, u"auth"_s},
                    {"key"_L1, QString::fromUtf8(keyId)},
                    {"secret"_L1, QString::fromUtf8(secretKey)}});
}

QByteArray barsSubscription(const QStringList& symbols, bool subscribe) {
    const QJsonArray list = QJsonArray::fromStringList(symbols);
    return compact({{"action"_L1, subscribe ? u"subscribe"_s : u"unsubscribe"_s},
                    {"bars"_L1, list},
                    {"updatedBars"_L1, list}});
}

std::optional<Bar> decodeBar(const QJsonObject& json, QString* error) {
    Bar bar;
    const std::optional<qint64> t = timeOf(json.value("t"_L1).toString());
    if (!t) {
        *error = u"bar time is not RFC 3339: %1"_s.arg(json.value("t"_L1).toVariant().toString());
        return std::nullopt;
    }
    bar.timeMs = *t;
    if (!barPrice(json, "o"_L1, &bar.open, error) || !barPrice(json, "h"_L1, &bar.high, error) ||
        !barPrice(json, "l"_L1, &bar.low, error) || !barPrice(json, "c"_L1, &bar.close, error))
        return std::nullopt;
    if (bar.low > bar.high || bar.open > bar.high || bar.close > bar.high || bar.open < bar.low ||
        bar.close < bar.low) {
        *error = u"bar at %1 is not a bar: low %2 high %3 open %4 close %5"_s.arg(
            json.value("t"_L1).toString(), bar.low.toString(), bar.high.toString(),
            bar.open.toString(), bar.close.toString());
        return std::nullopt;
    }
    const QJsonValue v = json.value("v"_L1);
    if (!v.isDouble() || v.toDouble() < 0) {
        *error = u"bar volume is not a count: %1"_s.arg(v.toVariant().toString());
        return std::nullopt;
    }
    bar.volume = static_cast<qint64>(v.toDouble());
    return bar;
}

std::optional<std::vector<StreamMessage>> decodeStreamFrame(const QByteArray& frame,
                                                            QString* error) {
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(frame, &parse);
    if (!doc.isArray()) {
        *error = parse.error != QJsonParseError::NoError
                     ? u"market data frame is not JSON: %1"_s.arg(parse.errorString())
                     : u"market data frame is not an array"_s;
        return std::nullopt;
    }
    std::vector<StreamMessage> out;
    for (const QJsonValue& v : doc.array()) {
        const QJsonObject o = v.toObject();
        const QString type = o.value("T"_L1).toString();
        StreamMessage m;
        if (type == u"b" || type == u"u") {
            QString why;
            const std::optional<Bar> bar = decodeBar(o, &why);
            const QString symbol = o.value("S"_L1).toString();
            if (!bar || symbol.isEmpty()) {
                m.type = StreamMessage::Type::Malformed;
                m.text = symbol.isEmpty() ? u"bar without a symbol"_s : symbol + u": "_s + why;
            } else {
                m.type = type == u"b" ? StreamMessage::Type::Bar : StreamMessage::Type::UpdatedBar;
                m.bar = {symbol, *bar};
            }
        } else if (type == u"success") {
            const QString msg = o.value("msg"_L1).toString();
            if (msg == u"connected") {
                m.type = StreamMessage::Type::Connected;
            } else if (msg == u"authenticated") {
                m.type = StreamMessage::Type::Authenticated;
            } else {
                m.type = StreamMessage::Type::Other;
                m.text = msg;
            }
        } else if (type == u"subscription") {
            m.type = StreamMessage::Type::Subscription;
            for (const QJsonValue& s : o.value("bars"_L1).toArray())
                m.symbols.append(s.toString());
        } else if (type == u"error") {
            m.type = StreamMessage::Type::Error;
            m.code = o.value("code"_L1).toInt();
            m.text = o.value("msg"_L1).toString();
        } else if (type.isEmpty()) {
            m.type = StreamMessage::Type::Malformed;
            m.text = u"message without a type (T)"_s;
        }
        out.push_back(std::move(m));
    }
    return out;
}

StreamErrorKind errorKindOf(int code) {
    switch (code) {
    case 401:
    case 402:
    case 411:
        return StreamErrorKind::KeysRefused;
    case 406:
        return StreamErrorKind::ConnectionLimit;
    case 408:
    case 409:
    case 410:
        return StreamErrorKind::NotEntitled;
    default:
        return StreamErrorKind::Transient;
    }
}

QString barsPath(const QStringList& symbols, qint64 startMs, qint64 endMs, int limit,
                 const QString& feed, const QString& pageToken) {
    QString path = u"/v2/stocks/bars?symbols="_s + query(symbols.join(u',')) +
                   u"&timeframe=1Min&start="_s + query(rfc3339(startMs)) + u"&end="_s +
                   query(rfc3339(endMs)) + u"&limit="_s + QString::number(limit) +
                   u"&adjustment=raw&sort=asc&feed="_s + query(feed);
    if (!pageToken.isEmpty())
        path += u"&page_token="_s + query(pageToken);
    return path;
}

std::optional<BarsPage> decodeBarsPage(const QByteArray& body, QString* error) {
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parse);
    if (!doc.isObject()) {
        *error = u"bars answer is not a JSON object"_s;
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    BarsPage page;
    const QJsonValue bars = o.value("bars"_L1);
    if (bars.isObject()) {
        const QJsonObject bySymbol = bars.toObject();
        for (auto it = bySymbol.begin(); it != bySymbol.end(); ++it) {
            if (!appendBars(it.key(), it.value(), page.bars, error))
                return std::nullopt;
        }
    } else if (bars.isArray()) {
        const QString symbol = o.value("symbol"_L1).toString();
        if (symbol.isEmpty()) {
            *error = u"bars answer without its symbol"_s;
            return std::nullopt;
        }
        if (!appendBars(symbol, bars, page.bars, error))
            return std::nullopt;
    } else if (!bars.isNull()) {
        // An empty window comes as "bars": {} or "bars": null; anything else is not bars.
        *error = u"bars answer without bars"_s;
        return std::nullopt;
    }
    page.nextPageToken = o.value("next_page_token"_L1).toString();
    return page;
}

std::vector<SymbolBar> inTimeOrder(std::vector<SymbolBar> bars) {
    std::stable_sort(bars.begin(), bars.end(), [](const SymbolBar& a, const SymbolBar& b) {
        if (a.bar.timeMs != b.bar.timeMs)
            return a.bar.timeMs < b.bar.timeMs;
        return a.symbol < b.symbol;
    });
    // A page boundary served twice (a retried page) must not count a minute twice.
    bars.erase(std::unique(bars.begin(), bars.end(),
                           [](const SymbolBar& a, const SymbolBar& b) {
                               return a.bar.timeMs == b.bar.timeMs && a.symbol == b.symbol;
                           }),
               bars.end());
    return bars;
}

} // namespace axion::alpaca
