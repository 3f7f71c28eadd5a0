#pragma once

#include "brokers/alpaca/AlpacaCodec.h"

#include <QByteArray>
#include <QDialog>
#include <QUrl>

class QCheckBox;
class QLabel;
class QPushButton;

namespace axion {

class AlpacaAccountCheck;
class CredentialStore;

// The explicit confirmation before the settings send orders to a live (real money) account.
// It fetches the account with the keys about to be used and shows what a trader checks first:
// the account number and status, equity, cash, buying power, the pattern day trader flag and
// day trades, and every block Alpaca reports. "Trade live" is enabled only once the account has
// answered, can trade, and the operator has ticked that orders go to it with real money; Cancel
// (the default button) keeps the settings as they were.
//
// The secret is the one just typed or, when none was, the one in the keychain (read here).
class LiveAccountDialog : public QDialog {
    Q_OBJECT

public:
    LiveAccountDialog(QUrl tradingUrl, QByteArray keyId, QByteArray typedSecret,
                      CredentialStore* credentials, QWidget* parent = nullptr);
    ~LiveAccountDialog() override;

    // Starts (again) the look at the account.
    void check();

    // The account the operator confirmed (meaningful once accepted).
    const alpaca::AccountObject& account() const { return m_account; }
    bool accountShown() const { return m_received; }

Q_SIGNALS:
    // The account's answer (or the failure) is on screen.
    void checkFinished(bool ok);

private:
    void onAccount(const alpaca::AccountObject& account);
    void onFailed(const QString& why);
    void onSecretRead(const QString& key, const QString& value);
    void onSecretNotFound(const QString& key);
    void onCredentialFailed(const QString& key, const QString& why);
    void updateConfirm();

    QUrl m_tradingUrl;
    QByteArray m_keyId;
    QByteArray m_secret;
    CredentialStore* m_credentials;
    AlpacaAccountCheck* m_check;
    alpaca::AccountObject m_account;
    bool m_received = false;

    QLabel* m_status = nullptr;
    QLabel* m_number = nullptr;
    QLabel* m_accountStatus = nullptr;
    QLabel* m_equity = nullptr;
    QLabel* m_cash = nullptr;
    QLabel* m_buyingPower = nullptr;
    QLabel* m_pdt = nullptr;
    QLabel* m_blocks = nullptr;
    QCheckBox* m_understood = nullptr;
    QPushButton* m_confirm = nullptr;
    QPushButton* m_retry = nullptr;
};

} // namespace axion
