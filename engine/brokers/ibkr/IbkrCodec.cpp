#include "brokers/ibkr/IbkrCodec.h"

#include "core/FixedPoint.h"

#include <QDateTime>
#include <QtEndian>
#include <array>

namespace axion::ibkr {

using namespace Qt::StringLiterals;

namespace {

// Outgoing message ids (EClient.java).
enum OutId : int {
    kReqRealTimeBars = 50,
    kCancelRealTimeBars = 51,
    kPlaceOrder = 3,
    kCancelOrder = 4,
    kReqOpenOrders = 5,
    kReqExecutions = 7,
    kReqIds = 8,
    kReqManagedAccts = 17,
    kReqCurrentTime = 49,
    kReqGlobalCancel = 58,
    kReqPositions = 61,
    kReqAccountSummary = 62,
    kStartApi = 71,
};

// Unset numbers as other clients write them.
constexpr QByteArrayView kIntMax = "2147483647";
constexpr QByteArrayView kDoubleMax = "1.7976931348623157E308";

QByteArray number(qint64 n) {
    return QByteArray::number(n);
}

bool unset(const QByteArray& f) {
    return f.isEmpty() || f == kIntMax || f == kDoubleMax;
}

// An int field: empty and Integer.MAX_VALUE are 0; nullopt when it is not a number.
std::optional<qint64> intOf(const QByteArray& f) {
    if (unset(f))
        return 0;
    bool ok = false;
    const qint64 v = f.toLongLong(&ok);
    return ok ? std::optional(v) : std::nullopt;
}

// A price field; nullopt when unset, Malformed is the caller's when it does not parse.
std::optional<Price> priceOf(const QByteArray& f, bool* ok) {
    *ok = true;
    if (unset(f))
        return std::nullopt;
    const std::optional<qint64> u =
        fixedpoint::parse(QString::fromLatin1(f), fixedpoint::Rounding::HalfAwayFromZero);
    if (!u) {
        *ok = false;
        return std::nullopt;
    }
    return Price::fromUnits(*u);
}

// Whole shares from a decimal ("100", "100.0", "-5"); nullopt for a fraction or no number.
std::optional<Quantity> sharesOf(const QByteArray& f) {
    if (f.isEmpty())
        return 0;
    const std::optional<qint64> u = fixedpoint::parse(QString::fromLatin1(f));
    if (!u || *u % fixedpoint::kScale != 0)
        return std::nullopt;
    return *u / fixedpoint::kScale;
}

QByteArray text(const QString& s) {
    return s.toLatin1();
}

QByteArray typeText(OrderType t) {
    switch (t) {
    case OrderType::Market:
        return "MKT";
    case OrderType::Limit:
        return "LMT";
    case OrderType::Stop:
        return "STP";
    case OrderType::StopLimit:
        return "STP LMT";
    }
    return "MKT";
}

QByteArray tifText(TimeInForce t) {
    switch (t) {
    case TimeInForce::Day:
        return "DAY";
    case TimeInForce::Gtc:
        return "GTC";
    case TimeInForce::Ioc:
        return "IOC";
    }
    return "DAY";
}

} // namespace

QByteArray frame(const Fields& fields) {
    QByteArray payload;
    for (const QByteArray& f : fields) {
        payload += f;
        payload += '\0';
    }
    QByteArray out(4, '\0');
    qToBigEndian<quint32>(quint32(payload.size()), out.data());
    return out + payload;
}

QByteArray handshake() {
    const QByteArray version = "v" + number(kMinServerVersion) + ".." + number(kMaxServerVersion);
    QByteArray length(4, '\0');
    qToBigEndian<quint32>(quint32(version.size()), length.data());
    return QByteArrayLiteral("API") + '\0' + length + version;
}

std::optional<Fields> FrameReader::next(QString* error) {
    if (m_broken)
        return std::nullopt;
    if (m_buffer.size() - m_offset < 4)
        return std::nullopt;
    const quint32 length = qFromBigEndian<quint32>(m_buffer.constData() + m_offset);
    if (length == 0 || length > quint32(kMaxFrameBytes)) {
        m_broken = true;
        *error = u"a frame of %1 bytes (at most %2): the stream is broken"_s.arg(length).arg(
            kMaxFrameBytes);
        return std::nullopt;
    }
    if (m_buffer.size() - m_offset - 4 < qsizetype(length))
        return std::nullopt;
    const QByteArray payload = m_buffer.mid(m_offset + 4, length);
    m_offset += 4 + length;
    // Keep the buffer from growing: drop what was read once it is most of it.
    if (m_offset > 64 * 1024 || m_offset == m_buffer.size()) {
        m_buffer.remove(0, m_offset);
        m_offset = 0;
    }
    Fields fields = payload.split('\0');
    if (!fields.isEmpty() && fields.last().isEmpty())
        fields.removeLast(); // the last field's NUL
    return fields;
}

std::optional<ServerHello> decodeHello(const Fields& fields, QString* error) {
    if (fields.size() < 2) {
        *error = u"the server's first message has %1 field(s), not 2"_s.arg(fields.size());
        return std::nullopt;
    }
    bool ok = false;
    const int v = fields[0].toInt(&ok);
    if (!ok) {
        *error = u"the server version is not a number: %1"_s.arg(QString::fromLatin1(fields[0]));
        return std::nullopt;
    }
    return ServerHello{v, QString::fromLatin1(fields[1])};
}

QString versionProblem(int v) {
    if (v >= kMinServerVersion && v <= kMaxServerVersion)
        return {};
    if (v == -1)
        return u"TWS redirected the connection to another host: not followed"_s;
    return u"TWS / IB Gateway answered with API server version %1; this executor speaks %2 to %3 "
           "(the text protocol). Use an IB Gateway or TWS that offers those versions."_s.arg(v)
               .arg(kMinServerVersion)
               .arg(kMaxServerVersion);
}

Fields startApi(int clientId) {
    return {number(kStartApi), "2", number(clientId), ""};
}
Fields reqIds() {
    return {number(kReqIds), "1", "1"};
}
Fields reqCurrentTime() {
    return {number(kReqCurrentTime), "1"};
}
Fields reqManagedAccounts() {
    return {number(kReqManagedAccts), "1"};
}
Fields reqPositions() {
    return {number(kReqPositions), "1"};
}
Fields reqOpenOrders() {
    return {number(kReqOpenOrders), "1"};
}
Fields reqAccountSummary(int reqId) {
    return {number(kReqAccountSummary), "1", number(reqId), "All",
            "NetLiquidation,TotalCashValue,BuyingPower"};
}
Fields reqExecutions(int reqId, int clientId, qint64 sinceUtcMs) {
    const QByteArray since = sinceUtcMs > 0 ? QDateTime::fromMSecsSinceEpoch(sinceUtcMs, Qt::UTC)
                                                  .toString(u"yyyyMMdd-HH:mm:ss"_s)
                                                  .toLatin1()
                                            : QByteArray();
    return {
        number(kReqExecutions), "3", number(reqId), number(clientId), "", since, "", "", "", ""};
}
Fields reqRealTimeBars(int reqId, const QString& symbol) {
    return {number(kReqRealTimeBars),
            "3",
            number(reqId),
            "",
            text(symbol),
            "STK",
            "",
            "",
            "",
            "",
            "SMART",
            "",
            "USD",
            "",
            "",
            "5",
            "TRADES",
            "1",
            ""};
}
Fields cancelRealTimeBars(int reqId) {
    return {number(kCancelRealTimeBars), "1", number(reqId)};
}
Fields cancelOrder(int orderId) {
    return {number(kCancelOrder), "1", number(orderId), ""};
}
Fields reqGlobalCancel() {
    return {number(kReqGlobalCancel), "1"};
}

QString priceText(Price price, OrderSide side) {
    return roundToTick(price, side == OrderSide::Sell ? TickRounding::Up : TickRounding::Down)
        .toString(0);
}

Fields placeOrder(const Order& order, const OrderPlacement& p, int serverVersion) {
    // The 115 fields of a plain STK order at server version 176 (ibkr-tws-api.md §2.6), by
    // their position there; what we do not set stays empty, as @stoqey/ib writes it.
    std::array<QByteArray, 116> f; // f[1..115]
    f[1] = number(kPlaceOrder);
    f[2] = number(p.orderId);
    f[4] = text(order.ticker);
    f[5] = "STK";
    f[10] = "SMART";
    f[12] = "USD";
    f[17] = order.side == OrderSide::Buy ? "BUY" : "SELL";
    f[18] = number(order.quantity);
    f[19] = typeText(order.type);
    if (order.limitPrice && (order.type == OrderType::Limit || order.type == OrderType::StopLimit))
        f[20] = text(priceText(*order.limitPrice, order.side));
    if (order.stopPrice && (order.type == OrderType::Stop || order.type == OrderType::StopLimit))
        f[21] = text(priceText(*order.stopPrice, order.side));
    f[22] = tifText(order.timeInForce);
    f[23] = text(p.ocaGroup);
    f[24] = text(p.account);
    f[27] = text(order.clientOrderId);
    f[28] = p.transmit ? "1" : "0";
    if (p.parentId > 0)
        f[29] = number(p.parentId);
    if (p.ocaType > 0)
        f[48] = number(p.ocaType);
    f[83] = "0"; // deltaNeutralContractPresent
    f[91] = "0"; // conditionsCount
    Fields out;
    out.reserve(115);
    for (int i = 1; i <= 115; ++i) {
        if (i == 43 && serverVersion >= 177)
            continue; // faProfile, removed at 177
        out.append(f[size_t(i)]);
    }
    return out;
}

bool ErrorMessage::informational() const {
    if (code >= 2100 && code <= 2199)
        return true;
    // Warnings that leave an order as it was (ib_async's list).
    static constexpr std::array kWarnings{105, 110, 165, 321, 329, 399, 404, 434, 492, 10167};
    for (int w : kWarnings) {
        if (code == w)
            return true;
    }
    return false;
}

namespace {

Malformed malformed(int id, const QString& why) {
    return Malformed{id, why};
}

} // namespace

Incoming decode(const Fields& fields, int serverVersion) {
    if (fields.isEmpty())
        return malformed(0, u"an empty message"_s);
    bool idOk = false;
    const int id = fields[0].toInt(&idOk);
    if (!idOk)
        return malformed(0, u"the message id is not a number: "_s + QString::fromLatin1(fields[0]));
    const auto need = [&](qsizetype n) { return fields.size() >= n; };
    const auto str = [&](qsizetype i) { return QString::fromLatin1(fields.value(i)); };
    bool ok = true;
    switch (id) {
    case kNextValidId: {
        const auto v = need(3) ? intOf(fields[2]) : std::nullopt;
        if (!v)
            return malformed(id, u"nextValidId without an order id"_s);
        return NextValidId{int(*v)};
    }
    case kManagedAccounts: {
        if (!need(3))
            return malformed(id, u"managedAccounts without accounts"_s);
        QStringList accounts = str(2).split(u',', Qt::SkipEmptyParts);
        return ManagedAccounts{accounts};
    }
    case kError: {
        if (!need(5))
            return malformed(id, u"error with %1 fields"_s.arg(fields.size()));
        const auto req = intOf(fields[2]);
        const auto code = intOf(fields[3]);
        if (!req || !code)
            return malformed(id, u"error: reqId or code not a number"_s);
        ErrorMessage e;
        e.reqId = fields[2].isEmpty() ? -1 : int(*req);
        e.code = int(*code);
        e.message = QString::fromUtf8(fields[4]);
        if (serverVersion >= 166)
            e.advancedRejectJson = str(5);
        return e;
    }
    case kOrderStatus: {
        if (!need(11))
            return malformed(id, u"orderStatus with %1 fields"_s.arg(fields.size()));
        OrderStatus s;
        const auto orderId = intOf(fields[1]);
        const auto filled = sharesOf(fields[3]);
        const auto remaining = sharesOf(fields[4]);
        const auto perm = intOf(fields[6]);
        const auto parent = intOf(fields[7]);
        const auto client = intOf(fields[9]);
        s.averageFillPrice = priceOf(fields[5], &ok).value_or(Price());
        bool ok2 = true;
        s.lastFillPrice = priceOf(fields[8], &ok2).value_or(Price());
        if (!orderId || !filled || !remaining || !perm || !parent || !client || !ok || !ok2)
            return malformed(id, u"orderStatus with a field that is not a number"_s);
        s.orderId = int(*orderId);
        s.status = str(2);
        s.filled = *filled;
        s.remaining = *remaining;
        s.permId = *perm;
        s.parentId = int(*parent);
        s.clientId = int(*client);
        s.whyHeld = str(10);
        return s;
    }
    case kExecDetails: {
        const qsizetype n = serverVersion >= 178 ? 32 : 31;
        if (!need(n - 1)) // pendingPriceRevision may be left off
            return malformed(id, u"execDetails with %1 fields"_s.arg(fields.size()));
        ExecDetails e;
        const auto req = intOf(fields[1]);
        const auto orderId = intOf(fields[2]);
        const auto shares = sharesOf(fields[19]);
        const auto perm = intOf(fields[21]);
        const auto client = intOf(fields[22]);
        const auto cumulative = sharesOf(fields[24]);
        e.price = priceOf(fields[20], &ok).value_or(Price());
        bool ok2 = true;
        e.averagePrice = priceOf(fields[25], &ok2).value_or(Price());
        if (!req || !orderId || !shares || !perm || !client || !cumulative || !ok || !ok2)
            return malformed(id, u"execDetails with a field that is not a number"_s);
        const QByteArray side = fields[18];
        if (side != "BOT" && side != "SLD")
            return malformed(id, u"execDetails side %1"_s.arg(QString::fromLatin1(side)));
        e.reqId = int(*req);
        e.orderId = int(*orderId);
        e.symbol = str(4);
        e.execId = str(14);
        e.time = str(15);
        e.account = str(16);
        e.side = side == "BOT" ? OrderSide::Buy : OrderSide::Sell;
        e.shares = *shares;
        e.permId = *perm;
        e.clientId = int(*client);
        e.cumulative = *cumulative;
        e.orderRef = str(26);
        return e;
    }
    case kCommissionReport: {
        if (!need(5))
            return malformed(id, u"commissionReport with %1 fields"_s.arg(fields.size()));
        CommissionReport c;
        c.execId = str(2);
        c.commission = fields[3].isEmpty() ? 0.0 : fields[3].toDouble(&ok);
        c.currency = str(4);
        if (!ok)
            return malformed(id, u"commissionReport: the commission is not a number"_s);
        return c;
    }
    case kPosition: {
        if (!need(16))
            return malformed(id, u"position with %1 fields"_s.arg(fields.size()));
        PositionMessage p;
        const auto position = sharesOf(fields[14]);
        p.averageCost = priceOf(fields[15], &ok).value_or(Price());
        if (!position || !ok)
            return malformed(id, u"position: position or avgCost is not a number"_s);
        p.account = str(2);
        p.symbol = str(4);
        p.secType = str(5);
        p.position = *position;
        return p;
    }
    case kAccountSummary: {
        if (!need(7))
            return malformed(id, u"accountSummary with %1 fields"_s.arg(fields.size()));
        const auto req = intOf(fields[2]);
        if (!req)
            return malformed(id, u"accountSummary: reqId is not a number"_s);
        return AccountSummaryItem{int(*req), str(3), str(4), str(5), str(6)};
    }
    case kCurrentTime: {
        const auto t = need(3) ? intOf(fields[2]) : std::nullopt;
        if (!t)
            return malformed(id, u"currentTime without a time"_s);
        return CurrentTime{*t};
    }
    case kRealtimeBar: {
        if (!need(9))
            return malformed(id, u"realtimeBar with %1 fields"_s.arg(fields.size()));
        RealtimeBar b;
        const auto req = intOf(fields[2]);
        const auto time = intOf(fields[3]);
        std::array<std::optional<Price>, 4> ohlc;
        for (int i = 0; i < 4 && ok; ++i)
            ohlc[size_t(i)] = priceOf(fields[4 + i], &ok);
        const auto volume = sharesOf(fields[8]);
        if (!req || !time || !ok || !volume || !ohlc[0] || !ohlc[1] || !ohlc[2] || !ohlc[3])
            return malformed(id, u"realtimeBar with a field that is not a number"_s);
        b.reqId = int(*req);
        b.timeMs = *time * 1000;
        b.open = *ohlc[0];
        b.high = *ohlc[1];
        b.low = *ohlc[2];
        b.close = *ohlc[3];
        b.volume = *volume;
        return b;
    }
    case kExecDetailsEnd:
    case kAccountSummaryEnd: {
        const auto req = need(3) ? intOf(fields[2]) : std::nullopt;
        return Other{id, req ? int(*req) : -1};
    }
    default:
        return Other{id, -1};
    }
}

std::optional<PlacedOrder> decodePlaceOrder(const Fields& fields, int serverVersion,
                                            QString* error) {
    const qsizetype expected = serverVersion >= 177 ? 114 : 115;
    if (fields.size() != expected || fields[0] != "3") {
        *error = u"placeOrder with %1 fields, %2 expected at server version %3"_s.arg(fields.size())
                     .arg(expected)
                     .arg(serverVersion);
        return std::nullopt;
    }
    // Positions as in placeOrder(): 1-based, faProfile (43) gone from 177 on.
    const auto at = [&](int i) -> const QByteArray& {
        return fields[i <= 42 || serverVersion < 177 ? i - 1 : i - 2];
    };
    PlacedOrder o;
    const auto orderId = intOf(at(2));
    const auto qty = sharesOf(at(18));
    const auto parent = intOf(at(29));
    const auto ocaType = intOf(at(48));
    bool okLimit = true;
    bool okAux = true;
    o.limitPrice = priceOf(at(20), &okLimit);
    o.auxPrice = priceOf(at(21), &okAux);
    const QByteArray action = at(17);
    if (!orderId || !qty || !parent || !ocaType || !okLimit || !okAux ||
        (action != "BUY" && action != "SELL")) {
        *error = u"placeOrder: orderId, action, quantity, prices, parentId or ocaType unreadable"_s;
        return std::nullopt;
    }
    // "0" or "0.0" is an unset price as much as an empty field.
    if (o.limitPrice && o.limitPrice->units() == 0)
        o.limitPrice.reset();
    if (o.auxPrice && o.auxPrice->units() == 0)
        o.auxPrice.reset();
    o.orderId = int(*orderId);
    o.symbol = QString::fromLatin1(at(4));
    o.secType = QString::fromLatin1(at(5));
    o.exchange = QString::fromLatin1(at(10));
    o.currency = QString::fromLatin1(at(12));
    o.side = action == "BUY" ? OrderSide::Buy : OrderSide::Sell;
    o.quantity = *qty;
    o.orderType = QString::fromLatin1(at(19));
    o.tif = QString::fromLatin1(at(22));
    o.ocaGroup = QString::fromLatin1(at(23));
    o.account = QString::fromLatin1(at(24));
    o.orderRef = QString::fromLatin1(at(27));
    o.transmit = at(28) != "0"; // TWS's default is to transmit
    o.parentId = int(*parent);
    o.ocaType = int(*ocaType);
    return o;
}

} // namespace axion::ibkr
