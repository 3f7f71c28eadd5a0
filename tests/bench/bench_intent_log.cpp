// The write-ahead intent before an order's send: what one bracket's intents cost on the send
// path, written the way the executor writes them (IntentLog::append: one unbuffered write() of
// three lines, no fsync) against the alternative of a SQLite row per intent committed in WAL
// with synchronous=NORMAL (no fsync either) and with FULL. Figures, not pass/fail.
//
//   build/release/tests/bench/bench_intent_log            (20,000 brackets each)
//   build/release/tests/bench/bench_intent_log --quick    (what ctest -L bench runs)

#include "journal/IntentLog.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <algorithm>
#include <array>
#include <cstdio>
#include <vector>

using namespace axion;

namespace {

std::array<OrderIntent, 3> bracket(int n) {
    const QString signal = QStringLiteral("sig-%1").arg(n, 16, 10, QLatin1Char('0'));
    std::array<OrderIntent, 3> out;
    const OrderLeg legs[3] = {OrderLeg::Entry, OrderLeg::Stop, OrderLeg::Target};
    for (int i = 0; i < 3; ++i) {
        Order& o = out[std::size_t(i)].order;
        o.clientOrderId = signal + u'-' + toString(legs[i]);
        o.signalId = signal;
        o.leg = legs[i];
        o.ticker = QStringLiteral("SPY");
        o.side = i == 0 ? OrderSide::Buy : OrderSide::Sell;
        o.quantity = 149;
        o.type = i == 0 ? OrderType::Limit : i == 1 ? OrderType::Stop : OrderType::Limit;
        (i == 1 ? o.stopPrice : o.limitPrice) = Price::fromUnits(1'688'900 + i * 1000);
        o.broker = QStringLiteral("paper");
        o.parentClientOrderId = i == 0 ? QString() : signal + QStringLiteral("-entry");
        o.ocoGroup = i == 0 ? QString() : signal;
        out[std::size_t(i)].engineTimeMs = 1'381'152'660'000LL + n;
    }
    return out;
}

struct Figures {
    double p50 = 0, p99 = 0;
};

Figures summarize(std::vector<qint64>& ns) {
    std::sort(ns.begin(), ns.end());
    const auto at = [&](double q) {
        return double(ns[std::min(ns.size() - 1, std::size_t(q * double(ns.size())))]) / 1000.0;
    };
    return {at(0.50), at(0.99)};
}

Figures intentLog(const QString& dir, int n) {
    IntentLog log;
    log.open(dir + QStringLiteral("/bench-intents"));
    std::vector<qint64> ns;
    ns.reserve(std::size_t(n));
    QElapsedTimer t;
    for (int i = 0; i < n; ++i) {
        const auto b = bracket(i);
        t.start();
        log.append(b);
        ns.push_back(t.nsecsElapsed());
        if (log.size() > (1 << 20))
            log.clear(); // as a journal commit empties it
    }
    return summarize(ns);
}

Figures sqliteRows(const QString& dir, int n, const char* synchronous) {
    const QString name = QStringLiteral("bench-%1").arg(QLatin1String(synchronous));
    Figures f;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(dir + u'/' + name + QStringLiteral(".db"));
        db.open();
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        q.exec(QStringLiteral("PRAGMA synchronous=%1").arg(QLatin1String(synchronous)));
        q.exec(
            QStringLiteral("CREATE TABLE intents (client_order_id TEXT PRIMARY KEY, line BLOB)"));
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO intents VALUES (?, ?)"));
        std::vector<qint64> ns;
        ns.reserve(std::size_t(n));
        QElapsedTimer t;
        for (int i = 0; i < n; ++i) {
            const auto b = bracket(i);
            t.start();
            db.transaction();
            for (const OrderIntent& intent : b) {
                insert.bindValue(0, intent.order.clientOrderId);
                insert.bindValue(1, IntentLog::encode(intent));
                insert.exec();
            }
            db.commit();
            ns.push_back(t.nsecsElapsed());
        }
        f = summarize(ns);
    }
    QSqlDatabase::removeDatabase(name);
    return f;
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const int n = quick ? 300 : 20'000;
    QTemporaryDir dir; // on disk, where a journal lives
    std::printf("bench_intent_log: one bracket's three intents before the send, %d brackets, "
                "journal folder on disk\n",
                n);
    const Figures log = intentLog(dir.path(), n);
    std::printf("  IntentLog::append (one write(), no fsync)   p50 %8.2f us   p99 %8.2f us\n",
                log.p50, log.p99);
    const Figures normal = sqliteRows(dir.path(), n, "NORMAL");
    std::printf("  SQLite rows, WAL synchronous=NORMAL        p50 %8.2f us   p99 %8.2f us\n",
                normal.p50, normal.p99);
    const Figures full = sqliteRows(dir.path(), quick ? 50 : 500, "FULL");
    std::printf("  SQLite rows, WAL synchronous=FULL (fsync)  p50 %8.2f us   p99 %8.2f us\n",
                full.p50, full.p99);
    return 0;
}
