#include "TestPaths.h"
#include "config/ExecutorConfig.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace axion;

namespace {

QStringList fieldsOf(const QList<ConfigError>& errors) {
    QStringList fields;
    for (const ConfigError& e : errors)
        fields << e.field;
    return fields;
}

QString writeFile(const QTemporaryDir& dir, const QByteArray& content) {
    const QString path = dir.filePath(QStringLiteral("config.json"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(content);
    return path;
}

} // namespace

class tst_ExecutorConfig : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // The PRD-135 configuration block, value by value.
    void defaultsAreThePrdAggressiveProfile() {
        const ExecutorConfig c;
        QCOMPARE(c.maxRiskPerTrade, 0.05);
        QCOMPARE(c.maxConcurrentPositions, 10);
        QCOMPARE(c.dailyLossLimit, 0.10);
        QCOMPARE(c.maxSingleStockExposure, 0.15);
        QCOMPARE(c.maxSectorExposure, 0.30);
        QCOMPARE(c.minAccountEquity.toString(), QStringLiteral("25000.00"));
        QCOMPARE(c.primaryBroker, QStringLiteral("alpaca"));
        QCOMPARE(c.fallbackBroker, QStringLiteral("ibkr"));
        QCOMPARE(c.slippageBuffer, 0.001);
        QCOMPARE(c.paperSlippage, 0.001);
        QCOMPARE(c.defaultTimeInForce, QStringLiteral("day"));
        QCOMPARE(c.highConvictionOrderType, QStringLiteral("market"));
        QCOMPARE(c.mediumConvictionOrderType, QStringLiteral("limit"));
        QCOMPARE(c.scaleInEnabled, true);
        QCOMPARE(c.scaleInInitialPct, 0.5);
        QCOMPARE(c.rewardToRiskTarget, 2.0);
        QCOMPARE(c.timeStopMinutes, 120);
        QCOMPARE(c.eodCloseTime, QStringLiteral("15:55"));
        QCOMPARE(c.trailingStopCloud, QStringLiteral("pullback"));
        QCOMPARE(c.consecutiveLossThreshold, 3);
        QCOMPARE(c.consecutiveLossPct, 0.03);
        QCOMPARE(c.apiTimeoutSeconds, 60);
        // Ours: paper by default, PRD-134 conviction thresholds and EMA convention.
        QCOMPARE(c.tradingMode, QStringLiteral("paper"));
        QCOMPARE(c.minConviction, 50);
        QCOMPARE(c.highConviction, 75);
        QCOMPARE(c.mediumConvictionMultiplier, 0.5);
        QCOMPARE(c.volumeConfirmRatio, 1.5);
        QVERIFY(c.emaPriceSource == EmaPriceSource::Close);
        QVERIFY(c.emaSeeding == EmaSeeding::FirstValue);
        QCOMPARE(c.eodCutoff(), QTime(15, 55));
        QVERIFY(c.validate().isEmpty());
    }

    void liveChangesApplyAndTheRestWaitsForARestart() {
        ExecutorConfig running;
        running.tradingMode = QStringLiteral("paper");
        running.sectorMap.insert(QStringLiteral("AAPL"), QStringLiteral("Technology"));
        ExecutorConfig wanted = running;
        wanted.maxConcurrentPositions = 4;
        wanted.dailyLossLimit = 0.03;
        wanted.minConviction = 70;
        wanted.eodCloseTime = QStringLiteral("15:45");
        QVERIFY(ExecutorConfig::restartOnlyChanges(running, wanted).isEmpty());
        QVERIFY(ExecutorConfig::liveApplicable(running, wanted) == wanted);

        wanted.tradingMode = QStringLiteral("live");
        wanted.emaSeeding = EmaSeeding::Sma;
        wanted.sectorMap.clear();
        const ExecutorConfig applied = ExecutorConfig::liveApplicable(running, wanted);
        QCOMPARE(applied.maxConcurrentPositions, 4);
        QCOMPARE(applied.dailyLossLimit, 0.03);
        QCOMPARE(applied.minConviction, 70);
        QCOMPARE(applied.eodCloseTime, QStringLiteral("15:45"));
        QCOMPARE(applied.tradingMode, QStringLiteral("paper"));
        QVERIFY(applied.emaSeeding == EmaSeeding::FirstValue);
        QCOMPARE(applied.sectorMap, running.sectorMap);
        QCOMPARE(ExecutorConfig::restartOnlyChanges(running, wanted),
                 (QStringList{QStringLiteral("ema_seeding"), QStringLiteral("sector_map"),
                              QStringLiteral("trading_mode")}));
    }

    void jsonRoundTripKeepsEveryField() {
        ExecutorConfig c;
        c.maxRiskPerTrade = 0.02;
        c.maxConcurrentPositions = 4;
        c.minAccountEquity = *Money::parse(u"30000.5");
        c.tradingMode = QStringLiteral("live");
        c.primaryBroker = QStringLiteral("ibkr");
        c.fallbackBroker = QStringLiteral("none");
        c.scaleInEnabled = false;
        c.paperSlippage = 0.0003;
        c.maxPositionShares = 5'000'000'000LL;
        c.eodCloseTime = QStringLiteral("15:45");
        c.sectorMap.insert(QStringLiteral("AAPL"), QStringLiteral("Technology"));
        c.watchlist = {QStringLiteral("SPY"), QStringLiteral("AAPL")};
        c.emaPriceSource = EmaPriceSource::Hl2;
        c.emaSeeding = EmaSeeding::Sma;
        QVERIFY(c.validate().isEmpty());

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.json"));
        QString error;
        QVERIFY2(c.save(path, &error), qPrintable(error));
        ExecutorConfig loaded;
        QList<ConfigError> errors;
        QVERIFY(ExecutorConfig::load(path, &loaded, &errors));
        QVERIFY(errors.isEmpty());
        QVERIFY(loaded == c);
        QVERIFY(!(loaded == ExecutorConfig{}));
    }

    void partialJsonKeepsDefaultsForTheRest() {
        QList<ConfigError> errors;
        const ExecutorConfig c = ExecutorConfig::fromJson(
            QJsonDocument::fromJson(
                R"({"max_concurrent_positions": 5, "sector_map": {"msft": "Technology"},)"
                R"( "watchlist": ["spy", " QQQ", "SPY"]})")
                .object(),
            &errors);
        QVERIFY(errors.isEmpty());
        QCOMPARE(c.maxConcurrentPositions, 5);
        QCOMPARE(c.maxRiskPerTrade, 0.05);
        QCOMPARE(c.sectorMap.value(QStringLiteral("MSFT")), QStringLiteral("Technology"));
        QCOMPARE(c.watchlist, (QStringList{QStringLiteral("SPY"), QStringLiteral("QQQ")}));
    }

    void validationNamesTheBadField_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::newRow("negative risk")
            << QByteArray(R"({"max_risk_per_trade": -0.01})") << "max_risk_per_trade";
        QTest::newRow("risk over 100%")
            << QByteArray(R"({"max_risk_per_trade": 1.5})") << "max_risk_per_trade";
        QTest::newRow("zero daily loss")
            << QByteArray(R"({"daily_loss_limit": 0})") << "daily_loss_limit";
        QTest::newRow("daily loss 101%")
            << QByteArray(R"({"daily_loss_limit": 1.01})") << "daily_loss_limit";
        QTest::newRow("negative stock")
            << QByteArray(R"({"max_single_stock_exposure": -0.15})") << "max_single_stock_exposure";
        QTest::newRow("sector 300%")
            << QByteArray(R"({"max_sector_exposure": 3})") << "max_sector_exposure";
        QTest::newRow("negative slippage")
            << QByteArray(R"({"slippage_buffer": -0.001})") << "slippage_buffer";
        QTest::newRow("negative paper slippage")
            << QByteArray(R"({"paper_slippage": -0.001})") << "paper_slippage";
        QTest::newRow("paper slippage 50%")
            << QByteArray(R"({"paper_slippage": 0.5})") << "paper_slippage";
        QTest::newRow("paper slippage as text")
            << QByteArray(R"({"paper_slippage": "0.1%"})") << "paper_slippage";
        QTest::newRow("loss pct 200%")
            << QByteArray(R"({"consecutive_loss_pct": 2})") << "consecutive_loss_pct";
        QTest::newRow("eod 3:55pm")
            << QByteArray(R"({"eod_close_time": "3:55pm"})") << "eod_close_time";
        QTest::newRow("eod 25:00")
            << QByteArray(R"({"eod_close_time": "25:00"})") << "eod_close_time";
        QTest::newRow("eod 1555") << QByteArray(R"({"eod_close_time": "1555"})")
                                  << "eod_close_time";
        QTest::newRow("eod 5:55") << QByteArray(R"({"eod_close_time": "5:55"})")
                                  << "eod_close_time";
        QTest::newRow("eod after close")
            << QByteArray(R"({"eod_close_time": "16:30"})") << "eod_close_time";
        QTest::newRow("unknown primary")
            << QByteArray(R"({"primary_broker": "robinhood"})") << "primary_broker";
        QTest::newRow("unknown fallback")
            << QByteArray(R"({"fallback_broker": "etrade"})") << "fallback_broker";
        QTest::newRow("fallback same as primary")
            << QByteArray(R"({"primary_broker": "ibkr"})") << "fallback_broker";
        QTest::newRow("scale-in 0")
            << QByteArray(R"({"scale_in_initial_pct": 0})") << "scale_in_initial_pct";
        QTest::newRow("scale-in 1.5")
            << QByteArray(R"({"scale_in_initial_pct": 1.5})") << "scale_in_initial_pct";
        QTest::newRow("scale-in negative")
            << QByteArray(R"({"scale_in_initial_pct": -0.5})") << "scale_in_initial_pct";
        QTest::newRow("mode demo") << QByteArray(R"({"trading_mode": "demo"})") << "trading_mode";
        QTest::newRow("tif fok") << QByteArray(R"({"default_time_in_force": "fok"})")
                                 << "default_time_in_force";
        QTest::newRow("order type stop") << QByteArray(R"({"high_conviction_order_type": "stop"})")
                                         << "high_conviction_order_type";
        QTest::newRow("zero positions")
            << QByteArray(R"({"max_concurrent_positions": 0})") << "max_concurrent_positions";
        QTest::newRow("negative equity")
            << QByteArray(R"({"min_account_equity": -1})") << "min_account_equity";
        QTest::newRow("conviction -1")
            << QByteArray(R"({"min_conviction": -1})") << "min_conviction";
        QTest::newRow("high below min")
            << QByteArray(R"({"high_conviction": 40})") << "high_conviction";
        QTest::newRow("cloud name")
            << QByteArray(R"({"trailing_stop_cloud": "slow"})") << "trailing_stop_cloud";
        QTest::newRow("unknown key")
            << QByteArray(R"({"max_risk_per_trad": 0.05})") << "max_risk_per_trad";
        QTest::newRow("string for number")
            << QByteArray(R"({"max_risk_per_trade": "5%"})") << "max_risk_per_trade";
        QTest::newRow("fraction for int")
            << QByteArray(R"({"max_concurrent_positions": 2.5})") << "max_concurrent_positions";
        QTest::newRow("number for bool")
            << QByteArray(R"({"scale_in_enabled": 1})") << "scale_in_enabled";
        QTest::newRow("bad ema source")
            << QByteArray(R"({"ema_price_source": "ohlc4"})") << "ema_price_source";
        QTest::newRow("bad ema seeding")
            << QByteArray(R"({"ema_seeding": "wilder"})") << "ema_seeding";
        QTest::newRow("bad sector value")
            << QByteArray(R"({"sector_map": {"AAPL": 3}})") << "sector_map.AAPL";
        QTest::newRow("watchlist not a list")
            << QByteArray(R"({"watchlist": "AAPL"})") << "watchlist";
        QTest::newRow("watchlist entry not a ticker")
            << QByteArray(R"({"watchlist": ["AAPL", 7]})") << "watchlist";
    }
    void validationNamesTheBadField() {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        QTemporaryDir dir;
        ExecutorConfig out;
        out.maxConcurrentPositions = 7; // must stay untouched on failure
        QList<ConfigError> errors;
        QVERIFY(!ExecutorConfig::load(writeFile(dir, json), &out, &errors));
        QCOMPARE(fieldsOf(errors), QStringList{field});
        QVERIFY(!errors.constFirst().message.isEmpty());
        QCOMPARE(out.maxConcurrentPositions, 7);
    }

    // The paper broker's slippage is a setting of its own: it never moves the sizing buffer (or
    // the other way round), says what is wrong with a bad value, and waits for a restart.
    void paperSlippageIsItsOwnSetting() {
        QTemporaryDir dir;
        ExecutorConfig out;
        QList<ConfigError> errors;
        QVERIFY(
            ExecutorConfig::load(writeFile(dir, R"({"paper_slippage": 0.0005})"), &out, &errors));
        QCOMPARE(out.paperSlippage, 0.0005);
        QCOMPARE(out.slippageBuffer, 0.001);
        QVERIFY(
            ExecutorConfig::load(writeFile(dir, R"({"slippage_buffer": 0.002})"), &out, &errors));
        QCOMPARE(out.paperSlippage, 0.001);
        QCOMPARE(out.slippageBuffer, 0.002);
        QCOMPARE(out.toJson().value(u"paper_slippage").toDouble(), 0.001);

        QVERIFY(!ExecutorConfig::load(writeFile(dir, R"({"paper_slippage": 0.2})"), &out, &errors));
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.constFirst().field, QStringLiteral("paper_slippage"));
        QVERIFY2(errors.constFirst().message.contains(u"from 0 to 0.1") &&
                     errors.constFirst().message.contains(u"got 0.2"),
                 qPrintable(errors.constFirst().message));

        ExecutorConfig running;
        ExecutorConfig wanted = running;
        wanted.paperSlippage = 0.0002;
        QCOMPARE(ExecutorConfig::liveApplicable(running, wanted).paperSlippage, 0.001);
        QCOMPARE(ExecutorConfig::restartOnlyChanges(running, wanted),
                 QStringList{QStringLiteral("paper_slippage")});
    }

    void validBoundaries_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("scale-in exactly 1") << QByteArray(R"({"scale_in_initial_pct": 1.0})");
        QTest::newRow("limits exactly 100%")
            << QByteArray(R"({"max_single_stock_exposure": 1, "max_sector_exposure": 1})");
        QTest::newRow("zero slippage") << QByteArray(R"({"slippage_buffer": 0})");
        QTest::newRow("zero paper slippage") << QByteArray(R"({"paper_slippage": 0})");
        QTest::newRow("paper slippage 10%") << QByteArray(R"({"paper_slippage": 0.1})");
        QTest::newRow("no fallback") << QByteArray(R"({"fallback_broker": ""})");
        QTest::newRow("paper broker live")
            << QByteArray(R"({"primary_broker": "paper", "fallback_broker": "none"})");
        QTest::newRow("eod 15:50") << QByteArray(R"({"eod_close_time": "15:50"})");
        QTest::newRow("equity as string") << QByteArray(R"({"min_account_equity": "25000.00"})");
    }
    void validBoundaries() {
        QFETCH(QByteArray, json);
        QTemporaryDir dir;
        QList<ConfigError> errors;
        ExecutorConfig out;
        QVERIFY2(ExecutorConfig::load(writeFile(dir, json), &out, &errors),
                 qPrintable(errors.isEmpty()
                                ? QString()
                                : errors.constFirst().field + u": " + errors.constFirst().message));
    }

    void unreadableOrMalformedFiles() {
        QTemporaryDir dir;
        QList<ConfigError> errors;
        ExecutorConfig out;
        QVERIFY(!ExecutorConfig::load(dir.filePath(QStringLiteral("missing.json")), &out, &errors));
        QVERIFY(errors.constFirst().message.contains(u"missing.json"));
        QVERIFY(!ExecutorConfig::load(writeFile(dir, "{\"max_risk_per_trade\": "), &out, &errors));
        QVERIFY(errors.constFirst().message.contains(u"not valid JSON"));
        QVERIFY(!ExecutorConfig::load(writeFile(dir, "[1, 2]"), &out, &errors));
        QVERIFY(errors.constFirst().message.contains(u"object"));
    }

    void shippedDefaultConfigMatchesTheDefaults() {
        ExecutorConfig loaded;
        loaded.maxConcurrentPositions = 1;
        QList<ConfigError> errors;
        QVERIFY(ExecutorConfig::load(
            QStringLiteral(AXION_SOURCE_DIR "/resources/default-config.json"), &loaded, &errors));
        QVERIFY(loaded == ExecutorConfig{});
    }

    void reportsEveryProblemAtOnce() {
        ExecutorConfig c;
        c.maxRiskPerTrade = -1;
        c.eodCloseTime = QStringLiteral("noon");
        c.primaryBroker = QStringLiteral("x");
        QCOMPARE(fieldsOf(c.validate()),
                 (QStringList{QStringLiteral("max_risk_per_trade"),
                              QStringLiteral("primary_broker"), QStringLiteral("eod_close_time")}));
    }
};

QTEST_GUILESS_MAIN(tst_ExecutorConfig)
#include "tst_ExecutorConfig.moc"
