#include "core/ClientOrderId.h"

#include <QCryptographicHash>

namespace axion {

namespace {

constexpr qsizetype kMaxSignalPart = 32;

QString shortHash(const QString& text, int hexChars) {
    const QByteArray digest =
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex();
    return QString::fromLatin1(digest.left(hexChars));
}

} // namespace

QString clientOrderId(const QString& signalId, OrderLeg leg, int sequence) {
    QString base = signalId;
    if (base.size() > kMaxSignalPart)
        base = base.left(kMaxSignalPart - 9) + u'~' + shortHash(signalId, 8);
    QString id = base + u'-' + toString(leg);
    if (sequence > 1)
        id += u'-' + QString::number(sequence);
    return id;
}

QString deriveSignalId(const QString& ticker, const QString& signalType, const QString& timeframe,
                       qint64 timestampMs) {
    const QString key =
        ticker + u'|' + signalType + u'|' + timeframe + u'|' + QString::number(timestampMs);
    return QStringLiteral("sig-") + shortHash(key, 16);
}

} // namespace axion
