#include "market/ReplayFeed.h"

#include "market/ZipArchive.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringView>
#include <QTimeZone>
#include <algorithm>
#include <cstring>
#include <iterator>
#include <limits>
#include <optional>
#include <utility>

namespace axion {

namespace {

constexpr qint64 kDayMs = 24 * 60 * 60 * 1000;
constexpr qint64 kUnixEpochJulianDay = 2440588; // QDate(1970, 1, 1).toJulianDay()
constexpr int kColumns = 6;
constexpr std::size_t kMaxCsvBytes = std::size_t(2) * 1024 * 1024 * 1024;

void setError(QString* error, const QString& message) {
    if (error)
        *error = message;
}

// "file:line: what", the shape compilers use, so editors and terminals can jump to the row.
QString lineError(const QString& path, qint64 line, const QString& what) {
    return path + u':' + QString::number(line) + QStringLiteral(": ") + what;
}

QString quoted(QStringView text) {
    // Cap what is echoed back: a binary file would otherwise produce a megabyte-long message.
    constexpr qsizetype kMax = 40;
    if (text.size() > kMax)
        return u'"' + text.left(kMax).toString() + QStringLiteral("...\"");
    return u'"' + text.toString() + u'"';
}

QString quoted(const char* begin, const char* end) {
    return quoted(QString::fromUtf8(begin, qsizetype(end - begin)));
}

QString price(Price p) {
    return p.toString(2);
}

QString newYorkText(qint64 utcMs) {
    return QDateTime::fromMSecsSinceEpoch(utcMs, MarketCalendar::newYork())
               .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) +
           QStringLiteral(" ET");
}

// A ticker as the rest of the engine spells it: trimmed, upper case, and only characters that occur
// in real symbols (BRK.B, BF-B, ^VIX, ES=F); anything else is almost certainly a path mistake.
std::optional<QString> normalizeSymbol(const QString& raw, QString* problem) {
    const QString s = raw.trimmed().toUpper();
    if (s.isEmpty()) {
        *problem = QStringLiteral("the symbol is empty");
        return std::nullopt;
    }
    constexpr qsizetype kMaxLength = 32;
    bool ok = s.size() <= kMaxLength;
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (!((u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'.' || u == u'-' ||
              u == u'/' || u == u'^' || u == u'='))
            ok = false;
    }
    if (!ok) {
        *problem = QStringLiteral("symbol ") + quoted(raw) +
                   QStringLiteral(" is not a ticker (up to 32 letters, digits and . - / ^ =)");
        return std::nullopt;
    }
    return s;
}

// The checks every source shares. Empty when the bar is sound, else what is wrong with it.
QString checkBar(const Bar& b) {
    const std::pair<QStringView, Price> prices[] = {
        {u"open", b.open}, {u"high", b.high}, {u"low", b.low}, {u"close", b.close}};
    for (const auto& [name, p] : prices) {
        if (!p.isPositive())
            return name + u' ' + price(p) + QStringLiteral(" is not a positive price");
    }
    if (b.volume < 0)
        return QStringLiteral("volume ") + QString::number(b.volume) +
               QStringLiteral(" is negative");
    if (b.high < b.low)
        return QStringLiteral("high ") + price(b.high) + QStringLiteral(" is below low ") +
               price(b.low);
    // Built only on failure: this runs for every bar of every file.
    const auto outside = [&b](QStringView name, Price p) -> QString {
        return name + u' ' + price(p) + QStringLiteral(" is outside [low ") + price(b.low) +
               QStringLiteral(", high ") + price(b.high) + u']';
    };
    if (b.open < b.low || b.open > b.high)
        return outside(u"open", b.open);
    if (b.close < b.low || b.close > b.high)
        return outside(u"close", b.close);
    return {};
}

// [-]digits, nothing else, no overflow.
bool parseInteger(const char* b, const char* e, qint64* out) {
    bool negative = false;
    if (b < e && (*b == '-' || *b == '+')) {
        negative = *b == '-';
        ++b;
    }
    if (b == e)
        return false;
    qint64 v = 0;
    for (; b < e; ++b) {
        const int d = *b - '0';
        if (d < 0 || d > 9)
            return false;
        if (v > (std::numeric_limits<qint64>::max() - d) / 10)
            return false;
        v = v * 10 + d;
    }
    *out = negative ? -v : v;
    return true;
}

// Reads `count` ASCII digits at s[*i] as a number.
bool digits(QStringView s, qsizetype* i, int count, int* out) {
    if (*i + count > s.size())
        return false;
    int v = 0;
    for (int k = 0; k < count; ++k) {
        const char16_t c = s[*i + k].unicode();
        if (c < u'0' || c > u'9')
            return false;
        v = v * 10 + (c - u'0');
    }
    *i += count;
    *out = v;
    return true;
}

bool expect(QStringView s, qsizetype* i, char16_t c) {
    if (*i < s.size() && s[*i].unicode() == c) {
        ++*i;
        return true;
    }
    return false;
}

// ISO 8601 with a mandatory UTC offset: YYYY-MM-DD(T| )HH:MM[:SS[.fraction]](Z|+HH:MM|+HHMM|+HH).
// Hand-written rather than QDateTime::fromString: that one accepts a missing offset as local time,
// which would make a replay depend on the machine's time zone, and it is slow per row.
std::optional<qint64> parseTimestamp(QStringView s, QString* problem) {
    // Built only on failure: this runs for every row.
    const auto bad = [s]() -> QString {
        return QStringLiteral("bad timestamp ") + quoted(s) +
               QStringLiteral(": expected ISO 8601 with a UTC offset, e.g. "
                              "2026-11-24T09:30:00-05:00 or 2026-11-24T14:30:00Z");
    };
    qsizetype i = 0;
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, sec = 0;
    if (!digits(s, &i, 4, &y) || !expect(s, &i, u'-') || !digits(s, &i, 2, &mo) ||
        !expect(s, &i, u'-') || !digits(s, &i, 2, &d)) {
        *problem = bad();
        return std::nullopt;
    }
    if (!(expect(s, &i, u'T') || expect(s, &i, u't') || expect(s, &i, u' ')) ||
        !digits(s, &i, 2, &h) || !expect(s, &i, u':') || !digits(s, &i, 2, &mi)) {
        *problem = bad();
        return std::nullopt;
    }
    qint64 ms = 0;
    if (expect(s, &i, u':')) {
        if (!digits(s, &i, 2, &sec)) {
            *problem = bad();
            return std::nullopt;
        }
        if (expect(s, &i, u'.') || expect(s, &i, u',')) {
            // Bars live on a millisecond clock: finer digits must be zero, never silently dropped.
            int n = 0;
            while (i < s.size() && s[i].unicode() >= u'0' && s[i].unicode() <= u'9') {
                const int digit = s[i].unicode() - u'0';
                if (n < 3)
                    ms = ms * 10 + digit;
                else if (digit != 0) {
                    *problem = QStringLiteral("timestamp ") + quoted(s) +
                               QStringLiteral(" is finer than a millisecond");
                    return std::nullopt;
                }
                ++n;
                ++i;
            }
            if (n == 0) {
                *problem = bad();
                return std::nullopt;
            }
            for (int k = n; k < 3; ++k)
                ms *= 10;
        }
    }
    if (!QDate::isValid(y, mo, d) || h > 23 || mi > 59 || sec > 59) {
        *problem = QStringLiteral("timestamp ") + quoted(s) +
                   QStringLiteral(" is not a valid date and time");
        return std::nullopt;
    }
    qint64 offsetMinutes = 0;
    if (i == s.size()) {
        *problem = QStringLiteral("timestamp ") + quoted(s) +
                   QStringLiteral(" has no UTC offset (add Z or an offset such as -05:00)");
        return std::nullopt;
    }
    if (expect(s, &i, u'Z') || expect(s, &i, u'z')) {
        // UTC.
    } else if (s[i] == u'+' || s[i] == u'-') {
        const bool west = s[i] == u'-';
        ++i;
        int oh = 0;
        int om = 0;
        const bool ok = digits(s, &i, 2, &oh) &&
                        (i == s.size() || (expect(s, &i, u':'), digits(s, &i, 2, &om)));
        // Real offsets run from -12:00 to +14:00; ISO 8601 allows up to 23:59 but nothing that
        // far off is a market's clock.
        if (!ok || i != s.size() || oh > 14 || om > 59 || (oh == 14 && om > 0)) {
            *problem = QStringLiteral("timestamp ") + quoted(s) +
                       QStringLiteral(" has a bad UTC offset (expected Z or +HH:MM within "
                                      "-14:00..+14:00)");
            return std::nullopt;
        }
        offsetMinutes = (west ? -1 : 1) * (oh * 60 + om);
    } else {
        *problem = bad();
        return std::nullopt;
    }
    if (i != s.size()) {
        *problem = bad();
        return std::nullopt;
    }
    const qint64 days = QDate(y, mo, d).toJulianDay() - kUnixEpochJulianDay;
    return days * kDayMs + ((qint64(h) * 60 + mi) * 60 + sec) * 1000 + ms -
           offsetMinutes * 60 * 1000;
}

// Whether a UTC instant opens inside a regular session. Caches one New York day, since bars come
// in time order and a day holds hundreds of them: one time zone conversion per day, not per bar.
class SessionLookup {
public:
    explicit SessionLookup(const MarketCalendar& calendar)
        : m_calendar(calendar) {}

    bool isOpen(qint64 utcMs) {
        if (utcMs < m_dayStart || utcMs >= m_dayEnd) {
            const QTimeZone ny = MarketCalendar::newYork();
            const QDate day = QDateTime::fromMSecsSinceEpoch(utcMs, ny).date();
            // New York changes its clocks at 02:00, so midnight always exists.
            m_dayStart = QDateTime(day, QTime(0, 0), ny).toMSecsSinceEpoch();
            m_dayEnd = QDateTime(day.addDays(1), QTime(0, 0), ny).toMSecsSinceEpoch();
            m_session = m_calendar.session(day);
        }
        return m_session && m_session->openMs <= utcMs && utcMs < m_session->closeMs;
    }

private:
    const MarketCalendar& m_calendar;
    qint64 m_dayStart = 0;
    qint64 m_dayEnd = 0;
    std::optional<TradingSession> m_session;
};

// A view of [begin, end) split at the first '\n', with a trailing '\r' dropped (CRLF files).
struct Line {
    const char* begin;
    const char* end;
    const char* next;
};

Line nextLine(const char* p, const char* end) {
    const char* nl = static_cast<const char*>(std::memchr(p, '\n', std::size_t(end - p)));
    const char* lineEnd = nl ? nl : end;
    const char* next = nl ? nl + 1 : end;
    if (lineEnd > p && lineEnd[-1] == '\r')
        --lineEnd;
    return {p, lineEnd, next};
}

// The end of the content once trailing blank lines and whitespace are ignored: a final newline (or
// several) is harmless, a blank line between rows is not.
const char* trimmedEnd(const char* begin, const char* end) {
    while (end > begin && (end[-1] == '\n' || end[-1] == '\r' || end[-1] == ' ' || end[-1] == '\t'))
        --end;
    return end;
}

const char16_t* const kColumnNames[kColumns] = {u"timestamp", u"open",  u"high",
                                                u"low",       u"close", u"volume"};

} // namespace

bool ReplayFeed::addFile(const QString& path, QString* error) {
    const QFileInfo info(path);
    const QString suffix = info.suffix().toLower();
    if (suffix == u"zip") {
        // Lean's layout: .../<resolution>/<symbol>/<YYYYMMDD>_<trade|quote>.zip
        const QString name = info.fileName();
        const qsizetype underscore = name.indexOf(u'_');
        const QString datePart = name.left(underscore);
        const QString kind = underscore < 0 ? QString()
                                            : name.mid(underscore + 1)
                                                  .chopped(4) // ".zip"
                                                  .toLower();
        if (kind == u"quote") {
            setError(error, path + QStringLiteral(": a Lean quote zip (bid/ask bars); the replay "
                                                  "takes trade bars only (<YYYYMMDD>_trade.zip)"));
            return false;
        }
        const QDate date = QDate::fromString(datePart, QStringLiteral("yyyyMMdd"));
        if (kind != u"trade" || datePart.size() != 8 || !date.isValid()) {
            setError(error, path + QStringLiteral(": not a Lean minute trade zip name (expected "
                                                  "<symbol>/<YYYYMMDD>_trade.zip)"));
            return false;
        }
        QDir folder = info.absoluteDir();
        const QString symbolFolder = folder.dirName();
        // Tick and second zips share the name pattern but not the columns; say so instead of
        // failing on line 1 with a puzzling "not a number".
        if (folder.cdUp()) {
            const QString resolution = folder.dirName().toLower();
            if (resolution == u"tick" || resolution == u"second" || resolution == u"hour" ||
                resolution == u"daily") {
                setError(error, path + QStringLiteral(": Lean ") + resolution +
                                    QStringLiteral(" data; the replay reads minute trade bars"));
                return false;
            }
        }
        return addLeanMinuteZip(path, symbolFolder, date, error);
    }
    if (suffix == u"csv") {
        const QString symbol = info.completeBaseName().section(u'_', 0, 0);
        return addCsv(path, symbol, error);
    }
    setError(error, path + QStringLiteral(": unsupported file type (expected a Lean minute "
                                          "<YYYYMMDD>_trade.zip or a .csv)"));
    return false;
}

bool ReplayFeed::addLeanMinuteZip(const QString& path, const QString& rawSymbol, QDate date,
                                  QString* error) {
    QString problem;
    const std::optional<QString> symbol = normalizeSymbol(rawSymbol, &problem);
    if (!symbol) {
        setError(error, path + QStringLiteral(": ") + problem);
        return false;
    }
    if (!date.isValid()) {
        setError(error, path + QStringLiteral(": no valid date given for the Lean zip"));
        return false;
    }

    ZipArchive zip;
    if (!zip.open(path, error))
        return false;
    if (zip.entryCount() != 1) {
        setError(error, path +
                            QStringLiteral(": a Lean minute zip holds exactly one CSV, this one "
                                           "holds ") +
                            QString::number(zip.entryCount()) + QStringLiteral(" entries"));
        return false;
    }
    // Lean names the entry <YYYYMMDD>_<sym>_minute_trade.csv. When the name has that shape it must
    // agree with the date and symbol: a mis-filed zip would otherwise replay under the wrong name
    // or, worse, at the wrong date.
    const QString entry = zip.entryName(0);
    const bool isCsv = entry.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive);
    const QStringList parts = isCsv ? entry.chopped(4).split(u'_') : QStringList();
    if (parts.size() == 4 && parts[0].size() == 8) {
        const QDate entryDate = QDate::fromString(parts[0], QStringLiteral("yyyyMMdd"));
        const QString res = parts[2].toLower();
        const QString type = parts[3].toLower();
        if (res != u"minute" || type != u"trade") {
            setError(error, path + QStringLiteral(": holds ") + quoted(entry) +
                                QStringLiteral(", not minute trade bars"));
            return false;
        }
        if (entryDate.isValid() && entryDate != date) {
            setError(error, path + QStringLiteral(": holds ") + quoted(entry) +
                                QStringLiteral(", which is not dated ") +
                                date.toString(Qt::ISODate));
            return false;
        }
        if (parts[1].toUpper() != *symbol) {
            setError(error, path + QStringLiteral(": holds ") + quoted(entry) +
                                QStringLiteral(", which is not for ") + *symbol);
            return false;
        }
    }
    const std::optional<QByteArray> data = zip.read(0, error);
    if (!data)
        return false;

    const char* p = data->constData();
    const char* const end = trimmedEnd(p, p + data->size());
    if (p == end) {
        setError(error, path + QStringLiteral(": the CSV inside is empty (no bars)"));
        return false;
    }

    // Lean's times are New York wall-clock times. On all but two days a year the UTC offset is the
    // same from midnight to midnight, so one conversion serves the whole file; on a clock-change
    // day each row goes through the time zone (equity rows start at 04:00, after the 02:00 change,
    // but this code does not rely on that).
    const QTimeZone ny = MarketCalendar::newYork();
    const qint64 dayStartWall = (date.toJulianDay() - kUnixEpochJulianDay) * kDayMs;
    const int offsetAtStart = QDateTime(date, QTime(0, 0), ny).offsetFromUtc();
    const int offsetAtEnd = QDateTime(date, QTime(23, 59, 59, 999), ny).offsetFromUtc();
    const bool oneOffset = offsetAtStart == offsetAtEnd;

    const std::optional<TradingSession> session = m_calendar.session(date);

    QString factorError;
    const LeanFactorFile* factorFile = factorFileFor(path, *symbol, &factorError);
    if (!factorError.isEmpty()) {
        setError(error, factorError);
        return false;
    }
    // One date per zip, so one set of factors for all of its bars.
    const LeanFactorFile::Factors factors =
        factorFile ? factorFile->factorsOn(date) : LeanFactorFile::Factors{};

    LoadedFile file;
    file.path = path;
    file.adjusted = factorFile != nullptr;
    const std::size_t rows = std::size_t(std::count(p, end, '\n')) + 1;
    file.bars.reserve(rows);
    file.open.reserve(rows);

    static constexpr const char* kLeanNames[kColumns] = {
        "ms_since_midnight", "open", "high", "low", "close", "volume"};
    qint64 lineNo = 0;
    qint64 previousMs = -1;
    while (p < end) {
        ++lineNo;
        const Line line = nextLine(p, end);
        p = line.next;
        if (line.begin == line.end) {
            setError(error, lineError(path, lineNo, QStringLiteral("empty line")));
            return false;
        }
        const auto columns = std::count(line.begin, line.end, ',') + 1;
        if (columns != kColumns) {
            setError(error, lineError(path, lineNo,
                                      QStringLiteral("expected 6 columns (ms_since_midnight,open,"
                                                     "high,low,close,volume), found ") +
                                          QString::number(columns)));
            return false;
        }
        qint64 v[kColumns] = {};
        int column = 0;
        const char* field = line.begin;
        for (const char* c = line.begin;; ++c) {
            if (c == line.end || *c == ',') {
                if (!parseInteger(field, c, &v[column])) {
                    setError(error,
                             lineError(path, lineNo,
                                       QString::fromLatin1(kLeanNames[column]) + u' ' +
                                           quoted(field, c) +
                                           QStringLiteral(" is not a whole number (Lean prices "
                                                          "are integers, price x 10000)")));
                    return false;
                }
                ++column;
                field = c + 1;
                if (c == line.end)
                    break;
            }
        }
        const qint64 ms = v[0];
        if (ms < 0 || ms >= kDayMs) {
            setError(error, lineError(path, lineNo,
                                      QStringLiteral("ms_since_midnight ") + QString::number(ms) +
                                          QStringLiteral(" is outside one day (0..86399999)")));
            return false;
        }
        if (ms == previousMs) {
            setError(error, lineError(path, lineNo,
                                      QStringLiteral("duplicate timestamp: ms_since_midnight ") +
                                          QString::number(ms) +
                                          QStringLiteral(" is also on the line before")));
            return false;
        }
        if (ms < previousMs) {
            setError(error,
                     lineError(path, lineNo,
                               QStringLiteral("timestamps go backwards: ms_since_midnight ") +
                                   QString::number(ms) + QStringLiteral(" comes after ") +
                                   QString::number(previousMs)));
            return false;
        }
        previousMs = ms;

        Bar bar;
        bar.timeMs =
            oneOffset
                ? dayStartWall + ms - qint64(offsetAtStart) * 1000
                : QDateTime(date, QTime::fromMSecsSinceStartOfDay(int(ms)), ny).toMSecsSinceEpoch();
        // Wall-clock times that do not map forward in UTC can only come from the hour that is
        // skipped or repeated at a clock change; two such rows would be one instant.
        if (!file.bars.empty() && bar.timeMs <= file.bars.back().timeMs) {
            setError(error,
                     lineError(path, lineNo,
                               QStringLiteral("ms_since_midnight ") + QString::number(ms) +
                                   QStringLiteral(" falls in the New York clock change and maps to "
                                                  "the same instant as an earlier row")));
            return false;
        }
        bar.open = Price::fromUnits(v[1]);
        bar.high = Price::fromUnits(v[2]);
        bar.low = Price::fromUnits(v[3]);
        bar.close = Price::fromUnits(v[4]);
        bar.volume = v[5];
        if (const QString wrong = checkBar(bar); !wrong.isEmpty()) {
            setError(error, lineError(path, lineNo, wrong));
            return false;
        }
        const bool open = session && session->openMs <= bar.timeMs && bar.timeMs < session->closeMs;
        // Checked raw (the file's own errors), then adjusted: the adjustment keeps the checks true.
        if (file.adjusted)
            bar = LeanFactorFile::adjusted(bar, factors);
        file.bars.push_back(bar);
        file.open.push_back(open ? 1 : 0);
        file.openCount += open ? 1 : 0;
    }
    return commit(std::move(file), *symbol, 1, error);
}

bool ReplayFeed::addCsv(const QString& path, const QString& rawSymbol, QString* error) {
    QString problem;
    const std::optional<QString> symbol = normalizeSymbol(rawSymbol, &problem);
    if (!symbol) {
        setError(error, path + QStringLiteral(": ") + problem);
        return false;
    }
    QFile f(path);
    if (!f.exists()) {
        setError(error, path + QStringLiteral(": file not found"));
        return false;
    }
    if (!f.open(QIODevice::ReadOnly)) {
        setError(error, path + QStringLiteral(": cannot open (") + f.errorString() + u')');
        return false;
    }
    if (std::size_t(f.size()) > kMaxCsvBytes) {
        setError(error, path + QStringLiteral(": larger than 2 GiB; split it by day or month"));
        return false;
    }
    const QByteArray data = f.readAll();
    if (f.error() != QFileDevice::NoError) {
        setError(error, path + QStringLiteral(": read error (") + f.errorString() + u')');
        return false;
    }
    // Parsed as bytes (every valid field is ASCII); only single fields are widened to UTF-16 for
    // Price::parse, so a large file is never copied into a QString.
    const char* p = data.constData();
    const char* const end = trimmedEnd(p, p + data.size());
    if (end - p >= 3 && p[0] == '\xEF' && p[1] == '\xBB' && p[2] == '\xBF')
        p += 3; // a UTF-8 byte order mark, as spreadsheets write
    if (p >= end) {
        setError(error, path + QStringLiteral(": the file is empty (expected the header "
                                              "timestamp,open,high,low,close,volume)"));
        return false;
    }

    // One line split into fields, trimmed, with a pair of enclosing double quotes dropped.
    struct Field {
        const char* b = nullptr;
        const char* e = nullptr;
    };
    Field fields[kColumns];
    const auto split = [&fields](const Line& line) {
        const auto isBlank = [](char c) { return c == ' ' || c == '\t'; };
        int n = 0;
        const char* start = line.begin;
        for (const char* c = line.begin;; ++c) {
            if (c == line.end || *c == ',') {
                if (n < kColumns) {
                    Field v{start, c};
                    while (v.b < v.e && isBlank(*v.b))
                        ++v.b;
                    while (v.e > v.b && isBlank(v.e[-1]))
                        --v.e;
                    if (v.e - v.b >= 2 && *v.b == '"' && v.e[-1] == '"') {
                        ++v.b;
                        --v.e;
                    }
                    fields[n] = v;
                }
                ++n;
                start = c + 1;
                if (c == line.end)
                    break;
            }
        }
        return n;
    };
    // A field as UTF-16 for the QStringView parsers: copied into a stack buffer when it is short
    // ASCII (always, for valid data), else decoded into `spill`.
    char16_t buffer[64];
    QString spill;
    const auto widen = [&buffer, &spill](Field v) -> QStringView {
        const qsizetype n = v.e - v.b;
        bool ascii = n <= qsizetype(std::size(buffer));
        for (qsizetype i = 0; ascii && i < n; ++i) {
            const auto c = static_cast<unsigned char>(v.b[i]);
            ascii = c < 0x80;
            buffer[i] = char16_t(c);
        }
        if (ascii)
            return QStringView(buffer, n);
        spill = QString::fromUtf8(v.b, n);
        return spill;
    };

    const QString expectedHeader = QStringLiteral("timestamp,open,high,low,close,volume");
    {
        const Line header = nextLine(p, end);
        p = header.next;
        bool ok = split(header) == kColumns;
        for (int c = 0; ok && c < kColumns; ++c)
            ok = widen(fields[c]).compare(QStringView(kColumnNames[c]), Qt::CaseInsensitive) == 0;
        if (!ok) {
            setError(error,
                     lineError(path, 1,
                               QStringLiteral("expected the header ") + expectedHeader +
                                   QStringLiteral(", found ") + quoted(header.begin, header.end)));
            return false;
        }
    }
    if (p >= end) {
        setError(error, path + QStringLiteral(": no bars after the header"));
        return false;
    }

    LoadedFile file;
    file.path = path;
    const std::size_t rows = std::size_t(std::count(p, end, '\n')) + 1;
    file.bars.reserve(rows);
    file.open.reserve(rows);
    SessionLookup sessions(m_calendar);

    qint64 lineNo = 1;
    qint64 previousMs = std::numeric_limits<qint64>::min();
    Field previousText;
    while (p < end) {
        ++lineNo;
        const Line line = nextLine(p, end);
        p = line.next;
        if (std::all_of(line.begin, line.end, [](char c) { return c == ' ' || c == '\t'; })) {
            setError(error, lineError(path, lineNo, QStringLiteral("empty line")));
            return false;
        }
        const int n = split(line);
        if (n != kColumns) {
            setError(error, lineError(path, lineNo,
                                      QStringLiteral("expected 6 columns (") + expectedHeader +
                                          QStringLiteral("), found ") + QString::number(n)));
            return false;
        }
        const std::optional<qint64> t = parseTimestamp(widen(fields[0]), &problem);
        if (!t) {
            setError(error, lineError(path, lineNo, problem));
            return false;
        }
        if (*t <= previousMs) {
            const QString now = quoted(fields[0].b, fields[0].e);
            const QString before = quoted(previousText.b, previousText.e);
            setError(error,
                     lineError(path, lineNo,
                               *t == previousMs
                                   ? QStringLiteral("duplicate timestamp ") + now +
                                         QStringLiteral(": the line before has the same time (") +
                                         before + u')'
                                   : QStringLiteral("timestamps go backwards: ") + now +
                                         QStringLiteral(" is earlier than the line before (") +
                                         before + u')'));
            return false;
        }
        previousMs = *t;
        previousText = fields[0];

        Bar bar;
        bar.timeMs = *t;
        Price* const targets[] = {&bar.open, &bar.high, &bar.low, &bar.close};
        for (int c = 1; c <= 4; ++c) {
            const QStringView text = widen(fields[c]);
            const std::optional<Price> price = Price::parse(text);
            if (!price) {
                const bool tooPrecise =
                    Price::parse(text, fixedpoint::Rounding::HalfAwayFromZero).has_value();
                setError(error,
                         lineError(path, lineNo,
                                   QString::fromUtf16(kColumnNames[c]) + u' ' + quoted(text) +
                                       (tooPrecise ? QStringLiteral(" has more than 4 decimals "
                                                                    "(prices are exact to $0.0001)")
                                                   : QStringLiteral(" is not a number"))));
                return false;
            }
            *targets[c - 1] = *price;
        }
        if (!parseInteger(fields[5].b, fields[5].e, &bar.volume)) {
            setError(error, lineError(path, lineNo,
                                      QStringLiteral("volume ") + quoted(fields[5].b, fields[5].e) +
                                          QStringLiteral(" is not a whole number")));
            return false;
        }
        if (const QString wrong = checkBar(bar); !wrong.isEmpty()) {
            setError(error, lineError(path, lineNo, wrong));
            return false;
        }
        const bool open = sessions.isOpen(bar.timeMs);
        file.bars.push_back(bar);
        file.open.push_back(open ? 1 : 0);
        file.openCount += open ? 1 : 0;
    }
    return commit(std::move(file), *symbol, 2, error);
}

bool ReplayFeed::addBars(const QString& rawSymbol, std::vector<Bar> bars, QString* error) {
    QString problem;
    const std::optional<QString> symbol = normalizeSymbol(rawSymbol, &problem);
    if (!symbol) {
        setError(error, QStringLiteral("in-memory bars: ") + problem);
        return false;
    }
    // Named like a file so that every message (including commit()'s overlap check, which names
    // the source already loaded) has the shape of a file's: "where:bar: what".
    const QString where = *symbol + QStringLiteral(" (in memory)");
    if (bars.empty()) {
        setError(error, where + QStringLiteral(": no bars"));
        return false;
    }
    LoadedFile file;
    file.path = where;
    file.open.reserve(bars.size());
    SessionLookup sessions(m_calendar);
    for (std::size_t i = 0; i < bars.size(); ++i) {
        const Bar& bar = bars[i];
        const qint64 index = qint64(i) + 1;
        if (i > 0 && bar.timeMs <= bars[i - 1].timeMs) {
            const QString now = newYorkText(bar.timeMs);
            const QString what = bar.timeMs == bars[i - 1].timeMs
                                     ? QString(QStringLiteral("duplicate time ") + now +
                                               QStringLiteral(": the bar before has the same time"))
                                     : QString(QStringLiteral("times go backwards: ") + now +
                                               QStringLiteral(" is earlier than the bar before (") +
                                               newYorkText(bars[i - 1].timeMs) + u')');
            setError(error, lineError(where, index, what));
            return false;
        }
        if (const QString wrong = checkBar(bar); !wrong.isEmpty()) {
            setError(error, lineError(where, index, wrong));
            return false;
        }
        const bool open = sessions.isOpen(bar.timeMs);
        file.open.push_back(open ? 1 : 0);
        file.openCount += open ? 1 : 0;
    }
    file.bars = std::move(bars);
    return commit(std::move(file), *symbol, 1, error);
}

bool ReplayFeed::commit(LoadedFile file, const QString& symbol, int firstDataLine, QString* error) {
    const qsizetype known = m_symbols.indexOf(symbol);
    if (known >= 0) {
        // Two bars of one symbol at one time would double its volume and feed the indicators the
        // same minute twice; refuse the second file instead of guessing which one is right.
        const std::vector<Bar>& mine = file.bars;
        for (const LoadedFile& other : m_files) {
            if (other.symbol != int(known) || other.bars.empty() ||
                other.bars.back().timeMs < mine.front().timeMs ||
                mine.back().timeMs < other.bars.front().timeMs)
                continue;
            auto a = mine.begin();
            auto b = other.bars.begin();
            while (a != mine.end() && b != other.bars.end()) {
                if (a->timeMs < b->timeMs) {
                    ++a;
                } else if (b->timeMs < a->timeMs) {
                    ++b;
                } else {
                    const qint64 line = firstDataLine + (a - mine.begin());
                    setError(
                        error,
                        lineError(file.path, line,
                                  symbol + QStringLiteral(" bar at ") + newYorkText(a->timeMs) +
                                      QStringLiteral(" is already loaded from ") + other.path));
                    return false;
                }
            }
        }
    }
    if (known >= 0) {
        file.symbol = int(known);
    } else {
        file.symbol = int(m_symbols.size());
        m_symbols.append(symbol);
    }
    if (m_adjusted.size() < std::size_t(m_symbols.size()))
        m_adjusted.resize(std::size_t(m_symbols.size()), false);
    if (file.adjusted)
        m_adjusted[std::size_t(file.symbol)] = true;
    m_files.push_back(std::move(file));
    m_built = false;
    return true;
}

void ReplayFeed::setRegularSessionOnly(bool regularOnly) {
    if (regularOnly != m_regularOnly)
        m_built = false;
    m_regularOnly = regularOnly;
}

const std::vector<ReplayBar>& ReplayFeed::bars() {
    if (m_built)
        return m_bars;
    std::size_t total = 0;
    for (const LoadedFile& f : m_files)
        total += m_regularOnly ? f.openCount : f.bars.size();
    m_bars.clear();
    m_bars.reserve(total);

    // Every file is already in time order, so a k-way merge over one cursor per file does it in
    // one pass: no sort of the whole set, no temporary buffer. The heap key (time, symbol, file)
    // gives equal times in symbol order and then file order.
    struct Cursor {
        qint64 timeMs;
        int symbol;
        int file;
        std::size_t pos;
    };
    const auto later = [](const Cursor& a, const Cursor& b) {
        if (a.timeMs != b.timeMs)
            return a.timeMs > b.timeMs;
        if (a.symbol != b.symbol)
            return a.symbol > b.symbol;
        return a.file > b.file;
    };
    const auto advance = [this](Cursor* c) {
        const LoadedFile& f = m_files[std::size_t(c->file)];
        while (c->pos < f.bars.size() && m_regularOnly && !f.open[c->pos])
            ++c->pos;
        if (c->pos == f.bars.size())
            return false;
        c->timeMs = f.bars[c->pos].timeMs;
        return true;
    };
    std::vector<Cursor> heap;
    heap.reserve(m_files.size());
    for (std::size_t i = 0; i < m_files.size(); ++i) {
        Cursor c{0, m_files[i].symbol, int(i), 0};
        if (advance(&c))
            heap.push_back(c);
    }
    std::make_heap(heap.begin(), heap.end(), later);
    while (!heap.empty()) {
        std::pop_heap(heap.begin(), heap.end(), later);
        Cursor& c = heap.back();
        const LoadedFile& f = m_files[std::size_t(c.file)];
        // Drain this file while it stays ahead of every other one: with one symbol per day, or
        // files added in time order, the merge degenerates into block copies.
        const Cursor* next = heap.size() > 1 ? &heap.front() : nullptr;
        do {
            m_bars.push_back({f.symbol, f.bars[c.pos]});
            ++c.pos;
        } while (advance(&c) && (!next || later(*next, c)));
        if (c.pos < f.bars.size())
            std::push_heap(heap.begin(), heap.end(), later);
        else
            heap.pop_back();
    }
    m_built = true;
    return m_bars;
}

const LeanFactorFile* ReplayFeed::factorFileFor(const QString& zipPath, const QString& symbol,
                                                QString* error) {
    if (!m_adjustPrices)
        return nullptr;
    // <root>/minute/<sym>/<YYYYMMDD>_trade.zip -> <root>/factor_files/<sym>.csv
    QDir dir = QFileInfo(zipPath).absoluteDir();
    if (!dir.cdUp() || dir.dirName().compare(u"minute", Qt::CaseInsensitive) != 0 || !dir.cdUp())
        return nullptr;
    const QString factorPath =
        dir.filePath(QStringLiteral("factor_files/") + symbol.toLower() + QStringLiteral(".csv"));
    if (const auto it = m_factorFiles.constFind(factorPath); it != m_factorFiles.constEnd())
        return &*it;
    if (!QFileInfo(factorPath).isFile())
        return nullptr;
    std::optional<LeanFactorFile> parsed = LeanFactorFile::load(factorPath, error);
    if (!parsed)
        return nullptr;
    return &*m_factorFiles.insert(factorPath, std::move(*parsed));
}

QStringList ReplayFeed::adjustedSymbols() const {
    QStringList out;
    for (qsizetype i = 0; i < m_symbols.size(); ++i) {
        if (isPriceAdjusted(int(i)))
            out.append(m_symbols[i]);
    }
    return out;
}

QString ReplayFeed::symbol(int index) const {
    return index >= 0 && index < m_symbols.size() ? m_symbols.at(index) : QString();
}

} // namespace axion
