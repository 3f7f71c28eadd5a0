#pragma once

#include <QStyledItemDelegate>

namespace axion {

// Paints a table cell as a LimitBar: the fill from the model's usage role (value / limit), the
// colour from its level role (LimitBar::Level as int), the cell's display text beside the bar.
// The models keep the numbers; the delegate only draws them.
class LimitBarDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    LimitBarDelegate(int usageRole, int levelRole, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int m_usageRole;
    int m_levelRole;
};

} // namespace axion
