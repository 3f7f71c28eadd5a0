#include "widgets/LimitBar.h"

#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace axion {

namespace {

// Fractions are computed from doubles (15 % of equity vs 0.15): a hair of rounding below the
// limit still counts as "at the limit".
constexpr double kEpsilon = 1e-9;

} // namespace

LimitBar::LimitBar(QWidget* parent)
    : QWidget(parent) {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void LimitBar::setValues(double value, double limit, double scaleMax) {
    if (value == m_value && limit == m_limit && scaleMax == m_scaleMax)
        return;
    m_value = value;
    m_limit = limit;
    m_scaleMax = scaleMax;
    update();
}

void LimitBar::setText(const QString& text) {
    if (text == m_text)
        return;
    m_text = text;
    updateGeometry();
    update();
}

QSize LimitBar::sizeHint() const {
    const QFontMetrics fm(font());
    return {160 + fm.horizontalAdvance(m_text), std::max(14, fm.height() + 4)};
}

QSize LimitBar::minimumSizeHint() const {
    const QFontMetrics fm(font());
    return {60 + fm.horizontalAdvance(m_text), std::max(14, fm.height() + 4)};
}

double LimitBar::usageOf(double value, double limit) {
    if (!(limit > 0.0) || !std::isfinite(value))
        return 0.0;
    return value / limit;
}

LimitBar::Level LimitBar::levelOf(double usage) {
    if (usage >= 1.0 - kEpsilon)
        return Level::Breach;
    if (usage > kWarningUsage + kEpsilon)
        return Level::Warning;
    return Level::Normal;
}

QColor LimitBar::levelColor(Level level) {
    switch (level) {
    case Level::Normal:
        return QColor(0x2e, 0x7d, 0x32);
    case Level::Warning:
        return QColor(0xef, 0x8f, 0x00);
    case Level::Breach:
        return QColor(0xc6, 0x28, 0x28);
    }
    return {};
}

QColor LimitBar::levelTint(Level level) {
    switch (level) {
    case Level::Normal:
        return {};
    case Level::Warning:
        return QColor(0xff, 0xf3, 0xd6);
    case Level::Breach:
        return QColor(0xfd, 0xe2, 0xe2);
    }
    return {};
}

void LimitBar::paint(QPainter* painter, const QRectF& rect, double fillFraction,
                     double markerFraction, Level level, const QString& text,
                     const QPalette& palette, const QFont& font, qreal textWidth) {
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);

    QRectF barRect = rect;
    if (!text.isEmpty()) {
        const QFontMetricsF fm(font);
        const qreal slot = std::max(textWidth, fm.horizontalAdvance(text));
        barRect.setRight(std::max(barRect.left() + 10.0, rect.right() - slot - 8.0));
        painter->setFont(font);
        painter->setPen(level == Level::Normal ? palette.color(QPalette::Text) : levelColor(level));
        painter->drawText(QRectF(rect.right() - slot, rect.top(), slot, rect.height()),
                          Qt::AlignVCenter | Qt::AlignRight, text);
    }

    // A slim track keeps tables calm; the marker sticks out above and below it so that the limit
    // reads at a glance even when the fill has passed it.
    const qreal trackHeight = std::min<qreal>(barRect.height() - 4.0, 10.0);
    const QRectF track(barRect.left(), barRect.center().y() - trackHeight / 2.0, barRect.width(),
                       trackHeight);
    const qreal radius = trackHeight / 2.0;
    QColor trackColor = palette.color(QPalette::Mid);
    trackColor.setAlpha(60);
    painter->setPen(Qt::NoPen);
    painter->setBrush(trackColor);
    painter->drawRoundedRect(track, radius, radius);

    const double fill = std::isfinite(fillFraction) ? std::clamp(fillFraction, 0.0, 1.0) : 0.0;
    if (fill > 0.0) {
        QPainterPath clip;
        clip.addRoundedRect(track, radius, radius);
        painter->setClipPath(clip);
        painter->setBrush(levelColor(level));
        painter->drawRect(QRectF(track.left(), track.top(), track.width() * fill, track.height()));
        painter->setClipping(false);
    }

    if (markerFraction >= 0.0 && markerFraction <= 1.0) {
        const qreal x = track.left() + track.width() * markerFraction;
        const qreal overhang = std::min<qreal>(3.0, (barRect.height() - trackHeight) / 2.0);
        QPen pen(palette.color(QPalette::WindowText), 2.0);
        pen.setCapStyle(Qt::FlatCap);
        painter->setPen(pen);
        painter->drawLine(QPointF(x, track.top() - overhang),
                          QPointF(x, track.bottom() + overhang));
    }
    painter->restore();
}

void LimitBar::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    const double scale = m_scaleMax > 0.0 ? m_scaleMax : m_limit * kDefaultHeadroom;
    const double fill = scale > 0.0 ? m_value / scale : 0.0;
    const double marker = scale > 0.0 && m_limit > 0.0 ? m_limit / scale : -1.0;
    paint(&painter, QRectF(rect()), fill, marker, level(), m_text, palette(), font());
}

} // namespace axion
