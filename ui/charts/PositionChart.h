#pragma once

#include "execution/EngineSnapshot.h"

#include <QSharedPointer>
#include <QWidget>
#include <array>
#include <optional>

class QCustomPlot;
class QCPAxisRect;
class QCPBars;
class QCPFinancial;
class QCPGraph;
class QCPItemStraightLine;
class QCPItemText;
class QLabel;
class QMouseEvent;
class QStackedLayout;

namespace axion {

class ChartHeaderStrip;

class CandleTimeTicker;

// The candle chart of the selected position: candles and volume, the 5/12, 8/9 and 34/50 EMA
// clouds, and the position's entry, stop and target as labelled horizontal lines. The x axis is
// in candles (no overnight gaps) labelled in New York time.
class PositionChart : public QWidget {
    Q_OBJECT

public:
    enum class Cloud { Fast, Pullback, Trend }; // 5/12, 8/9, 34/50
    enum class Level { Entry, Stop, Target };
    static constexpr int kCloudCount = 3;

    explicit PositionChart(QWidget* parent = nullptr);
    ~PositionChart() override;

    // Shows a chart; its levels (when present) become the entry, stop and target lines.
    void setChart(const ChartSnapshot& chart);
    // Moves the level lines without new candles: the position's stop trails between bars.
    void setLevels(std::optional<double> entry, std::optional<double> stop,
                   std::optional<double> target);
    // Marks the candle the position was entered on: an arrow on the entry line, pointing up for a
    // long and down for a short. nullopt removes it.
    void setEntryMarker(std::optional<qint64> entryTimeMs, Direction direction);
    // Hides the chart and shows a message instead ("Select a position", "Loading ...").
    void clear(const QString& message = QString());

    bool hasChart() const { return m_hasChart; }
    QString ticker() const { return m_chart.ticker; }
    QString placeholderText() const;

    // For tests and for a print/export action: the plot and its parts.
    QCustomPlot* plot() const { return m_plot; }
    QCPFinancial* candles() const { return m_candles; }
    QCPBars* volume() const { return m_volumeUp; }
    // The fill of one cloud, drawn where the short EMA is above the long one (bullish) or not.
    QCPGraph* cloudFill(Cloud cloud, bool bullish) const;
    // The two EMA lines of one cloud (short, long).
    QCPGraph* cloudLine(Cloud cloud, bool shortEma) const;
    QCPItemStraightLine* levelLine(Level level) const;
    QCPItemText* levelLabel(Level level) const;
    QCPGraph* entryMarker() const { return m_entryMarker; }
    CandleTimeTicker* timeTicker() const { return m_ticker.data(); }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct CloudLayer {
        QCPGraph* shortLine = nullptr;
        QCPGraph* longLine = nullptr;
        QCPGraph* bullUpper = nullptr; // fills down to bullLower
        QCPGraph* bullLower = nullptr;
        QCPGraph* bearUpper = nullptr; // fills up to bearLower
        QCPGraph* bearLower = nullptr;
    };
    struct LevelItems {
        QCPItemStraightLine* line = nullptr;
        QCPItemText* label = nullptr; // name and price on the line, at the left
        QCPItemText* tag = nullptr;   // price tag on the price axis
        std::optional<double> value;
    };

    void buildPlot();
    void createCloud(Cloud cloud, const QColor& bull, const QColor& bear, const QColor& line);
    void createLevel(Level level, const QString& name, const QColor& color, Qt::PenStyle style);
    void fillCloud(Cloud cloud);
    void updateLevelItems();
    void updateEntryMarker();
    void rescale();
    void fitValueAxis();
    void updateHeader(int candle);
    void onMouseMove(QMouseEvent* event);
    void onUserRangeChange();

    QStackedLayout* m_stack = nullptr;
    QLabel* m_placeholder = nullptr;
    ChartHeaderStrip* m_header = nullptr;
    QCustomPlot* m_plot = nullptr;
    QCPAxisRect* m_priceRect = nullptr;
    QCPAxisRect* m_volumeRect = nullptr;
    QCPFinancial* m_candles = nullptr;
    QCPBars* m_volumeUp = nullptr;
    QCPBars* m_volumeDown = nullptr;
    QCPItemStraightLine* m_lastLine = nullptr;
    QCPItemText* m_lastTag = nullptr;
    QCPGraph* m_entryMarker = nullptr;
    std::optional<qint64> m_entryTimeMs;
    Direction m_entryDirection = Direction::Long;
    QSharedPointer<CandleTimeTicker> m_ticker;
    std::array<CloudLayer, kCloudCount> m_clouds;
    std::array<LevelItems, 3> m_levels;

    ChartSnapshot m_chart;
    bool m_hasChart = false;
    // False once the user panned or zoomed: new candles then keep the user's view until a
    // double-click or another ticker brings back the automatic range.
    bool m_autoRange = true;
    bool m_rescaling = false;
    int m_hoverCandle = -1;
};

} // namespace axion
