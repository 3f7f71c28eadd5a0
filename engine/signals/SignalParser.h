#pragma once

#include "config/ExecutorConfig.h"
#include "core/Signal.h"

#include <QByteArray>
#include <QJsonObject>
#include <functional>
#include <optional>

namespace axion {

// Why a signal was refused. The code goes to the journal and the UI; the message says exactly what
// was wrong with which field.
enum class SignalRejectCode {
    None,
    MalformedJson,
    NotAnObject,
    MissingField,
    WrongType,
    InvalidPrice,         // NaN, infinite, zero or negative, unparsable decimal string
    StopWrongSide,        // long: stop must be below entry; short: above
    TargetWrongSide,      // long: target above entry; short: below
    ConvictionOutOfRange, // outside 0-100
    UnknownDirection,
    UnknownTradeType,
    UnknownTimeframe,
    InconsistentDirection, // e.g. cloud_flip_bullish with direction short
    BadTimestamp,
    StaleTimestamp,
    FutureTimestamp,
    InvalidTicker,
    DuplicateId,
    // Refusals of the signal ingress before a signal is read (journaled like the others).
    Unauthorized,    // no or wrong bearer token
    PayloadTooLarge, // body over the configured limit
    BadRequest,      // not a usable HTTP request or WebSocket message
};
QString toString(SignalRejectCode code);

struct SignalParseResult {
    std::optional<Signal> signal;
    SignalRejectCode code = SignalRejectCode::None;
    QString field;   // the JSON field at fault, when there is one
    QString message; // human text for the journal and the UI

    bool ok() const { return signal.has_value(); }
};

// Parses and validates the PRD-134 TradeSignal.to_dict() JSON contract (DESIGN.md §5) and fills
// in our optional fields (signal_id, trade_type, volume_confirmed, sector). Pure: the current time
// and the duplicate check come in as arguments.
class SignalParser {
public:
    using KnownIdCheck = std::function<bool(const QString& signalId)>;

    explicit SignalParser(const ExecutorConfig& config);

    SignalParseResult parse(const QByteArray& json, qint64 nowMs,
                            const KnownIdCheck& isKnownId = {}) const;
    SignalParseResult parse(const QJsonObject& object, qint64 nowMs,
                            const KnownIdCheck& isKnownId = {}) const;

    // Timeframe -> trade type when the signal does not say: 1m scalp, up to 30m day, 1h+ swing.
    static std::optional<TradeType> tradeTypeForTimeframe(QStringView timeframe);
    static bool isValidTicker(QStringView ticker);

private:
    int m_maxAgeSeconds;
    int m_maxFutureSeconds;
    double m_volumeConfirmRatio;
    QHash<QString, QString> m_sectorMap;
};

} // namespace axion
