#include "charts/EquityCurveChart.h"

#include "charts/ChartStyle.h"
#include "format/DisplayFormat.h"
#include "market/MarketCalendar.h"

#include <QDateTime>
#include <QMouseEvent>
#include <QToolTip>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace axion {

namespace {

const QColor kLineColor(0x1f, 0x4e, 0x79);

} // namespace

EquityCurveChart::EquityCurveChart(QWidget* parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    setMinimumSize(280, 180);

    QFont small = font();
    small.setPointSizeF(std::max(7.0, small.pointSizeF() - 1.0));
    m_plot->setBackground(palette().brush(QPalette::Base));
    m_plot->setAntialiasedElements(QCP::aePlottables | QCP::aeItems);
    m_plot->setNoAntialiasingOnDrag(true);

    QCPAxisRect* rect = m_plot->axisRect();
    for (QCPAxis* axis : rect->axes())
        chart::styleAxis(axis, small);
    rect->axis(QCPAxis::atTop)->setVisible(false);
    rect->axis(QCPAxis::atRight)->setVisible(false);
    QCPAxis* x = rect->axis(QCPAxis::atBottom);
    QCPAxis* y = rect->axis(QCPAxis::atLeft);
    x->grid()->setZeroLinePen(Qt::NoPen);
    auto timeTicker = QSharedPointer<QCPAxisTickerDateTime>::create();
    timeTicker->setTimeZone(MarketCalendar::newYork());
    timeTicker->setTickCount(6);
    x->setTicker(timeTicker);
    auto moneyTicker = QSharedPointer<chart::MoneyTicker>::create();
    moneyTicker->setTickCount(5);
    y->setTicker(moneyTicker);

    // Fills first, so the line is drawn over them.
    QColor gain = display::pnlColor(1.0);
    QColor loss = display::pnlColor(-1.0);
    gain.setAlpha(40);
    loss.setAlpha(40);
    m_gainFill = m_plot->addGraph(x, y);
    m_lossFill = m_plot->addGraph(x, y);
    m_line = m_plot->addGraph(x, y);
    m_gainFill->setPen(Qt::NoPen);
    m_gainFill->setBrush(gain);
    m_lossFill->setPen(Qt::NoPen);
    m_lossFill->setBrush(loss);
    m_line->setPen(QPen(kLineColor, 1.6));
    m_line->setName(tr("Cumulative realized P&L"));

    m_emptyText = new QCPItemText(m_plot);
    m_emptyText->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_emptyText->position->setCoords(0.5, 0.5);
    m_emptyText->setText(tr("No closed trades to chart"));
    m_emptyText->setColor(QColor(0x8a, 0x92, 0x9b));

    m_plot->setMouseTracking(true);
    connect(m_plot, &QCustomPlot::mouseMove, this, &EquityCurveChart::onMouseMoved);
    updateTimeFormat();
    updateRanges();
}

void EquityCurveChart::clear() {
    setCurve({}, Granularity::PerDay);
}

int EquityCurveChart::pointCount() const {
    return m_line->dataCount();
}

void EquityCurveChart::setCurve(const QList<EquityPoint>& points, Granularity granularity) {
    m_points = points;
    m_granularity = granularity;
    QVector<double> keys;
    QVector<double> values;
    QVector<double> gains;
    QVector<double> losses;
    keys.reserve(points.size());
    values.reserve(points.size());
    gains.reserve(points.size());
    losses.reserve(points.size());
    for (const EquityPoint& p : points) {
        const double v = p.cumulativePnl.toDouble();
        keys << chart::key(p.timeMs);
        values << v;
        gains << std::max(v, 0.0);
        losses << std::min(v, 0.0);
    }
    m_line->setData(keys, values, true);
    m_gainFill->setData(keys, gains, true);
    m_lossFill->setData(keys, losses, true);
    m_last = points.isEmpty() ? Money() : points.constLast().cumulativePnl;
    // Per trade the curve moves at each exit and stays flat until the next one.
    m_line->setLineStyle(granularity == Granularity::PerTrade ? QCPGraph::lsStepLeft
                                                              : QCPGraph::lsLine);
    m_gainFill->setLineStyle(m_line->lineStyle());
    m_lossFill->setLineStyle(m_line->lineStyle());
    m_emptyText->setVisible(points.isEmpty());
    updateTimeFormat();
    updateRanges();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void EquityCurveChart::updateTimeFormat() {
    auto ticker = m_plot->xAxis->ticker().dynamicCast<QCPAxisTickerDateTime>();
    if (!ticker)
        return;
    const qint64 span =
        m_points.size() > 1 ? m_points.constLast().timeMs - m_points.constFirst().timeMs : 0;
    constexpr qint64 kDay = 86'400'000;
    if (span > 400 * kDay)
        ticker->setDateTimeFormat(QStringLiteral("MMM yyyy"));
    else if (span > 3 * kDay)
        ticker->setDateTimeFormat(QStringLiteral("MMM d"));
    else if (span > kDay / 2)
        ticker->setDateTimeFormat(QStringLiteral("MMM d\nHH:mm"));
    else
        ticker->setDateTimeFormat(QStringLiteral("HH:mm"));
}

void EquityCurveChart::updateRanges() {
    QCPAxis* x = m_plot->xAxis;
    QCPAxis* y = m_plot->yAxis;
    if (m_points.isEmpty()) {
        const double now = chart::key(QDateTime::currentMSecsSinceEpoch());
        x->setRange(now - 86'400.0 * 30, now);
        y->setRange(-100.0, 100.0);
        return;
    }
    const double first = chart::key(m_points.constFirst().timeMs);
    const double last = chart::key(m_points.constLast().timeMs);
    const double pad = std::max((last - first) * 0.02, 1800.0);
    x->setRange(first - pad, last + pad);
    double low = 0.0;
    double high = 0.0;
    for (const EquityPoint& p : m_points) {
        low = std::min(low, p.cumulativePnl.toDouble());
        high = std::max(high, p.cumulativePnl.toDouble());
    }
    double span = high - low;
    if (span < 1.0)
        span = 100.0;
    y->setRange(low - span * 0.08, high + span * 0.08);
}

QString EquityCurveChart::describePointNear(qint64 timeMs) const {
    if (m_points.isEmpty())
        return {};
    auto it = std::lower_bound(m_points.cbegin(), m_points.cend(), timeMs,
                               [](const EquityPoint& p, qint64 t) { return p.timeMs < t; });
    if (it == m_points.cend())
        --it;
    else if (it != m_points.cbegin() && (timeMs - std::prev(it)->timeMs) < (it->timeMs - timeMs))
        --it;
    const QString when = m_granularity == Granularity::PerDay
                             ? display::nyDateTime(it->timeMs).left(10)
                             : display::nyDateTime(it->timeMs);
    return tr("%1\nCumulative P&L %2").arg(when, display::signedMoney(it->cumulativePnl));
}

void EquityCurveChart::onMouseMoved(QMouseEvent* event) {
    if (m_points.isEmpty() || !m_plot->axisRect()->rect().contains(event->pos())) {
        QToolTip::hideText();
        return;
    }
    const double key = m_plot->xAxis->pixelToCoord(event->pos().x());
    const QString text = describePointNear(static_cast<qint64>(std::llround(key * 1000.0)));
    QToolTip::showText(event->globalPosition().toPoint(), text, m_plot);
}

} // namespace axion
