#pragma once

#include <QObject>
#include <QString>

namespace QKeychain {
class Job;
}

namespace axion {

// Secrets (broker API secrets) in the operating system's keychain through QtKeychain: the
// macOS Keychain, the Windows Credential Store, the freedesktop Secret Service or KWallet.
//
// Every operation is asynchronous and ends in exactly one signal: its success signal,
// secretNotFound (reads only) or failed(key, reason). There is no plain-text fallback: on a machine
// without a keychain (CI, a headless server) writes fail and the caller shows "credentials cannot
// be stored: <reason>". Secret values never go to QSettings, to logs or into an error message.
class CredentialStore : public QObject {
    Q_OBJECT

public:
    explicit CredentialStore(QObject* parent = nullptr);
    // A different service name keeps tests away from the user's real entries.
    explicit CredentialStore(const QString& service, QObject* parent = nullptr);

    static QString defaultService() { return QStringLiteral("Axion Trade Executor"); }
    // The keychain entry of the Alpaca API secret key.
    static QString alpacaSecretKey() { return QStringLiteral("alpaca/secret_key"); }

    QString service() const { return m_service; }
    // Operations started and not yet finished.
    int pendingCount() const { return m_pending; }

    void writeSecret(const QString& key, const QString& value);
    void readSecret(const QString& key);
    void removeSecret(const QString& key);

Q_SIGNALS:
    void secretWritten(const QString& key);
    void secretRead(const QString& key, const QString& value);
    void secretRemoved(const QString& key); // also when there was nothing to remove
    // A read found nothing under `key`: a normal answer, not a failure.
    void secretNotFound(const QString& key);
    // The keychain could not do it; `errorString` says why, in words for the user.
    void failed(const QString& key, const QString& errorString);

private:
    QString m_service;
    int m_pending = 0;

    void start(QKeychain::Job* job, const QString& key);
    static QString describe(const QKeychain::Job& job);
};

} // namespace axion
