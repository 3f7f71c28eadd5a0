#pragma once

#include "charts/QCustomPlotInclude.h"

#include <QColor>
#include <QFont>
#include <QString>

namespace axion::chart {

// The look shared by the workstation's line charts (P&L and drawdown, equity curve), kept in one
// place so the tabs match.
inline const QColor kGridColor{0xe6, 0xe8, 0xeb};
inline const QColor kAxisColor{0xb0, 0xb6, 0xbd};
inline const QColor kLabelColor{0x55, 0x5d, 0x66};

// Whole dollars through DisplayFormat ("-$5,000"): cents on an axis are noise.
class MoneyTicker : public QCPAxisTicker {
protected:
    QString getTickLabel(double tick, const QLocale& locale, QChar formatChar,
                         int precision) override;
};

// QCustomPlot's date-time keys are seconds since the epoch.
inline double key(qint64 utcMs) {
    return static_cast<double>(utcMs) / 1000.0;
}

// Thin axis pens, no sub-ticks, small grey labels, a light grid and a zero line.
void styleAxis(QCPAxis* axis, const QFont& font);

} // namespace axion::chart
