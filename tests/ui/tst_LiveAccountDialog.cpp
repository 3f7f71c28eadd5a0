// The live confirmation against the loopback Alpaca (tests/fakes/FakeAlpacaServer): the account
// it shows is the one the keys open, and "Trade live" needs an account that can trade and the
// operator's tick.

#include "dialogs/LiveAccountDialog.h"
#include "fakes/FakeAlpacaServer.h"

#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace axion;
using axion::test::FakeAlpacaServer;

namespace {

QString text(const QWidget& dialog, const char* name) {
    const auto* label = dialog.findChild<QLabel*>(QLatin1StringView(name));
    return label ? label->text() : QStringLiteral("<no %1>").arg(QLatin1StringView(name));
}

QPushButton* confirmButton(const QWidget& dialog) {
    return dialog.findChild<QPushButton*>(QStringLiteral("confirm"));
}

QCheckBox* understood(const QWidget& dialog) {
    return dialog.findChild<QCheckBox*>(QStringLiteral("understood"));
}

} // namespace

class tst_LiveAccountDialog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void showsTheAccountAndNeedsTheTick() {
        FakeAlpacaServer fake;
        QVERIFY(fake.listen());
        fake.setAccountField(QStringLiteral("daytrade_count"), 2);
        LiveAccountDialog dialog(fake.tradingUrl(), fake.keyId(), fake.secretKey(), nullptr);
        QSignalSpy finished(&dialog, &LiveAccountDialog::checkFinished);
        QVERIFY(!confirmButton(dialog)->isEnabled()); // nothing shown yet
        QVERIFY(finished.wait(5000));
        QVERIFY(finished.at(0).at(0).toBool());
        // The spec's account (fixture), with the fake's cash.
        QCOMPARE(text(dialog, "accountNumber"), QStringLiteral("PALPACA_123"));
        QCOMPARE(text(dialog, "accountStatus"), QStringLiteral("ACTIVE"));
        QCOMPARE(text(dialog, "cash"), QStringLiteral("$100,000.00"));
        QCOMPARE(text(dialog, "equity"), QStringLiteral("$100,000.00"));
        QCOMPARE(text(dialog, "buyingPower"), QStringLiteral("$200,000.00"));
        QCOMPARE(text(dialog, "patternDayTrader"),
                 QStringLiteral("yes (day trades in the last 5 days: 2)"));
        QCOMPARE(text(dialog, "blocks"), QStringLiteral("none"));
        QVERIFY(!confirmButton(dialog)->isEnabled()); // not without the tick
        understood(dialog)->setChecked(true);
        QVERIFY(confirmButton(dialog)->isEnabled());
        // With AXION_SCREENSHOT_DIR set, the confirmation as the operator sees it.
        if (const QString dir = qEnvironmentVariable("AXION_SCREENSHOT_DIR"); !dir.isEmpty()) {
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QVERIFY(dialog.grab().save(QDir(dir).filePath(QStringLiteral("live-account.png"))));
        }
        understood(dialog)->setChecked(false);
        QVERIFY(!confirmButton(dialog)->isEnabled());
        QCOMPARE(fake.countRequests("GET", "/v2/account"), 1);
        // Nothing else was asked of the account: no order, no stream.
        QCOMPARE(fake.requests().size(), 1);
        QCOMPARE(fake.streamConnections(), 0);
    }

    void refusedKeysAreSaidAndCannotBeConfirmed() {
        FakeAlpacaServer fake;
        QVERIFY(fake.listen());
        LiveAccountDialog dialog(fake.tradingUrl(), "PKWRONG", "wrong", nullptr);
        QSignalSpy finished(&dialog, &LiveAccountDialog::checkFinished);
        QVERIFY(finished.wait(5000));
        QVERIFY(!finished.at(0).at(0).toBool());
        QVERIFY2(text(dialog, "status").contains(QStringLiteral("refused the API keys")),
                 qPrintable(text(dialog, "status")));
        understood(dialog)->setChecked(true);
        QVERIFY(!confirmButton(dialog)->isEnabled());
    }

    void anUnreachableHostIsSaid() {
        FakeAlpacaServer fake;
        QVERIFY(fake.listen());
        const QUrl url = fake.tradingUrl();
        fake.stopHttp();
        LiveAccountDialog dialog(url, fake.keyId(), fake.secretKey(), nullptr);
        QSignalSpy finished(&dialog, &LiveAccountDialog::checkFinished);
        QVERIFY(finished.wait(5000));
        QVERIFY(!finished.at(0).at(0).toBool());
        QVERIFY2(text(dialog, "status").contains(QStringLiteral("cannot be reached")),
                 qPrintable(text(dialog, "status")));
        // Back: "Check again" shows the account.
        QVERIFY(fake.resumeHttp());
        auto* retry = dialog.findChild<QPushButton*>(QStringLiteral("retry"));
        QVERIFY(retry->isEnabled());
        retry->click();
        QVERIFY(finished.wait(5000));
        QVERIFY(finished.at(1).at(0).toBool());
        QCOMPARE(text(dialog, "accountNumber"), QStringLiteral("PALPACA_123"));
    }

    void aBlockedAccountCannotBeConfirmed() {
        FakeAlpacaServer fake;
        QVERIFY(fake.listen());
        fake.setAccountField(QStringLiteral("trading_blocked"), true);
        LiveAccountDialog dialog(fake.tradingUrl(), fake.keyId(), fake.secretKey(), nullptr);
        QSignalSpy finished(&dialog, &LiveAccountDialog::checkFinished);
        QVERIFY(finished.wait(5000));
        QCOMPARE(text(dialog, "blocks"), QStringLiteral("trading blocked"));
        QVERIFY(text(dialog, "status").contains(QStringLiteral("cannot trade")));
        understood(dialog)->setChecked(true);
        QVERIFY(!confirmButton(dialog)->isEnabled());
    }

    void noSecretIsSaid() {
        FakeAlpacaServer fake;
        QVERIFY(fake.listen());
        LiveAccountDialog dialog(fake.tradingUrl(), fake.keyId(), {}, nullptr);
        QSignalSpy finished(&dialog, &LiveAccountDialog::checkFinished);
        QVERIFY(finished.wait(5000));
        QVERIFY(!finished.at(0).at(0).toBool());
        QVERIFY(text(dialog, "status").contains(QStringLiteral("secret key")));
        QCOMPARE(fake.requests().size(), 0);
    }
};

QTEST_MAIN(tst_LiveAccountDialog)
#include "tst_LiveAccountDialog.moc"
