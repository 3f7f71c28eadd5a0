#include "brokers/OrderRouter.h"

#include <QTest>

using namespace axion;

namespace {

// A broker whose connectivity the test controls; it records what it was asked to do.
class StubBroker : public Broker {
public:
    StubBroker(const QString& name, bool connected)
        : m_name(name)
        , m_connected(connected) {}
    QString name() const override { return m_name; }
    bool isConnected() const override { return m_connected; }
    void submit(const Order&) override {}
    void submitBracket(const Order&, const Order&, const Order&) override {}
    void cancel(const QString&) override {}
    void lookup(const QString&) override {}
    BrokerAccount account() const override { return {}; }
    QList<BrokerPosition> positions() const override { return {}; }
    void setConnected(bool c) { m_connected = c; }

private:
    QString m_name;
    bool m_connected;
};

} // namespace

class tst_OrderRouter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void entriesGoToThePrimaryWhileConnected() {
        StubBroker alpaca(QStringLiteral("alpaca"), true);
        StubBroker ibkr(QStringLiteral("ibkr"), true);
        OrderRouter router;
        router.addBroker(&alpaca);
        router.addBroker(&ibkr);
        router.setPrimary(QStringLiteral("alpaca"));
        router.setFallback(QStringLiteral("ibkr"));
        QCOMPARE(router.routeEntry(), &alpaca);
        alpaca.setConnected(false);
        QCOMPARE(router.routeEntry(), &ibkr); // primary definitely cannot take it
        ibkr.setConnected(false);
        QCOMPARE(router.routeEntry(), nullptr);
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
