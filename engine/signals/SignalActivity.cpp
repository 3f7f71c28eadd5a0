#include "signals/SignalActivity.h"

#include "signals/SignalParser.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace axion {

namespace {

// A refused body is read for display only; beyond this it is not worth the engine's time.
constexpr qsizetype kMaxReadableBytes = 64 * 1024;

} // namespace

SignalActivity SignalActivity::fromSignal(const Signal& signal, qint64 timeMs, Decision decision,
                                          const QString& code, const QString& reason) {
    SignalActivity a;
    a.timeMs = timeMs;
    a.source = signal.source;
    a.signalId = signal.signalId;
    a.ticker = signal.ticker;
    a.signalType = signal.signalType;
    a.direction = toString(signal.direction);
    a.conviction = signal.conviction;
    a.decision = decision;
    a.code = code;
    a.reason = reason;
    return a;
}

SignalActivity SignalActivity::refused(const SignalParseResult& result, const QByteArray& raw,
                                       const QString& source, const QString& signalId,
                                       qint64 timeMs) {
    SignalActivity a;
    a.timeMs = timeMs;
    a.source = source;
    a.decision = Decision::Refused;
    a.code = toString(result.code);
    a.reason = result.message;
    QJsonObject o;
    if (!raw.isEmpty() && raw.size() <= kMaxReadableBytes)
        o = QJsonDocument::fromJson(raw).object();
    a.signalId = signalId.isEmpty() ? o.value(u"signal_id").toString() : signalId;
    a.ticker = o.value(u"ticker").toString().left(16);
    a.signalType = o.value(u"signal_type").toString().left(64);
    a.direction = o.value(u"direction").toString().left(16);
    const QJsonValue conviction = o.value(u"conviction");
    if (conviction.isDouble() && conviction.toDouble() >= 0.0 && conviction.toDouble() <= 100.0)
        a.conviction = conviction.toInt();
    return a;
}

QString toString(SignalActivity::Decision decision) {
    switch (decision) {
    case SignalActivity::Decision::Approved:
        return QStringLiteral("approved");
    case SignalActivity::Decision::Rejected:
        return QStringLiteral("rejected");
    case SignalActivity::Decision::Refused:
        return QStringLiteral("refused");
    case SignalActivity::Decision::ExitHint:
        return QStringLiteral("exit_hint");
    }
    return {};
}

} // namespace axion
