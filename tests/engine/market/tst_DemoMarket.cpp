// The demo market: deterministic, valid minute bars on the NYSE calendar, and a market that the
// whole pipeline (cloud signal engine, executor, paper broker) actually trades, soon after the
// recommended warm-up.

#include "brokers/OrderRouter.h"
#include "brokers/PaperBroker.h"
#include "core/SimClock.h"
#include "execution/PaperBrokerSetup.h"
#include "execution/ReplaySession.h"
#include "execution/TradeExecutor.h"
#include "market/DemoMarket.h"
#include "market/MarketCalendar.h"
#include "market/ReplayFeed.h"
#include "signals/CloudSignalEngine.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <limits>

using namespace axion;

namespace {

// A Monday. The 10 trading days from it include Thanksgiving (closed) and the 13:00 close after it.
const QDate kFirstDay(2026, 11, 16);
constexpr int kReplayDays = 10;
// The app replays the shown part at about 20 simulated minutes per wall second: this is the
// first wall minute of the demo a person watches.
constexpr int kShownMinutes = 1200;
constexpr int kSimMinutesPerWallSecond = 20;

QTime nyTime(qint64 utcMs) {
    return QDateTime::fromMSecsSinceEpoch(utcMs, MarketCalendar::newYork()).time();
}

QString nyText(qint64 utcMs) {
    return QDateTime::fromMSecsSinceEpoch(utcMs, MarketCalendar::newYork())
        .toString(QStringLiteral("ddd yyyy-MM-dd HH:mm"));
}

// A read-only connection of the test's own to a journal file.
class JournalReader {
public:
    explicit JournalReader(const QString& path)
        : m_name(QStringLiteral("reader-") + path) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            qFatal("cannot open journal %s", qPrintable(path));
    }
    ~JournalReader() {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    QList<QSqlRecord> rows(const QString& sql) const {
        QSqlQuery q(QSqlDatabase::database(m_name));
        if (!q.exec(sql))
            qFatal("query failed: %s", qPrintable(sql));
        QList<QSqlRecord> out;
        while (q.next())
            out << q.record();
        return out;
    }
    qint64 count(const QString& sql) const { return rows(sql).constFirst().value(0).toLongLong(); }

private:
    QString m_name;
};

// The default configuration, with the demo's sectors so that the sector limit sees them.
ExecutorConfig demoConfig() {
    ExecutorConfig config;
    config.sectorMap = DemoMarket::sectorMap();
    return config;
}

// What happened in the shown part of a demo run, in market minutes since its first open (minute
// 0 is the 09:30 bar of the first day after the warm-up; nights do not count).
struct Flow {
    int firstEntrySignal = -1; // an entry signal at or above min_conviction
    int firstEntryFill = -1;
    int firstClose = -1;
    int firstScaleIn = -1;
    qint64 firstEntryFillMs = 0;
    qint64 firstCloseMs = 0;
    qint64 firstScaleInMs = 0;
    int entryFills = 0;
    int closes = 0;
    QStringList reasons; // exit reasons of the closes, in order
    // Per scanned timeframe, the fewest bars any ticker's clouds had seen at the first shown bar.
    QList<int> warmBarsAtStart;
    int warmupBars = 0; // what the signal engine requires before it signals on a timeframe
};

// Runs the demo the way the app does: the warm-up days go through the signal engine only (the
// clouds learn the history, nothing trades), then the following days through the whole pipeline.
// Only the first `shownMinutes` minutes after the warm-up are recorded.
Flow runDemo(quint32 seed, QDate firstDay, int warmupDays, int shownMinutes = kShownMinutes) {
    const ExecutorConfig config = demoConfig();
    const int shownDays = shownMinutes / 210 + 1; // enough even if every day closed at 13:00
    ReplayFeed feed;
    QString error;
    if (!DemoMarket(seed).fill(feed, firstDay, warmupDays + shownDays, &error))
        qFatal("demo fill failed: %s", qPrintable(error));
    const QDate showDay = DemoMarket::tradingDays(firstDay, warmupDays + 1).constLast();
    const qint64 showStartMs = MarketCalendar().session(showDay)->openMs;

    const Money equity = Money::fromWhole(100'000);
    SimClock clock;
    PaperBroker broker(paperBrokerSettings(config, equity));
    OrderRouter router;
    router.addBroker(&broker);
    router.setPrimary(broker.name());
    CloudSignalEngine engine(config);
    TradeExecutor executor(config, clock, router, engine, nullptr);
    executor.attachBroker(&broker);

    Flow flow;
    flow.warmupBars = engine.warmupBars();
    int minute = -1; // market minutes since showStartMs
    qint64 minuteMs = 0;
    QObject::connect(&broker, &Broker::fillReceived, [&](const Fill& fill) {
        // Connected after the executor: its order book already knows the fill.
        const OrderRecord* r = executor.orders().find(fill.clientOrderId);
        if (!r)
            return;
        if (r->order.leg == OrderLeg::Entry) {
            ++flow.entryFills;
            if (flow.firstEntryFill < 0) {
                flow.firstEntryFill = minute;
                flow.firstEntryFillMs = minuteMs;
            }
        } else if (r->order.leg == OrderLeg::Scale && flow.firstScaleIn < 0) {
            flow.firstScaleIn = minute;
            flow.firstScaleInMs = minuteMs;
        }
    });
    QObject::connect(&executor, &TradeExecutor::positionClosed,
                     [&](const QString&, const QString& reason, Money) {
                         ++flow.closes;
                         flow.reasons << reason;
                         if (flow.firstClose < 0) {
                             flow.firstClose = minute;
                             flow.firstCloseMs = minuteMs;
                         }
                     });

    std::vector<Signal> signals;
    const QStringList& symbols = feed.symbols();
    for (const ReplayBar& rb : feed.bars()) {
        const QString& ticker = symbols[rb.symbol];
        const bool shown = rb.bar.timeMs >= showStartMs;
        if (shown && rb.bar.timeMs != minuteMs) {
            if (minute < 0) {
                for (int k = 0; k < engine.timeframes().size(); ++k) {
                    int fewest = std::numeric_limits<int>::max();
                    for (int s = 0; s < symbols.size(); ++s) {
                        const CloudStack* stack = engine.stack(s, k); // null before any bar
                        fewest = std::min(fewest, stack ? stack->barCount() : 0);
                    }
                    flow.warmBarsAtStart << fewest;
                }
            }
            minuteMs = rb.bar.timeMs;
            if (++minute >= shownMinutes)
                break;
        }
        const qint64 closeMs = rb.bar.timeMs + 60'000;
        clock.setNowMs(closeMs);
        broker.onBar(ticker, rb.bar);
        broker.setTimeMs(closeMs);
        signals.clear();
        engine.onMinuteBar(rb.symbol, ticker, rb.bar, signals);
        if (!shown)
            continue; // warm-up: the clouds learn, nothing trades
        executor.onMinuteBar(rb.symbol, ticker, rb.bar);
        for (const Signal& s : signals) {
            if (!CloudSignalEngine::isExitHint(s) && s.conviction >= config.minConviction &&
                flow.firstEntrySignal < 0)
                flow.firstEntrySignal = minute;
            executor.onSignal(s);
        }
    }
    return flow;
}

QString wall(int minute) {
    return QString::number(double(minute) / kSimMinutesPerWallSecond, 'f', 2) +
           QStringLiteral(" s");
}

QString describe(const Flow& f) {
    return QStringLiteral("first entry signal at market minute %1; first entry fill at minute %2 "
                          "(%3, wall %4); first closed trade at minute %5 (%6, wall %7); first "
                          "scale-in at minute %8 (%9, wall %10); %11 entry fills and %12 closed "
                          "trades in %13 minutes; exits: %14")
        .arg(f.firstEntrySignal)
        .arg(f.firstEntryFill)
        .arg(nyText(f.firstEntryFillMs), wall(f.firstEntryFill))
        .arg(f.firstClose)
        .arg(nyText(f.firstCloseMs), wall(f.firstClose))
        .arg(f.firstScaleIn)
        .arg(nyText(f.firstScaleInMs), wall(f.firstScaleIn))
        .arg(f.entryFills)
        .arg(f.closes)
        .arg(kShownMinutes)
        .arg(f.reasons.join(QStringLiteral(", ")));
}

} // namespace

class tst_DemoMarket : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void instrumentsAreFictionalWithSectorsAndSanePrices() {
        const QList<DemoInstrument>& list = DemoMarket::instruments();
        QVERIFY(list.size() >= 6);
        QCOMPARE(DemoMarket::tickers().size(), list.size());
        const QRegularExpression shape(QStringLiteral("^[A-Z]{3,4}$"));
        // The tickers of the real data in shared/data: the demo must never look like it.
        const QSet<QString> real = {QStringLiteral("SPY"), QStringLiteral("IBM"),
                                    QStringLiteral("BAC")};
        QSet<QString> seen;
        QHash<QString, int> perSector;
        for (const DemoInstrument& i : list) {
            QVERIFY2(shape.match(i.ticker).hasMatch(), qPrintable(i.ticker));
            QVERIFY2(!real.contains(i.ticker), qPrintable(i.ticker));
            QVERIFY2(!seen.contains(i.ticker), qPrintable(i.ticker));
            seen.insert(i.ticker);
            QVERIFY(!i.companyName.isEmpty());
            QVERIFY(!i.sector.isEmpty());
            QCOMPARE(DemoMarket::sectorOf(i.ticker), i.sector);
            QCOMPARE(DemoMarket::sectorMap().value(i.ticker), i.sector);
            ++perSector[i.sector];
            QVERIFY2(i.startPrice >= Price::fromWhole(20) && i.startPrice <= Price::fromWhole(400),
                     qPrintable(i.startPrice.toString()));
            QCOMPARE(i.startPrice.units() % 100, 0); // on the cent
            QVERIFY(i.baseVolume > 0);
        }
        QStringList inOrder;
        for (const DemoInstrument& i : list)
            inOrder << i.ticker;
        QCOMPARE(DemoMarket::tickers(), inOrder);
        // At least two tickers share a sector, so that the sector limit matters.
        QVERIFY(std::any_of(perSector.cbegin(), perSector.cend(), [](int n) { return n >= 2; }));
        QVERIFY(perSector.size() >= 3);
        QCOMPARE(DemoMarket::sectorOf(QStringLiteral("SPY")), QString());
        QCOMPARE(DemoMarket::sectorMap().size(), list.size());
        QVERIFY(DemoMarket().bars(QStringLiteral("SPY"), kFirstDay, 3).empty());
        QVERIFY(DemoMarket().bars(DemoMarket::tickers().constFirst(), kFirstDay, 0).empty());
    }

    void sameSeedSameBarsOtherSeedOtherBars() {
        const DemoMarket a;
        const DemoMarket b(DemoMarket::kDefaultSeed);
        const DemoMarket other(DemoMarket::kDefaultSeed + 1);
        QCOMPARE(a.seed(), quint32(20261124));
        QHash<QString, std::vector<Bar>> firstRun;
        for (const QString& t : DemoMarket::tickers()) {
            const std::vector<Bar> x = a.bars(t, kFirstDay, 5);
            QVERIFY(!x.empty());
            QVERIFY(x == b.bars(t, kFirstDay, 5));
            QVERIFY(x == a.bars(t, kFirstDay, 5)); // no hidden state in the market object
            const std::vector<Bar> y = other.bars(t, kFirstDay, 5);
            QCOMPARE(y.size(), x.size());
            QVERIFY(x != y);
            // Prices differ bar after bar, not in one place: a different path, not a tweak.
            std::size_t differentCloses = 0;
            for (std::size_t i = 0; i < x.size(); ++i)
                differentCloses += x[i].close != y[i].close ? 1 : 0;
            QVERIFY2(differentCloses > x.size() * 9 / 10, qPrintable(t));
            // A shorter run is the start of a longer one.
            const std::vector<Bar> longer = a.bars(t, kFirstDay, 8);
            QVERIFY(longer.size() > x.size());
            QVERIFY(std::equal(x.begin(), x.end(), longer.begin()));
            firstRun.insert(t, x);
        }
        // Each ticker has its own path.
        const QStringList tickers = DemoMarket::tickers();
        for (qsizetype i = 1; i < tickers.size(); ++i) {
            const std::vector<Bar>& p = firstRun[tickers[i - 1]];
            const std::vector<Bar>& q = firstRun[tickers[i]];
            int sameDirection = 0;
            for (std::size_t k = 1; k < p.size(); ++k) {
                const auto d1 = p[k].close.units() - p[k - 1].close.units();
                const auto d2 = q[k].close.units() - q[k - 1].close.units();
                sameDirection += (d1 > 0) == (d2 > 0) ? 1 : 0;
            }
            QVERIFY(sameDirection < int(p.size()) * 6 / 10);
        }
    }

    void everyBarIsValidAndInsideTheSession_data() {
        QTest::addColumn<QDate>("firstDay");
        QTest::addColumn<int>("days");
        // Thanksgiving, the 13:00 close after it, Christmas Eve (13:00), Christmas, New Year.
        QTest::newRow("year end") << QDate(2026, 11, 20) << 30;
        // New York moves its clocks on Sunday 2027-03-14: UTC times of the open shift an hour.
        QTest::newRow("daylight saving") << QDate(2027, 3, 8) << 10;
        // Good Friday 2027-03-26 is a holiday; a Saturday start begins on the Monday.
        QTest::newRow("good friday, weekend start") << QDate(2027, 3, 20) << 6;
    }

    void everyBarIsValidAndInsideTheSession() {
        QFETCH(QDate, firstDay);
        QFETCH(int, days);
        const MarketCalendar calendar;
        const QList<QDate> tradingDays = DemoMarket::tradingDays(firstDay, days);
        QCOMPARE(tradingDays.size(), days);
        QVERIFY(tradingDays.constFirst() >= firstDay);
        // Full-day closures that no demo day may fall on (NYSE's published calendar).
        const QList<QDate> holidays = {QDate(2026, 11, 26), QDate(2026, 12, 25), QDate(2027, 1, 1),
                                       QDate(2027, 3, 26)};
        for (const QDate& d : tradingDays) {
            QVERIFY2(!holidays.contains(d), qPrintable(d.toString(Qt::ISODate)));
            QVERIFY(d.dayOfWeek() <= 5);
        }
        const DemoMarket market;
        for (const QString& t : DemoMarket::tickers()) {
            const std::vector<Bar> bars = market.bars(t, firstDay, days);
            QHash<QDate, int> minutesPerDay;
            for (std::size_t i = 0; i < bars.size(); ++i) {
                const Bar& b = bars[i];
                const QString where = t + u' ' + nyText(b.timeMs);
                QVERIFY2(b.low.isPositive(), qPrintable(where));
                QVERIFY2(b.low <= b.open && b.open <= b.high, qPrintable(where));
                QVERIFY2(b.low <= b.close && b.close <= b.high, qPrintable(where));
                QVERIFY2(b.volume > 0, qPrintable(where));
                for (const Price p : {b.open, b.high, b.low, b.close})
                    QVERIFY2(p.units() % 100 == 0, qPrintable(where + u' ' + p.toString(4)));
                QCOMPARE(b.timeMs % 60'000, 0);
                if (i > 0)
                    QVERIFY2(b.timeMs > bars[i - 1].timeMs, qPrintable(where));
                const QDate day = calendar.newYorkDate(b.timeMs);
                QVERIFY2(tradingDays.contains(day), qPrintable(where));
                const std::optional<TradingSession> s = calendar.session(day);
                QVERIFY2(s && s->openMs <= b.timeMs && b.timeMs < s->closeMs, qPrintable(where));
                const QTime time = nyTime(b.timeMs);
                QVERIFY2(time >= QTime(9, 30) && time < QTime(16, 0), qPrintable(where));
                ++minutesPerDay[day];
            }
            // Every minute of every session, and nothing else.
            QCOMPARE(minutesPerDay.size(), tradingDays.size());
            for (const QDate& d : tradingDays) {
                const bool early = d == QDate(2026, 11, 27) || d == QDate(2026, 12, 24);
                QCOMPARE(calendar.isEarlyClose(d), early);
                QCOMPARE(minutesPerDay.value(d), early ? 210 : 390);
            }
        }
    }

    void fillAddsEveryTickerOnce() {
        const DemoMarket market;
        ReplayFeed feed;
        QString error;
        QVERIFY2(market.fill(feed, kFirstDay, 3, &error), qPrintable(error));
        QCOMPARE(feed.symbols(), DemoMarket::tickers());
        const std::vector<ReplayBar>& merged = feed.bars();
        QCOMPARE(merged.size(), std::size_t(DemoMarket::tickers().size()) * 3 * 390);
        for (qsizetype s = 0; s < feed.symbols().size(); ++s) {
            std::vector<Bar> mine;
            for (const ReplayBar& rb : merged) {
                if (rb.symbol == s)
                    mine.push_back(rb.bar);
            }
            QVERIFY(mine == market.bars(feed.symbols()[s], kFirstDay, 3));
        }
        // The same days again would be the same minutes twice: refused.
        QVERIFY(!market.fill(feed, kFirstDay, 3, &error));
        QVERIFY2(error.contains(QStringLiteral("already loaded")), qPrintable(error));
        QVERIFY(!market.fill(feed, kFirstDay, 0, &error));
        QVERIFY(!error.isEmpty());
        // Later days join the same symbols.
        const QDate next = DemoMarket::tradingDays(kFirstDay, 4).constLast();
        QVERIFY2(DemoMarket(7).fill(feed, next, 1, &error), qPrintable(error));
        QCOMPARE(feed.symbols(), DemoMarket::tickers());
        QCOMPARE(feed.bars().size(), std::size_t(DemoMarket::tickers().size()) * 4 * 390);
    }

    void volumeIsUShapedAndPricesTrend() {
        const DemoMarket market;
        const MarketCalendar calendar;
        constexpr int kDays = 40;
        for (const QString& t : DemoMarket::tickers()) {
            const std::vector<Bar> bars = market.bars(t, QDate(2027, 1, 4), kDays);
            double open = 0, midday = 0, close = 0;
            int nOpen = 0, nMidday = 0, nClose = 0;
            int upDays = 0, downDays = 0;
            double rangeSum = 0;
            qint64 dayOpen = 0, dayHigh = 0, dayLow = 0;
            const Price start = bars.front().open;
            for (std::size_t i = 0; i < bars.size(); ++i) {
                const Bar& b = bars[i];
                const QTime time = nyTime(b.timeMs);
                if (time < QTime(10, 0)) {
                    open += double(b.volume);
                    ++nOpen;
                } else if (time >= QTime(12, 0) && time < QTime(13, 30)) {
                    midday += double(b.volume);
                    ++nMidday;
                } else if (time >= QTime(15, 30)) {
                    close += double(b.volume);
                    ++nClose;
                }
                if (time == QTime(9, 30)) {
                    dayOpen = b.open.units();
                    dayHigh = b.high.units();
                    dayLow = b.low.units();
                }
                dayHigh = std::max(dayHigh, b.high.units());
                dayLow = std::min(dayLow, b.low.units());
                const bool lastOfDay =
                    i + 1 == bars.size() ||
                    calendar.newYorkDate(bars[i + 1].timeMs) != calendar.newYorkDate(b.timeMs);
                if (lastOfDay) {
                    const double change = double(b.close.units() - dayOpen) / double(dayOpen);
                    upDays += change > 0.01 ? 1 : 0;
                    downDays += change < -0.01 ? 1 : 0;
                    rangeSum += double(dayHigh - dayLow) / double(dayOpen);
                }
                // A demo never wanders off to a penny stock or a multiple of its start.
                QVERIFY2(b.low >= start.scaled(0.5) && b.high <= start.scaled(2.0),
                         qPrintable(t + u' ' + nyText(b.timeMs)));
            }
            open /= nOpen;
            midday /= nMidday;
            close /= nClose;
            QVERIFY2(open > 2.0 * midday && close > 1.5 * midday,
                     qPrintable(QStringLiteral("%1: open %2 midday %3 close %4")
                                    .arg(t)
                                    .arg(open)
                                    .arg(midday)
                                    .arg(close)));
            // Trend days both ways, and a day's range of an active stock (1.5-8 %).
            QVERIFY2(
                upDays >= kDays / 8 && downDays >= kDays / 8,
                qPrintable(QStringLiteral("%1: %2 up, %3 down").arg(t).arg(upDays).arg(downDays)));
            const double averageRange = rangeSum / kDays;
            QVERIFY2(averageRange > 0.015 && averageRange < 0.08,
                     qPrintable(t + u' ' + QString::number(averageRange)));
        }
    }

    // Ten demo days through ReplaySession, as the command line's replay runs: the executor
    // trades, wins and loses, and leaves by more than one door.
    void tenDaysTradeThroughThePipeline() {
        ReplayFeed feed;
        QString error;
        QVERIFY2(DemoMarket().fill(feed, kFirstDay, kReplayDays, &error), qPrintable(error));
        ReplaySession session(demoConfig(), Money::fromWhole(100'000));
        session.setFeed(feed);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("demo.db"));
        QVERIFY2(session.openJournal(path, &error), qPrintable(error));
        const ReplaySummary summary = session.run();
        const ExecutorStats& st = summary.stats;
        qInfo("%s", qPrintable(summary.toText()));

        QCOMPARE(st.bars, qint64(DemoMarket::tickers().size()) * (9 * 390 + 210));
        QVERIFY2(st.trades >= 50, qPrintable(QString::number(st.trades)));
        QVERIFY(st.wins >= 10);
        QVERIFY(st.losses >= 10);
        QCOMPARE(st.killSwitchTrips, 0);
        // The sector limit bites: three of the tickers are Technology.
        QVERIFY(st.rejected.value(QStringLiteral("sector_exposure")) > 0);

        const JournalReader j(path);
        QMap<QString, qint64> reasons;
        for (const QSqlRecord& r : j.rows(QStringLiteral(
                 "SELECT exit_reason, COUNT(*) FROM trade_executions WHERE status = 'closed' "
                 "GROUP BY exit_reason")))
            reasons.insert(r.value(0).toString(), r.value(1).toLongLong());
        QStringList text;
        for (auto it = reasons.cbegin(); it != reasons.cend(); ++it)
            text << it.key() + u'=' + QString::number(it.value());
        qInfo("exit reasons: %s", qPrintable(text.join(QStringLiteral(", "))));
        for (const char* expected :
             {"stop_loss", "cloud_flip", "profit_target", "eod_close", "momentum_exhaustion"})
            QVERIFY2(reasons.value(QString::fromLatin1(expected)) > 0, expected);
        QCOMPARE(j.count(QStringLiteral("SELECT COUNT(*) FROM trade_executions WHERE status = "
                                        "'closed' AND pnl_e4 > 0 AND exit_reason = "
                                        "'profit_target'")) > 0,
                 true);
        const qint64 scaleIns = j.count(QStringLiteral(
            "SELECT COUNT(*) FROM orders WHERE leg = 'scale' AND filled_quantity > 0"));
        QVERIFY(scaleIns > 0);
        qInfo("scale-ins filled: %lld", scaleIns);

        // Day trades are flat by the EOD cutoff: none is held overnight.
        for (const QSqlRecord& r : j.rows(QStringLiteral(
                 "SELECT id, entry_time_ms, exit_time_ms FROM trade_executions WHERE trade_type = "
                 "'day' AND status = 'closed'"))) {
            const MarketCalendar calendar;
            const qint64 entry = r.value(1).toLongLong();
            const qint64 exit = r.value(2).toLongLong();
            QVERIFY2(calendar.newYorkDate(entry) == calendar.newYorkDate(exit),
                     qPrintable(QStringLiteral("trade %1: %2 -> %3")
                                    .arg(r.value(0).toString(), nyText(entry), nyText(exit))));
            QVERIFY2(
                exit <= calendar.session(calendar.newYorkDate(entry))->closeMs,
                qPrintable(
                    QStringLiteral("trade %1 exits %2").arg(r.value(0).toString(), nyText(exit))));
        }
        QCOMPARE(j.count(QStringLiteral("SELECT COUNT(*) FROM trade_executions WHERE trade_type = "
                                        "'day' AND status = 'open'")),
                 0);

        // Anomalies: the order book flags every broker event its state machine refuses. A
        // cancel that crossed a fill (refused as too late) is an expected race, not one of them.
        QCOMPARE(st.anomalies, 0);
    }

    // What a person sees in the first wall minute of the demo, after the recommended warm-up:
    // entries, a closed trade and a scale-in. And the warm-up is the smallest that has every
    // scanned timeframe past the signal engine's warm-up at the first shown bar.
    void signalsFlowRightAfterTheRecommendedWarmup_data() {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<QDate>("firstDay");
        QTest::newRow("default seed") << DemoMarket::kDefaultSeed << kFirstDay;
        // The warm-up spans the 13:00 close of 2026-11-27 (4 hour bars instead of 7).
        QTest::newRow("early close in the warm-up")
            << DemoMarket::kDefaultSeed << QDate(2026, 11, 20);
        QTest::newRow("another seed") << quint32(1) << QDate(2027, 2, 1);
    }

    void signalsFlowRightAfterTheRecommendedWarmup() {
        QFETCH(quint32, seed);
        QFETCH(QDate, firstDay);
        const int warmup = DemoMarket::recommendedWarmupDays();
        const Flow f = runDemo(seed, firstDay, warmup);
        qInfo("warm-up %d days: %s", warmup, qPrintable(describe(f)));

        QCOMPARE(f.warmBarsAtStart.size(), 3); // 5m, 10m, 1h
        for (int bars : f.warmBarsAtStart)
            QVERIFY2(bars >= f.warmupBars, qPrintable(QString::number(bars)));
        // One day less leaves the hour clouds short of their warm-up.
        const Flow shorter = runDemo(seed, firstDay, warmup - 1, 1);
        QVERIFY(shorter.warmBarsAtStart.constLast() < shorter.warmupBars);

        // Entries from the first trading hour on (3 wall seconds at 20 minutes a second).
        QVERIFY(f.firstEntryFill >= 0 && f.firstEntryFill < 60);
        QVERIFY(f.firstClose >= 0 && f.firstClose < kShownMinutes);
        QVERIFY(f.firstScaleIn >= 0 && f.firstScaleIn < kShownMinutes);
        QVERIFY(f.entryFills >= 10);
        QVERIFY(f.closes >= 10);
        QVERIFY(QSet<QString>(f.reasons.begin(), f.reasons.end()).size() >= 3);
    }
};

QTEST_GUILESS_MAIN(tst_DemoMarket)
#include "tst_DemoMarket.moc"
