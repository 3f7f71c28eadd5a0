#include "charts/ChartStyle.h"

#include "format/DisplayFormat.h"

#include <cmath>

namespace axion::chart {

QString MoneyTicker::getTickLabel(double tick, const QLocale&, QChar, int) {
    const auto m = Money::fromDouble(std::round(tick));
    if (!m)
        return {};
    QString text = display::money(*m);
    if (text.endsWith(QStringLiteral(".00")))
        text.chop(3);
    return text;
}

void styleAxis(QCPAxis* axis, const QFont& font) {
    axis->setBasePen(QPen(kAxisColor));
    axis->setTickPen(QPen(kAxisColor));
    axis->setSubTickPen(Qt::NoPen);
    axis->setTickLength(0, 4);
    axis->setTickLabelFont(font);
    axis->setLabelFont(font);
    axis->setTickLabelColor(kLabelColor);
    axis->setLabelColor(kLabelColor);
    axis->grid()->setPen(QPen(kGridColor, 1.0));
    axis->grid()->setZeroLinePen(QPen(kAxisColor, 1.0));
}

} // namespace axion::chart
