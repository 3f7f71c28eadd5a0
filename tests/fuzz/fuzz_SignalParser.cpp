// libFuzzer target for the signal parser: every byte string the loopback ingress or the signal
// table could hand over must give a Signal or a clean rejection, never a crash, a hang, undefined
// behaviour or an out-of-bounds access. Built by run.sh with clang, outside the main (g++) build.

#include "signals/SignalParser.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace axion;

namespace {

// A fixed "now" (30 s after the DESIGN.md §5 example), so a crash reproduces exactly.
constexpr qint64 kNowMs = 1795534290000; // 2026-11-24T15:31:30Z

// Some ids are "already received", so the duplicate path runs too.
bool isKnownId(const QString& id) {
    return id.startsWith(u"dup") || id.endsWith(u'7');
}

void check(const SignalParseResult& r) {
    // The contract of a result: a signal and no code, or a code with a message and no signal.
    if (r.ok() != (r.code == SignalRejectCode::None))
        std::abort();
    if (!r.ok() && r.message.isEmpty())
        std::abort();
    if (r.ok()) {
        const Signal& s = *r.signal;
        if (s.signalId.isEmpty() || !SignalParser::isValidTicker(s.ticker) || s.conviction < 0 ||
            s.conviction > 100 || !s.entryPrice.isPositive() || !s.stopLoss.isPositive() ||
            s.stopDistance().units() <= 0)
            std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static const SignalParser parser{ExecutorConfig{}};
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    check(parser.parse(bytes, kNowMs, &isKnownId));

    // The same input as the object of a parsed document (the path the SQLite queue and the
    // WebSocket batches take), when it is one.
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    if (doc.isObject())
        check(parser.parse(doc.object(), kNowMs, &isKnownId));
    else if (doc.isArray()) {
        const QJsonArray items = doc.array();
        for (qsizetype i = 0; i < items.size() && i < 16; ++i)
            check(parser.parse(items.at(i).toObject(), kNowMs, &isKnownId));
    }
    return 0;
}
