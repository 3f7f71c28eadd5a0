#pragma once

// Orders, fills and snapshots for the Order Book tests (models, proxy, tab, screenshot).

#include "core/ClientOrderId.h"
#include "execution/EngineSnapshot.h"
#include "support/TestValues.h"

#include <QDateTime>
#include <QTimeZone>

namespace axion::test {

// 2026-11-24 (a Tuesday) at hh:mm:ss New York time (EST, UTC-5), as UTC ms.
inline qint64 nyMs(int hh, int mm, int ss = 0) {
    return QDateTime(QDate(2026, 11, 24), QTime(hh, mm, ss), QTimeZone::utc()).toMSecsSinceEpoch() +
           5LL * 3600 * 1000;
}

struct RecordSpec {
    QString id;
    QString ticker = QStringLiteral("AAPL");
    OrderLeg leg = OrderLeg::Entry;
    OrderSide side = OrderSide::Buy;
    OrderType type = OrderType::Limit;
    Quantity quantity = 100;
    const char* limit = "187.42";
    const char* stop = nullptr;
    OrderState state = OrderState::Accepted;
    Quantity filled = 0;
    const char* fillPrice = nullptr; // average of the filled shares
    qint64 createdMs = 0;
    qint64 updatedMs = 0;
    QString broker = QStringLiteral("paper");
    TimeInForce tif = TimeInForce::Day;
    QString message;
};

inline OrderRecord record(const RecordSpec& s) {
    OrderRecord r;
    r.order.clientOrderId = s.id;
    r.order.signalId = s.id.section(QLatin1Char('-'), 0, 1);
    r.order.leg = s.leg;
    r.order.ticker = s.ticker;
    r.order.side = s.side;
    r.order.quantity = s.quantity;
    r.order.type = s.type;
    if (s.limit && (s.type == OrderType::Limit || s.type == OrderType::StopLimit))
        r.order.limitPrice = px(s.limit);
    if (s.stop && (s.type == OrderType::Stop || s.type == OrderType::StopLimit))
        r.order.stopPrice = px(s.stop);
    r.order.timeInForce = s.tif;
    r.order.broker = s.broker;
    r.state = s.state;
    r.brokerOrderId = QStringLiteral("b-") + s.id;
    r.filled = s.filled;
    if (s.filled > 0 && s.fillPrice)
        r.filledCost = px(s.fillPrice) * s.filled;
    r.createdMs = s.createdMs;
    r.updatedMs = s.updatedMs ? s.updatedMs : s.createdMs;
    r.lastMessage = s.message;
    return r;
}

inline Fill fill(const QString& executionId, const QString& clientOrderId, const QString& ticker,
                 OrderSide side, Quantity quantity, const char* price, qint64 timeMs,
                 const QString& broker = QStringLiteral("paper")) {
    Fill f;
    f.executionId = executionId;
    f.clientOrderId = clientOrderId;
    f.brokerOrderId = QStringLiteral("b-") + clientOrderId;
    f.broker = broker;
    f.ticker = ticker;
    f.side = side;
    f.quantity = quantity;
    f.price = px(price);
    f.brokerTimeMs = timeMs;
    f.receivedTimeMs = timeMs + 35;
    return f;
}

// A busy afternoon: 10 working orders (brackets, a scale-in being submitted, an ambiguous exit), 30
// fills and 80 orders of history in every state.
inline EngineSnapshot realisticSnapshot() {
    EngineSnapshot s;
    s.sequence = 4812;
    s.nowMs = nyMs(15, 42, 10);

    struct Trade {
        const char* ticker;
        const char* broker;
        bool lng;
        const char* entry;
        const char* stop;
        const char* target;
    };
    const Trade trades[] = {
        {"AAPL", "alpaca", true, "187.42", "185.10", "191.90"},
        {"MSFT", "alpaca", true, "412.35", "408.80", "419.45"},
        {"NVDA", "ibkr", false, "126.84", "129.60", "121.32"},
        {"AMD", "alpaca", true, "158.20", "155.95", "162.70"},
        {"TSLA", "ibkr", true, "243.10", "239.40", "250.50"},
        {"META", "alpaca", true, "561.75", "555.20", "574.85"},
        {"AMZN", "paper", true, "201.36", "199.20", "205.68"},
        {"GOOGL", "alpaca", false, "171.05", "173.10", "166.95"},
        {"JPM", "ibkr", true, "236.48", "233.90", "241.64"},
        {"XOM", "paper", false, "117.62", "119.05", "114.76"},
    };
    auto sid = [](const Trade& t, int minute) {
        return deriveSignalId(QString::fromLatin1(t.ticker), QStringLiteral("cloud_flip"),
                              QStringLiteral("10m"), nyMs(9, 30) + minute * 60'000LL);
    };
    auto spec = [&](const Trade& t, const QString& signalId, OrderLeg leg) {
        RecordSpec r;
        r.id = clientOrderId(signalId, leg);
        r.leg = leg;
        r.ticker = QString::fromLatin1(t.ticker);
        r.broker = QString::fromLatin1(t.broker);
        const bool opening = leg == OrderLeg::Entry || leg == OrderLeg::Scale;
        r.side = (t.lng == opening) ? OrderSide::Buy : OrderSide::Sell;
        switch (leg) {
        case OrderLeg::Entry:
        case OrderLeg::Scale:
            r.type = OrderType::Limit;
            r.limit = t.entry;
            break;
        case OrderLeg::Stop:
            r.type = OrderType::Stop;
            r.stop = t.stop;
            r.tif = TimeInForce::Gtc;
            break;
        case OrderLeg::Target:
            r.type = OrderType::Limit;
            r.limit = t.target;
            r.tif = TimeInForce::Gtc;
            break;
        case OrderLeg::Exit:
            r.type = OrderType::Market;
            break;
        }
        return r;
    };

    QList<OrderRecord> history;
    QList<OrderRecord> working;
    auto add = [&](RecordSpec r, qint64 createdMs, OrderState state, Quantity qty, Quantity filled,
                   const char* fillPrice, qint64 updatedMs, const QString& message = {}) {
        r.createdMs = createdMs;
        r.updatedMs = updatedMs;
        r.state = state;
        r.quantity = qty;
        r.filled = filled;
        r.fillPrice = fillPrice;
        r.message = message;
        const OrderRecord rec = record(r);
        history.append(rec);
        if (!isTerminal(state))
            working.append(rec);
    };
    auto min = [](int hh, int mm, int ss = 0) { return nyMs(hh, mm, ss); };
    const OrderState F = OrderState::Filled;
    const OrderState C = OrderState::Cancelled;
    const OrderState X = OrderState::Expired;
    const OrderState R = OrderState::Rejected;

    // Morning round trips: entries filled, brackets closed by target or stop (OCO cancels the
    // other leg), some exits by the monitor.
    const int morning[] = {0, 4, 6, 7, 9, 3, 8, 2, 5};
    for (int i = 0; i < 9; ++i) {
        const Trade& t = trades[morning[i]];
        const qint64 t0 = min(9, 41) + i * 9 * 60'000LL + (12 + i * 5) * 1'000LL;
        const QString sig = sid(t, 11 + i * 9);
        const Quantity q = 40 + 20 * i;
        add(spec(t, sig, OrderLeg::Entry), t0, F, q, q, t.entry, t0 + 1'800);
        const bool targetHit = i % 3 != 1;
        if (i % 4 == 3) {
            // Strategy exit: the monitor cancels both legs and sells at market.
            add(spec(t, sig, OrderLeg::Stop), t0 + 2'100, C, q, 0, nullptr, t0 + 1'440'000,
                QStringLiteral("replaced by strategy exit (5/12 cloud flip)"));
            add(spec(t, sig, OrderLeg::Target), t0 + 2'100, C, q, 0, nullptr, t0 + 1'440'000,
                QStringLiteral("replaced by strategy exit (5/12 cloud flip)"));
            add(spec(t, sig, OrderLeg::Exit), t0 + 1'440'500, F, q, q, t.target, t0 + 1'441'200);
        } else {
            add(spec(t, sig, OrderLeg::Stop), t0 + 2'100, targetHit ? C : F, q, targetHit ? 0 : q,
                t.stop, t0 + 1'500'000 + i * 61'000,
                targetHit ? QStringLiteral("OCO: target filled") : QString());
            add(spec(t, sig, OrderLeg::Target), t0 + 2'100, targetHit ? F : C, q, targetHit ? q : 0,
                t.target, t0 + 1'500'000 + i * 61'000,
                targetHit ? QString() : QStringLiteral("OCO: stop filled"));
        }
    }
    // Limit entries that never filled, day orders expired by the entry timeout, rejections.
    for (int i = 0; i < 10; ++i) {
        const Trade& t = trades[(i * 3 + 1) % 10];
        const QString sig = sid(t, 140 + i * 7);
        const qint64 t0 = min(11, 12 + i * 4, 3 + i * 4);
        if (i < 4) {
            add(spec(t, sig, OrderLeg::Entry), t0, X, 100 + 10 * i, 0, nullptr, t0 + 1'800'000,
                QStringLiteral("limit entry not filled within 3 bars"));
        } else if (i < 8) {
            const QString reasons[] = {QStringLiteral("insufficient buying power"),
                                       QStringLiteral("sub-penny increment"),
                                       QStringLiteral("symbol not shortable"),
                                       QStringLiteral("order would exceed position limit")};
            add(spec(t, sig, OrderLeg::Entry), t0, R, 75 + 5 * i, 0, nullptr, t0 + 420,
                reasons[i - 4]);
        } else {
            add(spec(t, sig, OrderLeg::Entry), t0, C, 120, 35, t.entry, t0 + 900'000,
                QStringLiteral("cancelled by kill switch test (manual)"));
        }
    }
    // Scale-ins and partial round trips in the early afternoon.
    for (int i = 0; i < 9; ++i) {
        const Trade& t = trades[(i * 7 + 3) % 10];
        const QString sig = sid(t, 200 + i * 5);
        const qint64 t0 = min(12, 5 + i * 6, 40 - i * 3);
        add(spec(t, sig, OrderLeg::Entry), t0, F, 60, 60, t.entry, t0 + 2'400);
        add(spec(t, sig, OrderLeg::Scale), t0 + 600'000, i % 3 == 0 ? X : F, 60,
            i % 3 == 0 ? 0 : 60, t.entry, t0 + 1'200'000,
            i % 3 == 0 ? QStringLiteral("pullback did not hold the cloud") : QString());
        add(spec(t, sig, OrderLeg::Exit), t0 + 2'700'000, F, i % 3 == 0 ? 60 : 120,
            i % 3 == 0 ? 60 : 120, t.target, t0 + 2'701'500);
    }
    // The afternoon's open trades, whose legs are still working.
    {
        const Trade& aapl = trades[0];
        const QString sig = sid(aapl, 320);
        add(spec(aapl, sig, OrderLeg::Entry), min(14, 51, 4), F, 120, 120, "187.38",
            min(14, 51, 6));
        add(spec(aapl, sig, OrderLeg::Stop), min(14, 51, 6), OrderState::Accepted, 120, 0, nullptr,
            min(14, 51, 7));
        add(spec(aapl, sig, OrderLeg::Target), min(14, 51, 6), OrderState::Accepted, 120, 0,
            nullptr, min(14, 51, 7));
    }
    {
        const Trade& nvda = trades[2];
        const QString sig = sid(nvda, 330);
        add(spec(nvda, sig, OrderLeg::Entry), min(15, 1, 30), F, 200, 200, "126.80",
            min(15, 1, 31));
        add(spec(nvda, sig, OrderLeg::Stop), min(15, 1, 31), OrderState::Accepted, 200, 0, nullptr,
            min(15, 1, 32));
        add(spec(nvda, sig, OrderLeg::Target), min(15, 1, 31), OrderState::CancelPending, 200, 0,
            nullptr, min(15, 41, 55), QStringLiteral("replacing target: trailing at 8/9 cloud"));
    }
    {
        const Trade& amd = trades[3];
        const QString sig = sid(amd, 300);
        add(spec(amd, sig, OrderLeg::Entry), min(14, 31, 2), F, 80, 80, "158.24", min(14, 31, 3));
        add(spec(amd, sig, OrderLeg::Stop), min(14, 31, 3), OrderState::Accepted, 80, 0, nullptr,
            min(14, 31, 4));
        add(spec(amd, sig, OrderLeg::Scale), min(15, 42, 8), OrderState::Submitting, 80, 0, nullptr,
            min(15, 42, 8));
    }
    {
        const Trade& msft = trades[1];
        const QString sig = sid(msft, 360);
        add(spec(msft, sig, OrderLeg::Entry), min(15, 38, 41), OrderState::PartiallyFilled, 150, 60,
            "412.33", min(15, 41, 12));
        add(spec(msft, sig, OrderLeg::Stop), min(15, 38, 42), OrderState::Accepted, 150, 0, nullptr,
            min(15, 38, 43));
        add(spec(msft, sig, OrderLeg::Target), min(15, 38, 42), OrderState::Accepted, 150, 0,
            nullptr, min(15, 38, 43));
    }
    {
        const Trade& meta = trades[5];
        const QString sig = sid(meta, 250);
        add(spec(meta, sig, OrderLeg::Entry), min(13, 20, 0), F, 50, 50, "561.70", min(13, 20, 2));
        add(spec(meta, sig, OrderLeg::Exit), min(15, 40, 0), OrderState::Unknown, 50, 0, nullptr,
            min(15, 40, 30), QStringLiteral("submit timed out: looking up by client order id"));
    }
    s.orderHistory = history;
    s.workingOrders = working;

    // Open positions behind the working stops.
    auto position = [](const char* ticker, Direction d, Quantity shares, const char* entry,
                       const char* last, const char* broker) {
        Position p;
        p.ticker = QString::fromLatin1(ticker);
        p.direction = d;
        p.shares = shares;
        p.averageEntry = px(entry);
        p.lastPrice = px(last);
        p.broker = QString::fromLatin1(broker);
        return p;
    };
    s.positions = {position("AAPL", Direction::Long, 120, "187.38", "188.05", "alpaca"),
                   position("AMD", Direction::Long, 80, "158.24", "157.90", "alpaca"),
                   position("META", Direction::Long, 50, "561.70", "566.10", "alpaca"),
                   position("MSFT", Direction::Long, 60, "412.33", "412.90", "alpaca"),
                   position("NVDA", Direction::Short, 200, "126.80", "125.95", "ibkr")};

    // The 30 most recent executions (newest last): fills of the orders above, some split.
    QList<Fill> fills;
    int n = 0;
    for (const OrderRecord& r : std::as_const(history)) {
        if (r.filled <= 0)
            continue;
        const Quantity parts = r.filled >= 100 ? 2 : 1;
        Quantity left = r.filled;
        for (Quantity p = 0; p < parts; ++p) {
            const Quantity q = p + 1 == parts ? left : r.filled / 2;
            left -= q;
            const bool ib = r.order.broker == u"ibkr";
            const QString exec =
                ib ? QStringLiteral("0000e0d5.6751%1.01.01").arg(n, 4, 16, QLatin1Char('0'))
                   : QStringLiteral("7c1f%1-5be2-4d3a-9e61-0b4d2f%2")
                         .arg(n * 7919 % 65536, 4, 16, QLatin1Char('0'))
                         .arg(n * 104729 % 1000000, 6, 10, QLatin1Char('0'));
            Fill f;
            f.executionId = exec;
            f.clientOrderId = r.order.clientOrderId;
            f.brokerOrderId = r.brokerOrderId;
            f.broker = r.order.broker;
            f.ticker = r.order.ticker;
            f.side = r.order.side;
            f.quantity = q;
            f.price = Price::fromUnits(r.averageFillPrice().units() + (p == 0 ? 0 : 100));
            f.brokerTimeMs = r.updatedMs - (parts - p - 1) * 700;
            f.receivedTimeMs = f.brokerTimeMs + 40;
            fills.append(f);
            ++n;
        }
    }
    std::stable_sort(fills.begin(), fills.end(),
                     [](const Fill& a, const Fill& b) { return a.brokerTimeMs < b.brokerTimeMs; });
    s.recentFills = fills.mid(std::max<qsizetype>(0, fills.size() - 30));
    return s;
}

} // namespace axion::test
