#include "config/RiskProfile.h"
#include "dialogs/LiveAccountDialog.h"
#include "dialogs/SettingsDialog.h"
#include "fakes/FakeAlpacaServer.h"
#include "settings/AppSettings.h"
#include "settings/CredentialStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>
#include <QTimer>
#include <QUuid>

using namespace axion;

namespace {

template <typename T>
T* child(const QWidget& parent, const QString& name) {
    T* w = parent.findChild<T*>(name);
    if (!w)
        qFatal("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return w;
}

QPushButton* button(const QWidget& dialog, QDialogButtonBox::StandardButton which) {
    return dialog.findChild<QDialogButtonBox*>()->button(which);
}

QString profileOf(const QWidget& dialog) {
    return child<QComboBox>(dialog, QStringLiteral("riskProfile"))->currentData().toString();
}

void chooseProfile(const QWidget& dialog, const QString& name) {
    auto* combo = child<QComboBox>(dialog, QStringLiteral("riskProfile"));
    const int index = combo->findData(name);
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
}

// Changes an editor to some other value, whatever kind of editor it is.
bool nudge(QWidget* editor) {
    if (auto* time = qobject_cast<QTimeEdit*>(editor)) {
        time->setTime(time->time().addSecs(-10 * 60));
    } else if (auto* d = qobject_cast<QDoubleSpinBox*>(editor)) {
        d->setValue(d->value() + (d->value() < d->maximum() ? d->singleStep() : -d->singleStep()));
    } else if (auto* i = qobject_cast<QSpinBox*>(editor)) {
        i->setValue(i->value() + (i->value() < i->maximum() ? 1 : -1));
    } else if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        combo->setCurrentIndex((combo->currentIndex() + 1) % combo->count());
    } else if (auto* check = qobject_cast<QCheckBox*>(editor)) {
        check->toggle();
    } else if (auto* text = qobject_cast<QPlainTextEdit*>(editor)) {
        text->setPlainText(text->toPlainText() + QStringLiteral("\nZZZZ = Testing"));
    } else if (auto* line = qobject_cast<QLineEdit*>(editor)) {
        line->setText(line->text() + QStringLiteral("/tmp/signals.db"));
    } else {
        return false;
    }
    return true;
}

QStringList differingKeys(const QJsonObject& a, const QJsonObject& b) {
    QStringList keys;
    for (auto it = a.begin(); it != a.end(); ++it) {
        if (b.value(it.key()) != it.value())
            keys << it.key();
    }
    return keys;
}

} // namespace

class tst_SettingsDialog : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString freshIni() { return m_dir.filePath(QStringLiteral("settings-%1.ini").arg(++m_files)); }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void opensWithTheStoredSettings() {
        const QString path = freshIni();
        {
            AppSettings s(path);
            ExecutorConfig c =
                applyRiskProfile(AppSettings::defaultExecutorConfig(), RiskProfile::Moderate);
            c.sectorMap.insert(QStringLiteral("JPM"), QStringLiteral("Financials"));
            c.trailingStopCloud = QStringLiteral("trend");
            s.setExecutorConfig(c);
            s.setRiskProfile(RiskProfile::Moderate);
            s.setDemoSpeed(33);
            s.setIbkrPort(7497);
        }
        AppSettings settings(path);
        SettingsDialog dialog(settings, nullptr);
        QVERIFY(dialog.config() == settings.executorConfig());
        QCOMPARE(profileOf(dialog), QStringLiteral("moderate"));
        QCOMPARE(child<QDoubleSpinBox>(dialog, QStringLiteral("max_risk_per_trade"))->value(), 2.0);
        QCOMPARE(child<QComboBox>(dialog, QStringLiteral("trailing_stop_cloud"))->currentData(),
                 QVariant(QStringLiteral("trend")));
        QVERIFY(child<QPlainTextEdit>(dialog, QStringLiteral("sector_map"))
                    ->toPlainText()
                    .contains(u"JPM = Financials"));
        QCOMPARE(child<QSpinBox>(dialog, QStringLiteral("demoSpeed"))->value(), 33);
        QCOMPARE(child<QSpinBox>(dialog, QStringLiteral("ibkrPort"))->value(), 7497);
        QVERIFY(button(dialog, QDialogButtonBox::Ok)->isEnabled());
        QVERIFY(child<QLabel>(dialog, QStringLiteral("validationMessage"))->isHidden());
        QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("loadError")));
    }

    void anUnusableStoredConfigIsReported() {
        const QString path = freshIni();
        {
            QSettings raw(path, QSettings::IniFormat);
            raw.setValue(QStringLiteral("executor/config"),
                         QStringLiteral(R"({"daily_loss_limit": 7})"));
        }
        AppSettings settings(path);
        SettingsDialog dialog(settings, nullptr);
        auto* banner = dialog.findChild<QLabel*>(QStringLiteral("loadError"));
        QVERIFY(banner);
        QVERIFY2(banner->text().contains(u"daily_loss_limit"), qPrintable(banner->text()));
        QVERIFY(dialog.config() == AppSettings::defaultExecutorConfig());
    }

    void presetFillsTheFields() {
        AppSettings settings(freshIni());
        SettingsDialog dialog(settings, nullptr);
        QCOMPARE(profileOf(dialog), QStringLiteral("aggressive"));
        chooseProfile(dialog, QStringLiteral("conservative"));
        QCOMPARE(child<QDoubleSpinBox>(dialog, QStringLiteral("max_risk_per_trade"))->value(), 1.0);
        QCOMPARE(child<QSpinBox>(dialog, QStringLiteral("max_concurrent_positions"))->value(), 4);
        QCOMPARE(child<QSpinBox>(dialog, QStringLiteral("min_conviction"))->value(), 70);
        QCOMPARE(profileOf(dialog), QStringLiteral("conservative"));
        const ExecutorConfig expected =
            applyRiskProfile(AppSettings::defaultExecutorConfig(), RiskProfile::Conservative);
        QVERIFY(dialog.config() == expected);

        chooseProfile(dialog, QStringLiteral("moderate"));
        QCOMPARE(child<QDoubleSpinBox>(dialog, QStringLiteral("daily_loss_limit"))->value(), 6.0);
        QVERIFY(dialog.config() ==
                applyRiskProfile(AppSettings::defaultExecutorConfig(), RiskProfile::Moderate));
        // Custom keeps what is there.
        chooseProfile(dialog, QStringLiteral("custom"));
        QVERIFY(dialog.config() ==
                applyRiskProfile(AppSettings::defaultExecutorConfig(), RiskProfile::Moderate));
    }

    void editingARiskFieldSwitchesToCustom() {
        AppSettings settings(freshIni());
        SettingsDialog dialog(settings, nullptr);
        chooseProfile(dialog, QStringLiteral("moderate"));
        auto* positions = child<QSpinBox>(dialog, QStringLiteral("max_concurrent_positions"));
        positions->setValue(7);
        QCOMPARE(profileOf(dialog), QStringLiteral("custom"));
        QCOMPARE(dialog.config().maxConcurrentPositions, 7);
        QCOMPARE(dialog.config().maxRiskPerTrade, 0.02); // the rest of the preset stays
        positions->setValue(6);                          // back on the preset's values
        QCOMPARE(profileOf(dialog), QStringLiteral("moderate"));
        // A strategy setting is not a risk knob: the profile stays.
        nudge(child<QComboBox>(dialog, QStringLiteral("trailing_stop_cloud")));
        QCOMPARE(profileOf(dialog), QStringLiteral("moderate"));
    }

    void anInvalidValueDisablesOkAndNamesTheField_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("page");
        QTest::newRow("zero positions") << QStringLiteral("max_concurrent_positions") << 0;
        QTest::newRow("zero risk") << QStringLiteral("max_risk_per_trade") << 0;
        QTest::newRow("high below min") << QStringLiteral("high_conviction") << 0;
        QTest::newRow("eod after the close") << QStringLiteral("eod_close_time") << 0;
        QTest::newRow("bad sector line") << QStringLiteral("sector_map") << 0;
        QTest::newRow("fallback is primary") << QStringLiteral("fallback_broker") << 1;
        QTest::newRow("zero signal age") << QStringLiteral("signal_max_age_seconds") << 3;
    }
    void anInvalidValueDisablesOkAndNamesTheField() {
        QFETCH(QString, field);
        QFETCH(int, page);
        AppSettings settings(freshIni());
        SettingsDialog dialog(settings, nullptr);
        QWidget* editor = child<QWidget>(dialog, field);
        if (field == u"high_conviction")
            child<QSpinBox>(dialog, QStringLiteral("min_conviction"))->setValue(90);
        else if (field == u"eod_close_time")
            qobject_cast<QTimeEdit*>(editor)->setTime(QTime(17, 30));
        else if (field == u"sector_map")
            qobject_cast<QPlainTextEdit*>(editor)->setPlainText(QStringLiteral("AAPL Technology"));
        else if (field == u"fallback_broker")
            qobject_cast<QComboBox*>(editor)->setCurrentIndex(
                qobject_cast<QComboBox*>(editor)->findData(QStringLiteral("paper")));
        else if (auto* spin = qobject_cast<QSpinBox*>(editor))
            spin->setValue(0);
        else if (auto* dspin = qobject_cast<QDoubleSpinBox*>(editor))
            dspin->setValue(0.0);

        QVERIFY(!button(dialog, QDialogButtonBox::Ok)->isEnabled());
        QVERIFY(!button(dialog, QDialogButtonBox::Apply)->isEnabled());
        auto* message = child<QLabel>(dialog, QStringLiteral("validationMessage"));
        QVERIFY(!message->isHidden());
        QVERIFY2(message->text().contains(field), qPrintable(message->text()));
        QVERIFY(editor->property("axionInvalid").toBool());
        QVERIFY(!editor->styleSheet().isEmpty());
        auto* tabs = child<QTabWidget>(dialog, QStringLiteral("pages"));
        QVERIFY(!tabs->tabIcon(page).isNull());

        // OK does nothing while the config is invalid.
        QSignalSpy applied(&dialog, &SettingsDialog::configApplied);
        dialog.accept();
        QCOMPARE(applied.count(), 0);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(settings.firstLaunch());

        // Choosing a preset repairs the risk fields; the other cases are repaired by hand.
        if (field == u"eod_close_time")
            qobject_cast<QTimeEdit*>(editor)->setTime(QTime(15, 55));
        else if (field == u"sector_map")
            qobject_cast<QPlainTextEdit*>(editor)->setPlainText(QStringLiteral("AAPL = Tech"));
        else if (field == u"fallback_broker")
            qobject_cast<QComboBox*>(editor)->setCurrentIndex(0);
        else if (field == u"signal_max_age_seconds")
            qobject_cast<QSpinBox*>(editor)->setValue(300);
        else
            chooseProfile(dialog, QStringLiteral("aggressive"));
        QVERIFY2(button(dialog, QDialogButtonBox::Ok)->isEnabled(), qPrintable(message->text()));
        QVERIFY(message->isHidden());
        QVERIFY(!editor->property("axionInvalid").toBool());
        QVERIFY(tabs->tabIcon(page).isNull());
    }

    void okSavesAndEmitsTheEditedConfig() {
        const QString path = freshIni();
        AppSettings settings(path);
        SettingsDialog dialog(settings, nullptr);
        QSignalSpy applied(&dialog, &SettingsDialog::configApplied);
        QSignalSpy language(&dialog, &SettingsDialog::languageChanged);

        child<QDoubleSpinBox>(dialog, QStringLiteral("max_risk_per_trade"))->setValue(2.5);
        child<QTimeEdit>(dialog, QStringLiteral("eod_close_time"))->setTime(QTime(15, 45));
        child<QDoubleSpinBox>(dialog, QStringLiteral("min_account_equity"))->setValue(30000.5);
        auto* mode = child<QComboBox>(dialog, QStringLiteral("trading_mode"));
        mode->setCurrentIndex(mode->findData(QStringLiteral("live")));
        QVERIFY(!child<QLabel>(dialog, QStringLiteral("liveWarning"))->isHidden());
        auto* lang = child<QComboBox>(dialog, QStringLiteral("language"));
        const QString newLanguage =
            settings.language() == u"de" ? QStringLiteral("fr") : QStringLiteral("de");
        lang->setCurrentIndex(lang->findData(newLanguage));
        child<QSpinBox>(dialog, QStringLiteral("demoSpeed"))->setValue(60);
        child<QLineEdit>(dialog, QStringLiteral("alpacaKeyId"))->setText(QStringLiteral("PKX"));
        child<QSpinBox>(dialog, QStringLiteral("ibkrClientId"))->setValue(9);
        child<QLineEdit>(dialog, QStringLiteral("journalPath"))
            ->setText(QDir::toNativeSeparators(m_dir.filePath(QStringLiteral("j.db"))));
        QCOMPARE(profileOf(dialog), QStringLiteral("custom"));

        QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(applied.count(), 1);
        const auto emitted = applied.first().at(0).value<ExecutorConfig>();
        QCOMPARE(emitted.maxRiskPerTrade, 0.025);
        QCOMPARE(emitted.eodCloseTime, QStringLiteral("15:45"));
        QCOMPARE(emitted.minAccountEquity.toString(), QStringLiteral("30000.50"));
        QCOMPARE(emitted.tradingMode, QStringLiteral("live"));
        QVERIFY(emitted == dialog.config());
        QCOMPARE(language.count(), 1);
        QCOMPARE(language.first().at(0).toString(), newLanguage);

        AppSettings reread(path); // what the next start will see
        QVERIFY(!reread.firstLaunch());
        QVERIFY(reread.executorConfig() == emitted);
        QCOMPARE(reread.riskProfileName(), QStringLiteral("custom"));
        QCOMPARE(reread.language(), newLanguage);
        QCOMPARE(reread.demoSpeed(), 60);
        QCOMPARE(reread.alpacaKeyId(), QStringLiteral("PKX"));
        QCOMPARE(reread.ibkrClientId(), 9);
        QCOMPARE(reread.journalPath(), m_dir.filePath(QStringLiteral("j.db")));
    }

    void applyAgainDoesNotRepeatTheLanguageChange() {
        AppSettings settings(freshIni());
        SettingsDialog dialog(settings, nullptr);
        QSignalSpy applied(&dialog, &SettingsDialog::configApplied);
        QSignalSpy language(&dialog, &SettingsDialog::languageChanged);
        QTest::mouseClick(button(dialog, QDialogButtonBox::Apply), Qt::LeftButton);
        QCOMPARE(applied.count(), 1);
        QCOMPARE(language.count(), 0); // unchanged
        QVERIFY(!settings.firstLaunch());
    }

    void cancelSavesNothing() {
        AppSettings settings(freshIni());
        SettingsDialog dialog(settings, nullptr);
        QSignalSpy applied(&dialog, &SettingsDialog::configApplied);
        child<QSpinBox>(dialog, QStringLiteral("max_concurrent_positions"))->setValue(3);
        QTest::mouseClick(button(dialog, QDialogButtonBox::Cancel), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(applied.count(), 0);
        QVERIFY(settings.firstLaunch());
        QCOMPARE(settings.executorConfig().maxConcurrentPositions, 10);
    }

    // Every key of the config has an editor named after it, with the key in its tooltip, and
    // that editor moves exactly that key.
    void everyConfigFieldHasAnEditor() {
        AppSettings settings(freshIni());
        SettingsDialog dialog(settings, nullptr);
        const QStringList keys = ExecutorConfig{}.toJson().keys();
        QVERIFY(keys.size() >= 36);
        QCOMPARE(dialog.config().toJson().keys(), keys);
        for (const QString& key : keys) {
            auto* editor = dialog.findChild<QWidget*>(key);
            QVERIFY2(editor, qPrintable(QStringLiteral("no editor for ") + key));
            QVERIFY2(editor->toolTip().contains(key), qPrintable(key));
            const QJsonObject before = dialog.config().toJson();
            QVERIFY2(nudge(editor), qPrintable(key));
            const QJsonObject after = dialog.config().toJson();
            QCOMPARE(differingKeys(before, after), QStringList{key});
        }
    }

    void unitsAreShown() {
        AppSettings settings(freshIni());
        SettingsDialog dialog(settings, nullptr);
        QVERIFY(child<QDoubleSpinBox>(dialog, QStringLiteral("max_risk_per_trade"))
                    ->suffix()
                    .contains(u'%'));
        QVERIFY(child<QDoubleSpinBox>(dialog, QStringLiteral("min_account_equity"))
                    ->prefix()
                    .contains(u'$'));
        QVERIFY(child<QSpinBox>(dialog, QStringLiteral("api_timeout_seconds"))
                    ->suffix()
                    .contains(u's'));
        QVERIFY(child<QSpinBox>(dialog, QStringLiteral("limit_entry_expiry_bars"))
                    ->suffix()
                    .contains(u"bars"));
    }

    void tokenIsShownCopiedAndRegeneratedOnApply() {
        AppSettings settings(freshIni());
        const QString original = settings.ingressToken();
        SettingsDialog dialog(settings, nullptr);
        auto* token = child<QLineEdit>(dialog, QStringLiteral("ingressToken"));
        QVERIFY(token->isReadOnly());
        QCOMPARE(token->text(), original);
        child<QPushButton>(dialog, QStringLiteral("regenerateToken"))->click();
        const QString renewed = token->text();
        QCOMPARE(renewed.size(), 64);
        QVERIFY(renewed != original);
        QCOMPARE(settings.ingressToken(), original); // not before Apply
        child<QPushButton>(dialog, QStringLiteral("copyToken"))->click();
        QTest::mouseClick(button(dialog, QDialogButtonBox::Apply), Qt::LeftButton);
        QCOMPARE(settings.ingressToken(), renewed);
    }

    // Switching to real money shows the live account first; Cancel there applies nothing, the
    // confirmation applies it, and once live the same account is not asked about again.
    void goingLiveAsksOnTheAccountFirst() {
        axion::test::FakeAlpacaServer fake;
        QVERIFY(fake.listen());
        const QString path = freshIni();
        QSettings(path, QSettings::IniFormat)
            .setValue(QStringLiteral("alpaca/trading_url"), fake.tradingUrl().toString());
        AppSettings settings(path);
        CredentialStore store(QStringLiteral("Axion Trade Executor test ") +
                              QUuid::createUuid().toString(QUuid::Id128));
        SettingsDialog dialog(settings, &store);
        QVERIFY(QTest::qWaitFor([&store] { return store.pendingCount() == 0; }, 30'000));
        const auto choose = [&dialog](const char* name, const char* value) {
            auto* combo = child<QComboBox>(dialog, QLatin1StringView(name));
            combo->setCurrentIndex(combo->findData(QLatin1StringView(value)));
        };
        choose("trading_mode", "live");
        choose("primary_broker", "alpaca");
        choose("alpacaEnvironment", "live");
        child<QLineEdit>(dialog, QStringLiteral("alpacaKeyId"))
            ->setText(QString::fromLatin1(fake.keyId()));
        child<QLineEdit>(dialog, QStringLiteral("alpacaSecret"))
            ->setText(QString::fromLatin1(fake.secretKey()));

        // The operator, on the confirmation when it shows the account: `confirm` or cancel.
        int shown = 0;
        QString accountSeen;
        bool confirm = false;
        QTimer operatorHand;
        operatorHand.setInterval(20);
        QObject::connect(&operatorHand, &QTimer::timeout, &dialog, [&] {
            auto* live = qobject_cast<LiveAccountDialog*>(QApplication::activeModalWidget());
            if (!live || !live->accountShown() || !live->isVisible())
                return;
            ++shown;
            accountSeen = live->findChild<QLabel*>(QStringLiteral("accountNumber"))->text();
            if (confirm) {
                live->findChild<QCheckBox*>(QStringLiteral("understood"))->setChecked(true);
                live->findChild<QPushButton*>(QStringLiteral("confirm"))->click();
            } else {
                live->reject();
            }
        });
        operatorHand.start();
        QSignalSpy applied(&dialog, &SettingsDialog::configApplied);
        dialog.show();
        QTest::mouseClick(button(dialog, QDialogButtonBox::Apply), Qt::LeftButton);
        QCOMPARE(shown, 1);
        QCOMPARE(accountSeen, QStringLiteral("PALPACA_123"));
        QCOMPARE(applied.count(), 0);
        QCOMPARE(AppSettings(path).executorConfig().tradingMode, QStringLiteral("paper"));
        QCOMPARE(AppSettings(path).alpacaEnvironment(), QStringLiteral("paper"));

        confirm = true;
        QTest::mouseClick(button(dialog, QDialogButtonBox::Apply), Qt::LeftButton);
        QCOMPARE(shown, 2);
        QCOMPARE(applied.count(), 1);
        QCOMPARE(AppSettings(path).executorConfig().tradingMode, QStringLiteral("live"));
        QCOMPARE(AppSettings(path).alpacaEnvironment(), QStringLiteral("live"));
        QCOMPARE(fake.countRequests("GET", "/v2/account"), 2);

        // Live already, on the same account: applied without asking again.
        child<QSpinBox>(dialog, QStringLiteral("max_concurrent_positions"))->setValue(3);
        QTest::mouseClick(button(dialog, QDialogButtonBox::Apply), Qt::LeftButton);
        QCOMPARE(shown, 2);
        QCOMPARE(applied.count(), 2);
        QCOMPARE(fake.countRequests("GET", "/v2/account"), 2);
        // Alpaca's paper environment is no real money: no question either.
        choose("alpacaEnvironment", "paper");
        QTest::mouseClick(button(dialog, QDialogButtonBox::Apply), Qt::LeftButton);
        QCOMPARE(applied.count(), 3);
        QCOMPARE(shown, 2);
    }

    void withoutAKeychainTheSecretCannotBeEntered() {
        AppSettings settings(freshIni());
        SettingsDialog dialog(settings, nullptr);
        QVERIFY(!child<QLineEdit>(dialog, QStringLiteral("alpacaSecret"))->isEnabled());
        QVERIFY(child<QLabel>(dialog, QStringLiteral("credentialStatus"))
                    ->text()
                    .contains(u"cannot be stored"));
    }

    // With a real keychain the secret is stored and the dialog closes; without one (CI) the
    // dialog stays open, says why, and the secret is nowhere in the settings file.
    void theSecretGoesToTheKeychainOrTheDialogSaysWhy() {
        const QString path = freshIni();
        AppSettings settings(path);
        CredentialStore store(QStringLiteral("Axion Trade Executor test ") +
                              QUuid::createUuid().toString(QUuid::Id128));
        SettingsDialog dialog(settings, &store);
        auto* status = child<QLabel>(dialog, QStringLiteral("credentialStatus"));
        QVERIFY(QTest::qWaitFor([&store] { return store.pendingCount() == 0; }, 30'000));
        const QString secret = QStringLiteral("sk-") + QUuid::createUuid().toString(QUuid::Id128);
        child<QLineEdit>(dialog, QStringLiteral("alpacaSecret"))->setText(secret);
        QSignalSpy written(&store, &CredentialStore::secretWritten);
        QSignalSpy failed(&store, &CredentialStore::failed);
        QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return written.count() + failed.count() > 0; }, 30'000));
        if (written.count() == 1) {
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QVERIFY(status->text().contains(u"stored in the system keychain"));
            QSignalSpy removed(&store, &CredentialStore::secretRemoved);
            store.removeSecret(CredentialStore::alpacaSecretKey());
            QVERIFY(removed.wait(30'000));
        } else {
            QCOMPARE(dialog.result(), int(QDialog::Rejected)); // still open
            QVERIFY2(status->text().startsWith(u"Credentials cannot be stored: "),
                     qPrintable(status->text()));
            QCOMPARE(child<QTabWidget>(dialog, QStringLiteral("pages"))->currentIndex(), 1);
            QVERIFY(button(dialog, QDialogButtonBox::Ok)->isEnabled());
        }
        settings.sync();
        QFile ini(path);
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY(!ini.readAll().contains(secret.toUtf8()));
    }

    // Usable at 1280x800; with AXION_SCREENSHOT_DIR set, every page is saved as a PNG, and the
    // Risk and Brokers pages once more in their error states.
    void fitsOnA1280x800Screen() {
        AppSettings settings(freshIni());
        CredentialStore store(QStringLiteral("Axion Trade Executor test ") +
                              QUuid::createUuid().toString(QUuid::Id128));
        SettingsDialog dialog(settings, &store);
        const QSize screen(1280, 800);
        QVERIFY2(dialog.minimumSizeHint().width() <= screen.width() &&
                     dialog.minimumSizeHint().height() <= screen.height() - 60,
                 qPrintable(QStringLiteral("%1x%2")
                                .arg(dialog.minimumSizeHint().width())
                                .arg(dialog.minimumSizeHint().height())));
        QVERIFY(dialog.width() <= screen.width() && dialog.height() <= screen.height() - 60);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(QTest::qWaitFor([&store] { return store.pendingCount() == 0; }, 30'000));
        // At its default size the Risk page shows every field without scrolling.
        auto* scroll = dialog.findChild<QScrollArea*>();
        QVERIFY(scroll);
        QVERIFY(!scroll->verticalScrollBar()->isVisible());
        QVERIFY(!scroll->horizontalScrollBar()->isVisible());

        const QString dir = qEnvironmentVariable("AXION_SCREENSHOT_DIR");
        const auto save = [&dialog, &dir](const QString& name) {
            const QPixmap shot = dialog.grab();
            return !shot.isNull() &&
                   (dir.isEmpty() ||
                    shot.save(QDir(dir).filePath(QStringLiteral("settings-%1.png").arg(name))));
        };
        auto* tabs = child<QTabWidget>(dialog, QStringLiteral("pages"));
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QVERIFY(save(tabs->tabText(i).toLower()));
        }
        child<QSpinBox>(dialog, QStringLiteral("max_concurrent_positions"))->setValue(0);
        tabs->setCurrentIndex(0);
        QVERIFY(save(QStringLiteral("risk-invalid")));
        auto* mode = child<QComboBox>(dialog, QStringLiteral("trading_mode"));
        mode->setCurrentIndex(mode->findData(QStringLiteral("live")));
        auto* primary = child<QComboBox>(dialog, QStringLiteral("primary_broker"));
        primary->setCurrentIndex(primary->findData(QStringLiteral("alpaca")));
        QVERIFY(child<QLabel>(dialog, QStringLiteral("liveWarning"))->text().contains(u"Alpaca"));
        tabs->setCurrentIndex(1);
        QVERIFY(save(QStringLiteral("brokers-live")));
    }
};

QTEST_MAIN(tst_SettingsDialog)
#include "tst_SettingsDialog.moc"
