#pragma once

#include "core/Direction.h"
#include "core/Money.h"
#include "core/Quantity.h"

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringView>
#include <optional>

namespace axion {

// Lifecycle of one row of trade_executions (the PRD's status column).
enum class TradeStatus { Open, Closed, Cancelled };

inline QString toString(TradeStatus s) {
    switch (s) {
    case TradeStatus::Open:
        return QStringLiteral("open");
    case TradeStatus::Closed:
        return QStringLiteral("closed");
    case TradeStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

inline std::optional<TradeStatus> tradeStatusFromString(QStringView text) {
    if (text == u"open")
        return TradeStatus::Open;
    if (text == u"closed")
        return TradeStatus::Closed;
    if (text == u"cancelled")
        return TradeStatus::Cancelled;
    return std::nullopt;
}

// One row of trade_executions: a position from entry to exit. Times are UTC ms from the engine's
// clock (simulated in a replay), never the wall clock, so replays journal identical rows.
struct TradeRecord {
    qint64 id = 0; // assigned by TradeJournal::recordEntry()
    QString signalId;
    QString ticker;
    Direction direction = Direction::Long;
    TradeType tradeType = TradeType::Day;
    Price entryPrice; // average entry (changes with a scale-in)
    std::optional<Price> exitPrice;
    Quantity shares = 0;
    std::optional<Price> stopLoss;
    std::optional<Price> targetPrice;
    int conviction = 0;
    TradeStatus status = TradeStatus::Open;
    // ExitReason names ("stop_loss", ...) or our own ("kill_switch", "manual"); empty while open.
    QString exitReason;
    std::optional<Money> pnl;
    std::optional<double> pnlPct; // percent: 2.39 means +2.39 %
    QString broker;
    QString orderId; // client order id of the entry
    qint64 entryTimeMs = 0;
    std::optional<qint64> exitTimeMs;
    QJsonObject metadata;
    qint64 createdAtMs = 0; // engine clock when journaled (set by the journal)

    bool operator==(const TradeRecord&) const = default;
};

// Closed trades of one New York trading date, computed from trade_executions with exact integer
// sums. A break-even trade counts in totalTrades but neither as a win nor as a loss.
struct DailySummary {
    QDate date;
    int totalTrades = 0;
    int winningTrades = 0;
    int losingTrades = 0;
    Money realizedPnl;
    Money grossProfit; // sum of winning trades' P&L (>= 0)
    Money grossLoss;   // sum of losing trades' P&L (<= 0)

    bool operator==(const DailySummary&) const = default;
};

// One row of daily_pnl, as the owner computes it at the end of (or during) a trading day.
struct DailyPnlRecord {
    QDate date; // New York trading date
    Money startingEquity;
    Money endingEquity;
    Money realizedPnl;
    Money unrealizedPnl;
    int totalTrades = 0;
    int winningTrades = 0;
    int losingTrades = 0;
    Money maxDrawdown; // largest peak-to-trough equity drop of the day, in dollars (>= 0)
    bool killSwitchTriggered = false;
    QJsonObject metadata;

    bool operator==(const DailyPnlRecord&) const = default;
};

} // namespace axion
