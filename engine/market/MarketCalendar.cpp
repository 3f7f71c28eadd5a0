#include "market/MarketCalendar.h"

#include <QByteArray>
#include <QDateTime>
#include <QLocale>
#include <QStringView>
#include <algorithm>
#include <iterator>
#include <limits>

namespace axion {

namespace {

enum class Holiday {
    None,
    NewYearsDay,
    MartinLutherKingDay,
    WashingtonsBirthday,
    GoodFriday,
    MemorialDay,
    Juneteenth,
    IndependenceDay,
    LaborDay,
    Thanksgiving,
    Christmas,
    Unscheduled,
};

struct HolidayHit {
    Holiday holiday = Holiday::None;
    bool observed = false;
    int unscheduledIndex = -1; // into kUnscheduledClosures when holiday == Unscheduled
};

// Full-day closures the exchange announced at short notice. They follow no rule, so they are the
// one list of dates here; without them a replay of such a day would expect bars that never came.
struct UnscheduledClosure {
    int year;
    int month;
    int day;
    QStringView name;
};
constexpr UnscheduledClosure kUnscheduledClosures[] = {
    {1994, 4, 27, u"National Day of Mourning for President Richard Nixon"},
    {2001, 9, 11, u"September 11 attacks"},
    {2001, 9, 12, u"September 11 attacks"},
    {2001, 9, 13, u"September 11 attacks"},
    {2001, 9, 14, u"September 11 attacks"},
    {2004, 6, 11, u"National Day of Mourning for President Ronald Reagan"},
    {2007, 1, 2, u"National Day of Mourning for President Gerald Ford"},
    {2012, 10, 29, u"Hurricane Sandy"},
    {2012, 10, 30, u"Hurricane Sandy"},
    {2018, 12, 5, u"National Day of Mourning for President George H. W. Bush"},
    {2025, 1, 9, u"National Day of Mourning for President Jimmy Carter"},
};

constexpr int kMonday = 1;
constexpr int kThursday = 4;
constexpr int kFriday = 5;

constexpr qint64 kMinuteMs = 60 * 1000;
constexpr qint64 kRegularSessionMs = (6 * 60 + 30) * kMinuteMs;    // 09:30 - 16:00
constexpr qint64 kEarlyCloseSessionMs = (3 * 60 + 30) * kMinuteMs; // 09:30 - 13:00

// 1 for the first such weekday of the month, 2 for the second, ...
constexpr int weekOfMonth(int day) {
    return (day - 1) / 7 + 1;
}

// A fixed-date holiday (month hm, day hd) as seen from the weekday y-m-dd: the date itself, or its
// observance on the Friday before (when it falls on a Saturday and saturdayToFriday) or on the
// Monday after (when it falls on a Sunday). Every caller's date has both neighbours in the same
// month, so no month arithmetic is needed.
HolidayHit fixedDate(Holiday holiday, int m, int dd, int dow, int hm, int hd,
                     bool saturdayToFriday) {
    if (m != hm)
        return {};
    if (dd == hd)
        return {holiday, false};
    if (saturdayToFriday && dow == kFriday && dd == hd - 1)
        return {holiday, true};
    if (dow == kMonday && dd == hd + 1)
        return {holiday, true};
    return {};
}

// Easter Sunday as (month, day), Meeus/Jones/Butcher. Only meaningful for Gregorian years.
constexpr void easterMonthDay(int y, int* month, int* day) {
    const int a = y % 19;
    const int b = y / 100;
    const int c = y % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int n = h + l - 7 * m + 114;
    *month = n / 31;
    *day = n % 31 + 1;
}

constexpr int kFirstGregorianEasterYear = 1583;

// Which holiday, if any, closes the exchange on the weekday y-m-dd (dow 1..5). Plain integer
// arithmetic: session() calls this for every day a hot-path cache misses.
HolidayHit findHoliday(int y, int m, int dd, int dow) {
    for (int i = 0; i < int(std::size(kUnscheduledClosures)); ++i) {
        const UnscheduledClosure& c = kUnscheduledClosures[i];
        if (c.year == y && c.month == m && c.day == dd)
            return {Holiday::Unscheduled, false, i};
    }
    switch (m) {
    case 1:
        // Rule 7.2 keeps the exchange open on Friday December 31 when January 1 is a Saturday
        // (year-end accounting), so New Year's Day only moves forward.
        if (const HolidayHit hit = fixedDate(Holiday::NewYearsDay, m, dd, dow, 1, 1, false);
            hit.holiday != Holiday::None)
            return hit;
        // The NYSE first closed for Martin Luther King Jr. Day in 1998.
        if (y >= 1998 && dow == kMonday && weekOfMonth(dd) == 3)
            return {Holiday::MartinLutherKingDay};
        return {};
    case 2:
        if (dow == kMonday && weekOfMonth(dd) == 3)
            return {Holiday::WashingtonsBirthday};
        return {};
    case 3:
    case 4: {
        if (dow != kFriday || y < kFirstGregorianEasterYear)
            return {};
        int em = 0;
        int ed = 0;
        easterMonthDay(y, &em, &ed);
        // Count days from March 1 so that an April 1 or 2 Easter puts Good Friday in March.
        const int goodFriday = (em == 3 ? ed : 31 + ed) - 2;
        if ((m == 3 ? dd : 31 + dd) == goodFriday)
            return {Holiday::GoodFriday};
        return {};
    }
    case 5:
        if (dow == kMonday && dd > 31 - 7)
            return {Holiday::MemorialDay};
        return {};
    case 6:
        // A federal holiday since 2021; the exchange first closed for it in 2022.
        if (y >= 2022)
            return fixedDate(Holiday::Juneteenth, m, dd, dow, 6, 19, true);
        return {};
    case 7:
        return fixedDate(Holiday::IndependenceDay, m, dd, dow, 7, 4, true);
    case 9:
        if (dow == kMonday && dd <= 7)
            return {Holiday::LaborDay};
        return {};
    case 11:
        if (dow == kThursday && weekOfMonth(dd) == 4)
            return {Holiday::Thanksgiving};
        return {};
    case 12:
        return fixedDate(Holiday::Christmas, m, dd, dow, 12, 25, true);
    default:
        return {};
    }
}

// The 13:00 closes, on a weekday that is already known not to be a holiday.
bool isEarlyCloseRule(int m, int dd, int dow) {
    // A Friday July 3 or December 24 is the observed holiday itself, never a half day.
    if (m == 7 && dd == 3)
        return dow <= kThursday;
    if (m == 12 && dd == 24)
        return dow <= kThursday;
    // The day after the fourth Thursday of November is a Friday between the 23rd and the 29th.
    if (m == 11 && dow == kFriday)
        return dd >= 23 && dd <= 29;
    return false;
}

QString holidayTitle(Holiday h) {
    switch (h) {
    case Holiday::NewYearsDay:
        return QStringLiteral("New Year's Day");
    case Holiday::MartinLutherKingDay:
        return QStringLiteral("Martin Luther King Jr. Day");
    case Holiday::WashingtonsBirthday:
        return QStringLiteral("Washington's Birthday");
    case Holiday::GoodFriday:
        return QStringLiteral("Good Friday");
    case Holiday::MemorialDay:
        return QStringLiteral("Memorial Day");
    case Holiday::Juneteenth:
        return QStringLiteral("Juneteenth National Independence Day");
    case Holiday::IndependenceDay:
        return QStringLiteral("Independence Day");
    case Holiday::LaborDay:
        return QStringLiteral("Labor Day");
    case Holiday::Thanksgiving:
        return QStringLiteral("Thanksgiving Day");
    case Holiday::Christmas:
        return QStringLiteral("Christmas Day");
    case Holiday::None:
    case Holiday::Unscheduled:
        break;
    }
    return {};
}

HolidayHit holidayOn(QDate d) {
    if (!d.isValid())
        return {};
    const int dow = d.dayOfWeek();
    if (dow > kFriday)
        return {};
    int y = 0;
    int m = 0;
    int dd = 0;
    d.getDate(&y, &m, &dd);
    return findHoliday(y, m, dd, dow);
}

QString formatDuration(qint64 ms) {
    const qint64 minutes = ms / kMinuteMs;
    if (minutes < 1)
        return QStringLiteral("under 1m");
    if (minutes < 60)
        return QString::number(minutes) + u'm';
    return QString::number(minutes / 60) + QStringLiteral("h ") + QString::number(minutes % 60) +
           u'm';
}

} // namespace

MarketCalendar::MarketCalendar()
    : m_newYork(newYork()) {
    // Without the zone every session time would be wrong by hours; the tz database ships with
    // every supported platform, so this is a packaging error, not a runtime condition.
    Q_ASSERT(m_newYork.isValid());
}

QTimeZone MarketCalendar::newYork() {
    // Loading the zone parses the tz database; one copy per process, shared by every calendar.
    static const QTimeZone zone(QByteArrayLiteral("America/New_York"));
    return zone;
}

QDate MarketCalendar::easterSunday(int year) {
    if (year < kFirstGregorianEasterYear)
        return {};
    int m = 0;
    int d = 0;
    easterMonthDay(year, &m, &d);
    return QDate(year, m, d);
}

QDate MarketCalendar::newYorkDate(qint64 utcMs) const {
    return QDateTime::fromMSecsSinceEpoch(utcMs, m_newYork).date();
}

MarketCalendar::DayKind MarketCalendar::classify(QDate d) const {
    if (!d.isValid())
        return DayKind::Invalid;
    if (m_announced) {
        if (const auto it = m_announced->constFind(d); it != m_announced->cend()) {
            if (!it->has_value())
                return DayKind::Holiday;
            return (*it)->earlyClose ? DayKind::EarlyClose : DayKind::Regular;
        }
    }
    const int dow = d.dayOfWeek();
    if (dow > kFriday)
        return DayKind::Weekend;
    int y = 0;
    int m = 0;
    int dd = 0;
    d.getDate(&y, &m, &dd);
    if (findHoliday(y, m, dd, dow).holiday != Holiday::None)
        return DayKind::Holiday;
    return isEarlyCloseRule(m, dd, dow) ? DayKind::EarlyClose : DayKind::Regular;
}

bool MarketCalendar::isHoliday(QDate d) const {
    return classify(d) == DayKind::Holiday;
}

QString MarketCalendar::holidayName(QDate d) const {
    if (classify(d) != DayKind::Holiday)
        return {};
    const HolidayHit hit = holidayOn(d);
    if (hit.holiday == Holiday::None)
        return QStringLiteral("closed by the exchange (broker's calendar)");
    if (hit.holiday == Holiday::Unscheduled)
        return kUnscheduledClosures[hit.unscheduledIndex].name.toString();
    const QString title = holidayTitle(hit.holiday);
    return hit.observed ? title + QStringLiteral(" (observed)") : title;
}

bool MarketCalendar::isEarlyClose(QDate d) const {
    return classify(d) == DayKind::EarlyClose;
}

bool MarketCalendar::isTradingDay(QDate d) const {
    const DayKind kind = classify(d);
    return kind == DayKind::Regular || kind == DayKind::EarlyClose;
}

qint64 MarketCalendar::toUtcMs(QDate d, QTime nyTime) const {
    return QDateTime(d, nyTime, m_newYork).toMSecsSinceEpoch();
}

std::optional<TradingSession> MarketCalendar::session(QDate d) const {
    if (m_announced) {
        if (const auto it = m_announced->constFind(d); it != m_announced->cend())
            return *it;
    }
    const DayKind kind = classify(d);
    if (kind != DayKind::Regular && kind != DayKind::EarlyClose)
        return std::nullopt;
    TradingSession s;
    s.date = d;
    s.earlyClose = kind == DayKind::EarlyClose;
    s.openMs = toUtcMs(d, QTime(9, 30));
    // New York changes its clocks at 02:00, so no session spans a change and the close is the open
    // plus a fixed length: one time zone conversion per session instead of two.
    s.closeMs = s.openMs + (s.earlyClose ? kEarlyCloseSessionMs : kRegularSessionMs);
    return s;
}

bool MarketCalendar::isOpen(qint64 utcMs) const {
    const auto s = session(newYorkDate(utcMs));
    return s && s->openMs <= utcMs && utcMs < s->closeMs;
}

qint64 MarketCalendar::nextOpen(qint64 utcMs) const {
    QDate d = newYorkDate(utcMs);
    // The longest closure on record (9/11) kept the exchange shut for a week; a month of look-ahead
    // bounds the loop for dates at the edge of QDate's range.
    for (int i = 0; i < 31 && d.isValid(); ++i, d = d.addDays(1)) {
        const auto s = session(d);
        if (s && s->openMs > utcMs)
            return s->openMs;
    }
    return std::numeric_limits<qint64>::max();
}

std::optional<qint64> MarketCalendar::todaysClose(qint64 utcMs) const {
    const auto s = session(newYorkDate(utcMs));
    if (!s)
        return std::nullopt;
    return s->closeMs;
}

std::optional<qint64> MarketCalendar::eodCutoff(qint64 utcMs, QTime configured) const {
    const auto s = session(newYorkDate(utcMs));
    if (!s)
        return std::nullopt;
    return eodCutoff(*s, configured);
}

qint64 MarketCalendar::eodCutoff(const TradingSession& session, QTime configured) {
    if (!configured.isValid())
        configured = QTime(15, 55);
    // The configured time is the cutoff on a regular day; keeping its distance to the close (not
    // its wall-clock time) moves it with the close on an early-close day.
    const qint64 beforeClose = qint64(configured.msecsTo(QTime(16, 0)));
    return qBound(session.openMs, session.closeMs - beforeClose, session.closeMs);
}

std::optional<QList<QDate>>
MarketCalendar::adoptAnnouncedSessions(QDate from, QDate to,
                                       const std::vector<TradingSession>& sessions) {
    MarketCalendar rules; // what the rules alone say
    auto announced = std::make_shared<Announced>();
    int expected = 0;
    for (QDate d = from; d.isValid() && d <= to; d = d.addDays(1)) {
        if (d.dayOfWeek() <= kFriday)
            announced->insert(d, std::nullopt); // closed unless listed
        expected += rules.isTradingDay(d) ? 1 : 0;
    }
    int listed = 0;
    for (const TradingSession& s : sessions)
        listed += s.date.isValid() && s.date >= from && s.date <= to ? 1 : 0;
    if (2 * listed < expected)
        return std::nullopt;
    for (TradingSession s : sessions) {
        if (!s.date.isValid() || s.date < from || s.date > to || s.closeMs <= s.openMs)
            continue;
        s.earlyClose = s.closeMs - s.openMs < kRegularSessionMs;
        announced->insert(s.date, s);
    }
    QList<QDate> differs;
    for (auto it = announced->cbegin(); it != announced->cend(); ++it) {
        if (rules.session(it.key()) != *it)
            differs.append(it.key());
    }
    std::sort(differs.begin(), differs.end());
    m_announced = std::move(announced);
    return differs;
}

QString MarketCalendar::formatNy(qint64 utcMs, QStringView format) const {
    // The C locale keeps day names English and stable whatever the user's locale is.
    return QLocale::c().toString(QDateTime::fromMSecsSinceEpoch(utcMs, m_newYork), format);
}

QString MarketCalendar::describe(qint64 utcMs) const {
    const QDate today = newYorkDate(utcMs);
    if (!today.isValid())
        return QStringLiteral("unknown (time out of range)");
    const auto s = session(today);
    if (s && s->openMs <= utcMs && utcMs < s->closeMs) {
        return QStringLiteral("open, ") +
               (s->earlyClose ? QStringLiteral("early close ") : QStringLiteral("closes ")) +
               formatNy(s->closeMs, u"HH:mm") + QStringLiteral(" ET (") +
               formatDuration(s->closeMs - utcMs) + QStringLiteral(" left)");
    }

    QString reason;
    if (!s) {
        reason = holidayName(today);
        if (reason.isEmpty())
            reason = QStringLiteral("weekend");
    } else {
        reason = utcMs < s->openMs ? QStringLiteral("pre-market") : QStringLiteral("after hours");
    }
    QString line = QStringLiteral("closed (") + reason + u')';
    const qint64 next = nextOpen(utcMs);
    if (next == std::numeric_limits<qint64>::max())
        return line;
    line += QStringLiteral(", next open ") + formatNy(next, u"ddd yyyy-MM-dd HH:mm") +
            QStringLiteral(" ET");
    if (const auto nextSession = session(newYorkDate(next)); nextSession && nextSession->earlyClose)
        line += QStringLiteral(" (early close ") + formatNy(nextSession->closeMs, u"HH:mm") + u')';
    return line;
}

} // namespace axion
