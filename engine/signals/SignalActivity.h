#pragma once

#include "core/Signal.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

namespace axion {

struct SignalParseResult;

// What became of one received signal: a row of the Signals tab. Built on the engine thread from
// the executor's decision (approved, rejected by sizing or the risk gate, an exit hint) or from a
// refusal at intake (the ingress or the ema_signals queue could not accept it), and handed to the
// GUI as a value.
struct SignalActivity {
    enum class Decision {
        Approved, // orders went to a broker
        Rejected, // the executor (sizing, risk gate, kill switch, duplicate) said no
        Refused,  // refused at intake: never reached the executor
        ExitHint, // the built-in engine's momentum exhaustion: informs exits, trades nothing
    };

    qint64 timeMs = 0; // engine clock at the decision
    QString source;    // Signal::kBuiltIn, kHttp, kWebSocket, kEmaSignals
    QString signalId;  // may be empty for a refusal of an unreadable body
    QString ticker;
    QString signalType;
    QString direction;   // "long", "short", or what a refused signal said
    int conviction = -1; // -1: not known (a refusal before the field was read)
    Decision decision = Decision::Rejected;
    QString code; // "approved", "exit_hint", or the reason code (max_positions, stale_timestamp...)
    QString reason; // one human line

    static SignalActivity fromSignal(const Signal& signal, qint64 timeMs, Decision decision,
                                     const QString& code, const QString& reason);
    // A refusal at intake: the fields are read from `raw` as far as it is JSON (best effort; a
    // huge body is not read).
    static SignalActivity refused(const SignalParseResult& result, const QByteArray& raw,
                                  const QString& source, const QString& signalId, qint64 timeMs);
};

QString toString(SignalActivity::Decision decision);

} // namespace axion

Q_DECLARE_METATYPE(axion::SignalActivity)
