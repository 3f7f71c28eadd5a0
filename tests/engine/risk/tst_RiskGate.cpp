#include "risk/RiskGate.h"
#include "support/TestValues.h"

#include <QTest>

using namespace axion;
using axion::test::px;

namespace {

Signal makeSignal(const char* ticker = "AAPL", Direction d = Direction::Long,
                  const char* sector = "Technology", TradeType type = TradeType::Day) {
    Signal s;
    s.signalId = QStringLiteral("sig-1");
    s.ticker = QString::fromLatin1(ticker);
    s.direction = d;
    s.sector = QString::fromLatin1(sector);
    s.tradeType = type;
    s.entryPrice = px("100");
    s.stopLoss = d == Direction::Long ? px("98") : px("102");
    s.conviction = 80;
    return s;
}

Position position(const char* ticker, Direction d, qint64 shares, const char* entry,
                  const char* last, const char* sector = "Other") {
    Position p;
    p.ticker = QString::fromLatin1(ticker);
    p.direction = d;
    p.shares = shares;
    p.averageEntry = px(entry);
    p.lastPrice = px(last);
    p.sector = QString::fromLatin1(sector);
    return p;
}

// equity 100,000 at the start of the day and now, buying power 400,000, nothing open.
AccountState baseAccount() {
    AccountState a;
    a.equity = Money::fromWhole(100'000);
    a.startOfDayEquity = a.equity;
    a.cash = a.equity;
    a.buyingPower = Money::fromWhole(400'000);
    return a;
}

const MarketStatus kOpen{true, false};

// 100 shares at 100.00 = 10,000: inside every limit of the base account.
RiskDecision validate(const AccountState& a, const Signal& s = makeSignal(), Quantity shares = 100,
                      const QList<WorkingEntry>& working = {}, MarketStatus m = kOpen) {
    return RiskGate(ExecutorConfig{}).validate(s, shares, px("100"), a, working, m);
}

void addFillerPositions(AccountState& a, int count) {
    for (int i = 0; i < count; ++i) {
        const QByteArray ticker = "T" + QByteArray::number(i);
        a.positions.append(
            position(ticker.constData(), Direction::Long, 10, "10", "10", ticker.constData()));
    }
}

} // namespace

class tst_RiskGate : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void approvesWithinAllLimits() {
        const RiskDecision d = validate(baseAccount());
        QVERIFY2(d.approved, qPrintable(d.message));
        QCOMPARE(d.approvedShares, 100);
        QVERIFY(d.adjustments.isEmpty());
        QCOMPARE(int(d.failedCheck), int(RiskCheck::None));
    }

    // Check 1. The PRD passes only while daily P&L > -10%: exactly -10% stops trading.
    void dailyLoss_data() {
        QTest::addColumn<QString>("equity");
        QTest::addColumn<bool>("approved");
        QTest::newRow("-9.9999%") << "90000.0001" << true;
        QTest::newRow("exactly -10%") << "90000" << false;
        QTest::newRow("-10.0001%") << "89999.99" << false;
        QTest::newRow("up on the day") << "101000" << true;
    }
    void dailyLoss() {
        QFETCH(QString, equity);
        QFETCH(bool, approved);
        AccountState a = baseAccount();
        a.equity = *Money::parse(equity);
        const RiskDecision d = validate(a);
        QCOMPARE(d.approved, approved);
        if (!approved) {
            QCOMPARE(int(d.failedCheck), int(RiskCheck::DailyLoss));
            QCOMPARE(toString(d.code), QStringLiteral("daily_loss_limit"));
            QVERIFY(d.message.contains(u"-10000.00"));
        }
    }

    // Check 2.
    void maxPositions_data() {
        QTest::addColumn<int>("open");
        QTest::addColumn<bool>("approved");
        QTest::newRow("9 open") << 9 << true;
        QTest::newRow("exactly 10 open") << 10 << false;
        QTest::newRow("11 open") << 11 << false;
    }
    void maxPositions() {
        QFETCH(int, open);
        QFETCH(bool, approved);
        AccountState a = baseAccount();
        addFillerPositions(a, open);
        const RiskDecision d = validate(a);
        QCOMPARE(d.approved, approved);
        if (!approved) {
            QCOMPARE(int(d.failedCheck), int(RiskCheck::MaxPositions));
            QCOMPARE(toString(d.code), QStringLiteral("max_positions"));
        }
    }

    void addingToAWinnerDoesNotCountAsANewPosition() {
        AccountState a = baseAccount();
        addFillerPositions(a, 9);
        a.positions.append(position("AAPL", Direction::Long, 10, "100", "101", "Technology"));
        const RiskDecision d = validate(a);
        QVERIFY2(d.approved, qPrintable(d.message));
    }

    // Check 3.
    void existingPosition_data() {
        QTest::addColumn<QString>("last");
        QTest::addColumn<bool>("approved");
        QTest::newRow("losing") << "99.99" << false;
        QTest::newRow("flat is not a winner") << "100" << false;
        QTest::newRow("winning") << "100.01" << true;
    }
    void existingPosition() {
        QFETCH(QString, last);
        QFETCH(bool, approved);
        AccountState a = baseAccount();
        a.positions.append(
            position("AAPL", Direction::Long, 10, "100", qPrintable(last), "Technology"));
        const RiskDecision d = validate(a);
        QCOMPARE(d.approved, approved);
        if (!approved) {
            QCOMPARE(int(d.failedCheck), int(RiskCheck::ExistingPosition));
            QCOMPARE(toString(d.code), QStringLiteral("existing_position"));
        }
    }

    void addingToAWinnerStaysWithinSingleStockLimit() {
        // Held: 100 shares marked at 110 = 11,000. Limit 15% of 100,000 = 15,000, room 4,000:
        // 40 shares at 100.00.
        AccountState a = baseAccount();
        a.positions.append(position("AAPL", Direction::Long, 100, "100", "110", "Technology"));
        const RiskDecision d = validate(a);
        QVERIFY(d.approved);
        QCOMPARE(d.approvedShares, 40);
        QCOMPARE(d.adjustments.size(), 1);
        QCOMPARE(d.adjustments[0], (RiskAdjustment{RiskRejectCode::SingleStockExposure, 100, 40}));
        QVERIFY(d.message.contains(u"single_stock_exposure"));

        a.positions[0].lastPrice = px("150"); // 15,000: at the limit
        const RiskDecision full = validate(a);
        QVERIFY(!full.approved);
        QCOMPARE(toString(full.code), QStringLiteral("single_stock_exposure"));
    }

    void shortWinnerMirrorsLong() {
        AccountState a = baseAccount();
        a.positions.append(position("AAPL", Direction::Short, 10, "100", "99", "Technology"));
        QVERIFY(validate(a, makeSignal("AAPL", Direction::Short)).approved);
        a.positions[0].lastPrice = px("101");
        QVERIFY(!validate(a, makeSignal("AAPL", Direction::Short)).approved);
    }

    // Check 4.
    void conflictingDirection() {
        AccountState a = baseAccount();
        a.positions.append(position("AAPL", Direction::Short, 10, "100", "90", "Technology"));
        RiskDecision d = validate(a);
        QVERIFY(!d.approved);
        QCOMPARE(int(d.failedCheck), int(RiskCheck::ConflictingDirection));
        QCOMPARE(toString(d.code), QStringLiteral("conflicting_direction"));

        const QList<WorkingEntry> working{{QStringLiteral("AAPL"), QStringLiteral("Technology"),
                                           Direction::Short, 10, px("100")}};
        d = validate(baseAccount(), makeSignal(), 100, working);
        QVERIFY(!d.approved);
        QCOMPARE(int(d.failedCheck), int(RiskCheck::ConflictingDirection));
        QVERIFY(d.message.contains(u"working"));

        const QList<WorkingEntry> sameSide{
            {QStringLiteral("AAPL"), QStringLiteral("Technology"), Direction::Long, 10, px("100")}};
        QVERIFY(validate(baseAccount(), makeSignal(), 100, sameSide).approved);
    }

    // Check 5. Limit 30% of 100,000 = 30,000.
    void sectorExposure_data() {
        QTest::addColumn<QString>("held"); // Technology exposure already held
        QTest::addColumn<bool>("approved");
        QTest::addColumn<qint64>("shares");
        QTest::newRow("20,000 held: fits") << "20000" << true << qint64(100);
        QTest::newRow("25,000 held: reduced to 50") << "25000" << true << qint64(50);
        QTest::newRow("29,950.01 held: reduced to 0") << "29950.01" << false << qint64(0);
        QTest::newRow("exactly 30,000 held") << "30000" << false << qint64(0);
    }
    void sectorExposure() {
        QFETCH(QString, held);
        QFETCH(bool, approved);
        QFETCH(qint64, shares);
        AccountState a = baseAccount();
        // Two positions in the sector: 5,000 in NVDA and the rest in MSFT.
        const Money rest = *Money::parse(held) - Money::fromWhole(5'000);
        a.positions.append(position("NVDA", Direction::Long, 50, "100", "100", "Technology"));
        Position msft = position("MSFT", Direction::Long, 1, "1", "1", "Technology");
        msft.lastPrice = Price::fromUnits(rest.units());
        a.positions.append(msft);
        a.positions.append(
            position("XOM", Direction::Long, 500, "100", "100", "Energy")); // other sector
        const RiskDecision d = validate(a);
        QCOMPARE(d.approved, approved);
        QCOMPARE(d.approvedShares, shares);
        if (!approved) {
            QCOMPARE(int(d.failedCheck), int(RiskCheck::SectorExposure));
            QCOMPARE(toString(d.code), QStringLiteral("sector_exposure"));
        } else if (shares < 100) {
            QCOMPARE(d.adjustments.constLast(),
                     (RiskAdjustment{RiskRejectCode::SectorExposure, 100, shares}));
        }
    }

    void workingEntriesCountTowardSector() {
        const QList<WorkingEntry> working{{QStringLiteral("MSFT"), QStringLiteral("Technology"),
                                           Direction::Long, 250, px("100")}};
        const RiskDecision d = validate(baseAccount(), makeSignal(), 100, working);
        QVERIFY(d.approved);
        QCOMPARE(d.approvedShares, 50); // 25,000 working: 5,000 room
    }

    // Check 6.
    void marketHours_data() {
        QTest::addColumn<bool>("open");
        QTest::addColumn<bool>("pastCutoff");
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("code");
        QTest::newRow("closed") << false << false << int(TradeType::Swing) << "market_closed";
        QTest::newRow("day trade past cutoff")
            << true << true << int(TradeType::Day) << "past_eod_cutoff";
        QTest::newRow("scalp past cutoff")
            << true << true << int(TradeType::Scalp) << "past_eod_cutoff";
        QTest::newRow("swing past cutoff") << true << true << int(TradeType::Swing) << "none";
        QTest::newRow("day trade before cutoff") << true << false << int(TradeType::Day) << "none";
    }
    void marketHours() {
        QFETCH(bool, open);
        QFETCH(bool, pastCutoff);
        QFETCH(int, type);
        QFETCH(QString, code);
        const RiskDecision d = validate(
            baseAccount(), makeSignal("AAPL", Direction::Long, "Technology", TradeType(type)), 100,
            {}, MarketStatus{open, pastCutoff});
        QCOMPARE(toString(d.code), code);
        QCOMPARE(d.approved, code == u"none");
        if (!d.approved)
            QCOMPARE(int(d.failedCheck), int(RiskCheck::MarketHours));
    }

    // Check 7.
    void minimumEquity_data() {
        QTest::addColumn<QString>("equity");
        QTest::addColumn<bool>("approved");
        QTest::newRow("exactly 25,000") << "25000" << true;
        QTest::newRow("24,999.9999") << "24999.9999" << false;
    }
    void minimumEquity() {
        QFETCH(QString, equity);
        QFETCH(bool, approved);
        AccountState a = baseAccount();
        a.equity = *Money::parse(equity);
        a.startOfDayEquity = a.equity;
        // 10 shares = 1,000: inside 15% of 25,000.
        const RiskDecision d = validate(a, makeSignal(), 10);
        QCOMPARE(d.approved, approved);
        if (!approved) {
            QCOMPARE(int(d.failedCheck), int(RiskCheck::MinEquity));
            QCOMPARE(toString(d.code), QStringLiteral("equity_below_minimum"));
        }
    }

    // Check 8.
    void buyingPower_data() {
        QTest::addColumn<QString>("power");
        QTest::addColumn<qint64>("shares");
        QTest::newRow("plenty") << "10000" << qint64(100);
        QTest::newRow("reduced") << "5000" << qint64(50);
        QTest::newRow("one share") << "100" << qint64(1);
        QTest::newRow("none fits") << "99.9999" << qint64(0);
    }
    void buyingPower() {
        QFETCH(QString, power);
        QFETCH(qint64, shares);
        AccountState a = baseAccount();
        a.buyingPower = *Money::parse(power);
        const RiskDecision d = validate(a);
        QCOMPARE(d.approvedShares, shares);
        QCOMPARE(d.approved, shares > 0);
        if (shares == 0) {
            QCOMPARE(int(d.failedCheck), int(RiskCheck::BuyingPower));
            QCOMPARE(toString(d.code), QStringLiteral("insufficient_buying_power"));
        } else if (shares < 100) {
            QCOMPARE(d.adjustments, (QList<RiskAdjustment>{
                                        {RiskRejectCode::InsufficientBuyingPower, 100, shares}}));
        }
    }

    void checksRunInPrdOrder() {
        // Everything wrong at once: the first check reports.
        AccountState a = baseAccount();
        a.equity = Money::fromWhole(20'000); // -80% and below the minimum
        addFillerPositions(a, 10);
        RiskDecision d = validate(a, makeSignal(), 100, {}, MarketStatus{false, true});
        QCOMPARE(int(d.failedCheck), int(RiskCheck::DailyLoss));
        // Market closed and equity below minimum: hours (6) before equity (7).
        a = baseAccount();
        a.equity = Money::fromWhole(20'000);
        a.startOfDayEquity = a.equity;
        d = validate(a, makeSignal(), 10, {}, MarketStatus{false, false});
        QCOMPARE(int(d.failedCheck), int(RiskCheck::MarketHours));
        d = validate(a, makeSignal(), 10, {}, kOpen);
        QCOMPARE(int(d.failedCheck), int(RiskCheck::MinEquity));
    }

    void severalReductionsAreAllReported() {
        AccountState a = baseAccount();
        a.positions.append(position("MSFT", Direction::Long, 250, "100", "100", "Technology"));
        a.buyingPower = Money::fromWhole(3'000);
        const RiskDecision d = validate(a);
        QVERIFY(d.approved);
        QCOMPARE(d.approvedShares, 30);
        QCOMPARE(d.adjustments,
                 (QList<RiskAdjustment>{{RiskRejectCode::SectorExposure, 100, 50},
                                        {RiskRejectCode::InsufficientBuyingPower, 50, 30}}));
    }

    // The sizer's cap reductions arrive in the PositionSize and are reported as adjustments,
    // each named by its cap: a size bound by max_shares_per_trade says max_shares, never
    // zero_shares (which is a refusal) or an exposure limit.
    void sizerCapsAreReportedByName() {
        PositionSize size;
        size.shares = 40;
        size.rawShares = 500;
        size.expectedEntry = px("100");
        size.reductions = {
            {CapSingleStockExposure, 500, 150}, {CapBuyingPower, 150, 90}, {CapMaxShares, 90, 40}};
        const RiskDecision d =
            RiskGate(ExecutorConfig{}).validate(makeSignal(), size, baseAccount(), {}, kOpen);
        QVERIFY(d.approved);
        QCOMPARE(d.approvedShares, 40);
        QCOMPARE(d.adjustments,
                 (QList<RiskAdjustment>{{RiskRejectCode::SingleStockExposure, 500, 150},
                                        {RiskRejectCode::InsufficientBuyingPower, 150, 90},
                                        {RiskRejectCode::MaxShares, 90, 40}}));
        QCOMPARE(toString(RiskRejectCode::MaxShares), QStringLiteral("max_shares"));
        QVERIFY2(d.message.contains(u"sized down"), qPrintable(d.message));
    }

    void limitsComeFromConfig() {
        ExecutorConfig c;
        c.maxConcurrentPositions = 2;
        AccountState a = baseAccount();
        addFillerPositions(a, 2);
        QVERIFY(!RiskGate(c).validate(makeSignal(), 100, px("100"), a, {}, kOpen).approved);
        c.maxConcurrentPositions = 3;
        QVERIFY(RiskGate(c).validate(makeSignal(), 100, px("100"), a, {}, kOpen).approved);
    }
};

QTEST_GUILESS_MAIN(tst_RiskGate)
#include "tst_RiskGate.moc"
