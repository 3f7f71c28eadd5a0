#include "TestPaths.h"
#include "market/ReplayFeed.h"
#include "support/StoredZip.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <algorithm>
#include <array>
#include <limits>

using namespace axion;
using axion::test::storedZip;
using namespace Qt::StringLiterals;

namespace {

// Expected values below were read from the zips themselves with Python's zipfile module (first and
// last rows, counts, volume sums), never from the code under test; SOURCES.md §1 documents the
// SPY 2013-10-07 volume sum and the IBM missing minute.
const QString kMinuteDir = QStringLiteral(AXION_SHARED_DIR "/data/lean/equity/usa/minute");
const QStringList kSymbols = {QStringLiteral("spy"), QStringLiteral("ibm"), QStringLiteral("bac")};
const QStringList kDays = {QStringLiteral("20131004"), QStringLiteral("20131007"),
                           QStringLiteral("20131008"), QStringLiteral("20131009"),
                           QStringLiteral("20131010"), QStringLiteral("20131011")};

QString leanZip(const QString& symbol, const QString& day, const QString& kind = u"trade"_s) {
    return kMinuteDir + u'/' + symbol + u'/' + day + u'_' + kind + QStringLiteral(".zip");
}

qint64 utcMs(int y, int mo, int d, int h, int mi) {
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone::utc()).toMSecsSinceEpoch();
}

Price units(qint64 u) {
    return Price::fromUnits(u);
}

bool writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

bool sortedByTimeThenSymbol(const std::vector<ReplayBar>& bars) {
    return std::is_sorted(bars.begin(), bars.end(), [](const ReplayBar& a, const ReplayBar& b) {
        return a.bar.timeMs != b.bar.timeMs ? a.bar.timeMs < b.bar.timeMs : a.symbol < b.symbol;
    });
}

const QByteArray kCsvHeader = "timestamp,open,high,low,close,volume\n";

// An in-memory bar; prices in Price units (1/10,000 $).
Bar memBar(qint64 timeMs, qint64 o, qint64 h, qint64 l, qint64 cl, qint64 v) {
    Bar b;
    b.timeMs = timeMs;
    b.open = units(o);
    b.high = units(h);
    b.low = units(l);
    b.close = units(cl);
    b.volume = v;
    return b;
}

} // namespace

// The shared data is part of the test setup: missing files are a failure, never a skip.
#define REQUIRE_FILE(path)                                                                         \
    do {                                                                                           \
        if (!QFileInfo::exists(path))                                                              \
            QFAIL(qPrintable(QStringLiteral("missing shared market data: ") + (path) +             \
                             QStringLiteral(" (set -DAXION_SHARED_DIR to the shared folder)")));   \
    } while (false)

class tst_ReplayFeed : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_tmp;

    QString tmpPath(const QString& name) const { return m_tmp.filePath(name); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_tmp.isValid()); }

    void spyRegularSession() {
        const QString path = leanZip(u"spy"_s, u"20131007"_s);
        REQUIRE_FILE(path);
        ReplayFeed feed;
        feed.setPriceAdjustment(false); // the zip's own prices, not factor-adjusted
        QString error;
        QVERIFY2(feed.addFile(path, &error), qPrintable(error));
        QCOMPARE(feed.symbols(), QStringList{u"SPY"_s});
        QCOMPARE(feed.symbol(0), u"SPY"_s);
        QCOMPARE(feed.symbol(1), QString());

        const std::vector<ReplayBar>& bars = feed.bars();
        QCOMPARE(bars.size(), std::size_t(390));
        // 2013-10-07 is daylight saving time: 09:30 EDT = 13:30 UTC.
        const ReplayBar& first = bars.front();
        QCOMPARE(first.symbol, 0);
        QCOMPARE(first.bar.timeMs, utcMs(2013, 10, 7, 13, 30));
        // Row "34200000,1674300,1675200,1674100,1674400,816453".
        QCOMPARE(first.bar.open, units(1674300));
        QCOMPARE(first.bar.high, units(1675200));
        QCOMPARE(first.bar.low, units(1674100));
        QCOMPARE(first.bar.close, units(1674400));
        QCOMPARE(first.bar.volume, qint64(816453));
        QCOMPARE(first.bar.open.toString(), u"167.43"_s);
        // Row "57540000,1676300,1676300,1674100,1674200,2918992": the 15:59 bar.
        const Bar& last = bars.back().bar;
        QCOMPARE(last.timeMs, utcMs(2013, 10, 7, 19, 59));
        QCOMPARE(last.open, units(1676300));
        QCOMPARE(last.high, units(1676300));
        QCOMPARE(last.low, units(1674100));
        QCOMPARE(last.close, units(1674200));
        QCOMPARE(last.volume, qint64(2918992));

        qint64 volume = 0;
        for (std::size_t i = 0; i < bars.size(); ++i) {
            volume += bars[i].bar.volume;
            // Every minute of the session is there: 09:30 + i minutes.
            QCOMPARE(bars[i].bar.timeMs, first.bar.timeMs + qint64(i) * 60'000);
        }
        QCOMPARE(volume, qint64(81'489'219)); // SOURCES.md: equals the daily volume
    }

    void ibmMissingMinute() {
        const QString path = leanZip(u"ibm"_s, u"20131004"_s);
        REQUIRE_FILE(path);
        ReplayFeed feed;
        feed.setPriceAdjustment(false); // the zip's own prices, not factor-adjusted
        QString error;
        QVERIFY2(feed.addFile(path, &error), qPrintable(error));
        QCOMPARE(feed.symbols(), QStringList{u"IBM"_s});
        QCOMPARE(feed.bars().size(), std::size_t(389));
        // First row "34200000,1842200,1842200,1838900,1839100,4958".
        QCOMPARE(feed.bars().front().bar.open, units(1842200));
        QCOMPARE(feed.bars().front().bar.volume, qint64(4958));
    }

    void sessionFilterOffKeepsExtendedHours() {
        const QString path = leanZip(u"spy"_s, u"20131007"_s);
        REQUIRE_FILE(path);
        ReplayFeed feed;
        feed.setPriceAdjustment(false); // the zip's own prices, not factor-adjusted
        QVERIFY(feed.regularSessionOnly());
        feed.setRegularSessionOnly(false);
        QString error;
        QVERIFY2(feed.addFile(path, &error), qPrintable(error));
        const std::vector<ReplayBar>& bars = feed.bars();
        QCOMPARE(bars.size(), std::size_t(828));
        // First row "14400000,1674100,1674100,1672500,1672700,3197" (04:00 EDT).
        QCOMPARE(bars.front().bar.timeMs, utcMs(2013, 10, 7, 8, 0));
        QCOMPARE(bars.front().bar.close, units(1672700));
        QCOMPARE(bars.front().bar.volume, qint64(3197));
        // Last row "71940000,1672600,1673000,1672600,1673000,800" (19:59 EDT).
        QCOMPARE(bars.back().bar.timeMs, utcMs(2013, 10, 7, 23, 59));
        QCOMPARE(bars.back().bar.high, units(1673000));
        QCOMPARE(bars.back().bar.volume, qint64(800));
        QVERIFY(sortedByTimeThenSymbol(bars));

        // Switching the filter back rebuilds the merged vector.
        feed.setRegularSessionOnly(true);
        QCOMPARE(feed.bars().size(), std::size_t(390));
        feed.setRegularSessionOnly(false);
        QCOMPARE(feed.bars().size(), std::size_t(828));
    }

    void mergesSixDaysOfThreeSymbols() {
        QStringList paths;
        // Added symbol by symbol, so the merge has real interleaving work to do.
        for (const QString& s : kSymbols)
            for (const QString& d : kDays) {
                paths << leanZip(s, d);
                REQUIRE_FILE(paths.back());
            }

        std::size_t regularParts = 0;
        std::size_t allParts = 0;
        for (const QString& p : paths) {
            ReplayFeed one;
            QString error;
            QVERIFY2(one.addFile(p, &error), qPrintable(error));
            regularParts += one.bars().size();
            one.setRegularSessionOnly(false);
            allParts += one.bars().size();
        }

        // Best of ten: the first run pays for page faults and the time zone database.
        qint64 bestNs = std::numeric_limits<qint64>::max();
        for (int run = 0; run < 10; ++run) {
            ReplayFeed feed;
            QElapsedTimer timer;
            timer.start();
            for (const QString& p : paths) {
                QString error;
                QVERIFY2(feed.addFile(p, &error), qPrintable(error));
            }
            const std::size_t n = feed.bars().size();
            bestNs = std::min(bestNs, timer.nsecsElapsed());
            QCOMPARE(n, regularParts);
        }
        qInfo("loaded 18 Lean minute trade zips (%zu regular-session bars) in %.2f ms",
              regularParts, double(bestNs) / 1e6);

        ReplayFeed feed;
        feed.setPriceAdjustment(false); // the zips' own prices, not factor-adjusted
        for (const QString& p : paths) {
            QString error;
            QVERIFY2(feed.addFile(p, &error), qPrintable(error));
        }
        QCOMPARE(feed.fileCount(), 18);
        QCOMPARE(feed.symbols(), (QStringList{u"SPY"_s, u"IBM"_s, u"BAC"_s}));
        const std::vector<ReplayBar>& bars = feed.bars();
        QCOMPARE(bars.size(), regularParts);
        // 6 x 390 SPY + (389 + 4 x 390 + 389) IBM + 6 x 390 BAC, counted with Python.
        QCOMPARE(bars.size(), std::size_t(7018));
        QVERIFY(sortedByTimeThenSymbol(bars));
        // 09:30 on the first day: SPY, IBM, BAC in symbol order at the same instant.
        QCOMPARE(bars[0].bar.timeMs, utcMs(2013, 10, 4, 13, 30));
        QCOMPARE(bars[0].symbol, 0);
        QCOMPARE(bars[1].bar.timeMs, bars[0].bar.timeMs);
        QCOMPARE(bars[1].symbol, 1);
        QCOMPARE(bars[2].symbol, 2);
        QCOMPARE(bars[2].bar.open, units(139900)); // BAC "34200000,139900,..."
        QCOMPARE(bars.back().bar.timeMs, utcMs(2013, 10, 11, 19, 59));
        QCOMPARE(bars.back().symbol, 2);
        std::array<std::size_t, 3> perSymbol{};
        for (const ReplayBar& b : bars)
            ++perSymbol[std::size_t(b.symbol)];
        QCOMPARE(perSymbol[0], std::size_t(2340));
        QCOMPARE(perSymbol[1], std::size_t(2338));
        QCOMPARE(perSymbol[2], std::size_t(2340));

        feed.setRegularSessionOnly(false);
        QCOMPARE(feed.bars().size(), allParts);
        QCOMPARE(feed.bars().size(), std::size_t(10871));
        QVERIFY(sortedByTimeThenSymbol(feed.bars()));
    }

    void refusesQuoteAndOtherZips() {
        const QString quote = leanZip(u"spy"_s, u"20131007"_s, u"quote"_s);
        REQUIRE_FILE(quote);
        ReplayFeed feed;
        QString error;
        QVERIFY(!feed.addFile(quote, &error));
        QVERIFY2(error.contains(quote) && error.contains(u"quote"_s) && error.contains(u"trade"_s),
                 qPrintable(error));

        QVERIFY(!feed.addFile(tmpPath(u"spy.zip"_s), &error));
        QVERIFY2(error.contains(u"_trade.zip"_s), qPrintable(error));
        QVERIFY(!feed.addFile(tmpPath(u"20131345_trade.zip"_s), &error));
        QVERIFY2(error.contains(u"_trade.zip"_s), qPrintable(error));

        // Tick zips share the file name but not the columns.
        QDir(m_tmp.path()).mkpath(u"tick/spy"_s);
        const QString tick = tmpPath(u"tick/spy/20131007_trade.zip"_s);
        QVERIFY(writeFile(tick, storedZip({{"20131007_spy_Trade_Tick.csv", "1,2,3,T,0,0"}})));
        QVERIFY(!feed.addFile(tick, &error));
        QVERIFY2(error.contains(tick) && error.contains(u"tick"_s), qPrintable(error));

        QVERIFY(!feed.addFile(tmpPath(u"bars.txt"_s), &error));
        QVERIFY2(error.contains(u"unsupported"_s), qPrintable(error));
        QVERIFY(feed.bars().empty());
        QVERIFY(feed.symbols().isEmpty());
    }

    void leanZipEntryMustMatchDateAndSymbol() {
        QDir(m_tmp.path()).mkpath(u"minute/xyz"_s);
        const QString path = tmpPath(u"minute/xyz/20131007_trade.zip"_s);
        const QByteArray row = "34200000,100000,100000,100000,100000,1";
        ReplayFeed feed;
        QString error;

        QVERIFY(writeFile(path, storedZip({{"20131008_xyz_minute_trade.csv", row}})));
        QVERIFY(!feed.addFile(path, &error));
        QVERIFY2(error.contains(path) && error.contains(u"2013-10-07"_s), qPrintable(error));

        QVERIFY(writeFile(path, storedZip({{"20131007_abc_minute_trade.csv", row}})));
        QVERIFY(!feed.addFile(path, &error));
        QVERIFY2(error.contains(u"XYZ"_s), qPrintable(error));

        QVERIFY(writeFile(path, storedZip({{"a.csv", row}, {"b.csv", row}})));
        QVERIFY(!feed.addFile(path, &error));
        QVERIFY2(error.contains(u"exactly one"_s), qPrintable(error));

        // A name Lean did not write is accepted as it is.
        QVERIFY(writeFile(path, storedZip({{"mine.csv", row}})));
        QVERIFY2(feed.addFile(path, &error), qPrintable(error));
        QCOMPARE(feed.symbols(), QStringList{u"XYZ"_s});
        QCOMPARE(feed.bars().size(), std::size_t(1));
        QCOMPARE(feed.bars()[0].bar.timeMs, utcMs(2013, 10, 7, 13, 30));
        QCOMPARE(feed.bars()[0].bar.open, units(100000));
    }

    // Lean times are New York wall-clock times: across a clock change the offset changes too.
    void leanWallClockAcrossDaylightSaving() {
        const QString path = tmpPath(u"dst.zip"_s);
        // 2013-03-10, clocks jump from 02:00 EST to 03:00 EDT.
        QVERIFY(writeFile(path, storedZip({{"20130310_dst_minute_trade.csv",
                                            "3600000,100000,100000,100000,100000,1\n"
                                            "14400000,100000,100000,100000,100000,1\n"}})));
        ReplayFeed feed;
        feed.setRegularSessionOnly(false);
        QString error;
        QVERIFY2(feed.addLeanMinuteZip(path, u"dst"_s, QDate(2013, 3, 10), &error),
                 qPrintable(error));
        QCOMPARE(feed.symbols(), QStringList{u"DST"_s});
        QCOMPARE(feed.bars().size(), std::size_t(2));
        QCOMPARE(feed.bars()[0].bar.timeMs, utcMs(2013, 3, 10, 6, 0)); // 01:00 EST
        QCOMPARE(feed.bars()[1].bar.timeMs, utcMs(2013, 3, 10, 8, 0)); // 04:00 EDT
        // A Sunday: nothing of it is in a regular session.
        feed.setRegularSessionOnly(true);
        QVERIFY(feed.bars().empty());

        // 02:30 does not exist that night (Qt moves it to 03:30 EDT), so it is the same instant
        // as 03:30: refused rather than replayed twice.
        const QString skipped = tmpPath(u"skipped.zip"_s);
        QVERIFY(writeFile(skipped, storedZip({{"20130310_dst_minute_trade.csv",
                                               "9000000,100000,100000,100000,100000,1\n"
                                               "12600000,100000,100000,100000,100000,1"}})));
        ReplayFeed other;
        QVERIFY(!other.addLeanMinuteZip(skipped, u"dst"_s, QDate(2013, 3, 10), &error));
        QVERIFY2(error.startsWith(skipped + QStringLiteral(":2: ")) &&
                     error.contains(u"clock change"_s),
                 qPrintable(error));
    }

    void badLeanRows_data() {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("what");
        const QByteArray ok1 = "34200000,1674300,1675200,1674100,1674400,816453\n";
        const QByteArray ok2 = "34260000,1674400,1675200,1674100,1674400,1000\n";
        QTest::newRow("too few columns") << ok1 + "34260000,1,2,3,4" << 2 << u"columns"_s;
        QTest::newRow("too many columns")
            << ok1 + ok2 + "34320000,1,2,1,1,1,7" << 3 << u"columns"_s;
        QTest::newRow("not a number") << ok1 + "34260000,1674400,abc,1674100,1674400,1" << 2
                                      << u"high \"abc\" is not a whole number"_s;
        QTest::newRow("decimal price")
            << QByteArray("34200000,167.43,167.52,167.41,167.44,1") << 1 << u"not a whole number"_s;
        QTest::newRow("high below low")
            << ok1 + "34260000,1674400,1674000,1674100,1674100,1" << 2 << u"below low"_s;
        QTest::newRow("open above high") << ok1 + "34260000,1676000,1675200,1674100,1674400,1" << 2
                                         << u"open 167.60 is outside"_s;
        QTest::newRow("close below low") << ok1 + "34260000,1674400,1675200,1674100,1674000,1" << 2
                                         << u"close 167.40 is outside"_s;
        QTest::newRow("negative volume") << ok1 + "34260000,1674400,1675200,1674100,1674400,-5" << 2
                                         << u"volume -5 is negative"_s;
        QTest::newRow("zero price")
            << ok1 + "34260000,0,1675200,0,1674400,5" << 2 << u"not a positive price"_s;
        QTest::newRow("negative price")
            << ok1 + "34260000,-100,-100,-100,-100,5" << 2 << u"not a positive price"_s;
        QTest::newRow("backwards") << ok2 + ok1 << 2 << u"backwards"_s;
        QTest::newRow("duplicate") << ok1 + ok1 << 2 << u"duplicate"_s;
        QTest::newRow("beyond one day")
            << ok1 + "86400000,1674400,1675200,1674100,1674400,1" << 2 << u"outside one day"_s;
        QTest::newRow("empty line") << ok1 + "\n" + ok2 << 2 << u"empty line"_s;
        QTest::newRow("CRLF is fine, bad row after")
            << QByteArray(ok1).replace("\n", "\r\n") + "x,1,1,1,1,1" << 2
            << u"ms_since_midnight \"x\""_s;
    }

    void badLeanRows() {
        QFETCH(QByteArray, csv);
        QFETCH(int, line);
        QFETCH(QString, what);
        const QString path = tmpPath(u"bad/spy/20131007_trade.zip"_s);
        QDir(m_tmp.path()).mkpath(u"bad/spy"_s);
        QVERIFY(writeFile(path, storedZip({{"20131007_spy_minute_trade.csv", csv}})));
        ReplayFeed feed;
        QString error;
        QVERIFY(!feed.addFile(path, &error));
        const QString where = path + u':' + QString::number(line) + QStringLiteral(": ");
        QVERIFY2(error.startsWith(where),
                 qPrintable(error + QStringLiteral(" / expected ") + where));
        QVERIFY2(error.contains(what), qPrintable(error));
        QVERIFY(feed.bars().empty());
        QVERIFY(feed.symbols().isEmpty());
    }

    void corruptZips_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("what");
        QTest::newRow("garbage") << QByteArray("this is not a zip archive, just some text\n")
                                 << u"zip"_s;
        QTest::newRow("empty file") << QByteArray() << u"empty"_s;
        QTest::newRow("no entries") << storedZip({}) << u"exactly one"_s;
        QTest::newRow("empty csv")
            << storedZip({{"20131007_spy_minute_trade.csv", ""}}) << u"empty"_s;

        const QString real = leanZip(u"spy"_s, u"20131007"_s);
        QFile f(real);
        if (!f.open(QIODevice::ReadOnly)) {
            QTest::newRow("shared data missing") << QByteArray() << real;
            return;
        }
        const QByteArray bytes = f.readAll();
        QTest::newRow("truncated") << bytes.left(bytes.size() / 2) << u"zip"_s;
        // Flip bits in the middle of the compressed stream: inflate or the CRC check must notice.
        QByteArray flipped = bytes;
        for (qsizetype i = 2000; i < 2016; ++i)
            flipped[i] = char(flipped[i] ^ 0x5A);
        QTest::newRow("bit flips") << flipped << u"corrupt"_s;
        // One flipped bit that still inflates: only the CRC can tell.
        QByteArray oneBit = bytes;
        oneBit[3000] = char(oneBit[3000] ^ 0x01);
        QTest::newRow("one bit flipped") << oneBit << u"CRC"_s;
    }

    void corruptZips() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, what);
        REQUIRE_FILE(leanZip(u"spy"_s, u"20131007"_s));
        const QString path = tmpPath(u"corrupt/spy/20131007_trade.zip"_s);
        QDir(m_tmp.path()).mkpath(u"corrupt/spy"_s);
        QVERIFY(writeFile(path, bytes));
        ReplayFeed feed;
        QString error;
        QVERIFY(!feed.addFile(path, &error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY2(error.contains(what, Qt::CaseInsensitive), qPrintable(error));
        QVERIFY(feed.bars().empty());
    }

    void missingFile() {
        ReplayFeed feed;
        QString error;
        const QString zip = tmpPath(u"nowhere/spy/20131007_trade.zip"_s);
        QVERIFY(!feed.addFile(zip, &error));
        QVERIFY2(error.contains(zip) && error.contains(u"not found"_s), qPrintable(error));
        const QString csv = tmpPath(u"NOPE.csv"_s);
        QVERIFY(!feed.addFile(csv, &error));
        QVERIFY2(error.contains(csv) && error.contains(u"not found"_s), qPrintable(error));
        // A null error pointer is allowed.
        QVERIFY(!feed.addFile(csv, nullptr));
    }

    void sameDayTwiceIsRefused() {
        const QString path = leanZip(u"spy"_s, u"20131007"_s);
        REQUIRE_FILE(path);
        ReplayFeed feed;
        QString error;
        QVERIFY2(feed.addFile(path, &error), qPrintable(error));
        QVERIFY(!feed.addFile(path, &error));
        // Names the file, the first clashing line (04:00 is line 1) and the other file.
        QVERIFY2(error.startsWith(path + QStringLiteral(":1: SPY bar at 2013-10-07 04:00:00 ET")),
                 qPrintable(error));
        QVERIFY2(error.contains(u"already loaded from "_s + path), qPrintable(error));
        QCOMPARE(feed.fileCount(), 1);
        QCOMPARE(feed.bars().size(), std::size_t(390));
    }

    void csvParsesExactly() {
        const QString path = tmpPath(u"aapl_1m_sample.csv"_s);
        // 2026-11-24 is a Tuesday in standard time (EST, -05:00). The offsets differ per row on
        // purpose: the same instant can be written many ways.
        QVERIFY(writeFile(path, kCsvHeader +
                                    "2026-11-24T09:29:00-05:00,187.40,187.41,187.39,187.40,100\n"
                                    "2026-11-24T09:30:00-05:00,187.4213,187.5,187.4,187.45,1200\n"
                                    "2026-11-24T14:31:00Z,187.45,187.46,187.44,187.46,300\n"
                                    "2026-11-24 09:32:00.000-0500,187.46,187.47,187.45,187.47,0\n"
                                    "2026-11-24T15:33:00+01:00,0.0001,0.0002,0.0001,0.0002,5\n"
                                    "2026-11-24T15:59:00-05,.5,0.5,0.5,00.5,7\n"
                                    "2026-11-24T21:00:00+00:00,187.00,187,187,187,8\n"));
        ReplayFeed feed;
        QString error;
        QVERIFY2(feed.addFile(path, &error), qPrintable(error));
        QCOMPARE(feed.symbols(), QStringList{u"AAPL"_s});

        const std::vector<ReplayBar>& bars = feed.bars();
        QCOMPARE(bars.size(), std::size_t(5)); // 09:29 and 16:00 are outside the session
        QCOMPARE(bars[0].bar.timeMs, utcMs(2026, 11, 24, 14, 30));
        QCOMPARE(bars[0].bar.open, units(1874213));
        QCOMPARE(bars[0].bar.high, units(1875000));
        QCOMPARE(bars[0].bar.low, units(1874000));
        QCOMPARE(bars[0].bar.close, units(1874500));
        QCOMPARE(bars[0].bar.volume, qint64(1200));
        QCOMPARE(bars[1].bar.timeMs, utcMs(2026, 11, 24, 14, 31));
        QCOMPARE(bars[2].bar.timeMs, utcMs(2026, 11, 24, 14, 32));
        QCOMPARE(bars[2].bar.volume, qint64(0));
        QCOMPARE(bars[3].bar.timeMs, utcMs(2026, 11, 24, 14, 33)); // 15:33+01:00
        QCOMPARE(bars[3].bar.low, units(1));
        QCOMPARE(bars[3].bar.high, units(2));
        QCOMPARE(bars[4].bar.timeMs, utcMs(2026, 11, 24, 20, 59));
        QCOMPARE(bars[4].bar.open, units(5000));
        QCOMPARE(bars[4].bar.close, units(5000));

        feed.setRegularSessionOnly(false);
        QCOMPARE(feed.bars().size(), std::size_t(7));
        QCOMPARE(feed.bars()[0].bar.timeMs, utcMs(2026, 11, 24, 14, 29));
        QCOMPARE(feed.bars()[0].bar.volume, qint64(100));
        QCOMPARE(feed.bars()[6].bar.timeMs, utcMs(2026, 11, 24, 21, 0));
        QCOMPARE(feed.bars()[6].bar.open, units(1870000));
    }

    void csvDaylightOffsetsAndEarlyClose() {
        const QString path = tmpPath(u"ms.csv"_s);
        QVERIFY(writeFile(path, kCsvHeader +
                                    // Summer: EDT, 09:30 = 13:30 UTC.
                                    "2026-07-02T09:30:00-04:00,10,10,10,10,1\n"
                                    "2026-07-02T13:30:00Z,10,10,10,10,1\n" // the same instant
                                    // Friday 2026-07-03: Independence Day observed, closed.
                                    "2026-07-03T10:00:00-04:00,10,10,10,10,1\n"
                                    // Saturday.
                                    "2026-07-04T10:00:00-04:00,10,10,10,10,1\n"
                                    // Friday after Thanksgiving: closes at 13:00.
                                    "2026-11-27T12:59:00-05:00,10,10,10,10,1\n"
                                    "2026-11-27T13:00:00-05:00,10,10,10,10,1\n"));
        ReplayFeed feed;
        QString error;
        // 13:30Z is the same instant as 09:30-04:00: a duplicate timestamp on line 3.
        QVERIFY(!feed.addCsv(path, u"ms"_s, &error));
        QVERIFY2(error.startsWith(path + QStringLiteral(":3: duplicate timestamp")),
                 qPrintable(error));

        QVERIFY(writeFile(path, kCsvHeader + "2026-07-02T09:30:00-04:00,10,10,10,10,1\n"
                                             "2026-07-02T13:31:00Z,10,10,10,10,1\n"
                                             "2026-07-03T10:00:00-04:00,10,10,10,10,1\n"
                                             "2026-07-04T10:00:00-04:00,10,10,10,10,1\n"
                                             "2026-11-27T12:59:00-05:00,10,10,10,10,1\n"
                                             "2026-11-27T13:00:00-05:00,10,10,10,10,1\n"));
        QVERIFY2(feed.addCsv(path, u"ms"_s, &error), qPrintable(error));
        QCOMPARE(feed.symbols(), QStringList{u"MS"_s});
        const std::vector<ReplayBar>& bars = feed.bars();
        QCOMPARE(bars.size(), std::size_t(3));
        QCOMPARE(bars[0].bar.timeMs, utcMs(2026, 7, 2, 13, 30));
        QCOMPARE(bars[1].bar.timeMs, utcMs(2026, 7, 2, 13, 31));
        QCOMPARE(bars[2].bar.timeMs, utcMs(2026, 11, 27, 17, 59));
        feed.setRegularSessionOnly(false);
        QCOMPARE(feed.bars().size(), std::size_t(6));
    }

    void csvToleratesBomCrlfQuotesAndTrailingNewlines() {
        const QString path = tmpPath(u"brk.b.csv"_s);
        QVERIFY(writeFile(path, "\xEF\xBB\xBF"
                                "Timestamp, Open, High, Low, Close, Volume\r\n"
                                "\"2026-11-24T09:30:00-05:00\",\"1.25\",1.5,1,1.25,10\r\n"
                                "2026-11-24T09:31:00-05:00,1.25,1.5,1,1.25,10\r\n\r\n\n"));
        ReplayFeed feed;
        QString error;
        QVERIFY2(feed.addFile(path, &error), qPrintable(error));
        QCOMPARE(feed.symbols(), QStringList{u"BRK.B"_s});
        QCOMPARE(feed.bars().size(), std::size_t(2));
        QCOMPARE(feed.bars()[0].bar.open, units(12500));
    }

    void badCsvRows_data() {
        QTest::addColumn<QByteArray>("rows");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("what");
        const QByteArray ok = "2026-11-24T09:30:00-05:00,187.42,187.50,187.40,187.45,100\n";
        const QByteArray ok2 = "2026-11-24T09:31:00-05:00,187.42,187.50,187.40,187.45,100\n";
        const QByteArray t = "2026-11-24T09:31:00-05:00,";
        QTest::newRow("too few columns")
            << ok + t + "187.42,187.50,187.40,187.45" << 3 << u"expected 6 columns"_s;
        QTest::newRow("too many columns")
            << ok + t + "187.42,187.50,187.40,187.45,1,2" << 3 << u"found 7"_s;
        QTest::newRow("not a number")
            << ok + t + "187.42,abc,187.40,187.45,1" << 3 << u"high \"abc\" is not a number"_s;
        QTest::newRow("exponent") << ok + t + "1.8742e2,187.50,187.40,187.45,1" << 3
                                  << u"open \"1.8742e2\" is not a number"_s;
        QTest::newRow("five decimals")
            << ok + t + "187.42,187.50,187.40,187.42135,1" << 3 << u"more than 4 decimals"_s;
        QTest::newRow("high below low") << ok + t + "187.42,187.30,187.40,187.35,1" << 3
                                        << u"high 187.30 is below low 187.40"_s;
        QTest::newRow("open outside") << ok + t + "187.60,187.50,187.40,187.45,1" << 3
                                      << u"open 187.60 is outside [low 187.40, high 187.50]"_s;
        QTest::newRow("close outside")
            << ok + t + "187.42,187.50,187.40,187.39,1" << 3 << u"close 187.39 is outside"_s;
        QTest::newRow("negative volume")
            << ok + t + "187.42,187.50,187.40,187.45,-1" << 3 << u"volume -1 is negative"_s;
        QTest::newRow("fractional volume") << ok + t + "187.42,187.50,187.40,187.45,1.5" << 3
                                           << u"volume \"1.5\" is not a whole number"_s;
        QTest::newRow("zero price")
            << ok + t + "0,187.50,0,187.45,1" << 3 << u"open 0.00 is not a positive price"_s;
        QTest::newRow("negative price")
            << ok + t + "-1,-1,-1,-1,1" << 3 << u"not a positive price"_s;
        QTest::newRow("empty price")
            << ok + t + ",187.50,187.40,187.45,1" << 3 << u"open \"\" is not a number"_s;
        QTest::newRow("backwards") << ok2 + ok << 3 << u"timestamps go backwards"_s;
        QTest::newRow("backwards across offsets")
            << ok + "2026-11-24T14:29:00Z,187.42,187.50,187.40,187.45,1" << 3
            << u"timestamps go backwards"_s;
        QTest::newRow("duplicate") << ok + ok << 3 << u"duplicate timestamp"_s;
        QTest::newRow("no offset")
            << ok + "2026-11-24T09:31:00,187.42,187.50,187.40,187.45,1" << 3 << u"no UTC offset"_s;
        QTest::newRow("offset out of range")
            << ok + "2026-11-24T09:31:00+25:00,187.42,187.50,187.40,187.45,1" << 3
            << u"bad UTC offset"_s;
        QTest::newRow("offset minutes")
            << ok + "2026-11-24T09:31:00-05:75,1,1,1,1,1" << 3 << u"bad UTC offset"_s;
        QTest::newRow("offset junk")
            << ok + "2026-11-24T09:31:00-05:00x,1,1,1,1,1" << 3 << u"bad UTC offset"_s;
        QTest::newRow("impossible date")
            << ok + "2026-02-30T09:31:00-05:00,1,1,1,1,1" << 3 << u"not a valid date and time"_s;
        QTest::newRow("hour 24") << ok + "2026-11-24T24:00:00-05:00,1,1,1,1,1" << 3
                                 << u"not a valid date and time"_s;
        QTest::newRow("not a timestamp")
            << ok + "yesterday,1,1,1,1,1" << 3 << u"bad timestamp \"yesterday\""_s;
        QTest::newRow("unix seconds")
            << QByteArray("1795530600,1,1,1,1,1") << 2 << u"bad timestamp"_s;
        QTest::newRow("sub-millisecond")
            << ok + "2026-11-24T09:31:00.0001Z,1,1,1,1,1" << 3 << u"finer than a millisecond"_s;
        QTest::newRow("empty line") << ok + "\n" + ok2 << 3 << u"empty line"_s;
        QTest::newRow("bad first row") << "x" + ok << 2 << u"bad timestamp"_s;
    }

    void badCsvRows() {
        QFETCH(QByteArray, rows);
        QFETCH(int, line);
        QFETCH(QString, what);
        const QString path = tmpPath(u"BAD_rows.csv"_s);
        QVERIFY(writeFile(path, kCsvHeader + rows));
        ReplayFeed feed;
        QString error;
        QVERIFY(!feed.addFile(path, &error));
        const QString where = path + u':' + QString::number(line) + QStringLiteral(": ");
        QVERIFY2(error.startsWith(where),
                 qPrintable(error + QStringLiteral(" / expected ") + where));
        QVERIFY2(error.contains(what), qPrintable(error));
        QVERIFY(feed.bars().empty());
        QVERIFY(feed.symbols().isEmpty());
    }

    void badCsvFiles_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("what");
        QTest::newRow("empty") << u"E.csv"_s << QByteArray() << u"empty"_s;
        QTest::newRow("header only") << u"H.csv"_s << kCsvHeader << u"no bars"_s;
        QTest::newRow("wrong header")
            << u"W.csv"_s << QByteArray("time,open,high,low,close,volume\n1,1,1,1,1,1\n")
            << u":1: expected the header timestamp,open,high,low,close,volume"_s;
        QTest::newRow("no header") << u"N.csv"_s << QByteArray("2026-11-24T09:30:00Z,1,1,1,1,1\n")
                                   << u":1: expected the header"_s;
        QTest::newRow("bad symbol") << u"a b.csv"_s << kCsvHeader << u"not a ticker"_s;
    }

    void badCsvFiles() {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, what);
        const QString path = tmpPath(name);
        QVERIFY(writeFile(path, bytes));
        ReplayFeed feed;
        QString error;
        QVERIFY(!feed.addFile(path, &error));
        QVERIFY2(error.startsWith(path), qPrintable(error));
        QVERIFY2(error.contains(what), qPrintable(error));
    }

    // A file that fails leaves the feed as it was: no bars, no symbol, no invalidated merge.
    void failedFileAddsNothing() {
        const QString good = tmpPath(u"GOOD.csv"_s);
        QVERIFY(writeFile(good, kCsvHeader + "2026-11-24T09:30:00-05:00,1,1,1,1,1\n"));
        const QString bad = tmpPath(u"OTHER.csv"_s);
        QVERIFY(writeFile(bad, kCsvHeader + "2026-11-24T09:30:00-05:00,1,1,1,1,1\n"
                                            "2026-11-24T09:31:00-05:00,1,1,1,1,1\n"
                                            "2026-11-24T09:32:00-05:00,1,2,3,1,1\n"));
        ReplayFeed feed;
        QString error;
        QVERIFY2(feed.addFile(good, &error), qPrintable(error));
        const std::vector<ReplayBar> before = feed.bars();
        QVERIFY(!feed.addFile(bad, &error));
        QVERIFY2(error.startsWith(bad + QStringLiteral(":4: high")), qPrintable(error));
        QCOMPARE(feed.symbols(), QStringList{u"GOOD"_s});
        QCOMPARE(feed.fileCount(), 1);
        QVERIFY(feed.bars() == before);
        // Same symbol, bad file: still nothing.
        QVERIFY(!feed.addCsv(bad, u"good"_s, &error));
        QVERIFY(feed.bars() == before);
    }

    void tiesOrderBySymbolIndexThenTime() {
        // ZZZ is added first, so it has index 0 and comes first at every shared minute.
        const QString z = tmpPath(u"ZZZ.csv"_s);
        const QString a = tmpPath(u"AAA.csv"_s);
        QVERIFY(writeFile(z, kCsvHeader + "2026-11-24T09:30:00-05:00,2,2,2,2,1\n"
                                          "2026-11-24T09:32:00-05:00,2,2,2,2,1\n"));
        QVERIFY(writeFile(a, kCsvHeader + "2026-11-24T09:30:00-05:00,1,1,1,1,1\n"
                                          "2026-11-24T09:31:00-05:00,1,1,1,1,1\n"
                                          "2026-11-24T09:32:00-05:00,1,1,1,1,1\n"));
        ReplayFeed feed;
        QString error;
        QVERIFY2(feed.addFile(z, &error), qPrintable(error));
        QVERIFY2(feed.addFile(a, &error), qPrintable(error));
        QCOMPARE(feed.symbols(), (QStringList{u"ZZZ"_s, u"AAA"_s}));
        const std::vector<ReplayBar>& bars = feed.bars();
        QCOMPARE(bars.size(), std::size_t(5));
        const std::array<int, 5> symbols = {0, 1, 1, 0, 1};
        for (std::size_t i = 0; i < bars.size(); ++i)
            QCOMPARE(bars[i].symbol, symbols[i]);
        QCOMPARE(bars[2].bar.timeMs, utcMs(2026, 11, 24, 14, 31));

        // A second file for an existing symbol joins its index; disjoint times are fine.
        const QString a2 = tmpPath(u"AAA_later.csv"_s);
        QVERIFY(writeFile(a2, kCsvHeader + "2026-11-24T09:29:00-05:00,1,1,1,1,1\n"
                                           "2026-11-24T09:33:00-05:00,1,1,1,1,1\n"));
        QVERIFY2(feed.addFile(a2, &error), qPrintable(error));
        QCOMPARE(feed.symbols().size(), 2);
        feed.setRegularSessionOnly(false);
        QCOMPARE(feed.bars().size(), std::size_t(7));
        QCOMPARE(feed.bars().front().symbol, 1);
        QCOMPARE(feed.bars().back().symbol, 1);
        QVERIFY(sortedByTimeThenSymbol(feed.bars()));

        // But a time the symbol already has is refused, naming both files and the line.
        const QString clash = tmpPath(u"AAA_clash.csv"_s);
        QVERIFY(writeFile(clash, kCsvHeader + "2026-11-24T14:31:00Z,1,1,1,1,1\n"
                                              "2026-11-24T09:34:00-05:00,1,1,1,1,1\n"));
        QVERIFY(!feed.addFile(clash, &error));
        QVERIFY2(error.startsWith(clash + QStringLiteral(":2: AAA bar at 2026-11-24 09:31:00 ET")),
                 qPrintable(error));
        QVERIFY2(error.contains(a), qPrintable(error));
        QCOMPARE(feed.bars().size(), std::size_t(7));
    }

    // In-memory bars (the demo market) go through the same session filter as files: 2026-11-24
    // is a regular day (EST: 09:30 = 14:30 UTC), 11-26 Thanksgiving, 11-27 closes at 13:00.
    void addBarsFiltersTheRegularSession() {
        const std::vector<Bar> bars = {
            memBar(utcMs(2026, 11, 24, 14, 29), 10000, 10100, 9900, 10000, 5),   // 09:29 pre-market
            memBar(utcMs(2026, 11, 24, 14, 30), 10000, 10200, 9900, 10100, 100), // 09:30 open
            memBar(utcMs(2026, 11, 24, 20, 59), 10100, 10100, 10000, 10000, 0),  // 15:59 last
            memBar(utcMs(2026, 11, 24, 21, 0), 10000, 10000, 10000, 10000, 7),   // 16:00 closed
            memBar(utcMs(2026, 11, 26, 15, 0), 10000, 10000, 10000, 10000, 7),   // Thanksgiving
            memBar(utcMs(2026, 11, 27, 17, 59), 10000, 10000, 10000, 10000, 7), // 12:59 early close
            memBar(utcMs(2026, 11, 27, 18, 0), 10000, 10000, 10000, 10000, 7),  // 13:00 closed
        };
        ReplayFeed feed;
        QString error;
        QVERIFY2(feed.addBars(u" mem "_s, bars, &error), qPrintable(error));
        QCOMPARE(feed.symbols(), QStringList{u"MEM"_s});
        QCOMPARE(feed.fileCount(), 1);
        const std::array<std::size_t, 3> kept = {1, 2, 5};
        QCOMPARE(feed.bars().size(), kept.size());
        for (std::size_t i = 0; i < kept.size(); ++i) {
            QCOMPARE(feed.bars()[i].symbol, 0);
            QVERIFY(feed.bars()[i].bar == bars[kept[i]]);
        }
        feed.setRegularSessionOnly(false);
        QCOMPARE(feed.bars().size(), bars.size());
        for (std::size_t i = 0; i < bars.size(); ++i)
            QVERIFY(feed.bars()[i].bar == bars[i]);
    }

    void addBarsMergesWithFilesAndRefusesOverlaps() {
        const QString csv = tmpPath(u"FILE.csv"_s);
        QVERIFY(writeFile(csv, kCsvHeader + "2026-11-24T09:30:00-05:00,1,1,1,1,1\n"
                                            "2026-11-24T09:32:00-05:00,1,1,1,1,1\n"));
        ReplayFeed feed;
        QString error;
        QVERIFY2(feed.addFile(csv, &error), qPrintable(error));
        QVERIFY2(feed.addBars(u"MEM"_s,
                              {memBar(utcMs(2026, 11, 24, 14, 30), 20000, 20000, 20000, 20000, 1),
                               memBar(utcMs(2026, 11, 24, 14, 31), 20000, 20000, 20000, 20000, 1)},
                              &error),
                 qPrintable(error));
        QCOMPARE(feed.symbols(), (QStringList{u"FILE"_s, u"MEM"_s}));
        const std::array<int, 4> symbols = {0, 1, 1, 0};
        QCOMPARE(feed.bars().size(), symbols.size());
        for (std::size_t i = 0; i < symbols.size(); ++i)
            QCOMPARE(feed.bars()[i].symbol, symbols[i]);
        QVERIFY(sortedByTimeThenSymbol(feed.bars()));

        // More bars of a known symbol join it; disjoint times are fine, in any order of adding.
        QVERIFY2(feed.addBars(u"file"_s,
                              {memBar(utcMs(2026, 11, 24, 14, 31), 1000, 1000, 1000, 1000, 1)},
                              &error),
                 qPrintable(error));
        QCOMPARE(feed.symbols().size(), 2);
        QCOMPARE(feed.bars().size(), std::size_t(5));
        QCOMPARE(feed.bars()[2].symbol, 0); // 09:31: FILE (index 0) before MEM
        QCOMPARE(feed.bars()[2].bar.open, units(1000));

        // A time the symbol already has, from a file or from memory, is refused, naming both.
        const std::vector<ReplayBar> before = feed.bars();
        QVERIFY(!feed.addBars(u"FILE"_s,
                              {memBar(utcMs(2026, 11, 24, 14, 29), 1, 1, 1, 1, 1),
                               memBar(utcMs(2026, 11, 24, 14, 32), 1, 1, 1, 1, 1)},
                              &error));
        QVERIFY2(error.startsWith(u"FILE (in memory):2: FILE bar at 2026-11-24 09:32:00 ET"_s),
                 qPrintable(error));
        QVERIFY2(error.endsWith(csv), qPrintable(error));
        QVERIFY(
            !feed.addBars(u"MEM"_s, {memBar(utcMs(2026, 11, 24, 14, 31), 1, 1, 1, 1, 1)}, &error));
        QVERIFY2(error.endsWith(u"already loaded from MEM (in memory)"_s), qPrintable(error));
        QCOMPARE(feed.fileCount(), 3);
        QVERIFY(feed.bars() == before);
    }

    void badInMemoryBars_data() {
        QTest::addColumn<QString>("symbol");
        QTest::addColumn<int>("badIndex"); // which bar is broken (-1: none, the call is)
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("message");
        // kind: 0 same time as the bar before, 1 earlier, 2 high < low, 3 open above high,
        // 4 close below low, 5 zero price, 6 negative volume, 7 no bars, 8 not a ticker
        QTest::newRow("duplicate time")
            << u"MEM"_s << 2 << 0 << u"MEM (in memory):3: duplicate time 2026-11-24 09:31:00 ET"_s;
        QTest::newRow("backwards")
            << u"MEM"_s << 2 << 1
            << u"MEM (in memory):3: times go backwards: 2026-11-24 09:29:00 ET is earlier than the bar before (2026-11-24 09:31:00 ET)"_s;
        QTest::newRow("high below low")
            << u"MEM"_s << 1 << 2 << u"MEM (in memory):2: high 0.90 is below low 1.00"_s;
        QTest::newRow("open above high")
            << u"MEM"_s << 0 << 3
            << u"MEM (in memory):1: open 1.20 is outside [low 1.00, high 1.10]"_s;
        QTest::newRow("close below low")
            << u"MEM"_s << 2 << 4
            << u"MEM (in memory):3: close 0.90 is outside [low 1.00, high 1.10]"_s;
        QTest::newRow("zero price")
            << u"MEM"_s << 1 << 5 << u"MEM (in memory):2: low 0.00 is not a positive price"_s;
        QTest::newRow("negative volume")
            << u"MEM"_s << 0 << 6 << u"MEM (in memory):1: volume -1 is negative"_s;
        QTest::newRow("no bars") << u"MEM"_s << -1 << 7 << u"MEM (in memory): no bars"_s;
        QTest::newRow("not a ticker")
            << u"ME M"_s << -1 << 8 << u"in-memory bars: symbol \"ME M\" is not a ticker"_s;
    }

    // A bad bar refuses the whole batch and leaves the feed as it was.
    void badInMemoryBars() {
        QFETCH(QString, symbol);
        QFETCH(int, badIndex);
        QFETCH(int, kind);
        QFETCH(QString, message);
        std::vector<Bar> bars;
        for (int i = 0; i < 3; ++i)
            bars.push_back(memBar(utcMs(2026, 11, 24, 14, 30 + i), 10500, 11000, 10000, 10500, 10));
        if (badIndex >= 0) {
            Bar& b = bars[std::size_t(badIndex)];
            switch (kind) {
            case 0:
                b.timeMs = bars[std::size_t(badIndex) - 1].timeMs;
                break;
            case 1:
                b.timeMs = utcMs(2026, 11, 24, 14, 29);
                break;
            case 2:
                b.high = units(9000);
                break;
            case 3:
                b.open = units(12000);
                break;
            case 4:
                b.close = units(9000);
                break;
            case 5:
                b.low = units(0);
                break;
            case 6:
                b.volume = -1;
                break;
            }
        }
        if (kind == 7)
            bars.clear();
        ReplayFeed feed;
        QString error;
        QVERIFY2(
            feed.addBars(u"OK"_s, {memBar(utcMs(2026, 11, 24, 14, 30), 1, 1, 1, 1, 1)}, &error),
            qPrintable(error));
        const std::vector<ReplayBar> before = feed.bars();
        QVERIFY(!feed.addBars(symbol, bars, &error));
        QVERIFY2(error.startsWith(message), qPrintable(error));
        QCOMPARE(feed.symbols(), QStringList{u"OK"_s});
        QCOMPARE(feed.fileCount(), 1);
        QVERIFY(feed.bars() == before);
    }

    // factor_files/spy.csv beside the shared minute/ folder: the 2013-10-07 bars take the row
    // 20131219,0.8646266,1 (the first on or after the date), a dividend adjustment only.
    void factorFilesAdjustLeanZips() {
        const QString path = leanZip(u"spy"_s, u"20131007"_s);
        REQUIRE_FILE(path);
        ReplayFeed feed;
        QVERIFY(feed.priceAdjustment()); // the default
        QString error;
        QVERIFY2(feed.addFile(path, &error), qPrintable(error));
        QVERIFY(feed.isPriceAdjusted(0));
        QCOMPARE(feed.adjustedSymbols(), QStringList{u"SPY"_s});
        const Bar& first = feed.bars().front().bar;
        // Row "34200000,1674300,1675200,1674100,1674400,816453" x 0.8646266, to 1/10,000.
        QCOMPARE(first.open, units(1447644));
        QCOMPARE(first.high, units(1448422));
        QCOMPARE(first.low, units(1447471));
        QCOMPARE(first.close, units(1447731));
        QCOMPARE(first.volume, qint64(816453)); // split factor 1: volume as it is

        // Turned off: the raw prices, and the symbol is not reported as adjusted.
        ReplayFeed raw;
        raw.setPriceAdjustment(false);
        QVERIFY2(raw.addFile(path, &error), qPrintable(error));
        QVERIFY(!raw.isPriceAdjusted(0));
        QVERIFY(raw.adjustedSymbols().isEmpty());
        QCOMPARE(raw.bars().front().bar.open, units(1674300));
    }

    // A split in a Lean layout of our own: prices x price_factor x split_factor, volume divided by
    // the split factor, ordering kept; a zip outside that layout, or without a factor file, stays
    // raw; a broken factor file stops the load with its line.
    void factorFileSplitAdjustsPricesAndVolume() {
        QTemporaryDir root;
        QVERIFY(QDir(root.path()).mkpath(u"minute/xyz"_s));
        QVERIFY(QDir(root.path()).mkpath(u"factor_files"_s));
        QVERIFY(QDir(root.path()).mkpath(u"minute/abc"_s));
        const QString factorPath = root.filePath(u"factor_files/xyz.csv"_s);
        QVERIFY(writeFile(factorPath, "20140606,0.9,0.5,100\n20501231,1,1,0"));
        const QString before = root.filePath(u"minute/xyz/20140606_trade.zip"_s);
        const QString after = root.filePath(u"minute/xyz/20140609_trade.zip"_s);
        QVERIFY(writeFile(before, storedZip({{"20140606_xyz_minute_trade.csv",
                                              "34200000,2000001,2000003,1999999,2000001,1001"}})));
        QVERIFY(writeFile(after, storedZip({{"20140609_xyz_minute_trade.csv",
                                             "34200000,900000,900000,900000,900000,2000"}})));
        ReplayFeed feed;
        QString error;
        QVERIFY2(feed.addFile(before, &error), qPrintable(error));
        QVERIFY2(feed.addFile(after, &error), qPrintable(error));
        QCOMPARE(feed.bars().size(), std::size_t(2));
        const Bar& a = feed.bars()[0].bar;
        // x 0.45, half away from zero: 900000.45 -> 900000, 900001.35 -> 900001, 899999.55 ->
        // 900000.
        QCOMPARE(a.open, units(900000));
        QCOMPARE(a.high, units(900001));
        QCOMPARE(a.low, units(900000));
        QCOMPARE(a.close, units(900000));
        QVERIFY(a.low <= a.open && a.open <= a.high && a.low <= a.close && a.close <= a.high);
        QCOMPARE(a.volume, qint64(2002)); // 1001 / 0.5
        // 2014-06-09 is past the 06-06 row: the 20501231 row, factors 1 and 1.
        QCOMPARE(feed.bars()[1].bar.open, units(900000));
        QCOMPARE(feed.bars()[1].bar.volume, qint64(2000));
        QCOMPARE(feed.adjustedSymbols(), QStringList{u"XYZ"_s});

        // No factor file for ABC: raw, and not reported as adjusted.
        const QString other = root.filePath(u"minute/abc/20140606_trade.zip"_s);
        QVERIFY(writeFile(other, storedZip({{"20140606_abc_minute_trade.csv",
                                             "34200000,100000,100000,100000,100000,1"}})));
        QVERIFY2(feed.addFile(other, &error), qPrintable(error));
        QCOMPARE(feed.symbols(), (QStringList{u"XYZ"_s, u"ABC"_s}));
        QVERIFY(!feed.isPriceAdjusted(1));
        QCOMPARE(feed.bars()[1].bar.open, units(100000));

        // A broken factor file: the zip is refused, naming the factor file and its line.
        QVERIFY(writeFile(factorPath, "20140606,0.9,0.5,100\n20140806,0.9,x,100\n"));
        ReplayFeed broken;
        QVERIFY(!broken.addFile(before, &error));
        QVERIFY2(error.startsWith(factorPath + u":2: split_factor"_s), qPrintable(error));
        QVERIFY(broken.symbols().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_ReplayFeed)
#include "tst_ReplayFeed.moc"
