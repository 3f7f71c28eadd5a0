#pragma once

#include <QString>
#include <QStringView>
#include <optional>

namespace axion {

// The seven strategy exits of PRD-135. The value is the PRD priority: 1 is the highest, so when
// several fire on one bar the lowest number wins.
enum class ExitReason {
    None = 0,
    StopLoss = 1,
    MomentumExhaustion = 2,
    CloudFlip = 3,
    ProfitTarget = 4,
    TimeStop = 5,
    EodClose = 6,
    TrailingStop = 7
};
inline constexpr int kExitReasonCount = 7; // not counting None

// "stop_loss", "momentum_exhaustion", ... ("none" for None): the names the journal stores.
QString toString(ExitReason reason);
std::optional<ExitReason> exitReasonFromString(QStringView text);

} // namespace axion
