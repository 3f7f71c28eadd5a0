#include "core/ClientOrderId.h"

#include "core/IdText.h"

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
    const QString shortened = signalId.size() > kMaxSignalPart ? signalId.left(kMaxSignalPart - 9) +
                                                                     u'~' + shortHash(signalId, 8)
                                                               : QString();
    const QStringView base = shortened.isNull() ? QStringView(signalId) : QStringView(shortened);
    const QString legName = toString(leg); // a literal: no allocation
    const bool numbered = sequence > 1;
    const int digits = numbered ? decimalDigits(quint64(sequence)) : 0;
    QString id(base.size() + 1 + legName.size() + (numbered ? 1 + digits : 0), Qt::Uninitialized);
    QChar* out = writeText(id.data(), base);
    *out++ = u'-';
    out = writeText(out, legName);
    if (numbered) {
        *out++ = u'-';
        writeDecimal(out, quint64(sequence), digits);
    }
    return id;
}

QString deriveSignalId(const QString& ticker, const QString& signalType, const QString& timeframe,
                       qint64 timestampMs) {
    // 64-bit FNV-1a over the identifying fields: stable across runs, machines and Qt versions
    // (unlike qHash, which is seeded), and cheap enough for signals built at replay speed. The id
    // only has to tell signals apart, not resist an adversary.
    constexpr quint64 kPrime = 0x100000001b3ULL;
    quint64 h = 0xcbf29ce484222325ULL;
    auto mix = [&h](QStringView text) {
        for (QChar c : text) {
            h ^= c.unicode();
            h *= kPrime;
        }
        h ^= 0x1f; // field separator: ("AB","C") and ("A","BC") differ
        h *= kPrime;
    };
    mix(ticker);
    mix(signalType);
    mix(timeframe);
    for (int i = 0; i < 8; ++i) {
        h ^= static_cast<quint64>(timestampMs >> (8 * i)) & 0xffU;
        h *= kPrime;
    }
    // "sig-" and 16 lower-case hex digits, written directly: QString::arg() would parse a format
    // string for every signal a replay emits.
    constexpr char16_t kHex[] = u"0123456789abcdef";
    QString id(4 + 16, Qt::Uninitialized);
    QChar* out = writeText(id.data(), u"sig-");
    for (int shift = 60; shift >= 0; shift -= 4)
        *out++ = QChar(kHex[(h >> shift) & 0xfU]);
    return id;
}

} // namespace axion
