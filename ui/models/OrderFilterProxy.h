#pragma once

#include "core/Order.h"

#include <QSortFilterProxyModel>
#include <QString>
#include <optional>

namespace axion {

// Filters and sorts an OrdersModel for the Order Book tab: by state group, ticker text, leg and
// side. It reads the model's raw roles (OrdersModel::StateRole ...), never display text, so the
// filters keep working in every language. With no filter set it only sorts (working orders).
class OrderFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT

public:
    enum class StateFilter {
        All,
        Working, // any state that can still fill (new ... cancel pending, unknown)
        Filled,
        PartiallyFilled, // some shares filled: working or not (a cancelled partial fill too)
        Cancelled,
        Expired,
        Rejected,
        Unknown // submit outcome ambiguous: needs the operator's eye
    };

    explicit OrderFilterProxy(QObject* parent = nullptr);

    StateFilter stateFilter() const { return m_state; }
    void setStateFilter(StateFilter filter);
    static QString stateFilterLabel(StateFilter filter);
    static bool stateMatches(StateFilter filter, OrderState state, Quantity filled);

    // Case-insensitive substring of the ticker; empty matches every order.
    QString tickerFilter() const { return m_ticker; }
    void setTickerFilter(const QString& text);

    std::optional<OrderLeg> legFilter() const { return m_leg; }
    void setLegFilter(std::optional<OrderLeg> leg);

    std::optional<OrderSide> sideFilter() const { return m_side; }
    void setSideFilter(std::optional<OrderSide> side);

    bool isFiltering() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    StateFilter m_state = StateFilter::All;
    QString m_ticker;
    std::optional<OrderLeg> m_leg;
    std::optional<OrderSide> m_side;
};

} // namespace axion
