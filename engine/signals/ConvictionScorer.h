#pragma once

#include "core/CloudState.h"
#include "core/Direction.h"
#include "market/Bar.h"

#include <QJsonObject>
#include <array>
#include <optional>

namespace axion {

// What a signal's conviction is computed from. Everything is a plain value so that the score is
// a pure function of it.
struct ConvictionInputs {
    Direction direction = Direction::Long;
    // The five clouds of the signal's timeframe at the signal bar, indexed by CloudLayer.
    std::array<CloudState, kCloudLayerCount> clouds{};
    // Scanned timeframes whose clouds confirm the direction, out of all scanned timeframes.
    int agreeingTimeframes = 0;
    int scannedTimeframes = 1;
    // Bar volume / its 20-bar average (0 when unknown).
    double volumeRatio = 0.0;
    // Candle body / range in the signal's direction, 0-1 (see candleQuality()).
    double candleQuality = 0.0;
    // Relative cloud width |short - long| / close (CloudSignalEngine passes the fast cloud's when
    // its colour agrees with the direction, else 0).
    double thickness = 0.0;
    // Points (0-15) from an external factor model; absent when there is none.
    std::optional<double> factorPoints;
};

// The six components in points, and the total.
struct ConvictionBreakdown {
    double cloudAlignment = 0.0;      // 0-25
    double timeframeConfluence = 0.0; // 0-25
    double volume = 0.0;              // 0-15
    double thickness = 0.0;           // 0-10
    double candleQuality = 0.0;       // 0-10
    std::optional<double> factor;     // 0-15, absent without a factor model
    double rawSum = 0.0;              // the components above added up
    double scale = 1.0;               // 100 / 85 without a factor score, else 1
    double scaled = 0.0;              // rawSum x scale, before rounding
    int total = 0;                    // the conviction, 0-100

    bool redistributed() const { return !factor.has_value(); }
    // For a signal's metadata: {"cloud_alignment": 25, ..., "factor_score": null, "raw_sum": ..,
    // "scale": .., "total": .., "factor_redistributed": true}.
    QJsonObject toJson() const;
};

// The PRD-134 conviction score, 0-100:
//
//   cloud alignment       25 x (agreeing clouds among fast, pullback, trend, macro) / 4
//                            a cloud agrees with a long when short EMA > long EMA, with a short
//                            when short < long; a zero-width cloud agrees with neither
//   timeframe confluence  25 x agreeingTimeframes / scannedTimeframes (0 when none scanned)
//   volume                15 x min(volumeRatio / volumeConfirmRatio, 1): full points at the
//                            confirmation ratio (1.5x the average), linear below it
//   cloud thickness       10 x min(thickness / 0.001, 1): full points at 0.1 % of price
//   candle quality        10 x candleQuality (body / range, 0-1)
//   factor score          0-15 from an external factor model, when there is one
//
// Without a factor score its 15 points are redistributed proportionally over the other five:
// total = sum x 100 / 85. With one, total = the plain sum of all six. The total is rounded half
// up to an integer (82.35 -> 82, 82.5 -> 83; a 1e-9 allowance keeps sums that are .5 on paper
// from dropping to the integer below through binary rounding) and clamped to 0-100. Inputs that
// are NaN or negative count as 0, values beyond a component's range count as its maximum.
class ConvictionScorer {
public:
    static constexpr double kCloudAlignmentMax = 25.0;
    static constexpr double kTimeframeConfluenceMax = 25.0;
    static constexpr double kVolumeMax = 15.0;
    static constexpr double kThicknessMax = 10.0;
    static constexpr double kCandleQualityMax = 10.0;
    static constexpr double kFactorMax = 15.0;
    // Sum of the five components we compute ourselves.
    static constexpr double kOwnMax = kCloudAlignmentMax + kTimeframeConfluenceMax + kVolumeMax +
                                      kThicknessMax + kCandleQualityMax;
    // Thickness (|short - long| / close) that earns the full thickness points.
    static constexpr double kFullThickness = 0.001;

    // volumeConfirmRatio: the ratio that earns full volume points (config volume_confirm_ratio);
    // values <= 0 fall back to 1.5.
    explicit ConvictionScorer(double volumeConfirmRatio = 1.5);

    ConvictionBreakdown score(const ConvictionInputs& in) const;

    // Clouds among fast, pullback, trend and macro whose colour agrees with the direction (0-4).
    static int agreeingClouds(Direction direction,
                              const std::array<CloudState, kCloudLayerCount>& clouds);
    // |close - open| / (high - low) when the candle points in the direction (close > open for a
    // long, close < open for a short), else 0. A doji or a zero-range bar has no quality (0): a
    // full-body candle closing the signal's way is what counts.
    static double candleQuality(const Bar& bar, Direction direction);
    // Half up to an integer, clamped to 0-100 (see the class comment).
    static int roundTotal(double scaled);

    double volumeConfirmRatio() const { return m_volumeConfirmRatio; }

private:
    double m_volumeConfirmRatio;
};

} // namespace axion
