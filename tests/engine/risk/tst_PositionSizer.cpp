#include "risk/PositionSizer.h"
#include "support/TestValues.h"

#include <QTest>

using namespace axion;
using axion::test::px;

namespace {

Signal makeSignal(Direction d, const char* entry, const char* stop, int conviction) {
    Signal s;
    s.signalId = QStringLiteral("sig-1");
    s.ticker = QStringLiteral("AAPL");
    s.direction = d;
    s.entryPrice = px(entry);
    s.stopLoss = px(stop);
    s.conviction = conviction;
    return s;
}

AccountState account(qint64 equity, qint64 buyingPower) {
    AccountState a;
    a.equity = Money::fromWhole(equity);
    a.startOfDayEquity = a.equity;
    a.cash = a.equity;
    a.buyingPower = Money::fromWhole(buyingPower);
    return a;
}

// Single-stock cap lifted so the risk formula itself is visible.
ExecutorConfig uncapped() {
    ExecutorConfig c;
    c.maxSingleStockExposure = 1.0;
    return c;
}

} // namespace

class tst_PositionSizer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // equity 100,000, risk 5% = 5,000. Entry 100.00 slipped 0.1% -> 100.10.
    void riskFormulaWithConvictionMultiplier_data() {
        QTest::addColumn<int>("direction");
        QTest::addColumn<QString>("stop");
        QTest::addColumn<int>("conviction");
        QTest::addColumn<qint64>("shares");
        QTest::addColumn<qint64>("raw");
        // long: per-share risk 100.10 - 90.00 = 10.10; 5,000 / 10.10 = 495.04 -> 495
        QTest::newRow("long high 75")
            << int(Direction::Long) << "90" << 75 << qint64(495) << qint64(495);
        QTest::newRow("long high 100")
            << int(Direction::Long) << "90" << 100 << qint64(495) << qint64(495);
        // half size: 2,500 / 10.10 = 247.5 -> 247
        QTest::newRow("long medium 74")
            << int(Direction::Long) << "90" << 74 << qint64(247) << qint64(495);
        QTest::newRow("long medium 50")
            << int(Direction::Long) << "90" << 50 << qint64(247) << qint64(495);
        // short: entry slipped down to 99.90; per-share risk 110.00 - 99.90 = 10.10
        QTest::newRow("short high")
            << int(Direction::Short) << "110" << 82 << qint64(495) << qint64(495);
        QTest::newRow("short medium")
            << int(Direction::Short) << "110" << 60 << qint64(247) << qint64(495);
        // stop 20.00 away: per-share risk 20.10; 5,000 / 20.10 = 248.75 -> 248
        QTest::newRow("wide stop")
            << int(Direction::Long) << "80" << 80 << qint64(248) << qint64(248);
    }
    void riskFormulaWithConvictionMultiplier() {
        QFETCH(int, direction);
        QFETCH(QString, stop);
        QFETCH(int, conviction);
        QFETCH(qint64, shares);
        QFETCH(qint64, raw);
        const PositionSizer sizer(uncapped());
        const PositionSize s =
            sizer.size(makeSignal(Direction(direction), "100", qPrintable(stop), conviction),
                       account(100'000, 1'000'000));
        QVERIFY2(s.ok(), qPrintable(s.describe()));
        QCOMPARE(s.shares, shares);
        QCOMPARE(s.rawShares, raw);
        QCOMPARE(s.riskAmount, Money::fromWhole(5'000));
        QCOMPARE(s.capsApplied, quint32(CapNone));
        // The planned loss at the stop never exceeds the risk budget times the multiplier.
        QVERIFY(s.riskPerShare * s.shares <= s.riskAmount.scaled(s.convictionMultiplier));
    }

    void belowMinimumConvictionIsNoTrade() {
        const PositionSize s =
            PositionSizer(ExecutorConfig{})
                .size(makeSignal(Direction::Long, "100", "90", 49), account(100'000, 400'000));
        QVERIFY(!s.ok());
        QCOMPARE(toString(s.code), toString(SizingRejectCode::ConvictionTooLow));
        QCOMPARE(s.shares, 0);
    }

    void invalidStopDistanceIsARejectionNotADivisionByZero_data() {
        QTest::addColumn<int>("direction");
        QTest::addColumn<QString>("stop");
        QTest::addColumn<double>("slippage");
        QTest::newRow("stop equals entry, no slippage") << int(Direction::Long) << "100" << 0.0;
        QTest::newRow("stop equals slipped entry") << int(Direction::Long) << "100.10" << 0.001;
        QTest::newRow("long stop above entry") << int(Direction::Long) << "101" << 0.001;
        QTest::newRow("short stop below entry") << int(Direction::Short) << "99" << 0.001;
        QTest::newRow("zero stop") << int(Direction::Long) << "0" << 0.001;
    }
    void invalidStopDistanceIsARejectionNotADivisionByZero() {
        QFETCH(int, direction);
        QFETCH(QString, stop);
        QFETCH(double, slippage);
        ExecutorConfig c;
        c.slippageBuffer = slippage;
        const PositionSize s =
            PositionSizer(c).size(makeSignal(Direction(direction), "100", qPrintable(stop), 90),
                                  account(100'000, 400'000));
        QCOMPARE(toString(s.code), toString(SizingRejectCode::InvalidStopDistance));
        QCOMPARE(s.shares, 0);
    }

    void singleStockExposureCap() {
        // Default 15%: 15,000 / 100.10 = 149.85 -> 149 (150 x 100.10 = 15,015 > 15,000).
        const PositionSize s =
            PositionSizer(ExecutorConfig{})
                .size(makeSignal(Direction::Long, "100", "98", 90), account(100'000, 400'000));
        QCOMPARE(s.shares, 149);
        QCOMPARE(s.rawShares, 2380);
        QCOMPARE(s.capsApplied, quint32(CapSingleStockExposure));
        QVERIFY(s.describe().contains(u"single-stock"));
        // The reduction is reported with its numbers: 2,380 -> 149 shares.
        QCOMPARE(s.reductions.size(), 1);
        QCOMPARE(s.reductions.front(), (SizeReduction{CapSingleStockExposure, 2380, 149}));
    }

    void existingExposureCountsAgainstTheCap() {
        // 15,000 - 10,000 already held = 5,000 room; 5,000 / 100.10 = 49.95 -> 49.
        const PositionSize s = PositionSizer(ExecutorConfig{})
                                   .size(makeSignal(Direction::Long, "100", "98", 90),
                                         account(100'000, 400'000), Money::fromWhole(10'000));
        QCOMPARE(s.shares, 49);
        const PositionSize full = PositionSizer(ExecutorConfig{})
                                      .size(makeSignal(Direction::Long, "100", "98", 90),
                                            account(100'000, 400'000), Money::fromWhole(15'000));
        QCOMPARE(toString(full.code), QStringLiteral("exposure_cap"));
        QCOMPARE(full.reductions.front(), (SizeReduction{CapSingleStockExposure, 2380, 0}));
        // The journal (and the Signals tab) learn which cap left nothing.
        QVERIFY2(full.describe().startsWith(u"0 shares") &&
                     full.describe().contains(u"single-stock exposure"),
                 qPrintable(full.describe()));
    }

    void buyingPowerCap() {
        // 20,000 / 100.10 = 199.8 -> 199.
        const PositionSize s =
            PositionSizer(uncapped())
                .size(makeSignal(Direction::Long, "100", "90", 90), account(100'000, 20'000));
        QCOMPARE(s.shares, 199);
        QCOMPARE(s.capsApplied, quint32(CapBuyingPower));
    }

    void maxSharesCap() {
        ExecutorConfig c = uncapped();
        c.maxPositionShares = 100;
        const PositionSize s = PositionSizer(c).size(makeSignal(Direction::Long, "100", "90", 90),
                                                     account(100'000, 1'000'000));
        QCOMPARE(s.shares, 100);
        QCOMPARE(s.capsApplied, quint32(CapMaxShares));
    }

    void severalCapsAreAllReported() {
        ExecutorConfig c;
        c.maxPositionShares = 10;
        // stock cap 149, buying power 5,000 / 100.10 -> 49, max shares 10.
        const PositionSize s = PositionSizer(c).size(makeSignal(Direction::Long, "100", "98", 90),
                                                     account(100'000, 5'000));
        QCOMPARE(s.shares, 10);
        QCOMPARE(s.capsApplied, quint32(CapSingleStockExposure | CapBuyingPower | CapMaxShares));
    }

    void invalidEquity() {
        const PositionSize s =
            PositionSizer(ExecutorConfig{})
                .size(makeSignal(Direction::Long, "100", "98", 90), account(0, 400'000));
        QCOMPARE(toString(s.code), toString(SizingRejectCode::InvalidEquity));
    }

    void subPennyPricesStayExact() {
        // 4.5678 slipped 0.1% = 4.5723678 -> 4.5724; risk/share 4.5724 - 3.0000 = 1.5724;
        // 5,000 / 1.5724 = 3179.85 -> 3179.
        const PositionSize s =
            PositionSizer(uncapped())
                .size(makeSignal(Direction::Long, "4.5678", "3", 90), account(100'000, 1'000'000));
        QCOMPARE(s.expectedEntry, px("4.5724"));
        QCOMPARE(s.riskPerShare, px("1.5724"));
        QCOMPARE(s.shares, 3179);
    }
};

QTEST_GUILESS_MAIN(tst_PositionSizer)
#include "tst_PositionSizer.moc"
