#pragma once

#include "core/Position.h"

#include <QDialog>

class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;

namespace axion {

// Asks for a new protective stop of one position. The stop must stay on the losing side of the
// current price (below it for a long, above it for a short), otherwise the broker would fill it at
// once; the dialog refuses such a value instead of sending it.
class MoveStopDialog : public QDialog {
    Q_OBJECT

public:
    explicit MoveStopDialog(const Position& position, QWidget* parent = nullptr);

    QString ticker() const { return m_position.ticker; }

    // The stop as entered, on the price grid of the spin box.
    Price stop() const;
    void setStop(Price stop);

    // The market keeps moving while the dialog is open: the tab forwards the newest price so the
    // validation judges the stop against it, not against the price when the dialog opened.
    void setCurrentPrice(Price price);
    Price currentPrice() const { return m_position.lastPrice; }

    bool isStopValid() const {
        return validationError(m_position.direction, currentPrice(), stop()).isEmpty();
    }

    // Why a stop is refused, or an empty string when it is acceptable.
    static QString validationError(Direction direction, Price current, Price stop);

    // Refuses to close while the stop is invalid.
    void accept() override;

private:
    void onStopEdited();
    void refresh();

    Position m_position;
    QDoubleSpinBox* m_stopSpin = nullptr;
    QLabel* m_currentLabel = nullptr;
    QLabel* m_riskLabel = nullptr;
    QLabel* m_errorLabel = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace axion
