#include "tabs/SignalsTab.h"

#include "models/SignalFilterProxy.h"
#include "models/SignalsModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace axion {

SignalsTab::SignalsTab(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("SignalsTab"));
    m_model = new SignalsModel(this);
    m_proxy = new SignalFilterProxy(this);
    m_proxy->setSourceModel(m_model);

    m_intake = new QLabel(tr("Signals from outside: not enabled"));
    m_intake->setObjectName(QStringLiteral("intakeStatus"));
    m_intake->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_counts = new QLabel;
    m_counts->setObjectName(QStringLiteral("signalCounts"));

    m_sourceFilter = new QComboBox;
    m_sourceFilter->setObjectName(QStringLiteral("sourceFilter"));
    using SF = SignalFilterProxy::SourceFilter;
    m_sourceFilter->addItem(tr("All sources"), int(SF::All));
    m_sourceFilter->addItem(tr("From outside"), int(SF::External));
    m_sourceFilter->addItem(SignalsModel::sourceName(QLatin1String(Signal::kBuiltIn)),
                            int(SF::BuiltIn));
    m_sourceFilter->addItem(SignalsModel::sourceName(QLatin1String(Signal::kHttp)), int(SF::Http));
    m_sourceFilter->addItem(SignalsModel::sourceName(QLatin1String(Signal::kWebSocket)),
                            int(SF::WebSocket));
    m_sourceFilter->addItem(SignalsModel::sourceName(QLatin1String(Signal::kEmaSignals)),
                            int(SF::EmaSignals));
    m_decisionFilter = new QComboBox;
    m_decisionFilter->setObjectName(QStringLiteral("decisionFilter"));
    m_decisionFilter->addItem(tr("All decisions"), -1);
    for (const auto d : {SignalActivity::Decision::Approved, SignalActivity::Decision::Rejected,
                         SignalActivity::Decision::Refused, SignalActivity::Decision::ExitHint})
        m_decisionFilter->addItem(SignalsModel::decisionName(d), int(d));
    connect(m_sourceFilter, &QComboBox::currentIndexChanged, this, &SignalsTab::onFilterChanged);
    connect(m_decisionFilter, &QComboBox::currentIndexChanged, this, &SignalsTab::onFilterChanged);

    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("signalsView"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(SignalsModel::ReasonColumn, QHeaderView::Stretch);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    header->resizeSection(SignalsModel::TimeColumn,
                          fontMetrics().horizontalAdvance(QStringLiteral("00:00:00")) + 2 * em);
    header->resizeSection(SignalsModel::SourceColumn, 10 * em);
    header->resizeSection(SignalsModel::TickerColumn, 5 * em);
    header->resizeSection(SignalsModel::TypeColumn, 14 * em);
    header->resizeSection(SignalsModel::DirectionColumn, 6 * em);
    header->resizeSection(SignalsModel::ConvictionColumn, 7 * em);
    header->resizeSection(SignalsModel::DecisionColumn, 8 * em);
    header->resizeSection(SignalsModel::SignalIdColumn, 14 * em);

    auto* top = new QHBoxLayout;
    top->addWidget(m_intake, 1);
    top->addWidget(m_counts);
    auto* filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Source")));
    filters->addWidget(m_sourceFilter);
    filters->addSpacing(12);
    filters->addWidget(new QLabel(tr("Decision")));
    filters->addWidget(m_decisionFilter);
    filters->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);

    connect(m_model, &SignalsModel::totalsChanged, this, &SignalsTab::updateCounts);
    updateCounts();
}

void SignalsTab::addActivity(const QList<SignalActivity>& activity) {
    m_model->addActivity(activity);
}

void SignalsTab::setIntakeStatus(const QString& text, bool ok) {
    m_intake->setText(text);
    m_intake->setStyleSheet(ok ? QString() : QStringLiteral("color: #c62828;"));
}

void SignalsTab::updateCounts() {
    const SignalsModel::Totals& t = m_model->totals();
    m_counts->setText(tr("%1 received (%2 from outside): %3 approved, %4 rejected, %5 refused")
                          .arg(t.received)
                          .arg(t.external)
                          .arg(t.approved)
                          .arg(t.rejected)
                          .arg(t.refused));
}

void SignalsTab::onFilterChanged() {
    m_proxy->setSourceFilter(
        SignalFilterProxy::SourceFilter(m_sourceFilter->currentData().toInt()));
    const int d = m_decisionFilter->currentData().toInt();
    m_proxy->setDecisionFilter(d < 0 ? std::nullopt : std::optional(SignalActivity::Decision(d)));
}

} // namespace axion
