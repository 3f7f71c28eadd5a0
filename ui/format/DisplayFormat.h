#pragma once

#include "core/Direction.h"
#include "core/Money.h"
#include "core/Order.h"
#include "core/Price.h"
#include "core/Quantity.h"

#include <QColor>
#include <QString>

namespace axion::display {

// How the workstation shows numbers and times: one place, so every tab agrees. Display only: the
// engine's values stay fixed point and are never parsed back from these strings.

// "$1,234,567.89", "-$12.50" (always two decimals, grouped thousands).
QString money(Money value);
// "+$12.50" / "-$12.50" / "$0.00": for P&L, where the sign matters.
QString signedMoney(Money value);
// "123.45"; prices under $1 keep four decimals ("0.1234").
QString price(Price value);
// "1,500"
QString shares(Quantity value);
// A fraction as a percentage: 0.0312 -> "3.12 %"; signed adds "+" for positives.
QString percent(double fraction, int decimals = 2, bool showSign = false);
// "+1.5R" / "-0.8R"
QString rMultiple(double r);
// New York wall-clock time of a UTC ms instant: "14:31:05"; with date: "2026-11-24 14:31".
QString nyTime(qint64 utcMs);
QString nyDateTime(qint64 utcMs);
// "2h 05m", "12m 30s", "45s".
QString duration(qint64 ms);

// "Day", "Swing", "Scalp", translated (context "display").
QString tradeTypeLabel(TradeType type);

// Green for gains, red for losses, the palette's text colour for zero.
QColor pnlColor(Money value);
QColor pnlColor(double value);
// Background tint of an order row by state: working (blue), partially filled (amber), filled
// (green), cancelled/expired (grey), rejected/unknown (red).
QColor orderStateColor(OrderState state);

} // namespace axion::display
