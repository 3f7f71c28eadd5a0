#include "dialogs/LiveAccountDialog.h"

#include "brokers/alpaca/AlpacaAccountCheck.h"
#include "format/DisplayFormat.h"
#include "settings/CredentialStore.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace axion {

namespace {

constexpr auto kWarningStyle = "color:#c62828;font-weight:bold;";

QLabel* value(QWidget* parent, const char* name) {
    auto* label = new QLabel(QStringLiteral("…"), parent);
    label->setObjectName(QLatin1StringView(name));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

LiveAccountDialog::LiveAccountDialog(QUrl tradingUrl, QByteArray keyId, QByteArray typedSecret,
                                     CredentialStore* credentials, QWidget* parent)
    : QDialog(parent)
    , m_tradingUrl(std::move(tradingUrl))
    , m_keyId(std::move(keyId))
    , m_secret(std::move(typedSecret))
    , m_credentials(credentials)
    , m_check(new AlpacaAccountCheck(this)) {
    setWindowTitle(tr("Trade live with real money?"));
    setObjectName(QStringLiteral("liveAccountDialog"));

    auto* heading = new QLabel(tr("Orders will go to this Alpaca account, with real money."), this);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    heading->setFont(headingFont);
    heading->setStyleSheet(QLatin1StringView(kWarningStyle));

    auto* endpoint = new QLabel(m_tradingUrl.toString(), this);
    endpoint->setObjectName(QStringLiteral("endpoint"));
    endpoint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);

    m_number = value(this, "accountNumber");
    m_accountStatus = value(this, "accountStatus");
    m_equity = value(this, "equity");
    m_cash = value(this, "cash");
    m_buyingPower = value(this, "buyingPower");
    m_pdt = value(this, "patternDayTrader");
    m_blocks = value(this, "blocks");
    m_blocks->setWordWrap(true);
    auto* facts = new QFormLayout;
    facts->addRow(tr("Endpoint:"), endpoint);
    facts->addRow(tr("Account:"), m_number);
    facts->addRow(tr("Status:"), m_accountStatus);
    facts->addRow(tr("Equity:"), m_equity);
    facts->addRow(tr("Cash:"), m_cash);
    facts->addRow(tr("Buying power:"), m_buyingPower);
    facts->addRow(tr("Pattern day trader:"), m_pdt);
    facts->addRow(tr("Blocks:"), m_blocks);

    m_understood = new QCheckBox(
        tr("I understand that the executor will trade this account on its own, with real money"),
        this);
    m_understood->setObjectName(QStringLiteral("understood"));
    connect(m_understood, &QCheckBox::toggled, this, &LiveAccountDialog::updateConfirm);

    auto* buttons = new QDialogButtonBox(this);
    m_confirm = buttons->addButton(tr("Trade live"), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("confirm"));
    m_retry = buttons->addButton(tr("Check again"), QDialogButtonBox::ActionRole);
    m_retry->setObjectName(QStringLiteral("retry"));
    QPushButton* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    // Cancel is the default: a stray Enter must never switch to real money.
    m_confirm->setAutoDefault(false);
    m_retry->setAutoDefault(false);
    cancel->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &LiveAccountDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LiveAccountDialog::reject);
    connect(m_retry, &QPushButton::clicked, this, &LiveAccountDialog::check);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(facts);
    layout->addWidget(m_status);
    layout->addWidget(m_understood);
    layout->addWidget(buttons);

    connect(m_check, &AlpacaAccountCheck::accountReceived, this, &LiveAccountDialog::onAccount);
    connect(m_check, &AlpacaAccountCheck::failed, this, &LiveAccountDialog::onFailed);
    if (m_credentials) {
        connect(m_credentials, &CredentialStore::secretRead, this,
                &LiveAccountDialog::onSecretRead);
        connect(m_credentials, &CredentialStore::secretNotFound, this,
                &LiveAccountDialog::onSecretNotFound);
        connect(m_credentials, &CredentialStore::failed, this,
                &LiveAccountDialog::onCredentialFailed);
    }
    updateConfirm();
    // Once the dialog's owner has connected to it: the first answer may come at once.
    QTimer::singleShot(0, this, &LiveAccountDialog::check);
}

LiveAccountDialog::~LiveAccountDialog() = default;

void LiveAccountDialog::check() {
    m_received = false;
    m_retry->setEnabled(false);
    updateConfirm();
    if (m_secret.isEmpty() && m_credentials) {
        m_status->setText(tr("Reading the secret key from the system keychain…"));
        m_credentials->readSecret(CredentialStore::alpacaSecretKey());
        return;
    }
    m_status->setText(tr("Asking Alpaca for the account…"));
    m_check->check(m_tradingUrl, m_keyId, m_secret);
}

void LiveAccountDialog::onSecretRead(const QString& key, const QString& secret) {
    if (key != CredentialStore::alpacaSecretKey() || m_received || !m_secret.isEmpty())
        return;
    m_secret = secret.toUtf8();
    m_status->setText(tr("Asking Alpaca for the account…"));
    m_check->check(m_tradingUrl, m_keyId, m_secret);
}

void LiveAccountDialog::onSecretNotFound(const QString& key) {
    if (key == CredentialStore::alpacaSecretKey() && m_secret.isEmpty())
        onFailed(tr("No secret key is stored: type it in the Alpaca section first."));
}

void LiveAccountDialog::onCredentialFailed(const QString& key, const QString& why) {
    if (key == CredentialStore::alpacaSecretKey() && m_secret.isEmpty())
        onFailed(tr("The secret key cannot be read from the keychain: %1").arg(why));
}

void LiveAccountDialog::onAccount(const alpaca::AccountObject& account) {
    m_account = account;
    m_received = true;
    m_retry->setEnabled(true);
    m_number->setText(account.accountNumber);
    m_accountStatus->setText(account.status);
    m_equity->setText(display::money(account.account.equity));
    m_cash->setText(display::money(account.account.cash));
    m_buyingPower->setText(display::money(account.account.buyingPower));
    m_pdt->setText((account.patternDayTrader ? tr("yes (day trades in the last 5 days: %1)")
                                             : tr("no (day trades in the last 5 days: %1)"))
                       .arg(account.daytradeCount));
    QStringList blocks;
    if (account.tradingBlocked)
        blocks << tr("trading blocked");
    if (account.accountBlocked)
        blocks << tr("account blocked");
    if (account.transfersBlocked)
        blocks << tr("transfers blocked");
    if (account.tradeSuspendedByUser)
        blocks << tr("trading suspended by the owner");
    m_blocks->setText(blocks.isEmpty() ? tr("none") : blocks.join(QStringLiteral(", ")));
    m_blocks->setStyleSheet(blocks.isEmpty() ? QString() : QLatin1StringView(kWarningStyle));
    if (account.tradable) {
        m_status->setStyleSheet({});
        m_status->setText(tr("Alpaca answered for account %1.").arg(account.accountNumber));
    } else {
        m_status->setStyleSheet(QLatin1StringView(kWarningStyle));
        m_status->setText(tr("This account cannot trade: %1.").arg(account.whyNotTradable));
    }
    updateConfirm();
    Q_EMIT checkFinished(true);
}

void LiveAccountDialog::onFailed(const QString& why) {
    m_received = false;
    m_retry->setEnabled(true);
    m_status->setStyleSheet(QLatin1StringView(kWarningStyle));
    m_status->setText(why);
    updateConfirm();
    Q_EMIT checkFinished(false);
}

void LiveAccountDialog::updateConfirm() {
    m_confirm->setEnabled(m_received && m_account.tradable && m_understood->isChecked());
}

} // namespace axion
