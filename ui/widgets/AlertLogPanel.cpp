#include "widgets/AlertLogPanel.h"

#include "models/AlertLogModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace axion {

namespace {

using Kind = EngineEvent::Kind;

// The filter choices: a set of kinds each (matched on AlertLogModel::KindKeyRole).
struct KindChoice {
    const char* label;
    QList<Kind> kinds; // empty: everything
};

QList<KindChoice> kindChoices() {
    return {
        {QT_TRANSLATE_NOOP("axion::AlertLogPanel", "All alerts"), {}},
        {QT_TRANSLATE_NOOP("axion::AlertLogPanel", "Trading (no info)"),
         {Kind::Fill, Kind::StopHit, Kind::Exit, Kind::Rejection, Kind::KillSwitch}},
        {QT_TRANSLATE_NOOP("axion::AlertLogPanel", "Fills"), {Kind::Fill}},
        {QT_TRANSLATE_NOOP("axion::AlertLogPanel", "Stop hits"), {Kind::StopHit}},
        {QT_TRANSLATE_NOOP("axion::AlertLogPanel", "Exits"), {Kind::Exit}},
        {QT_TRANSLATE_NOOP("axion::AlertLogPanel", "Rejections"), {Kind::Rejection}},
        {QT_TRANSLATE_NOOP("axion::AlertLogPanel", "Kill switch"), {Kind::KillSwitch}},
        {QT_TRANSLATE_NOOP("axion::AlertLogPanel", "Info"), {Kind::Info}},
    };
}

} // namespace

AlertLogPanel::AlertLogPanel(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("alertLogPanel"));
    m_model = new AlertLogModel(this);

    m_filter = new QSortFilterProxyModel(this);
    m_filter->setSourceModel(m_model);
    m_filter->setFilterKeyColumn(AlertLogModel::KindColumn);
    m_filter->setFilterRole(AlertLogModel::KindKeyRole);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindFilter"));
    m_kind->setToolTip(tr("Show only some kinds of alerts"));
    for (const KindChoice& choice : kindChoices()) {
        QStringList keys;
        for (Kind k : choice.kinds)
            keys << toString(k);
        m_kind->addItem(tr(choice.label), keys);
    }
    connect(m_kind, &QComboBox::currentIndexChanged, this, &AlertLogPanel::onKindFilterChanged);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("count"));
    m_count->setStyleSheet(QStringLiteral("color:palette(mid)"));

    m_clear = new QToolButton(this);
    m_clear->setObjectName(QStringLiteral("clear"));
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Clear the alert log (the journal keeps every event)"));
    m_clear->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_clear, &QToolButton::clicked, this, &AlertLogPanel::onClearClicked);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("alertTable"));
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->horizontalHeader()->setStretchLastSection(true);
    const int digit = m_view->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    m_view->setColumnWidth(AlertLogModel::TimeColumn, digit * 10);
    m_view->setColumnWidth(AlertLogModel::KindColumn, digit * 14);
    m_view->setColumnWidth(AlertLogModel::TickerColumn, digit * 8);

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(new QLabel(tr("Show:"), this));
    bar->addWidget(m_kind);
    bar->addSpacing(8);
    bar->addWidget(m_count);
    bar->addStretch();
    bar->addWidget(m_clear);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addLayout(bar);
    layout->addWidget(m_view);

    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &AlertLogPanel::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &AlertLogPanel::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &AlertLogPanel::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &AlertLogPanel::updateCount);
    updateCount();
}

void AlertLogPanel::addEvents(const QList<EngineEvent>& events) {
    m_model->addEvents(events);
}

void AlertLogPanel::onKindFilterChanged(int index) {
    const QStringList keys = m_kind->itemData(index).toStringList();
    if (keys.isEmpty()) {
        m_filter->setFilterRegularExpression(QRegularExpression());
    } else {
        QStringList escaped;
        for (const QString& key : keys)
            escaped << QRegularExpression::escape(key);
        m_filter->setFilterRegularExpression(
            QRegularExpression(QStringLiteral("^(?:%1)$").arg(escaped.join(QLatin1Char('|')))));
    }
    updateCount();
}

void AlertLogPanel::onClearClicked() {
    m_model->clear();
}

void AlertLogPanel::updateCount() {
    const int total = m_model->rowCount();
    const int shown = m_filter->rowCount();
    const QLocale locale;
    if (shown == total)
        m_count->setText(total == 1 ? tr("1 alert") : tr("%1 alerts").arg(locale.toString(total)));
    else
        m_count->setText(tr("%1 of %2 shown").arg(locale.toString(shown), locale.toString(total)));
    m_clear->setEnabled(total > 0);
}

} // namespace axion
