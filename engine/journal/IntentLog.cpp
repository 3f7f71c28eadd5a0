#include "journal/IntentLog.h"

#include <QList>

namespace axion {

namespace {

constexpr char kSeparator = '|';
constexpr QByteArrayView kVersion = "i1";
constexpr int kFieldCount = 17; // version, 15 intent fields, checksum

quint64 fnv1a(QByteArrayView bytes) {
    quint64 h = 0xcbf29ce484222325ULL;
    for (const char c : bytes) {
        h ^= static_cast<unsigned char>(c);
        h *= 0x100000001b3ULL;
    }
    return h;
}

bool needsEscape(char c) {
    return c == kSeparator || c == '%' || c == '\n' || c == '\r';
}

void appendText(QByteArray& out, const QString& text) {
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        if (needsEscape(c)) {
            static constexpr char kHex[] = "0123456789ABCDEF";
            out += '%';
            out += kHex[(static_cast<unsigned char>(c) >> 4) & 0xf];
            out += kHex[static_cast<unsigned char>(c) & 0xf];
        } else {
            out += c;
        }
    }
}

std::optional<QString> readText(QByteArrayView field) {
    if (!field.contains('%'))
        return QString::fromUtf8(field);
    QByteArray bytes;
    bytes.reserve(field.size());
    for (qsizetype i = 0; i < field.size(); ++i) {
        if (field[i] != '%') {
            bytes += field[i];
            continue;
        }
        if (i + 2 >= field.size())
            return std::nullopt;
        bool ok = false;
        const int value = field.sliced(i + 1, 2).toInt(&ok, 16);
        if (!ok)
            return std::nullopt;
        bytes += static_cast<char>(value);
        i += 2;
    }
    return QString::fromUtf8(bytes);
}

void appendNumber(QByteArray& out, qint64 value) {
    out += QByteArray::number(value);
}

void appendOptionalPrice(QByteArray& out, const std::optional<Price>& price) {
    if (price)
        appendNumber(out, price->units());
}

std::optional<qint64> readNumber(QByteArrayView field) {
    bool ok = false;
    const qint64 v = field.toLongLong(&ok);
    return ok ? std::optional<qint64>(v) : std::nullopt;
}

template <typename E>
std::optional<E> readEnum(QByteArrayView field, int count) {
    const auto v = readNumber(field);
    if (!v || *v < 0 || *v >= count)
        return std::nullopt;
    return static_cast<E>(*v);
}

} // namespace

QString toString(OrderIntent::Kind kind) {
    switch (kind) {
    case OrderIntent::Kind::Submit:
        return QStringLiteral("submit");
    case OrderIntent::Kind::Cancel:
        return QStringLiteral("cancel");
    case OrderIntent::Kind::Replace:
        return QStringLiteral("replace");
    }
    return {};
}

QByteArray IntentLog::encode(const OrderIntent& intent) {
    QByteArray out;
    encode(intent, out);
    return out;
}

void IntentLog::encode(const OrderIntent& intent, QByteArray& out) {
    const qsizetype start = out.size();
    out.reserve(start + 256);
    const Order& o = intent.order;
    const auto sep = [&out] { out += kSeparator; };
    out += kVersion;
    sep();
    appendNumber(out, static_cast<int>(intent.kind));
    sep();
    appendNumber(out, intent.engineTimeMs);
    sep();
    appendText(out, o.clientOrderId);
    sep();
    appendText(out, o.signalId);
    sep();
    appendNumber(out, static_cast<int>(o.leg));
    sep();
    appendText(out, o.ticker);
    sep();
    appendNumber(out, static_cast<int>(o.side));
    sep();
    appendNumber(out, o.quantity);
    sep();
    appendNumber(out, static_cast<int>(o.type));
    sep();
    appendOptionalPrice(out, o.limitPrice);
    sep();
    appendOptionalPrice(out, o.stopPrice);
    sep();
    appendNumber(out, static_cast<int>(o.timeInForce));
    sep();
    appendText(out, o.broker);
    sep();
    appendText(out, o.parentClientOrderId);
    sep();
    appendText(out, o.ocoGroup);
    sep();
    out += QByteArray::number(fnv1a(QByteArrayView(out).sliced(start)), 16);
    out += '\n';
}

std::optional<OrderIntent> IntentLog::decode(QByteArrayView line) {
    if (line.endsWith('\n'))
        line.chop(1);
    const qsizetype lastSep = line.lastIndexOf(kSeparator);
    if (lastSep < 0)
        return std::nullopt;
    bool ok = false;
    const quint64 sum = line.sliced(lastSep + 1).toULongLong(&ok, 16);
    if (!ok || sum != fnv1a(line.first(lastSep + 1)))
        return std::nullopt;
    const QList<QByteArray> f = line.toByteArray().split(kSeparator);
    if (f.size() != kFieldCount || f[0] != kVersion)
        return std::nullopt;

    OrderIntent intent;
    Order& o = intent.order;
    const auto kind = readEnum<OrderIntent::Kind>(f[1], 3);
    const auto time = readNumber(f[2]);
    const auto clientId = readText(f[3]);
    const auto signalId = readText(f[4]);
    const auto leg = readEnum<OrderLeg>(f[5], 5);
    const auto ticker = readText(f[6]);
    const auto side = readEnum<OrderSide>(f[7], 2);
    const auto quantity = readNumber(f[8]);
    const auto type = readEnum<OrderType>(f[9], 4);
    const auto tif = readEnum<TimeInForce>(f[12], 3);
    const auto broker = readText(f[13]);
    const auto parent = readText(f[14]);
    const auto oco = readText(f[15]);
    if (!kind || !time || !clientId || clientId->isEmpty() || !signalId || !leg || !ticker ||
        !side || !quantity || !type || !tif || !broker || !parent || !oco)
        return std::nullopt;
    for (const int priceField : {10, 11}) {
        if (f[priceField].isEmpty())
            continue;
        const auto units = readNumber(f[priceField]);
        if (!units)
            return std::nullopt;
        (priceField == 10 ? o.limitPrice : o.stopPrice) = Price::fromUnits(*units);
    }
    intent.kind = *kind;
    intent.engineTimeMs = *time;
    o.clientOrderId = *clientId;
    o.signalId = *signalId;
    o.leg = *leg;
    o.ticker = *ticker;
    o.side = *side;
    o.quantity = *quantity;
    o.type = *type;
    o.timeInForce = *tif;
    o.broker = *broker;
    o.parentClientOrderId = *parent;
    o.ocoGroup = *oco;
    return intent;
}

bool IntentLog::open(const QString& path) {
    close();
    m_file.setFileName(path);
    // Unbuffered: each append is one write() of the whole line straight to the kernel.
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered)) {
        m_error = QStringLiteral("intent log %1: %2").arg(path, m_file.errorString());
        return false;
    }
    m_size = m_file.size();
    m_error.clear();
    return true;
}

void IntentLog::close() {
    if (m_file.isOpen())
        m_file.close();
    m_size = 0;
}

bool IntentLog::append(std::span<const OrderIntent> intents) {
    if (!m_file.isOpen()) {
        m_error = QStringLiteral("intent log is not open");
        return false;
    }
    m_buffer.clear(); // keeps its capacity
    for (const OrderIntent& intent : intents)
        encode(intent, m_buffer);
    const qint64 written = m_file.write(m_buffer);
    if (written != m_buffer.size()) {
        m_error = QStringLiteral("intent log %1: write failed: %2")
                      .arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    m_size += written;
    return true;
}

bool IntentLog::clear() {
    if (!m_file.isOpen() || m_size == 0)
        return true;
    if (!m_file.resize(0)) {
        m_error = QStringLiteral("intent log %1: cannot empty it: %2")
                      .arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    m_size = 0;
    return true;
}

IntentLog::Contents IntentLog::read(const QString& path) {
    Contents out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return out;
    const QByteArray all = file.readAll();
    qsizetype start = 0;
    while (start < all.size()) {
        const qsizetype end = all.indexOf('\n', start);
        if (end < 0) { // the last write was cut short: it came before its send
            ++out.skipped;
            break;
        }
        if (auto intent = decode(QByteArrayView(all).sliced(start, end - start + 1)))
            out.intents.append(std::move(*intent));
        else
            ++out.skipped;
        start = end + 1;
    }
    return out;
}

} // namespace axion
