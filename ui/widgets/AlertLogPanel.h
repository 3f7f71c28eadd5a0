#pragma once

#include "execution/EngineSnapshot.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;

namespace axion {

class AlertLogModel;

// The alert log dock's content: the log table (newest first), a kind filter and a clear button.
class AlertLogPanel : public QWidget {
    Q_OBJECT

public:
    explicit AlertLogPanel(QWidget* parent = nullptr);

    AlertLogModel* model() const { return m_model; }
    QSortFilterProxyModel* filterModel() const { return m_filter; }
    QTableView* view() const { return m_view; }
    QComboBox* kindFilter() const { return m_kind; }
    QToolButton* clearButton() const { return m_clear; }

public Q_SLOTS:
    void addEvents(const QList<axion::EngineEvent>& events);

private:
    void onKindFilterChanged(int index);
    void onClearClicked();
    void updateCount();

    AlertLogModel* m_model = nullptr;
    QSortFilterProxyModel* m_filter = nullptr;
    QTableView* m_view = nullptr;
    QComboBox* m_kind = nullptr;
    QLabel* m_count = nullptr;
    QToolButton* m_clear = nullptr;
};

} // namespace axion
