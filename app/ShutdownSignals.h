#pragma once

#include <QObject>
#include <QString>

class QSocketNotifier;

namespace axion {

// Turns SIGINT and SIGTERM (Ctrl+C, `kill`, a service manager's stop; on Windows the console's
// Ctrl+C, Ctrl+Break and close) into the Qt signal `requested`, delivered on the thread that
// created the watcher by its event loop. A signal handler may do next to nothing, so it only
// writes a byte to a socket pair that a QSocketNotifier watches (the self-pipe pattern); the
// shutdown itself runs as ordinary code.
//
// One instance per process. While it lives, the signals no longer kill the process.
class ShutdownSignals : public QObject {
    Q_OBJECT

public:
    explicit ShutdownSignals(QObject* parent = nullptr);
    ~ShutdownSignals() override;

    bool isActive() const { return m_active; }

Q_SIGNALS:
    void requested(const QString& signalName);

private:
    void onNotified();

    bool m_active = false;
    QSocketNotifier* m_notifier = nullptr;
};

} // namespace axion
