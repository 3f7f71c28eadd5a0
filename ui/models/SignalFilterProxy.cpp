#include "models/SignalFilterProxy.h"

#include "models/SignalsModel.h"

namespace axion {

SignalFilterProxy::SignalFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent) {}

void SignalFilterProxy::setSourceFilter(SourceFilter filter) {
    if (filter == m_source)
        return;
    m_source = filter;
    invalidateRowsFilter();
}

void SignalFilterProxy::setDecisionFilter(std::optional<SignalActivity::Decision> decision) {
    if (decision == m_decision)
        return;
    m_decision = decision;
    invalidateRowsFilter();
}

bool SignalFilterProxy::accepts(SourceFilter filter, std::optional<SignalActivity::Decision> wanted,
                                const QString& source, SignalActivity::Decision decision) {
    if (wanted && *wanted != decision)
        return false;
    switch (filter) {
    case SourceFilter::All:
        return true;
    case SourceFilter::External:
        return source != QLatin1String(Signal::kBuiltIn);
    case SourceFilter::BuiltIn:
        return source == QLatin1String(Signal::kBuiltIn);
    case SourceFilter::Http:
        return source == QLatin1String(Signal::kHttp);
    case SourceFilter::WebSocket:
        return source == QLatin1String(Signal::kWebSocket);
    case SourceFilter::EmaSignals:
        return source == QLatin1String(Signal::kEmaSignals);
    }
    return true;
}

bool SignalFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    if (m_source == SourceFilter::All && !m_decision)
        return true;
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    return accepts(m_source, m_decision, i.data(SignalsModel::SourceKeyRole).toString(),
                   SignalActivity::Decision(i.data(SignalsModel::DecisionRole).toInt()));
}

} // namespace axion
