#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QTime>
#include <QTimeZone>
#include <QtGlobal>
#include <memory>
#include <optional>
#include <vector>

namespace axion {

// One NYSE regular session. Times are UTC milliseconds since the epoch so that callers compare
// them directly with bar and clock times; the date is the New York calendar date.
struct TradingSession {
    QDate date;
    qint64 openMs = 0;  // 09:30 New York
    qint64 closeMs = 0; // 16:00 New York, 13:00 on an early-close day
    bool earlyClose = false;

    bool operator==(const TradingSession&) const = default;
};

// The NYSE calendar: regular hours, full-day holidays and 13:00 early closes, in New York time.
//
// Pure: no QObject, no I/O and no reading of the system clock or the local time zone, so a replay
// gets the same answers as live trading and the tests can ask about any instant. Daylight saving is
// QTimeZone's business ("America/New_York"), never a fixed offset.
//
// The scheduled holidays and early closes are derived from the exchange's rules (NYSE Rule 7.2),
// not from a table of dates, so they hold for every year:
//  - New Year's Day, Juneteenth (from 2022), Independence Day and Christmas are fixed dates; on a
//    Sunday they are observed the Monday after, on a Saturday the Friday before, except New Year's
//    Day: when January 1 is a Saturday the exchange stays open on the Friday before (the rule's
//    year-end accounting exception).
//  - Martin Luther King Jr. Day (3rd Monday of January, from 1998), Washington's Birthday (3rd
//    Monday of February), Memorial Day (last Monday of May), Labor Day (1st Monday of September),
//    Thanksgiving (4th Thursday of November) and Good Friday (two days before Gregorian Easter).
//  - 13:00 early closes: July 3 on a Monday to Thursday, the day after Thanksgiving, and December
//  24
//    on a Monday to Thursday.
// Closures the exchange decides at short notice (national days of mourning, 9/11, Hurricane Sandy)
// cannot be derived; the ones since 1994 are listed in the .cpp so that replays of those days agree
// with the data. A new one is learnt live from a connected broker's calendar
// (adoptAnnouncedSessions: Alpaca's /v2/calendar), which overrides the rules for its dates.
class MarketCalendar {
public:
    MarketCalendar();

    // America/New_York, loaded once per process; copies share the same data.
    static QTimeZone newYork();

    // Easter Sunday of a Gregorian year (Meeus/Jones/Butcher computus).
    static QDate easterSunday(int year);

    // The New York calendar date of an instant.
    QDate newYorkDate(qint64 utcMs) const;

    // Full-day closure on a weekday. Weekends are not holidays (they are simply not trading days),
    // so a Saturday July 4 is false here and its Friday observance is the holiday.
    bool isHoliday(QDate d) const;
    // "" when d is not a holiday, e.g. "Good Friday", "Independence Day (observed)".
    QString holidayName(QDate d) const;
    // A trading day on which the session ends at 13:00.
    bool isEarlyClose(QDate d) const;
    // A weekday that is not a holiday. Invalid dates are not trading days.
    bool isTradingDay(QDate d) const;

    // The regular session of a New York date; nullopt on weekends and holidays.
    std::optional<TradingSession> session(QDate d) const;

    // open <= utcMs < close of a trading day.
    bool isOpen(qint64 utcMs) const;
    // The first session open strictly after utcMs. Instants outside QDateTime's range have no
    // answer and give std::numeric_limits<qint64>::max().
    qint64 nextOpen(qint64 utcMs) const;
    // The close of the session on utcMs's New York date (even when that close has passed); nullopt
    // when that date is not a trading day.
    std::optional<qint64> todaysClose(qint64 utcMs) const;
    // The end-of-day cutoff for day trades on utcMs's New York date: the close minus
    // (16:00 - configured), so the configured 15:55 becomes 12:55 on a 13:00 early-close day. The
    // result is clamped to the session (a configured time after 16:00 gives the close), and an
    // invalid time means the default 15:55. nullopt when that date is not a trading day.
    std::optional<qint64> eodCutoff(qint64 utcMs, QTime configured = QTime(15, 55)) const;
    // The same for a session already looked up (no time zone conversion).
    static qint64 eodCutoff(const TradingSession& session, QTime configured = QTime(15, 55));

    // The exchange's calendar for [from, to] as a connected broker serves it: its sessions
    // replace the derived ones on their dates, and a weekday of the range it does not list is
    // closed, so an early close or a closure announced at short notice is kept. Sessions
    // outside the range are ignored; a later call replaces an earlier one's range. Copies made
    // before the call keep what they had. Returns the dates on which it differs from the rules,
    // or nullopt, taking nothing, when it lists fewer than half the trading days the rules
    // count in the range: that is a broken answer, not an announcement (every day would be
    // closed, and no EOD cutoff would close a day trade).
    std::optional<QList<QDate>> adoptAnnouncedSessions(QDate from, QDate to,
                                                       const std::vector<TradingSession>& sessions);

    // One line for a human, e.g. "open, closes 16:00 ET (2h 14m left)" or "closed (Thanksgiving
    // Day), next open Fri 2026-11-27 09:30 ET (early close 13:00)".
    QString describe(qint64 utcMs) const;

private:
    enum class DayKind { Invalid, Weekend, Holiday, Regular, EarlyClose };
    DayKind classify(QDate d) const;
    qint64 toUtcMs(QDate d, QTime nyTime) const;
    QString formatNy(qint64 utcMs, QStringView format) const;

    QTimeZone m_newYork;
    // Announced by a broker, by date: a session, or nullopt for a closed weekday. Shared by
    // copies (a calendar is copied into the executor and the engine), replaced, never changed.
    using Announced = QHash<QDate, std::optional<TradingSession>>;
    std::shared_ptr<const Announced> m_announced;
};

} // namespace axion
