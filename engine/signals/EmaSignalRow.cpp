#include "signals/EmaSignalRow.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <cmath>

namespace axion {

namespace {

bool isNumeric(const QVariant& v) {
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float:
        return true;
    default:
        return false;
    }
}

// A column value as JSON: numbers stay numbers, anything else is text, which the parser accepts
// for prices (decimal strings) and rejects with a precise reason elsewhere.
QJsonValue columnToJson(const QVariant& v) {
    if (isNumeric(v))
        return QJsonValue(v.toDouble());
    return QJsonValue(v.toString());
}

bool isNull(const QVariant& v) {
    return !v.isValid() || v.isNull();
}

SignalParseResult rejectRow(SignalRejectCode code, const QString& field, const QString& message) {
    SignalParseResult r;
    r.code = code;
    r.field = field;
    r.message = message;
    return r;
}

} // namespace

EmaSignalRow::Conversion EmaSignalRow::toSignalObject() const {
    Conversion c;
    QJsonObject& o = c.object;
    const std::pair<const char*, const QVariant*> plain[] = {
        {"ticker", &ticker},       {"signal_type", &signalType},  {"direction", &direction},
        {"timeframe", &timeframe}, {"conviction", &conviction},   {"entry_price", &entryPrice},
        {"stop_loss", &stopLoss},  {"target_price", &targetPrice}};
    for (const auto& [key, value] : plain) {
        if (!isNull(*value))
            o.insert(QString::fromLatin1(key), columnToJson(*value));
    }
    if (!isNull(createdAt)) {
        const auto when = parseCreatedAt(createdAt);
        // Unreadable text goes on as it is, so the parser rejects it as a bad timestamp and the
        // journal shows what the row held.
        o.insert(QStringLiteral("timestamp"),
                 when ? when->toString(Qt::ISODateWithMs) : createdAt.toString());
    }
    o.insert(QStringLiteral("source"), QStringLiteral("sqlite"));
    o.insert(QStringLiteral("ema_signals_id"), QJsonValue(double(id)));

    const std::pair<const char*, const QVariant*> jsonColumns[] = {
        {"cloud_states", &cloudStatesJson}, {"metadata", &metadataJson}};
    for (const auto& [key, value] : jsonColumns) {
        const QString field = QString::fromLatin1(key);
        const QString column = field + QStringLiteral("_json");
        if (isNull(*value) || value->toString().trimmed().isEmpty())
            continue;
        const QByteArray text = value->toString().toUtf8();
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
        if (error.error != QJsonParseError::NoError) {
            // Kept as text in the journaled object, so the rejection shows what was there.
            o.insert(column, QString::fromUtf8(text));
            if (!c.rejection)
                c.rejection = rejectRow(SignalRejectCode::MalformedJson, column,
                                        QStringLiteral("%1 is not valid JSON at offset %2: %3")
                                            .arg(column)
                                            .arg(error.offset)
                                            .arg(error.errorString()));
            continue;
        }
        if (doc.isArray())
            o.insert(field, doc.array());
        else
            o.insert(field, doc.object());
    }
    return c;
}

std::optional<QDateTime> EmaSignalRow::parseCreatedAt(const QVariant& value) {
    if (isNull(value))
        return std::nullopt;
    if (isNumeric(value)) {
        const double seconds = value.toDouble();
        // Bounded so the conversion to milliseconds cannot overflow: years 1970 to ~5138.
        if (!std::isfinite(seconds) || seconds < 0 || seconds > 1e11)
            return std::nullopt;
        return QDateTime::fromMSecsSinceEpoch(qint64(std::llround(seconds * 1000.0)), Qt::UTC);
    }
    static const QRegularExpression pattern(
        QStringLiteral(
            R"(^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2})?)(?:\.(\d{1,9}))?\s*(Z|[+-]\d{2}:?\d{2})?$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = pattern.match(value.toString().trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(m.captured(1), Qt::ISODate);
    QTime time = QTime::fromString(m.captured(2), Qt::ISODate);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    // Milliseconds are what the engine keeps; Python writes microseconds.
    const QString fraction = m.captured(3);
    if (!fraction.isEmpty())
        time = time.addMSecs(QString(fraction + QStringLiteral("00")).left(3).toInt());
    int offsetSeconds = 0;
    const QString zone = m.captured(4);
    if (!zone.isEmpty() && zone.compare(u"z", Qt::CaseInsensitive) != 0) {
        QString digits = zone.mid(1);
        digits.remove(u':');
        const int hours = digits.left(2).toInt();
        const int minutes = digits.mid(2, 2).toInt();
        if (hours > 23 || minutes > 59)
            return std::nullopt;
        offsetSeconds = (zone.at(0) == u'-' ? -1 : 1) * (hours * 3600 + minutes * 60);
    }
    // A naive time is UTC: that is what SQLite's CURRENT_TIMESTAMP and the PRD-134 engine write.
    QDateTime when(date, time, Qt::OffsetFromUTC, offsetSeconds);
    if (!when.isValid())
        return std::nullopt;
    return when;
}

} // namespace axion
