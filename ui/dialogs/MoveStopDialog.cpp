#include "dialogs/MoveStopDialog.h"

#include "format/DisplayFormat.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace axion {

namespace {

// US equities at or above $1 trade in cents, below $1 in 1/100 of a cent (Reg NMS rule 612).
int decimalsFor(Price reference) {
    return reference.units() >= 10'000 ? 2 : 4;
}

} // namespace

MoveStopDialog::MoveStopDialog(const Position& position, QWidget* parent)
    : QDialog(parent)
    , m_position(position) {
    setWindowTitle(tr("Move stop: %1").arg(position.ticker));
    setObjectName(QStringLiteral("moveStopDialog"));
    setMinimumWidth(340);

    const int decimals = decimalsFor(position.lastPrice);
    m_stopSpin = new QDoubleSpinBox(this);
    m_stopSpin->setObjectName(QStringLiteral("stopSpinBox"));
    m_stopSpin->setDecimals(decimals);
    m_stopSpin->setSingleStep(decimals == 2 ? 0.01 : 0.0001);
    m_stopSpin->setRange(decimals == 2 ? 0.01 : 0.0001, 1'000'000.0);
    m_stopSpin->setPrefix(QStringLiteral("$"));
    m_stopSpin->setAlignment(Qt::AlignRight);
    m_stopSpin->setKeyboardTracking(true);
    m_stopSpin->setValue(position.stopLoss.toDouble());
    m_stopSpin->setMinimumWidth(140);

    m_currentLabel = new QLabel(this);
    m_riskLabel = new QLabel(this);
    m_riskLabel->setObjectName(QStringLiteral("riskLabel"));
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #c62828;"));

    const QString side = position.direction == Direction::Long ? tr("Long") : tr("Short");
    auto* form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight);
    form->addRow(
        tr("Position:"),
        new QLabel(
            tr("%1 %2 %3 shares").arg(side, position.ticker, display::shares(position.shares)),
            this));
    form->addRow(tr("Entry:"), new QLabel(display::price(position.averageEntry), this));
    form->addRow(tr("Current price:"), m_currentLabel);
    form->addRow(tr("Current stop:"), new QLabel(display::price(position.stopLoss), this));
    form->addRow(tr("New stop:"), m_stopSpin);
    form->addRow(tr("If stopped:"), m_riskLabel);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Move stop"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MoveStopDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &MoveStopDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);

    connect(m_stopSpin, &QDoubleSpinBox::valueChanged, this, &MoveStopDialog::onStopEdited);
    refresh();
    m_stopSpin->setFocus();
    m_stopSpin->selectAll();
}

Price MoveStopDialog::stop() const {
    return Price::fromDouble(m_stopSpin->value()).value_or(Price());
}

void MoveStopDialog::setStop(Price stop) {
    m_stopSpin->setValue(stop.toDouble());
}

void MoveStopDialog::setCurrentPrice(Price price) {
    if (price == m_position.lastPrice)
        return;
    m_position.lastPrice = price;
    refresh();
}

QString MoveStopDialog::validationError(Direction direction, Price current, Price stop) {
    if (!stop.isPositive())
        return tr("The stop must be a positive price.");
    if (direction == Direction::Long && stop >= current)
        return tr("A long position's stop must be below the current price (%1).")
            .arg(display::price(current));
    if (direction == Direction::Short && stop <= current)
        return tr("A short position's stop must be above the current price (%1).")
            .arg(display::price(current));
    return {};
}

void MoveStopDialog::accept() {
    if (!isStopValid()) {
        refresh();
        return;
    }
    QDialog::accept();
}

void MoveStopDialog::onStopEdited() {
    refresh();
}

void MoveStopDialog::refresh() {
    m_currentLabel->setText(display::price(m_position.lastPrice));
    const Price newStop = stop();
    // What the position would make or lose if the new stop filled exactly.
    const Money atStop =
        (newStop - m_position.averageEntry) * (m_position.shares * sign(m_position.direction));
    m_riskLabel->setText(QStringLiteral("%1 (%2)").arg(
        display::signedMoney(atStop), display::rMultiple(m_position.rMultiple(newStop))));
    m_riskLabel->setStyleSheet(QStringLiteral("color: %1;").arg(display::pnlColor(atStop).name()));

    const QString error = validationError(m_position.direction, m_position.lastPrice, newStop);
    m_errorLabel->setText(error);
    m_errorLabel->setVisible(!error.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(error.isEmpty());
}

} // namespace axion
