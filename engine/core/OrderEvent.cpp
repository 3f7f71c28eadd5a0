#include "core/OrderEvent.h"

#include <array>

namespace axion {

namespace {

constexpr std::array<const char16_t*, kOrderEventCount> kEventNames{
    u"submit",        u"ack",    u"partial_fill", u"fill",    u"cancel_request", u"cancel_ack",
    u"cancel_reject", u"reject", u"expire",       u"timeout", u"not_found",      u"not_sent"};

} // namespace

QString toString(OrderEvent e) {
    return QString::fromUtf16(kEventNames[static_cast<std::size_t>(e)]);
}

std::optional<OrderEvent> orderEventFromString(QStringView text) {
    for (std::size_t i = 0; i < kEventNames.size(); ++i) {
        if (text == QStringView(kEventNames[i]))
            return static_cast<OrderEvent>(i);
    }
    return std::nullopt;
}

} // namespace axion
