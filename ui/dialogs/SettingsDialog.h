#pragma once

#include "config/ExecutorConfig.h"

#include <QDialog>
#include <functional>
#include <vector>

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace axion {

class AppSettings;
class CredentialStore;

// The workstation's settings: the risk profile and every ExecutorConfig field (Risk), broker
// routing and credentials (Brokers), language, demo speed and journal (General), and the signal
// ingress (Signals). Each config editor's objectName is its JSON key.
//
// The config's own validate() is the judge: while it reports a problem, OK and Apply are
// disabled, the offending editor is highlighted and the message names the field. OK / Apply
// save to AppSettings and emit configApplied; a typed API secret goes to the system keychain,
// and OK closes only once the keychain has taken it (a failure keeps the dialog open and says
// why: there is no plain-text fallback). Switching to real money (live mode on Alpaca's live
// environment, or another key id there) first shows the account and applies nothing until the
// operator confirms it (LiveAccountDialog).
class SettingsDialog : public QDialog {
    Q_OBJECT

public:
    SettingsDialog(AppSettings& settings, CredentialStore* credentials, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    // The config as the editors show it now (applied or not).
    ExecutorConfig config() const;

    void accept() override;

Q_SIGNALS:
    void configApplied(const axion::ExecutorConfig& config);
    void languageChanged(const QString& language);

private:
    struct Field;

    AppSettings& m_settings;
    CredentialStore* m_credentials;
    ExecutorConfig m_base; // fields without an editor of their own keep these values
    std::vector<Field> m_fields;
    bool m_loading = false;
    bool m_closeWhenSecretStored = false;
    QString m_appliedLanguage;

    QTabWidget* m_tabs = nullptr;
    QWidget* m_riskPage = nullptr;
    QWidget* m_brokersPage = nullptr;
    QWidget* m_generalPage = nullptr;
    QWidget* m_signalsPage = nullptr;
    QComboBox* m_profile = nullptr;
    QLabel* m_profileSummary = nullptr;
    QPlainTextEdit* m_sectorMap = nullptr;
    QComboBox* m_primaryBroker = nullptr;
    QLabel* m_liveWarning = nullptr;
    QComboBox* m_alpacaEnvironment = nullptr;
    QLabel* m_alpacaEndpoint = nullptr;
    QLineEdit* m_alpacaKeyId = nullptr;
    QLineEdit* m_alpacaSecret = nullptr;
    QPushButton* m_removeSecret = nullptr;
    QLabel* m_credentialStatus = nullptr;
    QLineEdit* m_ibkrHost = nullptr;
    QSpinBox* m_ibkrPort = nullptr;
    QSpinBox* m_ibkrClientId = nullptr;
    QComboBox* m_language = nullptr;
    QSpinBox* m_demoSpeed = nullptr;
    QLineEdit* m_journalPath = nullptr;
    QSpinBox* m_ingressPort = nullptr;
    QLineEdit* m_ingressToken = nullptr;
    QLabel* m_validation = nullptr;
    QDialogButtonBox* m_buttons = nullptr;

    QWidget* buildRiskPage();
    QWidget* buildBrokersPage();
    QWidget* buildGeneralPage();
    QWidget* buildSignalsPage();

    void addField(QFormLayout* form, QWidget* page, const QString& key, const QString& label,
                  const QString& help, QWidget* editor,
                  std::function<void(const ExecutorConfig&)> load,
                  std::function<void(ExecutorConfig&)> store);
    QDoubleSpinBox* addPercent(QFormLayout* form, QWidget* page, const QString& key,
                               const QString& label, const QString& help,
                               double ExecutorConfig::*member, int decimals = 2);
    QDoubleSpinBox* addDecimal(QFormLayout* form, QWidget* page, const QString& key,
                               const QString& label, const QString& help,
                               double ExecutorConfig::*member, double maximum,
                               const QString& suffix);
    QSpinBox* addInteger(QFormLayout* form, QWidget* page, const QString& key, const QString& label,
                         const QString& help, int ExecutorConfig::*member, int maximum,
                         const QString& suffix);
    QComboBox* addChoice(QFormLayout* form, QWidget* page, const QString& key, const QString& label,
                         const QString& help, QString ExecutorConfig::*member,
                         const QList<std::pair<QString, QString>>& choices);

    void loadFields(const ExecutorConfig& config);
    QList<ConfigError> problems() const;
    QList<ConfigError> sectorMapProblems() const;
    bool apply();
    // Shows the live account and waits for the operator's explicit confirmation.
    bool confirmLiveAccount();
    void startSecretWrite();
    void setCredentialStatus(const QString& text, bool error);
    void updateProfileSummary();
    void updateLiveWarning();

    void onFieldEdited();
    void onProfileChanged(int index);
    void updateValidation();
    void onBrowseJournal();
    void onCopyToken();
    void onRegenerateToken();
    void onRemoveSecret();
    void onSecretWritten(const QString& key);
    void onSecretRead(const QString& key);
    void onSecretNotFound(const QString& key);
    void onSecretRemoved(const QString& key);
    void onCredentialFailed(const QString& key, const QString& errorString);
};

} // namespace axion
