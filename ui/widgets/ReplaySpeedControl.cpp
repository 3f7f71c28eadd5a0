#include "widgets/ReplaySpeedControl.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QStyle>
#include <QToolButton>
#include <cmath>

namespace axion {

namespace {

// Snapshots published before the engine applied a request are this old at most.
constexpr qint64 kRequestGraceMs = 1000;

bool sameSpeed(double a, double b) {
    return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b));
}

} // namespace

ReplaySpeedControl::ReplaySpeedControl(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("replaySpeedControl"));
    const QString help = tr("Demo replay speed: 1\u00d7 = one simulated minute per second.");

    m_label = new QLabel(tr("Replay"), this);
    m_label->setToolTip(help);

    m_pause = new QToolButton(this);
    m_pause->setObjectName(QStringLiteral("pause"));
    m_pause->setCheckable(true);
    m_pause->setAutoRaise(true);
    connect(m_pause, &QToolButton::toggled, this, &ReplaySpeedControl::onPauseToggled);

    m_combo = new QComboBox(this);
    m_combo->setObjectName(QStringLiteral("speed"));
    m_combo->setToolTip(help);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (double preset : presets())
        m_combo->addItem(speedLabel(preset), preset);
    m_combo->setCurrentIndex(0);
    connect(m_combo, &QComboBox::activated, this, &ReplaySpeedControl::onComboActivated);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(4);
    layout->addWidget(m_label);
    layout->addWidget(m_pause);
    layout->addWidget(m_combo);
    updatePauseButton();
}

double ReplaySpeedControl::speed() const {
    return isPaused() ? 0.0 : selectedSpeed();
}

bool ReplaySpeedControl::isPaused() const {
    return m_pause->isChecked();
}

double ReplaySpeedControl::selectedSpeed() const {
    return m_combo->currentData().toDouble();
}

void ReplaySpeedControl::setSpeed(double minutesPerSecond) {
    if (m_requested && m_requestedAt.elapsed() < kRequestGraceMs &&
        !sameSpeed(minutesPerSecond, *m_requested))
        return; // a snapshot from before the engine took our request
    m_requested.reset();
    reflect(minutesPerSecond);
}

void ReplaySpeedControl::onPauseToggled(bool paused) {
    updatePauseButton();
    request(paused ? 0.0 : selectedSpeed());
}

void ReplaySpeedControl::onComboActivated(int index) {
    if (index < 0)
        return;
    // Picking a speed means "play at this speed", also when paused.
    if (m_pause->isChecked()) {
        const QSignalBlocker block(m_pause);
        m_pause->setChecked(false);
        updatePauseButton();
    }
    request(m_combo->itemData(index).toDouble());
}

void ReplaySpeedControl::request(double minutesPerSecond) {
    m_requested = minutesPerSecond;
    m_requestedAt.start();
    Q_EMIT speedRequested(minutesPerSecond);
}

void ReplaySpeedControl::reflect(double minutesPerSecond) {
    const bool paused = minutesPerSecond <= 0.0;
    if (!paused) {
        int index = indexOf(minutesPerSecond);
        if (index < 0) {
            // A speed from the command line or config that is not a preset: shown as is, in a
            // single extra entry after the presets.
            const int custom = static_cast<int>(presets().size());
            if (m_combo->count() > custom)
                m_combo->removeItem(custom);
            m_combo->addItem(speedLabel(minutesPerSecond), minutesPerSecond);
            index = custom;
        } else if (index < static_cast<int>(presets().size()) &&
                   m_combo->count() > static_cast<int>(presets().size())) {
            m_combo->removeItem(static_cast<int>(presets().size()));
        }
        m_combo->setCurrentIndex(index);
    }
    if (m_pause->isChecked() != paused) {
        const QSignalBlocker block(m_pause);
        m_pause->setChecked(paused);
    }
    updatePauseButton();
}

void ReplaySpeedControl::updatePauseButton() {
    const bool paused = m_pause->isChecked();
    m_pause->setIcon(style()->standardIcon(paused ? QStyle::SP_MediaPlay : QStyle::SP_MediaPause));
    m_pause->setToolTip(paused ? tr("Replay paused: click to resume") : tr("Pause the replay"));
    m_pause->setAccessibleName(paused ? tr("Resume replay") : tr("Pause replay"));
    m_label->setText(paused ? tr("Replay paused") : tr("Replay"));
}

int ReplaySpeedControl::indexOf(double minutesPerSecond) const {
    for (int i = 0; i < m_combo->count(); ++i) {
        if (sameSpeed(m_combo->itemData(i).toDouble(), minutesPerSecond))
            return i;
    }
    return -1;
}

QString ReplaySpeedControl::speedLabel(double minutesPerSecond) {
    return tr("%1\u00d7").arg(QLocale().toString(minutesPerSecond, 'g', 4));
}

} // namespace axion
