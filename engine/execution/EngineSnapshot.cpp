#include "execution/EngineSnapshot.h"

namespace axion {

QString toString(EngineEvent::Kind kind) {
    switch (kind) {
    case EngineEvent::Kind::Fill:
        return QStringLiteral("fill");
    case EngineEvent::Kind::StopHit:
        return QStringLiteral("stop");
    case EngineEvent::Kind::Exit:
        return QStringLiteral("exit");
    case EngineEvent::Kind::Rejection:
        return QStringLiteral("rejection");
    case EngineEvent::Kind::KillSwitch:
        return QStringLiteral("kill_switch");
    case EngineEvent::Kind::Info:
        break;
    }
    return QStringLiteral("info");
}

} // namespace axion
