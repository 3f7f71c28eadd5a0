// Replays across a corporate action, and what a replay says at its end.
//
// The defect: a replay of raw Lean minute data across the AAPL 7:1 split (before the open of
// 2014-06-09) kept the EMA clouds of the 645 dollar stock on the 93 dollar one, so the signals of
// 06-09 had stops near 626 and negative targets, and the gate approved them. The AAPL minute days
// are not in the shared data (only its factor file is), so the test writes a Lean layout of its
// own: synthetic minute bars priced like the real ones (646 -> 645.57 on 06-05/06, 92.69 -> 93.70
// on 06-09, volumes 7x after the split as Lean's raw data has them) and a copy of the real
// factor_files/aapl.csv beside the minute/ folder.

#include "CommandLine.h"
#include "TestPaths.h"
#include "execution/ReplaySession.h"
#include "market/MarketCalendar.h"
#include "signals/CloudSignalEngine.h"
#include "support/StoredZip.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <algorithm>
#include <cmath>
#include <numbers>

using namespace axion;
using namespace Qt::StringLiterals;

namespace {

const QString kAaplFactors =
    QStringLiteral(AXION_SHARED_DIR "/data/lean/equity/usa/factor_files/aapl.csv");
const QString kSpyDay =
    QStringLiteral(AXION_SHARED_DIR "/data/lean/equity/usa/minute/spy/20131007_trade.zip");

const QDate kThu(2014, 6, 5);
const QDate kFri(2014, 6, 6);
const QDate kSplitDay(2014, 6, 9);

// One synthetic regular session: 390 minute bars from `open` to `close` with a slow trend and
// two waves on it (so the clouds flip and signals fire), whole cents, Lean's row format.
QByteArray leanMinuteCsv(double open, double close, qint64 volumeScale) {
    QByteArray out;
    double previous = open;
    constexpr int kMinutes = 390;
    for (int t = 0; t < kMinutes; ++t) {
        const double trend = open + (close - open) * t / (kMinutes - 1);
        const double wave = trend * (0.004 * std::sin(2 * std::numbers::pi * t / 45.0) +
                                     0.0015 * std::sin(2 * std::numbers::pi * t / 11.0));
        const double c = t == kMinutes - 1 ? close : trend + wave;
        const double o = t == 0 ? open : previous;
        const double h = std::max(o, c) + trend * 0.0004;
        const double l = std::min(o, c) - trend * 0.0004;
        previous = c;
        const auto units = [](double price) { return std::llround(price * 100.0) * 100; };
        const qint64 volume = (10'000 + (t % 17 == 0 ? 25'000 : 0) + (t % 7) * 500) * volumeScale;
        if (!out.isEmpty())
            out += '\n';
        out += QByteArray::number(34'200'000LL + qint64(t) * 60'000) + ',' +
               QByteArray::number(units(o)) + ',' + QByteArray::number(units(h)) + ',' +
               QByteArray::number(units(l)) + ',' + QByteArray::number(units(c)) + ',' +
               QByteArray::number(volume);
    }
    return out; // Lean's last line has no newline
}

bool writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// <root>/minute/aapl/<day>_trade.zip for the three days, and the real factor file when asked.
bool writeLeanLayout(const QString& root, bool withFactorFile) {
    QDir dir(root);
    if (!dir.mkpath(u"minute/aapl"_s))
        return false;
    const struct {
        QDate day;
        double open;
        double close;
        qint64 volumeScale;
    } days[] = {{kThu, 646.25, 643.00, 1}, {kFri, 643.40, 645.57, 1}, {kSplitDay, 92.69, 93.70, 7}};
    for (const auto& d : days) {
        const QString stamp = d.day.toString(u"yyyyMMdd"_s);
        const QByteArray entry = stamp.toLatin1() + "_aapl_minute_trade.csv";
        if (!writeFile(dir.filePath(u"minute/aapl/"_s + stamp + u"_trade.zip"_s),
                       test::storedZip({{entry, leanMinuteCsv(d.open, d.close, d.volumeScale)}})))
            return false;
    }
    if (withFactorFile) {
        if (!dir.mkpath(u"factor_files"_s))
            return false;
        if (!QFile::copy(kAaplFactors, dir.filePath(u"factor_files/aapl.csv"_s)))
            return false;
    }
    return true;
}

QStringList zipsOf(const QString& root) {
    const QDir dir(root + u"/minute/aapl"_s);
    QStringList files;
    for (const QString& f : dir.entryList({u"*_trade.zip"_s}, QDir::Files, QDir::Name))
        files << dir.filePath(f);
    return files;
}

QDate newYorkDate(qint64 utcMs) {
    return QDateTime::fromMSecsSinceEpoch(utcMs, MarketCalendar::newYork()).date();
}

// A signal as the journal recorded it, with the gate's answer.
struct JournaledSignal {
    QString id;
    QString type;
    QDate date;
    Price entry;
    Price stop;
    std::optional<Price> target;
    bool approved = false;

    QString describe() const {
        return id + u' ' + type + QStringLiteral(" entry ") + entry.toString() +
               QStringLiteral(" stop ") + stop.toString() + QStringLiteral(" target ") +
               (target ? target->toString() : u"none"_s) +
               (approved ? QStringLiteral(" (approved)") : QString());
    }
    // The defect's signature: a stop (or target) that belongs to another price scale.
    bool levelsAreSane(double within) const {
        const double e = entry.toDouble();
        if (!(e > 0) || std::abs(stop.toDouble() / e - 1.0) > within)
            return false;
        return !target ||
               (target->isPositive() && std::abs(target->toDouble() / e - 1.0) <= within);
    }
};

// The signals and risk decisions of a journal, read through a connection of the test's own.
QList<JournaledSignal> journaledSignals(const QString& path) {
    QList<JournaledSignal> out;
    const QString name = u"reader-"_s + path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (!db.open())
            qFatal("cannot open journal %s", qPrintable(path));
        QSqlQuery q(db);
        if (!q.exec(u"SELECT kind, ref_id, payload_json FROM events WHERE kind IN ('signal', "
                    "'risk_decision') ORDER BY seq"_s))
            qFatal("query failed");
        QHash<QString, qsizetype> byId;
        while (q.next()) {
            const QJsonObject p = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
            const QString id = q.value(1).toString();
            if (q.value(0).toString() == u"signal") {
                JournaledSignal s;
                s.id = id;
                s.type = p.value(u"signal_type"_s).toString();
                s.date = newYorkDate(qint64(p.value(u"timestamp_ms"_s).toDouble()));
                s.entry = Price::parse(p.value(u"entry_price"_s).toString()).value_or(Price());
                s.stop = Price::parse(p.value(u"stop_loss"_s).toString()).value_or(Price());
                if (p.value(u"target_price"_s).isString())
                    s.target = Price::parse(p.value(u"target_price"_s).toString());
                byId.insert(id, out.size());
                out.append(s);
            } else if (p.value(u"approved"_s).toBool() && byId.contains(id)) {
                out[byId.value(id)].approved = true;
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

struct Run {
    ReplaySummary summary;
    QList<JournaledSignal> signals;
    std::vector<ReplayBar> bars;
    QStringList symbols;
};

Run replay(const QStringList& files, const ExecutorConfig& config, const QString& journal) {
    Run run;
    ReplaySession session(config, Money::fromWhole(100'000));
    for (const QString& f : files) {
        QString error;
        if (!session.addFile(f, &error))
            qFatal("%s", qPrintable(error));
    }
    QString error;
    if (!session.openJournal(journal, &error))
        qFatal("%s", qPrintable(error));
    run.summary = session.run();
    run.signals = journaledSignals(journal);
    ReplayFeed feed = session.feed();
    run.bars = feed.bars();
    run.symbols = feed.symbols();
    return run;
}

// The last close of `before` and the first open of `after` of symbol 0.
std::pair<Price, Price> closeToOpen(const std::vector<ReplayBar>& bars, QDate before, QDate after) {
    Price close;
    Price open;
    for (const ReplayBar& rb : bars) {
        const QDate d = newYorkDate(rb.bar.timeMs);
        if (d == before)
            close = rb.bar.close;
        if (d == after && open.isZero())
            open = rb.bar.open;
    }
    return {close, open};
}

constexpr double kSane = 0.05; // every stop and target within 5 % of its entry

} // namespace

class tst_ReplayCorporateActions : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_adjustedRoot; // minute/ and factor_files/
    QString m_rawRoot;      // minute/ only

    QString journal(const char* name) const { return m_tmp.filePath(QString::fromLatin1(name)); }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_tmp.isValid());
        QVERIFY2(QFile::exists(kAaplFactors), qPrintable(kAaplFactors));
        m_adjustedRoot = m_tmp.filePath(u"with-factors"_s);
        m_rawRoot = m_tmp.filePath(u"raw"_s);
        QVERIFY(writeLeanLayout(m_adjustedRoot, true));
        QVERIFY(writeLeanLayout(m_rawRoot, false));
        QCOMPARE(zipsOf(m_adjustedRoot).size(), 3);
    }

    // (a) The factor file beside minute/ adjusts the split away: continuous prices, no warning,
    // and every signal (approved or not) has its stop and target near its entry.
    void theFactorFileAdjustsTheSplit() {
        const Run run = replay(zipsOf(m_adjustedRoot), ExecutorConfig{}, journal("adjusted.db"));
        QCOMPARE(run.summary.adjustedSymbols, QStringList{u"AAPL"_s});
        QVERIFY(run.summary.warnings.isEmpty());
        QVERIFY(run.summary.toText().contains(u"  price factors   AAPL\n"_s));
        QVERIFY(run.summary.toText().contains(u"  warnings        none\n"_s));
        QCOMPARE(run.summary.toJson().value(u"adjusted_symbols"_s).toArray(),
                 QJsonArray{u"AAPL"_s});
        QVERIFY(run.summary.toJson().value(u"warnings"_s).toArray().isEmpty());

        const auto [close, open] = closeToOpen(run.bars, kFri, kSplitDay);
        // 645.57 x 0.9011818 x 0.0357143 and 92.69 x 0.9011818 x 0.25 (first row >= the date).
        QCOMPARE(close, Price::fromUnits(207777));
        QCOMPARE(open, Price::fromUnits(208826));
        QVERIFY(std::abs(CloseToOpenJump::change(close, open)) < 0.01);

        QVERIFY(run.summary.stats.entrySignals > 0);
        QVERIFY(run.summary.stats.approved > 0);
        int onSplitDay = 0;
        for (const JournaledSignal& s : run.signals) {
            QVERIFY2(s.levelsAreSane(kSane), qPrintable(s.describe()));
            onSplitDay += s.date == kSplitDay ? 1 : 0;
        }
        QVERIFY(onSplitDay > 0); // the clouds ran on across the split
        qInfo("adjusted: %d signals (%d on 2014-06-09), %lld approved", int(run.signals.size()),
              onSplitDay, run.summary.stats.approved);
    }

    // (b) Raw data, no factor file: the jump is a warning, and the clouds start over at the
    // 06-09 open, so no signal of that day has a stop or target of the 645 dollar stock.
    void aJumpWithoutAFactorFileResetsTheClouds() {
        const Run run = replay(zipsOf(m_rawRoot), ExecutorConfig{}, journal("raw.db"));
        QVERIFY(run.summary.adjustedSymbols.isEmpty());
        const auto [close, open] = closeToOpen(run.bars, kFri, kSplitDay);
        QCOMPARE(close, Price::fromUnits(6'455'700));
        QCOMPARE(open, Price::fromUnits(926'900));

        QCOMPARE(run.summary.warnings.size(), 1);
        const ReplayWarning& w = run.summary.warnings.front();
        QCOMPARE(w.code, u"price_jump"_s);
        QCOMPARE(w.ticker, u"AAPL"_s);
        QCOMPARE(w.jump.previousDate, kFri);
        QCOMPARE(w.jump.date, kSplitDay);
        QCOMPARE(w.jump.previousClose, close);
        QCOMPARE(w.jump.open, open);
        const QString text = run.summary.toText();
        QVERIFY2(text.contains(u"  price factors   none\n"_s), qPrintable(text));
        QVERIFY2(text.contains(u"  warnings        1\n    AAPL 2014-06-09: close 645.57 "
                               "(2014-06-06) -> open 92.69 (-85.6 %), no factor file: clouds "
                               "reset\n"_s),
                 qPrintable(text));
        const QJsonArray warnings = run.summary.toJson().value(u"warnings"_s).toArray();
        QCOMPARE(warnings.size(), 1);
        const QJsonObject j = warnings.first().toObject();
        QCOMPARE(j.value(u"code"_s).toString(), u"price_jump"_s);
        QCOMPARE(j.value(u"ticker"_s).toString(), u"AAPL"_s);
        QCOMPARE(j.value(u"date"_s).toString(), u"2014-06-09"_s);
        QCOMPARE(j.value(u"previous_date"_s).toString(), u"2014-06-06"_s);
        QCOMPARE(j.value(u"previous_close"_s).toDouble(), 645.57);
        QCOMPARE(j.value(u"open"_s).toDouble(), 92.69);
        QVERIFY(j.value(u"change"_s).toDouble() < -0.85);

        QVERIFY(run.summary.stats.entrySignals > 0);
        int onSplitDay = 0;
        for (const JournaledSignal& s : run.signals) {
            QVERIFY2(s.levelsAreSane(kSane), qPrintable(s.describe()));
            onSplitDay += s.date == kSplitDay ? 1 : 0;
        }
        QVERIFY(onSplitDay > 0); // signals again once the new clouds have warmed up
        qInfo("raw: %d signals (%d on 2014-06-09), %lld approved", int(run.signals.size()),
              onSplitDay, run.summary.stats.approved);
    }

    // The factor file is there but adjustment is off (replay_adjust_prices false, as
    // --raw-prices sets it): raw prices, the same warning and reset.
    void adjustmentOffIsRawWithTheWarning() {
        ExecutorConfig config;
        config.replayAdjustPrices = false;
        const Run run = replay(zipsOf(m_adjustedRoot), config, journal("off.db"));
        QVERIFY(run.summary.adjustedSymbols.isEmpty());
        QCOMPARE(closeToOpen(run.bars, kFri, kSplitDay).first, Price::fromUnits(6'455'700));
        QCOMPARE(run.summary.warnings.size(), 1);
        QCOMPARE(run.summary.warnings.front().jump.date, kSplitDay);
        for (const JournaledSignal& s : run.signals)
            QVERIFY2(s.levelsAreSane(kSane), qPrintable(s.describe()));
    }

    // The defect itself, kept visible: with the reset turned off (replay_jump_reset_pct 0) the
    // 06-09 signals come from the 645 dollar clouds. If this stops failing the sanity check, the
    // tests above no longer prove that the reset is what keeps the levels sane.
    void withoutTheResetTheSplitDayHasAbsurdLevels() {
        ExecutorConfig config;
        config.replayJumpResetPct = 0.0;
        const Run run = replay(zipsOf(m_rawRoot), config, journal("noreset.db"));
        QVERIFY(run.summary.warnings.isEmpty());
        const auto absurd =
            std::count_if(run.signals.cbegin(), run.signals.cend(), [](const JournaledSignal& s) {
                return s.date == kSplitDay && !s.levelsAreSane(kSane);
            });
        QVERIFY2(absurd > 0, "expected stale-cloud signals on 2014-06-09");
        for (const JournaledSignal& s : run.signals) {
            if (s.date == kSplitDay && !s.levelsAreSane(kSane)) {
                qInfo("without the reset: %s", qPrintable(s.describe()));
                break;
            }
        }
    }

    void resetSymbolForgetsOneSymbolOnly() {
        ExecutorConfig config;
        CloudSignalEngine engine(config);
        std::vector<Signal> out;
        const qint64 open =
            QDateTime(kFri, QTime(9, 30), MarketCalendar::newYork()).toMSecsSinceEpoch();
        for (int m = 0; m < 30; ++m) {
            for (int s = 0; s < 2; ++s) {
                const Price p = Price::fromWhole(100 + m);
                engine.onMinuteBar(s, s == 0 ? u"AAA"_s : u"BBB"_s,
                                   Bar{open + m * 60'000LL, p, p, p, p, 1000}, out);
            }
        }
        QCOMPARE(engine.stack(0, 0)->barCount(), 6); // 5m bars
        QVERIFY(engine.lastBar(0, 0));
        engine.resetSymbol(0);
        QCOMPARE(engine.stack(0, 0)->barCount(), 0);
        QVERIFY(!engine.lastBar(0, 0));
        QCOMPARE(engine.stack(1, 0)->barCount(), 6);
        engine.resetSymbol(7); // unknown: ignored
        engine.resetSymbol(-1);
        QCOMPARE(engine.symbolCount(), 2);
    }

    // A replay that ends with positions open says which, how many shares, and whether a stop at
    // the broker covers them: the adjusted AAPL days cut off right after an entry.
    void positionsOpenAtTheEndAreReported() {
        const Run full = replay(zipsOf(m_adjustedRoot), ExecutorConfig{}, journal("full.db"));
        // The first trade entered on 06-09: the replay is cut a minute after its entry bar.
        qint64 entryMs = 0;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"full"_s);
            db.setDatabaseName(journal("full.db"));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"SELECT entry_time_ms FROM trade_executions ORDER BY entry_time_ms"_s));
            while (q.next() && entryMs == 0) {
                if (newYorkDate(q.value(0).toLongLong()) == kSplitDay)
                    entryMs = q.value(0).toLongLong();
            }
        }
        QSqlDatabase::removeDatabase(u"full"_s);
        QVERIFY2(entryMs > 0, "no trade entered on 2014-06-09");
        std::vector<Bar> cut;
        for (const ReplayBar& rb : full.bars) {
            if (rb.bar.timeMs <= entryMs + 60'000)
                cut.push_back(rb.bar);
        }
        ReplayFeed feed;
        QString error;
        QVERIFY2(feed.addBars(u"AAPL"_s, cut, &error), qPrintable(error));
        ReplaySession session(ExecutorConfig{}, Money::fromWhole(100'000));
        session.setFeed(feed);
        QVERIFY2(session.openJournal(journal("cut.db"), &error), qPrintable(error));
        const ReplaySummary summary = session.run();

        QCOMPARE(summary.openPositions.size(), 1);
        const OpenPositionLine& p = summary.openPositions.front();
        QCOMPARE(p.ticker, u"AAPL"_s);
        QVERIFY(p.shares > 0);
        // The journal's open trade is the same position, with its stop at the broker.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"cut"_s);
            db.setDatabaseName(journal("cut.db"));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"SELECT direction, shares, stop_loss_e4 FROM trade_executions WHERE "
                           "status = 'open'"_s));
            QVERIFY(q.next());
            QCOMPARE(toString(p.direction), q.value(0).toString());
            QCOMPARE(p.shares, q.value(1).toLongLong());
            QVERIFY(p.isProtected());
            QVERIFY(p.stop);
            QCOMPARE(p.stop->units(), q.value(2).toLongLong());
            QVERIFY(!q.next());
        }
        QSqlDatabase::removeDatabase(u"cut"_s);
        const QString text = summary.toText();
        const QString line = u"  open at end     AAPL "_s + toString(p.direction) + u' ' +
                             QString::number(p.shares) + u" (protected by stop "_s +
                             p.stop->toString(2) + u")\n"_s;
        QVERIFY2(text.contains(line), qPrintable(text));
        const QJsonArray open = summary.toJson().value(u"open_positions"_s).toArray();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().toObject().value(u"ticker"_s).toString(), u"AAPL"_s);
        QCOMPARE(open.first().toObject().value(u"shares"_s).toInteger(), p.shares);
        QCOMPARE(open.first().toObject().value(u"protected"_s).toBool(), true);
    }

    // Day trades are flat at the end of a whole session: the summary says "none".
    void aFullDayEndsWithNothingOpen() {
        QVERIFY2(QFile::exists(kSpyDay), qPrintable(kSpyDay));
        const Run run = replay({kSpyDay}, ExecutorConfig{}, journal("spy.db"));
        QVERIFY(run.summary.stats.fills > 0); // it traded
        QVERIFY(run.summary.openPositions.isEmpty());
        QVERIFY(run.summary.toText().contains(u"  open at end     none\n"_s));
        QVERIFY(run.summary.toJson().value(u"open_positions"_s).isArray());
        QVERIFY(run.summary.toJson().value(u"open_positions"_s).toArray().isEmpty());
        QCOMPARE(run.summary.adjustedSymbols, QStringList{u"SPY"_s}); // factor_files/spy.csv
    }

    // --raw-prices: the headless replay ignores the factor files (replay_adjust_prices false).
    void rawPricesOnTheCommandLine() {
        const auto cl = [](const QStringList& args) {
            return CommandLine::parse(QStringList{u"axion-executor"_s} + args);
        };
        QVERIFY(!cl({u"--headless"_s, u"--replay"_s, kSpyDay}).rawPrices);
        QVERIFY(cl({u"--headless"_s, u"--replay"_s, kSpyDay, u"--raw-prices"_s}).rawPrices);
        const CommandLine alone = cl({u"--raw-prices"_s});
        QCOMPARE(int(alone.action), int(CommandLine::Action::Error));
        QVERIFY2(alone.error.contains(u"--raw-prices"_s), qPrintable(alone.error));

        const auto summaryOf = [this](const QStringList& extra) {
            const QString path = m_tmp.filePath(u"summary-%1.json"_s.arg(extra.size()));
            QProcess p;
            p.start(
                QStringLiteral(AXION_EXECUTOR_PATH),
                QStringList{u"--headless"_s, u"--replay"_s, kSpyDay, u"--summary-json"_s, path} +
                    extra);
            if (!p.waitForFinished(60'000) || p.exitCode() != 0)
                qFatal("axion-executor failed: %s", p.readAllStandardError().constData());
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                qFatal("no summary");
            return QJsonDocument::fromJson(f.readAll()).object();
        };
        QCOMPARE(summaryOf({}).value(u"adjusted_symbols"_s).toArray(), QJsonArray{u"SPY"_s});
        const QJsonObject raw = summaryOf({u"--raw-prices"_s});
        QVERIFY(raw.value(u"adjusted_symbols"_s).toArray().isEmpty());
        QVERIFY(raw.value(u"warnings"_s).toArray().isEmpty()); // an ordinary day: no jump
        QVERIFY(raw.value(u"open_positions"_s).toArray().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_ReplayCorporateActions)
#include "tst_ReplayCorporateActions.moc"
