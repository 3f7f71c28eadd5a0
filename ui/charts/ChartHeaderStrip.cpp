#include "charts/ChartHeaderStrip.h"

#include <QAbstractTextDocumentLayout>
#include <QEvent>
#include <QPainter>

namespace axion {

namespace {

constexpr int kPadLeft = 8;
constexpr int kPadTop = 4;
constexpr int kPadBottom = 2;

} // namespace

ChartHeaderStrip::ChartHeaderStrip(QWidget* parent)
    : QWidget(parent) {
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_document.setDocumentMargin(0);
    m_document.setDefaultFont(font());
    setFixedHeight(lineHeight() + kPadTop + kPadBottom);
}

void ChartHeaderStrip::setHtml(const QString& html) {
    if (html == m_html)
        return;
    m_html = html;
    m_document.setHtml(html);
    update();
    setAccessibleName(m_document.toPlainText());
}

int ChartHeaderStrip::lineHeight() const {
    // A rich-text line is as tall as the font's line spacing, plus a pixel of rounding.
    return fontMetrics().lineSpacing() + 1;
}

QSize ChartHeaderStrip::sizeHint() const {
    return {200, lineHeight() + kPadTop + kPadBottom};
}

QSize ChartHeaderStrip::minimumSizeHint() const {
    return {0, lineHeight() + kPadTop + kPadBottom};
}

void ChartHeaderStrip::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.translate(kPadLeft, kPadTop);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = palette();
    context.palette.setColor(QPalette::Text, palette().color(QPalette::WindowText));
    m_document.documentLayout()->draw(&painter, context);
}

void ChartHeaderStrip::changeEvent(QEvent* event) {
    if (event->type() == QEvent::FontChange) {
        m_document.setDefaultFont(font());
        setFixedHeight(lineHeight() + kPadTop + kPadBottom);
    }
    QWidget::changeEvent(event);
}

} // namespace axion
