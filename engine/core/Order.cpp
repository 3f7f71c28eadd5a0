#include "core/Order.h"

#include <array>

namespace axion {

namespace {

template <typename E, std::size_t N>
std::optional<E> lookup(QStringView text, const std::array<const char16_t*, N>& names) {
    for (std::size_t i = 0; i < N; ++i) {
        if (text == QStringView(names[i]))
            return static_cast<E>(i);
    }
    return std::nullopt;
}

constexpr std::array<const char16_t*, 4> kTypeNames{u"market", u"limit", u"stop", u"stop_limit"};
constexpr std::array<const char16_t*, 3> kTifNames{u"day", u"gtc", u"ioc"};
constexpr std::array<const char16_t*, 5> kLegNames{u"entry", u"scale", u"stop", u"target", u"exit"};
constexpr std::array<const char16_t*, kOrderStateCount> kStateNames{
    u"new",       u"submitting", u"accepted", u"partially_filled", u"filled", u"cancel_pending",
    u"cancelled", u"rejected",   u"expired",  u"unknown"};

} // namespace

QString toString(OrderSide s) {
    return s == OrderSide::Buy ? QStringLiteral("buy") : QStringLiteral("sell");
}
QString toString(OrderType t) {
    return QString::fromUtf16(kTypeNames[static_cast<std::size_t>(t)]);
}
QString toString(TimeInForce t) {
    return QString::fromUtf16(kTifNames[static_cast<std::size_t>(t)]);
}
QString toString(OrderLeg l) {
    // Literals, not fromUtf16(): nothing to allocate, and every client order id is built with it.
    switch (l) {
    case OrderLeg::Entry:
        return QStringLiteral("entry");
    case OrderLeg::Scale:
        return QStringLiteral("scale");
    case OrderLeg::Stop:
        return QStringLiteral("stop");
    case OrderLeg::Target:
        return QStringLiteral("target");
    case OrderLeg::Exit:
        return QStringLiteral("exit");
    }
    return {};
}
QString toString(OrderState s) {
    return QString::fromUtf16(kStateNames[static_cast<std::size_t>(s)]);
}
std::optional<OrderType> orderTypeFromString(QStringView text) {
    return lookup<OrderType>(text, kTypeNames);
}
std::optional<TimeInForce> timeInForceFromString(QStringView text) {
    return lookup<TimeInForce>(text, kTifNames);
}
std::optional<OrderLeg> orderLegFromString(QStringView text) {
    return lookup<OrderLeg>(text, kLegNames);
}
std::optional<OrderState> orderStateFromString(QStringView text) {
    return lookup<OrderState>(text, kStateNames);
}

QString validate(const Order& order) {
    if (order.clientOrderId.isEmpty())
        return QStringLiteral("order has no client order id");
    if (order.ticker.isEmpty())
        return QStringLiteral("order has no ticker");
    if (order.quantity <= 0)
        return QStringLiteral("quantity must be a positive whole number of shares");
    const bool needsLimit = order.type == OrderType::Limit || order.type == OrderType::StopLimit;
    const bool needsStop = order.type == OrderType::Stop || order.type == OrderType::StopLimit;
    if (needsLimit && (!order.limitPrice || !order.limitPrice->isPositive()))
        return QStringLiteral("%1 order needs a positive limit price").arg(toString(order.type));
    if (needsStop && (!order.stopPrice || !order.stopPrice->isPositive()))
        return QStringLiteral("%1 order needs a positive stop price").arg(toString(order.type));
    if (!needsLimit && order.limitPrice)
        return QStringLiteral("%1 order must not carry a limit price").arg(toString(order.type));
    if (!needsStop && order.stopPrice)
        return QStringLiteral("%1 order must not carry a stop price").arg(toString(order.type));
    return {};
}

} // namespace axion
