#include "config/RiskProfile.h"
#include "support/TestValues.h"

#include <QTest>

using namespace axion;

namespace {

// The knobs the presets scale, and which way is safer. Everything else must stay untouched.
enum class Safer { Lower, Higher };
struct Knob {
    const char* key;
    Safer safer;
};
const Knob kScaled[] = {
    {"max_risk_per_trade", Safer::Lower},       {"daily_loss_limit", Safer::Lower},
    {"max_concurrent_positions", Safer::Lower}, {"max_single_stock_exposure", Safer::Lower},
    {"max_sector_exposure", Safer::Lower},      {"min_conviction", Safer::Higher},
    {"high_conviction", Safer::Higher},         {"consecutive_loss_pct", Safer::Lower},
    {"api_timeout_seconds", Safer::Lower},
};

QString keyOf(const Knob& k) {
    return QString::fromLatin1(k.key);
}

// Keys whose JSON values differ between two configs.
QStringList differingKeys(const ExecutorConfig& a, const ExecutorConfig& b) {
    const QJsonObject ja = a.toJson();
    const QJsonObject jb = b.toJson();
    QStringList keys;
    for (auto it = ja.begin(); it != ja.end(); ++it) {
        if (jb.value(it.key()) != it.value())
            keys << it.key();
    }
    keys.sort();
    return keys;
}

} // namespace

class tst_RiskProfile : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aggressiveIsThePrdDefaults() {
        const ExecutorConfig defaults;
        QVERIFY(applyRiskProfile(defaults, RiskProfile::Aggressive) == defaults);
        // ...also when coming back from another preset.
        const ExecutorConfig conservative = applyRiskProfile(defaults, RiskProfile::Conservative);
        QVERIFY(!(conservative == defaults));
        QVERIFY(applyRiskProfile(conservative, RiskProfile::Aggressive) == defaults);
        const ExecutorConfig aggressive = applyRiskProfile(defaults, RiskProfile::Aggressive);
        QCOMPARE(aggressive.maxRiskPerTrade, 0.05);
        QCOMPARE(aggressive.dailyLossLimit, 0.10);
        QCOMPARE(aggressive.maxConcurrentPositions, 10);
        QCOMPARE(aggressive.maxSingleStockExposure, 0.15);
        QCOMPARE(aggressive.maxSectorExposure, 0.30);
    }

    void everyPresetPassesValidation_data() {
        QTest::addColumn<QString>("name");
        for (const char* name : {"aggressive", "moderate", "conservative"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }
    void everyPresetPassesValidation() {
        QFETCH(QString, name);
        const auto profile = riskProfileFromString(name);
        QVERIFY(profile);
        const ExecutorConfig c = applyRiskProfile(ExecutorConfig{}, *profile);
        const QList<ConfigError> errors = c.validate();
        QVERIFY2(errors.isEmpty(), errors.isEmpty() ? "" : qPrintable(errors.first().field));
    }

    void eachStepIsStrictlySaferOnEveryScaledKnob_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("lowerIsSafer");
        for (const Knob& k : kScaled)
            QTest::newRow(k.key) << keyOf(k) << (k.safer == Safer::Lower);
    }
    void eachStepIsStrictlySaferOnEveryScaledKnob() {
        QFETCH(QString, key);
        QFETCH(bool, lowerIsSafer);
        const ExecutorConfig base;
        const double aggressive =
            applyRiskProfile(base, RiskProfile::Aggressive).toJson().value(key).toDouble();
        const double moderate =
            applyRiskProfile(base, RiskProfile::Moderate).toJson().value(key).toDouble();
        const double conservative =
            applyRiskProfile(base, RiskProfile::Conservative).toJson().value(key).toDouble();
        if (lowerIsSafer) {
            QVERIFY2(moderate < aggressive, qPrintable(key));
            QVERIFY2(conservative < moderate, qPrintable(key));
        } else {
            QVERIFY2(moderate > aggressive, qPrintable(key));
            QVERIFY2(conservative > moderate, qPrintable(key));
        }
    }

    // A preset may only move the knobs listed above: no silent change to a strategy parameter.
    void presetsChangeOnlyTheScaledKnobs() {
        QStringList scaled;
        for (const Knob& k : kScaled)
            scaled << keyOf(k);
        scaled.sort();
        const ExecutorConfig base;
        QCOMPARE(differingKeys(base, applyRiskProfile(base, RiskProfile::Conservative)), scaled);
        QCOMPARE(differingKeys(base, applyRiskProfile(base, RiskProfile::Moderate)), scaled);
    }

    void presetsKeepEveryOtherField() {
        ExecutorConfig base;
        base.tradingMode = QStringLiteral("live");
        base.primaryBroker = QStringLiteral("ibkr");
        base.fallbackBroker = QStringLiteral("none");
        base.eodCloseTime = QStringLiteral("15:45");
        base.scaleInEnabled = false;
        base.minAccountEquity = test::usd("40000");
        base.sectorMap.insert(QStringLiteral("AAPL"), QStringLiteral("Technology"));
        base.emaSeeding = EmaSeeding::Sma;
        const ExecutorConfig c = applyRiskProfile(base, RiskProfile::Moderate);
        QCOMPARE(c.tradingMode, QStringLiteral("live"));
        QCOMPARE(c.primaryBroker, QStringLiteral("ibkr"));
        QCOMPARE(c.fallbackBroker, QStringLiteral("none"));
        QCOMPARE(c.eodCloseTime, QStringLiteral("15:45"));
        QCOMPARE(c.scaleInEnabled, false);
        QCOMPARE(c.minAccountEquity, test::usd("40000"));
        QCOMPARE(c.sectorMap.value(QStringLiteral("AAPL")), QStringLiteral("Technology"));
        QVERIFY(c.emaSeeding == EmaSeeding::Sma);
        QCOMPARE(c.maxRiskPerTrade, 0.02);
    }

    void namesRoundTrip() {
        for (RiskProfile p :
             {RiskProfile::Aggressive, RiskProfile::Moderate, RiskProfile::Conservative}) {
            const auto back = riskProfileFromString(toString(p));
            QVERIFY(back);
            COMPARE_NAMED(*back, p);
        }
        QCOMPARE(toString(RiskProfile::Aggressive), QStringLiteral("aggressive"));
        QCOMPARE(toString(RiskProfile::Moderate), QStringLiteral("moderate"));
        QCOMPARE(toString(RiskProfile::Conservative), QStringLiteral("conservative"));
        QVERIFY(!riskProfileFromString(u"custom"));
        QVERIFY(!riskProfileFromString(u""));
        QVERIFY(!riskProfileFromString(u"Aggressive")); // names are exact, like JSON values
    }

    void matchingFindsThePresetOrCustom() {
        const ExecutorConfig defaults;
        QVERIFY(matchingRiskProfile(defaults));
        COMPARE_NAMED(*matchingRiskProfile(defaults), RiskProfile::Aggressive);
        for (RiskProfile p :
             {RiskProfile::Aggressive, RiskProfile::Moderate, RiskProfile::Conservative}) {
            ExecutorConfig c = applyRiskProfile(defaults, p);
            QVERIFY(matchingRiskProfile(c));
            COMPARE_NAMED(*matchingRiskProfile(c), p);
            // Non-risk settings do not make a preset custom...
            c.trailingStopCloud = QStringLiteral("trend");
            c.primaryBroker = QStringLiteral("paper");
            QVERIFY(matchingRiskProfile(c));
            COMPARE_NAMED(*matchingRiskProfile(c), p);
            // ...one edited risk knob does.
            c.maxConcurrentPositions += 1;
            QVERIFY(!matchingRiskProfile(c));
        }
        // A mix of two presets is custom.
        ExecutorConfig mix = applyRiskProfile(defaults, RiskProfile::Moderate);
        mix.dailyLossLimit = applyRiskProfile(defaults, RiskProfile::Conservative).dailyLossLimit;
        QVERIFY(!matchingRiskProfile(mix));
    }
};

QTEST_GUILESS_MAIN(tst_RiskProfile)
#include "tst_RiskProfile.moc"
