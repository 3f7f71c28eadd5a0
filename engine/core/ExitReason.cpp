#include "core/ExitReason.h"

namespace axion {

QString toString(ExitReason reason) {
    switch (reason) {
    case ExitReason::None:
        return QStringLiteral("none");
    case ExitReason::StopLoss:
        return QStringLiteral("stop_loss");
    case ExitReason::MomentumExhaustion:
        return QStringLiteral("momentum_exhaustion");
    case ExitReason::CloudFlip:
        return QStringLiteral("cloud_flip");
    case ExitReason::ProfitTarget:
        return QStringLiteral("profit_target");
    case ExitReason::TimeStop:
        return QStringLiteral("time_stop");
    case ExitReason::EodClose:
        return QStringLiteral("eod_close");
    case ExitReason::TrailingStop:
        return QStringLiteral("trailing_stop");
    }
    return {};
}

std::optional<ExitReason> exitReasonFromString(QStringView text) {
    for (int i = 0; i <= kExitReasonCount; ++i) {
        const auto r = static_cast<ExitReason>(i);
        if (text == toString(r))
            return r;
    }
    return std::nullopt;
}

} // namespace axion
