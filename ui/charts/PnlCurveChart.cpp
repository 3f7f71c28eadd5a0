#include "charts/PnlCurveChart.h"

#include "charts/ChartStyle.h"
#include "format/DisplayFormat.h"
#include "market/MarketCalendar.h"
#include "widgets/LimitBar.h"

#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace axion {

namespace {

bool samePoint(const PnlPoint& a, const PnlPoint& b) {
    return a.timeMs == b.timeMs && a.equity == b.equity && a.dayPnl == b.dayPnl &&
           a.drawdown == b.drawdown;
}

const QColor kLineColor(0x26, 0x32, 0x38);

} // namespace

PnlCurveChart::PnlCurveChart(QWidget* parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    setMinimumSize(320, 200);

    QFont small = font();
    small.setPointSizeF(std::max(7.0, small.pointSizeF() - 1.0));

    m_plot->setBackground(palette().brush(QPalette::Base));
    m_plot->setNoAntialiasingOnDrag(true);
    m_plot->setAntialiasedElements(QCP::aePlottables | QCP::aeItems);

    // Two stacked axis rects sharing the time axis: P&L on top, drawdown below.
    m_pnlRect = m_plot->axisRect();
    m_drawdownRect = new QCPAxisRect(m_plot);
    m_plot->plotLayout()->addElement(1, 0, m_drawdownRect);
    m_plot->plotLayout()->setRowStretchFactors({0.68, 0.32});
    m_plot->plotLayout()->setRowSpacing(2);
    auto* margins = new QCPMarginGroup(m_plot);
    m_pnlRect->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
    m_drawdownRect->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
    m_pnlRect->setAutoMargins(QCP::msLeft | QCP::msRight | QCP::msTop);
    m_pnlRect->setMargins(QMargins(0, 0, 0, 4));
    m_drawdownRect->setAutoMargins(QCP::msLeft | QCP::msRight | QCP::msBottom);
    m_drawdownRect->setMargins(QMargins(0, 4, 0, 0));

    auto timeTicker = QSharedPointer<QCPAxisTickerDateTime>::create();
    timeTicker->setTimeZone(MarketCalendar::newYork());
    timeTicker->setDateTimeFormat(QStringLiteral("HH:mm"));
    timeTicker->setTickCount(7);
    auto moneyTicker = QSharedPointer<chart::MoneyTicker>::create();
    moneyTicker->setTickCount(5);
    auto drawdownTicker = QSharedPointer<chart::MoneyTicker>::create();
    drawdownTicker->setTickCount(3);

    for (QCPAxisRect* rect : {m_pnlRect, m_drawdownRect}) {
        for (QCPAxis* axis : rect->axes())
            chart::styleAxis(axis, small);
        rect->axis(QCPAxis::atBottom)->setTicker(timeTicker);
        rect->axis(QCPAxis::atTop)->setVisible(false);
        rect->axis(QCPAxis::atRight)->setVisible(false);
        rect->axis(QCPAxis::atBottom)->grid()->setVisible(true);
    }
    QCPAxis* pnlX = m_pnlRect->axis(QCPAxis::atBottom);
    QCPAxis* pnlY = m_pnlRect->axis(QCPAxis::atLeft);
    QCPAxis* ddX = m_drawdownRect->axis(QCPAxis::atBottom);
    QCPAxis* ddY = m_drawdownRect->axis(QCPAxis::atLeft);
    pnlX->setTickLabels(false); // the drawdown rect below carries the time labels
    pnlY->setTicker(moneyTicker);
    ddY->setTicker(drawdownTicker);
    pnlY->setLabel(tr("Day P&L"));
    ddY->setLabel(tr("Drawdown"));
    pnlY->grid()->setZeroLinePen(QPen(chart::kAxisColor, 1.0));
    ddY->grid()->setZeroLinePen(QPen(chart::kAxisColor, 1.0));
    connect(pnlX, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), ddX,
            qOverload<const QCPRange&>(&QCPAxis::setRange));

    // Fills first so the P&L line is drawn over them.
    const QColor gain = display::pnlColor(1.0);
    const QColor loss = display::pnlColor(-1.0);
    m_gainFill = m_plot->addGraph(pnlX, pnlY);
    m_lossFill = m_plot->addGraph(pnlX, pnlY);
    m_pnl = m_plot->addGraph(pnlX, pnlY);
    m_drawdown = m_plot->addGraph(ddX, ddY);
    QColor gainTint = gain;
    gainTint.setAlpha(45);
    QColor lossTint = loss;
    lossTint.setAlpha(45);
    m_gainFill->setPen(Qt::NoPen);
    m_gainFill->setBrush(gainTint);
    m_lossFill->setPen(Qt::NoPen);
    m_lossFill->setBrush(lossTint);
    m_pnl->setPen(QPen(kLineColor, 1.6));
    m_pnl->setName(tr("Day P&L"));
    QColor ddTint = loss;
    ddTint.setAlpha(70);
    m_drawdown->setPen(QPen(loss, 1.2));
    m_drawdown->setBrush(ddTint);
    m_drawdown->setName(tr("Drawdown"));

    m_limitLine = new QCPItemStraightLine(m_plot);
    m_limitLine->setClipAxisRect(m_pnlRect);
    m_limitLine->setPen(QPen(LimitBar::levelColor(LimitBar::Level::Breach), 1.2, Qt::DashLine));
    for (QCPItemPosition* p : {m_limitLine->point1, m_limitLine->point2}) {
        p->setAxisRect(m_pnlRect);
        p->setAxes(pnlX, pnlY);
        p->setTypeX(QCPItemPosition::ptAxisRectRatio);
        p->setTypeY(QCPItemPosition::ptPlotCoords);
    }
    m_limitLine->point1->setCoords(0.0, 0.0);
    m_limitLine->point2->setCoords(1.0, 0.0);
    m_limitLabel = new QCPItemText(m_plot);
    m_limitLabel->setClipAxisRect(m_pnlRect);
    m_limitLabel->position->setAxisRect(m_pnlRect);
    m_limitLabel->position->setAxes(pnlX, pnlY);
    m_limitLabel->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
    m_limitLabel->position->setTypeY(QCPItemPosition::ptPlotCoords);
    m_limitLabel->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
    m_limitLabel->setFont(small);
    m_limitLabel->setColor(LimitBar::levelColor(LimitBar::Level::Breach));
    m_limitLabel->setPadding(QMargins(4, 0, 4, 1));

    m_emptyText = new QCPItemText(m_plot);
    m_emptyText->setClipAxisRect(m_pnlRect);
    m_emptyText->position->setAxisRect(m_pnlRect);
    m_emptyText->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_emptyText->position->setCoords(0.5, 0.5);
    m_emptyText->setText(tr("No P&L yet today"));
    m_emptyText->setColor(QColor(0x8a, 0x92, 0x9b));

    // The latest value at the end of the line: what the trader looks for first.
    m_lastDot = new QCPItemTracer(m_plot);
    m_lastDot->setClipAxisRect(m_pnlRect);
    m_lastDot->setGraph(m_pnl);
    m_lastDot->setStyle(QCPItemTracer::tsCircle);
    m_lastDot->setSize(6.0);
    m_lastDot->setPen(QPen(kLineColor, 1.0));
    m_lastDot->setBrush(kLineColor);
    m_lastLabel = new QCPItemText(m_plot);
    m_lastLabel->setClipAxisRect(m_pnlRect);
    m_lastLabel->position->setParentAnchor(m_lastDot->position);
    QFont bold = small;
    bold.setBold(true);
    m_lastLabel->setFont(bold);
    m_lastLabel->setPadding(QMargins(6, 0, 6, 0));

    updateLimitLine();
    updateLastPoint();
    updateRanges();
}

void PnlCurveChart::updateLastPoint() {
    const bool shown = m_count > 0;
    m_lastDot->setVisible(shown);
    m_lastLabel->setVisible(shown);
    m_emptyText->setVisible(!shown);
    if (!shown)
        return;
    m_lastDot->setGraphKey(chart::key(m_last.timeMs));
    m_lastLabel->setText(display::signedMoney(m_last.dayPnl));
    m_lastLabel->setColor(m_last.dayPnl.isZero() ? kLineColor : display::pnlColor(m_last.dayPnl));
}

void PnlCurveChart::requestReplot() {
    // Snapshots keep coming while the dashboard is behind another tab: keep the data current but
    // leave the drawing to the moment it is shown. A queued replot coalesces bursts.
    if (!isVisible()) {
        m_replotPending = true;
        return;
    }
    m_replotPending = false;
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void PnlCurveChart::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (m_replotPending) {
        m_replotPending = false;
        m_plot->replot();
    }
}

int PnlCurveChart::pnlPointCount() const {
    return m_pnl->dataCount();
}

int PnlCurveChart::drawdownPointCount() const {
    return m_drawdown->dataCount();
}

void PnlCurveChart::setCurve(const QList<PnlPoint>& curve) {
    const bool continues = m_count > 0 && curve.size() >= m_count &&
                           samePoint(curve.first(), m_first) &&
                           curve.at(m_count - 1).timeMs == m_last.timeMs;
    if (!continues) {
        if (curve.isEmpty() && m_count == 0)
            return;
        rebuild(curve);
    } else {
        const qsizetype oldCount = m_count;
        const PnlPoint& lastKnown = curve.at(oldCount - 1);
        const bool lastChanged = !samePoint(lastKnown, m_last);
        if (!lastChanged && curve.size() == oldCount)
            return; // nothing new: no replot
        if (lastChanged)
            replaceLastPoint(lastKnown);
        for (qsizetype i = oldCount; i < curve.size(); ++i)
            appendPoint(curve.at(i));
    }
    updateLastPoint();
    updateRanges();
    requestReplot();
}

void PnlCurveChart::rebuild(const QList<PnlPoint>& curve) {
    ++m_rebuilds;
    for (QCPGraph* g : {m_pnl, m_gainFill, m_lossFill, m_drawdown})
        g->data()->clear();
    m_count = 0;
    m_minPnl = m_maxPnl = m_maxDrawdown = 0.0;
    m_first = curve.isEmpty() ? PnlPoint{} : curve.first();
    for (const PnlPoint& p : curve)
        appendPoint(p);
}

void PnlCurveChart::appendPoint(const PnlPoint& point) {
    const double key = chart::key(point.timeMs);
    const double pnl = point.dayPnl.toDouble();
    const double dd = point.drawdown.toDouble();
    m_pnl->addData(key, pnl);
    m_gainFill->addData(key, std::max(pnl, 0.0));
    m_lossFill->addData(key, std::min(pnl, 0.0));
    m_drawdown->addData(key, -dd); // hangs below zero: "underwater"
    m_minPnl = std::min(m_minPnl, pnl);
    m_maxPnl = std::max(m_maxPnl, pnl);
    m_maxDrawdown = std::max(m_maxDrawdown, dd);
    m_last = point;
    ++m_count;
}

void PnlCurveChart::replaceLastPoint(const PnlPoint& point) {
    // The minute being built changes value but not time: edit in place. The extents only grow
    // here; a value pulled back inside them is corrected at the next rebuild (cosmetic only).
    for (QCPGraph* g : {m_pnl, m_gainFill, m_lossFill, m_drawdown})
        g->data()->removeAfter(chart::key(m_last.timeMs) - 1e-3);
    --m_count;
    appendPoint(point);
}

void PnlCurveChart::setLossLimit(Money dayPnlLimit) {
    const double limit = std::min(0.0, dayPnlLimit.toDouble());
    if (limit == m_lossLimit)
        return;
    m_lossLimit = limit;
    updateLimitLine();
    updateRanges();
    requestReplot();
}

void PnlCurveChart::setSession(qint64 openMs, qint64 closeMs) {
    if (openMs == m_sessionOpenMs && closeMs == m_sessionCloseMs)
        return;
    m_sessionOpenMs = openMs;
    m_sessionCloseMs = closeMs;
    updateRanges();
    requestReplot();
}

void PnlCurveChart::updateLimitLine() {
    const bool shown = m_lossLimit < 0.0;
    m_limitLine->setVisible(shown);
    m_limitLabel->setVisible(shown);
    if (!shown)
        return;
    m_limitLine->point1->setCoords(0.0, m_lossLimit);
    m_limitLine->point2->setCoords(1.0, m_lossLimit);
    m_limitLabel->position->setCoords(0.0, m_lossLimit);
    const auto limit = Money::fromDouble(m_lossLimit);
    m_limitLabel->setText(tr("Kill switch at %1").arg(display::money(limit.value_or(Money()))));
}

void PnlCurveChart::updateRanges() {
    // Time: the whole session when known, so the curve grows from the left through the day.
    double from = 0.0;
    double to = 0.0;
    if (m_sessionOpenMs > 0 && m_sessionCloseMs > m_sessionOpenMs) {
        from = chart::key(m_sessionOpenMs);
        to = chart::key(m_sessionCloseMs);
    }
    if (m_count > 0) {
        const double first = chart::key(m_first.timeMs);
        const double last = chart::key(m_last.timeMs);
        if (to <= from) {
            from = first;
            to = std::max(last, first + 3600.0);
        }
        from = std::min(from, first);
        to = std::max(to, last);
    } else if (to <= from) {
        const double now = chart::key(QDateTime::currentMSecsSinceEpoch());
        from = now - 3600.0;
        to = now;
    }
    // A few minutes either side keep the first and last hour labels (09:30 -> 10:00, 16:00).
    const double pad = (to - from) * 0.012;
    m_pnlRect->axis(QCPAxis::atBottom)->setRange(from - pad, to + pad);
    // The last value's label sits right of the dot, or left of it near the end of the axis.
    const bool nearEnd = m_count > 0 && chart::key(m_last.timeMs) > to - (to - from) * 0.15;
    m_lastLabel->setPositionAlignment((nearEnd ? Qt::AlignRight : Qt::AlignLeft) |
                                      Qt::AlignVCenter);

    // P&L: always show zero; show the kill switch line once the loss is half way there, so a good
    // day is not squashed against a limit it never approaches.
    double low = std::min(m_minPnl, 0.0);
    double high = std::max(m_maxPnl, 0.0);
    if (m_lossLimit < 0.0 && low < m_lossLimit * 0.5)
        low = std::min(low, m_lossLimit);
    double span = high - low;
    if (span < 1.0)
        span = 100.0;
    m_pnlRect->axis(QCPAxis::atLeft)->setRange(low - span * 0.08, high + span * 0.08);

    const double depth = m_maxDrawdown > 0.5 ? m_maxDrawdown : 100.0;
    m_drawdownRect->axis(QCPAxis::atLeft)->setRange(-depth * 1.12, depth * 0.06);
}

} // namespace axion
