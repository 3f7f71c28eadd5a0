#include "core/FaultInjection.h"

#include <QByteArray>
#include <QList>
#include <csignal>
#include <cstdlib>

#if defined(Q_OS_UNIX)
#include <unistd.h>
#endif

namespace axion {

namespace {

struct Armed {
    int point = -1; // none
    int remaining = 0;
};

Armed readEnvironment() {
    Armed a;
    const QByteArray spec = qgetenv("AXION_FAULT_KILL_AT");
    if (spec.isEmpty())
        return a;
    const QList<QByteArray> parts = spec.split(':');
    const QByteArray& name = parts.front();
    if (name == "before_send")
        a.point = int(FaultPoint::BeforeSend);
    else if (name == "after_send")
        a.point = int(FaultPoint::AfterSend);
    else if (name == "after_fill")
        a.point = int(FaultPoint::AfterFill);
    bool ok = true;
    a.remaining = parts.size() > 1 ? parts[1].toInt(&ok) : 1;
    if (!ok || a.remaining < 1)
        a.point = -1;
    return a;
}

} // namespace

void passFaultPoint(FaultPoint point) {
    static Armed armed = readEnvironment();
    if (armed.point != int(point) || --armed.remaining > 0)
        return;
#if defined(Q_OS_UNIX)
    ::kill(::getpid(), SIGKILL);
#endif
    std::abort(); // no SIGKILL here: the nearest thing, no cleanup
}

} // namespace axion
