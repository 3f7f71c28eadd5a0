#include "tabs/TradeJournalTab.h"

#include "charts/EquityCurveChart.h"
#include "format/DisplayFormat.h"
#include "models/DailySummaryModel.h"
#include "models/JournalTradeModel.h"

#include <QApplication>
#include <QCalendarWidget>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTextDocumentFragment>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>
#include <climits>

namespace axion {

namespace {

// Up to this many closed trades the equity curve has a point per trade; above, one per day.
constexpr int kMaxTradePoints = 2000;
// Typing in the ticker box re-queries once the typing pauses.
constexpr int kFilterDebounceMs = 200;
// "Any" on a date edit: its minimum date.
const QDate kNoDate(2000, 1, 1);

const QString kMutedStyle = QStringLiteral("QLabel { color: #6a7078; }");

// Width for a column: its header or its sample, whichever is wider, plus the cell padding.
int columnWidth(const QTableView* view, int section, const QString& sample) {
    QFont bold = view->font();
    bold.setBold(true); // ticker and P&L cells are bold
    const QFontMetrics boldMetrics(bold);
    const QString header =
        view->model()->headerData(section, Qt::Horizontal, Qt::DisplayRole).toString();
    const int text = boldMetrics.horizontalAdvance(sample);
    const int head = view->horizontalHeader()->fontMetrics().horizontalAdvance(header) + 18;
    return std::max(text + 16, head);
}

void configureTable(QTableView* view) {
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->setAlternatingRowColors(true);
    view->setCornerButtonEnabled(false);
    view->setSortingEnabled(false); // the journal's order is the query's: newest first
    view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    QHeaderView* header = view->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionsMovable(true);
    header->setMinimumSectionSize(32);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    view->setStyleSheet(QStringLiteral("QTableView { gridline-color: #dde1e6; }"));
}

QLabel* makeTitle(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QDateEdit* makeDateEdit(QWidget* parent) {
    auto* edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setMinimumDate(kNoDate);
    edit->setSpecialValueText(TradeJournalTab::tr("Any"));
    edit->setDate(kNoDate);
    edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(QStringLiteral("2026-12-31")) + 44);
    return edit;
}

QDate dateOf(const QDateEdit* edit) {
    return edit->date() == edit->minimumDate() ? QDate() : edit->date();
}

// A calendar popped up on "Any" would open on January 2000: open it on today's month instead.
class CalendarPageFixer : public QObject {
public:
    CalendarPageFixer(QDateEdit* edit)
        : QObject(edit)
        , m_edit(edit) {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Show && m_edit->date() == m_edit->minimumDate()) {
            const QDate today = QDate::currentDate();
            static_cast<QCalendarWidget*>(watched)->setCurrentPage(today.year(), today.month());
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QDateEdit* m_edit;
};

QString htmlEscaped(const QString& s) {
    return s.toHtmlEscaped();
}

QString coloured(const QString& text, const QColor& colour) {
    return QStringLiteral("<span style=\"color:%1; font-weight:600\">%2</span>")
        .arg(colour.name(), htmlEscaped(text));
}

} // namespace

TradeJournalTab::TradeJournalTab(QWidget* parent)
    : QWidget(parent)
    , m_tradeModel(new JournalTradeModel(this))
    , m_summaryModel(new DailySummaryModel(this)) {
    m_pool.setMaxThreadCount(1);
    m_filterDebounce.setSingleShot(true);
    m_filterDebounce.setInterval(kFilterDebounceMs);
    connect(&m_filterDebounce, &QTimer::timeout, this, &TradeJournalTab::onFilterEdited);
    buildUi();
    connect(m_tradeModel, &QAbstractItemModel::rowsInserted, this,
            &TradeJournalTab::onTradeRowsChanged);
    connect(m_tradeModel, &QAbstractItemModel::modelReset, this,
            &TradeJournalTab::onTradeRowsChanged);
    connect(m_tradeModel, &JournalTradeModel::readFailed, this,
            [this](const QString& error) { showMessage(error, true); });
    updateStats();
}

TradeJournalTab::~TradeJournalTab() {
    // A worker may still be reading: let it finish before the tab (its result's receiver) goes.
    m_pool.clear();
    m_pool.waitForDone();
    m_tradeModel->setQueries(nullptr);
}

void TradeJournalTab::buildUi() {
    auto* root = new QVBoxLayout(this);
    root->setContentsMargins(8, 8, 8, 8);
    root->setSpacing(6);

    // --- filter bar ---
    auto* bar = new QHBoxLayout;
    bar->setSpacing(6);
    const auto addLabel = [this, bar](const QString& text, QWidget* buddy) {
        auto* label = new QLabel(text, this);
        label->setBuddy(buddy);
        bar->addWidget(label);
        bar->addWidget(buddy);
    };
    m_from = makeDateEdit(this);
    m_to = makeDateEdit(this);
    m_from->setToolTip(tr("First New York trading date shown (exit date; entry date of an open"
                          " trade)"));
    m_to->setToolTip(tr("Last New York trading date shown"));
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->calendarWidget()->installEventFilter(new CalendarPageFixer(edit));
        connect(edit, &QDateEdit::dateChanged, this, [this] { m_filterDebounce.start(); });
    }
    // Object names: for style sheets and for tests that drive the bar like a user.
    m_from->setObjectName(QStringLiteral("journalFrom"));
    m_to->setObjectName(QStringLiteral("journalTo"));
    addLabel(tr("&From"), m_from);
    addLabel(tr("To"), m_to);
    bar->addSpacing(8);

    m_ticker = new QComboBox(this);
    m_ticker->setObjectName(QStringLiteral("journalTicker"));
    m_ticker->setEditable(true);
    m_ticker->setInsertPolicy(QComboBox::NoInsert);
    m_ticker->lineEdit()->setPlaceholderText(tr("All tickers"));
    m_ticker->lineEdit()->setClearButtonEnabled(true);
    m_ticker->setMinimumContentsLength(8);
    m_ticker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_ticker->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_ticker->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_ticker->setToolTip(tr("Ticker symbol (exact match)"));
    connect(m_ticker, &QComboBox::currentTextChanged, this, [this] { m_filterDebounce.start(); });
    addLabel(tr("Tic&ker"), m_ticker);

    m_exitReason = new QComboBox(this);
    m_exitReason->setObjectName(QStringLiteral("journalExitReason"));
    m_exitReason->addItem(tr("All exit reasons"), QString());
    // Sized for the usual names; the popup widens for longer ones (the bar must fit 1280 px).
    m_exitReason->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_exitReason->setMinimumContentsLength(15);
    connect(m_exitReason, &QComboBox::currentIndexChanged, this, &TradeJournalTab::onFilterEdited);
    addLabel(tr("E&xit"), m_exitReason);

    m_outcome = new QComboBox(this);
    m_outcome->setObjectName(QStringLiteral("journalOutcome"));
    m_outcome->addItem(tr("All results"), int(JournalFilter::Outcome::Any));
    m_outcome->addItem(tr("Winners"), int(JournalFilter::Outcome::Win));
    m_outcome->addItem(tr("Losers"), int(JournalFilter::Outcome::Loss));
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &TradeJournalTab::onFilterEdited);
    addLabel(tr("&Result"), m_outcome);

    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("journalStatus"));
    m_status->addItem(tr("Closed"), int(JournalFilter::Status::Closed));
    m_status->addItem(tr("Open"), int(JournalFilter::Status::Open));
    m_status->addItem(tr("Cancelled"), int(JournalFilter::Status::Cancelled));
    m_status->addItem(tr("All"), int(JournalFilter::Status::Any));
    m_status->setToolTip(tr("Closed trades; open positions; entries that never filled; or all"));
    connect(m_status, &QComboBox::currentIndexChanged, this, &TradeJournalTab::onFilterEdited);
    addLabel(tr("&Status"), m_status);

    m_reset = new QToolButton(this);
    m_reset->setObjectName(QStringLiteral("journalReset"));
    m_reset->setText(tr("Clear filters"));
    m_reset->setAutoRaise(true);
    connect(m_reset, &QToolButton::clicked, this, &TradeJournalTab::onResetFilters);
    bar->addWidget(m_reset);
    bar->addStretch(1);

    m_export = new QPushButton(tr("Export CSV…"), this);
    m_export->setObjectName(QStringLiteral("journalExport"));
    m_export->setToolTip(tr("Save the filtered trades as a CSV file"));
    m_export->setEnabled(false);
    connect(m_export, &QPushButton::clicked, this, &TradeJournalTab::onExportRequested);
    bar->addWidget(m_export);
    root->addLayout(bar);

    // --- statistics and messages ---
    m_stats = new QLabel(this);
    m_stats->setTextFormat(Qt::RichText);
    m_stats->setTextInteractionFlags(Qt::TextSelectableByMouse);
    root->addWidget(m_stats);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    root->addWidget(m_message);

    // --- history above, summary and curve below ---
    m_tradeView = new QTableView(this);
    configureTable(m_tradeView);
    m_tradeView->setModel(m_tradeModel);
    configureTradeColumns();

    m_summaryView = new QTableView(this);
    configureTable(m_summaryView);
    m_summaryView->setModel(m_summaryModel);
    {
        using C = DailySummaryModel::Column;
        const QList<std::pair<C, QString>> samples{
            {C::Date, QStringLiteral("2026-12-31  Wed")},
            {C::Trades, QStringLiteral("1,000")},
            {C::Wins, QStringLiteral("1,000")},
            {C::Losses, QStringLiteral("1,000")},
            {C::WinRate, QStringLiteral("100.0 %")},
            {C::RealizedPnl, QStringLiteral("+$123,456.78")},
            {C::EndingEquity, QStringLiteral("$1,234,567.89")},
        };
        for (const auto& [column, sample] : samples)
            m_summaryView->setColumnWidth(int(column),
                                          columnWidth(m_summaryView, int(column), sample));
        m_summaryView->horizontalHeader()->setStretchLastSection(true);
    }

    auto* summaryBox = new QWidget(this);
    auto* summaryLayout = new QVBoxLayout(summaryBox);
    summaryLayout->setContentsMargins(0, 4, 0, 0);
    summaryLayout->setSpacing(4);
    summaryLayout->addWidget(makeTitle(tr("Daily summary"), summaryBox));
    summaryLayout->addWidget(m_summaryView);

    auto* equityBox = new QWidget(this);
    auto* equityLayout = new QVBoxLayout(equityBox);
    equityLayout->setContentsMargins(0, 4, 0, 0);
    equityLayout->setSpacing(4);
    m_equityTitle = makeTitle(tr("Equity curve"), equityBox);
    equityLayout->addWidget(m_equityTitle);
    m_equity = new EquityCurveChart(equityBox);
    equityLayout->addWidget(m_equity, 1);

    m_bottomSplitter = new QSplitter(Qt::Horizontal, this);
    m_bottomSplitter->setChildrenCollapsible(false);
    m_bottomSplitter->addWidget(summaryBox);
    m_bottomSplitter->addWidget(equityBox);
    m_bottomSplitter->setStretchFactor(0, 1);
    m_bottomSplitter->setStretchFactor(1, 1);
    m_bottomSplitter->setSizes({600, 600});

    m_mainSplitter = new QSplitter(Qt::Vertical, this);
    m_mainSplitter->setChildrenCollapsible(false);
    m_mainSplitter->addWidget(m_tradeView);
    m_mainSplitter->addWidget(m_bottomSplitter);
    m_mainSplitter->setStretchFactor(0, 3);
    m_mainSplitter->setStretchFactor(1, 2);
    m_mainSplitter->setSizes({420, 280});
    root->addWidget(m_mainSplitter, 1);
}

void TradeJournalTab::configureTradeColumns() {
    using C = JournalTradeModel::Column;
    const QList<std::pair<C, QString>> samples{
        {C::Id, QStringLiteral("000000")},
        {C::Closed, QStringLiteral("2026-12-31 15:55")},
        {C::Ticker, QStringLiteral("GOOGL")},
        {C::Side, QStringLiteral("Short")},
        {C::Type, QStringLiteral("Swing")},
        {C::Shares, QStringLiteral("10,000")},
        {C::EntryPrice, QStringLiteral("1,234.56")},
        {C::ExitPrice, QStringLiteral("1,234.56")},
        {C::Pnl, QStringLiteral("+$12,345.67")},
        {C::PnlPct, QStringLiteral("+12.34 %")},
        {C::ExitReason, QStringLiteral("Momentum exhaustion")},
        {C::Opened, QStringLiteral("2026-12-31 15:55")},
        {C::Held, QStringLiteral("12h 05m")},
        {C::SignalType, QStringLiteral("cloud_flip_bullish")},
        {C::Timeframe, QStringLiteral("10m")},
        {C::Conviction, QStringLiteral("100")},
        {C::SignalId, QStringLiteral("sig-0000000000")},
    };
    for (const auto& [column, sample] : samples)
        m_tradeView->setColumnWidth(int(column), columnWidth(m_tradeView, int(column), sample));
    m_tradeView->horizontalHeader()->setStretchLastSection(true);
}

bool TradeJournalTab::openJournal(const QString& path, QString* error) {
    m_filterDebounce.stop();
    ++m_generation; // results of the previous journal are stale
    m_pendingGeneration = 0;
    m_tradeModel->setQueries(nullptr); // before its connection closes
    m_analytics.reset();
    if (!m_queries.open(path)) {
        const QString why = m_queries.errorString();
        m_path.clear();
        m_summaryModel->setDays({});
        m_equity->clear();
        m_export->setEnabled(false);
        showMessage(tr("Cannot show the trade journal: %1").arg(why), true);
        updateStats();
        if (error)
            *error = why;
        return false;
    }
    m_path = path;
    showMessage({}, false);
    reloadChoices();
    showFilterInBar(m_filter);
    m_tradeModel->setFilter(m_filter); // no queries yet: reads nothing
    m_tradeModel->setQueries(&m_queries);
    m_tradeView->scrollToTop();
    m_export->setEnabled(true);
    requestAnalytics();
    updateStats();
    return true;
}

void TradeJournalTab::setFilter(const JournalFilter& filter) {
    m_filterDebounce.stop();
    showFilterInBar(filter);
    applyFilter(filter);
}

void TradeJournalTab::applyFilter(const JournalFilter& filter) {
    m_filter = filter;
    if (!m_queries.isOpen())
        return;
    m_tradeModel->setFilter(filter);
    m_tradeView->scrollToTop();
    requestAnalytics();
    updateStats();
}

JournalFilter TradeJournalTab::filterFromBar() const {
    JournalFilter f;
    f.from = dateOf(m_from);
    f.to = dateOf(m_to);
    f.ticker = m_ticker->currentText().trimmed().toUpper();
    f.exitReason = m_exitReason->currentData().toString();
    f.outcome = static_cast<JournalFilter::Outcome>(m_outcome->currentData().toInt());
    f.status = static_cast<JournalFilter::Status>(m_status->currentData().toInt());
    return f;
}

void TradeJournalTab::showFilterInBar(const JournalFilter& f) {
    const QList<QWidget*> widgets{m_from, m_to, m_ticker, m_exitReason, m_outcome, m_status};
    for (QWidget* w : widgets)
        w->blockSignals(true);
    m_from->setDate(f.from.isValid() ? f.from : kNoDate);
    m_to->setDate(f.to.isValid() ? f.to : kNoDate);
    m_ticker->setEditText(f.ticker);
    int reason = m_exitReason->findData(f.exitReason);
    if (reason < 0) {
        m_exitReason->addItem(JournalTradeModel::exitReasonLabel(f.exitReason), f.exitReason);
        reason = m_exitReason->count() - 1;
    }
    m_exitReason->setCurrentIndex(reason);
    m_outcome->setCurrentIndex(std::max(0, m_outcome->findData(int(f.outcome))));
    m_status->setCurrentIndex(std::max(0, m_status->findData(int(f.status))));
    for (QWidget* w : widgets)
        w->blockSignals(false);
}

void TradeJournalTab::reloadChoices() {
    if (!m_queries.isOpen())
        return;
    const QStringList tickers = m_queries.tickers();
    const QStringList reasons = m_queries.exitReasons();
    const QString text = m_ticker->currentText();
    const QString reason = m_exitReason->currentData().toString();
    m_ticker->blockSignals(true);
    m_ticker->clear();
    m_ticker->addItem(QString());
    m_ticker->addItems(tickers);
    m_ticker->setEditText(text);
    m_ticker->blockSignals(false);
    m_exitReason->blockSignals(true);
    m_exitReason->clear();
    m_exitReason->addItem(tr("All exit reasons"), QString());
    for (const QString& r : reasons)
        m_exitReason->addItem(JournalTradeModel::exitReasonLabel(r), r);
    int index = m_exitReason->findData(reason);
    if (index < 0) { // a filter on a reason the journal does not hold (yet)
        m_exitReason->addItem(JournalTradeModel::exitReasonLabel(reason), reason);
        index = m_exitReason->count() - 1;
    }
    m_exitReason->setCurrentIndex(index);
    m_exitReason->blockSignals(false);
}

void TradeJournalTab::onFilterEdited() {
    m_filterDebounce.stop();
    const JournalFilter f = filterFromBar();
    if (f == m_filter && m_queries.isOpen())
        return;
    applyFilter(f);
}

void TradeJournalTab::onResetFilters() {
    setFilter(JournalFilter{});
}

void TradeJournalTab::refresh() {
    if (!m_queries.isOpen())
        return;
    // Where the user is: at the top, the newest trades (a new one should appear); further down,
    // the trade at the top of the view (it should stay there). And what is selected.
    const QScrollBar* vertical = m_tradeView->verticalScrollBar();
    const int horizontal = m_tradeView->horizontalScrollBar()->value();
    const bool atTop = vertical->value() == vertical->minimum();
    qint64 anchorId = -1;
    if (!atTop) {
        const QModelIndex top = m_tradeView->indexAt(QPoint(1, 1));
        if (top.isValid())
            anchorId = m_tradeModel->trade(top.row()).id;
    }
    QList<qint64> selected;
    const QModelIndexList rows = m_tradeView->selectionModel()->selectedRows();
    for (const QModelIndex& i : rows)
        selected << m_tradeModel->trade(i.row()).id;
    const QModelIndex current = m_tradeView->currentIndex();
    const qint64 currentId = current.isValid() ? m_tradeModel->trade(current.row()).id : -1;
    const int currentColumn = current.isValid() ? current.column() : 0;

    reloadChoices();
    m_tradeModel->reload();

    if (anchorId >= 0 && m_tradeModel->rowOfTrade(anchorId) < 0 && m_tradeModel->canFetchMore({}))
        m_tradeModel->fetchMore({}); // new trades pushed the anchor past the rows reloaded
    QItemSelectionModel* selection = m_tradeView->selectionModel();
    for (const qint64 id : std::as_const(selected)) {
        const int row = m_tradeModel->rowOfTrade(id);
        if (row >= 0)
            selection->select(m_tradeModel->index(row, 0),
                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    if (const int row = m_tradeModel->rowOfTrade(currentId); row >= 0)
        selection->setCurrentIndex(m_tradeModel->index(row, currentColumn),
                                   QItemSelectionModel::NoUpdate);
    const int anchorRow = m_tradeModel->rowOfTrade(anchorId);
    if (anchorRow >= 0)
        m_tradeView->scrollTo(m_tradeModel->index(anchorRow, 0), QAbstractItemView::PositionAtTop);
    else
        m_tradeView->scrollToTop();
    m_tradeView->horizontalScrollBar()->setValue(horizontal);
    requestAnalytics();
    updateStats();
}

bool TradeJournalTab::exportCsv(const QString& path, QString* error, qint64* rows) {
    if (!m_queries.isOpen()) {
        if (error)
            *error = tr("no journal is open");
        return false;
    }
    if (!m_queries.exportCsv(m_filter, path, rows)) {
        if (error)
            *error = m_queries.errorString();
        return false;
    }
    return true;
}

void TradeJournalTab::onExportRequested() {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(
        QStringLiteral("axion-trades-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export trades"), suggested,
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString error;
    qint64 rows = 0;
    const bool ok = exportCsv(path, &error, &rows);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        QMessageBox::warning(this, tr("Export trades"),
                             tr("The trades could not be exported.\n\n%1").arg(error));
        return;
    }
    showMessage(tr("Exported %n trade(s) to %1", nullptr, int(std::min<qint64>(rows, INT_MAX)))
                    .arg(QDir::toNativeSeparators(path)),
                false);
}

void TradeJournalTab::onTradeRowsChanged() {
    updateStats();
}

TradeJournalTab::Analytics TradeJournalTab::computeAnalytics(const QString& path,
                                                             const JournalFilter& filter,
                                                             quint64 generation) {
    Analytics a;
    a.generation = generation;
    JournalQueries q; // this thread's own read-only connection
    if (!q.open(path)) {
        a.error = q.errorString();
        return a;
    }
    a.days = q.dailySummary(filter);
    if (!q.errorString().isEmpty()) {
        a.error = q.errorString();
        return a;
    }
    const DailySummary totals = JournalQueries::totals(a.days);
    a.perTrade = totals.totalTrades <= kMaxTradePoints;
    a.equity =
        a.perTrade ? q.equityCurveByTrade(filter) : JournalQueries::equityCurveFromDays(a.days);
    // For closed trades the days already counted them; other statuses need a count.
    a.matching = filter.status == JournalFilter::Status::Closed
                     ? std::optional<qint64>(totals.totalTrades)
                     : q.countTrades(filter);
    if (!q.errorString().isEmpty())
        a.error = q.errorString();
    return a;
}

void TradeJournalTab::requestAnalytics() {
    if (!m_queries.isOpen())
        return;
    const quint64 generation = ++m_generation;
    m_pendingGeneration = generation;
    m_pool.clear(); // a queued request not yet started is superseded
    const QString path = m_path;
    const JournalFilter filter = m_filter;
    // The worker only posts its result to the tab; the destructor waits for it, so `this`
    // outlives the post, and a result posted for a newer generation than applied is dropped.
    m_pool.start([this, path, filter, generation] {
        const Analytics result = computeAnalytics(path, filter, generation);
        QMetaObject::invokeMethod(
            this, [this, result] { applyAnalytics(result); }, Qt::QueuedConnection);
    });
}

void TradeJournalTab::applyAnalytics(const Analytics& result) {
    if (result.generation != m_generation)
        return; // the filter or the journal changed since it was asked for
    m_pendingGeneration = 0;
    if (!result.error.isEmpty())
        showMessage(tr("Cannot compute the daily summary: %1").arg(result.error), true);
    m_analytics = result;
    m_summaryModel->setDays(result.days);
    m_equity->setCurve(result.equity, result.perTrade ? EquityCurveChart::Granularity::PerTrade
                                                      : EquityCurveChart::Granularity::PerDay);
    m_equityTitle->setText(result.perTrade ? tr("Equity curve: cumulative realized P&L per trade")
                                           : tr("Equity curve: cumulative realized P&L per day"));
    updateStats();
    Q_EMIT analyticsUpdated();
}

void TradeJournalTab::updateStats() {
    if (!m_queries.isOpen()) {
        m_stats->setText(tr("No journal open"));
        m_stats->setStyleSheet(kMutedStyle);
        return;
    }
    m_stats->setStyleSheet(QString());
    const qint64 shown = m_tradeModel->rowCount();
    QStringList parts;
    const bool known = m_analytics && m_analytics->generation == m_generation;
    const std::optional<qint64> matching = known ? m_analytics->matching : std::nullopt;
    if (matching && *matching == 0) {
        parts << tr("No trades match the filters");
    } else if (matching) {
        parts << (shown < *matching ? tr("Showing %1 of %2 trades")
                                          .arg(display::shares(shown), display::shares(*matching))
                                    : tr("%1 trades").arg(display::shares(*matching)));
    } else {
        parts << tr("Showing %1 trades").arg(display::shares(shown)) + QStringLiteral("…");
    }
    if (known && m_filter.status != JournalFilter::Status::Open &&
        m_filter.status != JournalFilter::Status::Cancelled) {
        const DailySummary t = JournalQueries::totals(m_analytics->days);
        if (t.totalTrades > 0) {
            parts << tr("%1 won, %2 lost")
                         .arg(display::shares(t.winningTrades), display::shares(t.losingTrades));
            parts << tr("win rate %1").arg(display::percent(DailySummaryModel::winRate(t), 1));
            parts << tr("net %1").arg(
                coloured(display::signedMoney(t.realizedPnl), display::pnlColor(t.realizedPnl)));
            parts << tr("avg %1 per trade")
                         .arg(display::signedMoney(
                             Money::fromUnits(t.realizedPnl.units() / t.totalTrades)));
            if (t.grossLoss.isNegative()) {
                const double factor = t.grossProfit.toDouble() / -t.grossLoss.toDouble();
                parts << tr("profit factor %1").arg(QString::number(factor, 'f', 2));
            }
        }
    }
    m_stats->setText(parts.join(QStringLiteral(" &nbsp;·&nbsp; ")));
}

QString TradeJournalTab::statsText() const {
    return QTextDocumentFragment::fromHtml(m_stats->text())
        .toPlainText()
        .replace(QChar::Nbsp, QLatin1Char(' '));
}

void TradeJournalTab::showMessage(const QString& text, bool isError) {
    m_message->setVisible(!text.isEmpty());
    m_message->setText(text);
    m_message->setStyleSheet(isError ? QStringLiteral("QLabel { color: #c62828; }") : kMutedStyle);
}

} // namespace axion
