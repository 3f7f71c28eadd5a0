#include "execution/ReplaySession.h"

#include "brokers/OrderRouter.h"
#include "brokers/PaperBroker.h"
#include "core/SimClock.h"
#include "execution/PaperBrokerSetup.h"
#include "journal/TradeJournal.h"
#include "signals/CloudSignalEngine.h"

#include <QElapsedTimer>
#include <QJsonArray>

namespace axion {

namespace {

// The journal of one run, opened on the run's clock and numbered (TradeJournal::beginRun()); null
// without a journal path. Replay durability: no fsync per trade, about one commit per trading
// day, no intent log (a replay is re-run, not recovered); the rows are the same. Its commits are
// written by the journal's writer thread, beside the replay loop (the machine's second core):
// the daily commits were two thirds of a journaled replay's time.
std::unique_ptr<TradeJournal> openRunJournal(const Clock& clock, const QString& path,
                                             TradeJournal::Durability durability,
                                             TradeJournal::Detail detail) {
    if (path.isEmpty())
        return nullptr;
    auto journal = std::make_unique<TradeJournal>(clock);
    journal->setDurability(durability);
    journal->setBackgroundWrites(durability == TradeJournal::Durability::Replay);
    journal->setDetail(detail);
    if (journal->open(path))
        journal->beginRun();
    return journal;
}

// The paper account of a run; its ids carry the journal's run number when there is one.
PaperBrokerSettings runBrokerSettings(const ExecutorConfig& config, Money equity,
                                      const TradeJournal* journal) {
    PaperBrokerSettings settings = paperBrokerSettings(config, equity);
    if (journal)
        settings.idRun = journal->run();
    return settings;
}

} // namespace

// The objects of one run, built fresh by run() so that a session can be replayed again. The
// journal comes before the broker: the broker's ids take the journal's run number.
struct ReplaySession::Parts {
    SimClock clock;
    std::unique_ptr<TradeJournal> journal;
    PaperBroker broker;
    OrderRouter router;
    CloudSignalEngine signals;
    std::unique_ptr<TradeExecutor> executor;

    Parts(const ExecutorConfig& config, Money equity, const QString& journalPath,
          TradeJournal::Durability durability, TradeJournal::Detail detail)
        : journal(openRunJournal(clock, journalPath, durability, detail))
        , broker(runBrokerSettings(config, equity, journal.get()))
        , signals(config) {
        router.addBroker(&broker);
        router.setPrimary(broker.name());
    }
};

ReplaySession::ReplaySession(const ExecutorConfig& config, Money startingEquity)
    : m_config(config)
    , m_startingEquity(startingEquity) {
    m_feed.setPriceAdjustment(config.replayAdjustPrices);
}

ReplaySession::~ReplaySession() = default;

bool ReplaySession::addFile(const QString& path, QString* error) {
    return m_feed.addFile(path, error);
}

void ReplaySession::setFeed(const ReplayFeed& feed) {
    m_feed = feed;
}

bool ReplaySession::openJournal(const QString& path, QString* error) {
    // Opened for real in run(); checked here so a bad path fails before the replay starts.
    // The probe keeps the journal (and its lock) until run() opens it for real.
    auto probe = std::make_unique<TradeJournal>(m_probeClock);
    if (!probe->open(path)) {
        if (error)
            *error = probe->errorString();
        return false;
    }
    m_probe = std::move(probe);
    m_journalPath = path;
    return true;
}

ReplaySummary ReplaySession::run() {
    // The probe lets go of the journal (and its lock) for the run to take it.
    m_probe.reset();
    Parts parts(m_config, m_startingEquity, m_journalPath, m_durability, m_detail);
    if (parts.journal && !parts.journal->isOpen()) {
        // Between the check and the run the file went bad, or another process took it: a
        // replay that journals nothing is not run.
        ReplaySummary failed;
        failed.startingEquity = failed.endingEquity = m_startingEquity;
        failed.journalError = parts.journal->errorString();
        return failed;
    }
    parts.executor = std::make_unique<TradeExecutor>(m_config, parts.clock, parts.router,
                                                     parts.signals, parts.journal.get());
    parts.executor->attachBroker(&parts.broker);
    // A second replay on one journal: its signals that have orders are not traded again.
    parts.executor->recoverFromJournal();
    parts.executor->reconcile(
        parts.broker.holdings(parts.executor->ordersToReconcile(parts.broker.name())));

    const std::vector<ReplayBar>& bars = m_feed.bars();
    const QStringList& symbols = m_feed.symbols();
    std::vector<Signal> signals;
    signals.reserve(16);

    // Raw prices across a split: the symbols no factor file adjusted are watched for jumps.
    std::vector<bool> unadjusted(std::size_t(symbols.size()));
    for (qsizetype s = 0; s < symbols.size(); ++s)
        unadjusted[std::size_t(s)] = !m_feed.isPriceAdjusted(int(s));
    const std::vector<PriceJump> jumps =
        CloseToOpenJump(m_config.replayJumpResetPct).scan(bars, unadjusted);
    const std::size_t noJump = bars.size();
    std::size_t nextJump = 0;
    std::size_t nextJumpBar = jumps.empty() ? noJump : jumps.front().barIndex;

    QElapsedTimer wall;
    wall.start();
    for (std::size_t i = 0; i < bars.size(); ++i) {
        const ReplayBar& rb = bars[i];
        if (i == nextJumpBar) [[unlikely]] {
            // Before the clouds see the new session's first bar: they start over from it.
            parts.signals.resetSymbol(rb.symbol);
            ++nextJump;
            nextJumpBar = nextJump < jumps.size() ? jumps[nextJump].barIndex : noJump;
        }
        const QString& ticker = symbols[rb.symbol];
        const qint64 closeMs = rb.bar.timeMs + 60'000;
        parts.clock.setNowMs(closeMs);
        parts.broker.onBar(rb.symbol, ticker, rb.bar);
        parts.broker.setTimeMs(closeMs);
        signals.clear();
        parts.signals.onMinuteBar(rb.symbol, ticker, rb.bar, signals);
        parts.executor->onMinuteBar(rb.symbol, ticker, rb.bar);
        for (const Signal& s : signals)
            parts.executor->onSignal(s);
    }
    parts.executor->finish();
    const qint64 elapsedNs = wall.nsecsElapsed();

    ReplaySummary summary;
    summary.stats = parts.executor->stats();
    summary.startingEquity = m_startingEquity;
    summary.endingEquity = parts.broker.account().equity;
    summary.wallSeconds = static_cast<double>(elapsedNs) / 1e9;
    summary.barsPerSecond =
        elapsedNs > 0 ? static_cast<double>(bars.size()) * 1e9 / static_cast<double>(elapsedNs)
                      : 0.0;
    summary.adjustedSymbols = m_feed.adjustedSymbols();
    for (const PriceJump& jump : jumps)
        summary.warnings.append(ReplayWarning{
            .code = QStringLiteral("price_jump"), .ticker = symbols[jump.symbol], .jump = jump});
    summary.openPositions =
        OpenPositionReport::build(parts.broker.positions(), parts.executor->orders());
    return summary;
}

QString ReplayWarning::text() const {
    return ticker + u' ' + jump.date.toString(Qt::ISODate) + QStringLiteral(": close ") +
           jump.previousClose.toString(2) + QStringLiteral(" (") +
           jump.previousDate.toString(Qt::ISODate) + QStringLiteral(") -> open ") +
           jump.open.toString(2) + QStringLiteral(" (") +
           QString::number(jump.change * 100.0, 'f', 1) +
           QStringLiteral(" %), no factor file: clouds reset");
}

QJsonObject ReplayWarning::toJson() const {
    QJsonObject o;
    o.insert(QStringLiteral("code"), code);
    o.insert(QStringLiteral("ticker"), ticker);
    o.insert(QStringLiteral("date"), jump.date.toString(Qt::ISODate));
    o.insert(QStringLiteral("previous_date"), jump.previousDate.toString(Qt::ISODate));
    o.insert(QStringLiteral("previous_close"), jump.previousClose.toDouble());
    o.insert(QStringLiteral("open"), jump.open.toDouble());
    o.insert(QStringLiteral("change"), jump.change);
    o.insert(QStringLiteral("message"), text());
    return o;
}

QJsonObject ReplaySummary::toJson() const {
    QJsonObject rejectedCounts;
    for (auto it = stats.rejected.cbegin(); it != stats.rejected.cend(); ++it)
        rejectedCounts.insert(it.key(), static_cast<double>(it.value()));
    QJsonObject o;
    o.insert(QStringLiteral("bars"), static_cast<double>(stats.bars));
    o.insert(QStringLiteral("signals"), static_cast<double>(stats.entrySignals));
    o.insert(QStringLiteral("exit_hints"), static_cast<double>(stats.exitHints));
    o.insert(QStringLiteral("approved"), static_cast<double>(stats.approved));
    o.insert(QStringLiteral("rejected"), rejectedCounts);
    o.insert(QStringLiteral("orders"), static_cast<double>(stats.orders));
    o.insert(QStringLiteral("fills"), static_cast<double>(stats.fills));
    o.insert(QStringLiteral("trades"), static_cast<double>(stats.trades));
    o.insert(QStringLiteral("wins"), static_cast<double>(stats.wins));
    o.insert(QStringLiteral("losses"), static_cast<double>(stats.losses));
    o.insert(QStringLiteral("realized_pnl"), stats.realizedPnl.toDouble());
    o.insert(QStringLiteral("realized_pnl_exact"), stats.realizedPnl.toString());
    o.insert(QStringLiteral("max_drawdown"), stats.maxDrawdown.toDouble());
    o.insert(QStringLiteral("kill_switch_trips"), static_cast<double>(stats.killSwitchTrips));
    o.insert(QStringLiteral("anomalies"), static_cast<double>(stats.anomalies));
    o.insert(QStringLiteral("starting_equity"), startingEquity.toDouble());
    o.insert(QStringLiteral("ending_equity"), endingEquity.toDouble());
    o.insert(QStringLiteral("wall_seconds"), wallSeconds);
    o.insert(QStringLiteral("bars_per_second"), barsPerSecond);
    o.insert(QStringLiteral("adjusted_symbols"), QJsonArray::fromStringList(adjustedSymbols));
    QJsonArray warningList;
    for (const ReplayWarning& w : warnings)
        warningList.append(w.toJson());
    o.insert(QStringLiteral("warnings"), warningList);
    QJsonArray open;
    for (const OpenPositionLine& p : openPositions)
        open.append(p.toJson());
    o.insert(QStringLiteral("open_positions"), open);
    return o;
}

QString ReplaySummary::toText() const {
    QString rejectedText;
    for (auto it = stats.rejected.cbegin(); it != stats.rejected.cend(); ++it)
        rejectedText += QStringLiteral("\n    %1: %2").arg(it.key()).arg(it.value());
    // The lines that tell what the numbers cannot: adjusted data, warnings, what is left open.
    QString tail = QStringLiteral("  price factors   ") +
                   (adjustedSymbols.isEmpty() ? QStringLiteral("none")
                                              : adjustedSymbols.join(QStringLiteral(", "))) +
                   u'\n';
    if (warnings.isEmpty()) {
        tail += QStringLiteral("  warnings        none\n");
    } else {
        tail += QStringLiteral("  warnings        %1\n").arg(warnings.size());
        for (const ReplayWarning& w : warnings)
            tail += QStringLiteral("    ") + w.text() + u'\n';
    }
    if (openPositions.isEmpty()) {
        tail += QStringLiteral("  open at end     none\n");
    } else {
        for (qsizetype i = 0; i < openPositions.size(); ++i)
            tail += (i == 0 ? QStringLiteral("  open at end     ")
                            : QStringLiteral("                  ")) +
                    openPositions[i].text() + u'\n';
    }
    return QStringLiteral("Replay summary\n"
                          "  bars            %1\n"
                          "  signals         %2 (approved %3, rejected %4)%5\n"
                          "  orders / fills  %6 / %7\n"
                          "  trades          %8 (wins %9, losses %10)\n"
                          "  realized P&L    %11\n"
                          "  max drawdown    %12\n"
                          "  equity          %13 -> %14\n"
                          "  kill switch     %15 trip(s)\n"
                          "  speed           %16 bars/s (%17 s)\n")
               .arg(stats.bars)
               .arg(stats.entrySignals)
               .arg(stats.approved)
               .arg(stats.entrySignals - stats.approved)
               .arg(rejectedText)
               .arg(stats.orders)
               .arg(stats.fills)
               .arg(stats.trades)
               .arg(stats.wins)
               .arg(stats.losses)
               .arg(stats.realizedPnl.toString(), stats.maxDrawdown.toString(),
                    startingEquity.toString(), endingEquity.toString())
               .arg(stats.killSwitchTrips)
               .arg(barsPerSecond, 0, 'f', 0)
               .arg(wallSeconds, 0, 'f', 3) +
           tail;
}

} // namespace axion
