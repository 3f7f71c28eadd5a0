#include "charts/PositionChart.h"

#include "charts/CandleTimeTicker.h"
#include "charts/ChartHeaderStrip.h"
#include "charts/QCustomPlotInclude.h"
#include "format/DisplayFormat.h"
#include "market/MarketCalendar.h"

#include <QDateTime>
#include <QLabel>
#include <QStackedLayout>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <limits>

namespace axion {

namespace {

const QColor kUpColor(0x26, 0xa6, 0x9a);
const QColor kDownColor(0xef, 0x53, 0x50);
const QColor kEntryColor(0x1e, 0x63, 0xd6);
const QColor kStopColor(0xd3, 0x2f, 0x2f);
const QColor kTargetColor(0x2e, 0x7d, 0x32);
const QColor kLastColor(0x60, 0x6b, 0x78);

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

QColor withAlpha(QColor color, int alpha) {
    color.setAlpha(alpha);
    return color;
}

// "12.3K", "1.45M": volume is context, three digits are plenty.
QString compactVolume(double v) {
    if (v >= 1e6)
        return QString::number(v / 1e6, 'f', 2) + QLatin1Char('M');
    if (v >= 1e3)
        return QString::number(v / 1e3, 'f', 1) + QLatin1Char('K');
    return QString::number(v, 'f', 0);
}

// Chart prices with the precision the table uses.
QString chartPrice(double value) {
    return display::price(Price::fromDouble(value).value_or(Price()));
}

std::pair<double, double> emaPair(const ChartCandle& c, PositionChart::Cloud cloud) {
    switch (cloud) {
    case PositionChart::Cloud::Fast:
        return {c.fast5, c.fast12};
    case PositionChart::Cloud::Pullback:
        return {c.pullback8, c.pullback9};
    case PositionChart::Cloud::Trend:
        return {c.trend34, c.trend50};
    }
    return {kNaN, kNaN};
}

} // namespace

PositionChart::PositionChart(QWidget* parent)
    : QWidget(parent) {
    m_header = new ChartHeaderStrip(this);
    m_header->setObjectName(QStringLiteral("chartHeader"));

    m_plot = new QCustomPlot(this);
    m_plot->setObjectName(QStringLiteral("positionPlot"));

    auto* chartPage = new QWidget(this);
    auto* chartLayout = new QVBoxLayout(chartPage);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->setSpacing(0);
    chartLayout->addWidget(m_header);
    chartLayout->addWidget(m_plot, 1);

    m_placeholder = new QLabel(this);
    m_placeholder->setObjectName(QStringLiteral("chartPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setStyleSheet(QStringLiteral("color: palette(mid); font-size: 14px;"));

    m_stack = new QStackedLayout(this);
    // Both pages stay shown and laid out, the current one on top (the placeholder paints its
    // own background): the chart page's first show (style polish, layout, the plot's paint
    // buffers) then happens with the window, not as a ~15 ms stall when the first position
    // arrives.
    m_stack->setStackingMode(QStackedLayout::StackAll);
    m_placeholder->setAutoFillBackground(true);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(chartPage);

    buildPlot();
    clear();
}

PositionChart::~PositionChart() = default;

void PositionChart::buildPlot() {
    const QPalette pal = palette();
    const QColor background = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    const bool dark = background.lightness() < 128;
    const QColor gridColor = dark ? QColor(0x33, 0x38, 0x40) : QColor(0xec, 0xee, 0xf1);
    const QColor axisColor = dark ? QColor(0x55, 0x5b, 0x66) : QColor(0xc4, 0xc8, 0xce);
    QFont tickFont = font();
    tickFont.setPointSizeF(std::max(7.0, tickFont.pointSizeF() - 1.0));

    m_plot->setBackground(background);
    m_plot->setNoAntialiasingOnDrag(true);
    // The cloud fills are most of a replot when antialiased (every band's polygon edge), and
    // soft edges between two translucent bands do not show: drawn aliased, the chart replots in
    // about half the time, which keeps a live candle under the GUI's 16 ms frame budget.
    m_plot->setNotAntialiasedElements(QCP::aeFills);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->plotLayout()->clear();

    m_ticker.reset(new CandleTimeTicker);

    m_priceRect = new QCPAxisRect(m_plot);
    m_volumeRect = new QCPAxisRect(m_plot);
    m_plot->plotLayout()->addElement(0, 0, m_priceRect);
    m_plot->plotLayout()->addElement(1, 0, m_volumeRect);
    m_plot->plotLayout()->setRowStretchFactors({4.0, 1.0});
    m_plot->plotLayout()->setRowSpacing(0);

    // Both panes share the time axis and the price axis width, so candles and volume line up.
    auto* margins = new QCPMarginGroup(m_plot);
    for (QCPAxisRect* rect : {m_priceRect, m_volumeRect}) {
        rect->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
        rect->axis(QCPAxis::atLeft)->setVisible(false);
        rect->axis(QCPAxis::atRight)->setVisible(true);
        rect->setRangeDrag(Qt::Horizontal);
        rect->setRangeZoom(Qt::Horizontal);
        rect->setRangeDragAxes(rect->axis(QCPAxis::atBottom), nullptr);
        rect->setRangeZoomAxes(rect->axis(QCPAxis::atBottom), nullptr);
        for (QCPAxis* axis : rect->axes()) {
            axis->setBasePen(QPen(axisColor));
            axis->setTickPen(QPen(axisColor));
            axis->setSubTickPen(Qt::NoPen);
            axis->setTickLabelColor(text);
            axis->setTickLabelFont(tickFont);
            axis->setTickLengthIn(0);
            axis->setTickLengthOut(4);
            axis->grid()->setPen(QPen(gridColor, 1));
            axis->grid()->setZeroLinePen(Qt::NoPen);
        }
        rect->axis(QCPAxis::atBottom)->setTicker(m_ticker);
        rect->axis(QCPAxis::atLeft)->grid()->setVisible(false);
    }
    m_priceRect->setAutoMargins(QCP::msLeft | QCP::msRight | QCP::msTop);
    m_priceRect->setMargins(QMargins(0, 0, 0, 0));
    m_priceRect->axis(QCPAxis::atBottom)->setTickLabels(false);
    m_priceRect->axis(QCPAxis::atBottom)->setTickLengthOut(0);
    m_priceRect->axis(QCPAxis::atRight)->grid()->setVisible(true);
    m_priceRect->axis(QCPAxis::atRight)->setPadding(6);
    m_priceRect->axis(QCPAxis::atRight)->ticker()->setTickCount(8);
    m_volumeRect->setAutoMargins(QCP::msLeft | QCP::msRight | QCP::msBottom);
    m_volumeRect->setMargins(QMargins(0, 0, 0, 0));
    m_volumeRect->axis(QCPAxis::atRight)->setTickLabels(false);
    m_volumeRect->axis(QCPAxis::atRight)->setTicks(false);
    m_volumeRect->axis(QCPAxis::atRight)->grid()->setVisible(false);
    m_volumeRect->axis(QCPAxis::atBottom)->setPadding(4);

    // Panning one pane pans the other; the price axis refits to what is visible.
    QCPAxis* priceTime = m_priceRect->axis(QCPAxis::atBottom);
    QCPAxis* volumeTime = m_volumeRect->axis(QCPAxis::atBottom);
    connect(priceTime, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), volumeTime,
            qOverload<const QCPRange&>(&QCPAxis::setRange));
    connect(volumeTime, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), priceTime,
            qOverload<const QCPRange&>(&QCPAxis::setRange));
    connect(priceTime, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this,
            &PositionChart::onUserRangeChange);

    QCPAxis* priceAxis = m_priceRect->axis(QCPAxis::atRight);

    // Widest cloud first so the faster ones are drawn on top of it.
    createCloud(Cloud::Trend, QColor(0x00, 0x96, 0x88, 40), QColor(0xc6, 0x28, 0x28, 40),
                QColor(0x00, 0x79, 0x6b));
    createCloud(Cloud::Pullback, QColor(0x9c, 0xcc, 0x65, 70), QColor(0xff, 0xa7, 0x26, 70),
                QColor(0x8d, 0x9e, 0x2a));
    createCloud(Cloud::Fast, QColor(0x43, 0xa0, 0x47, 60), QColor(0xe5, 0x39, 0x35, 60),
                QColor(0x2e, 0x7d, 0x32));

    m_candles = new QCPFinancial(priceTime, priceAxis);
    m_candles->setName(tr("Candles"));
    m_candles->setChartStyle(QCPFinancial::csCandlestick);
    m_candles->setWidthType(QCPFinancial::wtPlotCoords);
    m_candles->setWidth(0.7);
    m_candles->setTwoColored(true);
    m_candles->setBrushPositive(kUpColor);
    m_candles->setBrushNegative(kDownColor);
    m_candles->setPenPositive(QPen(kUpColor.darker(115), 1));
    m_candles->setPenNegative(QPen(kDownColor.darker(115), 1));

    m_volumeUp = new QCPBars(volumeTime, m_volumeRect->axis(QCPAxis::atRight));
    m_volumeDown = new QCPBars(volumeTime, m_volumeRect->axis(QCPAxis::atRight));
    for (auto [bars, color] :
         {std::pair{m_volumeUp, kUpColor}, std::pair{m_volumeDown, kDownColor}}) {
        bars->setWidthType(QCPBars::wtPlotCoords);
        bars->setWidth(0.7);
        bars->setPen(Qt::NoPen);
        bars->setBrush(withAlpha(color, 120));
    }

    m_lastLine = new QCPItemStraightLine(m_plot);
    m_lastLine->setClipAxisRect(m_priceRect);
    for (QCPItemPosition* p : {m_lastLine->point1, m_lastLine->point2})
        p->setAxes(priceTime, priceAxis);
    m_lastLine->setPen(QPen(withAlpha(kLastColor, 150), 1, Qt::DotLine));
    m_lastTag = new QCPItemText(m_plot);
    m_lastTag->setClipToAxisRect(false);

    m_entryMarker = new QCPGraph(priceTime, priceAxis);
    m_entryMarker->setName(tr("Entry"));
    m_entryMarker->setLineStyle(QCPGraph::lsNone);

    createLevel(Level::Target, tr("Target"), kTargetColor, Qt::DashLine);
    createLevel(Level::Stop, tr("Stop"), kStopColor, Qt::DashLine);
    createLevel(Level::Entry, tr("Entry"), kEntryColor, Qt::SolidLine);

    // The last price tag is set up like the level tags (see createLevel).
    m_lastTag->position->setAxes(priceTime, priceAxis);
    m_lastTag->position->setAxisRect(m_priceRect);
    m_lastTag->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
    m_lastTag->position->setTypeY(QCPItemPosition::ptPlotCoords);
    m_lastTag->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_lastTag->setPadding(QMargins(4, 1, 4, 1));
    m_lastTag->setColor(Qt::white);
    m_lastTag->setFont(tickFont);

    connect(m_plot, &QCustomPlot::mouseMove, this, &PositionChart::onMouseMove);
    m_plot->installEventFilter(this);
    connect(m_plot, &QCustomPlot::mouseDoubleClick, this, [this] {
        m_autoRange = true;
        rescale();
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    });
}

void PositionChart::createCloud(Cloud cloud, const QColor& bull, const QColor& bear,
                                const QColor& line) {
    QCPAxis* keyAxis = m_priceRect->axis(QCPAxis::atBottom);
    QCPAxis* valueAxis = m_priceRect->axis(QCPAxis::atRight);
    CloudLayer& layer = m_clouds[static_cast<int>(cloud)];
    const auto makeGraph = [&] {
        auto* graph = new QCPGraph(keyAxis, valueAxis);
        graph->setLineStyle(QCPGraph::lsLine);
        graph->setPen(Qt::NoPen);
        graph->setAdaptiveSampling(false);
        return graph;
    };
    // The fills are separate graph pairs holding NaN where the cloud has the other colour, so
    // each colour is its own channel fill (QCustomPlot fills a pair with one brush).
    layer.bullLower = makeGraph();
    layer.bullUpper = makeGraph();
    layer.bullUpper->setBrush(bull);
    layer.bullUpper->setChannelFillGraph(layer.bullLower);
    layer.bearLower = makeGraph();
    layer.bearUpper = makeGraph();
    layer.bearUpper->setBrush(bear);
    layer.bearUpper->setChannelFillGraph(layer.bearLower);

    layer.shortLine = makeGraph();
    layer.shortLine->setPen(QPen(withAlpha(line, 200), 1.2));
    layer.longLine = makeGraph();
    layer.longLine->setPen(QPen(withAlpha(line, 140), 1.0));

    static const char* const names[] = {QT_TR_NOOP("EMA 5"),  QT_TR_NOOP("EMA 12"),
                                        QT_TR_NOOP("EMA 8"),  QT_TR_NOOP("EMA 9"),
                                        QT_TR_NOOP("EMA 34"), QT_TR_NOOP("EMA 50")};
    const int i = static_cast<int>(cloud);
    layer.shortLine->setName(tr(names[2 * i]));
    layer.longLine->setName(tr(names[2 * i + 1]));
}

void PositionChart::createLevel(Level level, const QString& name, const QColor& color,
                                Qt::PenStyle style) {
    QCPAxis* keyAxis = m_priceRect->axis(QCPAxis::atBottom);
    QCPAxis* valueAxis = m_priceRect->axis(QCPAxis::atRight);
    LevelItems& items = m_levels[static_cast<int>(level)];

    items.line = new QCPItemStraightLine(m_plot);
    items.line->setClipAxisRect(m_priceRect);
    for (QCPItemPosition* p : {items.line->point1, items.line->point2})
        p->setAxes(keyAxis, valueAxis);
    items.line->setPen(QPen(color, 1.4, style));

    QFont labelFont = font();
    labelFont.setPointSizeF(std::max(7.0, labelFont.pointSizeF() - 1.0));

    // The name sits just above the line at the left edge of the plot, where candles are oldest.
    items.label = new QCPItemText(m_plot);
    items.label->setClipAxisRect(m_priceRect);
    items.label->position->setAxes(keyAxis, valueAxis);
    items.label->position->setAxisRect(m_priceRect);
    items.label->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
    items.label->position->setTypeY(QCPItemPosition::ptPlotCoords);
    items.label->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
    items.label->setColor(color);
    items.label->setFont(labelFont);
    items.label->setBrush(withAlpha(palette().color(QPalette::Base), 210));
    items.label->setPadding(QMargins(3, 0, 3, 0));
    items.label->setObjectName(name);

    // The price tag covers the price axis, like the last-price tag of any charting package.
    items.tag = new QCPItemText(m_plot);
    items.tag->setClipToAxisRect(false);
    items.tag->position->setAxes(keyAxis, valueAxis);
    items.tag->position->setAxisRect(m_priceRect);
    items.tag->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
    items.tag->position->setTypeY(QCPItemPosition::ptPlotCoords);
    items.tag->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    items.tag->setColor(Qt::white);
    items.tag->setBrush(color);
    items.tag->setPadding(QMargins(4, 1, 4, 1));
    items.tag->setFont(labelFont);

    for (QCPAbstractItem* item :
         {static_cast<QCPAbstractItem*>(items.line), static_cast<QCPAbstractItem*>(items.label),
          static_cast<QCPAbstractItem*>(items.tag)})
        item->setVisible(false);
}

QCPGraph* PositionChart::cloudFill(Cloud cloud, bool bullish) const {
    const CloudLayer& layer = m_clouds[static_cast<int>(cloud)];
    return bullish ? layer.bullUpper : layer.bearUpper;
}

QCPGraph* PositionChart::cloudLine(Cloud cloud, bool shortEma) const {
    const CloudLayer& layer = m_clouds[static_cast<int>(cloud)];
    return shortEma ? layer.shortLine : layer.longLine;
}

QCPItemStraightLine* PositionChart::levelLine(Level level) const {
    return m_levels[static_cast<int>(level)].line;
}

QCPItemText* PositionChart::levelLabel(Level level) const {
    return m_levels[static_cast<int>(level)].label;
}

QString PositionChart::placeholderText() const {
    return m_placeholder->text();
}

void PositionChart::clear(const QString& message) {
    m_hasChart = false;
    m_chart = ChartSnapshot();
    m_hoverCandle = -1;
    m_placeholder->setText(message.isEmpty() ? tr("Select a position to see its chart") : message);
    m_stack->setCurrentIndex(0);
    m_candles->data()->clear();
    m_entryMarker->data()->clear();
    m_entryTimeMs.reset();
    m_volumeUp->data()->clear();
    m_volumeDown->data()->clear();
    for (CloudLayer& layer : m_clouds) {
        for (QCPGraph* g : {layer.shortLine, layer.longLine, layer.bullUpper, layer.bullLower,
                            layer.bearUpper, layer.bearLower})
            g->data()->clear();
    }
    for (LevelItems& items : m_levels)
        items.value.reset();
    m_ticker->setTimes({});
    updateLevelItems();
}

void PositionChart::setChart(const ChartSnapshot& chart) {
    const bool sameTicker = m_hasChart && chart.ticker == m_chart.ticker;
    if (!sameTicker)
        m_autoRange = true;
    m_chart = chart;
    m_hasChart = true;
    m_stack->setCurrentIndex(1);

    const auto& candles = m_chart.candles;
    const int n = int(candles.size());
    QList<qint64> times;
    times.reserve(n);
    QVector<double> keys(n), open(n), high(n), low(n), close(n), upVolume, downVolume, upKeys,
        downKeys;
    for (int i = 0; i < n; ++i) {
        const ChartCandle& c = candles[std::size_t(i)];
        times.append(c.timeMs);
        keys[i] = i;
        open[i] = c.open;
        high[i] = c.high;
        low[i] = c.low;
        close[i] = c.close;
        if (c.close >= c.open) {
            upKeys.append(i);
            upVolume.append(c.volume);
        } else {
            downKeys.append(i);
            downVolume.append(c.volume);
        }
    }
    m_ticker->setTimes(times);
    m_candles->setData(keys, open, high, low, close, true);
    m_volumeUp->setData(upKeys, upVolume, true);
    m_volumeDown->setData(downKeys, downVolume, true);
    for (int cloud = 0; cloud < kCloudCount; ++cloud)
        fillCloud(static_cast<Cloud>(cloud));

    m_levels[int(Level::Entry)].value = chart.entry;
    m_levels[int(Level::Stop)].value = chart.stop;
    m_levels[int(Level::Target)].value = chart.target;
    updateLevelItems();
    updateEntryMarker();

    if (n > 0) {
        const ChartCandle& last = candles.back();
        const QColor color = last.close >= last.open ? kUpColor : kDownColor;
        m_lastLine->point1->setCoords(0, last.close);
        m_lastLine->point2->setCoords(1, last.close);
        m_lastLine->setPen(QPen(withAlpha(color, 170), 1, Qt::DotLine));
        m_lastTag->position->setCoords(1.0, last.close);
        m_lastTag->setText(chartPrice(last.close));
        m_lastTag->setBrush(color);
    }
    m_lastLine->setVisible(n > 0);
    m_lastTag->setVisible(n > 0);

    // The price tags cover the price axis: it must be wide enough for the widest of them.
    double widest = 0.0;
    for (const ChartCandle& c : candles)
        widest = std::max(widest, c.high);
    for (const LevelItems& items : m_levels)
        widest = std::max(widest, items.value.value_or(0.0));
    const int tagWidth = QFontMetrics(m_lastTag->font()).horizontalAdvance(chartPrice(widest)) +
                         m_lastTag->padding().left() + m_lastTag->padding().right() + 4;
    // On the left, room for half a date label: QCustomPlot drops a label that would be clipped.
    const int leftRoom =
        QFontMetrics(m_lastTag->font()).horizontalAdvance(QStringLiteral("Nov 30")) / 2 + 4;
    m_priceRect->setMinimumMargins(QMargins(leftRoom, 0, tagWidth, 0));
    m_volumeRect->setMinimumMargins(QMargins(leftRoom, 0, tagWidth, 0));

    if (m_autoRange)
        rescale();
    else
        fitValueAxis();
    updateHeader(m_hoverCandle >= 0 && m_hoverCandle < n ? m_hoverCandle : n - 1);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void PositionChart::setLevels(std::optional<double> entry, std::optional<double> stop,
                              std::optional<double> target) {
    if (m_levels[int(Level::Entry)].value == entry && m_levels[int(Level::Stop)].value == stop &&
        m_levels[int(Level::Target)].value == target)
        return;
    m_levels[int(Level::Entry)].value = entry;
    m_levels[int(Level::Stop)].value = stop;
    m_levels[int(Level::Target)].value = target;
    updateLevelItems();
    updateEntryMarker();
    if (m_hasChart) {
        fitValueAxis();
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    }
}

void PositionChart::setEntryMarker(std::optional<qint64> entryTimeMs, Direction direction) {
    if (m_entryTimeMs == entryTimeMs && m_entryDirection == direction)
        return;
    m_entryTimeMs = entryTimeMs;
    m_entryDirection = direction;
    updateEntryMarker();
    if (m_hasChart)
        m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void PositionChart::updateEntryMarker() {
    m_entryMarker->data()->clear();
    const auto& entry = m_levels[int(Level::Entry)].value;
    const auto& candles = m_chart.candles;
    if (!m_hasChart || !m_entryTimeMs || !entry || candles.empty() ||
        *m_entryTimeMs < candles.front().timeMs)
        return;
    // The entry candle is the last one that opened at or before the entry.
    const auto after =
        std::upper_bound(candles.begin(), candles.end(), *m_entryTimeMs,
                         [](qint64 t, const ChartCandle& c) { return t < c.timeMs; });
    const double key = double(std::distance(candles.begin(), after) - 1);
    const bool isLong = m_entryDirection == Direction::Long;
    m_entryMarker->setScatterStyle(
        QCPScatterStyle(isLong ? QCPScatterStyle::ssTriangle : QCPScatterStyle::ssTriangleInverted,
                        QPen(Qt::white, 1), kEntryColor, 11));
    m_entryMarker->addData(key, *entry);
}

void PositionChart::fillCloud(Cloud cloud) {
    CloudLayer& layer = m_clouds[static_cast<int>(cloud)];
    const auto& candles = m_chart.candles;
    const int n = int(candles.size());
    QVector<double> keys, shortValues, longValues;
    QVector<double> bullKeys, bullUpper, bullLower, bearKeys, bearUpper, bearLower;
    keys.reserve(n);
    shortValues.reserve(n);
    longValues.reserve(n);

    const auto addFill = [&](double key, double s, double l, bool bullish) {
        // The other colour's series gets a NaN so its fill stops here instead of bridging.
        bullKeys.append(key);
        bearKeys.append(key);
        bullUpper.append(bullish ? s : kNaN);
        bullLower.append(bullish ? l : kNaN);
        bearUpper.append(bullish ? kNaN : s);
        bearLower.append(bullish ? kNaN : l);
    };

    double prevS = kNaN;
    double prevL = kNaN;
    for (int i = 0; i < n; ++i) {
        const auto [s, l] = emaPair(candles[std::size_t(i)], cloud);
        keys.append(i);
        shortValues.append(s);
        longValues.append(l);
        if (std::isnan(s) || std::isnan(l)) {
            addFill(i, kNaN, kNaN, true);
            prevS = prevL = kNaN;
            continue;
        }
        const bool bullish = s >= l;
        if (!std::isnan(prevS)) {
            const bool wasBullish = prevS >= prevL;
            if (wasBullish != bullish) {
                // The EMAs cross between two candles: both colours meet at the crossing, so the
                // cloud changes colour there without a gap or an overlap.
                const double d0 = prevS - prevL;
                const double d1 = s - l;
                const double t = d0 / (d0 - d1);
                const double key = (i - 1) + t;
                const double value = prevS + t * (s - prevS);
                bullKeys.append(key);
                bearKeys.append(key);
                bullUpper.append(value);
                bullLower.append(value);
                bearUpper.append(value);
                bearLower.append(value);
            }
        }
        addFill(i, s, l, bullish);
        prevS = s;
        prevL = l;
    }
    layer.shortLine->setData(keys, shortValues, true);
    layer.longLine->setData(keys, longValues, true);
    layer.bullUpper->setData(bullKeys, bullUpper, true);
    layer.bullLower->setData(bullKeys, bullLower, true);
    layer.bearUpper->setData(bearKeys, bearUpper, true);
    layer.bearLower->setData(bearKeys, bearLower, true);
}

void PositionChart::updateLevelItems() {
    for (LevelItems& items : m_levels) {
        const bool visible = m_hasChart && items.value.has_value();
        items.line->setVisible(visible);
        items.label->setVisible(visible);
        items.tag->setVisible(visible);
        if (!visible)
            continue;
        const double y = *items.value;
        items.line->point1->setCoords(0, y);
        items.line->point2->setCoords(1, y);
        items.label->position->setCoords(0.005, y);
        items.label->setText(items.label->objectName() + QLatin1Char(' ') + chartPrice(y));
        items.tag->position->setCoords(1.0, y);
        items.tag->setText(chartPrice(y));
    }
}

void PositionChart::rescale() {
    const int n = int(m_chart.candles.size());
    // A few empty candles on the right leave room to read the newest candle and its price tag.
    const double rightPad = std::max(3.0, n * 0.05);
    m_rescaling = true;
    m_priceRect->axis(QCPAxis::atBottom)->setRange(-0.75, std::max(n, 1) - 0.25 + rightPad);
    m_rescaling = false;
    fitValueAxis();
}

void PositionChart::fitValueAxis() {
    const QCPRange keys = m_priceRect->axis(QCPAxis::atBottom)->range();
    double lo = std::numeric_limits<double>::max();
    double hi = std::numeric_limits<double>::lowest();
    double maxVolume = 0.0;
    const int n = int(m_chart.candles.size());
    for (int i = std::max(0, int(std::floor(keys.lower)));
         i <= std::min(n - 1, int(std::ceil(keys.upper))); ++i) {
        const ChartCandle& c = m_chart.candles[std::size_t(i)];
        lo = std::min(lo, c.low);
        hi = std::max(hi, c.high);
        maxVolume = std::max(maxVolume, c.volume);
    }
    // The position's levels stay in view: a trader wants to see how far the stop is.
    for (const LevelItems& items : m_levels) {
        if (items.value) {
            lo = std::min(lo, *items.value);
            hi = std::max(hi, *items.value);
        }
    }
    if (lo > hi)
        return;
    const double pad = std::max((hi - lo) * 0.06, std::max(0.01, hi * 0.0005));
    m_priceRect->axis(QCPAxis::atRight)->setRange(lo - pad, hi + pad);
    m_volumeRect->axis(QCPAxis::atRight)->setRange(0.0, maxVolume > 0 ? maxVolume * 1.1 : 1.0);
}

void PositionChart::onUserRangeChange() {
    if (m_rescaling || !m_hasChart)
        return;
    m_autoRange = false;
    fitValueAxis();
}

bool PositionChart::eventFilter(QObject* watched, QEvent* event) {
    // Leaving the plot brings the header back to the newest candle.
    if (watched == m_plot && event->type() == QEvent::Leave && m_hoverCandle >= 0) {
        m_hoverCandle = -1;
        updateHeader(int(m_chart.candles.size()) - 1);
    }
    return QWidget::eventFilter(watched, event);
}

void PositionChart::onMouseMove(QMouseEvent* event) {
    if (!m_hasChart)
        return;
    const double key = m_priceRect->axis(QCPAxis::atBottom)->pixelToCoord(event->position().x());
    const int n = int(m_chart.candles.size());
    const int candle = std::clamp(int(std::lround(key)), 0, std::max(0, n - 1));
    if (candle == m_hoverCandle)
        return;
    m_hoverCandle = candle;
    updateHeader(candle);
}

void PositionChart::updateHeader(int candle) {
    QString html = QStringLiteral("<b style='font-size:13px'>%1</b>&nbsp;&nbsp;<span "
                                  "style='color:gray'>%2</span>")
                       .arg(m_chart.ticker.toHtmlEscaped(), m_chart.timeframe.toHtmlEscaped());
    if (candle >= 0 && candle < int(m_chart.candles.size())) {
        const ChartCandle& c = m_chart.candles[std::size_t(candle)];
        const QString color = (c.close >= c.open ? kUpColor : kDownColor).name();
        const auto field = [&](const QString& name, const QString& value) {
            return QStringLiteral("&nbsp;&nbsp;<span style='color:gray'>%1</span>&nbsp;<span "
                                  "style='color:%2'>%3</span>")
                .arg(name, color, value);
        };
        html += QStringLiteral("&nbsp;&nbsp;&nbsp;<span style='color:gray'>%1 ET</span>")
                    .arg(display::nyDateTime(c.timeMs));
        html += field(tr("O"), chartPrice(c.open)) + field(tr("H"), chartPrice(c.high)) +
                field(tr("L"), chartPrice(c.low)) + field(tr("C"), chartPrice(c.close)) +
                field(tr("Vol"), compactVolume(c.volume));
    }
    // The legend: which colour is which cloud.
    html += QStringLiteral("&nbsp;&nbsp;&nbsp;&nbsp;");
    const std::pair<Cloud, QString> legend[] = {
        {Cloud::Fast, tr("5/12")}, {Cloud::Pullback, tr("8/9")}, {Cloud::Trend, tr("34/50")}};
    for (const auto& [cloud, name] : legend) {
        const CloudLayer& layer = m_clouds[static_cast<int>(cloud)];
        html += QStringLiteral("&nbsp;&nbsp;<span style='color:%1'>&#9632;</span><span "
                               "style='color:%2'>&#9632;</span>&nbsp;%3")
                    .arg(withAlpha(layer.bullUpper->brush().color(), 255).name(),
                         withAlpha(layer.bearUpper->brush().color(), 255).name(), name);
    }
    m_header->setHtml(html);
}

} // namespace axion
