#include "execution/OrderStateMachine.h"

namespace axion {

namespace {

// The table is indexed by enum value: these pin the row and column order to the enums, so a
// reordered enum fails to compile instead of silently shifting every transition.
using SM = OrderStateMachine;
static_assert(static_cast<int>(OrderState::Unknown) == kOrderStateCount - 1);
static_assert(static_cast<int>(OrderEvent::NotSent) == kOrderEventCount - 1);
static_assert(SM::transition(OrderState::New, OrderEvent::Submit) == OrderState::Submitting);
static_assert(SM::transition(OrderState::Submitting, OrderEvent::Timeout) == OrderState::Unknown);
static_assert(SM::transition(OrderState::PartiallyFilled, OrderEvent::Ack) ==
              OrderState::PartiallyFilled);
static_assert(SM::transition(OrderState::CancelPending, OrderEvent::CancelReject) ==
              OrderState::Accepted);
static_assert(SM::transition(OrderState::Unknown, OrderEvent::NotFound) == OrderState::Unknown);
static_assert(SM::transition(OrderState::Submitting, OrderEvent::NotSent) == OrderState::Rejected);
static_assert(SM::transition(OrderState::Expired, OrderEvent::Expire) == OrderState::Expired);
static_assert(!SM::transition(OrderState::Filled, OrderEvent::CancelRequest));
static_assert(SM::transition(OrderState::CancelPending, OrderEvent::CancelReject, 10) ==
              OrderState::PartiallyFilled);

} // namespace

} // namespace axion
