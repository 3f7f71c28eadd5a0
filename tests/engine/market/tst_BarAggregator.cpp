#include "market/BarAggregator.h"
#include "support/TestValues.h"

#include <QTest>
#include <algorithm>
#include <limits>
#include <tuple>
#include <vector>

using namespace axion;
using test::px;

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

// Days from 1970-01-01 to 2026-01-01: 56 years x 365 + 14 leap days (1972 ... 2024) = 20454.
// Jan..Oct 2026 = 304 days. New York is on EST (UTC-5) after November 1, 2026.
constexpr qint64 kDays2026 = 56 * 365 + 14;
constexpr qint64 kNov24 = (kDays2026 + 304 + 23) * kDay; // Tuesday, regular session
constexpr qint64 kNov25 = (kDays2026 + 304 + 24) * kDay; // Wednesday, regular session
constexpr qint64 kNov26 = (kDays2026 + 304 + 25) * kDay; // Thanksgiving: closed
constexpr qint64 kNov27 = (kDays2026 + 304 + 26) * kDay; // Friday after: closes 13:00
constexpr qint64 kNov28 = (kDays2026 + 304 + 27) * kDay; // Saturday
static_assert(kNov24 == 1'795'478'400'000);

// New York wall-clock time (EST, UTC-5) on a given UTC midnight -> UTC ms.
constexpr qint64 ny(qint64 day, int h, int m) {
    return day + (h + 5) * kHour + m * kMinute;
}

constexpr qint64 kOpen24 = ny(kNov24, 9, 30);  // 14:30 UTC
constexpr qint64 kClose24 = ny(kNov24, 16, 0); // 21:00 UTC
constexpr qint64 kOpen27 = ny(kNov27, 9, 30);  // 14:30 UTC
constexpr qint64 kClose27 = ny(kNov27, 13, 0); // 18:00 UTC (early close)

Bar minute(qint64 timeMs, const char* o, const char* h, const char* l, const char* c,
           qint64 volume) {
    Bar b;
    b.timeMs = timeMs;
    b.open = px(o);
    b.high = px(h);
    b.low = px(l);
    b.close = px(c);
    b.volume = volume;
    return b;
}

// A formula minute for whole-session runs: minute i of the session (0-based) opens at
// 100.00 + i cents, closes 2 cents higher, high = open + 5 + (i mod 7) cents, low = open - 3 - (i
// mod 5) cents, volume 100 + i. Every bucket's expected OHLCV follows by hand from the formula.
Bar formulaMinute(qint64 sessionOpen, int i) {
    Bar b;
    b.timeMs = sessionOpen + i * kMinute;
    b.open = Price::fromUnits(1'000'000 + i * 100);
    b.close = b.open + Price::fromUnits(200);
    b.high = b.open + Price::fromUnits(500 + (i % 7) * 100);
    b.low = b.open - Price::fromUnits(300 + (i % 5) * 100);
    b.volume = 100 + i;
    return b;
}

struct Emitted {
    AggregatedBar bar;
    int minuteIndex; // which fed minute produced it
};

std::vector<Emitted> feedSession(BarAggregator& agg, qint64 open, qint64 close, int minutes) {
    std::vector<Emitted> out;
    BarAggregator::Output buf;
    for (int i = 0; i < minutes; ++i) {
        const int n = agg.update(formulaMinute(open, i), open, close, buf);
        for (int k = 0; k < n; ++k)
            out.push_back({buf[std::size_t(k)], i});
    }
    return out;
}

} // namespace

class tst_BarAggregator : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void timeframeNames() {
        QCOMPARE(BarAggregator::minutesForTimeframe(u"1m"), std::optional<int>(1));
        QCOMPARE(BarAggregator::minutesForTimeframe(u"5m"), std::optional<int>(5));
        QCOMPARE(BarAggregator::minutesForTimeframe(u"10m"), std::optional<int>(10));
        QCOMPARE(BarAggregator::minutesForTimeframe(u"30m"), std::optional<int>(30));
        QCOMPARE(BarAggregator::minutesForTimeframe(u"1h"), std::optional<int>(60));
        QCOMPARE(BarAggregator::minutesForTimeframe(u"4h"), std::optional<int>(240));
        QCOMPARE(BarAggregator::minutesForTimeframe(u"1d"), std::optional<int>(1440));
        for (auto bad : {u"", u"m", u"5", u"0m", u"05m", u"+5m", u" 5m", u"5x", u"1.5h", u"2d"})
            QVERIFY2(!BarAggregator::minutesForTimeframe(bad).has_value(),
                     qPrintable(QStringView(bad).toString()));
    }

    void fiveMinuteOhlcvOnTheCompletingMinute() {
        BarAggregator agg(5);
        BarAggregator::Output out;
        // 09:30 .. 09:34: open of the first (100.00), high max (100.90 at 09:32), low min (99.70
        // at 09:33), close of the last (100.25), volume 100+200+300+400+500 = 1500.
        QCOMPARE(agg.update(minute(ny(kNov24, 9, 30), "100.00", "100.40", "99.90", "100.30", 100),
                            kOpen24, kClose24, out),
                 0);
        QCOMPARE(agg.update(minute(ny(kNov24, 9, 31), "100.30", "100.50", "100.10", "100.45", 200),
                            kOpen24, kClose24, out),
                 0);
        QCOMPARE(agg.update(minute(ny(kNov24, 9, 32), "100.45", "100.90", "100.40", "100.80", 300),
                            kOpen24, kClose24, out),
                 0);
        QCOMPARE(agg.update(minute(ny(kNov24, 9, 33), "100.80", "100.85", "99.70", "99.95", 400),
                            kOpen24, kClose24, out),
                 0);
        QVERIFY(agg.hasOpenBucket());
        // The 09:34 minute completes 09:30-09:35: the bar comes out now, not with 09:35.
        QCOMPARE(agg.update(minute(ny(kNov24, 9, 34), "99.95", "100.30", "99.90", "100.25", 500),
                            kOpen24, kClose24, out),
                 1);
        const AggregatedBar& b = out[0];
        QCOMPARE(b.bar.timeMs, ny(kNov24, 9, 30));
        QCOMPARE(b.closeMs, ny(kNov24, 9, 35));
        QCOMPARE(b.minuteCount, 5);
        QCOMPARE(b.bar.open, px("100.00"));
        QCOMPARE(b.bar.high, px("100.90"));
        QCOMPARE(b.bar.low, px("99.70"));
        QCOMPARE(b.bar.close, px("100.25"));
        QCOMPARE(b.bar.volume, qint64(1500));
        QVERIFY(!agg.hasOpenBucket());
    }

    void fullSessionFiveTenAndHour_data() {
        QTest::addColumn<int>("minutes");
        QTest::addColumn<int>("bars");
        QTest::newRow("5m") << 5 << 78;   // 390 / 5
        QTest::newRow("10m") << 10 << 39; // 390 / 10
        QTest::newRow("1h") << 60 << 7;   // 6 full hours + 15:30-16:00
        QTest::newRow("1d") << 1440 << 1;
    }
    void fullSessionFiveTenAndHour() {
        QFETCH(int, minutes);
        QFETCH(int, bars);
        BarAggregator agg(minutes);
        const auto emitted = feedSession(agg, kOpen24, kClose24, 390);
        QCOMPARE(int(emitted.size()), bars);
        for (int j = 0; j < bars; ++j) {
            const AggregatedBar& b = emitted[std::size_t(j)].bar;
            const int first = j * minutes;                       // first minute index of bucket j
            const int last = std::min(first + minutes, 390) - 1; // its last minute index
            const int count = last - first + 1;
            QCOMPARE(emitted[std::size_t(j)].minuteIndex, last); // out on its completing minute
            QCOMPARE(b.bar.timeMs, kOpen24 + first * kMinute);
            QCOMPARE(b.closeMs, kOpen24 + (last + 1) * kMinute);
            QCOMPARE(b.minuteCount, count);
            // open of the first minute: 100.00 + first cents; close of the last: + last + 2.
            QCOMPARE(b.bar.open.units(), 1'000'000 + first * 100);
            QCOMPARE(b.bar.close.units(), 1'000'000 + last * 100 + 200);
            // Volume: sum of (100 + i) for i in [first, last].
            QCOMPARE(b.bar.volume, qint64(count) * 100 + qint64(first + last) * count / 2);
            // High: open_i + 5 + (i mod 7) cents grows by 1 cent a minute and the (i mod 7) term
            // adds at most 6 cents, so the maximum sits among the last 7 minutes of the bucket;
            // low likewise among its first 5.
            qint64 high = 0, low = std::numeric_limits<qint64>::max();
            for (int i = first; i <= last; ++i) {
                high = std::max<qint64>(high, 1'000'000 + i * 100 + 500 + (i % 7) * 100);
                low = std::min<qint64>(low, 1'000'000 + i * 100 - 300 - (i % 5) * 100);
            }
            QCOMPARE(b.bar.high.units(), high);
            QCOMPARE(b.bar.low.units(), low);
        }
    }

    void hourBarsByHand() {
        BarAggregator agg(60);
        const auto e = feedSession(agg, kOpen24, kClose24, 390);
        QCOMPARE(int(e.size()), 7);
        // 09:30-10:30: minutes 0..59. open 100.00, close 100.59 + 0.02 = 100.61.
        QCOMPARE(e[0].bar.bar.timeMs, ny(kNov24, 9, 30));
        QCOMPARE(e[0].bar.closeMs, ny(kNov24, 10, 30));
        QCOMPARE(e[0].bar.bar.open, px("100.00"));
        QCOMPARE(e[0].bar.bar.close, px("100.61"));
        // High: minute 55 (55 mod 7 = 6): 100.55 + 0.05 + 0.06 = 100.66; minute 59 (59 mod 7 =
        // 3): 100.59 + 0.08 = 100.67 is higher. Low: minute 0 (0 mod 5 = 0): 100.00 - 0.03.
        QCOMPARE(e[0].bar.bar.high, px("100.67"));
        QCOMPARE(e[0].bar.bar.low, px("99.97"));
        // Volume: 60 x 100 + (0 + 59) x 60 / 2 = 6000 + 1770.
        QCOMPARE(e[0].bar.bar.volume, qint64(7770));
        // The second hour bar starts at 10:30, not 10:00.
        QCOMPARE(e[1].bar.bar.timeMs, ny(kNov24, 10, 30));
        // The last one is 15:30-16:00: 30 minutes (360..389), emitted with the 15:59 minute.
        QCOMPARE(e[6].bar.bar.timeMs, ny(kNov24, 15, 30));
        QCOMPARE(e[6].bar.closeMs, ny(kNov24, 16, 0));
        QCOMPARE(e[6].bar.minuteCount, 30);
        QCOMPARE(e[6].minuteIndex, 389);
        QCOMPARE(e[6].bar.bar.open, px("103.60"));
        QCOMPARE(e[6].bar.bar.close, px("103.91"));
        QCOMPARE(e[6].bar.bar.volume, qint64(30 * 100 + (360 + 389) * 30 / 2)); // 14235
    }

    void earlyCloseShortensTheLastHour() {
        // 2026-11-27 closes at 13:00: 210 minutes, hour bars 09:30, 10:30, 11:30, 12:30-13:00.
        BarAggregator agg(60);
        const auto e = feedSession(agg, kOpen27, kClose27, 210);
        QCOMPARE(int(e.size()), 4);
        QCOMPARE(e[3].bar.bar.timeMs, ny(kNov27, 12, 30));
        QCOMPARE(e[3].bar.closeMs, ny(kNov27, 13, 0));
        QCOMPARE(e[3].bar.minuteCount, 30);
        QCOMPARE(e[3].minuteIndex, 209); // the 12:59 minute
        // And 10m buckets still tile it exactly: 21 of them.
        BarAggregator ten(10);
        QCOMPARE(int(feedSession(ten, kOpen27, kClose27, 210).size()), 21);
    }

    void sessionAlignmentOfALateFirstMinute() {
        // The first minute of the data is 09:47: it belongs to 09:45 (5m), 09:40 (10m), 09:30
        // (1h) - the grid starts at the open, not at the first minute seen.
        const Bar m = minute(ny(kNov24, 9, 47), "50.00", "50.10", "49.90", "50.05", 10);
        for (auto [mins, start, end] : {std::tuple{5, ny(kNov24, 9, 45), ny(kNov24, 9, 50)},
                                        std::tuple{10, ny(kNov24, 9, 40), ny(kNov24, 9, 50)},
                                        std::tuple{60, ny(kNov24, 9, 30), ny(kNov24, 10, 30)}}) {
            BarAggregator agg(mins);
            BarAggregator::Output out;
            QCOMPARE(agg.update(m, kOpen24, kClose24, out), 0);
            QCOMPARE(agg.current().bar.timeMs, start);
            QCOMPARE(agg.current().closeMs, end);
        }
    }

    void minutesOutsideTheSessionAreIgnored() {
        BarAggregator agg(5);
        BarAggregator::Output out;
        QCOMPARE(agg.update(minute(ny(kNov24, 9, 29), "1.00", "1.00", "1.00", "1.00", 1), kOpen24,
                            kClose24, out),
                 0);
        QCOMPARE(agg.update(minute(ny(kNov24, 16, 0), "1.00", "1.00", "1.00", "1.00", 1), kOpen24,
                            kClose24, out),
                 0);
        QVERIFY(!agg.hasOpenBucket());
    }

    void missingMinutes() {
        BarAggregator agg(5);
        BarAggregator::Output out;
        // 09:30 and 09:32 only; 09:33 and 09:34 never come.
        QCOMPARE(agg.update(minute(ny(kNov24, 9, 30), "20.00", "20.10", "19.95", "20.05", 10),
                            kOpen24, kClose24, out),
                 0);
        QCOMPARE(agg.update(minute(ny(kNov24, 9, 32), "20.05", "20.30", "20.00", "20.20", 30),
                            kOpen24, kClose24, out),
                 0);
        // 09:36 belongs to 09:35-09:40: the 09:30 bar is complete with what it has.
        QCOMPARE(agg.update(minute(ny(kNov24, 9, 36), "20.20", "20.25", "20.15", "20.22", 5),
                            kOpen24, kClose24, out),
                 1);
        QCOMPARE(out[0].bar.timeMs, ny(kNov24, 9, 30));
        QCOMPARE(out[0].closeMs, ny(kNov24, 9, 35));
        QCOMPARE(out[0].minuteCount, 2);
        QCOMPARE(out[0].bar.open, px("20.00"));
        QCOMPARE(out[0].bar.high, px("20.30"));
        QCOMPARE(out[0].bar.low, px("19.95"));
        QCOMPARE(out[0].bar.close, px("20.20"));
        QCOMPARE(out[0].bar.volume, qint64(40));
        // The 09:35 bucket, started by 09:36 (its first minute 09:35 is missing), keeps the
        // nominal 09:35 open time and is completed by its last minute 09:39.
        QCOMPARE(agg.update(minute(ny(kNov24, 9, 39), "20.22", "20.40", "20.21", "20.35", 7),
                            kOpen24, kClose24, out),
                 1);
        QCOMPARE(out[0].bar.timeMs, ny(kNov24, 9, 35));
        QCOMPARE(out[0].minuteCount, 2);
        QCOMPARE(out[0].bar.open, px("20.20"));
        QCOMPARE(out[0].bar.high, px("20.40"));
        QCOMPARE(out[0].bar.low, px("20.15"));
        QCOMPARE(out[0].bar.close, px("20.35"));
        QCOMPARE(out[0].bar.volume, qint64(12));
    }

    void oneMinuteCompletesTwoBuckets() {
        BarAggregator agg(5);
        BarAggregator::Output out;
        QCOMPARE(agg.update(minute(ny(kNov24, 9, 40), "30.00", "30.10", "29.90", "30.00", 1),
                            kOpen24, kClose24, out),
                 0);
        // 09:49 is the last minute of 09:45-09:50: it completes the pending 09:40 bar and its
        // own, oldest first.
        QCOMPARE(agg.update(minute(ny(kNov24, 9, 49), "31.00", "31.20", "30.80", "31.10", 2),
                            kOpen24, kClose24, out),
                 2);
        QCOMPARE(out[0].bar.timeMs, ny(kNov24, 9, 40));
        QCOMPARE(out[0].bar.close, px("30.00"));
        QCOMPARE(out[1].bar.timeMs, ny(kNov24, 9, 45));
        QCOMPARE(out[1].closeMs, ny(kNov24, 9, 50));
        QCOMPARE(out[1].minuteCount, 1);
        QCOMPARE(out[1].bar.open, px("31.00"));
        QVERIFY(!agg.hasOpenBucket());
    }

    void oneMinuteBarsPassThrough() {
        BarAggregator agg(1);
        BarAggregator::Output out;
        const Bar m = minute(ny(kNov24, 11, 7), "5.00", "5.01", "4.99", "5.00", 3);
        QCOMPARE(agg.update(m, kOpen24, kClose24, out), 1);
        Bar expected = m;
        QCOMPARE(out[0].bar, expected);
        QCOMPARE(out[0].closeMs, ny(kNov24, 11, 8));
    }

    void dayBoundaryAndFlush() {
        BarAggregator agg(5);
        BarAggregator::Output out;
        // 15:55-16:00 gets 15:55 and 15:57 only: nothing completes it that day.
        QCOMPARE(agg.update(minute(ny(kNov24, 15, 55), "40.00", "40.10", "39.90", "40.05", 1),
                            kOpen24, kClose24, out),
                 0);
        QCOMPARE(agg.update(minute(ny(kNov24, 15, 57), "40.05", "40.20", "40.00", "40.15", 1),
                            kOpen24, kClose24, out),
                 0);
        // The next day's first minute completes it, with the previous day's close time.
        const qint64 open25 = ny(kNov25, 9, 30), close25 = ny(kNov25, 16, 0);
        QCOMPARE(
            agg.update(minute(open25, "41.00", "41.00", "41.00", "41.00", 1), open25, close25, out),
            1);
        QCOMPARE(out[0].bar.timeMs, ny(kNov24, 15, 55));
        QCOMPARE(out[0].closeMs, ny(kNov24, 16, 0));
        QCOMPARE(out[0].bar.close, px("40.15"));
        QCOMPARE(agg.current().bar.timeMs, open25);
        // flush() hands out the open bucket as it stands.
        AggregatedBar flushed;
        QVERIFY(agg.flush(flushed));
        QCOMPARE(flushed.bar.timeMs, open25);
        QCOMPARE(flushed.minuteCount, 1);
        QVERIFY(!agg.flush(flushed));
    }

    void duplicatesAndOutOfOrderMinutesAreIgnored() {
        BarAggregator agg(5);
        BarAggregator::Output out;
        QCOMPARE(agg.update(minute(ny(kNov24, 10, 1), "10.00", "10.10", "9.90", "10.00", 5),
                            kOpen24, kClose24, out),
                 0);
        // Same minute again, and an older one: neither touches the bar.
        QCOMPARE(agg.update(minute(ny(kNov24, 10, 1), "10.00", "99.00", "1.00", "50.00", 5),
                            kOpen24, kClose24, out),
                 0);
        QCOMPARE(agg.update(minute(ny(kNov24, 10, 0), "10.00", "99.00", "1.00", "50.00", 5),
                            kOpen24, kClose24, out),
                 0);
        QCOMPARE(agg.current().bar.high, px("10.10"));
        QCOMPARE(agg.current().bar.low, px("9.90"));
        QCOMPARE(agg.current().bar.volume, qint64(5));
        QCOMPARE(agg.current().minuteCount, 1);
    }

    void calendarOverload() {
        const MarketCalendar calendar;
        BarAggregator agg(60);
        BarAggregator::Output out;
        int emitted = 0;
        std::vector<AggregatedBar> bars;
        // A whole early-close day through the calendar overload: the calendar supplies the 13:00
        // close, so the last hour is 12:30-13:00.
        for (int i = 0; i < 210; ++i) {
            const int n = agg.update(formulaMinute(kOpen27, i), calendar, out);
            for (int k = 0; k < n; ++k)
                bars.push_back(out[std::size_t(k)]);
            emitted += n;
        }
        QCOMPARE(emitted, 4);
        QCOMPARE(bars[3].closeMs, kClose27);
        // 13:00 and later on that day is after the close; Thanksgiving and Saturday have no
        // session at all.
        for (qint64 t : {ny(kNov27, 13, 0), ny(kNov26, 10, 0), ny(kNov28, 10, 0)}) {
            Bar b = formulaMinute(kOpen27, 0);
            b.timeMs = t;
            QCOMPARE(agg.update(b, calendar, out), 0);
            QVERIFY(!agg.hasOpenBucket());
        }
        // The next regular day starts a fresh 09:30 bucket.
        Bar b = formulaMinute(ny(kNov24 + 6 * kDay, 9, 30), 0); // Monday Nov 30
        QCOMPARE(agg.update(b, calendar, out), 0);
        QCOMPARE(agg.current().bar.timeMs, ny(kNov24 + 6 * kDay, 9, 30));
        QCOMPARE(agg.current().closeMs, ny(kNov24 + 6 * kDay, 10, 30));
    }

    void resetForgetsEverything() {
        BarAggregator agg(5);
        BarAggregator::Output out;
        agg.update(minute(ny(kNov24, 10, 1), "10.00", "10.10", "9.90", "10.00", 5), kOpen24,
                   kClose24, out);
        agg.reset();
        QVERIFY(!agg.hasOpenBucket());
        // An earlier minute is accepted again after a reset.
        QCOMPARE(agg.update(minute(ny(kNov24, 9, 34), "10.00", "10.10", "9.90", "10.00", 5),
                            kOpen24, kClose24, out),
                 1);
    }
};

QTEST_GUILESS_MAIN(tst_BarAggregator)
#include "tst_BarAggregator.moc"
