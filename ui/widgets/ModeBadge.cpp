#include "widgets/ModeBadge.h"

namespace axion {

ModeBadge::ModeBadge(QWidget* parent)
    : QLabel(parent) {
    setAlignment(Qt::AlignCenter);
    setMargin(4);
    restyle();
}

void ModeBadge::setMode(Mode mode) {
    if (mode == m_mode)
        return;
    m_mode = mode;
    restyle();
    Q_EMIT modeChanged(mode);
}

void ModeBadge::restyle() {
    const bool live = m_mode == Mode::Live;
    setText(live ? tr("LIVE") : tr("PAPER"));
    setToolTip(live ? tr("Orders go to a real brokerage account")
                    : tr("Simulated orders, no real money"));
    setStyleSheet(
        live ? QStringLiteral(
                   "QLabel{background:#c62828;color:white;font-weight:bold;border-radius:3px}")
             : QStringLiteral(
                   "QLabel{background:#2e7d32;color:white;font-weight:bold;border-radius:3px}"));
}

} // namespace axion
