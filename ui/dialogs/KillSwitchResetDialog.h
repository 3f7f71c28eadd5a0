#pragma once

#include "risk/KillSwitch.h"

#include <QDialog>
#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace axion {

// Asks the operator to confirm a kill switch reset. It shows why and when the switch tripped and
// requires a note: the reset re-enables trading, and the journal keeps who said what and why.
class KillSwitchResetDialog : public QDialog {
    Q_OBJECT

public:
    explicit KillSwitchResetDialog(QWidget* parent = nullptr);

    // nullopt: the engine has not confirmed the trip yet (the button tripped optimistically).
    void setTrip(const std::optional<KillSwitchTrip>& trip);

    // The operator's note, trimmed; never empty once the dialog is accepted.
    QString note() const;
    void setNote(const QString& note);

    // The "Reset kill switch" button: enabled only with a non-empty note.
    QPushButton* resetButton() const { return m_resetButton; }
    QPushButton* cancelButton() const { return m_cancelButton; }

    // A trigger as a trader reads it ("Daily loss limit", "Manual", ...).
    static QString triggerName(KillTrigger trigger);

public Q_SLOTS:
    void accept() override;

private:
    void onNoteChanged();

    QLabel* m_trigger = nullptr;
    QLabel* m_detail = nullptr;
    QLabel* m_time = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QPushButton* m_resetButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
};

} // namespace axion
