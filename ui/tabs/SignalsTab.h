#pragma once

#include "signals/SignalActivity.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace axion {

class SignalFilterProxy;
class SignalsModel;

// The "Signals" tab: every signal the executor received, from the built-in engine, the HTTP and
// WebSocket ingress and the ema_signals table, with its source, the decision and the reason
// (refusals at intake included). A header line says where signals come in (the ingress address,
// or why it is not listening) and counts them; the table can be filtered by source and decision.
class SignalsTab : public QWidget {
    Q_OBJECT

public:
    explicit SignalsTab(QWidget* parent = nullptr);

    void addActivity(const QList<axion::SignalActivity>& activity);
    // Where signals come in, or why they do not (shown above the table).
    void setIntakeStatus(const QString& text, bool ok);

    SignalsModel* model() const { return m_model; }
    SignalFilterProxy* proxy() const { return m_proxy; }
    QTableView* view() const { return m_view; }

private:
    void updateCounts();
    void onFilterChanged();

    SignalsModel* m_model = nullptr;
    SignalFilterProxy* m_proxy = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_intake = nullptr;
    QLabel* m_counts = nullptr;
    QComboBox* m_sourceFilter = nullptr;
    QComboBox* m_decisionFilter = nullptr;
};

} // namespace axion
