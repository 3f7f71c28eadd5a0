#include "settings/AppSettings.h"

#include <QDir>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <algorithm>
#include <array>

namespace axion {

namespace {

// Keys in the settings file. Grouped so that a human reading the INI finds things. No group may
// be called "general" (any case): QSettings keeps the INI section [General] for keys without a
// group, writes a group of that name as [%General] and reads it back as "General", so its keys
// would never be found again.
const QString kSaved = QStringLiteral("meta/saved");
const QString kConfig = QStringLiteral("executor/config");
const QString kRiskProfile = QStringLiteral("executor/risk_profile");
const QString kLanguage = QStringLiteral("app/language");
const QString kDemoSpeed = QStringLiteral("app/demo_speed");
const QString kJournalPath = QStringLiteral("app/journal_path");
const QString kAlpacaEnvironment = QStringLiteral("alpaca/environment");
const QString kAlpacaKeyId = QStringLiteral("alpaca/key_id");
const QString kAlpacaTradingUrl = QStringLiteral("alpaca/trading_url");
const QString kIbkrHost = QStringLiteral("ibkr/host");
const QString kIbkrPort = QStringLiteral("ibkr/port");
const QString kIbkrClientId = QStringLiteral("ibkr/client_id");
const QString kIngressPort = QStringLiteral("ingress/port");
const QString kIngressToken = QStringLiteral("ingress/token");

constexpr int kTokenBytes = 32;

// Reads the stored config; returns nullopt and a description when it is unusable.
std::optional<ExecutorConfig> storedConfig(const QSettings& settings, QString* error) {
    if (!settings.contains(kConfig))
        return std::nullopt;
    const QByteArray text = settings.value(kConfig).toString().toUtf8();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error =
            AppSettings::tr("the stored risk configuration is not a JSON object (%1)")
                .arg(parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                  : AppSettings::tr("wrong type"));
        return std::nullopt;
    }
    QList<ConfigError> errors;
    const ExecutorConfig config = ExecutorConfig::fromJson(doc.object(), &errors);
    if (errors.isEmpty())
        errors = config.validate();
    if (!errors.isEmpty()) {
        QStringList lines;
        for (const ConfigError& e : errors)
            lines << (e.field.isEmpty() ? e.message : e.field + QStringLiteral(": ") + e.message);
        *error = AppSettings::tr("the stored risk configuration is invalid: %1")
                     .arg(lines.join(QStringLiteral("; ")));
        return std::nullopt;
    }
    return config;
}

bool isValidPort(int port) {
    return port >= 1 && port <= 65535;
}

} // namespace

AppSettings::AppSettings(QSettings& settings)
    : m_settings(settings) {}

AppSettings::AppSettings(const QString& iniPath)
    : m_owned(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
    , m_settings(*m_owned) {}

AppSettings::~AppSettings() = default;

void AppSettings::write(const QString& key, const QVariant& value) {
    m_settings.setValue(key, value);
    m_settings.setValue(kSaved, true);
}

bool AppSettings::firstLaunch() const {
    return !m_settings.value(kSaved, false).toBool();
}

ExecutorConfig AppSettings::defaultExecutorConfig() {
    ExecutorConfig c;
    c.primaryBroker = QStringLiteral("paper");
    c.fallbackBroker = QStringLiteral("none");
    return c;
}

ExecutorConfig AppSettings::executorConfig() const {
    QString error;
    return storedConfig(m_settings, &error).value_or(defaultExecutorConfig());
}

QString AppSettings::executorConfigError() const {
    QString error;
    storedConfig(m_settings, &error);
    if (error.isEmpty())
        return {};
    return tr("%1; using the default settings instead").arg(error);
}

void AppSettings::setExecutorConfig(const ExecutorConfig& config) {
    // Compact JSON: one line in the INI, and the same schema as a --config file.
    write(kConfig,
          QString::fromUtf8(QJsonDocument(config.toJson()).toJson(QJsonDocument::Compact)));
}

std::optional<RiskProfile> AppSettings::riskProfile() const {
    const QString stored = m_settings.value(kRiskProfile).toString();
    if (stored == customProfileName())
        return std::nullopt;
    // A preset name is only believed while the config still has that preset's values (the
    // config may have been replaced on its own); otherwise the config speaks for itself.
    const auto matching = matchingRiskProfile(executorConfig());
    const auto named = riskProfileFromString(stored);
    return named && named == matching ? named : matching;
}

QString AppSettings::riskProfileName() const {
    const auto profile = riskProfile();
    return profile ? toString(*profile) : customProfileName();
}

void AppSettings::setRiskProfile(std::optional<RiskProfile> profile) {
    write(kRiskProfile, profile ? toString(*profile) : customProfileName());
}

QStringList AppSettings::supportedLanguages() {
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")};
}

QString AppSettings::defaultLanguage(const QLocale& locale) {
    switch (locale.language()) {
    case QLocale::German:
        return QStringLiteral("de");
    case QLocale::French:
        return QStringLiteral("fr");
    default:
        return QStringLiteral("en");
    }
}

QString AppSettings::language() const {
    const QString stored = m_settings.value(kLanguage).toString();
    return supportedLanguages().contains(stored) ? stored : defaultLanguage();
}

void AppSettings::setLanguage(const QString& language) {
    if (supportedLanguages().contains(language))
        write(kLanguage, language);
}

int AppSettings::demoSpeed() const {
    bool ok = false;
    const int speed = m_settings.value(kDemoSpeed).toInt(&ok);
    return ok && speed >= kMinDemoSpeed && speed <= kMaxDemoSpeed ? speed : kDefaultDemoSpeed;
}

void AppSettings::setDemoSpeed(int simulatedMinutesPerSecond) {
    write(kDemoSpeed, std::clamp(simulatedMinutesPerSecond, kMinDemoSpeed, kMaxDemoSpeed));
}

QString AppSettings::primaryBroker() const {
    return executorConfig().primaryBroker;
}

bool AppSettings::setPrimaryBroker(const QString& broker) {
    ExecutorConfig c = executorConfig();
    c.primaryBroker = broker;
    if (c.fallbackBroker == broker) // a broker cannot be its own fallback
        c.fallbackBroker = QStringLiteral("none");
    if (!c.validate().isEmpty())
        return false;
    setExecutorConfig(c);
    return true;
}

QString AppSettings::fallbackBroker() const {
    const ExecutorConfig c = executorConfig();
    return c.hasFallbackBroker() ? c.fallbackBroker : QStringLiteral("none");
}

bool AppSettings::setFallbackBroker(const QString& broker) {
    ExecutorConfig c = executorConfig();
    c.fallbackBroker = broker.isEmpty() ? QStringLiteral("none") : broker;
    if (!c.validate().isEmpty())
        return false;
    setExecutorConfig(c);
    return true;
}

QString AppSettings::alpacaEnvironment() const {
    const QString stored = m_settings.value(kAlpacaEnvironment).toString();
    return stored == u"live" ? stored : QStringLiteral("paper"); // real money only when asked
}

void AppSettings::setAlpacaEnvironment(const QString& environment) {
    if (environment == u"paper" || environment == u"live")
        write(kAlpacaEnvironment, environment);
}

QUrl AppSettings::alpacaEndpointFor(const QString& environment) {
    return environment == u"live" ? QUrl(QStringLiteral("https://api.alpaca.markets"))
                                  : QUrl(QStringLiteral("https://paper-api.alpaca.markets"));
}

QUrl AppSettings::alpacaTradingUrl(const QString& environment) const {
    const QUrl override(m_settings.value(kAlpacaTradingUrl).toString());
    return override.isValid() && !override.isEmpty() ? override : alpacaEndpointFor(environment);
}

QUrl AppSettings::alpacaStreamUrl() const {
    return QUrl(m_settings.value(QStringLiteral("alpaca/stream_url")).toString());
}

QUrl AppSettings::alpacaDataUrl() const {
    return QUrl(m_settings.value(QStringLiteral("alpaca/data_url")).toString());
}

QUrl AppSettings::alpacaDataStreamUrl() const {
    return QUrl(m_settings.value(QStringLiteral("alpaca/data_stream_url")).toString());
}

QString AppSettings::alpacaKeyId() const {
    return m_settings.value(kAlpacaKeyId).toString();
}

void AppSettings::setAlpacaKeyId(const QString& keyId) {
    write(kAlpacaKeyId, keyId.trimmed());
}

QString AppSettings::ibkrHost() const {
    const QString host = m_settings.value(kIbkrHost).toString().trimmed();
    return host.isEmpty() ? QStringLiteral("127.0.0.1") : host;
}

void AppSettings::setIbkrHost(const QString& host) {
    write(kIbkrHost, host.trimmed());
}

int AppSettings::ibkrPort() const {
    bool ok = false;
    const int port = m_settings.value(kIbkrPort).toInt(&ok);
    return ok && isValidPort(port) ? port : kDefaultIbkrPort;
}

void AppSettings::setIbkrPort(int port) {
    if (isValidPort(port))
        write(kIbkrPort, port);
}

int AppSettings::ibkrClientId() const {
    bool ok = false;
    const int id = m_settings.value(kIbkrClientId).toInt(&ok);
    return ok && id >= 0 ? id : kDefaultIbkrClientId;
}

void AppSettings::setIbkrClientId(int clientId) {
    if (clientId >= 0)
        write(kIbkrClientId, clientId);
}

QString AppSettings::defaultJournalPath() {
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("journal.db"));
}

QString AppSettings::journalPath() const {
    const QString stored = m_settings.value(kJournalPath).toString();
    return stored.isEmpty() ? defaultJournalPath() : stored;
}

void AppSettings::setJournalPath(const QString& path) {
    write(kJournalPath, path.trimmed());
}

int AppSettings::ingressPort() const {
    bool ok = false;
    const int port = m_settings.value(kIngressPort).toInt(&ok);
    return ok && isValidPort(port) ? port : kDefaultIngressPort;
}

void AppSettings::setIngressPort(int port) {
    if (isValidPort(port))
        write(kIngressPort, port);
}

QString AppSettings::generateIngressToken() {
    std::array<quint32, kTokenBytes / sizeof(quint32)> words{};
    QRandomGenerator::system()->fillRange(words.data(), static_cast<qsizetype>(words.size()));
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char*>(words.data()), kTokenBytes).toHex());
}

QString AppSettings::ingressToken() {
    const QString stored = m_settings.value(kIngressToken).toString();
    if (!stored.isEmpty())
        return stored;
    const QString token = generateIngressToken();
    // Not write(): a token created by looking at it is not the user saving something.
    m_settings.setValue(kIngressToken, token);
    return token;
}

void AppSettings::setIngressToken(const QString& token) {
    if (!token.isEmpty())
        write(kIngressToken, token);
}

QString AppSettings::regenerateIngressToken() {
    const QString token = generateIngressToken();
    write(kIngressToken, token);
    return token;
}

void AppSettings::sync() {
    m_settings.sync();
}

QSettings::Status AppSettings::status() const {
    return m_settings.status();
}

} // namespace axion
