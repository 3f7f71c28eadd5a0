#include "tabs/OrderBookTab.h"

#include "models/FillsModel.h"
#include "models/OrderFilterProxy.h"
#include "models/OrdersModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace axion {

namespace {

// Widest text a column usually holds, so the first paint is already readable without measuring
// every cell (ResizeToContents would re-measure all rows at 30 Hz).
QString sampleText(OrdersModel::Column column) {
    using C = OrdersModel::Column;
    switch (column) {
    case C::ClientOrderId:
        return QStringLiteral("sig-9f3a1c2b7d4e8f60-entry");
    case C::Ticker:
        return QStringLiteral("GOOGL");
    case C::Leg:
        return QStringLiteral("Scale-in");
    case C::Side:
        return QStringLiteral("Sell");
    case C::Type:
        return QStringLiteral("Market"); // the executor places no stop-limit orders
    case C::Quantity:
    case C::Filled:
    case C::Remaining:
        return QStringLiteral("12,500");
    case C::AvgFillPrice:
    case C::LimitPrice:
    case C::StopPrice:
        return QStringLiteral("1,234.56");
    case C::TimeInForce:
        return QStringLiteral("GTC");
    case C::State:
        return QStringLiteral("Cancel pending");
    case C::Broker:
        return QStringLiteral("Alpaca");
    case C::Age:
        return QStringLiteral("12m 30s");
    case C::Created:
    case C::Updated:
        return QStringLiteral("14:31:05");
    case C::Message:
        return QString(); // last column: stretches over whatever room is left
    }
    return {};
}

QString sampleText(FillsModel::Column column) {
    using C = FillsModel::Column;
    switch (column) {
    case C::Time:
        return QStringLiteral("14:31:05");
    case C::Ticker:
        return QStringLiteral("GOOGL");
    case C::Side:
        return QStringLiteral("Sell");
    case C::Quantity:
        return QStringLiteral("12,500");
    case C::Price:
        return QStringLiteral("1,234.56");
    case C::Value:
        return QStringLiteral("$1,234,567.00");
    case C::ClientOrderId:
        return QStringLiteral("sig-9f3a1c2b7d4e8f60-entry");
    case C::ExecutionId:
        return QStringLiteral("7c1f188d-5be2-4d3a-9e61-0b4d2f016843"); // Alpaca: a UUID
    case C::Broker:
        return QStringLiteral("Alpaca");
    }
    return {};
}

// Width for a column: its header or its sample, whichever is wider, plus room for the padding
// and the sort arrow.
int columnWidth(const QTableView* view, int section, const QString& sample) {
    const QFontMetrics cellMetrics(view->font());
    QFont bold = view->font();
    bold.setBold(true); // the widest cells (ticker, state) are bold
    const QFontMetrics boldMetrics(bold);
    const QString header =
        view->model()->headerData(section, Qt::Horizontal, Qt::DisplayRole).toString();
    const int text =
        std::max(boldMetrics.horizontalAdvance(sample), cellMetrics.horizontalAdvance(sample));
    const int head = view->horizontalHeader()->fontMetrics().horizontalAdvance(header) + 16;
    return std::max(text + 14, head);
}

void configureTable(QTableView* view) {
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideMiddle); // ids differ at both ends: keep both
    view->setCornerButtonEnabled(false);
    view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    QHeaderView* header = view->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionsMovable(true);
    header->setSortIndicatorClearable(true);
    header->setMinimumSectionSize(36);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    // A light grid keeps rows of the same state tint apart without the heavy default lines.
    view->setStyleSheet(QStringLiteral("QTableView { gridline-color: #dde1e6; }"));
}

QLabel* makeTitle(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    label->setFont(font);
    return label;
}

QLabel* makeCountBadge(QWidget* parent) {
    auto* badge = new QLabel(parent);
    badge->setStyleSheet(QStringLiteral("QLabel { background: #e3f0fc; color: #1f4e79; "
                                        "border-radius: 8px; padding: 1px 8px; }"));
    return badge;
}

} // namespace

OrderBookTab::OrderBookTab(QWidget* parent)
    : QWidget(parent) {
    m_workingModel = new OrdersModel(OrdersModel::workingColumns(), this);
    m_workingProxy = new OrderFilterProxy(this);
    m_workingProxy->setObjectName(QStringLiteral("workingOrdersProxy"));
    m_workingProxy->setSourceModel(m_workingModel);

    m_historyModel = new OrdersModel(OrdersModel::historyColumns(), this);
    m_historyProxy = new OrderFilterProxy(this);
    m_historyProxy->setObjectName(QStringLiteral("orderHistoryProxy"));
    m_historyProxy->setSourceModel(m_historyModel);

    m_fillsModel = new FillsModel(this);
    m_fillsProxy = new QSortFilterProxyModel(this);
    m_fillsProxy->setObjectName(QStringLiteral("fillsProxy"));
    m_fillsProxy->setSourceModel(m_fillsModel);
    m_fillsProxy->setSortRole(FillsModel::SortRole);
    m_fillsProxy->setDynamicSortFilter(true);

    m_lowerTabs = new QTabWidget(this);
    m_lowerTabs->setObjectName(QStringLiteral("orderBookLowerTabs"));
    m_lowerTabs->setDocumentMode(true);
    m_lowerTabs->addTab(buildHistoryPanel(), QString());
    m_lowerTabs->addTab(buildFillsPanel(), QString());

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("orderBookSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(buildWorkingPanel());
    splitter->addWidget(m_lowerTabs);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    // At 1280x800 the working list shows about ten orders and the history most of a screen.
    splitter->setSizes({300, 440});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(splitter);

    updateCounts();
    onWorkingSelectionChanged();
}

QWidget* OrderBookTab::buildWorkingPanel() {
    auto* panel = new QWidget(this);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->setSpacing(4);

    m_workingCount = makeCountBadge(panel);
    m_workingCount->setObjectName(QStringLiteral("workingOrdersCount"));

    m_cancelAction = new QAction(tr("Cancel order"), this);
    m_cancelAction->setShortcut(QKeySequence::Delete);
    m_cancelAction->setShortcutVisibleInContextMenu(true);
    connect(m_cancelAction, &QAction::triggered, this, &OrderBookTab::onCancelSelected);

    m_cancelButton = new QPushButton(tr("Cancel order"), panel);
    m_cancelButton->setObjectName(QStringLiteral("cancelOrdersButton"));
    m_cancelButton->setIcon(style()->standardIcon(QStyle::SP_DialogCancelButton));
    m_cancelButton->setToolTip(tr("Ask the broker to cancel the selected orders (Delete)"));
    connect(m_cancelButton, &QPushButton::clicked, this, &OrderBookTab::onCancelSelected);

    auto* header = new QHBoxLayout;
    header->setContentsMargins(2, 0, 2, 0);
    header->addWidget(makeTitle(tr("Working orders"), panel));
    header->addWidget(m_workingCount);
    header->addStretch(1);
    auto* hint = new QLabel(tr("Select orders and press Delete to cancel"), panel);
    hint->setStyleSheet(QStringLiteral("QLabel { color: #6a7078; }"));
    header->addWidget(hint);
    header->addSpacing(8);
    header->addWidget(m_cancelButton);
    layout->addLayout(header);

    m_workingView = new QTableView(panel);
    m_workingView->setObjectName(QStringLiteral("workingOrdersView"));
    m_workingView->setModel(m_workingProxy);
    configureTable(m_workingView);
    // Oldest first, as the engine lists them: a bracket's entry, stop and target stay together.
    // A click on a header sorts; a third click returns to this order.
    m_workingView->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_workingView->setSortingEnabled(true);
    const auto& columns = m_workingModel->columns();
    for (int c = 0; c < columns.size(); ++c)
        m_workingView->setColumnWidth(c, columnWidth(m_workingView, c, sampleText(columns[c])));
    m_workingView->horizontalHeader()->setStretchLastSection(true);
    m_workingView->installEventFilter(this);
    connect(m_workingView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OrderBookTab::onWorkingSelectionChanged);
    connect(m_workingView, &QWidget::customContextMenuRequested, this,
            &OrderBookTab::onWorkingContextMenu);
    layout->addWidget(m_workingView, 1);
    return panel;
}

QWidget* OrderBookTab::buildHistoryPanel() {
    auto* panel = new QWidget(this);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->setSpacing(4);

    m_stateFilter = new QComboBox(panel);
    m_stateFilter->setObjectName(QStringLiteral("historyStateFilter"));
    for (auto f :
         {OrderFilterProxy::StateFilter::All, OrderFilterProxy::StateFilter::Working,
          OrderFilterProxy::StateFilter::Filled, OrderFilterProxy::StateFilter::PartiallyFilled,
          OrderFilterProxy::StateFilter::Cancelled, OrderFilterProxy::StateFilter::Expired,
          OrderFilterProxy::StateFilter::Rejected, OrderFilterProxy::StateFilter::Unknown})
        m_stateFilter->addItem(OrderFilterProxy::stateFilterLabel(f), static_cast<int>(f));

    m_tickerFilter = new QLineEdit(panel);
    m_tickerFilter->setObjectName(QStringLiteral("historyTickerFilter"));
    m_tickerFilter->setPlaceholderText(tr("Ticker"));
    m_tickerFilter->setClearButtonEnabled(true);
    m_tickerFilter->setMaximumWidth(140);

    m_legFilter = new QComboBox(panel);
    m_legFilter->setObjectName(QStringLiteral("historyLegFilter"));
    m_legFilter->addItem(tr("All legs"), -1);
    for (auto leg :
         {OrderLeg::Entry, OrderLeg::Scale, OrderLeg::Stop, OrderLeg::Target, OrderLeg::Exit})
        m_legFilter->addItem(OrdersModel::legLabel(leg), static_cast<int>(leg));

    m_sideFilter = new QComboBox(panel);
    m_sideFilter->setObjectName(QStringLiteral("historySideFilter"));
    m_sideFilter->addItem(tr("Buy and sell"), -1);
    m_sideFilter->addItem(OrdersModel::sideLabel(OrderSide::Buy), static_cast<int>(OrderSide::Buy));
    m_sideFilter->addItem(OrdersModel::sideLabel(OrderSide::Sell),
                          static_cast<int>(OrderSide::Sell));

    m_clearFilters = new QToolButton(panel);
    m_clearFilters->setObjectName(QStringLiteral("historyClearFilters"));
    m_clearFilters->setText(tr("Clear filters"));
    m_clearFilters->setAutoRaise(true);

    m_historyCount = new QLabel(panel);
    m_historyCount->setObjectName(QStringLiteral("historyCount"));
    m_historyCount->setStyleSheet(QStringLiteral("QLabel { color: #6a7078; }"));

    auto* filters = new QHBoxLayout;
    filters->setContentsMargins(2, 0, 2, 0);
    filters->addWidget(new QLabel(tr("Show:"), panel));
    filters->addWidget(m_stateFilter);
    filters->addWidget(m_tickerFilter);
    filters->addWidget(m_legFilter);
    filters->addWidget(m_sideFilter);
    filters->addWidget(m_clearFilters);
    filters->addStretch(1);
    filters->addWidget(m_historyCount);
    layout->addLayout(filters);

    connect(m_stateFilter, &QComboBox::currentIndexChanged, this,
            &OrderBookTab::onHistoryFilterChanged);
    connect(m_legFilter, &QComboBox::currentIndexChanged, this,
            &OrderBookTab::onHistoryFilterChanged);
    connect(m_sideFilter, &QComboBox::currentIndexChanged, this,
            &OrderBookTab::onHistoryFilterChanged);
    connect(m_tickerFilter, &QLineEdit::textChanged, this, &OrderBookTab::onHistoryFilterChanged);
    connect(m_clearFilters, &QToolButton::clicked, this, &OrderBookTab::onClearHistoryFilters);

    m_historyView = new QTableView(panel);
    m_historyView->setObjectName(QStringLiteral("orderHistoryView"));
    m_historyView->setModel(m_historyProxy);
    configureTable(m_historyView);
    m_historyView->setSortingEnabled(true);
    const auto& columns = m_historyModel->columns();
    for (int c = 0; c < columns.size(); ++c)
        m_historyView->setColumnWidth(c, columnWidth(m_historyView, c, sampleText(columns[c])));
    m_historyView->horizontalHeader()->setStretchLastSection(true);
    // Newest first: the order that just changed is the one a trader looks for.
    m_historyView->sortByColumn(m_historyModel->columnOf(OrdersModel::Column::Created),
                                Qt::DescendingOrder);
    connect(m_historyView, &QWidget::customContextMenuRequested, this,
            &OrderBookTab::onHistoryContextMenu);
    layout->addWidget(m_historyView, 1);
    return panel;
}

QWidget* OrderBookTab::buildFillsPanel() {
    auto* panel = new QWidget(this);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 6, 0, 0);
    m_fillsView = new QTableView(panel);
    m_fillsView->setObjectName(QStringLiteral("recentFillsView"));
    m_fillsView->setModel(m_fillsProxy);
    configureTable(m_fillsView);
    m_fillsView->setContextMenuPolicy(Qt::DefaultContextMenu);
    m_fillsView->setAlternatingRowColors(true);
    m_fillsView->setSortingEnabled(true);
    for (int c = 0; c < FillsModel::kColumnCount; ++c) {
        m_fillsView->setColumnWidth(
            c, columnWidth(m_fillsView, c, sampleText(static_cast<FillsModel::Column>(c))));
    }
    m_fillsView->horizontalHeader()->setStretchLastSection(true);
    m_fillsView->sortByColumn(static_cast<int>(FillsModel::Column::Time), Qt::DescendingOrder);
    layout->addWidget(m_fillsView, 1);
    return panel;
}

void OrderBookTab::setSnapshot(const EngineSnapshot& snapshot) {
    m_openPositionTickers.clear();
    for (const Position& position : snapshot.positions) {
        if (position.shares > 0)
            m_openPositionTickers.insert(position.ticker);
    }
    m_workingModel->setOrders(snapshot.workingOrders, snapshot.nowMs);
    m_historyModel->setOrders(snapshot.orderHistory, snapshot.nowMs);
    m_fillsModel->setFills(snapshot.recentFills);
    updateCounts();
    // Rows can leave the working list without a selection change signal reaching the button.
    onWorkingSelectionChanged();
}

void OrderBookTab::updateCounts() {
    const int working = m_workingModel->rowCount();
    m_workingCount->setText(QString::number(working));

    const int total = m_historyModel->rowCount();
    const int shown = m_historyProxy->rowCount();
    // Spelled out rather than "%n order(s)": the source language has no translation file to
    // supply the English plural.
    QString historyText;
    if (m_historyProxy->isFiltering())
        historyText = tr("Showing %1 of %2 orders").arg(shown).arg(total);
    else
        historyText = total == 1 ? tr("1 order") : tr("%1 orders").arg(total);
    if (m_historyCount->text() != historyText)
        m_historyCount->setText(historyText);
    m_clearFilters->setEnabled(m_historyProxy->isFiltering());

    const QString historyTab = tr("Order history (%1)").arg(total);
    if (m_lowerTabs->tabText(0) != historyTab)
        m_lowerTabs->setTabText(0, historyTab);
    const QString fillsTab = tr("Recent fills (%1)").arg(m_fillsModel->rowCount());
    if (m_lowerTabs->tabText(1) != fillsTab)
        m_lowerTabs->setTabText(1, fillsTab);
}

QList<OrderRecord> OrderBookTab::selectedWorkingOrders() const {
    QModelIndexList selected = m_workingView->selectionModel()->selectedRows();
    // Top to bottom as shown, so the requests go out in the order the trader sees them.
    std::sort(selected.begin(), selected.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QList<OrderRecord> orders;
    orders.reserve(selected.size());
    for (const QModelIndex& proxyIndex : std::as_const(selected)) {
        const QModelIndex source = m_workingProxy->mapToSource(proxyIndex);
        if (const OrderRecord* record = m_workingModel->rowAt(source.row()))
            orders.append(*record);
    }
    return orders;
}

QStringList OrderBookTab::tickersLeftUnprotected(const QList<OrderRecord>& orders) const {
    QSet<QString> cancelling;
    for (const OrderRecord& record : orders)
        cancelling.insert(record.order.clientOrderId);

    QStringList tickers;
    for (const OrderRecord& record : orders) {
        const QString& ticker = record.order.ticker;
        if (record.order.leg != OrderLeg::Stop || !m_openPositionTickers.contains(ticker) ||
            tickers.contains(ticker))
            continue;
        // Another live stop for the ticker (a replacement placed before the old one is
        // cancelled) still protects the position.
        bool otherStop = false;
        for (const OrderRecord& other : m_workingModel->rows()) {
            if (other.order.ticker == ticker && other.order.leg == OrderLeg::Stop &&
                other.state != OrderState::CancelPending &&
                !cancelling.contains(other.order.clientOrderId)) {
                otherStop = true;
                break;
            }
        }
        if (!otherStop)
            tickers.append(ticker);
    }
    return tickers;
}

void OrderBookTab::onCancelSelected() {
    // Copies: the confirmation below runs an event loop in which new snapshots arrive.
    const QList<OrderRecord> orders = selectedWorkingOrders();
    if (orders.isEmpty())
        return;

    const QStringList unprotected = tickersLeftUnprotected(orders);
    if (!unprotected.isEmpty()) {
        QMessageBox box(QMessageBox::Warning, tr("Cancel protective stop?"),
                        tr("Cancelling the protective stop of %1 leaves the position "
                           "unprotected.")
                            .arg(unprotected.join(QStringLiteral(", "))),
                        QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("confirmUnprotectedCancel"));
        box.setInformativeText(tr("The shares stay open with no stop at the broker until a new "
                                  "stop is placed. Cancel the stop anyway?"));
        QPushButton* confirm = box.addButton(tr("Cancel stop"), QMessageBox::DestructiveRole);
        confirm->setObjectName(QStringLiteral("confirmButton"));
        QPushButton* keep = box.addButton(tr("Keep stop"), QMessageBox::RejectRole);
        keep->setObjectName(QStringLiteral("keepButton"));
        box.setDefaultButton(keep);
        box.setEscapeButton(keep);
        box.exec();
        if (box.clickedButton() != confirm)
            return;
    }
    for (const OrderRecord& record : orders)
        Q_EMIT cancelOrderRequested(record.order.clientOrderId);
}

void OrderBookTab::onWorkingSelectionChanged() {
    const int count = static_cast<int>(m_workingView->selectionModel()->selectedRows().size());
    const QString text = count > 1 ? tr("Cancel %n orders", nullptr, count) : tr("Cancel order");
    m_cancelButton->setEnabled(count > 0);
    m_cancelAction->setEnabled(count > 0);
    if (m_cancelButton->text() != text) {
        m_cancelButton->setText(text);
        m_cancelAction->setText(text);
    }
}

bool OrderBookTab::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_workingView && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Delete) || key->key() == Qt::Key_Delete) {
            onCancelSelected();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void OrderBookTab::copyClientOrderIds(const QTableView* view,
                                      const QSortFilterProxyModel* proxy) const {
    QStringList ids;
    const QModelIndexList selected = view->selectionModel()->selectedRows();
    for (const QModelIndex& index : selected)
        ids.append(proxy->data(index, OrdersModel::ClientOrderIdRole).toString());
    if (!ids.isEmpty())
        QApplication::clipboard()->setText(ids.join(QLatin1Char('\n')));
}

void OrderBookTab::onWorkingContextMenu(const QPoint& pos) {
    if (m_workingView->selectionModel()->selectedRows().isEmpty())
        return;
    QMenu menu(this);
    menu.addAction(m_cancelAction);
    menu.addSeparator();
    menu.addAction(tr("Copy client order id"), this,
                   [this] { copyClientOrderIds(m_workingView, m_workingProxy); });
    menu.exec(m_workingView->viewport()->mapToGlobal(pos));
}

void OrderBookTab::onHistoryContextMenu(const QPoint& pos) {
    if (m_historyView->selectionModel()->selectedRows().isEmpty())
        return;
    QMenu menu(this);
    menu.addAction(tr("Copy client order id"), this,
                   [this] { copyClientOrderIds(m_historyView, m_historyProxy); });
    menu.exec(m_historyView->viewport()->mapToGlobal(pos));
}

void OrderBookTab::onHistoryFilterChanged() {
    m_historyProxy->setStateFilter(
        static_cast<OrderFilterProxy::StateFilter>(m_stateFilter->currentData().toInt()));
    m_historyProxy->setTickerFilter(m_tickerFilter->text());
    const int leg = m_legFilter->currentData().toInt();
    m_historyProxy->setLegFilter(leg < 0 ? std::nullopt
                                         : std::optional<OrderLeg>(static_cast<OrderLeg>(leg)));
    const int side = m_sideFilter->currentData().toInt();
    m_historyProxy->setSideFilter(
        side < 0 ? std::nullopt : std::optional<OrderSide>(static_cast<OrderSide>(side)));
    updateCounts();
}

void OrderBookTab::onClearHistoryFilters() {
    m_stateFilter->setCurrentIndex(0);
    m_tickerFilter->clear();
    m_legFilter->setCurrentIndex(0);
    m_sideFilter->setCurrentIndex(0);
}

} // namespace axion
