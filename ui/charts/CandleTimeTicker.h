#pragma once

#include "charts/QCustomPlotInclude.h"

#include <QList>
#include <QTimeZone>

namespace axion {

// X axis ticker of a candle chart whose keys are candle indexes, not times.
//
// Index keys close the overnight and weekend gaps (a swing trade's chart spans sessions and a
// time axis would be mostly empty). The labels are the New York wall-clock times of the candles:
// "10:30" inside a session, the date ("Nov 24") at the first candle of each session.
class CandleTimeTicker : public QCPAxisTicker {
public:
    CandleTimeTicker();

    // Open times of the candles (UTC ms), oldest first; index i is key i.
    void setTimes(QList<qint64> utcMs);
    const QList<qint64>& times() const { return m_times; }

    // The label of one candle as the axis shows it (for tests and the chart header).
    QString labelFor(int candle) const;

protected:
    QVector<double> createTickVector(double tickStep, const QCPRange& range) override;
    QString getTickLabel(double tick, const QLocale& locale, QChar formatChar,
                         int precision) override;
    int getSubTickCount(double tickStep) override;

private:
    bool startsSession(int candle) const;

    QList<qint64> m_times;
    QList<int> m_minuteOfDay;  // New York minute of day of each candle
    QList<qint64> m_dayNumber; // New York Julian day of each candle
    double m_barMinutes = 5.0;
    QTimeZone m_zone;
};

} // namespace axion
