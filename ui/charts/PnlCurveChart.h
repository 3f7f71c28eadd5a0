#pragma once

#include "core/Money.h"
#include "execution/EngineSnapshot.h"

#include <QList>
#include <QWidget>

class QCustomPlot;
class QCPAxisRect;
class QCPGraph;
class QCPItemStraightLine;
class QCPItemText;
class QCPItemTracer;

namespace axion {

// Today's P&L curve above its drawdown ("underwater") curve, on one New York time axis. The day
// P&L fills green above zero and red below; a dashed line marks the loss that trips the kill
// switch. Snapshots arrive up to 30 times a second with the whole curve, so the chart appends the
// new points (and refreshes the last one, the minute still being built) instead of rebuilding;
// it rebuilds only when the curve is not a continuation of the one shown (a new day: the curve
// shrank or its first point changed).
class PnlCurveChart : public QWidget {
    Q_OBJECT

public:
    explicit PnlCurveChart(QWidget* parent = nullptr);

    void setCurve(const QList<PnlPoint>& curve);
    // The day P&L at which the kill switch trips (negative); zero hides the line.
    void setLossLimit(Money dayPnlLimit);
    // The session the time axis spans (UTC ms); the axis grows past it when the curve does.
    // openMs >= closeMs (no trading day) spans the curve only.
    void setSession(qint64 openMs, qint64 closeMs);

    // For tests and diagnostics.
    int pnlPointCount() const;
    int drawdownPointCount() const;
    int rebuildCount() const { return m_rebuilds; }
    QCustomPlot* plot() const { return m_plot; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void requestReplot();
    void rebuild(const QList<PnlPoint>& curve);
    void appendPoint(const PnlPoint& point);
    void replaceLastPoint(const PnlPoint& point);
    void updateRanges();
    void updateLimitLine();
    void updateLastPoint();

    QCustomPlot* m_plot = nullptr;
    QCPAxisRect* m_pnlRect = nullptr;
    QCPAxisRect* m_drawdownRect = nullptr;
    QCPGraph* m_pnl = nullptr;
    QCPGraph* m_gainFill = nullptr;
    QCPGraph* m_lossFill = nullptr;
    QCPGraph* m_drawdown = nullptr;
    QCPItemStraightLine* m_limitLine = nullptr;
    QCPItemText* m_limitLabel = nullptr;
    QCPItemText* m_emptyText = nullptr;
    QCPItemTracer* m_lastDot = nullptr;
    QCPItemText* m_lastLabel = nullptr;

    // What the graphs hold: enough to tell an append from a new day without keeping the curve.
    PnlPoint m_first;
    PnlPoint m_last;
    qsizetype m_count = 0;
    double m_minPnl = 0.0;
    double m_maxPnl = 0.0;
    double m_maxDrawdown = 0.0;

    double m_lossLimit = 0.0; // dollars, <= 0
    qint64 m_sessionOpenMs = 0;
    qint64 m_sessionCloseMs = 0;
    int m_rebuilds = 0;
    bool m_replotPending = true; // data changed while hidden (another tab is in front)
};

} // namespace axion
