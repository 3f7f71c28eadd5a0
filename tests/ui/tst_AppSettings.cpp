#include "settings/AppSettings.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace axion;

namespace {

bool isHexToken(const QString& token) {
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    return hex.match(token).hasMatch();
}

} // namespace

class tst_AppSettings : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString freshIni() { return m_dir.filePath(QStringLiteral("settings-%1.ini").arg(++m_files)); }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true); // never the user's real AppData
        QVERIFY(m_dir.isValid());
    }

    void defaultsOnFirstLaunch() {
        AppSettings s(freshIni());
        QVERIFY(s.firstLaunch());
        QVERIFY(s.executorConfig() == AppSettings::defaultExecutorConfig());
        QVERIFY(s.executorConfigError().isEmpty());
        QVERIFY(s.executorConfig().validate().isEmpty());
        QCOMPARE(s.primaryBroker(), QStringLiteral("paper"));
        QCOMPARE(s.fallbackBroker(), QStringLiteral("none"));
        QCOMPARE(s.executorConfig().tradingMode, QStringLiteral("paper"));
        QCOMPARE(s.riskProfileName(), QStringLiteral("aggressive"));
        QCOMPARE(s.demoSpeed(), 20);
        QVERIFY(AppSettings::supportedLanguages().contains(s.language()));
        QCOMPARE(s.language(), AppSettings::defaultLanguage());
        QCOMPARE(s.alpacaEnvironment(), QStringLiteral("paper"));
        QCOMPARE(s.alpacaEndpoint(), QUrl(QStringLiteral("https://paper-api.alpaca.markets")));
        QVERIFY(s.alpacaKeyId().isEmpty());
        QCOMPARE(s.ibkrHost(), QStringLiteral("127.0.0.1"));
        QCOMPARE(s.ibkrPort(), 4002);
        QCOMPARE(s.ibkrClientId(), 1);
        QCOMPARE(s.ingressPort(), AppSettings::kDefaultIngressPort);
        const QString appData = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QVERIFY2(s.journalPath().startsWith(appData), qPrintable(s.journalPath()));
        QVERIFY(s.journalPath().endsWith(u"/journal.db"));
        // Looking at the token creates it, but is not "saving something".
        QVERIFY(isHexToken(s.ingressToken()));
        QVERIFY(s.firstLaunch());
    }

    void everythingSurvivesARestart() {
        const QString path = freshIni();
        ExecutorConfig config =
            applyRiskProfile(AppSettings::defaultExecutorConfig(), RiskProfile::Moderate);
        config.tradingMode = QStringLiteral("live");
        config.primaryBroker = QStringLiteral("alpaca");
        config.fallbackBroker = QStringLiteral("ibkr");
        config.eodCloseTime = QStringLiteral("15:45");
        config.maxPositionShares = 5'000'000'000LL;
        config.sectorMap.insert(QStringLiteral("AAPL"), QStringLiteral("Technology"));
        config.emaSeeding = EmaSeeding::Sma;
        QVERIFY(config.validate().isEmpty());
        {
            AppSettings s(path);
            s.setExecutorConfig(config);
            s.setRiskProfile(RiskProfile::Moderate);
            s.setLanguage(QStringLiteral("fr"));
            s.setDemoSpeed(45);
            s.setAlpacaEnvironment(QStringLiteral("live"));
            s.setAlpacaKeyId(QStringLiteral("  PKTEST123  "));
            s.setIbkrHost(QStringLiteral("10.0.0.5"));
            s.setIbkrPort(7497);
            s.setIbkrClientId(17);
            s.setJournalPath(QStringLiteral("/data/axion/journal.db"));
            s.setIngressPort(9001);
            s.setIngressToken(QStringLiteral("ab").repeated(32));
            QVERIFY(!s.firstLaunch());
            s.sync();
            QCOMPARE(s.status(), QSettings::NoError);
        }
        // A second instance on a copy of the file, the QSettings& way this time. A copy, because
        // QSettings caches a file per path within a process: reading the same path back would
        // not parse what was written (and would miss a key that does not survive the INI round
        // trip, as any key of a group named "general" does).
        const QString copy = path + QStringLiteral(".restart.ini");
        QFile::remove(copy);
        QVERIFY(QFile::copy(path, copy));
        QSettings raw(copy, QSettings::IniFormat);
        AppSettings s(raw);
        QVERIFY(!s.firstLaunch());
        QVERIFY(s.executorConfig() == config);
        QVERIFY(s.executorConfigError().isEmpty());
        QCOMPARE(s.riskProfileName(), QStringLiteral("moderate"));
        QCOMPARE(s.primaryBroker(), QStringLiteral("alpaca"));
        QCOMPARE(s.fallbackBroker(), QStringLiteral("ibkr"));
        QCOMPARE(s.language(), QStringLiteral("fr"));
        QCOMPARE(s.demoSpeed(), 45);
        QCOMPARE(s.alpacaEnvironment(), QStringLiteral("live"));
        QCOMPARE(s.alpacaEndpoint(), QUrl(QStringLiteral("https://api.alpaca.markets")));
        QCOMPARE(s.alpacaKeyId(), QStringLiteral("PKTEST123"));
        QCOMPARE(s.ibkrHost(), QStringLiteral("10.0.0.5"));
        QCOMPARE(s.ibkrPort(), 7497);
        QCOMPARE(s.ibkrClientId(), 17);
        QCOMPARE(s.journalPath(), QStringLiteral("/data/axion/journal.db"));
        QCOMPARE(s.ingressPort(), 9001);
        QCOMPARE(s.ingressToken(), QStringLiteral("ab").repeated(32));
        // The config is stored as the same JSON a --config file holds.
        const QJsonObject json =
            QJsonDocument::fromJson(raw.value(QStringLiteral("executor/config")).toByteArray())
                .object();
        QCOMPARE(json.value(QStringLiteral("max_risk_per_trade")).toDouble(), 0.02);
        QCOMPARE(json.value(QStringLiteral("eod_close_time")).toString(), QStringLiteral("15:45"));
    }

    void invalidStoredConfigFallsBackToDefaults_data() {
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QString>("named");
        QTest::newRow("not json") << QStringLiteral("{max_risk") << QStringLiteral("JSON");
        QTest::newRow("not an object") << QStringLiteral("[1, 2]") << QStringLiteral("JSON");
        QTest::newRow("out of range") << QStringLiteral(R"({"max_risk_per_trade": 1.5})")
                                      << QStringLiteral("max_risk_per_trade");
        QTest::newRow("wrong type") << QStringLiteral(R"({"max_concurrent_positions": "ten"})")
                                    << QStringLiteral("max_concurrent_positions");
        QTest::newRow("unknown key") << QStringLiteral(R"({"max_risk_per_trad": 0.01})")
                                     << QStringLiteral("max_risk_per_trad");
        QTest::newRow("inconsistent")
            << QStringLiteral(R"({"primary_broker": "ibkr", "fallback_broker": "ibkr"})")
            << QStringLiteral("fallback_broker");
    }
    void invalidStoredConfigFallsBackToDefaults() {
        QFETCH(QString, stored);
        QFETCH(QString, named);
        const QString path = freshIni();
        {
            QSettings raw(path, QSettings::IniFormat);
            raw.setValue(QStringLiteral("executor/config"), stored);
        }
        AppSettings s(path);
        QVERIFY(s.executorConfig() == AppSettings::defaultExecutorConfig());
        const QString error = s.executorConfigError();
        QVERIFY2(error.contains(named), qPrintable(error));
        QVERIFY2(error.contains(u"default"), qPrintable(error));
        // Saving a good config clears the problem.
        s.setExecutorConfig(applyRiskProfile(s.executorConfig(), RiskProfile::Conservative));
        QVERIFY(s.executorConfigError().isEmpty());
        QCOMPARE(s.riskProfileName(), QStringLiteral("conservative"));
    }

    void tokenIsGeneratedOnceAndKept() {
        const QString path = freshIni();
        QString first;
        {
            AppSettings s(path);
            first = s.ingressToken();
            QVERIFY2(isHexToken(first), qPrintable(first));
            QCOMPARE(s.ingressToken(), first);
        }
        AppSettings again(path);
        QCOMPARE(again.ingressToken(), first);
        const QString renewed = again.regenerateIngressToken();
        QVERIFY(isHexToken(renewed));
        QVERIFY(renewed != first);
        QCOMPARE(again.ingressToken(), renewed);
        QVERIFY(!again.firstLaunch()); // regenerating is an explicit save
        // Two fresh tokens never repeat (256 random bits each).
        QVERIFY(AppSettings::generateIngressToken() != AppSettings::generateIngressToken());
        AppSettings other(freshIni());
        QVERIFY(other.ingressToken() != first);
    }

    void languageDefaultsToTheSystemWhenTranslated() {
        QCOMPARE(AppSettings::defaultLanguage(QLocale(QLocale::German, QLocale::Switzerland)),
                 QStringLiteral("de"));
        QCOMPARE(AppSettings::defaultLanguage(QLocale(QLocale::French, QLocale::Canada)),
                 QStringLiteral("fr"));
        QCOMPARE(AppSettings::defaultLanguage(QLocale(QLocale::Japanese)), QStringLiteral("en"));
        QCOMPARE(AppSettings::defaultLanguage(QLocale(QLocale::English, QLocale::UnitedKingdom)),
                 QStringLiteral("en"));
        AppSettings s(freshIni());
        s.setLanguage(QStringLiteral("de"));
        QCOMPARE(s.language(), QStringLiteral("de"));
        s.setLanguage(QStringLiteral("xx")); // not ours: ignored
        QCOMPARE(s.language(), QStringLiteral("de"));
    }

    void badValuesAreRefusedOrReadAsDefaults() {
        const QString path = freshIni();
        {
            QSettings raw(path, QSettings::IniFormat);
            raw.setValue(QStringLiteral("app/demo_speed"), QStringLiteral("fast"));
            raw.setValue(QStringLiteral("ibkr/port"), 70000);
            raw.setValue(QStringLiteral("ingress/port"), -1);
            raw.setValue(QStringLiteral("alpaca/environment"), QStringLiteral("production"));
            raw.setValue(QStringLiteral("app/language"), QStringLiteral("klingon"));
        }
        AppSettings s(path);
        QCOMPARE(s.demoSpeed(), AppSettings::kDefaultDemoSpeed);
        QCOMPARE(s.ibkrPort(), AppSettings::kDefaultIbkrPort);
        QCOMPARE(s.ingressPort(), AppSettings::kDefaultIngressPort);
        QCOMPARE(s.alpacaEnvironment(), QStringLiteral("paper")); // never live by accident
        QVERIFY(AppSettings::supportedLanguages().contains(s.language()));

        s.setDemoSpeed(100'000);
        QCOMPARE(s.demoSpeed(), AppSettings::kMaxDemoSpeed);
        s.setDemoSpeed(0);
        QCOMPARE(s.demoSpeed(), AppSettings::kMinDemoSpeed);

        QVERIFY(!s.setPrimaryBroker(QStringLiteral("etrade")));
        QCOMPARE(s.primaryBroker(), QStringLiteral("paper"));
        QVERIFY(s.setFallbackBroker(QStringLiteral("ibkr")));
        QCOMPARE(s.fallbackBroker(), QStringLiteral("ibkr"));
        QVERIFY(!s.setFallbackBroker(QStringLiteral("paper"))); // same as the primary
        QCOMPARE(s.fallbackBroker(), QStringLiteral("ibkr"));
        // A broker cannot be its own fallback: choosing it as primary clears the fallback.
        QVERIFY(s.setPrimaryBroker(QStringLiteral("ibkr")));
        QCOMPARE(s.primaryBroker(), QStringLiteral("ibkr"));
        QCOMPARE(s.fallbackBroker(), QStringLiteral("none"));
        QCOMPARE(s.executorConfig().primaryBroker, QStringLiteral("ibkr"));
    }

    void riskProfileFollowsTheConfig() {
        AppSettings s(freshIni());
        QCOMPARE(s.riskProfileName(), QStringLiteral("aggressive"));
        s.setExecutorConfig(applyRiskProfile(s.executorConfig(), RiskProfile::Moderate));
        s.setRiskProfile(RiskProfile::Moderate);
        QCOMPARE(s.riskProfileName(), QStringLiteral("moderate"));
        // The config replaced on its own: the stale name is not believed.
        s.setExecutorConfig(applyRiskProfile(s.executorConfig(), RiskProfile::Conservative));
        QCOMPARE(s.riskProfileName(), QStringLiteral("conservative"));
        ExecutorConfig custom = s.executorConfig();
        custom.maxConcurrentPositions = 7;
        s.setExecutorConfig(custom);
        QVERIFY(!s.riskProfile());
        QCOMPARE(s.riskProfileName(), QStringLiteral("custom"));
        // Custom chosen explicitly stays custom.
        s.setExecutorConfig(applyRiskProfile(custom, RiskProfile::Aggressive));
        s.setRiskProfile(std::nullopt);
        QCOMPARE(s.riskProfileName(), QStringLiteral("custom"));
    }
};

QTEST_MAIN(tst_AppSettings)
#include "tst_AppSettings.moc"
