#pragma once

#include "risk/KillSwitch.h"

#include <QKeySequence>
#include <QPointer>
#include <QPushButton>
#include <optional>

class QShortcut;
class QTimer;

namespace axion {

class KillSwitchResetDialog;

// The toolbar kill switch. Armed, a click trips it at once (no dialog: in an emergency every
// second counts) and the button shows the tripped look straight away, before the engine confirms.
// Tripped, a click opens KillSwitchResetDialog; a reset needs an operator note and is requested
// from the engine, which alone decides: the button only follows the snapshots (setState()).
//
// The dialog is opened with QDialog::open() (window modal, no nested event loop), so snapshots
// keep flowing while the operator types, and tests drive it through resetDialog().
class KillSwitchButton : public QPushButton {
    Q_OBJECT

public:
    explicit KillSwitchButton(QWidget* parent = nullptr);

    // The state shown: tripped (confirmed or optimistic) or armed.
    bool isTripped() const { return m_shownTripped; }
    // A trip was requested here and the engine has not confirmed it yet.
    bool isTripPending() const { return m_tripPending; }
    // The open reset dialog, or nullptr.
    KillSwitchResetDialog* resetDialog() const;

    // How long an optimistic trip is kept against snapshots that still say "armed" (they may have
    // been published before the engine saw the command). After that, the engine's state wins.
    void setConfirmTimeout(int ms);

    static QKeySequence shortcutKey() { return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K); }

public Q_SLOTS:
    // From each snapshot: EngineSnapshot::killSwitchTripped and activeTrip.
    void setState(bool tripped, const std::optional<axion::KillSwitchTrip>& trip);

Q_SIGNALS:
    void tripRequested(const QString& detail);
    void resetRequested(const QString& operatorNote);

protected:
    // A click never toggles the check state by itself: the state is ours to decide.
    void nextCheckState() override;

private:
    void onClicked();
    void onConfirmTimeout();
    void onDialogFinished(int result);
    void openResetDialog();
    void applyState(bool tripped, const std::optional<KillSwitchTrip>& trip);
    void restyle();

    bool m_shownTripped = false;
    std::optional<KillSwitchTrip> m_shownTrip;
    bool m_tripPending = false;
    // The engine's latest word, applied when an optimistic trip times out.
    bool m_engineTripped = false;
    std::optional<KillSwitchTrip> m_engineTrip;

    QTimer* m_confirmTimer = nullptr;
    QShortcut* m_shortcut = nullptr;
    QPointer<KillSwitchResetDialog> m_dialog;
};

} // namespace axion
