#include "tabs/RiskDashboardTab.h"

#include "charts/PnlCurveChart.h"
#include "format/DisplayFormat.h"
#include "market/MarketCalendar.h"
#include "models/ExposureModel.h"
#include "models/KillSwitchHistoryModel.h"
#include "models/KillSwitchTriggerModel.h"
#include "widgets/LimitBar.h"
#include "widgets/LimitBarDelegate.h"

#include <QDateTime>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

namespace axion {

namespace {

enum KillStyle { Armed, Tripped };

// A white panel with a title: the tab's building block.
QFrame* makeCard(QWidget* parent, const QString& title, QLabel** titleLabel = nullptr) {
    auto* card = new QFrame(parent);
    card->setObjectName(QStringLiteral("riskCard"));
    auto* layout = new QVBoxLayout(card);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(4);
    auto* label = new QLabel(title, card);
    label->setObjectName(QStringLiteral("riskCardTitle"));
    label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    layout->addWidget(label);
    if (titleLabel)
        *titleLabel = label;
    return card;
}

QTableView* makeTable(QWidget* parent, QAbstractItemModel* model, const QString& name) {
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setFrameShape(QFrame::NoFrame);
    view->setShowGrid(false);
    view->setAlternatingRowColors(false);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setFocusPolicy(Qt::NoFocus);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideRight);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->verticalHeader()->setVisible(false);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setMinimumSectionSize(40);
    return view;
}

QLabel* makeValueLabel(QWidget* parent, const QString& name) {
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    label->setFont(f);
    return label;
}

QString colorStyle(const QColor& color) {
    return color.isValid() ? QStringLiteral("color:%1").arg(color.name()) : QString();
}

void setStyleIfChanged(QWidget* widget, const QString& style) {
    if (widget->styleSheet() != style)
        widget->setStyleSheet(style);
}

} // namespace

RiskDashboardTab::RiskDashboardTab(QWidget* parent)
    : QWidget(parent)
    , m_tickerModel(new ExposureModel(ExposureModel::Kind::Ticker, this))
    , m_sectorModel(new ExposureModel(ExposureModel::Kind::Sector, this))
    , m_triggerModel(new KillSwitchTriggerModel(this))
    , m_historyModel(new KillSwitchHistoryModel(this)) {
    setObjectName(QStringLiteral("riskDashboardTab"));
    setStyleSheet(QStringLiteral(
        "QFrame#riskCard{background:palette(base);border:1px solid #d5d9de;border-radius:6px}"
        "QLabel#riskCardTitle{color:#56616c;font-weight:600}"
        "QLabel#riskCardDetail{color:#6b7580}"
        "QTableView{background:palette(base)}"
        "QTableView::item{padding:0px 6px}"
        "QHeaderView::section{background:palette(base);color:#6b7580;border:none;"
        "border-bottom:1px solid #e3e6ea;padding:2px 6px}"));

    auto* root = new QVBoxLayout(this);
    root->setContentsMargins(8, 8, 8, 8);
    root->setSpacing(8);

    // Row 1: kill switch state and the three headline numbers.
    auto* top = new QHBoxLayout;
    top->setSpacing(8);
    root->addLayout(top);

    m_killPanel = new QFrame(this);
    m_killPanel->setObjectName(QStringLiteral("killSwitchPanel"));
    auto* killLayout = new QHBoxLayout(m_killPanel);
    killLayout->setContentsMargins(12, 8, 12, 8);
    killLayout->setSpacing(14);
    m_killState = new QLabel(m_killPanel);
    m_killState->setObjectName(QStringLiteral("killSwitchState"));
    m_killState->setAlignment(Qt::AlignCenter);
    m_killState->setMinimumWidth(130);
    QFont stateFont = m_killState->font();
    stateFont.setPointSizeF(stateFont.pointSizeF() * 1.7);
    stateFont.setBold(true);
    stateFont.setLetterSpacing(QFont::PercentageSpacing, 108);
    m_killState->setFont(stateFont);
    killLayout->addWidget(m_killState);
    auto* killText = new QVBoxLayout;
    killText->setSpacing(2);
    auto* killTitle = new QLabel(tr("Kill switch"), m_killPanel);
    killTitle->setObjectName(QStringLiteral("riskCardTitle"));
    m_killReason = new QLabel(m_killPanel);
    m_killReason->setObjectName(QStringLiteral("killSwitchReason"));
    QFont reasonFont = m_killReason->font();
    reasonFont.setBold(true);
    reasonFont.setPointSizeF(reasonFont.pointSizeF() * 1.1);
    m_killReason->setFont(reasonFont);
    m_killTime = new QLabel(m_killPanel);
    m_killTime->setObjectName(QStringLiteral("killSwitchTime"));
    m_killDetail = new QLabel(m_killPanel);
    m_killDetail->setObjectName(QStringLiteral("killSwitchDetail"));
    m_killDetail->setWordWrap(true);
    m_killDetail->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto* reasonRow = new QHBoxLayout;
    reasonRow->addWidget(m_killReason);
    reasonRow->addStretch();
    reasonRow->addWidget(m_killTime);
    killText->addWidget(killTitle);
    killText->addLayout(reasonRow);
    killText->addWidget(m_killDetail);
    killText->addStretch();
    killLayout->addLayout(killText, 1);
    top->addWidget(m_killPanel, 5);

    QFrame* pnlCard = makeCard(this, tr("Day P&L"));
    m_dayPnl = makeValueLabel(pnlCard, QStringLiteral("dayPnl"));
    m_dayPnlDetail = new QLabel(pnlCard);
    m_dayPnlDetail->setObjectName(QStringLiteral("riskCardDetail"));
    pnlCard->layout()->addWidget(m_dayPnl);
    pnlCard->layout()->addWidget(m_dayPnlDetail);
    top->addWidget(pnlCard, 3);

    QFrame* lossCard = makeCard(this, tr("Daily loss"));
    m_dailyLoss = makeValueLabel(lossCard, QStringLiteral("dailyLoss"));
    m_dailyLossBar = new LimitBar(lossCard);
    m_dailyLossBar->setObjectName(QStringLiteral("dailyLossBar"));
    lossCard->layout()->addWidget(m_dailyLoss);
    lossCard->layout()->addWidget(m_dailyLossBar);
    top->addWidget(lossCard, 3);

    QFrame* positionsCard = makeCard(this, tr("Open positions"));
    auto* positionsRow = new QHBoxLayout;
    m_positions = makeValueLabel(positionsCard, QStringLiteral("openPositions"));
    m_positionsDetail = new QLabel(positionsCard);
    m_positionsDetail->setObjectName(QStringLiteral("riskCardDetail"));
    positionsRow->addWidget(m_positions);
    positionsRow->addStretch();
    positionsRow->addWidget(m_positionsDetail, 0, Qt::AlignBottom);
    static_cast<QVBoxLayout*>(positionsCard->layout())->addLayout(positionsRow);
    m_positionsBar = new LimitBar(positionsCard);
    m_positionsBar->setObjectName(QStringLiteral("openPositionsBar"));
    positionsCard->layout()->addWidget(m_positionsBar);
    top->addWidget(positionsCard, 3);

    // Row 2: the curve, and exposure next to it.
    auto* middle = new QHBoxLayout;
    middle->setSpacing(8);
    root->addLayout(middle, 1);

    QFrame* chartCard = makeCard(this, tr("Day P&L and drawdown (New York time)"));
    m_chart = new PnlCurveChart(chartCard);
    m_chart->setObjectName(QStringLiteral("pnlCurveChart"));
    static_cast<QVBoxLayout*>(chartCard->layout())->addWidget(m_chart, 1);
    middle->addWidget(chartCard, 11);

    auto* exposureColumn = new QVBoxLayout;
    exposureColumn->setSpacing(8);
    middle->addLayout(exposureColumn, 9);
    auto* tickerBars =
        new LimitBarDelegate(ExposureModel::UsageRole, ExposureModel::LevelRole, this);
    QFrame* tickerCard = makeCard(this, tr("Exposure by ticker"), &m_tickerTitle);
    m_tickerView = makeTable(tickerCard, m_tickerModel, QStringLiteral("tickerExposureTable"));
    tickerCard->layout()->addWidget(m_tickerView);
    exposureColumn->addWidget(tickerCard, 3);
    QFrame* sectorCard = makeCard(this, tr("Exposure by sector"), &m_sectorTitle);
    m_sectorView = makeTable(sectorCard, m_sectorModel, QStringLiteral("sectorExposureTable"));
    sectorCard->layout()->addWidget(m_sectorView);
    exposureColumn->addWidget(sectorCard, 2);
    for (QTableView* view : {m_tickerView, m_sectorView}) {
        view->setItemDelegateForColumn(ExposureModel::FractionColumn, tickerBars);
        QHeaderView* h = view->horizontalHeader();
        h->setSectionResizeMode(ExposureModel::NameColumn, QHeaderView::Stretch);
        h->setSectionResizeMode(ExposureModel::ExposureColumn, QHeaderView::ResizeToContents);
        h->setSectionResizeMode(ExposureModel::FractionColumn, QHeaderView::Fixed);
        h->setSectionResizeMode(ExposureModel::LimitColumn, QHeaderView::ResizeToContents);
        h->resizeSection(ExposureModel::FractionColumn, 190);
    }

    // Row 3: the triggers and the audit trail.
    auto* bottom = new QHBoxLayout;
    bottom->setSpacing(8);
    root->addLayout(bottom);

    QFrame* triggerCard = makeCard(this, tr("Kill switch triggers"));
    m_triggerView =
        makeTable(triggerCard, m_triggerModel, QStringLiteral("killSwitchTriggerTable"));
    m_triggerView->setItemDelegateForColumn(KillSwitchTriggerModel::UsageColumn,
                                            new LimitBarDelegate(KillSwitchTriggerModel::UsageRole,
                                                                 KillSwitchTriggerModel::LevelRole,
                                                                 this));
    {
        QHeaderView* h = m_triggerView->horizontalHeader();
        h->setSectionResizeMode(KillSwitchTriggerModel::TriggerColumn, QHeaderView::Stretch);
        h->setSectionResizeMode(KillSwitchTriggerModel::CurrentColumn,
                                QHeaderView::ResizeToContents);
        h->setSectionResizeMode(KillSwitchTriggerModel::LimitColumn, QHeaderView::ResizeToContents);
        h->setSectionResizeMode(KillSwitchTriggerModel::UsageColumn, QHeaderView::Fixed);
        h->setSectionResizeMode(KillSwitchTriggerModel::StateColumn, QHeaderView::Fixed);
        h->resizeSection(KillSwitchTriggerModel::UsageColumn, 150);
        h->resizeSection(KillSwitchTriggerModel::StateColumn, 80);
    }
    // Five rows, always: sized to show them without a scroll bar.
    const int rowHeight = m_triggerView->verticalHeader()->defaultSectionSize();
    m_triggerView->setFixedHeight(rowHeight * 5 +
                                  m_triggerView->horizontalHeader()->sizeHint().height() + 2);
    m_triggerView->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    triggerCard->layout()->addWidget(m_triggerView);
    bottom->addWidget(triggerCard, 11);

    QFrame* historyCard = makeCard(this, tr("Trip history"));
    m_historyView =
        makeTable(historyCard, m_historyModel, QStringLiteral("killSwitchHistoryTable"));
    {
        QHeaderView* h = m_historyView->horizontalHeader();
        h->setSectionResizeMode(KillSwitchHistoryModel::TimeColumn, QHeaderView::ResizeToContents);
        h->setSectionResizeMode(KillSwitchHistoryModel::KindColumn, QHeaderView::ResizeToContents);
        h->setSectionResizeMode(KillSwitchHistoryModel::TriggerColumn,
                                QHeaderView::ResizeToContents);
        h->setSectionResizeMode(KillSwitchHistoryModel::DetailColumn, QHeaderView::Stretch);
    }
    m_historyView->setFixedHeight(m_triggerView->height());
    historyCard->layout()->addWidget(m_historyView);
    bottom->addWidget(historyCard, 9);
    // Follow the log when it grows, unless the operator scrolled up to read older entries.
    connect(m_historyModel, &QAbstractItemModel::rowsInserted, this, [this] {
        QScrollBar* bar = m_historyView->verticalScrollBar();
        if (bar->value() >= bar->maximum() - 1)
            m_historyView->scrollToBottom();
    });

    setSnapshot(EngineSnapshot{});
}

void RiskDashboardTab::setSnapshot(const EngineSnapshot& snapshot) {
    updateKillSwitch(snapshot);
    updateCards(snapshot);

    m_tickerModel->setExposures(snapshot.tickerExposure);
    m_sectorModel->setExposures(snapshot.sectorExposure);
    const auto titled = [](const QString& base, const QList<ExposureView>& rows) {
        return rows.isEmpty() ? base
                              : tr("%1 · limit %2 of equity")
                                    .arg(base, display::percent(rows.first().limit, 0));
    };
    const QString tickerTitle = titled(tr("Exposure by ticker"), snapshot.tickerExposure);
    if (m_tickerTitle->text() != tickerTitle)
        m_tickerTitle->setText(tickerTitle);
    const QString sectorTitle = titled(tr("Exposure by sector"), snapshot.sectorExposure);
    if (m_sectorTitle->text() != sectorTitle)
        m_sectorTitle->setText(sectorTitle);

    std::optional<KillTrigger> trippedBy;
    if (snapshot.killSwitchTripped && snapshot.activeTrip)
        trippedBy = snapshot.activeTrip->trigger;
    m_triggerModel->setTriggers(snapshot.killSwitchTriggers, trippedBy);
    m_historyModel->setHistory(snapshot.killSwitchHistory);

    m_chart->setSession(snapshot.session.openMs, snapshot.session.closeMs);
    m_chart->setLossLimit(-snapshot.startOfDayEquity.scaled(snapshot.dailyLossLimit));
    m_chart->setCurve(snapshot.pnlCurve);
}

void RiskDashboardTab::updateKillSwitch(const EngineSnapshot& snapshot) {
    const bool tripped = snapshot.killSwitchTripped;
    const int style = tripped ? Tripped : Armed;
    if (style != m_killStyle) {
        m_killStyle = style;
        const QString accent = tripped ? QStringLiteral("#c62828") : QStringLiteral("#2e7d32");
        const QString tint = tripped ? QStringLiteral("#fdecea") : QStringLiteral("#e8f5e9");
        m_killPanel->setStyleSheet(
            QStringLiteral("QFrame#killSwitchPanel{background:%1;border:1px solid %2;"
                           "border-radius:6px}"
                           "QLabel#killSwitchState{background:%2;color:white;border-radius:4px;"
                           "padding:6px 14px}"
                           "QLabel#killSwitchReason{color:%3}")
                .arg(tint, accent, tripped ? accent : QStringLiteral("#1f2a33")));
        m_killState->setText(tripped ? tr("TRIPPED") : tr("ARMED"));
        m_killState->setToolTip(tripped ? tr("Entries are halted until an operator resets the "
                                             "kill switch")
                                        : tr("Trading is allowed; the kill switch trips on any "
                                             "of its five triggers"));
    }

    QString reason;
    QString when;
    QString detail;
    if (tripped) {
        if (snapshot.activeTrip) {
            const KillSwitchTrip& trip = *snapshot.activeTrip;
            reason = KillSwitchTriggerModel::triggerName(trip.trigger);
            // A trip from an earlier day (the switch survives restarts) shows its date too.
            const QTimeZone ny = MarketCalendar::newYork();
            const bool sameDay = QDateTime::fromMSecsSinceEpoch(trip.atMs, ny).date() ==
                                 QDateTime::fromMSecsSinceEpoch(snapshot.nowMs, ny).date();
            when = tr("since %1 ET")
                       .arg(sameDay ? display::nyTime(trip.atMs) : display::nyDateTime(trip.atMs));
            detail = trip.detail;
        } else {
            reason = tr("Tripped");
        }
        if (detail.isEmpty())
            detail = tr("Entries are halted until an operator resets the switch");
    } else {
        QStringList firing;
        for (const KillSwitchTriggerView& t : snapshot.killSwitchTriggers) {
            if (t.firing)
                firing << KillSwitchTriggerModel::triggerName(t.trigger);
        }
        reason = firing.isEmpty()
                     ? tr("Trading allowed")
                     : tr("Trading allowed · firing: %1").arg(firing.join(QStringLiteral(", ")));
        // The closest trigger tells the operator how much room is left.
        const KillSwitchTriggerView* closest = nullptr;
        for (const KillSwitchTriggerView& t : snapshot.killSwitchTriggers) {
            if (t.trigger != KillTrigger::Manual && (!closest || t.usage > closest->usage))
                closest = &t;
        }
        detail = closest && closest->usage > 0.0
                     ? tr("Closest trigger: %1 at %2 of its limit")
                           .arg(KillSwitchTriggerModel::triggerName(closest->trigger),
                                display::percent(closest->usage, 0))
                     : tr("All triggers clear");
    }
    if (m_killTime->text() != when)
        m_killTime->setText(when);
    if (m_killReason->text() != reason)
        m_killReason->setText(reason);
    if (m_killDetail->text() != detail) {
        m_killDetail->setText(detail);
        m_killDetail->setToolTip(detail);
    }
}

void RiskDashboardTab::updateCards(const EngineSnapshot& snapshot) {
    // Day P&L.
    const QString pnl = display::signedMoney(snapshot.dayPnl);
    if (m_dayPnl->text() != pnl)
        m_dayPnl->setText(pnl);
    setStyleIfChanged(
        m_dayPnl,
        colorStyle(snapshot.dayPnl.isZero() ? QColor() : display::pnlColor(snapshot.dayPnl)));
    const double start = snapshot.startOfDayEquity.toDouble();
    const QString pnlDetail =
        start > 0.0 ? tr("%1 · start of day %2")
                          .arg(display::percent(snapshot.dayPnl.toDouble() / start, 2, true),
                               display::money(snapshot.startOfDayEquity))
                    : tr("Start of day equity not known yet");
    if (m_dayPnlDetail->text() != pnlDetail)
        m_dayPnlDetail->setText(pnlDetail);

    // Daily loss against its limit.
    m_dailyLossBar->setValues(snapshot.dailyLossFraction, snapshot.dailyLossLimit);
    const LimitBar::Level lossLevel = m_dailyLossBar->level();
    const QString loss = display::percent(snapshot.dailyLossFraction);
    if (m_dailyLoss->text() != loss)
        m_dailyLoss->setText(loss);
    setStyleIfChanged(m_dailyLoss, lossLevel == LimitBar::Level::Normal
                                       ? QString()
                                       : colorStyle(LimitBar::levelColor(lossLevel)));
    m_dailyLossBar->setText(tr("limit %1").arg(display::percent(snapshot.dailyLossLimit, 0)));
    const QString lossTip =
        tr("Loss today %1 of start of day equity; the kill switch trips beyond %2")
            .arg(loss, display::percent(snapshot.dailyLossLimit, 0));
    if (m_dailyLossBar->toolTip() != lossTip)
        m_dailyLossBar->setToolTip(lossTip);

    // Open positions against the maximum: the limit is the end of the bar.
    m_positionsBar->setValues(snapshot.openPositions, snapshot.maxOpenPositions,
                              snapshot.maxOpenPositions);
    const LimitBar::Level posLevel = m_positionsBar->level();
    const QString positions =
        tr("%1 / %2").arg(snapshot.openPositions).arg(snapshot.maxOpenPositions);
    if (m_positions->text() != positions)
        m_positions->setText(positions);
    setStyleIfChanged(m_positions, posLevel == LimitBar::Level::Normal
                                       ? QString()
                                       : colorStyle(LimitBar::levelColor(posLevel)));
    const int free = std::max(0, snapshot.maxOpenPositions - snapshot.openPositions);
    const QString positionsDetail = free > 0 ? tr("%1 free").arg(free) : tr("no new entries");
    if (m_positionsDetail->text() != positionsDetail)
        m_positionsDetail->setText(positionsDetail);
}

} // namespace axion
