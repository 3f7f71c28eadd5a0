#include "dialogs/KillSwitchResetDialog.h"

#include "format/DisplayFormat.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace axion {

KillSwitchResetDialog::KillSwitchResetDialog(QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Reset kill switch"));
    setObjectName(QStringLiteral("killSwitchResetDialog"));

    auto* heading = new QLabel(tr("The kill switch is tripped: new entries are halted."), this);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    heading->setFont(headingFont);
    heading->setStyleSheet(QStringLiteral("color:#c62828"));

    m_trigger = new QLabel(this);
    m_trigger->setObjectName(QStringLiteral("trigger"));
    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("detail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_time = new QLabel(this);
    m_time->setObjectName(QStringLiteral("time"));

    auto* facts = new QFormLayout;
    facts->addRow(tr("Trigger:"), m_trigger);
    facts->addRow(tr("Detail:"), m_detail);
    facts->addRow(tr("Tripped at:"), m_time);

    auto* warning = new QLabel(
        tr("Resetting lets the executor open new positions again. Make sure the cause is "
           "understood and resolved. The note is written to the journal."),
        this);
    warning->setWordWrap(true);

    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setPlaceholderText(tr("Operator note (required), e.g. \"broker reconnected, "
                                  "positions checked\""));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 4);
    connect(m_note, &QPlainTextEdit::textChanged, this, &KillSwitchResetDialog::onNoteChanged);

    auto* buttons = new QDialogButtonBox(this);
    m_resetButton = buttons->addButton(tr("Reset kill switch"), QDialogButtonBox::AcceptRole);
    m_cancelButton = buttons->addButton(QDialogButtonBox::Cancel);
    // Cancel is the default: a stray Enter must never resume trading.
    m_resetButton->setAutoDefault(false);
    m_cancelButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &KillSwitchResetDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &KillSwitchResetDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(facts);
    layout->addSpacing(6);
    layout->addWidget(warning);
    layout->addWidget(m_note);
    layout->addWidget(buttons);

    setTrip(std::nullopt);
    onNoteChanged();
    setMinimumWidth(460);
    m_note->setFocus();
}

void KillSwitchResetDialog::setTrip(const std::optional<KillSwitchTrip>& trip) {
    if (!trip) {
        m_trigger->setText(tr("Manual (waiting for the engine to confirm)"));
        m_detail->setText(tr("manual: kill switch pressed in the toolbar"));
        m_time->setText(tr("just now"));
        return;
    }
    m_trigger->setText(triggerName(trip->trigger));
    m_detail->setText(trip->detail.isEmpty() ? tr("(no detail)") : trip->detail);
    // Date from nyDateTime, seconds from nyTime: a trip is read to the second.
    m_time->setText(
        tr("%1 %2 New York time")
            .arg(display::nyDateTime(trip->atMs).left(10), display::nyTime(trip->atMs)));
}

QString KillSwitchResetDialog::note() const {
    return m_note->toPlainText().trimmed();
}

void KillSwitchResetDialog::setNote(const QString& note) {
    m_note->setPlainText(note);
}

QString KillSwitchResetDialog::triggerName(KillTrigger trigger) {
    switch (trigger) {
    case KillTrigger::DailyLoss:
        return tr("Daily loss limit");
    case KillTrigger::Manual:
        return tr("Manual");
    case KillTrigger::BrokerUnreachable:
        return tr("Broker unreachable");
    case KillTrigger::EquityBelowMinimum:
        return tr("Equity below minimum");
    case KillTrigger::ConsecutiveLosses:
        return tr("Consecutive losses");
    }
    return toString(trigger);
}

void KillSwitchResetDialog::accept() {
    // The button is disabled without a note; this also covers a programmatic accept().
    if (note().isEmpty())
        return;
    QDialog::accept();
}

void KillSwitchResetDialog::onNoteChanged() {
    m_resetButton->setEnabled(!note().isEmpty());
}

} // namespace axion
