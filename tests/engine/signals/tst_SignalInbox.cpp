#include "core/SimClock.h"
#include "journal/TradeJournal.h"
#include "signals/SignalInbox.h"
#include "signals/SignalParser.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>

using namespace axion;

namespace {

const qint64 kNow = QDateTime(QDate(2026, 11, 24), QTime(15, 31, 30), Qt::UTC).toMSecsSinceEpoch();

QByteArray signalJson(const char* id) {
    return QByteArray(R"({"signal_id":")") + id +
           R"(","signal_type":"cloud_flip_bullish","direction":"long","ticker":"AAPL",
 "timeframe":"10m","conviction":82,"entry_price":187.42,"stop_loss":185.1,
 "timestamp":"2026-11-24T15:31:00+00:00"})";
}

SignalInbox::Entry entry(const char* id) {
    return {QString::fromLatin1(id), QStringLiteral("http"), kNow, signalJson(id)};
}

// A journal on a file, opened the way the application opens it.
struct Journal {
    SimClock clock{kNow};
    TradeJournal journal{clock};
    explicit Journal(const QString& path) {
        if (!journal.open(path))
            qFatal("cannot open journal: %s", qPrintable(journal.errorString()));
    }
};

} // namespace

class tst_SignalInbox : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void storedIdsStayKnownAfterReopening() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("j.db"));
        {
            Journal j(path);
            SignalInbox inbox(j.journal.database());
            QVERIFY2(inbox.load(), qPrintable(inbox.errorString()));
            QVERIFY(!inbox.isKnown(QStringLiteral("s1")));
            QVERIFY2(inbox.store({entry("s1"), entry("s2")}), qPrintable(inbox.errorString()));
            QVERIFY(inbox.isKnown(QStringLiteral("s1")));
        }
        Journal j(path);
        SignalInbox inbox(j.journal.database());
        QVERIFY(inbox.load());
        QVERIFY(inbox.isKnown(QStringLiteral("s1")));
        QVERIFY(inbox.isKnown(QStringLiteral("s2")));
        QCOMPARE(inbox.size(), 2);
        // The table refuses a second row even if a caller skipped the check: nothing of the batch
        // is stored and nothing new becomes known.
        QVERIFY(!inbox.store({entry("s3"), entry("s1")}));
        QVERIFY(!inbox.isKnown(QStringLiteral("s3")));
        QCOMPARE(j.journal.database()
                     .scalar(QStringLiteral("SELECT COUNT(*) FROM signal_inbox"))
                     ->toInt(),
                 2);
    }

    void unprocessedRowsAreDeliveredOnceAfterReopening() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("j.db"));
        {
            // Received and committed; the process dies before the executor took "late".
            Journal j(path);
            SignalInbox inbox(j.journal.database());
            QVERIFY(inbox.load());
            QVERIFY(inbox.store({entry("done"), entry("late")}));
            QVERIFY(inbox.markProcessed({QStringLiteral("done")}, QStringLiteral("delivered")));
        }
        const SignalParser parser{ExecutorConfig{}};
        QStringList delivered;
        const SignalSink sink = [&](const Signal& s) { delivered << s.signalId; };
        {
            // Restarted a day later: the row is judged as at its receipt, not as stale now.
            Journal j(path);
            j.clock.setNowMs(kNow + 86'400'000);
            SignalInbox inbox(j.journal.database());
            QVERIFY(inbox.load());
            QCOMPARE(inbox.unprocessed().size(), 1);
            QCOMPARE(inbox.deliverUnprocessed(parser, sink), 1);
            QCOMPARE(delivered, QStringList{QStringLiteral("late")});
        }
        // And never again.
        Journal j(path);
        SignalInbox inbox(j.journal.database());
        QVERIFY(inbox.load());
        QCOMPARE(inbox.deliverUnprocessed(parser, sink), 0);
        QCOMPARE(delivered.size(), 1);
        QCOMPARE(j.journal.database()
                     .scalar(QStringLiteral(
                         "SELECT decision FROM signal_inbox WHERE signal_id = 'late'"))
                     ->toString(),
                 QStringLiteral("delivered_after_restart"));
    }

    void rowTheExecutorAlreadyJournaledIsNotDeliveredAgain() {
        // The executor took the signal (its journal rows are flushed before any order is sent)
        // but the process died before the inbox row was marked: delivering again would trade it
        // twice.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("j.db"));
        const SignalParser parser{ExecutorConfig{}};
        {
            Journal j(path);
            SignalInbox inbox(j.journal.database());
            QVERIFY(inbox.load());
            QVERIFY(inbox.store({entry("taken")}));
            j.journal.recordSignal(*parser.parse(signalJson("taken"), kNow).signal);
            QVERIFY(j.journal.flush());
        }
        Journal j(path);
        SignalInbox inbox(j.journal.database());
        QVERIFY(inbox.load());
        int calls = 0;
        QCOMPARE(inbox.deliverUnprocessed(parser, [&](const Signal&) { ++calls; }), 0);
        QCOMPARE(calls, 0);
        QVERIFY(inbox.unprocessed().isEmpty());
        QCOMPARE(j.journal.database()
                     .scalar(QStringLiteral("SELECT decision FROM signal_inbox"))
                     ->toString(),
                 QStringLiteral("already_processed"));
    }
};

QTEST_GUILESS_MAIN(tst_SignalInbox)
#include "tst_SignalInbox.moc"
