#include "journal/CsvExport.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>
#include <QSaveFile>
#include <QStringList>

namespace axion {

namespace {

const QLatin1StringView kCrLf("\r\n");

QString utcTime(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

template <typename T>
QString optionalAmount(const std::optional<T>& value) {
    return value ? value->toString() : QString();
}

} // namespace

QString CsvExport::escapeField(QStringView field) {
    const bool needsQuotes = field.contains(u',') || field.contains(u'"') ||
                             field.contains(u'\r') || field.contains(u'\n');
    if (!needsQuotes)
        return field.toString();
    QString out;
    out.reserve(field.size() + 2);
    out += u'"';
    for (const QChar c : field) {
        if (c == u'"')
            out += u'"';
        out += c;
    }
    out += u'"';
    return out;
}

QString CsvExport::header() {
    return QStringLiteral("id,signal_id,ticker,direction,trade_type,entry_price,exit_price,shares,"
                          "stop_loss,target_price,conviction,status,exit_reason,pnl,pnl_pct,"
                          "broker,order_id,entry_time,exit_time,metadata_json");
}

QString CsvExport::tradeRow(const TradeRecord& t) {
    const QStringList fields{
        QString::number(t.id),
        t.signalId,
        t.ticker,
        toString(t.direction),
        toString(t.tradeType),
        t.entryPrice.toString(),
        optionalAmount(t.exitPrice),
        QString::number(t.shares),
        optionalAmount(t.stopLoss),
        optionalAmount(t.targetPrice),
        QString::number(t.conviction),
        toString(t.status),
        t.exitReason,
        optionalAmount(t.pnl),
        // A ratio, not money: the shortest text that reads back as the same double.
        t.pnlPct ? QString::number(*t.pnlPct, 'g', QLocale::FloatingPointShortest) : QString(),
        t.broker,
        t.orderId,
        utcTime(t.entryTimeMs),
        t.exitTimeMs ? utcTime(*t.exitTimeMs) : QString(),
        t.metadata.isEmpty()
            ? QString()
            : QString::fromUtf8(QJsonDocument(t.metadata).toJson(QJsonDocument::Compact)),
    };
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += u',';
        line += escapeField(fields.at(i));
    }
    return line;
}

QString CsvExport::trades(const QList<TradeRecord>& trades) {
    QString out = header() + kCrLf;
    for (const TradeRecord& t : trades)
        out += tradeRow(t) + kCrLf;
    return out;
}

bool CsvExport::writeTrades(const QList<TradeRecord>& list, const QString& path, QString* error) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(trades(list).toUtf8());
    if (!file.commit()) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace axion
