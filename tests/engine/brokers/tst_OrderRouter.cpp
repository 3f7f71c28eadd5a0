#include "brokers/OrderRouter.h"

#include <QTest>

using namespace axion;

namespace {

// A broker whose connectivity the test controls; it records what it was asked to do.
class StubBroker : public Broker {
public:
    StubBroker(const QString& name, bool connected)
        : m_name(name) {
        setConnected(connected);
    }
    QString name() const override { return m_name; }
    void submit(const Order&) override {}
    void submitBracket(const Order&, const Order&, const Order&) override {}
    void cancel(const QString&) override {}
    void replace(const QString&, const Order&) override {}
    void lookup(const QString&) override {}
    BrokerAccount account() const override { return {}; }
    QList<BrokerPosition> positions() const override { return {}; }
    qint64 positionsAsOfMs() const override { return 0; }
    void setConnected(bool c) {
        setConnectivity(c ? BrokerConnectivity::Ready : BrokerConnectivity::Down);
    }
    using Broker::setConnectivity;

private:
    QString m_name;
};

// alpaca the primary, ibkr the fallback, both connected.
struct PrimaryAndFallback {
    StubBroker alpaca{QStringLiteral("alpaca"), true};
    StubBroker ibkr{QStringLiteral("ibkr"), true};
    OrderRouter router;
    PrimaryAndFallback() {
        router.addBroker(&alpaca);
        router.addBroker(&ibkr);
        router.setPrimary(QStringLiteral("alpaca"));
        router.setFallback(QStringLiteral("ibkr"));
    }
};

} // namespace

class tst_OrderRouter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void entriesGoToThePrimaryWhileConnected() {
        PrimaryAndFallback rig;
        StubBroker& alpaca = rig.alpaca;
        StubBroker& ibkr = rig.ibkr;
        OrderRouter& router = rig.router;
        QCOMPARE(router.routeEntry(), &alpaca);
        alpaca.setConnected(false);
        QCOMPARE(router.routeEntry(), &ibkr); // primary definitely cannot take it
        ibkr.setConnected(false);
        QCOMPARE(router.routeEntry(), nullptr);
    }

    // A degraded primary (answers late, by polling) takes no new entry, but still the orders of
    // the positions it holds.
    void aDegradedPrimaryTakesExitsNotEntries() {
        PrimaryAndFallback rig;
        StubBroker& alpaca = rig.alpaca;
        StubBroker& ibkr = rig.ibkr;
        OrderRouter& router = rig.router;
        alpaca.setConnectivity(BrokerConnectivity::Degraded);
        QCOMPARE(router.routeEntry(), &ibkr);
        QCOMPARE(router.routeTo(QStringLiteral("alpaca")), &alpaca);
        ibkr.setConnectivity(BrokerConnectivity::Connecting);
        QCOMPARE(router.routeEntry(), nullptr);
        QCOMPARE(router.routeTo(QStringLiteral("ibkr")), nullptr);
    }

    void noFallbackConfigured() {
        StubBroker alpaca(QStringLiteral("alpaca"), false);
        OrderRouter router;
        router.addBroker(&alpaca);
        router.setPrimary(QStringLiteral("alpaca"));
        QCOMPARE(router.routeEntry(), nullptr);
    }

    void aPositionsOrdersGoWhereItLives() {
        StubBroker alpaca(QStringLiteral("alpaca"), true);
        StubBroker ibkr(QStringLiteral("ibkr"), true);
        OrderRouter router;
        router.addBroker(&alpaca);
        router.addBroker(&ibkr);
        router.setPrimary(QStringLiteral("alpaca"));
        QCOMPARE(router.routeTo(QStringLiteral("ibkr")), &ibkr);
        ibkr.setConnected(false);
        // Never moved to another broker: the shares are at ibkr.
        QCOMPARE(router.routeTo(QStringLiteral("ibkr")), nullptr);
        QCOMPARE(router.routeTo(QStringLiteral("schwab")), nullptr);
    }
};

QTEST_GUILESS_MAIN(tst_OrderRouter)
#include "tst_OrderRouter.moc"
