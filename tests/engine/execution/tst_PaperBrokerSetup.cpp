#include "execution/PaperBrokerSetup.h"

#include <QTest>

using namespace axion;

// Every paper run builds its broker here: the replay, the workstation's engine and the demo test.
class tst_PaperBrokerSetup : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fillsUseThePaperSlippageNotTheSizingBuffer() {
        ExecutorConfig c;
        c.slippageBuffer = 0.002;
        c.paperSlippage = 0.0004;
        const PaperBrokerSettings s = paperBrokerSettings(c, Money::fromWhole(30'000));
        QCOMPARE(s.slippage, 0.0004);
    }
    void theStartingEquityIsCashAndThePreviousClose() {
        const PaperBrokerSettings s = paperBrokerSettings({}, Money::fromWhole(30'000));
        QCOMPARE(s.startingCash, Money::fromWhole(30'000));
        QVERIFY(s.previousCloseEquity.has_value());
        QCOMPARE(*s.previousCloseEquity, Money::fromWhole(30'000));
        QCOMPARE(s.buyingPowerMultiplier, 2.0);
        QCOMPARE(s.maxParticipation, 1.0);
    }
};

QTEST_GUILESS_MAIN(tst_PaperBrokerSetup)
#include "tst_PaperBrokerSetup.moc"
