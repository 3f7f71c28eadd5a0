#include "tabs/ActivePositionsTab.h"

#include "charts/PositionChart.h"
#include "dialogs/MoveStopDialog.h"
#include "format/DisplayFormat.h"
#include "models/PositionsModel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace axion {

namespace {

QString sideText(Direction direction) {
    return direction == Direction::Long ? ActivePositionsTab::tr("long")
                                        : ActivePositionsTab::tr("short");
}

} // namespace

ActivePositionsTab::ActivePositionsTab(QWidget* parent)
    : QWidget(parent) {
    m_model = new PositionsModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(PositionsModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setDynamicSortFilter(true);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("positionsTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PositionsModel::TickerColumn, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    initColumnWidths();

    m_chart = new PositionChart(this);
    m_chart->setObjectName(QStringLiteral("positionChart"));

    // Shortcuts work anywhere in the tab (table or chart) but not in the other tabs.
    m_moveStopAction = new QAction(tr("Move stop…"), this);
    m_moveStopAction->setObjectName(QStringLiteral("moveStopAction"));
    m_moveStopAction->setShortcut(QKeySequence(Qt::Key_F2));
    m_moveStopAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_moveStopAction->setToolTip(tr("Move the protective stop of the selected position (F2)"));
    m_closeAction = new QAction(tr("Close position…"), this);
    m_closeAction->setObjectName(QStringLiteral("closePositionAction"));
    m_closeAction->setShortcut(QKeySequence(Qt::Key_Delete));
    m_closeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_closeAction->setToolTip(tr("Close the selected position at market (Del)"));
    addAction(m_moveStopAction);
    addAction(m_closeAction);
    connect(m_moveStopAction, &QAction::triggered, this, &ActivePositionsTab::onMoveStopTriggered);
    connect(m_closeAction, &QAction::triggered, this, &ActivePositionsTab::onCloseTriggered);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("positionsSummary"));
    m_summary->setTextFormat(Qt::RichText);

    auto* moveButton = new QToolButton(this);
    moveButton->setObjectName(QStringLiteral("moveStopButton"));
    moveButton->setDefaultAction(m_moveStopAction);
    moveButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* closeButton = new QToolButton(this);
    closeButton->setObjectName(QStringLiteral("closePositionButton"));
    closeButton->setDefaultAction(m_closeAction);
    closeButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // Closing is the one irreversible action here: it looks like one.
    closeButton->setStyleSheet(QStringLiteral("QToolButton:enabled { color: #c62828; }"));

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(4, 0, 4, 0);
    bar->addWidget(m_summary, 1);
    bar->addWidget(moveButton);
    bar->addWidget(closeButton);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("positionsSplitter"));
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_chart);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({190, 560});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addLayout(bar);
    layout->addWidget(m_splitter, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ActivePositionsTab::onSelectionChanged);
    connect(m_table, &QTableView::customContextMenuRequested, this,
            &ActivePositionsTab::onContextMenu);

    m_chart->clear(tr("No open positions"));
    updateActions();
    updateSummary();
}

ActivePositionsTab::~ActivePositionsTab() = default;

void ActivePositionsTab::initColumnWidths() {
    // Fixed widths from sample text: resizing to contents at 30 snapshots a second would make the
    // columns twitch as the numbers change.
    const QFontMetrics fm(m_table->font());
    const QFontMetrics headerFm(m_table->horizontalHeader()->font());
    const QString samples[PositionsModel::ColumnCount] = {
        QStringLiteral("WWWWW"),    QStringLiteral("Short"),         QStringLiteral("100,000"),
        QStringLiteral("1,234.56"), QStringLiteral("1,234.56"),      QStringLiteral("1,234.56"),
        QStringLiteral("1,234.56"), QStringLiteral("+$12,345.67"),   QStringLiteral("+12.34 %"),
        QStringLiteral("+10.5R"),   QStringLiteral("12h 05m"),       QStringLiteral("Swing"),
        QStringLiteral("Alpaca"),   QStringLiteral("sig-0000000000")};
    for (int column = 0; column < PositionsModel::ColumnCount; ++column) {
        const QString header = m_model->headerData(column, Qt::Horizontal).toString();
        // Room for the sort arrow next to the header text.
        const int width = std::max(fm.horizontalAdvance(samples[column]),
                                   headerFm.horizontalAdvance(header) + 18) +
                          18;
        m_table->setColumnWidth(column, width);
    }
}

void ActivePositionsTab::setSnapshot(const EngineSnapshot& snapshot) {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (!rows.isEmpty())
        m_lastSelectedRow = rows.first().row();

    m_updating = true;
    m_model->setPositions(snapshot.positions, snapshot.nowMs);
    m_updating = false;

    syncSelection();
    updateSummary();

    // An open Move stop dialog validates against the newest price, not the one it opened with.
    if (m_moveStopDialog) {
        if (const auto p = m_model->position(m_moveStopDialog->ticker()))
            m_moveStopDialog->setCurrentPrice(p->lastPrice);
    }
    showPositionLevels();
}

void ActivePositionsTab::setChart(const ChartSnapshot& chart) {
    // A late answer for a position that is no longer selected must not replace the chart.
    if (chart.ticker.isEmpty() || chart.ticker != m_chartTicker)
        return;
    m_chart->setChart(chart);
    showPositionLevels();
}

void ActivePositionsTab::showPositionLevels() {
    // The stop trails between bars: the chart's lines follow the position, which is fresher
    // than the levels the chart was drawn with.
    if (m_chartTicker.isEmpty() || !m_chart->hasChart())
        return;
    if (const auto p = m_model->position(m_chartTicker)) {
        m_chart->setLevels(p->averageEntry.toDouble(),
                           p->stopLoss.isZero() ? std::nullopt
                                                : std::optional(p->stopLoss.toDouble()),
                           p->target ? std::optional(p->target->toDouble()) : std::nullopt);
        m_chart->setEntryMarker(p->entryTimeMs, p->direction);
    }
}

QString ActivePositionsTab::selectedTicker() const {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return rows.first().data(PositionsModel::TickerRole).toString();
}

bool ActivePositionsTab::selectTicker(const QString& ticker) {
    const int row = m_model->rowOf(ticker);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

void ActivePositionsTab::onSelectionChanged() {
    // Rows vanishing inside a snapshot update deselect them; setSnapshot decides what comes next.
    if (m_updating)
        return;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (!rows.isEmpty())
        m_lastSelectedRow = rows.first().row();
    syncSelection();
}

void ActivePositionsTab::syncSelection() {
    QString ticker = selectedTicker();
    const int rowCount = m_proxy->rowCount();
    // The selected position closed (or this is the first position): keep a chart on screen by
    // selecting the row that took its place, or the first one.
    const bool lostSelection = !m_chartTicker.isEmpty() && m_model->rowOf(m_chartTicker) < 0;
    if (ticker.isEmpty() && rowCount > 0 && (lostSelection || m_lastSelectedRow < 0)) {
        const int row = std::clamp(m_lastSelectedRow, 0, rowCount - 1);
        const QModelIndex index = m_proxy->index(row, 0);
        m_updating = true; // one sync below is enough
        m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
        m_updating = false;
        m_lastSelectedRow = row;
        ticker = selectedTicker();
    }

    if (ticker != m_chartTicker) {
        m_chartTicker = ticker;
        if (ticker.isEmpty()) {
            m_chart->clear(rowCount == 0 ? tr("No open positions") : QString());
        } else {
            m_chart->clear(tr("Loading the %1 chart…").arg(ticker));
            Q_EMIT chartRequested(ticker);
        }
    }
    updateActions();
}

void ActivePositionsTab::onCloseTriggered() {
    const QString ticker = selectedTicker();
    const auto position = m_model->position(ticker);
    if (!position)
        return;
    if (m_confirm) {
        QMessageBox box(
            QMessageBox::Warning, tr("Close position"),
            tr("Close %1 %2 shares of %3 at market?")
                .arg(sideText(position->direction), display::shares(position->shares), ticker),
            QMessageBox::Yes | QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("closeConfirmation"));
        box.setInformativeText(
            tr("Unrealized P&L %1 (%2). The exit order goes to %3.")
                .arg(display::signedMoney(position->unrealizedPnl()),
                     display::rMultiple(position->rMultiple(position->lastPrice)),
                     position->broker));
        box.button(QMessageBox::Yes)->setText(tr("Close position"));
        // A stray Enter must not liquidate a position.
        box.setDefaultButton(QMessageBox::Cancel);
        if (box.exec() != QMessageBox::Yes)
            return;
        // It may have closed on its own while the question was open.
        if (m_model->rowOf(ticker) < 0)
            return;
    }
    Q_EMIT closePositionRequested(ticker);
}

void ActivePositionsTab::onMoveStopTriggered() {
    const QString ticker = selectedTicker();
    const auto position = m_model->position(ticker);
    if (!position)
        return;
    MoveStopDialog dialog(*position, this);
    m_moveStopDialog = &dialog;
    const int result = dialog.exec();
    m_moveStopDialog.clear();
    if (result != QDialog::Accepted)
        return;
    const auto now = m_model->position(ticker);
    if (!now)
        return; // closed while the dialog was open
    const Price stop = dialog.stop();
    if (!MoveStopDialog::validationError(now->direction, now->lastPrice, stop).isEmpty())
        return;
    if (stop == now->stopLoss)
        return; // nothing to replace at the broker
    Q_EMIT moveStopRequested(ticker, stop);
}

void ActivePositionsTab::onContextMenu(const QPoint& pos) {
    const QModelIndex index = m_table->indexAt(pos);
    if (!index.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    QMenu menu(this);
    menu.addAction(m_moveStopAction);
    menu.addSeparator();
    menu.addAction(m_closeAction);
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void ActivePositionsTab::updateActions() {
    const bool selected = !selectedTicker().isEmpty();
    m_closeAction->setEnabled(selected);
    m_moveStopAction->setEnabled(selected);
}

void ActivePositionsTab::updateSummary() {
    const int count = m_model->rowCount();
    if (count == 0) {
        m_summary->setText(tr("No open positions"));
        return;
    }
    int longs = 0;
    Money exposure;
    Money unrealized;
    for (int row = 0; row < count; ++row) {
        const Position* p = m_model->positionAt(row);
        longs += p->direction == Direction::Long ? 1 : 0;
        exposure += p->marketValue();
        unrealized += p->unrealizedPnl();
    }
    m_summary->setText(
        QStringLiteral("<b>%1</b>")
            .arg(count == 1 ? tr("1 open position") : tr("%1 open positions").arg(count)) +
        QStringLiteral("&nbsp;&nbsp;<span style='color:gray'>%1</span>&nbsp;&nbsp;")
            .arg(tr("%1 long, %2 short").arg(longs).arg(count - longs)) +
        tr("Exposure %1").arg(display::money(exposure)) + QStringLiteral("&nbsp;&nbsp;&nbsp;") +
        tr("Unrealized %1")
            .arg(QStringLiteral("<b style='color:%1'>%2</b>")
                     .arg(display::pnlColor(unrealized).name(), display::signedMoney(unrealized))));
}

} // namespace axion
