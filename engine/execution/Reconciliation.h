#pragma once

#include "brokers/Broker.h"
#include "core/Direction.h"
#include "core/OrderRecord.h"

#include <QHash>
#include <QList>
#include <QString>
#include <optional>
#include <vector>

namespace axion {

// What the journal says one broker should hold after a restart.
struct JournalHoldings {
    struct OpenTrade {
        qint64 tradeId = 0;
        QString ticker;
        Direction direction = Direction::Long;
        Quantity shares = 0;
    };
    QList<OrderRecord> workingOrders; // not terminal in the journal, routed to this broker
    QList<OpenTrade> openTrades;      // filled and not closed, held at this broker
};

// One thing a restart must do so the journal and the executor agree with the broker.
struct ReconcileCommand {
    enum class Kind {
        // The journal's order takes the broker's state (it moved while we were down).
        AdoptOrderState,
        // The broker has no such order. One whose send outcome was unknown (submitting, unknown:
        // the intent was written, the process stopped around the send) never reached it: it is
        // rejected. One the broker had acknowledged is gone (cancelled or expired there).
        OrderNotAtBroker,
        // The broker filled more of an order than the journal counted: the fills were lost with
        // the process. The ticker is held back until an operator looks.
        FillsMissing,
        // A working order of ours at the broker that the journal does not have (its intent was
        // lost with a power cut before the journal's commit). The ticker is held back.
        OrderNotInJournal,
        // A trade the journal holds that the broker does not (or not with these shares).
        TradeNotHeld,
        // The broker holds shares the journal cannot account for.
        PositionMismatch,
    };
    Kind kind = Kind::AdoptOrderState;
    QString clientOrderId;
    OrderState state = OrderState::Accepted; // AdoptOrderState, OrderNotAtBroker
    qint64 tradeId = 0;                      // TradeNotHeld
    QString ticker;
    Quantity journalShares = 0; // FillsMissing: journal's filled; else signed position shares
    Quantity brokerShares = 0;  // FillsMissing: broker's filled; else signed position shares
    QString detail;             // what the operator reads

    bool operator==(const ReconcileCommand&) const = default;
};

QString toString(ReconcileCommand::Kind kind);

// The restart's comparison of the journal with one broker, as commands (DESIGN §3: restart is
// normal; the broker is reconciled by client order id before any new entry). Pure: no I/O; the
// executor carries the commands out.
//
// Rules, per order the journal has working: the broker's state wins when it has the order (and
// more filled shares than the journal counted are FillsMissing); an order it does not have is
// rejected when its send was never confirmed and gone otherwise; a working order the broker
// reports that the journal does not have is OrderNotInJournal. Per ticker: the journal's open
// trades against the broker's position, signed (long positive); equal is reconciled, anything
// else is TradeNotHeld for each trade when the broker is flat (the journal's trade is closed
// out as not held), PositionMismatch otherwise (also for a position the journal has no trade
// for). Commands come in that order: orders in journal order, then tickers sorted.
std::vector<ReconcileCommand> reconcile(const JournalHoldings& journal,
                                        const BrokerHoldings& broker);

// The tickers that reconcile() leaves for the operator (FillsMissing, OrderNotInJournal,
// PositionMismatch): new entries in them are refused until the operator has looked.
QStringList blockedTickers(const std::vector<ReconcileCommand>& commands);

} // namespace axion
