#pragma once

#include "signals/SignalActivity.h"

#include <QSortFilterProxyModel>
#include <optional>

namespace axion {

// The Signals tab's filter: by source (one source, or everything from outside the built-in
// engine) and by decision.
class SignalFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT

public:
    enum class SourceFilter { All, External, BuiltIn, Http, WebSocket, EmaSignals };

    explicit SignalFilterProxy(QObject* parent = nullptr);

    void setSourceFilter(SourceFilter filter);
    void setDecisionFilter(std::optional<SignalActivity::Decision> decision);

    // Pure: does a row of `source` with `decision` pass?
    static bool accepts(SourceFilter filter, std::optional<SignalActivity::Decision> wanted,
                        const QString& source, SignalActivity::Decision decision);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    SourceFilter m_source = SourceFilter::All;
    std::optional<SignalActivity::Decision> m_decision;
};

} // namespace axion
