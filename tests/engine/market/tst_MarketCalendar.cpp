#include "market/MarketCalendar.h"

#include <QDateTime>
#include <QSet>
#include <QStringView>
#include <QTest>
#include <iterator>

using namespace axion;

namespace {

// Expected dates come from the exchange's published holiday schedules (2024-2027) and, for
// 2028-2030, from the rules worked out by hand with a perpetual calendar, never from the code under
// test.
struct ExpectedDay {
    int year;
    int month;
    int day;
    QStringView name;
};

constexpr ExpectedDay kHolidays[] = {
    // 2024
    {2024, 1, 1, u"New Year's Day"},
    {2024, 1, 15, u"Martin Luther King Jr. Day"},
    {2024, 2, 19, u"Washington's Birthday"},
    {2024, 3, 29, u"Good Friday"},
    {2024, 5, 27, u"Memorial Day"},
    {2024, 6, 19, u"Juneteenth National Independence Day"},
    {2024, 7, 4, u"Independence Day"},
    {2024, 9, 2, u"Labor Day"},
    {2024, 11, 28, u"Thanksgiving Day"},
    {2024, 12, 25, u"Christmas Day"},
    // 2025 (January 9 was the national day of mourning for President Carter)
    {2025, 1, 1, u"New Year's Day"},
    {2025, 1, 9, u"National Day of Mourning for President Jimmy Carter"},
    {2025, 1, 20, u"Martin Luther King Jr. Day"},
    {2025, 2, 17, u"Washington's Birthday"},
    {2025, 4, 18, u"Good Friday"},
    {2025, 5, 26, u"Memorial Day"},
    {2025, 6, 19, u"Juneteenth National Independence Day"},
    {2025, 7, 4, u"Independence Day"},
    {2025, 9, 1, u"Labor Day"},
    {2025, 11, 27, u"Thanksgiving Day"},
    {2025, 12, 25, u"Christmas Day"},
    // 2026: July 4 is a Saturday
    {2026, 1, 1, u"New Year's Day"},
    {2026, 1, 19, u"Martin Luther King Jr. Day"},
    {2026, 2, 16, u"Washington's Birthday"},
    {2026, 4, 3, u"Good Friday"},
    {2026, 5, 25, u"Memorial Day"},
    {2026, 6, 19, u"Juneteenth National Independence Day"},
    {2026, 7, 3, u"Independence Day (observed)"},
    {2026, 9, 7, u"Labor Day"},
    {2026, 11, 26, u"Thanksgiving Day"},
    {2026, 12, 25, u"Christmas Day"},
    // 2027: June 19 and December 25 are Saturdays, July 4 a Sunday
    {2027, 1, 1, u"New Year's Day"},
    {2027, 1, 18, u"Martin Luther King Jr. Day"},
    {2027, 2, 15, u"Washington's Birthday"},
    {2027, 3, 26, u"Good Friday"},
    {2027, 5, 31, u"Memorial Day"},
    {2027, 6, 18, u"Juneteenth National Independence Day (observed)"},
    {2027, 7, 5, u"Independence Day (observed)"},
    {2027, 9, 6, u"Labor Day"},
    {2027, 11, 25, u"Thanksgiving Day"},
    {2027, 12, 24, u"Christmas Day (observed)"},
    // 2028: January 1 is a Saturday and is not observed; Easter April 16
    {2028, 1, 17, u"Martin Luther King Jr. Day"},
    {2028, 2, 21, u"Washington's Birthday"},
    {2028, 4, 14, u"Good Friday"},
    {2028, 5, 29, u"Memorial Day"},
    {2028, 6, 19, u"Juneteenth National Independence Day"},
    {2028, 7, 4, u"Independence Day"},
    {2028, 9, 4, u"Labor Day"},
    {2028, 11, 23, u"Thanksgiving Day"},
    {2028, 12, 25, u"Christmas Day"},
    // 2029: Easter April 1
    {2029, 1, 1, u"New Year's Day"},
    {2029, 1, 15, u"Martin Luther King Jr. Day"},
    {2029, 2, 19, u"Washington's Birthday"},
    {2029, 3, 30, u"Good Friday"},
    {2029, 5, 28, u"Memorial Day"},
    {2029, 6, 19, u"Juneteenth National Independence Day"},
    {2029, 7, 4, u"Independence Day"},
    {2029, 9, 3, u"Labor Day"},
    {2029, 11, 22, u"Thanksgiving Day"},
    {2029, 12, 25, u"Christmas Day"},
    // 2030: Easter April 21
    {2030, 1, 1, u"New Year's Day"},
    {2030, 1, 21, u"Martin Luther King Jr. Day"},
    {2030, 2, 18, u"Washington's Birthday"},
    {2030, 4, 19, u"Good Friday"},
    {2030, 5, 27, u"Memorial Day"},
    {2030, 6, 19, u"Juneteenth National Independence Day"},
    {2030, 7, 4, u"Independence Day"},
    {2030, 9, 2, u"Labor Day"},
    {2030, 11, 28, u"Thanksgiving Day"},
    {2030, 12, 25, u"Christmas Day"},
};

// 13:00 closes. July early closes are in daylight time (17:00 UTC), November and December ones in
// standard time (18:00 UTC).
constexpr ExpectedDay kEarlyCloses[] = {
    {2024, 7, 3, u"Wed before Independence Day"}, {2024, 11, 29, u"day after Thanksgiving"},
    {2024, 12, 24, u"Tue Christmas Eve"},         {2025, 7, 3, u"Thu before Independence Day"},
    {2025, 11, 28, u"day after Thanksgiving"},    {2025, 12, 24, u"Wed Christmas Eve"},
    {2026, 11, 27, u"day after Thanksgiving"},    {2026, 12, 24, u"Thu Christmas Eve"},
    {2027, 11, 26, u"day after Thanksgiving"},    {2028, 7, 3, u"Mon before Independence Day"},
    {2028, 11, 24, u"day after Thanksgiving"},    {2029, 7, 3, u"Tue before Independence Day"},
    {2029, 11, 23, u"day after Thanksgiving"},    {2029, 12, 24, u"Mon Christmas Eve"},
    {2030, 7, 3, u"Wed before Independence Day"}, {2030, 11, 29, u"day after Thanksgiving"},
    {2030, 12, 24, u"Tue Christmas Eve"},
};

QDate dateOf(const ExpectedDay& e) {
    return QDate(e.year, e.month, e.day);
}

qint64 utc(int y, int mo, int d, int h, int mi, int s = 0, int ms = 0) {
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC).toMSecsSinceEpoch();
}

QByteArray tag(QDate d) {
    return d.toString(Qt::ISODate).toLatin1();
}

} // namespace

class tst_MarketCalendar : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void newYorkZone() {
        const QTimeZone zone = MarketCalendar::newYork();
        QVERIFY(zone.isValid());
        QCOMPARE(zone.id(), QByteArray("America/New_York"));
    }

    void easter_data() {
        QTest::addColumn<int>("year");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("1943 latest possible") << 1943 << QDate(1943, 4, 25);
        QTest::newRow("2008 early") << 2008 << QDate(2008, 3, 23);
        QTest::newRow("2011") << 2011 << QDate(2011, 4, 24);
        QTest::newRow("2024") << 2024 << QDate(2024, 3, 31);
        QTest::newRow("2025") << 2025 << QDate(2025, 4, 20);
        QTest::newRow("2026") << 2026 << QDate(2026, 4, 5);
        QTest::newRow("2027") << 2027 << QDate(2027, 3, 28);
        QTest::newRow("2028") << 2028 << QDate(2028, 4, 16);
        QTest::newRow("2029 April 1") << 2029 << QDate(2029, 4, 1);
        QTest::newRow("2030") << 2030 << QDate(2030, 4, 21);
        QTest::newRow("2038 latest possible") << 2038 << QDate(2038, 4, 25);
        QTest::newRow("2285 earliest possible") << 2285 << QDate(2285, 3, 22);
    }
    void easter() {
        QFETCH(int, year);
        QFETCH(QDate, expected);
        QCOMPARE(MarketCalendar::easterSunday(year), expected);
    }

    void holidays_data() {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("name");
        for (const ExpectedDay& e : kHolidays)
            QTest::newRow(tag(dateOf(e)).constData()) << dateOf(e) << e.name.toString();
    }
    void holidays() {
        QFETCH(QDate, date);
        QFETCH(QString, name);
        const MarketCalendar cal;
        QVERIFY(date.dayOfWeek() <= 5);
        QVERIFY(cal.isHoliday(date));
        QVERIFY(!cal.isTradingDay(date));
        QVERIFY(!cal.isEarlyClose(date));
        QCOMPARE(cal.holidayName(date), name);
        QVERIFY(!cal.session(date).has_value());
        const qint64 noonNy =
            QDateTime(date, QTime(12, 0), MarketCalendar::newYork()).toMSecsSinceEpoch();
        QVERIFY(!cal.isOpen(noonNy));
        QVERIFY(!cal.todaysClose(noonNy).has_value());
        QVERIFY(!cal.eodCutoff(noonNy).has_value());
    }

    void earlyCloses_data() {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<qint64>("closeUtc");
        for (const ExpectedDay& e : kEarlyCloses) {
            const int closeHourUtc = e.month == 7 ? 17 : 18;
            QTest::newRow(tag(dateOf(e)).constData())
                << dateOf(e) << utc(e.year, e.month, e.day, closeHourUtc, 0);
        }
    }
    void earlyCloses() {
        QFETCH(QDate, date);
        QFETCH(qint64, closeUtc);
        const MarketCalendar cal;
        QVERIFY(cal.isEarlyClose(date));
        QVERIFY(cal.isTradingDay(date));
        QVERIFY(!cal.isHoliday(date));
        QCOMPARE(cal.holidayName(date), QString());
        const auto s = cal.session(date);
        QVERIFY(s.has_value());
        QCOMPARE(s->date, date);
        QVERIFY(s->earlyClose);
        QCOMPARE(s->closeMs, closeUtc);
        QCOMPARE(s->closeMs - s->openMs, qint64(3 * 3600 + 1800) * 1000);
    }

    // Every day of 2024-2030: exactly the listed holidays and early closes, nothing else.
    void scanEveryDay() {
        QSet<QDate> holidays;
        QSet<QDate> early;
        for (const ExpectedDay& e : kHolidays)
            holidays.insert(dateOf(e));
        for (const ExpectedDay& e : kEarlyCloses)
            early.insert(dateOf(e));
        QCOMPARE(holidays.size(), qsizetype(std::size(kHolidays)));
        QCOMPARE(early.size(), qsizetype(std::size(kEarlyCloses)));

        const MarketCalendar cal;
        int tradingDays = 0;
        for (QDate d(2024, 1, 1); d <= QDate(2030, 12, 31); d = d.addDays(1)) {
            const bool weekend = d.dayOfWeek() >= 6;
            const QByteArray where = tag(d);
            QVERIFY2(cal.isHoliday(d) == holidays.contains(d), where.constData());
            QVERIFY2(cal.isEarlyClose(d) == early.contains(d), where.constData());
            QVERIFY2(cal.isTradingDay(d) == (!weekend && !holidays.contains(d)), where.constData());
            QVERIFY2(cal.session(d).has_value() == cal.isTradingDay(d), where.constData());
            QVERIFY2(cal.holidayName(d).isEmpty() == !holidays.contains(d), where.constData());
            if (cal.isTradingDay(d))
                ++tradingDays;
        }
        // 2557 days, 1827 weekdays, 70 holidays.
        QCOMPARE(tradingDays, 1827 - int(std::size(kHolidays)));
    }

    void holidaysPerYear_data() {
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("holidayCount");
        QTest::addColumn<int>("earlyCloseCount");
        QTest::newRow("2024") << 2024 << 10 << 3;
        QTest::newRow("2025 (with the day of mourning)") << 2025 << 11 << 3;
        QTest::newRow("2026") << 2026 << 10 << 2;
        QTest::newRow("2027") << 2027 << 10 << 1;
        QTest::newRow("2028 (Jan 1 on a Saturday)") << 2028 << 9 << 2;
        QTest::newRow("2029") << 2029 << 10 << 3;
        QTest::newRow("2030") << 2030 << 10 << 3;
    }
    void holidaysPerYear() {
        QFETCH(int, year);
        QFETCH(int, holidayCount);
        QFETCH(int, earlyCloseCount);
        const MarketCalendar cal;
        int holidays = 0;
        int early = 0;
        for (QDate d(year, 1, 1); d.year() == year; d = d.addDays(1)) {
            holidays += cal.isHoliday(d) ? 1 : 0;
            early += cal.isEarlyClose(d) ? 1 : 0;
        }
        QCOMPARE(holidays, holidayCount);
        QCOMPARE(early, earlyCloseCount);
    }

    // Observance corner cases and the years rules started, outside 2024-2030.
    void observanceEdges_data() {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<bool>("holiday");
        QTest::addColumn<QString>("name");
        QTest::newRow("Fri before a Saturday New Year stays open")
            << QDate(2027, 12, 31) << false << QString();
        QTest::newRow("Fri 2021-12-31 was open") << QDate(2021, 12, 31) << false << QString();
        QTest::newRow("Sunday New Year observed Monday")
            << QDate(2023, 1, 2) << true << QStringLiteral("New Year's Day (observed)");
        QTest::newRow("Saturday July 4 itself is a weekend")
            << QDate(2026, 7, 4) << false << QString();
        QTest::newRow("Sunday Christmas observed Monday")
            << QDate(2022, 12, 26) << true << QStringLiteral("Christmas Day (observed)");
        QTest::newRow("first Juneteenth closure, Sunday observed Monday")
            << QDate(2022, 6, 20) << true
            << QStringLiteral("Juneteenth National Independence Day (observed)");
        QTest::newRow("no Juneteenth closure before 2022")
            << QDate(2021, 6, 18) << false << QString();
        QTest::newRow("no MLK closure before 1998") << QDate(1997, 1, 20) << false << QString();
        QTest::newRow("first MLK closure")
            << QDate(1998, 1, 19) << true << QStringLiteral("Martin Luther King Jr. Day");
        QTest::newRow("Good Friday 2029 falls in March")
            << QDate(2029, 3, 30) << true << QStringLiteral("Good Friday");
        QTest::newRow("Bush day of mourning")
            << QDate(2018, 12, 5) << true
            << QStringLiteral("National Day of Mourning for President George H. W. Bush");
        QTest::newRow("Hurricane Sandy")
            << QDate(2012, 10, 30) << true << QStringLiteral("Hurricane Sandy");
        QTest::newRow("invalid date") << QDate() << false << QString();
    }
    void observanceEdges() {
        QFETCH(QDate, date);
        QFETCH(bool, holiday);
        QFETCH(QString, name);
        const MarketCalendar cal;
        QCOMPARE(cal.isHoliday(date), holiday);
        QCOMPARE(cal.holidayName(date), name);
        if (date.isValid() && date.dayOfWeek() <= 5)
            QCOMPARE(cal.isTradingDay(date), !holiday);
        else
            QVERIFY(!cal.isTradingDay(date));
    }

    void sessionTimes_data() {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<qint64>("openUtc");
        QTest::addColumn<qint64>("closeUtc");
        QTest::addColumn<bool>("earlyClose");
        QTest::newRow("Fri before the March 2026 change (EST)")
            << QDate(2026, 3, 6) << utc(2026, 3, 6, 14, 30) << utc(2026, 3, 6, 21, 0) << false;
        QTest::newRow("Mon after the March 2026 change (EDT)")
            << QDate(2026, 3, 9) << utc(2026, 3, 9, 13, 30) << utc(2026, 3, 9, 20, 0) << false;
        QTest::newRow("Fri 2025-03-07 (EST)")
            << QDate(2025, 3, 7) << utc(2025, 3, 7, 14, 30) << utc(2025, 3, 7, 21, 0) << false;
        QTest::newRow("Mon 2025-03-10 (EDT)")
            << QDate(2025, 3, 10) << utc(2025, 3, 10, 13, 30) << utc(2025, 3, 10, 20, 0) << false;
        QTest::newRow("Fri before the November 2026 change (EDT)")
            << QDate(2026, 10, 30) << utc(2026, 10, 30, 13, 30) << utc(2026, 10, 30, 20, 0)
            << false;
        QTest::newRow("Mon after the November 2026 change (EST)")
            << QDate(2026, 11, 2) << utc(2026, 11, 2, 14, 30) << utc(2026, 11, 2, 21, 0) << false;
        QTest::newRow("summer day")
            << QDate(2026, 7, 2) << utc(2026, 7, 2, 13, 30) << utc(2026, 7, 2, 20, 0) << false;
        QTest::newRow("early close in winter")
            << QDate(2026, 11, 27) << utc(2026, 11, 27, 14, 30) << utc(2026, 11, 27, 18, 0) << true;
        QTest::newRow("early close in summer")
            << QDate(2029, 7, 3) << utc(2029, 7, 3, 13, 30) << utc(2029, 7, 3, 17, 0) << true;
    }
    void sessionTimes() {
        QFETCH(QDate, date);
        QFETCH(qint64, openUtc);
        QFETCH(qint64, closeUtc);
        QFETCH(bool, earlyClose);
        const MarketCalendar cal;
        const auto s = cal.session(date);
        QVERIFY(s.has_value());
        QCOMPARE(s->date, date);
        QCOMPARE(s->openMs, openUtc);
        QCOMPARE(s->closeMs, closeUtc);
        QCOMPARE(s->earlyClose, earlyClose);
        QCOMPARE(*s, (TradingSession{date, openUtc, closeUtc, earlyClose}));
    }

    void noSessionOnWeekends() {
        const MarketCalendar cal;
        QVERIFY(!cal.session(QDate(2026, 11, 28)).has_value());
        QVERIFY(!cal.session(QDate(2026, 11, 29)).has_value());
        QVERIFY(!cal.session(QDate()).has_value());
    }

    void newYorkDate_data() {
        QTest::addColumn<qint64>("utcMs");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("EST 23:59:59.999")
            << utc(2026, 11, 25, 4, 59, 59, 999) << QDate(2026, 11, 24);
        QTest::newRow("EST midnight") << utc(2026, 11, 25, 5, 0) << QDate(2026, 11, 25);
        QTest::newRow("EDT 23:59:59.999") << utc(2026, 7, 2, 3, 59, 59, 999) << QDate(2026, 7, 1);
        QTest::newRow("EDT midnight") << utc(2026, 7, 2, 4, 0) << QDate(2026, 7, 2);
    }
    void newYorkDate() {
        QFETCH(qint64, utcMs);
        QFETCH(QDate, expected);
        QCOMPARE(MarketCalendar().newYorkDate(utcMs), expected);
    }

    void isOpen_data() {
        QTest::addColumn<qint64>("utcMs");
        QTest::addColumn<bool>("open");
        // Tue 2026-11-24, EST: 09:30 = 14:30 UTC, 16:00 = 21:00 UTC.
        QTest::newRow("EST 09:29:59.999") << utc(2026, 11, 24, 14, 29, 59, 999) << false;
        QTest::newRow("EST 09:30:00") << utc(2026, 11, 24, 14, 30) << true;
        QTest::newRow("EST 15:59:59.999") << utc(2026, 11, 24, 20, 59, 59, 999) << true;
        QTest::newRow("EST 16:00:00") << utc(2026, 11, 24, 21, 0) << false;
        // Thu 2026-07-02, EDT: 09:30 = 13:30 UTC, 16:00 = 20:00 UTC.
        QTest::newRow("EDT 09:29:59.999") << utc(2026, 7, 2, 13, 29, 59, 999) << false;
        QTest::newRow("EDT 09:30:00") << utc(2026, 7, 2, 13, 30) << true;
        QTest::newRow("EDT 15:59:59.999") << utc(2026, 7, 2, 19, 59, 59, 999) << true;
        QTest::newRow("EDT 16:00:00") << utc(2026, 7, 2, 20, 0) << false;
        // Fri 2026-11-27, early close 13:00 EST = 18:00 UTC.
        QTest::newRow("early 12:59:59") << utc(2026, 11, 27, 17, 59, 59) << true;
        QTest::newRow("early 12:59:59.999") << utc(2026, 11, 27, 17, 59, 59, 999) << true;
        QTest::newRow("early 13:00:00") << utc(2026, 11, 27, 18, 0) << false;
        QTest::newRow("early 15:00") << utc(2026, 11, 27, 20, 0) << false;
        QTest::newRow("Thanksgiving noon") << utc(2026, 11, 26, 17, 0) << false;
        QTest::newRow("Saturday noon") << utc(2026, 11, 28, 17, 0) << false;
    }
    void isOpen() {
        QFETCH(qint64, utcMs);
        QFETCH(bool, open);
        QCOMPARE(MarketCalendar().isOpen(utcMs), open);
    }

    void nextOpen_data() {
        QTest::addColumn<qint64>("from");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("Fri after close -> Mon")
            << utc(2026, 11, 20, 21, 0) << utc(2026, 11, 23, 14, 30);
        QTest::newRow("Saturday -> Mon") << utc(2026, 11, 21, 15, 0) << utc(2026, 11, 23, 14, 30);
        QTest::newRow("Wed after close, over Thanksgiving -> Fri")
            << utc(2026, 11, 25, 21, 30) << utc(2026, 11, 27, 14, 30);
        QTest::newRow("on Thanksgiving -> Fri")
            << utc(2026, 11, 26, 15, 0) << utc(2026, 11, 27, 14, 30);
        QTest::newRow("inside a session -> next day")
            << utc(2026, 11, 24, 15, 0) << utc(2026, 11, 25, 14, 30);
        QTest::newRow("at the open itself -> next day")
            << utc(2026, 11, 24, 14, 30) << utc(2026, 11, 25, 14, 30);
        QTest::newRow("one ms before the open -> that open")
            << utc(2026, 11, 24, 14, 29, 59, 999) << utc(2026, 11, 24, 14, 30);
        QTest::newRow("pre-market, NY date still the day before in UTC terms")
            << utc(2026, 11, 24, 3, 0) << utc(2026, 11, 24, 14, 30);
        QTest::newRow("Thu before New Year 2027 -> Mon Jan 4")
            << utc(2026, 12, 31, 21, 0) << utc(2027, 1, 4, 14, 30);
        QTest::newRow("over Good Friday 2026 and the weekend")
            << utc(2026, 4, 2, 20, 0) << utc(2026, 4, 6, 13, 30);
        QTest::newRow("over the March 2026 clock change")
            << utc(2026, 3, 6, 21, 0) << utc(2026, 3, 9, 13, 30);
        QTest::newRow("over the November 2026 clock change")
            << utc(2026, 10, 30, 20, 0) << utc(2026, 11, 2, 14, 30);
        QTest::newRow("over 2027-07-05 observed Independence Day")
            << utc(2027, 7, 2, 20, 0) << utc(2027, 7, 6, 13, 30);
    }
    void nextOpen() {
        QFETCH(qint64, from);
        QFETCH(qint64, expected);
        QCOMPARE(MarketCalendar().nextOpen(from), expected);
    }

    void todaysClose_data() {
        QTest::addColumn<qint64>("utcMs");
        QTest::addColumn<bool>("has");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("during the session")
            << utc(2026, 11, 24, 16, 0) << true << utc(2026, 11, 24, 21, 0);
        QTest::newRow("after the close, same NY date")
            << utc(2026, 11, 25, 4, 59, 59, 999) << true << utc(2026, 11, 24, 21, 0);
        QTest::newRow("early close day")
            << utc(2026, 11, 27, 15, 0) << true << utc(2026, 11, 27, 18, 0);
        QTest::newRow("holiday") << utc(2026, 11, 26, 15, 0) << false << qint64(0);
        QTest::newRow("weekend") << utc(2026, 11, 28, 15, 0) << false << qint64(0);
    }
    void todaysClose() {
        QFETCH(qint64, utcMs);
        QFETCH(bool, has);
        QFETCH(qint64, expected);
        const auto close = MarketCalendar().todaysClose(utcMs);
        QCOMPARE(close.has_value(), has);
        if (has)
            QCOMPARE(*close, expected);
    }

    void eodCutoff_data() {
        QTest::addColumn<qint64>("utcMs");
        QTest::addColumn<QTime>("configured");
        QTest::addColumn<bool>("has");
        QTest::addColumn<qint64>("expected");
        const QTime dflt(15, 55);
        QTest::newRow("normal day 15:55")
            << utc(2026, 11, 24, 15, 0) << dflt << true << utc(2026, 11, 24, 20, 55);
        QTest::newRow("day after Thanksgiving 12:55")
            << utc(2026, 11, 27, 15, 0) << dflt << true << utc(2026, 11, 27, 17, 55);
        QTest::newRow("normal day, configured 15:50")
            << utc(2026, 11, 24, 15, 0) << QTime(15, 50) << true << utc(2026, 11, 24, 20, 50);
        QTest::newRow("early close, configured 15:50 -> 12:50")
            << utc(2026, 11, 27, 15, 0) << QTime(15, 50) << true << utc(2026, 11, 27, 17, 50);
        QTest::newRow("summer day 15:55 EDT")
            << utc(2026, 7, 2, 15, 0) << dflt << true << utc(2026, 7, 2, 19, 55);
        QTest::newRow("summer early close 12:55 EDT")
            << utc(2029, 7, 3, 15, 0) << dflt << true << utc(2029, 7, 3, 16, 55);
        QTest::newRow("configured after the close is clamped to it")
            << utc(2026, 11, 24, 15, 0) << QTime(16, 10) << true << utc(2026, 11, 24, 21, 0);
        QTest::newRow("invalid configured time means 15:55")
            << utc(2026, 11, 24, 15, 0) << QTime() << true << utc(2026, 11, 24, 20, 55);
        QTest::newRow("Thanksgiving") << utc(2026, 11, 26, 15, 0) << dflt << false << qint64(0);
        QTest::newRow("weekend") << utc(2026, 11, 28, 15, 0) << dflt << false << qint64(0);
    }
    void eodCutoff() {
        QFETCH(qint64, utcMs);
        QFETCH(QTime, configured);
        QFETCH(bool, has);
        QFETCH(qint64, expected);
        const MarketCalendar cal;
        const auto cutoff = cal.eodCutoff(utcMs, configured);
        QCOMPARE(cutoff.has_value(), has);
        if (has)
            QCOMPARE(*cutoff, expected);
        // The form for a session already looked up gives the same answer.
        const auto session = cal.session(cal.newYorkDate(utcMs));
        QCOMPARE(session.has_value(), has);
        if (has)
            QCOMPARE(MarketCalendar::eodCutoff(*session, configured), expected);
    }

    void eodCutoffDefaultArgument() {
        const MarketCalendar cal;
        QCOMPARE(cal.eodCutoff(utc(2026, 11, 27, 15, 0)), std::optional(utc(2026, 11, 27, 17, 55)));
    }

    void describe_data() {
        QTest::addColumn<qint64>("utcMs");
        QTest::addColumn<QString>("expected");
        QTest::newRow("open") << utc(2026, 11, 24, 16, 46)
                              << QStringLiteral("open, closes 16:00 ET (4h 14m left)");
        QTest::newRow("open, last seconds")
            << utc(2026, 11, 24, 20, 59, 30)
            << QStringLiteral("open, closes 16:00 ET (under 1m left)");
        QTest::newRow("open, early close")
            << utc(2026, 11, 27, 17, 0)
            << QStringLiteral("open, early close 13:00 ET (1h 0m left)");
        QTest::newRow("open, minutes only")
            << utc(2026, 7, 2, 19, 15) << QStringLiteral("open, closes 16:00 ET (45m left)");
        QTest::newRow("Thanksgiving")
            << utc(2026, 11, 26, 15, 0)
            << QStringLiteral("closed (Thanksgiving Day), next open Fri 2026-11-27 09:30 ET "
                              "(early close 13:00)");
        QTest::newRow("observed Independence Day")
            << utc(2026, 7, 3, 14, 0)
            << QStringLiteral(
                   "closed (Independence Day (observed)), next open Mon 2026-07-06 09:30 ET");
        QTest::newRow("weekend") << utc(2026, 11, 28, 15, 0)
                                 << QStringLiteral("closed (weekend), next open Mon 2026-11-30 "
                                                   "09:30 ET");
        QTest::newRow("pre-market") << utc(2026, 11, 24, 13, 0)
                                    << QStringLiteral("closed (pre-market), next open Tue "
                                                      "2026-11-24 09:30 ET");
        QTest::newRow("after hours") << utc(2026, 11, 24, 21, 0)
                                     << QStringLiteral("closed (after hours), next open Wed "
                                                       "2026-11-25 09:30 ET");
    }
    void describe() {
        QFETCH(qint64, utcMs);
        QFETCH(QString, expected);
        QCOMPARE(MarketCalendar().describe(utcMs), expected);
    }

    // What a connected broker announces overrides the rules on its dates: an early close and
    // closures no rule derives, in a week the rules call regular; dates outside the range keep
    // the rules.
    void announcedSessionsOverrideTheRules() {
        MarketCalendar cal;
        const MarketCalendar before = cal;
        const auto session = [](QDate d, int openUtcH, int openUtcM, int closeUtcH) {
            TradingSession s;
            s.date = d;
            s.openMs = utc(d.year(), d.month(), d.day(), openUtcH, openUtcM);
            s.closeMs = utc(d.year(), d.month(), d.day(), closeUtcH, 0);
            return s;
        };
        // Mon 12-07 regular, Tue 12-08 closes 13:00 ET (18:00 UTC), Wed 12-09 not listed (closed),
        // Thu 12-10 regular; Thanksgiving 11-26 is outside the range.
        const std::vector<TradingSession> days{
            session(QDate(2026, 12, 7), 14, 30, 21), session(QDate(2026, 12, 8), 14, 30, 18),
            session(QDate(2026, 12, 10), 14, 30, 21), session(QDate(2026, 12, 21), 14, 30, 18)};
        const QList<QDate> differs =
            cal.adoptAnnouncedSessions(QDate(2026, 12, 7), QDate(2026, 12, 11), days).value();
        // Fri 12-11 is not listed either: closed.
        QCOMPARE(differs,
                 (QList<QDate>{QDate(2026, 12, 8), QDate(2026, 12, 9), QDate(2026, 12, 11)}));
        QVERIFY(cal.isEarlyClose(QDate(2026, 12, 8)));
        QCOMPARE(*cal.eodCutoff(utc(2026, 12, 8, 15, 0)), utc(2026, 12, 8, 17, 55));
        QVERIFY(!cal.isOpen(utc(2026, 12, 8, 18, 30)));
        QVERIFY(!cal.isTradingDay(QDate(2026, 12, 9)));
        QVERIFY(cal.isHoliday(QDate(2026, 12, 9)));
        QCOMPARE(cal.holidayName(QDate(2026, 12, 9)),
                 QStringLiteral("closed by the exchange (broker's calendar)"));
        QCOMPARE(cal.nextOpen(utc(2026, 12, 8, 19, 0)), utc(2026, 12, 10, 14, 30));
        QVERIFY(cal.isTradingDay(QDate(2026, 12, 7)));
        QVERIFY(!cal.isEarlyClose(QDate(2026, 12, 7)));
        // Outside the range (a session listed there too): the rules.
        QVERIFY(!cal.isEarlyClose(QDate(2026, 12, 21)));
        QVERIFY(cal.isHoliday(QDate(2026, 11, 26)));
        // Copies made before keep the rules; a later call replaces the range.
        QVERIFY(before.isTradingDay(QDate(2026, 12, 9)));
        const MarketCalendar copy = cal;
        QVERIFY(copy.isEarlyClose(QDate(2026, 12, 8)));
        QVERIFY(cal.adoptAnnouncedSessions(QDate(2026, 12, 14), QDate(2026, 12, 14),
                                           {session(QDate(2026, 12, 14), 14, 30, 21)})
                    .value()
                    .isEmpty());
        QVERIFY(cal.isTradingDay(QDate(2026, 12, 9)));
        QVERIFY(copy.isHoliday(QDate(2026, 12, 9)));
        // Two sessions for the ten trading days of two weeks: a broken answer, nothing taken.
        QVERIFY(!cal.adoptAnnouncedSessions(QDate(2026, 12, 14), QDate(2026, 12, 25),
                                            {session(QDate(2026, 12, 14), 14, 30, 18),
                                             session(QDate(2026, 12, 15), 14, 30, 18)})
                     .has_value());
        QVERIFY(!cal.isEarlyClose(QDate(2026, 12, 14)));
        QVERIFY(cal.isTradingDay(QDate(2026, 12, 16)));
    }
};

QTEST_GUILESS_MAIN(tst_MarketCalendar)
#include "tst_MarketCalendar.moc"
