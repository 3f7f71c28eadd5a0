#pragma once

#include "core/Money.h"
#include "journal/JournalQueries.h"

#include <QList>
#include <QWidget>

class QCustomPlot;
class QCPGraph;
class QCPItemText;
class QMouseEvent;

namespace axion {

// The Trade Journal's equity curve: cumulative realized P&L of the trades shown, oldest to
// newest, on a New York time axis; green above zero, red below. Points are per trade for small
// selections and per day for large ones (JournalQueries::equityCurve), so the chart never holds
// more than a few thousand points whatever the size of the journal. Hovering shows the value at
// the nearest point.
class EquityCurveChart : public QWidget {
    Q_OBJECT

public:
    enum class Granularity { PerTrade, PerDay };

    explicit EquityCurveChart(QWidget* parent = nullptr);

    void setCurve(const QList<EquityPoint>& points, Granularity granularity);
    void clear();

    // For tests and diagnostics.
    int pointCount() const;
    Granularity granularity() const { return m_granularity; }
    Money lastValue() const { return m_last; }
    QCustomPlot* plot() const { return m_plot; }
    // The text shown at the nearest point to a time (what the hover tooltip shows).
    QString describePointNear(qint64 timeMs) const;

private:
    void onMouseMoved(QMouseEvent* event);
    void updateRanges();
    void updateTimeFormat();

    QCustomPlot* m_plot = nullptr;
    QCPGraph* m_line = nullptr;
    QCPGraph* m_gainFill = nullptr;
    QCPGraph* m_lossFill = nullptr;
    QCPItemText* m_emptyText = nullptr;
    QList<EquityPoint> m_points;
    Granularity m_granularity = Granularity::PerDay;
    Money m_last;
};

} // namespace axion
