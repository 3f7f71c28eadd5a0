#include "signals/SignalParser.h"

#include "core/ClientOrderId.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <cmath>

namespace axion {

namespace {

// The fields of the contract; anything else is kept in metadata.
const QSet<QString>& knownFields() {
    static const QSet<QString> fields{
        QStringLiteral("signal_type"),  QStringLiteral("direction"),
        QStringLiteral("ticker"),       QStringLiteral("timeframe"),
        QStringLiteral("conviction"),   QStringLiteral("entry_price"),
        QStringLiteral("stop_loss"),    QStringLiteral("target_price"),
        QStringLiteral("cloud_states"), QStringLiteral("timestamp"),
        QStringLiteral("metadata"),     QStringLiteral("signal_id"),
        QStringLiteral("trade_type"),   QStringLiteral("volume_confirmed"),
        QStringLiteral("sector")};
    return fields;
}

SignalParseResult reject(SignalRejectCode code, const QString& field, const QString& message) {
    SignalParseResult r;
    r.code = code;
    r.field = field;
    r.message = message;
    return r;
}

// Reads a price that may be a JSON number or a decimal string (Alpaca-style). Returns an error
// text on failure.
QString readPrice(const QJsonValue& v, const QString& field, Price* out) {
    std::optional<Price> p;
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (!std::isfinite(d))
            return QStringLiteral("%1 is not a finite number").arg(field);
        p = Price::fromDouble(d);
    } else if (v.isString()) {
        const QString s = v.toString().trimmed();
        if (s.compare(u"nan", Qt::CaseInsensitive) == 0 || s.contains(u"inf", Qt::CaseInsensitive))
            return QStringLiteral("%1 is not a finite number (\"%2\")").arg(field, s);
        p = Price::parse(s, fixedpoint::Rounding::HalfAwayFromZero);
        if (!p)
            return QStringLiteral("%1 is not a decimal number (\"%2\")").arg(field, s);
    } else {
        return QStringLiteral("%1 must be a number or a decimal string").arg(field);
    }
    if (!p)
        return QStringLiteral("%1 is out of range").arg(field);
    if (!p->isPositive())
        return QStringLiteral("%1 must be greater than zero, got %2").arg(field, p->toString());
    *out = *p;
    return {};
}

// Parses one cloud state object; returns an error text on failure.
QString readCloudState(const QJsonValue& v, int index, CloudState* out) {
    const QString where = QStringLiteral("cloud_states[%1]").arg(index);
    if (!v.isObject())
        return where + QStringLiteral(" must be an object");
    const QJsonObject o = v.toObject();
    const auto layer = cloudLayerFromString(o.value(u"cloud_name").toString());
    if (!layer)
        return where +
               QStringLiteral(".cloud_name must be fast, pullback, trend, macro or long_term");
    CloudState c;
    c.layer = *layer;
    for (auto [key, target] :
         {std::pair{u"short_ema", &c.shortEma}, std::pair{u"long_ema", &c.longEma}}) {
        const QJsonValue x = o.value(QStringView(key));
        if (!x.isDouble() || !std::isfinite(x.toDouble()) || x.toDouble() <= 0.0)
            return where + u'.' + QStringView(key).toString() +
                   QStringLiteral(" must be a positive number");
        *target = x.toDouble();
    }
    c.isBullish = o.value(u"is_bullish").toBool(c.shortEma > c.longEma);
    c.thickness = o.value(u"thickness").toDouble(std::abs(c.shortEma - c.longEma) / c.shortEma);
    c.priceAbove = o.value(u"price_above").toBool();
    c.priceInside = o.value(u"price_inside").toBool();
    c.priceBelow = o.value(u"price_below").toBool();
    c.slope = o.value(u"slope").toDouble();
    c.slopeDirection = slopeDirectionFromString(o.value(u"slope_direction").toString())
                           .value_or(SlopeDirection::Flat);
    *out = c;
    return {};
}

} // namespace

QString toString(SignalRejectCode code) {
    switch (code) {
    case SignalRejectCode::None:
        return QStringLiteral("none");
    case SignalRejectCode::MalformedJson:
        return QStringLiteral("malformed_json");
    case SignalRejectCode::NotAnObject:
        return QStringLiteral("not_an_object");
    case SignalRejectCode::MissingField:
        return QStringLiteral("missing_field");
    case SignalRejectCode::WrongType:
        return QStringLiteral("wrong_type");
    case SignalRejectCode::InvalidPrice:
        return QStringLiteral("invalid_price");
    case SignalRejectCode::StopWrongSide:
        return QStringLiteral("stop_wrong_side");
    case SignalRejectCode::TargetWrongSide:
        return QStringLiteral("target_wrong_side");
    case SignalRejectCode::ConvictionOutOfRange:
        return QStringLiteral("conviction_out_of_range");
    case SignalRejectCode::UnknownDirection:
        return QStringLiteral("unknown_direction");
    case SignalRejectCode::UnknownTradeType:
        return QStringLiteral("unknown_trade_type");
    case SignalRejectCode::UnknownTimeframe:
        return QStringLiteral("unknown_timeframe");
    case SignalRejectCode::InconsistentDirection:
        return QStringLiteral("inconsistent_direction");
    case SignalRejectCode::BadTimestamp:
        return QStringLiteral("bad_timestamp");
    case SignalRejectCode::StaleTimestamp:
        return QStringLiteral("stale_timestamp");
    case SignalRejectCode::FutureTimestamp:
        return QStringLiteral("future_timestamp");
    case SignalRejectCode::InvalidTicker:
        return QStringLiteral("invalid_ticker");
    case SignalRejectCode::DuplicateId:
        return QStringLiteral("duplicate_id");
    case SignalRejectCode::Unauthorized:
        return QStringLiteral("unauthorized");
    case SignalRejectCode::PayloadTooLarge:
        return QStringLiteral("payload_too_large");
    case SignalRejectCode::BadRequest:
        return QStringLiteral("bad_request");
    }
    return {};
}

SignalParser::SignalParser(const ExecutorConfig& config)
    : m_maxAgeSeconds(config.signalMaxAgeSeconds)
    , m_maxFutureSeconds(config.signalMaxFutureSeconds)
    , m_volumeConfirmRatio(config.volumeConfirmRatio)
    , m_sectorMap(config.sectorMap) {}

std::optional<TradeType> SignalParser::tradeTypeForTimeframe(QStringView timeframe) {
    if (timeframe == u"1m")
        return TradeType::Scalp;
    for (auto tf : {u"2m", u"3m", u"5m", u"10m", u"15m", u"30m"}) {
        if (timeframe == QStringView(tf))
            return TradeType::Day;
    }
    for (auto tf : {u"1h", u"2h", u"4h", u"1d"}) {
        if (timeframe == QStringView(tf))
            return TradeType::Swing;
    }
    return std::nullopt;
}

bool SignalParser::isValidTicker(QStringView ticker) {
    // US equity symbols: 1-5 letters, optionally a share class suffix such as BRK.B.
    const qsizetype dot = ticker.indexOf(u'.');
    const QStringView root = dot < 0 ? ticker : ticker.left(dot);
    const QStringView suffix = dot < 0 ? QStringView() : ticker.mid(dot + 1);
    auto letters = [](QStringView s, int min, int max) {
        if (s.size() < min || s.size() > max)
            return false;
        for (QChar c : s) {
            if (c < u'A' || c > u'Z')
                return false;
        }
        return true;
    };
    return letters(root, 1, 5) && (dot < 0 || letters(suffix, 1, 2));
}

SignalParseResult SignalParser::parse(const QByteArray& json, qint64 nowMs,
                                      const KnownIdCheck& isKnownId) const {
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        return reject(SignalRejectCode::MalformedJson, {},
                      QStringLiteral("not valid JSON at offset %1: %2")
                          .arg(error.offset)
                          .arg(error.errorString()));
    }
    if (!doc.isObject())
        return reject(SignalRejectCode::NotAnObject, {},
                      QStringLiteral("a signal must be a JSON object"));
    return parse(doc.object(), nowMs, isKnownId);
}

SignalParseResult SignalParser::parse(const QJsonObject& o, qint64 nowMs,
                                      const KnownIdCheck& isKnownId) const {
    for (const char* required : {"signal_type", "direction", "ticker", "timeframe", "conviction",
                                 "entry_price", "stop_loss", "timestamp"}) {
        const QString key = QString::fromLatin1(required);
        if (!o.contains(key) || o.value(key).isNull())
            return reject(SignalRejectCode::MissingField, key,
                          QStringLiteral("missing field %1").arg(key));
    }
    for (const char* stringField :
         {"signal_type", "direction", "ticker", "timeframe", "timestamp"}) {
        const QString key = QString::fromLatin1(stringField);
        if (!o.value(key).isString() || o.value(key).toString().trimmed().isEmpty())
            return reject(SignalRejectCode::WrongType, key,
                          QStringLiteral("%1 must be a non-empty string").arg(key));
    }

    Signal s;
    s.signalType = o.value(u"signal_type").toString().trimmed();

    const QString direction = o.value(u"direction").toString().trimmed().toLower();
    const auto dir = directionFromString(direction);
    if (!dir)
        return reject(
            SignalRejectCode::UnknownDirection, QStringLiteral("direction"),
            QStringLiteral("direction must be \"long\" or \"short\", got \"%1\"").arg(direction));
    s.direction = *dir;
    const bool typeSaysLong = s.signalType.contains(u"bullish") || s.signalType.endsWith(u"_long");
    const bool typeSaysShort =
        s.signalType.contains(u"bearish") || s.signalType.endsWith(u"_short");
    if ((typeSaysLong && s.direction == Direction::Short) ||
        (typeSaysShort && s.direction == Direction::Long))
        return reject(
            SignalRejectCode::InconsistentDirection, QStringLiteral("direction"),
            QStringLiteral("signal_type %1 contradicts direction %2").arg(s.signalType, direction));

    s.ticker = o.value(u"ticker").toString().trimmed().toUpper();
    if (!isValidTicker(s.ticker))
        return reject(SignalRejectCode::InvalidTicker, QStringLiteral("ticker"),
                      QStringLiteral("\"%1\" is not a valid US equity symbol")
                          .arg(o.value(u"ticker").toString()));

    s.timeframe = o.value(u"timeframe").toString().trimmed();
    const auto derivedType = tradeTypeForTimeframe(s.timeframe);
    if (!derivedType)
        return reject(SignalRejectCode::UnknownTimeframe, QStringLiteral("timeframe"),
                      QStringLiteral("unknown timeframe \"%1\" (1m, 5m, 10m, 15m, 30m, 1h, 4h, 1d)")
                          .arg(s.timeframe));
    s.tradeType = *derivedType;
    if (o.contains(u"trade_type") && !o.value(u"trade_type").isNull()) {
        const auto t = tradeTypeFromString(o.value(u"trade_type").toString());
        if (!t)
            return reject(SignalRejectCode::UnknownTradeType, QStringLiteral("trade_type"),
                          QStringLiteral("trade_type must be day, swing or scalp"));
        s.tradeType = *t;
    }

    const QJsonValue conviction = o.value(u"conviction");
    if (!conviction.isDouble() || !std::isfinite(conviction.toDouble()) ||
        std::floor(conviction.toDouble()) != conviction.toDouble())
        return reject(SignalRejectCode::WrongType, QStringLiteral("conviction"),
                      QStringLiteral("conviction must be a whole number 0-100"));
    if (conviction.toDouble() < 0 || conviction.toDouble() > 100)
        return reject(
            SignalRejectCode::ConvictionOutOfRange, QStringLiteral("conviction"),
            QStringLiteral("conviction must be within 0-100, got %1").arg(conviction.toDouble()));
    s.conviction = static_cast<int>(conviction.toDouble());

    for (auto [key, target] : {std::pair{QStringLiteral("entry_price"), &s.entryPrice},
                               std::pair{QStringLiteral("stop_loss"), &s.stopLoss}}) {
        const QString problem = readPrice(o.value(key), key, target);
        if (!problem.isEmpty())
            return reject(SignalRejectCode::InvalidPrice, key, problem);
    }
    const int side = sign(s.direction);
    if ((s.entryPrice - s.stopLoss).units() * side <= 0)
        return reject(SignalRejectCode::StopWrongSide, QStringLiteral("stop_loss"),
                      QStringLiteral("stop_loss %1 must be %2 entry_price %3 for a %4")
                          .arg(s.stopLoss.toString(),
                               side > 0 ? QStringLiteral("below") : QStringLiteral("above"),
                               s.entryPrice.toString(), direction));
    if (o.contains(u"target_price") && !o.value(u"target_price").isNull()) {
        Price target;
        const QString problem =
            readPrice(o.value(u"target_price"), QStringLiteral("target_price"), &target);
        if (!problem.isEmpty())
            return reject(SignalRejectCode::InvalidPrice, QStringLiteral("target_price"), problem);
        if ((target - s.entryPrice).units() * side <= 0)
            return reject(SignalRejectCode::TargetWrongSide, QStringLiteral("target_price"),
                          QStringLiteral("target_price %1 must be %2 entry_price %3 for a %4")
                              .arg(target.toString(),
                                   side > 0 ? QStringLiteral("above") : QStringLiteral("below"),
                                   s.entryPrice.toString(), direction));
        s.targetPrice = target;
    }

    const QString ts = o.value(u"timestamp").toString().trimmed();
    const QDateTime when = QDateTime::fromString(ts, Qt::ISODateWithMs);
    if (!when.isValid())
        return reject(SignalRejectCode::BadTimestamp, QStringLiteral("timestamp"),
                      QStringLiteral("timestamp \"%1\" is not ISO-8601").arg(ts));
    if (when.timeSpec() == Qt::LocalTime)
        return reject(SignalRejectCode::BadTimestamp, QStringLiteral("timestamp"),
                      QStringLiteral(
                          "timestamp \"%1\" has no UTC offset; send e.g. 2026-11-24T15:31:00+00:00")
                          .arg(ts));
    s.timestampMs = when.toMSecsSinceEpoch();
    if (nowMs - s.timestampMs > qint64(m_maxAgeSeconds) * 1000)
        return reject(SignalRejectCode::StaleTimestamp, QStringLiteral("timestamp"),
                      QStringLiteral("signal is %1 s old; the limit is %2 s")
                          .arg((nowMs - s.timestampMs) / 1000)
                          .arg(m_maxAgeSeconds));
    if (s.timestampMs - nowMs > qint64(m_maxFutureSeconds) * 1000)
        return reject(SignalRejectCode::FutureTimestamp, QStringLiteral("timestamp"),
                      QStringLiteral("signal is %1 s in the future; the tolerance is %2 s")
                          .arg((s.timestampMs - nowMs) / 1000)
                          .arg(m_maxFutureSeconds));

    if (o.contains(u"cloud_states") && !o.value(u"cloud_states").isNull()) {
        if (!o.value(u"cloud_states").isArray())
            return reject(SignalRejectCode::WrongType, QStringLiteral("cloud_states"),
                          QStringLiteral("cloud_states must be an array"));
        const QJsonArray clouds = o.value(u"cloud_states").toArray();
        for (int i = 0; i < clouds.size(); ++i) {
            CloudState c;
            const QString problem = readCloudState(clouds.at(i), i, &c);
            if (!problem.isEmpty())
                return reject(SignalRejectCode::WrongType, QStringLiteral("cloud_states"), problem);
            s.cloudStates.append(c);
        }
    }

    if (o.contains(u"metadata") && !o.value(u"metadata").isNull()) {
        if (!o.value(u"metadata").isObject())
            return reject(SignalRejectCode::WrongType, QStringLiteral("metadata"),
                          QStringLiteral("metadata must be an object"));
        s.metadata = o.value(u"metadata").toObject();
    }
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!knownFields().contains(it.key()) && !s.metadata.contains(it.key()))
            s.metadata.insert(it.key(), it.value());
    }

    if (o.contains(u"volume_confirmed") && !o.value(u"volume_confirmed").isNull()) {
        if (!o.value(u"volume_confirmed").isBool())
            return reject(SignalRejectCode::WrongType, QStringLiteral("volume_confirmed"),
                          QStringLiteral("volume_confirmed must be true or false"));
        s.volumeConfirmed = o.value(u"volume_confirmed").toBool();
    } else {
        s.volumeConfirmed = s.metadata.value(u"volume_ratio").toDouble(0.0) >= m_volumeConfirmRatio;
    }

    if (o.contains(u"sector") && !o.value(u"sector").isNull()) {
        if (!o.value(u"sector").isString() || o.value(u"sector").toString().trimmed().isEmpty())
            return reject(SignalRejectCode::WrongType, QStringLiteral("sector"),
                          QStringLiteral("sector must be a non-empty string"));
        s.sector = o.value(u"sector").toString().trimmed();
    } else {
        // Unknown tickers count as a sector of their own, so they are limited like one.
        s.sector = m_sectorMap.value(s.ticker, s.ticker);
    }

    if (o.contains(u"signal_id") && !o.value(u"signal_id").isNull()) {
        if (!o.value(u"signal_id").isString() ||
            o.value(u"signal_id").toString().trimmed().isEmpty())
            return reject(SignalRejectCode::WrongType, QStringLiteral("signal_id"),
                          QStringLiteral("signal_id must be a non-empty string"));
        s.signalId = o.value(u"signal_id").toString().trimmed();
    } else {
        s.signalId = deriveSignalId(s.ticker, s.signalType, s.timeframe, s.timestampMs);
    }
    if (isKnownId && isKnownId(s.signalId))
        return reject(SignalRejectCode::DuplicateId, QStringLiteral("signal_id"),
                      QStringLiteral("signal %1 was already received").arg(s.signalId));

    SignalParseResult r;
    r.signal = std::move(s);
    return r;
}

} // namespace axion
