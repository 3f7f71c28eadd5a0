#pragma once

// Trade journals for the journal read-side tests (JournalQueries, the Trade Journal models and
// tab), written through TradeJournal's record API like the engine writes them. Each sample keeps
// the values it was written with, so a test computes what a query must return on its own, from
// the samples, never from the code under test.

#include "core/SimClock.h"
#include "journal/TradeJournal.h"
#include "market/MarketCalendar.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <algorithm>
#include <optional>

namespace axion::test {

struct JournalSample {
    enum class Fate { Closed, Open, Cancelled };

    qint64 id = 0; // set by writeJournal(): trade ids follow entry order from 1
    QString signalId;
    QString ticker;
    Direction direction = Direction::Long;
    TradeType tradeType = TradeType::Day;
    qint64 entryMs = 0;
    qint64 exitMs = 0; // exit (closed) or cancel (cancelled) time; unused when open
    Price entry;
    Price exit;
    Quantity shares = 100;
    QString exitReason; // closed: the exit reason; cancelled: the cancel reason
    int conviction = 80;
    QString signalType;
    QString timeframe;
    Fate fate = Fate::Closed;

    bool closed() const { return fate == Fate::Closed; }
    Money pnl() const {
        const Money perShare = Money::fromUnits((exit - entry).units());
        return perShare * (direction == Direction::Long ? shares : -shares);
    }
    double pnlPct() const { return 100.0 * pnl().toDouble() / (entry * shares).toDouble(); }
    // The history's sort key: exit (or cancel) time, entry time while open.
    qint64 key() const { return fate == Fate::Open ? entryMs : exitMs; }
};

inline const QTimeZone& sampleZone() {
    static const QTimeZone zone("America/New_York");
    return zone;
}

inline qint64 nyMs(QDate date, QTime time) {
    return QDateTime(date, time, sampleZone()).toMSecsSinceEpoch();
}

inline QDate nyDate(qint64 utcMs) {
    return QDateTime::fromMSecsSinceEpoch(utcMs, sampleZone()).date();
}

// `count` closed trades, `perDay` per weekday from `firstDay` on, entered from 09:35 New York
// every 7 minutes and held 5 to 41 minutes. Winners, losers and break-evens; eight tickers;
// long and short; the seven strategy exits plus kill_switch and manual; four signal types and
// three timeframes. Deterministic.
inline QList<JournalSample> makeSamples(int count, QDate firstDay = QDate(2026, 3, 2),
                                        int perDay = 40) {
    static const QStringList kTickers{QStringLiteral("AAPL"), QStringLiteral("MSFT"),
                                      QStringLiteral("NVDA"), QStringLiteral("TSLA"),
                                      QStringLiteral("AMD"),  QStringLiteral("SPY"),
                                      QStringLiteral("QQQ"),  QStringLiteral("META")};
    static const QStringList kReasons{
        QStringLiteral("stop_loss"),    QStringLiteral("momentum_exhaustion"),
        QStringLiteral("cloud_flip"),   QStringLiteral("profit_target"),
        QStringLiteral("time_stop"),    QStringLiteral("eod_close"),
        QStringLiteral("trailing_stop")};
    static const QStringList kSignalTypes{
        QStringLiteral("cloud_flip_bullish"), QStringLiteral("cloud_flip_bearish"),
        QStringLiteral("pullback_entry"), QStringLiteral("momentum_breakout")};
    static const QStringList kTimeframes{QStringLiteral("5m"), QStringLiteral("10m"),
                                         QStringLiteral("1h")};
    QList<JournalSample> out;
    out.reserve(count);
    QDate day = firstDay;
    int inDay = 0;
    for (int i = 0; i < count; ++i) {
        while (day.dayOfWeek() > 5)
            day = day.addDays(1);
        JournalSample s;
        s.signalId = QStringLiteral("sig-%1").arg(i + 1, 7, 10, QLatin1Char('0'));
        s.ticker = kTickers.at((i * 5) % kTickers.size());
        s.direction = i % 3 == 0 ? Direction::Short : Direction::Long;
        s.tradeType =
            i % 5 == 0 ? TradeType::Swing : (i % 7 == 0 ? TradeType::Scalp : TradeType::Day);
        s.entryMs = nyMs(day, QTime(9, 35).addSecs(60 * 7 * inDay));
        s.exitMs = s.entryMs + 60'000LL * (5 + i % 37);
        s.entry = Price::fromUnits(1'000'000 + (i % 50) * 10'000 + (i % 7) * 100);
        // -1.25 .. +1.25 per share in 0.25 steps: 0 is a break-even
        s.exit = Price::fromUnits(s.entry.units() + ((i * 7) % 11 - 5) * 2'500);
        s.shares = 10 + (i % 9) * 10;
        s.exitReason = i % 97 == 0 ? QStringLiteral("kill_switch")
                                   : (i % 89 == 0 ? QStringLiteral("manual")
                                                  : kReasons.at(i % kReasons.size()));
        s.conviction = 50 + (i * 13) % 51;
        s.signalType = kSignalTypes.at(i % kSignalTypes.size());
        s.timeframe = kTimeframes.at(i % kTimeframes.size());
        out.append(s);
        if (++inDay == perDay) {
            inDay = 0;
            day = day.addDays(1);
        }
    }
    return out;
}

// Writes the samples through TradeJournal (entries, exits and cancels in time order on a
// SimClock, flushed in batches) and sets each sample's id. Ids follow entry time, so the samples
// must be in entry order. `days` adds daily_pnl rows. False when the journal refuses anything.
inline bool writeJournal(const QString& path, QList<JournalSample>& samples,
                         const QList<DailyPnlRecord>& days = {}) {
    struct Event {
        qint64 timeMs;
        int order; // entries before exits at the same instant
        qsizetype index;
    };
    QList<Event> events;
    for (qsizetype i = 0; i < samples.size(); ++i) {
        events.append({samples.at(i).entryMs, 0, i});
        if (samples.at(i).fate != JournalSample::Fate::Open)
            events.append({samples.at(i).exitMs, 1, i});
    }
    std::stable_sort(events.begin(), events.end(), [](const Event& a, const Event& b) {
        return a.timeMs != b.timeMs ? a.timeMs < b.timeMs : a.order < b.order;
    });
    SimClock clock(events.isEmpty() ? 0 : events.constFirst().timeMs);
    TradeJournal journal(clock, &clock);
    if (!journal.open(path))
        return false;
    int pending = 0;
    for (const Event& e : events) {
        clock.setNowMs(e.timeMs);
        JournalSample& s = samples[e.index];
        if (e.order == 0) {
            TradeRecord t;
            t.signalId = s.signalId;
            t.ticker = s.ticker;
            t.direction = s.direction;
            t.tradeType = s.tradeType;
            t.entryPrice = s.entry;
            t.shares = s.shares;
            t.conviction = s.conviction;
            t.broker = QStringLiteral("paper");
            t.orderId = s.signalId + QStringLiteral("-entry");
            t.entryTimeMs = s.entryMs;
            t.metadata.insert(QStringLiteral("signal_type"), s.signalType);
            t.metadata.insert(QStringLiteral("timeframe"), s.timeframe);
            s.id = journal.recordEntry(t);
        } else if (s.fate == JournalSample::Fate::Closed) {
            journal.recordExit(s.id, s.exit, s.exitMs, s.exitReason, s.pnl(), s.pnlPct());
        } else {
            journal.recordTradeCancelled(s.id, s.exitReason);
        }
        if (++pending == 5000) {
            pending = 0;
            if (!journal.flush())
                return false;
        }
    }
    for (const DailyPnlRecord& d : days)
        journal.upsertDailyPnl(d);
    if (!journal.flush() || !journal.takeRecordErrors().isEmpty())
        return false;
    return journal.close();
}

// The samples a query must return, newest first by (key, id).
inline QList<JournalSample> newestFirst(QList<JournalSample> samples) {
    std::sort(samples.begin(), samples.end(), [](const JournalSample& a, const JournalSample& b) {
        return a.key() != b.key() ? a.key() > b.key() : a.id > b.id;
    });
    return samples;
}

inline QList<qint64> idsOf(const QList<JournalSample>& samples) {
    QList<qint64> ids;
    for (const JournalSample& s : samples)
        ids << s.id;
    return ids;
}

} // namespace axion::test
