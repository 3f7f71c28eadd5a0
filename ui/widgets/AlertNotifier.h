#pragma once

#include "execution/EngineSnapshot.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <array>
#include <functional>
#include <optional>

class QSystemTrayIcon;
class QTimer;

namespace axion {

// Tray notifications for fills, stop hits, exits, rejections and kill switch events. A flood never
// spams: at most one balloon per interval (2 s), and whatever arrived meanwhile is summarized in
// the next one ("5 fills, 2 exits"). Without a system tray it does nothing, silently.
//
// What to show and when is decided by the pure decide()/summarize(); the QObject only keeps the
// pending burst, a wall-clock timer and the tray icon. The interval is wall time, not engine time:
// it protects a person's attention, and a replay at 240x must not turn into a balloon storm.
class AlertNotifier : public QObject {
    Q_OBJECT

public:
    static constexpr int kKindCount = static_cast<int>(EngineEvent::Kind::Info) + 1;
    static constexpr qint64 kDefaultMinIntervalMs = 2000;
    static constexpr int kLatestKept = 3;

    enum class Severity { Information, Warning, Critical };

    // The events waiting for the next balloon: a count per kind and the newest few events.
    struct Burst {
        std::array<int, kKindCount> counts{};
        QList<EngineEvent> latest;             // newest last, at most kLatestKept
        std::optional<EngineEvent> killSwitch; // the newest kill switch event, never dropped

        void add(const EngineEvent& event);
        int total() const;
        int count(EngineEvent::Kind kind) const { return counts[static_cast<size_t>(kind)]; }
        bool isEmpty() const { return total() == 0; }
    };

    struct Balloon {
        QString title;
        QString message;
        Severity severity = Severity::Information;
        int eventCount = 0;
    };

    // Either a balloon to show now, or how long to wait before asking again (waitMs > 0), or
    // nothing at all (empty burst).
    struct Decision {
        std::optional<Balloon> balloon;
        qint64 waitMs = 0;
    };

    // Pure: given what is pending, the time now and when the last balloon was shown (same
    // monotonic clock, ms), show a summary of everything pending or wait out the interval.
    static Decision decide(const Burst& pending, qint64 nowMs, std::optional<qint64> lastShownMs,
                           qint64 minIntervalMs = kDefaultMinIntervalMs);
    // Pure: one event as itself, several as "5 fills, 2 exits" plus the newest lines; a kill
    // switch event always leads and makes the balloon critical.
    static Balloon summarize(const Burst& burst);

    // tray: the application's tray icon, used as is. nullptr: one is created (and shown) when the
    // platform has a system tray.
    explicit AlertNotifier(QSystemTrayIcon* tray = nullptr, QObject* parent = nullptr);

    // Per kind; by default everything but Info.
    void setKindEnabled(EngineEvent::Kind kind, bool enabled);
    bool isKindEnabled(EngineEvent::Kind kind) const;

    void setMinInterval(qint64 ms);
    qint64 minInterval() const { return m_minIntervalMs; }

    // Replaces the tray as the place balloons go (tests; a future in-app toast). With a presenter
    // set the notifier works also where the platform has no tray.
    void setPresenter(std::function<void(const Balloon&)> presenter);

    // True when balloons can go somewhere (a tray or a presenter).
    bool isActive() const;

public Q_SLOTS:
    void addEvents(const QList<axion::EngineEvent>& events);

private:
    void onTimeout();
    void flush();
    void present(const Balloon& balloon);

    std::array<bool, kKindCount> m_enabled{};
    qint64 m_minIntervalMs = kDefaultMinIntervalMs;
    Burst m_pending;
    std::optional<qint64> m_lastShownMs;
    QElapsedTimer m_clock;
    QTimer* m_timer = nullptr;
    QPointer<QSystemTrayIcon> m_tray;
    std::function<void(const Balloon&)> m_presenter;
};

} // namespace axion
