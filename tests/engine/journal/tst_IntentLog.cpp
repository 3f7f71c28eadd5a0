// The write-ahead intent log and the journal's replay of it at open: what a process killed
// between an order's send and the journal's next commit leaves behind, and what the restart
// makes of it.

#include "core/SimClock.h"
#include "journal/IntentLog.h"
#include "journal/TradeJournal.h"
#include "support/TestValues.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace axion;
using namespace axion::test;

namespace {

Order stopLeg(const QString& signalId) {
    Order o;
    o.clientOrderId = signalId + QStringLiteral("-stop");
    o.signalId = signalId;
    o.leg = OrderLeg::Stop;
    o.ticker = QStringLiteral("SPY");
    o.side = OrderSide::Sell;
    o.quantity = 149;
    o.type = OrderType::Stop;
    o.stopPrice = px("168.25");
    o.timeInForce = TimeInForce::Gtc;
    o.broker = QStringLiteral("paper");
    o.parentClientOrderId = signalId + QStringLiteral("-entry");
    o.ocoGroup = signalId;
    return o;
}

OrderIntent submitOf(const Order& o, qint64 ms = 1'381'152'660'000) {
    return OrderIntent{OrderIntent::Kind::Submit, ms, o};
}

int scalar(TradeJournal& j, const QString& sql) {
    const auto v = j.database().scalar(sql);
    return v ? v->toInt() : -1;
}

QString stateOf(TradeJournal& j, const QString& clientOrderId) {
    QSqlQuery q(j.database().connection());
    q.prepare(QStringLiteral("SELECT state FROM orders WHERE client_order_id = ?"));
    q.addBindValue(clientOrderId);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toString();
}

} // namespace

class tst_IntentLog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Every field survives the line, also text that holds the separator, '%' or a line break.
    void aLineCarriesTheWholeOrder_data() {
        QTest::addColumn<QString>("signalId");
        QTest::addColumn<bool>("market");
        QTest::newRow("plain") << QStringLiteral("sig-1") << false;
        QTest::newRow("separator, percent, newline") << QStringLiteral("a|b%c\nd\re") << false;
        QTest::newRow("unicode") << QStringLiteral("\u00e9t\u00e9-\u4fe1\u53f7") << false;
        QTest::newRow("market, no prices") << QStringLiteral("m-1") << true;
    }
    void aLineCarriesTheWholeOrder() {
        QFETCH(QString, signalId);
        QFETCH(bool, market);
        Order o = stopLeg(signalId);
        if (market) {
            o.type = OrderType::Market;
            o.stopPrice.reset();
            o.parentClientOrderId.clear();
            o.ocoGroup.clear();
        }
        const OrderIntent in = submitOf(o);
        const QByteArray line = IntentLog::encode(in);
        QCOMPARE(line.count('\n'), 1);
        QVERIFY(line.endsWith('\n'));
        const auto out = IntentLog::decode(line);
        QVERIFY(out);
        QVERIFY(*out == in);
    }

    // A line cut short (the kill came during the write, before the send) or damaged is not an
    // intent; the lines around it are.
    void tornAndCorruptLinesAreSkipped() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("log"));
        const QByteArray a = IntentLog::encode(submitOf(stopLeg(QStringLiteral("a"))));
        QByteArray b = IntentLog::encode(submitOf(stopLeg(QStringLiteral("b"))));
        b[b.indexOf("149")] = '7'; // 749 shares: the checksum no longer matches
        const QByteArray c = IntentLog::encode(submitOf(stopLeg(QStringLiteral("c"))));
        const QByteArray d = IntentLog::encode(submitOf(stopLeg(QStringLiteral("d"))));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(a + b + c + d.left(d.size() / 2));
        f.close();
        const IntentLog::Contents got = IntentLog::read(path);
        QCOMPARE(got.skipped, 2);
        QCOMPARE(got.intents.size(), 2);
        QCOMPARE(got.intents[0].order.signalId, QStringLiteral("a"));
        QCOMPARE(got.intents[1].order.signalId, QStringLiteral("c"));
    }

    // append() puts the lines in the file at once (no buffer to lose in a kill), in one write.
    void appendIsInTheFileAtOnce() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("log"));
        IntentLog log;
        QVERIFY(log.open(path));
        const std::array<OrderIntent, 2> two{submitOf(stopLeg(QStringLiteral("x"))),
                                             submitOf(stopLeg(QStringLiteral("y")))};
        QVERIFY(log.append(two));
        // Read by another handle while the log is still open: nothing is held back.
        const IntentLog::Contents got = IntentLog::read(path);
        QCOMPARE(got.intents.size(), 2);
        QVERIFY(got.intents[1] == two[1]);
        QCOMPARE(log.size(), QFileInfo(path).size());
        QVERIFY(log.clear());
        QCOMPARE(QFileInfo(path).size(), 0);
    }

    // The restart: an intent whose order the journal never committed becomes an order row in
    // state submitting with an intent_recovered event; a cancel intent for a committed working
    // order makes it cancel pending; an intent whose row is there changes nothing. The log is
    // empty afterwards.
    void theJournalReplaysTheLogAtOpen() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("j.db"));
        SimClock clock(1'381'152'660'000);
        const Order committed = stopLeg(QStringLiteral("committed"));
        const Order working = stopLeg(QStringLiteral("working"));
        {
            TradeJournal j(clock);
            QVERIFY(j.open(path));
            for (const Order& o : {committed, working}) {
                OrderRecord r;
                r.order = o;
                r.state = OrderState::Accepted;
                r.createdMs = r.updatedMs = clock.nowMs();
                j.recordOrder(r);
            }
            QVERIFY(j.flush());
        }
        // What a killed process left: three intents after the last commit.
        const Order lost = stopLeg(QStringLiteral("lost"));
        {
            IntentLog log;
            QVERIFY(log.open(path + QStringLiteral("-intents")));
            const std::array<OrderIntent, 3> left{
                submitOf(committed), submitOf(lost),
                OrderIntent{OrderIntent::Kind::Cancel, clock.nowMs() + 5, working}};
            QVERIFY(log.append(left));
        }
        TradeJournal j(clock);
        QVERIFY2(j.open(path), qPrintable(j.errorString()));
        QCOMPARE(j.recoveredIntents(), 2);
        QCOMPARE(stateOf(j, lost.clientOrderId), QStringLiteral("submitting"));
        QCOMPARE(stateOf(j, working.clientOrderId), QStringLiteral("cancel_pending"));
        QCOMPARE(stateOf(j, committed.clientOrderId), QStringLiteral("accepted"));
        QCOMPARE(scalar(j, QStringLiteral("SELECT COUNT(*) FROM events WHERE kind = "
                                          "'intent_recovered'")),
                 2);
        QCOMPARE(QFileInfo(path + QStringLiteral("-intents")).size(), 0);
        QVERIFY(j.signalIdsWithOrders().contains(QStringLiteral("lost")));
        const QList<OrderRecord> open = j.openOrders();
        const auto it = std::find_if(open.cbegin(), open.cend(), [&](const OrderRecord& r) {
            return r.order.clientOrderId == lost.clientOrderId;
        });
        QVERIFY(it != open.cend());
        QVERIFY(it->order == lost); // every field of the order, from the log
    }

    // One process per journal: a second open in use fails and says who holds it; once the
    // first closes, it opens.
    void aJournalInUseIsRefused() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("j.db"));
        SimClock clock(0);
        TradeJournal first(clock);
        QVERIFY(first.open(path));
        QVERIFY(!TradeJournal::heldBy(path).isEmpty());
        TradeJournal second(clock);
        QVERIFY(!second.open(path));
        QVERIFY(second.isLockedByAnother());
        QVERIFY2(second.errorString().contains(
                     QStringLiteral("process %1").arg(QCoreApplication::applicationPid())),
                 qPrintable(second.errorString()));
        first.close();
        QVERIFY(TradeJournal::heldBy(path).isEmpty());
        QVERIFY2(second.open(path), qPrintable(second.errorString()));
        QVERIFY(!second.isLockedByAnother());
    }
};

QTEST_GUILESS_MAIN(tst_IntentLog)
#include "tst_IntentLog.moc"
