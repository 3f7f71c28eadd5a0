#include "settings/CredentialStore.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QMutex>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace axion;

namespace {

// Everything Qt logs during the test, to prove that no secret is ever logged.
QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;

void captureMessages(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    {
        QMutexLocker lock(&g_logMutex);
        g_log << message;
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

// A keychain answers within seconds or not at all; 30 s bounds a hung D-Bus call.
constexpr int kKeychainTimeoutMs = 30'000;

} // namespace

// Works with or without a system keychain: where none is reachable (CI, headless) every
// operation must fail with a clear reason and leave no trace of the secret anywhere; where one
// is reachable the secret must round-trip and be removable.
class tst_CredentialStore : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;
    // Unique per run, so a real keychain never sees a user's entry touched or a stale test entry.
    const QString m_service =
        QStringLiteral("Axion Trade Executor test ") + QUuid::createUuid().toString(QUuid::Id128);
    const QString m_secret = QStringLiteral("s3cr3t-") + QUuid::createUuid().toString(QUuid::Id128);
    bool m_keychainWorks = false;

    // Waits for the one signal an operation ends with.
    static bool waitForOne(const QList<QSignalSpy*>& spies) {
        const auto total = [&spies] {
            qsizetype n = 0;
            for (QSignalSpy* s : spies)
                n += s->count();
            return n;
        };
        if (!QTest::qWaitFor([&total] { return total() >= 1; }, kKeychainTimeoutMs))
            return false;
        QTest::qWait(50); // room for a (wrong) second signal to show up
        return total() == 1;
    }

    bool settingsFilesContain(const QString& text) const {
        QDirIterator it(m_settingsDir.path(), QDir::Files | QDir::Hidden,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly) && f.readAll().contains(text.toUtf8()))
                return true;
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_settingsDir.isValid());
        // Where QtKeychain's plain-text fallback (which we switch off) would write.
        QCoreApplication::setOrganizationName(QStringLiteral("AxionTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_CredentialStore"));
        for (auto format : {QSettings::NativeFormat, QSettings::IniFormat}) {
            QSettings::setPath(format, QSettings::UserScope, m_settingsDir.path());
            QSettings::setPath(format, QSettings::SystemScope, m_settingsDir.path());
        }
        g_previousHandler = qInstallMessageHandler(captureMessages);
    }

    void cleanupTestCase() {
        qInstallMessageHandler(g_previousHandler);
        QMutexLocker lock(&g_logMutex);
        for (const QString& line : std::as_const(g_log))
            QVERIFY2(!line.contains(m_secret), "a secret was logged");
    }

    void serviceNameIsTheProducts() {
        CredentialStore store;
        QCOMPARE(store.service(), QStringLiteral("Axion Trade Executor"));
        QCOMPARE(CredentialStore::defaultService(), QStringLiteral("Axion Trade Executor"));
    }

    void writeEitherStoresOrFailsClearly() {
        CredentialStore store(m_service);
        const QString key = CredentialStore::alpacaSecretKey();
        QSignalSpy written(&store, &CredentialStore::secretWritten);
        QSignalSpy failed(&store, &CredentialStore::failed);
        store.writeSecret(key, m_secret);
        QCOMPARE(store.pendingCount(), 1);
        QVERIFY2(waitForOne({&written, &failed}), "a write must end in exactly one signal");
        QCOMPARE(store.pendingCount(), 0);
        m_keychainWorks = written.count() == 1;
        if (m_keychainWorks) {
            QCOMPARE(written.first().at(0).toString(), key);
        } else {
            QCOMPARE(failed.first().at(0).toString(), key);
            const QString reason = failed.first().at(1).toString();
            qInfo("no usable keychain here: %s", qPrintable(reason));
            QVERIFY(!reason.trimmed().isEmpty());
            QVERIFY2(reason.contains(u"keychain", Qt::CaseInsensitive), qPrintable(reason));
            QVERIFY(!reason.contains(m_secret));
        }
        // Whatever happened, the secret is in no settings file: no silent plain-text fallback.
        QVERIFY(!settingsFilesContain(m_secret));
        QSettings defaults;
        QVERIFY2(defaults.allKeys().isEmpty(), qPrintable(defaults.allKeys().join(u", ")));
    }

    void readGivesTheSecretBackOrFails() {
        CredentialStore store(m_service);
        const QString key = CredentialStore::alpacaSecretKey();
        QSignalSpy read(&store, &CredentialStore::secretRead);
        QSignalSpy notFound(&store, &CredentialStore::secretNotFound);
        QSignalSpy failed(&store, &CredentialStore::failed);
        store.readSecret(key);
        QVERIFY(waitForOne({&read, &notFound, &failed}));
        if (m_keychainWorks) {
            QCOMPARE(read.count(), 1);
            QCOMPARE(read.first().at(0).toString(), key);
            QCOMPARE(read.first().at(1).toString(), m_secret);
        } else {
            // Nothing may come back; in particular not a secret kept somewhere else.
            QCOMPARE(read.count(), 0);
            if (failed.count() == 1)
                QVERIFY(!failed.first().at(1).toString().isEmpty());
        }
    }

    void removeLeavesNothingBehind() {
        CredentialStore store(m_service);
        const QString key = CredentialStore::alpacaSecretKey();
        QSignalSpy removed(&store, &CredentialStore::secretRemoved);
        QSignalSpy failed(&store, &CredentialStore::failed);
        store.removeSecret(key);
        QVERIFY(waitForOne({&removed, &failed}));
        if (!m_keychainWorks) {
            QCOMPARE(failed.count(), 1);
            QVERIFY(!failed.first().at(1).toString().isEmpty());
            return;
        }
        QCOMPARE(removed.count(), 1);
        QSignalSpy read(&store, &CredentialStore::secretRead);
        QSignalSpy notFound(&store, &CredentialStore::secretNotFound);
        QSignalSpy readFailed(&store, &CredentialStore::failed);
        store.readSecret(key);
        QVERIFY(waitForOne({&read, &notFound, &readFailed}));
        QCOMPARE(notFound.count(), 1);
        QCOMPARE(notFound.first().at(0).toString(), key);
    }
};

QTEST_GUILESS_MAIN(tst_CredentialStore)
#include "tst_CredentialStore.moc"
