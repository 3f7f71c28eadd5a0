#include "settings/CredentialStore.h"

#include <qt6keychain/keychain.h>

namespace axion {

CredentialStore::CredentialStore(QObject* parent)
    : CredentialStore(defaultService(), parent) {}

CredentialStore::CredentialStore(const QString& service, QObject* parent)
    : QObject(parent)
    , m_service(service) {}

QString CredentialStore::describe(const QKeychain::Job& job) {
    QString reason;
    switch (job.error()) {
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
        break;
    case QKeychain::CouldNotDeleteEntry:
        reason = tr("the system keychain could not delete the entry");
        break;
    case QKeychain::AccessDeniedByUser:
        reason = tr("access to the system keychain was denied");
        break;
    case QKeychain::AccessDenied:
        reason = tr("the system keychain refused access");
        break;
    case QKeychain::NoBackendAvailable:
        reason = tr("no system keychain (Secret Service, KWallet) is available");
        break;
    case QKeychain::NotImplemented:
        reason = tr("the system keychain does not support this");
        break;
    case QKeychain::OtherError:
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
        // What QtKeychain reports when neither a Secret Service nor KWallet answers.
        reason = tr("the system keychain is not available (no Secret Service such as GNOME "
                    "Keyring or KWallet answered)");
#else
        reason = tr("the system keychain is not available or did not answer");
#endif
        break;
    }
    // QtKeychain's own text names the backend's problem (a D-Bus error, a locked wallet); it
    // never contains the secret. "Unknown error" adds nothing, so it is left out.
    const QString detail = job.errorString().trimmed();
    if (!detail.isEmpty() && detail != u"Unknown error")
        reason = reason.isEmpty() ? detail : tr("%1 (%2)").arg(reason, detail);
    return reason.isEmpty() ? tr("unknown keychain error") : reason;
}

void CredentialStore::start(QKeychain::Job* job, const QString& key) {
    job->setKey(key);
    // Never let QtKeychain store the secret in plain text when no keychain is available.
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    ++m_pending;
    job->start();
}

void CredentialStore::writeSecret(const QString& key, const QString& value) {
    auto* job = new QKeychain::WritePasswordJob(m_service, this);
    job->setTextData(value);
    connect(job, &QKeychain::Job::finished, this, [this, key](QKeychain::Job* j) {
        --m_pending;
        if (j->error() == QKeychain::NoError)
            Q_EMIT secretWritten(key);
        else
            Q_EMIT failed(key, describe(*j));
    });
    start(job, key);
}

void CredentialStore::readSecret(const QString& key) {
    auto* job = new QKeychain::ReadPasswordJob(m_service, this);
    connect(job, &QKeychain::Job::finished, this, [this, key](QKeychain::Job* j) {
        --m_pending;
        if (j->error() == QKeychain::NoError)
            Q_EMIT secretRead(key, static_cast<QKeychain::ReadPasswordJob*>(j)->textData());
        else if (j->error() == QKeychain::EntryNotFound)
            Q_EMIT secretNotFound(key);
        else
            Q_EMIT failed(key, describe(*j));
    });
    start(job, key);
}

void CredentialStore::removeSecret(const QString& key) {
    auto* job = new QKeychain::DeletePasswordJob(m_service, this);
    connect(job, &QKeychain::Job::finished, this, [this, key](QKeychain::Job* j) {
        --m_pending;
        // Removing what is not there leaves the keychain as asked: not an error.
        if (j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound)
            Q_EMIT secretRemoved(key);
        else
            Q_EMIT failed(key, describe(*j));
    });
    start(job, key);
}

} // namespace axion
