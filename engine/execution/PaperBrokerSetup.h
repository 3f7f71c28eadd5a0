#pragma once

#include "brokers/PaperBrokerSettings.h"
#include "config/ExecutorConfig.h"

namespace axion {

// The paper account every paper run uses (the replay, the workstation's engine): the starting
// equity as cash and as the previous close, a margin account's 2x buying power, unlimited
// participation, and the config's paper_slippage for fills (never the sizing buffer).
inline PaperBrokerSettings paperBrokerSettings(const ExecutorConfig& config, Money startingEquity) {
    return PaperBrokerSettings{
        .startingCash = startingEquity,
        .buyingPowerMultiplier = 2.0,
        .slippage = config.paperSlippage,
        .maxParticipation = 1.0,
        .previousCloseEquity = startingEquity,
    };
}

} // namespace axion
