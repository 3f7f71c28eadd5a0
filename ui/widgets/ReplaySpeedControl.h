#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;
class QToolButton;

namespace axion {

// Demo mode's replay speed: a pause/play button and a preset combo (1x = one simulated minute per
// wall-clock second). The engine owns the speed: a choice here is requested (speedRequested) and
// shown at once; setSpeed() reflects what the engine reports and never emits.
// Hide it when the snapshot is not a demo (live markets cannot be sped up).
class ReplaySpeedControl : public QWidget {
    Q_OBJECT

public:
    explicit ReplaySpeedControl(QWidget* parent = nullptr);

    // Simulated minutes per wall second, slowest first.
    static QList<double> presets() { return {1.0, 5.0, 20.0, 60.0, 240.0}; }

    // The speed shown: 0 when paused.
    double speed() const;
    bool isPaused() const;
    // The speed playing resumes at (the combo's choice), > 0.
    double selectedSpeed() const;

    QComboBox* speedCombo() const { return m_combo; }
    QToolButton* pauseButton() const { return m_pause; }

public Q_SLOTS:
    // From each snapshot (EngineSnapshot::replaySpeed); 0 = paused.
    void setSpeed(double minutesPerSecond);

Q_SIGNALS:
    // 0 = pause.
    void speedRequested(double minutesPerSecond);

private:
    void onPauseToggled(bool paused);
    void onComboActivated(int index);
    void request(double minutesPerSecond);
    void reflect(double minutesPerSecond);
    void updatePauseButton();
    int indexOf(double minutesPerSecond) const;
    static QString speedLabel(double minutesPerSecond);

    QLabel* m_label = nullptr;
    QToolButton* m_pause = nullptr;
    QComboBox* m_combo = nullptr;
    // A request not yet reflected by the engine: older snapshots must not flip the control back.
    std::optional<double> m_requested;
    QElapsedTimer m_requestedAt;
};

} // namespace axion
