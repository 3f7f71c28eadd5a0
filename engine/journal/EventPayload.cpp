#include "journal/EventPayload.h"

#include "journal/JsonText.h"
#include "signals/CloudSignalEngine.h"

#include <array>

namespace axion {

using namespace Qt::StringLiterals;

namespace {

QString riskCheckName(RiskCheck c) {
    static constexpr std::array<const char16_t*, kRiskCheckCount + 1> kNames{
        u"none",
        u"daily_loss",
        u"max_positions",
        u"existing_position",
        u"conflicting_direction",
        u"sector_exposure",
        u"market_hours",
        u"min_equity",
        u"buying_power"};
    const auto i = static_cast<std::size_t>(c);
    return i < kNames.size() ? QString::fromUtf16(kNames[i]) : QString::number(int(c));
}

// The array of QJsonObjects {cloud_name, short_ema, ..., slope_direction} the payload once held,
// keys in QJsonObject's (sorted) order.
void cloudStates(JsonText& j, const QList<CloudState>& clouds) {
    j.beginArray("cloud_states"_L1);
    for (const CloudState& c : clouds) {
        j.beginObject()
            .qtStr("cloud_name"_L1, toString(c.layer))
            .boolean("is_bullish"_L1, c.isBullish)
            .qtNumber("long_ema"_L1, c.longEma)
            .boolean("price_above"_L1, c.priceAbove)
            .boolean("price_below"_L1, c.priceBelow)
            .boolean("price_inside"_L1, c.priceInside)
            .qtNumber("short_ema"_L1, c.shortEma)
            .qtNumber("slope"_L1, c.slope)
            .qtStr("slope_direction"_L1, toString(c.slopeDirection))
            .qtNumber("thickness"_L1, c.thickness)
            .endObject();
    }
    j.endArray();
}

// CloudSignalMetadata::toJson() (and ConvictionBreakdown::toJson()) as QJsonDocument wrote it,
// keys sorted: metadata with nothing received beside the engine's own keys.
void engineMetadata(JsonText& j, const CloudSignalMetadata& m) {
    j.beginObject("metadata"_L1).qtNumber("candle_quality"_L1, m.candleQuality);
    if (m.exitHint) {
        j.qtNumber("exhaustion_bars"_L1, m.exhaustionBars);
    } else {
        const ConvictionBreakdown& b = m.conviction;
        j.beginObject("conviction_breakdown"_L1)
            .qtNumber("candle_quality"_L1, b.candleQuality)
            .qtNumber("cloud_alignment"_L1, b.cloudAlignment)
            .qtNumber("cloud_thickness"_L1, b.thickness)
            .boolean("factor_redistributed"_L1, b.redistributed());
        if (b.factor)
            j.qtNumber("factor_score"_L1, *b.factor);
        else
            j.null("factor_score"_L1);
        j.qtNumber("raw_sum"_L1, b.rawSum)
            .qtNumber("scale"_L1, b.scale)
            .qtNumber("timeframe_confluence"_L1, b.timeframeConfluence)
            .qtNumber("total"_L1, b.total)
            .qtNumber("volume"_L1, b.volume)
            .endObject();
        if (m.crossedCloud)
            j.qtStr("crossed_cloud"_L1, toString(*m.crossedCloud));
        // The names of the entry types that fired, in CloudSignalType order (eight bits).
        j.beginArray("fired_types"_L1);
        const quint32 mask = m.firedTypes & 0xffu;
        for (int i = 0; i < kCloudSignalTypeCount && i < 8; ++i) {
            if (mask & (1u << i))
                j.qtStrElement(toString(static_cast<CloudSignalType>(i)));
        }
        j.endArray();
    }
    j.qtStr("signal_role"_L1, m.exitHint ? u"exit"_s : u"entry"_s)
        .qtStr("source"_L1, u"axion_cloud_signal_engine"_s)
        .qtStr("stop_basis"_L1, m.stopFromBarExtreme ? u"bar_extreme"_s : u"macro_cloud"_s)
        .qtNumber("volume_ratio"_L1, m.volumeRatio)
        .endObject();
}

} // namespace

QString EventPayload::signal(const Signal& s) {
    JsonText j(2560); // a built-in engine's signal with its five clouds: some 2,100 characters
    j.str("signal_id"_L1, s.signalId)
        .str("signal_type"_L1, s.signalType)
        .str("direction"_L1, toString(s.direction))
        .str("ticker"_L1, s.ticker)
        .str("timeframe"_L1, s.timeframe)
        .num("conviction"_L1, s.conviction)
        .amount("entry_price"_L1, s.entryPrice)
        .amount("stop_loss"_L1, s.stopLoss)
        .amount("target_price"_L1, s.targetPrice)
        .num("timestamp_ms"_L1, s.timestampMs)
        .str("trade_type"_L1, toString(s.tradeType))
        .boolean("volume_confirmed"_L1, s.volumeConfirmed)
        .str("sector"_L1, s.sector)
        .str("source"_L1, s.source);
    // Received metadata (a signal from outside, or extra keys beside the engine's) is a
    // QJsonObject of any shape: Qt serializes it.
    if (s.engineMetadata && s.metadata.isEmpty())
        engineMetadata(j, *s.engineMetadata);
    else
        j.object("metadata"_L1, s.metadataJson());
    cloudStates(j, s.cloudStates);
    return j.finish();
}

QString EventPayload::riskDecision(const RiskDecision& d) {
    JsonText j(320);
    j.boolean("approved"_L1, d.approved)
        .str("failed_check"_L1, riskCheckName(d.failedCheck))
        .str("code"_L1, toString(d.code))
        .num("approved_shares"_L1, d.approvedShares)
        .beginArray("adjustments"_L1);
    for (const RiskAdjustment& a : d.adjustments) {
        j.beginObject()
            .num("from_shares"_L1, a.fromShares)
            .qtStr("limit"_L1, toString(a.limit))
            .num("to_shares"_L1, a.toShares)
            .endObject();
    }
    return j.endArray().str("message"_L1, d.message).finish();
}

} // namespace axion
