#include "ShutdownSignals.h"

#include <QSocketNotifier>

#if defined(Q_OS_UNIX)
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <QMetaObject>
#include <windows.h>
#endif

namespace axion {

namespace {

#if defined(Q_OS_UNIX)
int g_pipe[2] = {-1, -1}; // [0] read by the notifier, [1] written by the handler

void onSignal(int number) {
    const char byte = static_cast<char>(number);
    // Async-signal-safe; if the pipe is full a shutdown is already pending.
    [[maybe_unused]] const auto n = ::write(g_pipe[1], &byte, 1);
}
#elif defined(Q_OS_WIN)
ShutdownSignals* g_instance = nullptr;

BOOL WINAPI onConsoleEvent(DWORD type) {
    if (!g_instance)
        return FALSE;
    const QString name = type == CTRL_C_EVENT       ? QStringLiteral("Ctrl+C")
                         : type == CTRL_BREAK_EVENT ? QStringLiteral("Ctrl+Break")
                                                    : QStringLiteral("console closed");
    QMetaObject::invokeMethod(
        g_instance, [name] { Q_EMIT g_instance->requested(name); }, Qt::QueuedConnection);
    return TRUE;
}
#endif

} // namespace

ShutdownSignals::ShutdownSignals(QObject* parent)
    : QObject(parent) {
#if defined(Q_OS_UNIX)
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_pipe) != 0)
        return;
    m_notifier = new QSocketNotifier(g_pipe[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &ShutdownSignals::onNotified);
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    m_active =
        ::sigaction(SIGINT, &action, nullptr) == 0 && ::sigaction(SIGTERM, &action, nullptr) == 0;
#elif defined(Q_OS_WIN)
    g_instance = this;
    m_active = SetConsoleCtrlHandler(onConsoleEvent, TRUE) != 0;
#endif
}

ShutdownSignals::~ShutdownSignals() {
#if defined(Q_OS_UNIX)
    struct sigaction action = {};
    action.sa_handler = SIG_DFL;
    sigemptyset(&action.sa_mask);
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
    delete m_notifier;
    m_notifier = nullptr;
    for (int& fd : g_pipe) {
        if (fd >= 0)
            ::close(fd);
        fd = -1;
    }
#elif defined(Q_OS_WIN)
    SetConsoleCtrlHandler(onConsoleEvent, FALSE);
    g_instance = nullptr;
#endif
}

void ShutdownSignals::onNotified() {
#if defined(Q_OS_UNIX)
    char byte = 0;
    if (::read(g_pipe[0], &byte, 1) != 1)
        return;
    Q_EMIT requested(byte == SIGINT ? QStringLiteral("SIGINT") : QStringLiteral("SIGTERM"));
#endif
}

} // namespace axion
