#pragma once

#include "execution/EngineSnapshot.h"

#include <QSet>
#include <QString>
#include <QStringList>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QPoint;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QToolButton;

namespace axion {

class FillsModel;
class OrderFilterProxy;
class OrdersModel;

// The "Order Book" tab: working orders on top (cancel with the button, the context menu or the
// Delete key), the order history (filterable) and the recent fills below. Fed by engine snapshots
// up to 30 times a second; the models update in place so selections and scroll positions stay put.
// Cancelling is a request: the engine decides, and the order leaves the working list when the
// broker confirms.
class OrderBookTab : public QWidget {
    Q_OBJECT

public:
    explicit OrderBookTab(QWidget* parent = nullptr);

    void setSnapshot(const axion::EngineSnapshot& snapshot);

Q_SIGNALS:
    void cancelOrderRequested(const QString& clientOrderId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private Q_SLOTS:
    void onCancelSelected();
    void onWorkingSelectionChanged();
    void onWorkingContextMenu(const QPoint& pos);
    void onHistoryContextMenu(const QPoint& pos);
    void onHistoryFilterChanged();
    void onClearHistoryFilters();

private:
    QWidget* buildWorkingPanel();
    QWidget* buildHistoryPanel();
    QWidget* buildFillsPanel();
    QList<OrderRecord> selectedWorkingOrders() const;
    // Tickers whose only working protective stop is among `orders` while a position is open.
    QStringList tickersLeftUnprotected(const QList<OrderRecord>& orders) const;
    void updateCounts();
    void copyClientOrderIds(const QTableView* view, const QSortFilterProxyModel* proxy) const;

    OrdersModel* m_workingModel = nullptr;
    OrderFilterProxy* m_workingProxy = nullptr;
    QTableView* m_workingView = nullptr;
    QLabel* m_workingCount = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QAction* m_cancelAction = nullptr;

    OrdersModel* m_historyModel = nullptr;
    OrderFilterProxy* m_historyProxy = nullptr;
    QTableView* m_historyView = nullptr;
    QComboBox* m_stateFilter = nullptr;
    QLineEdit* m_tickerFilter = nullptr;
    QComboBox* m_legFilter = nullptr;
    QComboBox* m_sideFilter = nullptr;
    QToolButton* m_clearFilters = nullptr;
    QLabel* m_historyCount = nullptr;

    FillsModel* m_fillsModel = nullptr;
    QSortFilterProxyModel* m_fillsProxy = nullptr;
    QTableView* m_fillsView = nullptr;

    QTabWidget* m_lowerTabs = nullptr;
    QSet<QString> m_openPositionTickers;
};

} // namespace axion
