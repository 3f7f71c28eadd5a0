#include "widgets/KillSwitchButton.h"

#include "dialogs/KillSwitchResetDialog.h"
#include "format/DisplayFormat.h"

#include <QPainter>
#include <QPainterPath>
#include <QShortcut>
#include <QTimer>
#include <QtMath>

namespace axion {

namespace {

// A stop-sign octagon, drawn so that no icon file is needed and it stays sharp at any DPI.
QIcon octagonIcon(const QColor& fill, const QColor& mark) {
    constexpr int kSize = 64;
    QPixmap pixmap(kSize, kSize);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    QPainterPath octagon;
    const double r = kSize / 2.0 - 2.0;
    const QPointF c(kSize / 2.0, kSize / 2.0);
    for (int i = 0; i < 8; ++i) {
        const double a = qDegreesToRadians(22.5 + 45.0 * i);
        const QPointF pt = c + QPointF(r * qCos(a), r * qSin(a));
        if (i == 0)
            octagon.moveTo(pt);
        else
            octagon.lineTo(pt);
    }
    octagon.closeSubpath();
    p.fillPath(octagon, fill);
    // A horizontal bar: "stop", readable at 16 px.
    p.fillRect(QRectF(kSize * 0.22, kSize * 0.42, kSize * 0.56, kSize * 0.16), mark);
    return QIcon(pixmap);
}

} // namespace

KillSwitchButton::KillSwitchButton(QWidget* parent)
    : QPushButton(parent) {
    setObjectName(QStringLiteral("killSwitchButton"));
    setCheckable(true);
    setAutoDefault(false); // never the target of a stray Enter in a dialog-like parent
    setIconSize(QSize(20, 20));
    setCursor(Qt::PointingHandCursor);
    setFocusPolicy(Qt::NoFocus);
    QFont f = font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    f.setLetterSpacing(QFont::PercentageSpacing, 104);
    setFont(f);

    m_confirmTimer = new QTimer(this);
    m_confirmTimer->setSingleShot(true);
    m_confirmTimer->setInterval(3000);
    connect(m_confirmTimer, &QTimer::timeout, this, &KillSwitchButton::onConfirmTimeout);

    // Application-wide: the switch must answer from a floating dock or another window too.
    m_shortcut = new QShortcut(shortcutKey(), this);
    m_shortcut->setContext(Qt::ApplicationShortcut);
    connect(m_shortcut, &QShortcut::activated, this, &QAbstractButton::click);

    connect(this, &QAbstractButton::clicked, this, &KillSwitchButton::onClicked);
    restyle();
}

KillSwitchResetDialog* KillSwitchButton::resetDialog() const {
    return m_dialog;
}

void KillSwitchButton::setConfirmTimeout(int ms) {
    m_confirmTimer->setInterval(ms);
}

void KillSwitchButton::nextCheckState() {}

void KillSwitchButton::setState(bool tripped, const std::optional<KillSwitchTrip>& trip) {
    m_engineTripped = tripped;
    m_engineTrip = tripped ? trip : std::nullopt;
    if (tripped) {
        m_tripPending = false;
        m_confirmTimer->stop();
    } else if (m_tripPending) {
        return; // probably published before the engine saw our command: keep the trip shown
    }
    applyState(m_engineTripped, m_engineTrip);
}

void KillSwitchButton::onClicked() {
    if (!m_shownTripped) {
        m_tripPending = true;
        m_confirmTimer->start();
        applyState(true, std::nullopt);
        // Not translated: the detail goes into the journal, which reads the same in every
        // language of the interface.
        Q_EMIT tripRequested(QStringLiteral("manual: kill switch pressed in the toolbar"));
        return;
    }
    openResetDialog();
}

void KillSwitchButton::onConfirmTimeout() {
    m_tripPending = false;
    applyState(m_engineTripped, m_engineTrip);
}

void KillSwitchButton::openResetDialog() {
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    m_dialog = new KillSwitchResetDialog(this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setTrip(m_shownTrip);
    connect(m_dialog, &QDialog::finished, this, &KillSwitchButton::onDialogFinished);
    m_dialog->open();
}

void KillSwitchButton::onDialogFinished(int result) {
    auto* dialog = qobject_cast<KillSwitchResetDialog*>(sender());
    if (!dialog || result != QDialog::Accepted || !m_shownTripped)
        return;
    // The look stays tripped until a snapshot says the engine has reset the switch.
    Q_EMIT resetRequested(dialog->note());
}

void KillSwitchButton::applyState(bool tripped, const std::optional<KillSwitchTrip>& trip) {
    const bool changed = tripped != m_shownTripped || trip != m_shownTrip;
    m_shownTripped = tripped;
    m_shownTrip = trip;
    QAbstractButton::setChecked(tripped);
    if (m_dialog) {
        if (!tripped)
            m_dialog->reject(); // reset elsewhere (another window, the engine): nothing to confirm
        else if (changed)
            m_dialog->setTrip(trip);
    }
    if (changed)
        restyle();
}

void KillSwitchButton::restyle() {
    const QString armedText = tr("KILL SWITCH");
    const QString trippedText = tr("KILL SWITCH TRIPPED");
    setText(m_shownTripped ? trippedText : armedText);
    setAccessibleName(text());

    // Same width in both states, so the toolbar does not jump when it trips.
    const int textWidth = qMax(fontMetrics().horizontalAdvance(armedText),
                               fontMetrics().horizontalAdvance(trippedText));
    setMinimumWidth(textWidth + iconSize().width() + 48);
    setMinimumHeight(34);

    // Selected by class (namespace "::" spelled "--"): the rules must not cascade to the reset
    // dialog, which is this button's child.
    const QString shortcut = shortcutKey().toString(QKeySequence::NativeText);
    if (!m_shownTripped) {
        setIcon(octagonIcon(QColor(0xc6, 0x28, 0x28), Qt::white));
        setToolTip(tr("<b>Kill switch armed.</b><br>Click (or press %1) to stop trading at once: "
                      "no new entries, working entries cancelled, day trades closed. "
                      "Swing positions keep their broker-side stops.<br>"
                      "There is no confirmation; resetting needs an operator note.")
                       .arg(shortcut));
        setStyleSheet(QStringLiteral(
            "axion--KillSwitchButton{color:#c62828;background:#fff6f6;border:2px solid #c62828;"
            "border-radius:5px;padding:3px 12px}"
            "axion--KillSwitchButton:hover{background:#ffe5e5}"
            "axion--KillSwitchButton:pressed{background:#ffcdd2}"));
        return;
    }

    setIcon(octagonIcon(Qt::white, QColor(0xc6, 0x28, 0x28)));
    QString why;
    if (m_shownTrip) {
        why = tr("%1: %2<br>Tripped at %3 New York time.")
                  .arg(KillSwitchResetDialog::triggerName(m_shownTrip->trigger),
                       m_shownTrip->detail.toHtmlEscaped(), display::nyTime(m_shownTrip->atMs));
    } else {
        why = tr("Trip requested, waiting for the engine to confirm.");
    }
    setToolTip(tr("<b>Kill switch TRIPPED.</b> New entries are halted.<br>%1<br>"
                  "Click to review and reset (needs an operator note).")
                   .arg(why));
    setStyleSheet(QStringLiteral(
        "axion--KillSwitchButton{color:white;background:#c62828;border:2px solid #8e0000;"
        "border-radius:5px;padding:3px 12px}"
        "axion--KillSwitchButton:hover{background:#b71c1c}"
        "axion--KillSwitchButton:pressed{background:#8e0000}"));
}

} // namespace axion
