#include "core/OrderRecord.h"

namespace axion {

QString OrderBookChange::kindName() const {
    switch (kind) {
    case OrderBookChange::Applied:
        return QStringLiteral("applied");
    case OrderBookChange::UnknownOrder:
        return QStringLiteral("unknown_order");
    case OrderBookChange::Invalid:
        return QStringLiteral("invalid");
    case OrderBookChange::DuplicateFill:
        return QStringLiteral("duplicate_fill");
    case OrderBookChange::Overfill:
        return QStringLiteral("overfill");
    }
    return {};
}

} // namespace axion
