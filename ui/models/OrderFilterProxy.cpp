#include "models/OrderFilterProxy.h"

#include "models/OrdersModel.h"

namespace axion {

OrderFilterProxy::OrderFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(OrdersModel::SortRole);
    // Snapshots change rows under an active sort/filter: keep both current as they arrive.
    setDynamicSortFilter(true);
}

void OrderFilterProxy::setStateFilter(StateFilter filter) {
    if (filter == m_state)
        return;
    m_state = filter;
    invalidateFilter();
}

void OrderFilterProxy::setTickerFilter(const QString& text) {
    const QString trimmed = text.trimmed();
    if (trimmed == m_ticker)
        return;
    m_ticker = trimmed;
    invalidateFilter();
}

void OrderFilterProxy::setLegFilter(std::optional<OrderLeg> leg) {
    if (leg == m_leg)
        return;
    m_leg = leg;
    invalidateFilter();
}

void OrderFilterProxy::setSideFilter(std::optional<OrderSide> side) {
    if (side == m_side)
        return;
    m_side = side;
    invalidateFilter();
}

bool OrderFilterProxy::isFiltering() const {
    return m_state != StateFilter::All || !m_ticker.isEmpty() || m_leg || m_side;
}

bool OrderFilterProxy::stateMatches(StateFilter filter, OrderState state, Quantity filled) {
    switch (filter) {
    case StateFilter::All:
        return true;
    case StateFilter::Working:
        return !isTerminal(state);
    case StateFilter::Filled:
        return state == OrderState::Filled;
    case StateFilter::PartiallyFilled:
        return state == OrderState::PartiallyFilled || (state != OrderState::Filled && filled > 0);
    case StateFilter::Cancelled:
        return state == OrderState::Cancelled;
    case StateFilter::Expired:
        return state == OrderState::Expired;
    case StateFilter::Rejected:
        return state == OrderState::Rejected;
    case StateFilter::Unknown:
        return state == OrderState::Unknown;
    }
    return true;
}

QString OrderFilterProxy::stateFilterLabel(StateFilter filter) {
    switch (filter) {
    case StateFilter::All:
        return tr("All states");
    case StateFilter::Working:
        return tr("Working");
    case StateFilter::Filled:
        return tr("Filled");
    case StateFilter::PartiallyFilled:
        return tr("Partially filled");
    case StateFilter::Cancelled:
        return tr("Cancelled");
    case StateFilter::Expired:
        return tr("Expired");
    case StateFilter::Rejected:
        return tr("Rejected");
    case StateFilter::Unknown:
        return tr("Unknown");
    }
    return {};
}

bool OrderFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    if (!isFiltering())
        return true;
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_state != StateFilter::All) {
        const auto state = static_cast<OrderState>(idx.data(OrdersModel::StateRole).toInt());
        const Quantity filled = idx.data(OrdersModel::FilledRole).toLongLong();
        if (!stateMatches(m_state, state, filled))
            return false;
    }
    if (!m_ticker.isEmpty() &&
        !idx.data(OrdersModel::TickerRole).toString().contains(m_ticker, Qt::CaseInsensitive))
        return false;
    if (m_leg && idx.data(OrdersModel::LegRole).toInt() != static_cast<int>(*m_leg))
        return false;
    if (m_side && idx.data(OrdersModel::SideRole).toInt() != static_cast<int>(*m_side))
        return false;
    return true;
}

} // namespace axion
