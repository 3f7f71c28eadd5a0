#include "config/RiskProfile.h"

#include <array>

namespace axion {

namespace {

// The knobs a preset sets; see the table in the header for the reasoning.
struct Knobs {
    double maxRiskPerTrade;
    double dailyLossLimit;
    int maxConcurrentPositions;
    double maxSingleStockExposure;
    double maxSectorExposure;
    int minConviction;
    int highConviction;
    double consecutiveLossPct;
    int apiTimeoutSeconds;
};

Knobs knobsOf(RiskProfile profile) {
    switch (profile) {
    case RiskProfile::Aggressive: {
        // Taken from the struct's defaults so the PRD numbers live in exactly one place.
        const ExecutorConfig d;
        return {d.maxRiskPerTrade,        d.dailyLossLimit,     d.maxConcurrentPositions,
                d.maxSingleStockExposure, d.maxSectorExposure,  d.minConviction,
                d.highConviction,         d.consecutiveLossPct, d.apiTimeoutSeconds};
    }
    case RiskProfile::Moderate:
        return {0.02, 0.06, 6, 0.10, 0.20, 60, 80, 0.02, 45};
    case RiskProfile::Conservative:
        return {0.01, 0.03, 4, 0.05, 0.15, 70, 85, 0.015, 30};
    }
    return knobsOf(RiskProfile::Aggressive);
}

constexpr std::array kProfiles{RiskProfile::Aggressive, RiskProfile::Moderate,
                               RiskProfile::Conservative};

} // namespace

QString toString(RiskProfile profile) {
    switch (profile) {
    case RiskProfile::Aggressive:
        return QStringLiteral("aggressive");
    case RiskProfile::Moderate:
        return QStringLiteral("moderate");
    case RiskProfile::Conservative:
        return QStringLiteral("conservative");
    }
    return {};
}

std::optional<RiskProfile> riskProfileFromString(QStringView text) {
    for (RiskProfile p : kProfiles) {
        if (text == toString(p))
            return p;
    }
    return std::nullopt;
}

ExecutorConfig applyRiskProfile(ExecutorConfig base, RiskProfile profile) {
    const Knobs k = knobsOf(profile);
    base.maxRiskPerTrade = k.maxRiskPerTrade;
    base.dailyLossLimit = k.dailyLossLimit;
    base.maxConcurrentPositions = k.maxConcurrentPositions;
    base.maxSingleStockExposure = k.maxSingleStockExposure;
    base.maxSectorExposure = k.maxSectorExposure;
    base.minConviction = k.minConviction;
    base.highConviction = k.highConviction;
    base.consecutiveLossPct = k.consecutiveLossPct;
    base.apiTimeoutSeconds = k.apiTimeoutSeconds;
    return base;
}

std::optional<RiskProfile> matchingRiskProfile(const ExecutorConfig& config) {
    // Exact comparison is intended: the presets are literals and the settings dialog turns its
    // editors back into the nearest double of the decimal shown, which is the literal itself.
    for (RiskProfile p : kProfiles) {
        if (applyRiskProfile(config, p) == config)
            return p;
    }
    return std::nullopt;
}

} // namespace axion
