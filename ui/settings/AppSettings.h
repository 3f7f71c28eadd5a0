#pragma once

#include "config/ExecutorConfig.h"
#include "config/RiskProfile.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <memory>
#include <optional>

namespace axion {

// The workstation's persistent settings on QSettings. Every getter validates what it reads and
// falls back to the default, so a hand-edited or outdated settings file can never hand the
// engine a value it would reject. Secrets never come here: they live in the system keychain
// (CredentialStore); only the non-secret Alpaca key id is stored.
//
// The broker choice is part of the executor config (primary_broker / fallback_broker); the
// broker getters and setters here are views of that one stored value, so the two can never
// disagree. Unlike the PRD block, the workstation starts on the built-in paper broker with no
// fallback (DESIGN §6: no configuration means paper, no keys, no network).
class AppSettings {
    Q_DECLARE_TR_FUNCTIONS(AppSettings)

public:
    // Uses `settings` (not owned); it must outlive this object.
    explicit AppSettings(QSettings& settings);
    // Owns an INI file at `iniPath` (tests use a temporary one).
    explicit AppSettings(const QString& iniPath);
    ~AppSettings();
    AppSettings(const AppSettings&) = delete;
    AppSettings& operator=(const AppSettings&) = delete;

    static constexpr int kDefaultDemoSpeed = 20; // simulated minutes per wall-clock second
    static constexpr int kMinDemoSpeed = 1;
    static constexpr int kMaxDemoSpeed = 600;
    static constexpr int kDefaultIbkrPort = 4002; // IB Gateway's paper-trading port
    static constexpr int kDefaultIbkrClientId = 1;
    static constexpr int kDefaultIngressPort = 8765;

    // True until any setting has been saved (the token that is generated on first read does not
    // count: reading is not saving).
    bool firstLaunch() const;

    // The stored executor config, or defaultExecutorConfig() when nothing is stored or what is
    // stored does not load or validate; executorConfigError() then says why.
    ExecutorConfig executorConfig() const;
    QString executorConfigError() const;
    void setExecutorConfig(const ExecutorConfig& config);
    static ExecutorConfig defaultExecutorConfig();

    // The profile the user picked; nullopt means "custom". A stored preset name counts only while
    // the stored config still has that preset's values; otherwise (and when nothing is stored)
    // it is the preset the config matches, if any.
    std::optional<RiskProfile> riskProfile() const;
    QString riskProfileName() const; // "aggressive" | "moderate" | "conservative" | "custom"
    void setRiskProfile(std::optional<RiskProfile> profile);
    static QString customProfileName() { return QStringLiteral("custom"); }

    // "en" | "de" | "fr". Default: the system language if we ship it, else English.
    QString language() const;
    void setLanguage(const QString& language);
    static QStringList supportedLanguages();
    static QString defaultLanguage(const QLocale& locale = QLocale::system());

    int demoSpeed() const;
    void setDemoSpeed(int simulatedMinutesPerSecond);

    // "paper" | "alpaca" | "ibkr"; the fallback may also be "none". The setters refuse (false)
    // what the config would not validate; a new primary equal to the fallback clears the
    // fallback.
    QString primaryBroker() const;
    bool setPrimaryBroker(const QString& broker);
    QString fallbackBroker() const;
    bool setFallbackBroker(const QString& broker);

    // "paper" | "live": which Alpaca endpoint the keys belong to.
    QString alpacaEnvironment() const;
    void setAlpacaEnvironment(const QString& environment);
    QUrl alpacaEndpoint() const { return alpacaEndpointFor(alpacaEnvironment()); }
    static QUrl alpacaEndpointFor(const QString& environment);
    // The trading host actually used for `environment`: "alpaca/trading_url" in the settings
    // file when it is set (a proxy, a test double speaking Alpaca's API), else Alpaca's own.
    QUrl alpacaTradingUrl(const QString& environment) const;
    // "alpaca/stream_url" (the trade stream, else /stream beside the trading host),
    // "alpaca/data_url" and "alpaca/data_stream_url" (market data): another host's; empty
    // (Alpaca's own) unless set.
    QUrl alpacaStreamUrl() const;
    QUrl alpacaDataUrl() const;
    QUrl alpacaDataStreamUrl() const;
    QString alpacaKeyId() const;
    void setAlpacaKeyId(const QString& keyId);

    QString ibkrHost() const;
    void setIbkrHost(const QString& host);
    int ibkrPort() const;
    void setIbkrPort(int port);
    int ibkrClientId() const;
    void setIbkrClientId(int clientId);

    QString journalPath() const;
    void setJournalPath(const QString& path);
    static QString defaultJournalPath(); // <AppDataLocation>/journal.db

    // Signal ingress (loopback HTTP/WebSocket). The token is created on first read and then kept.
    int ingressPort() const;
    void setIngressPort(int port);
    QString ingressToken();
    void setIngressToken(const QString& token);
    QString regenerateIngressToken();
    static QString generateIngressToken(); // 32 random bytes from the system CSPRNG, as hex

    void sync();
    QSettings::Status status() const;

private:
    std::unique_ptr<QSettings> m_owned;
    QSettings& m_settings;

    void write(const QString& key, const QVariant& value);
};

} // namespace axion
