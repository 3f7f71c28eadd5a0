#include "dialogs/SettingsDialog.h"

#include "config/RiskProfile.h"
#include "dialogs/LiveAccountDialog.h"
#include "settings/AppSettings.h"
#include "settings/CredentialStore.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSet>
#include <QSpinBox>
#include <QStyle>
#include <QTabWidget>
#include <QTimeEdit>
#include <QVBoxLayout>
#include <cmath>

namespace axion {

struct SettingsDialog::Field {
    QString key; // JSON key of the config, also the editor's objectName
    QString label;
    QWidget* editor = nullptr;
    QWidget* page = nullptr;
    std::function<void(const ExecutorConfig&)> load;
    std::function<void(ExecutorConfig&)> store;
};

namespace {

const char* const kInvalidProperty = "axionInvalid";
const QString kInvalidStyle = QStringLiteral("background-color: #ffd9d9;");
const QString kErrorColor = QStringLiteral("#b71c1c");
const QString kOkColor = QStringLiteral("#2e7d32");

// A decimal editor value back to the double the same decimal literal would give: an integer
// divided by a power of ten is correctly rounded, so 1.50 % becomes exactly 0.015 and the
// presets (literals) are recognised again after a round trip through the editors.
double fromDecimal(double shown, int decimals, double divisor) {
    const double scale = std::pow(10.0, decimals);
    return std::round(shown * scale) / (scale * divisor);
}

QLabel* makeNote(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, p.color(QPalette::PlaceholderText));
    label->setPalette(p);
    return label;
}

// `aligned`: every editor as wide as the column, for long forms of numbers read top to bottom;
// otherwise only text fields grow and numbers keep their natural width.
QGroupBox* group(const QString& title, QFormLayout** form, bool aligned = true) {
    auto* box = new QGroupBox(title);
    *form = new QFormLayout(box);
    (*form)->setFieldGrowthPolicy(aligned ? QFormLayout::AllNonFixedFieldsGrow
                                          : QFormLayout::ExpandingFieldsGrow);
    (*form)->setRowWrapPolicy(QFormLayout::DontWrapRows);
    return box;
}

} // namespace

SettingsDialog::SettingsDialog(AppSettings& settings, CredentialStore* credentials, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_credentials(credentials)
    , m_base(settings.executorConfig()) {
    setWindowTitle(tr("Settings"));

    auto* layout = new QVBoxLayout(this);
    const QString loadError = m_settings.executorConfigError();
    if (!loadError.isEmpty()) {
        auto* banner = new QLabel(tr("The stored settings could not be used: %1").arg(loadError));
        banner->setObjectName(QStringLiteral("loadError"));
        banner->setWordWrap(true);
        banner->setStyleSheet(QStringLiteral("QLabel{color:%1;}").arg(kErrorColor));
        layout->addWidget(banner);
    }

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("pages"));
    m_riskPage = buildRiskPage();
    m_brokersPage = buildBrokersPage();
    m_generalPage = buildGeneralPage();
    m_signalsPage = buildSignalsPage();
    m_tabs->addTab(m_riskPage, tr("Risk"));
    m_tabs->addTab(m_brokersPage, tr("Brokers"));
    m_tabs->addTab(m_generalPage, tr("General"));
    m_tabs->addTab(m_signalsPage, tr("Signals"));
    layout->addWidget(m_tabs, 1);

    m_validation = new QLabel(this);
    m_validation->setObjectName(QStringLiteral("validationMessage"));
    m_validation->setWordWrap(true);
    m_validation->setStyleSheet(QStringLiteral("QLabel{color:%1;}").arg(kErrorColor));
    m_validation->setVisible(false);
    layout->addWidget(m_validation);

    m_buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, [this] {
        if (apply())
            startSecretWrite();
    });

    // Values in, then the reactions on: loading must not count as editing.
    m_loading = true;
    loadFields(m_base);
    const auto profile = m_settings.riskProfile();
    m_profile->setCurrentIndex(
        m_profile->findData(profile ? toString(*profile) : AppSettings::customProfileName()));
    m_loading = false;
    updateProfileSummary();
    updateValidation();

    if (m_credentials) {
        connect(m_credentials, &CredentialStore::secretWritten, this,
                &SettingsDialog::onSecretWritten);
        connect(m_credentials, &CredentialStore::secretRead, this, &SettingsDialog::onSecretRead);
        connect(m_credentials, &CredentialStore::secretNotFound, this,
                &SettingsDialog::onSecretNotFound);
        connect(m_credentials, &CredentialStore::secretRemoved, this,
                &SettingsDialog::onSecretRemoved);
        connect(m_credentials, &CredentialStore::failed, this, &SettingsDialog::onCredentialFailed);
        // Only to tell whether a secret is stored; the value itself is dropped at once.
        setCredentialStatus(tr("Checking the system keychain…"), false);
        m_credentials->readSecret(CredentialStore::alpacaSecretKey());
    } else {
        m_alpacaSecret->setEnabled(false);
        m_removeSecret->setEnabled(false);
        setCredentialStatus(tr("Credentials cannot be stored: no system keychain is available"),
                            true);
    }

    resize(1120, 740);
}

SettingsDialog::~SettingsDialog() = default;

// --- Editors -----------------------------------------------------------------------------------

void SettingsDialog::addField(QFormLayout* form, QWidget* page, const QString& key,
                              const QString& label, const QString& help, QWidget* editor,
                              std::function<void(const ExecutorConfig&)> load,
                              std::function<void(ExecutorConfig&)> store) {
    editor->setObjectName(key);
    editor->setToolTip(help + u'\n' + tr("JSON key: %1").arg(key));
    auto* labelWidget = new QLabel(label);
    labelWidget->setBuddy(editor);
    labelWidget->setToolTip(editor->toolTip());
    form->addRow(labelWidget, editor);
    m_fields.push_back({key, label, editor, page, std::move(load), std::move(store)});
}

QDoubleSpinBox* SettingsDialog::addPercent(QFormLayout* form, QWidget* page, const QString& key,
                                           const QString& label, const QString& help,
                                           double ExecutorConfig::*member, int decimals) {
    auto* spin = new QDoubleSpinBox;
    spin->setDecimals(decimals);
    spin->setRange(0.0, 100.0);
    spin->setSingleStep(decimals > 2 ? 0.01 : 0.5);
    spin->setSuffix(tr(" %"));
    spin->setAlignment(Qt::AlignRight);
    addField(
        form, page, key, label, help, spin,
        [spin, member](const ExecutorConfig& c) { spin->setValue(c.*member * 100.0); },
        [spin, member, decimals](ExecutorConfig& c) {
            c.*member = fromDecimal(spin->value(), decimals, 100.0);
        });
    connect(spin, &QDoubleSpinBox::valueChanged, this, &SettingsDialog::onFieldEdited);
    return spin;
}

QDoubleSpinBox* SettingsDialog::addDecimal(QFormLayout* form, QWidget* page, const QString& key,
                                           const QString& label, const QString& help,
                                           double ExecutorConfig::*member, double maximum,
                                           const QString& suffix) {
    constexpr int kDecimals = 2;
    auto* spin = new QDoubleSpinBox;
    spin->setDecimals(kDecimals);
    spin->setRange(0.0, maximum);
    spin->setSingleStep(0.1);
    spin->setSuffix(suffix);
    spin->setAlignment(Qt::AlignRight);
    addField(
        form, page, key, label, help, spin,
        [spin, member](const ExecutorConfig& c) { spin->setValue(c.*member); },
        [spin, member](ExecutorConfig& c) {
            c.*member = fromDecimal(spin->value(), kDecimals, 1);
        });
    connect(spin, &QDoubleSpinBox::valueChanged, this, &SettingsDialog::onFieldEdited);
    return spin;
}

QSpinBox* SettingsDialog::addInteger(QFormLayout* form, QWidget* page, const QString& key,
                                     const QString& label, const QString& help,
                                     int ExecutorConfig::*member, int maximum,
                                     const QString& suffix) {
    auto* spin = new QSpinBox;
    // From 0 even where 0 is invalid: validate() decides and says why, not a silent clamp.
    spin->setRange(0, maximum);
    spin->setSuffix(suffix);
    spin->setAlignment(Qt::AlignRight);
    addField(
        form, page, key, label, help, spin,
        [spin, member](const ExecutorConfig& c) { spin->setValue(c.*member); },
        [spin, member](ExecutorConfig& c) { c.*member = spin->value(); });
    connect(spin, &QSpinBox::valueChanged, this, &SettingsDialog::onFieldEdited);
    return spin;
}

QComboBox* SettingsDialog::addChoice(QFormLayout* form, QWidget* page, const QString& key,
                                     const QString& label, const QString& help,
                                     QString ExecutorConfig::*member,
                                     const QList<std::pair<QString, QString>>& choices) {
    auto* combo = new QComboBox;
    for (const auto& [value, text] : choices)
        combo->addItem(text, value);
    addField(
        form, page, key, label, help, combo,
        [combo, member](const ExecutorConfig& c) {
            int index = combo->findData(c.*member);
            if (index < 0) { // keep an unknown value visible so validation can name it
                combo->addItem(c.*member, c.*member);
                index = combo->count() - 1;
            }
            combo->setCurrentIndex(index);
        },
        [combo, member](ExecutorConfig& c) { c.*member = combo->currentData().toString(); });
    connect(combo, &QComboBox::currentIndexChanged, this, &SettingsDialog::onFieldEdited);
    return combo;
}

// --- Pages -------------------------------------------------------------------------------------

QWidget* SettingsDialog::buildRiskPage() {
    auto* page = new QWidget;
    auto* outer = new QVBoxLayout(page);

    auto* profileRow = new QHBoxLayout;
    auto* profileLabel = new QLabel(tr("Risk profile:"));
    m_profile = new QComboBox;
    m_profile->setObjectName(QStringLiteral("riskProfile"));
    m_profile->addItem(tr("Aggressive"), toString(RiskProfile::Aggressive));
    m_profile->addItem(tr("Moderate"), toString(RiskProfile::Moderate));
    m_profile->addItem(tr("Conservative"), toString(RiskProfile::Conservative));
    m_profile->addItem(tr("Custom"), AppSettings::customProfileName());
    m_profile->setToolTip(tr("Choosing a preset fills in the risk limits; editing a limit "
                             "makes the profile Custom"));
    profileLabel->setBuddy(m_profile);
    m_profileSummary = makeNote(QString(), page);
    m_profileSummary->setObjectName(QStringLiteral("profileSummary"));
    profileRow->addWidget(profileLabel);
    profileRow->addWidget(m_profile);
    profileRow->addSpacing(12);
    profileRow->addWidget(m_profileSummary, 1);
    outer->addLayout(profileRow);
    connect(m_profile, &QComboBox::currentIndexChanged, this, &SettingsDialog::onProfileChanged);

    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget;
    auto* columns = new QHBoxLayout(content);
    columns->setContentsMargins(0, 0, 0, 0);
    auto* left = new QVBoxLayout;
    auto* middle = new QVBoxLayout;
    auto* right = new QVBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(middle, 1);
    columns->addLayout(right, 1);
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);

    QFormLayout* form = nullptr;
    left->addWidget(group(tr("Limits"), &form));
    addPercent(form, page, QStringLiteral("max_risk_per_trade"), tr("Risk per trade"),
               tr("Equity at risk between entry and stop on one trade"),
               &ExecutorConfig::maxRiskPerTrade);
    addPercent(form, page, QStringLiteral("daily_loss_limit"), tr("Daily loss limit"),
               tr("Loss of start-of-day equity that stops trading for the day (kill switch)"),
               &ExecutorConfig::dailyLossLimit);
    addInteger(form, page, QStringLiteral("max_concurrent_positions"), tr("Open positions"),
               tr("Most positions open at the same time"), &ExecutorConfig::maxConcurrentPositions,
               1000, tr(" positions"));
    addPercent(form, page, QStringLiteral("max_single_stock_exposure"), tr("Per stock"),
               tr("Largest position in one stock, as a share of equity"),
               &ExecutorConfig::maxSingleStockExposure);
    addPercent(form, page, QStringLiteral("max_sector_exposure"), tr("Per sector"),
               tr("Largest exposure to one sector, as a share of equity"),
               &ExecutorConfig::maxSectorExposure);
    {
        auto* spin = new QDoubleSpinBox;
        spin->setDecimals(2);
        spin->setRange(0.0, 1.0e9);
        spin->setSingleStep(1000.0);
        spin->setPrefix(tr("$ "));
        spin->setGroupSeparatorShown(true);
        spin->setAlignment(Qt::AlignRight);
        addField(
            form, page, QStringLiteral("min_account_equity"), tr("Minimum equity"),
            tr("Below this account equity no new trades are taken and the kill switch trips "
               "($25,000 is the pattern-day-trader minimum)"),
            spin,
            [spin](const ExecutorConfig& c) { spin->setValue(c.minAccountEquity.toDouble()); },
            [spin](ExecutorConfig& c) {
                // Through the shown decimal text, so the amount is exact in cents.
                c.minAccountEquity = Money::parse(QString::number(spin->value(), 'f', 2))
                                         .value_or(c.minAccountEquity);
            });
        connect(spin, &QDoubleSpinBox::valueChanged, this, &SettingsDialog::onFieldEdited);
    }

    left->addWidget(group(tr("Kill switch"), &form));
    addInteger(form, page, QStringLiteral("consecutive_loss_threshold"), tr("Losing streak"),
               tr("Consecutive losing trades, each worse than the loss below, that trip the "
                  "kill switch"),
               &ExecutorConfig::consecutiveLossThreshold, 100, tr(" trades"));
    addPercent(form, page, QStringLiteral("consecutive_loss_pct"), tr("Loss per trade"),
               tr("Loss on a trade's cost that counts towards the losing streak"),
               &ExecutorConfig::consecutiveLossPct);
    addInteger(form, page, QStringLiteral("api_timeout_seconds"), tr("Broker unreachable"),
               tr("Seconds without a broker connection before the kill switch trips"),
               &ExecutorConfig::apiTimeoutSeconds, 3600, tr(" s"));
    left->addStretch(1);

    middle->addWidget(group(tr("Entries"), &form));
    addInteger(form, page, QStringLiteral("min_conviction"), tr("Minimum conviction"),
               tr("Signals below this conviction are journaled, not traded"),
               &ExecutorConfig::minConviction, 100, tr(" / 100"));
    addInteger(form, page, QStringLiteral("high_conviction"), tr("High conviction"),
               tr("From this conviction on a trade gets full size and, with volume confirmed, a "
                  "market entry"),
               &ExecutorConfig::highConviction, 100, tr(" / 100"));
    addPercent(form, page, QStringLiteral("medium_conviction_multiplier"), tr("Medium size"),
               tr("Size of a medium-conviction trade, as a share of full size"),
               &ExecutorConfig::mediumConvictionMultiplier);
    const QList<std::pair<QString, QString>> orderTypes{{QStringLiteral("market"), tr("Market")},
                                                        {QStringLiteral("limit"), tr("Limit")}};
    addChoice(form, page, QStringLiteral("high_conviction_order_type"), tr("High conviction order"),
              tr("Order type of high-conviction entries"), &ExecutorConfig::highConvictionOrderType,
              orderTypes);
    addChoice(form, page, QStringLiteral("medium_conviction_order_type"),
              tr("Medium conviction order"), tr("Order type of medium-conviction entries"),
              &ExecutorConfig::mediumConvictionOrderType, orderTypes);
    {
        auto* check = new QCheckBox(tr("Enter in two parts"));
        addField(
            form, page, QStringLiteral("scale_in_enabled"), tr("Scale in"),
            tr("Enter part of the position now and the rest on the first pullback to the entry "
               "cloud that holds"),
            check, [check](const ExecutorConfig& c) { check->setChecked(c.scaleInEnabled); },
            [check](ExecutorConfig& c) { c.scaleInEnabled = check->isChecked(); });
        connect(check, &QCheckBox::toggled, this, &SettingsDialog::onFieldEdited);
    }
    addPercent(form, page, QStringLiteral("scale_in_initial_pct"), tr("First part"),
               tr("Share of the position entered at once when scaling in"),
               &ExecutorConfig::scaleInInitialPct);
    addInteger(form, page, QStringLiteral("limit_entry_expiry_bars"), tr("Limit entry expires"),
               tr("An unfilled limit entry is cancelled after this many bars"),
               &ExecutorConfig::limitEntryExpiryBars, 1000, tr(" bars"));
    const QList<std::pair<QString, QString>> clouds{
        {QStringLiteral("fast"), tr("Fast (5/12)")},
        {QStringLiteral("pullback"), tr("Pullback (8/9)")},
        {QStringLiteral("trend"), tr("Trend (20/21)")},
        {QStringLiteral("macro"), tr("Macro (34/50)")},
        {QStringLiteral("long_term"), tr("Long term (72/89)")}};
    addChoice(form, page, QStringLiteral("entry_cloud"), tr("Entry cloud"),
              tr("Cloud whose edge limit entries and scale-ins wait for"),
              &ExecutorConfig::entryCloud, clouds);
    addDecimal(form, page, QStringLiteral("volume_confirm_ratio"), tr("Volume confirmation"),
               tr("Volume against its average that confirms a signal"),
               &ExecutorConfig::volumeConfirmRatio, 100.0, tr(" × average"));
    {
        // A double editor: share counts beyond the 32-bit range of QSpinBox are allowed.
        auto* spin = new QDoubleSpinBox;
        spin->setDecimals(0);
        spin->setRange(0.0, 1.0e12);
        spin->setSingleStep(100.0);
        spin->setSuffix(tr(" shares"));
        spin->setGroupSeparatorShown(true);
        spin->setAlignment(Qt::AlignRight);
        addField(
            form, page, QStringLiteral("max_position_shares"), tr("Most shares"),
            tr("Hard cap on the shares of one position, whatever the sizing says"), spin,
            [spin](const ExecutorConfig& c) {
                spin->setValue(static_cast<double>(c.maxPositionShares));
            },
            [spin](ExecutorConfig& c) { c.maxPositionShares = std::llround(spin->value()); });
        connect(spin, &QDoubleSpinBox::valueChanged, this, &SettingsDialog::onFieldEdited);
    }
    middle->addStretch(1);

    right->addWidget(group(tr("Exits"), &form));
    addDecimal(form, page, QStringLiteral("reward_to_risk_target"), tr("Profit target"),
               tr("Target distance as a multiple of the stop distance"),
               &ExecutorConfig::rewardToRiskTarget, 20.0, tr(" : 1"));
    addInteger(form, page, QStringLiteral("time_stop_minutes"), tr("Time stop"),
               tr("A day trade without enough progress is closed after this many minutes"),
               &ExecutorConfig::timeStopMinutes, 24 * 60, tr(" min"));
    addDecimal(form, page, QStringLiteral("time_stop_min_progress_r"), tr("Progress needed"),
               tr("Progress, in multiples of the initial risk (R), that keeps a trade past the "
                  "time stop"),
               &ExecutorConfig::timeStopMinProgressR, 10.0, tr(" R"));
    {
        auto* time = new QTimeEdit;
        time->setDisplayFormat(QStringLiteral("HH:mm"));
        time->setAlignment(Qt::AlignRight);
        addField(
            form, page, QStringLiteral("eod_close_time"), tr("Day trades closed at"),
            tr("New York time at which day trades are closed; on early-close days five minutes "
               "before the close"),
            time,
            [time](const ExecutorConfig& c) {
                const QTime t = c.eodCutoff();
                time->setTime(t.isValid() ? t : QTime(15, 55));
            },
            [time](ExecutorConfig& c) {
                c.eodCloseTime = time->time().toString(QStringLiteral("HH:mm"));
            });
        connect(time, &QTimeEdit::timeChanged, this, &SettingsDialog::onFieldEdited);
    }
    addChoice(form, page, QStringLiteral("trailing_stop_cloud"), tr("Trailing stop cloud"),
              tr("Cloud that trails the stop of swing trades"), &ExecutorConfig::trailingStopCloud,
              clouds);
    addInteger(form, page, QStringLiteral("momentum_exhaustion_bars"), tr("Momentum exhaustion"),
               tr("Closes in a row outside the fast cloud that count as exhaustion"),
               &ExecutorConfig::momentumExhaustionBars, 100, tr(" bars"));

    right->addWidget(group(tr("Execution"), &form));
    addPercent(form, page, QStringLiteral("slippage_buffer"), tr("Slippage buffer"),
               tr("Price allowance for slippage used when sizing"), &ExecutorConfig::slippageBuffer,
               3);
    addPercent(form, page, QStringLiteral("paper_slippage"), tr("Paper slippage"),
               tr("Simulated slippage of the paper broker (at most half the bar's range; "
                  "applies at the next start)"),
               &ExecutorConfig::paperSlippage, 3);
    addChoice(form, page, QStringLiteral("default_time_in_force"), tr("Time in force"),
              tr("Time in force of entry orders"), &ExecutorConfig::defaultTimeInForce,
              {{QStringLiteral("day"), tr("Day")},
               {QStringLiteral("gtc"), tr("Good till cancelled")},
               {QStringLiteral("ioc"), tr("Immediate or cancel")}});

    auto* sectors = new QGroupBox(tr("Sectors"));
    auto* sectorsLayout = new QVBoxLayout(sectors);
    m_sectorMap = new QPlainTextEdit;
    m_sectorMap->setPlaceholderText(tr("AAPL = Technology\nJPM = Financials"));
    m_sectorMap->setMinimumHeight(70);
    m_sectorMap->setTabChangesFocus(true);
    sectorsLayout->addWidget(makeNote(
        tr("One TICKER = Sector per line. Unlisted tickers count as their own sector."), sectors));
    sectorsLayout->addWidget(m_sectorMap);
    right->addWidget(sectors, 1);
    {
        // Registered like the other fields so that validation can point at it.
        m_fields.push_back({QStringLiteral("sector_map"), tr("Sectors"), m_sectorMap, page,
                            [this](const ExecutorConfig& c) {
                                QStringList tickers = c.sectorMap.keys();
                                tickers.sort();
                                QStringList lines;
                                for (const QString& t : tickers)
                                    lines << t + QStringLiteral(" = ") + c.sectorMap.value(t);
                                m_sectorMap->setPlainText(lines.join(u'\n'));
                            },
                            [this](ExecutorConfig& c) {
                                c.sectorMap.clear();
                                const QStringList lines = m_sectorMap->toPlainText().split(u'\n');
                                for (const QString& line : lines) {
                                    const qsizetype eq = line.indexOf(u'=');
                                    if (eq < 0)
                                        continue;
                                    const QString ticker = line.left(eq).trimmed().toUpper();
                                    const QString sector = line.mid(eq + 1).trimmed();
                                    if (!ticker.isEmpty() && !sector.isEmpty())
                                        c.sectorMap.insert(ticker, sector);
                                }
                            }});
        m_sectorMap->setObjectName(QStringLiteral("sector_map"));
        m_sectorMap->setToolTip(tr("Sector of each ticker, for the sector exposure limit") + u'\n' +
                                tr("JSON key: %1").arg(QStringLiteral("sector_map")));
        connect(m_sectorMap, &QPlainTextEdit::textChanged, this, &SettingsDialog::onFieldEdited);
    }
    return page;
}

QWidget* SettingsDialog::buildBrokersPage() {
    auto* page = new QWidget;
    auto* outer = new QVBoxLayout(page);
    auto* columns = new QHBoxLayout;
    outer->addLayout(columns);
    auto* left = new QVBoxLayout;
    auto* right = new QVBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);

    QFormLayout* form = nullptr;
    left->addWidget(group(tr("Routing"), &form));
    addChoice(form, page, QStringLiteral("trading_mode"), tr("Trading mode"),
              tr("Paper sends every order to the built-in paper broker; live sends orders to "
                 "the primary broker"),
              &ExecutorConfig::tradingMode,
              {{QStringLiteral("paper"), tr("Paper (simulated orders)")},
               {QStringLiteral("live"), tr("Live (real money)")}});
    const QList<std::pair<QString, QString>> brokers{
        {QStringLiteral("paper"), tr("Paper broker (built in)")},
        {QStringLiteral("alpaca"), tr("Alpaca")},
        {QStringLiteral("ibkr"), tr("Interactive Brokers")}};
    m_primaryBroker =
        addChoice(form, page, QStringLiteral("primary_broker"), tr("Primary broker"),
                  tr("Where live orders go"), &ExecutorConfig::primaryBroker, brokers);
    {
        auto* combo = new QComboBox;
        combo->addItem(tr("None"), QStringLiteral("none"));
        for (const auto& [value, text] : brokers)
            combo->addItem(text, value);
        addField(
            form, page, QStringLiteral("fallback_broker"), tr("Fallback broker"),
            tr("Used only when the primary broker certainly did not take an order (not "
               "connected, connection refused)"),
            combo,
            [combo](const ExecutorConfig& c) {
                int index = combo->findData(c.hasFallbackBroker() ? c.fallbackBroker
                                                                  : QStringLiteral("none"));
                if (index < 0) {
                    combo->addItem(c.fallbackBroker, c.fallbackBroker);
                    index = combo->count() - 1;
                }
                combo->setCurrentIndex(index);
            },
            [combo](ExecutorConfig& c) { c.fallbackBroker = combo->currentData().toString(); });
        connect(combo, &QComboBox::currentIndexChanged, this, &SettingsDialog::onFieldEdited);
    }
    m_liveWarning = new QLabel;
    m_liveWarning->setObjectName(QStringLiteral("liveWarning"));
    m_liveWarning->setWordWrap(true);
    m_liveWarning->setStyleSheet(
        QStringLiteral("QLabel{color:%1;font-weight:bold;}").arg(kErrorColor));
    // Below the group, not in the form: a wrapping label inside a form squeezes its rows.
    left->addWidget(m_liveWarning);

    auto* ibkrBox = group(tr("Interactive Brokers (TWS / IB Gateway)"), &form, false);
    left->addWidget(ibkrBox);
    m_ibkrHost = new QLineEdit;
    m_ibkrHost->setObjectName(QStringLiteral("ibkrHost"));
    m_ibkrHost->setText(m_settings.ibkrHost());
    form->addRow(tr("Host"), m_ibkrHost);
    m_ibkrPort = new QSpinBox;
    m_ibkrPort->setObjectName(QStringLiteral("ibkrPort"));
    m_ibkrPort->setRange(1, 65535);
    m_ibkrPort->setValue(m_settings.ibkrPort());
    m_ibkrPort->setToolTip(tr("IB Gateway: 4002 paper, 4001 live. TWS: 7497 paper, 7496 live."));
    form->addRow(tr("Port"), m_ibkrPort);
    m_ibkrClientId = new QSpinBox;
    m_ibkrClientId->setObjectName(QStringLiteral("ibkrClientId"));
    m_ibkrClientId->setRange(0, 999'999);
    m_ibkrClientId->setValue(m_settings.ibkrClientId());
    m_ibkrClientId->setToolTip(tr("Each program connected to the same TWS needs its own id"));
    form->addRow(tr("Client id"), m_ibkrClientId);
    left->addStretch(1);

    right->addWidget(group(tr("Alpaca"), &form));
    m_alpacaEnvironment = new QComboBox;
    m_alpacaEnvironment->setObjectName(QStringLiteral("alpacaEnvironment"));
    m_alpacaEnvironment->addItem(tr("Paper trading"), QStringLiteral("paper"));
    m_alpacaEnvironment->addItem(tr("Live trading"), QStringLiteral("live"));
    m_alpacaEnvironment->setCurrentIndex(
        m_alpacaEnvironment->findData(m_settings.alpacaEnvironment()));
    form->addRow(tr("Environment"), m_alpacaEnvironment);
    m_alpacaEndpoint = makeNote(QString(), page);
    m_alpacaEndpoint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Endpoint"), m_alpacaEndpoint);
    const auto showEndpoint = [this] {
        m_alpacaEndpoint->setText(
            AppSettings::alpacaEndpointFor(m_alpacaEnvironment->currentData().toString())
                .toString());
    };
    showEndpoint();
    connect(m_alpacaEnvironment, &QComboBox::currentIndexChanged, this, showEndpoint);
    connect(m_alpacaEnvironment, &QComboBox::currentIndexChanged, this,
            &SettingsDialog::updateLiveWarning);
    m_alpacaKeyId = new QLineEdit;
    m_alpacaKeyId->setObjectName(QStringLiteral("alpacaKeyId"));
    m_alpacaKeyId->setText(m_settings.alpacaKeyId());
    m_alpacaKeyId->setPlaceholderText(tr("API key id"));
    form->addRow(tr("Key id"), m_alpacaKeyId);
    m_alpacaSecret = new QLineEdit;
    m_alpacaSecret->setObjectName(QStringLiteral("alpacaSecret"));
    m_alpacaSecret->setEchoMode(QLineEdit::Password);
    m_alpacaSecret->setPlaceholderText(tr("Leave empty to keep the stored secret"));
    m_alpacaSecret->setToolTip(
        tr("The secret key is kept in the system keychain, never in the settings file"));
    m_removeSecret = new QPushButton(tr("Remove"));
    m_removeSecret->setObjectName(QStringLiteral("removeSecret"));
    m_removeSecret->setToolTip(tr("Delete the stored secret key from the system keychain"));
    connect(m_removeSecret, &QPushButton::clicked, this, &SettingsDialog::onRemoveSecret);
    auto* secretRow = new QHBoxLayout;
    secretRow->addWidget(m_alpacaSecret, 1);
    secretRow->addWidget(m_removeSecret);
    form->addRow(tr("Secret key"), secretRow);
    m_credentialStatus = new QLabel;
    m_credentialStatus->setObjectName(QStringLiteral("credentialStatus"));
    m_credentialStatus->setWordWrap(true);
    form->addRow(QString(), m_credentialStatus);
    {
        auto* tickers = new QLineEdit;
        tickers->setPlaceholderText(tr("SPY, QQQ, AAPL"));
        addField(
            form, page, QStringLiteral("watchlist"), tr("Watchlist"),
            tr("Tickers whose minute bars Alpaca streams, their clouds warmed up from "
               "history at start; open trades and approved signals are watched anyway"),
            tickers,
            [tickers](const ExecutorConfig& c) { tickers->setText(c.watchlist.join(u", ")); },
            [tickers](ExecutorConfig& c) {
                c.watchlist.clear();
                static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
                for (const QString& t : tickers->text().split(separators, Qt::SkipEmptyParts)) {
                    const QString ticker = t.toUpper();
                    if (!c.watchlist.contains(ticker))
                        c.watchlist.append(ticker);
                }
            });
        connect(tickers, &QLineEdit::textEdited, this, &SettingsDialog::onFieldEdited);
    }
    right->addStretch(1);
    outer->addStretch(1);
    return page;
}

QWidget* SettingsDialog::buildGeneralPage() {
    auto* page = new QWidget;
    auto* outer = new QVBoxLayout(page);
    QFormLayout* form = nullptr;
    auto* box = group(tr("Workstation"), &form, false);
    box->setMaximumWidth(760);
    outer->addWidget(box);

    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("language"));
    // Each language in its own name, so that a user who cannot read the current one finds it.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_appliedLanguage = m_settings.language();
    m_language->setCurrentIndex(m_language->findData(m_appliedLanguage));
    auto* languageRow = new QHBoxLayout;
    languageRow->addWidget(m_language);
    languageRow->addWidget(makeNote(tr("Takes effect after a restart"), page), 1);
    form->addRow(tr("Language"), languageRow);

    m_demoSpeed = new QSpinBox;
    m_demoSpeed->setObjectName(QStringLiteral("demoSpeed"));
    m_demoSpeed->setRange(AppSettings::kMinDemoSpeed, AppSettings::kMaxDemoSpeed);
    m_demoSpeed->setValue(m_settings.demoSpeed());
    m_demoSpeed->setSuffix(tr(" simulated min/s"));
    m_demoSpeed->setToolTip(tr("How fast the demo replays the market"));
    form->addRow(tr("Demo speed"), m_demoSpeed);

    m_journalPath = new QLineEdit;
    m_journalPath->setObjectName(QStringLiteral("journalPath"));
    m_journalPath->setText(QDir::toNativeSeparators(m_settings.journalPath()));
    m_journalPath->setToolTip(tr("SQLite database with every trade, order and fill"));
    auto* browse = new QPushButton(tr("Browse…"));
    connect(browse, &QPushButton::clicked, this, &SettingsDialog::onBrowseJournal);
    auto* journalRow = new QHBoxLayout;
    journalRow->addWidget(m_journalPath, 1);
    journalRow->addWidget(browse);
    form->addRow(tr("Trade journal"), journalRow);
    form->addRow(QString(),
                 makeNote(tr("A new journal location is used from the next start."), page));
    outer->addStretch(1);
    return page;
}

QWidget* SettingsDialog::buildSignalsPage() {
    auto* page = new QWidget;
    auto* outer = new QVBoxLayout(page);
    QFormLayout* form = nullptr;
    outer->addWidget(group(tr("Signal ingress"), &form, false));
    form->addRow(makeNote(tr("External signal engines on this computer deliver signals over "
                             "HTTP or WebSocket on 127.0.0.1 and must present this token."),
                          page));
    m_ingressPort = new QSpinBox;
    m_ingressPort->setObjectName(QStringLiteral("ingressPort"));
    m_ingressPort->setRange(1024, 65535);
    m_ingressPort->setValue(m_settings.ingressPort());
    form->addRow(tr("Port"), m_ingressPort);
    m_ingressToken = new QLineEdit;
    m_ingressToken->setObjectName(QStringLiteral("ingressToken"));
    m_ingressToken->setReadOnly(true);
    m_ingressToken->setText(m_settings.ingressToken());
    m_ingressToken->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ingressToken->setCursorPosition(0);
    // Room for all 64 hex digits: a token cut off on screen is easy to copy wrongly by hand.
    m_ingressToken->setMinimumWidth(
        m_ingressToken->fontMetrics().horizontalAdvance(QString(66, u'0')));
    auto* copy = new QPushButton(tr("Copy"));
    copy->setObjectName(QStringLiteral("copyToken"));
    connect(copy, &QPushButton::clicked, this, &SettingsDialog::onCopyToken);
    auto* regenerate = new QPushButton(tr("Regenerate"));
    regenerate->setObjectName(QStringLiteral("regenerateToken"));
    regenerate->setToolTip(tr("A new token locks out every source that has the old one"));
    connect(regenerate, &QPushButton::clicked, this, &SettingsDialog::onRegenerateToken);
    auto* tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_ingressToken, 1);
    tokenRow->addWidget(copy);
    tokenRow->addWidget(regenerate);
    form->addRow(tr("Token"), tokenRow);
    {
        auto* path = new QLineEdit;
        path->setPlaceholderText(tr("not polled"));
        QAction* browse = path->addAction(style()->standardIcon(QStyle::SP_DirOpenIcon),
                                          QLineEdit::TrailingPosition);
        browse->setToolTip(tr("Choose the signal engine's SQLite file"));
        connect(browse, &QAction::triggered, this, [this, path] {
            const QString file = QFileDialog::getOpenFileName(
                this, tr("Signal engine database"), path->text(),
                tr("SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)"));
            if (!file.isEmpty())
                path->setText(QDir::toNativeSeparators(file));
        });
        addField(
            form, page, QStringLiteral("signal_database"), tr("Signal engine database"),
            tr("The EMA Cloud Signal Engine's SQLite file: new rows of its ema_signals table are "
               "taken once each (used from the next start)"),
            path, [path](const ExecutorConfig& c) { path->setText(c.signalDatabase); },
            [path](ExecutorConfig& c) {
                c.signalDatabase = QDir::fromNativeSeparators(path->text().trimmed());
            });
        connect(path, &QLineEdit::textEdited, this, &SettingsDialog::onFieldEdited);
    }

    auto* columns = new QHBoxLayout;
    outer->addLayout(columns);
    columns->addWidget(group(tr("Signal checks"), &form, false), 1, Qt::AlignTop);
    addInteger(form, page, QStringLiteral("signal_max_age_seconds"), tr("Oldest signal"),
               tr("Signals older than this are rejected as stale"),
               &ExecutorConfig::signalMaxAgeSeconds, 24 * 3600, tr(" s"));
    addInteger(form, page, QStringLiteral("signal_max_future_seconds"), tr("Clock tolerance"),
               tr("How far in the future a signal's timestamp may be (clock skew)"),
               &ExecutorConfig::signalMaxFutureSeconds, 3600, tr(" s"));

    columns->addWidget(group(tr("EMA clouds"), &form, false), 1, Qt::AlignTop);
    {
        auto* combo = new QComboBox;
        combo->addItem(tr("Close"), QStringLiteral("close"));
        combo->addItem(tr("(High + low) / 2"), QStringLiteral("hl2"));
        addField(
            form, page, QStringLiteral("ema_price_source"), tr("Price"),
            tr("Price the EMAs are computed on; the EMA Cloud Signal Engine uses the close"), combo,
            [combo](const ExecutorConfig& c) {
                combo->setCurrentIndex(c.emaPriceSource == EmaPriceSource::Close ? 0 : 1);
            },
            [combo](ExecutorConfig& c) {
                c.emaPriceSource =
                    combo->currentIndex() == 0 ? EmaPriceSource::Close : EmaPriceSource::Hl2;
            });
        connect(combo, &QComboBox::currentIndexChanged, this, &SettingsDialog::onFieldEdited);
    }
    {
        auto* combo = new QComboBox;
        combo->addItem(tr("First value (pandas)"), QStringLiteral("first_value"));
        combo->addItem(tr("SMA (TradingView)"), QStringLiteral("sma"));
        addField(
            form, page, QStringLiteral("ema_seeding"), tr("Seeding"),
            tr("How an EMA starts; the EMA Cloud Signal Engine seeds with the first value"), combo,
            [combo](const ExecutorConfig& c) {
                combo->setCurrentIndex(c.emaSeeding == EmaSeeding::FirstValue ? 0 : 1);
            },
            [combo](ExecutorConfig& c) {
                c.emaSeeding =
                    combo->currentIndex() == 0 ? EmaSeeding::FirstValue : EmaSeeding::Sma;
            });
        connect(combo, &QComboBox::currentIndexChanged, this, &SettingsDialog::onFieldEdited);
    }

    columns->addWidget(group(tr("Replays"), &form, false), 1, Qt::AlignTop);
    {
        auto* check = new QCheckBox(tr("Adjust for splits and dividends"));
        addField(
            form, page, QStringLiteral("replay_adjust_prices"), tr("Factor files"),
            tr("Replayed Lean minute data is adjusted by the factor file beside its minute "
               "folder (factor_files/<symbol>.csv); off: raw prices (as --raw-prices)"),
            check, [check](const ExecutorConfig& c) { check->setChecked(c.replayAdjustPrices); },
            [check](ExecutorConfig& c) { c.replayAdjustPrices = check->isChecked(); });
        connect(check, &QCheckBox::toggled, this, &SettingsDialog::onFieldEdited);
    }
    addPercent(form, page, QStringLiteral("replay_jump_reset_pct"), tr("Jump that resets"),
               tr("A close-to-open jump larger than this, in a symbol without a factor file, "
                  "resets its clouds and is a warning of the replay summary (0: never)"),
               &ExecutorConfig::replayJumpResetPct);
    outer->addStretch(1);
    return page;
}

// --- State -------------------------------------------------------------------------------------

void SettingsDialog::loadFields(const ExecutorConfig& config) {
    const bool wasLoading = m_loading;
    m_loading = true;
    for (const Field& f : m_fields)
        f.load(config);
    m_loading = wasLoading;
}

ExecutorConfig SettingsDialog::config() const {
    ExecutorConfig c = m_base;
    for (const Field& f : m_fields)
        f.store(c);
    return c;
}

QList<ConfigError> SettingsDialog::sectorMapProblems() const {
    QList<ConfigError> errors;
    const QStringList lines = m_sectorMap->toPlainText().split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype eq = line.indexOf(u'=');
        if (eq <= 0 || line.mid(eq + 1).trimmed().isEmpty())
            errors.append(
                {QStringLiteral("sector_map"),
                 tr("line %1: expected TICKER = Sector, got \"%2\"").arg(i + 1).arg(line)});
    }
    return errors;
}

QList<ConfigError> SettingsDialog::problems() const {
    return sectorMapProblems() + config().validate();
}

void SettingsDialog::updateValidation() {
    const QList<ConfigError> errors = problems();
    QSet<QWidget*> badPages;
    for (const Field& f : m_fields) {
        bool bad = false;
        for (const ConfigError& e : errors)
            bad = bad || e.field == f.key || e.field.startsWith(f.key + u'.');
        if (f.editor->property(kInvalidProperty).toBool() != bad) {
            f.editor->setProperty(kInvalidProperty, bad);
            f.editor->setStyleSheet(bad ? kInvalidStyle : QString());
        }
        if (bad)
            badPages.insert(f.page);
    }
    for (int i = 0; i < m_tabs->count(); ++i) {
        m_tabs->setTabIcon(i, badPages.contains(m_tabs->widget(i))
                                  ? style()->standardIcon(QStyle::SP_MessageBoxWarning)
                                  : QIcon());
    }

    QStringList lines;
    for (const ConfigError& e : errors) {
        QString label = e.field;
        for (const Field& f : m_fields) {
            if (f.key == e.field || e.field.startsWith(f.key + u'.'))
                label = f.label;
        }
        lines << tr("%1 (%2): %3").arg(label, e.field, e.message);
    }
    m_validation->setText(lines.join(u'\n'));
    m_validation->setVisible(!errors.isEmpty());
    const bool ok = errors.isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(ok);

    updateLiveWarning();
}

void SettingsDialog::updateLiveWarning() {
    const ExecutorConfig c = config();
    QString text;
    if (c.tradingMode != u"live")
        text.clear();
    else if (c.primaryBroker == u"paper")
        text = tr("Live mode with the built-in paper broker as primary: orders stay simulated.");
    else if (c.primaryBroker == u"alpaca" &&
             m_alpacaEnvironment->currentData().toString() == u"paper")
        text = tr("Live mode: orders go to Alpaca paper trading (no real money).");
    else
        text = tr("Live: orders go to %1 with real money.").arg(m_primaryBroker->currentText());
    m_liveWarning->setText(text);
    m_liveWarning->setVisible(!text.isEmpty());
}

void SettingsDialog::updateProfileSummary() {
    const ExecutorConfig c = config();
    const QLocale locale;
    m_profileSummary->setText(
        tr("%1 % risk per trade · %2 % daily loss limit · %3 open positions · conviction ≥ %4")
            .arg(locale.toString(c.maxRiskPerTrade * 100.0, 'g', 4))
            .arg(locale.toString(c.dailyLossLimit * 100.0, 'g', 4))
            .arg(c.maxConcurrentPositions)
            .arg(c.minConviction));
}

void SettingsDialog::onFieldEdited() {
    if (m_loading)
        return;
    // The combo follows the values: a preset while they match one, Custom otherwise.
    const auto matching = matchingRiskProfile(config());
    const int index =
        m_profile->findData(matching ? toString(*matching) : AppSettings::customProfileName());
    if (index != m_profile->currentIndex()) {
        m_loading = true;
        m_profile->setCurrentIndex(index);
        m_loading = false;
    }
    updateProfileSummary();
    updateValidation();
}

void SettingsDialog::onProfileChanged(int index) {
    if (m_loading)
        return;
    const auto profile = riskProfileFromString(m_profile->itemData(index).toString());
    if (!profile)
        return; // Custom: keep the values as they are
    loadFields(applyRiskProfile(config(), *profile));
    updateProfileSummary();
    updateValidation();
}

namespace {

// Orders for real money: the live mode, routed to Alpaca's live environment.
bool realMoney(const ExecutorConfig& c, const QString& alpacaEnvironment) {
    return c.tradingMode == u"live" && c.primaryBroker == u"alpaca" && alpacaEnvironment == u"live";
}

} // namespace

bool SettingsDialog::confirmLiveAccount() {
    LiveAccountDialog confirm(
        m_settings.alpacaTradingUrl(m_alpacaEnvironment->currentData().toString()),
        m_alpacaKeyId->text().trimmed().toUtf8(), m_alpacaSecret->text().toUtf8(), m_credentials,
        this);
    return confirm.exec() == QDialog::Accepted;
}

bool SettingsDialog::apply() {
    updateValidation();
    if (!problems().isEmpty())
        return false;
    const ExecutorConfig c = config();
    // Switching to real money, or to another live account, is confirmed on the account itself.
    const bool wasRealMoney =
        realMoney(m_settings.executorConfig(), m_settings.alpacaEnvironment()) &&
        m_settings.alpacaKeyId() == m_alpacaKeyId->text().trimmed();
    if (realMoney(c, m_alpacaEnvironment->currentData().toString()) && !wasRealMoney &&
        !confirmLiveAccount())
        return false;
    m_settings.setExecutorConfig(c);
    m_settings.setRiskProfile(riskProfileFromString(m_profile->currentData().toString()));
    m_settings.setAlpacaEnvironment(m_alpacaEnvironment->currentData().toString());
    m_settings.setAlpacaKeyId(m_alpacaKeyId->text());
    m_settings.setIbkrHost(m_ibkrHost->text());
    m_settings.setIbkrPort(m_ibkrPort->value());
    m_settings.setIbkrClientId(m_ibkrClientId->value());
    const QString language = m_language->currentData().toString();
    m_settings.setLanguage(language);
    m_settings.setDemoSpeed(m_demoSpeed->value());
    const QString journal = QDir::fromNativeSeparators(m_journalPath->text().trimmed());
    // The default path is not pinned, so a later change of the default still applies.
    m_settings.setJournalPath(journal == AppSettings::defaultJournalPath() ? QString() : journal);
    m_settings.setIngressPort(m_ingressPort->value());
    m_settings.setIngressToken(m_ingressToken->text());
    m_settings.sync();
    m_base = c;

    Q_EMIT configApplied(c);
    if (language != m_appliedLanguage) {
        m_appliedLanguage = language;
        Q_EMIT languageChanged(language);
    }
    return true;
}

void SettingsDialog::accept() {
    if (!apply())
        return;
    if (m_credentials && !m_alpacaSecret->text().isEmpty()) {
        // Close only once the keychain has the secret; a failure keeps the dialog open.
        m_closeWhenSecretStored = true;
        m_buttons->setEnabled(false);
        startSecretWrite();
        return;
    }
    QDialog::accept();
}

void SettingsDialog::startSecretWrite() {
    if (!m_credentials || m_alpacaSecret->text().isEmpty())
        return;
    setCredentialStatus(tr("Storing the secret key in the system keychain…"), false);
    m_credentials->writeSecret(CredentialStore::alpacaSecretKey(), m_alpacaSecret->text());
}

void SettingsDialog::setCredentialStatus(const QString& text, bool error) {
    m_credentialStatus->setText(text);
    m_credentialStatus->setStyleSheet(
        QStringLiteral("QLabel{color:%1;}").arg(error ? kErrorColor : kOkColor));
}

void SettingsDialog::onBrowseJournal() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Trade journal"), m_journalPath->text(), tr("SQLite databases (*.db)"), nullptr,
        QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        m_journalPath->setText(QDir::toNativeSeparators(path));
}

void SettingsDialog::onCopyToken() {
    QApplication::clipboard()->setText(m_ingressToken->text());
}

void SettingsDialog::onRegenerateToken() {
    // Takes effect on OK / Apply, like every other change here.
    m_ingressToken->setText(AppSettings::generateIngressToken());
    m_ingressToken->setCursorPosition(0);
}

void SettingsDialog::onRemoveSecret() {
    if (!m_credentials)
        return;
    setCredentialStatus(tr("Removing the secret key from the system keychain…"), false);
    m_credentials->removeSecret(CredentialStore::alpacaSecretKey());
}

void SettingsDialog::onSecretWritten(const QString& key) {
    if (key != CredentialStore::alpacaSecretKey())
        return;
    m_alpacaSecret->clear();
    setCredentialStatus(tr("Secret key stored in the system keychain."), false);
    m_buttons->setEnabled(true);
    if (m_closeWhenSecretStored) {
        m_closeWhenSecretStored = false;
        QDialog::accept();
    }
}

void SettingsDialog::onSecretRead(const QString& key) {
    if (key != CredentialStore::alpacaSecretKey())
        return;
    setCredentialStatus(tr("A secret key is stored in the system keychain."), false);
}

void SettingsDialog::onSecretNotFound(const QString& key) {
    if (key != CredentialStore::alpacaSecretKey())
        return;
    setCredentialStatus(tr("No secret key stored yet."), false);
}

void SettingsDialog::onSecretRemoved(const QString& key) {
    if (key != CredentialStore::alpacaSecretKey())
        return;
    setCredentialStatus(tr("No secret key stored."), false);
}

void SettingsDialog::onCredentialFailed(const QString& key, const QString& errorString) {
    if (key != CredentialStore::alpacaSecretKey())
        return;
    setCredentialStatus(tr("Credentials cannot be stored: %1").arg(errorString), true);
    m_buttons->setEnabled(true);
    if (m_closeWhenSecretStored) {
        // Everything else was saved; the secret was not, and the user must see that.
        m_closeWhenSecretStored = false;
        m_tabs->setCurrentWidget(m_brokersPage);
        m_alpacaSecret->setFocus();
    }
}

} // namespace axion
