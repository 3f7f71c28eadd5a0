#include "widgets/LimitBarDelegate.h"

#include "widgets/LimitBar.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QPainter>

namespace axion {

LimitBarDelegate::LimitBarDelegate(int usageRole, int levelRole, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_usageRole(usageRole)
    , m_levelRole(levelRole) {}

void LimitBarDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                             const QModelIndex& index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // The panel first (row tint, selection, alternating colour), then the bar instead of text.
    const QString text = opt.text;
    opt.text.clear();
    const QStyle* style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const QVariant usageValue = index.data(m_usageRole);
    if (!usageValue.isValid())
        return;
    const double usage = usageValue.toDouble();
    const auto level = static_cast<LimitBar::Level>(index.data(m_levelRole).toInt());
    // The limit sits at 1 / headroom of the width, so a breach shows as fill past the marker.
    const double scale = LimitBar::kDefaultHeadroom;
    const QRectF r = QRectF(opt.rect).adjusted(6.0, 3.0, -4.0, -3.0);
    const qreal slot = QFontMetricsF(opt.font).horizontalAdvance(QStringLiteral("000.00 %"));
    LimitBar::paint(painter, r, usage / scale, 1.0 / scale, level, text, opt.palette, opt.font,
                    slot);
}

QSize LimitBarDelegate::sizeHint(const QStyleOptionViewItem& option,
                                 const QModelIndex& index) const {
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    s.setWidth(s.width() + 90);
    return s;
}

} // namespace axion
