#include "execution/OrderStateMachine.h"

namespace axion {

namespace {

constexpr std::array<const char16_t*, kOrderEventCount> kEventNames{
    u"submit",        u"ack",    u"partial_fill", u"fill",    u"cancel_request", u"cancel_ack",
    u"cancel_reject", u"reject", u"expire",       u"timeout", u"not_found"};

// The table is indexed by enum value: these pin the row and column order to the enums, so a
// reordered enum fails to compile instead of silently shifting every transition.
using SM = OrderStateMachine;
static_assert(static_cast<int>(OrderState::Unknown) == kOrderStateCount - 1);
static_assert(static_cast<int>(OrderEvent::NotFound) == kOrderEventCount - 1);
static_assert(SM::transition(OrderState::New, OrderEvent::Submit) == OrderState::Submitting);
static_assert(SM::transition(OrderState::Submitting, OrderEvent::Timeout) == OrderState::Unknown);
static_assert(SM::transition(OrderState::PartiallyFilled, OrderEvent::Ack) ==
              OrderState::PartiallyFilled);
static_assert(SM::transition(OrderState::CancelPending, OrderEvent::CancelReject) ==
              OrderState::Accepted);
static_assert(SM::transition(OrderState::Unknown, OrderEvent::NotFound) == OrderState::Rejected);
static_assert(SM::transition(OrderState::Expired, OrderEvent::Expire) == OrderState::Expired);
static_assert(!SM::transition(OrderState::Filled, OrderEvent::CancelRequest));
static_assert(SM::transition(OrderState::CancelPending, OrderEvent::CancelReject, 10) ==
              OrderState::PartiallyFilled);

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
