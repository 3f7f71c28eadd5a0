#include "CommandLine.h"
#include "HeadlessService.h"
#include "Workstation.h"
#include "config/ExecutorConfig.h"
#include "execution/ReplaySession.h"
#include "settings/AppSettings.h"
#include "settings/CredentialStore.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QLibraryInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>
#include <QUrl>
#include <memory>

using namespace axion;

namespace {

// Qt's own strings and ours, in the language of the settings ("en" needs none).
void installTranslator(const QString& language) {
    if (language.isEmpty() || language == u"en")
        return;
    auto* qt = new QTranslator(qApp);
    if (qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto* ours = new QTranslator(qApp);
    if (ours->load(QStringLiteral(":/i18n/axion_%1.qm").arg(language)))
        QCoreApplication::installTranslator(ours);
}

// --headless --replay FILE...: the whole pipeline on replayed bars, then a summary.
int runHeadless(const CommandLine& cl, const ExecutorConfig& config) {
    QTextStream out(stdout);
    QTextStream err(stderr);
    const Money equity = Money::fromWhole(cl.equityDollars.value_or(100'000));
    ReplaySession session(config, equity);
    for (const QString& file : cl.replayFiles) {
        QString error;
        if (!session.addFile(file, &error)) {
            err << "axion-executor: " << error << '\n';
            return 2;
        }
    }
    QTemporaryDir scratch; // holds the journal when --journal is not given
    const QString journal =
        cl.journalPath.isEmpty() ? scratch.filePath(QStringLiteral("journal.db")) : cl.journalPath;
    QString error;
    if (cl.journalTradesOnly)
        session.setJournalDetail(TradeJournal::Detail::Trades);
    if (!session.openJournal(journal, &error)) {
        err << "axion-executor: journal " << journal << ": " << error << '\n';
        return 2;
    }
    const ReplaySummary summary = session.run();
    if (!summary.journalError.isEmpty()) {
        err << "axion-executor: journal " << journal << ": " << summary.journalError << '\n';
        return 2;
    }
    out << summary.toText();
    if (!cl.journalPath.isEmpty())
        out << "  journal         " << QDir::toNativeSeparators(journal) << '\n';
    if (!cl.summaryJsonPath.isEmpty()) {
        QFile file(cl.summaryJsonPath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            err << "axion-executor: cannot write " << cl.summaryJsonPath << ": "
                << file.errorString() << '\n';
            return 2;
        }
        file.write(QJsonDocument(summary.toJson()).toJson(QJsonDocument::Indented));
    }
    return 0;
}

QString settingsPath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
           QStringLiteral("/settings.ini");
}

// The ingress on `port`, with its bearer token: --ingress-token, else AXION_INGRESS_TOKEN, else
// the settings' (made on first run); `origin` says which. Nothing, with the reason on stderr, when
// the token given is unusable.
std::optional<IngressOptions> ingressOptions(const CommandLine& cl, AppSettings& settings,
                                             quint16 port, QString* origin) {
    IngressOptions o;
    if (!cl.ingressAddress.isEmpty())
        o.address = QHostAddress(cl.ingressAddress);
    o.port = port;
    const QString env = qEnvironmentVariable("AXION_INGRESS_TOKEN");
    if (!cl.ingressToken.isEmpty()) {
        *origin = QStringLiteral("--ingress-token");
        o.token = cl.ingressToken.toUtf8();
    } else if (!env.isEmpty()) {
        *origin = QStringLiteral("AXION_INGRESS_TOKEN");
        if (const QString why = CommandLine::tokenProblem(env); !why.isEmpty()) {
            QTextStream(stderr) << "axion-executor: AXION_INGRESS_TOKEN " << why << '\n';
            return std::nullopt;
        }
        o.token = env.toUtf8();
    } else {
        *origin = QStringLiteral("the settings (%1)").arg(QDir::toNativeSeparators(settingsPath()));
        o.token = settings.ingressToken().toUtf8();
    }
    return o;
}

// --headless --ingress-port N: the live pipeline until SIGINT/SIGTERM.
int runService(const CommandLine& cl, const ExecutorConfig& config) {
    QTextStream out(stdout);
    QTextStream err(stderr);
    AppSettings settings(settingsPath());
    QString origin;
    const std::optional<IngressOptions> ingress =
        ingressOptions(cl, settings, *cl.ingressPort, &origin);
    if (!ingress)
        return 2;
    HeadlessService::Options options;
    options.config = config;
    if (cl.equityDollars)
        options.startingEquity = Money::fromWhole(*cl.equityDollars);
    options.journalPath = cl.journalPath.isEmpty() ? settings.journalPath() : cl.journalPath;
    options.replayFiles = cl.replayFiles;
    if (cl.speed)
        options.minutesPerSecond = *cl.speed;
    options.ingress = *ingress;
    options.builtInSignals = cl.builtInSignals;
    if (cl.broker == u"alpaca") {
        AlpacaSettings alpaca =
            cl.alpacaLive ? AlpacaSettings::liveTrading() : AlpacaSettings::paper();
        if (!cl.alpacaUrl.isEmpty())
            alpaca.setTradingUrl(QUrl(cl.alpacaUrl));
        if (!cl.alpacaStreamUrl.isEmpty())
            alpaca.streamUrl = QUrl(cl.alpacaStreamUrl);
        alpaca.keysFromEnvironment();
        if (const QString why = alpaca.missingKeys(); !why.isEmpty()) {
            err << "axion-executor: " << why << Qt::endl;
            return 2;
        }
        options.alpaca = alpaca;
        options.alpacaData.feed = cl.alpacaFeed;
        if (!cl.alpacaDataUrl.isEmpty())
            options.alpacaData.dataUrl = QUrl(cl.alpacaDataUrl);
        if (!cl.alpacaDataStreamUrl.isEmpty())
            options.alpacaData.streamUrl = QUrl(cl.alpacaDataStreamUrl);
        options.clockStartMs = cl.clockStartMs.value_or(0);
    }
    out << "axion-executor: bearer token from " << origin << ": "
        << QString::fromUtf8(ingress->token) << Qt::endl;
    HeadlessService service(options, out, err);
    if (!service.start())
        return 2;
    return QCoreApplication::exec();
}

// The Alpaca secret key from the system keychain, waiting for the keychain's answer (it asks
// the user to unlock it, at most `timeoutMs`). Empty when none is stored or it cannot be read;
// `why` then says so.
QByteArray secretFromKeychain(QString* why, int timeoutMs = 60'000) {
    CredentialStore store;
    QByteArray secret;
    QEventLoop loop;
    QObject::connect(&store, &CredentialStore::secretRead, &loop,
                     [&](const QString&, const QString& value) {
                         secret = value.toUtf8();
                         loop.quit();
                     });
    QObject::connect(&store, &CredentialStore::secretNotFound, &loop, [&](const QString&) {
        *why = QStringLiteral("no Alpaca secret key is stored in the system keychain");
        loop.quit();
    });
    QObject::connect(&store, &CredentialStore::failed, &loop,
                     [&](const QString&, const QString& error) {
                         *why = QStringLiteral("the system keychain cannot be read: ") + error;
                         loop.quit();
                     });
    QTimer::singleShot(timeoutMs, &loop, [&] {
        *why = QStringLiteral("the system keychain did not answer");
        loop.quit();
    });
    store.readSecret(CredentialStore::alpacaSecretKey());
    loop.exec();
    return secret;
}

// The workstation on Alpaca, as the settings say (live mode, Alpaca the primary broker): the
// environment and key id from the settings, the secret from the keychain, unless
// APCA_API_KEY_ID / APCA_API_SECRET_KEY are set. Hidden settings alpaca/trading_url,
// alpaca/stream_url, alpaca/data_url and alpaca/data_stream_url point it at another host (a
// proxy, a test double).
std::pair<AlpacaSettings, AlpacaDataSettings> alpacaFromSettings(const AppSettings& settings,
                                                                 QTextStream& err) {
    const QString environment = settings.alpacaEnvironment();
    AlpacaSettings alpaca =
        environment == u"live" ? AlpacaSettings::liveTrading() : AlpacaSettings::paper();
    const QUrl url = settings.alpacaTradingUrl(environment);
    if (url != AppSettings::alpacaEndpointFor(environment))
        alpaca.setTradingUrl(url);
    if (const QUrl stream = settings.alpacaStreamUrl(); !stream.isEmpty())
        alpaca.streamUrl = stream;
    if (!alpaca.keysFromEnvironment()) {
        alpaca.keyId = settings.alpacaKeyId().toUtf8();
        QString why;
        alpaca.secretKey = secretFromKeychain(&why);
        if (alpaca.secretKey.isEmpty())
            err << "axion-executor: " << why << Qt::endl;
    }
    AlpacaDataSettings data;
    if (const QUrl d = settings.alpacaDataUrl(); !d.isEmpty())
        data.dataUrl = d;
    data.streamUrl = settings.alpacaDataStreamUrl();
    return {alpaca, data};
}

// The workstation window (demo mode, or Alpaca when the settings say so), optionally saving a
// screenshot and exiting.
int runWorkstation(const CommandLine& cl, const ExecutorConfig& fileConfig, bool configGiven) {
    QTextStream err(stderr);
    AppSettings settings(settingsPath());
    installTranslator(settings.language());

    Workstation::Options options;
    // A --config file wins over the saved settings.
    options.config = configGiven ? fileConfig : settings.executorConfig();
    if (cl.equityDollars)
        options.startingEquity = Money::fromWhole(*cl.equityDollars);
    options.minutesPerSecond = cl.speed.value_or(double(settings.demoSpeed()));
    // --demo keeps the demo whatever the settings say.
    const bool onAlpaca = !cl.demo && options.config.tradingMode == u"live" &&
                          options.config.primaryBroker == u"alpaca";
    if (onAlpaca) {
        auto [alpaca, data] = alpacaFromSettings(settings, err);
        // Without keys the window still opens: Alpaca shows Down with the reason.
        options.alpaca = alpaca;
        options.alpacaData = data;
        options.journalPath = cl.journalPath.isEmpty() ? settings.journalPath() : cl.journalPath;
    } else {
        options.journalPath =
            cl.journalPath.isEmpty()
                ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                      QStringLiteral("/demo-journal.db")
                : cl.journalPath;
    }
    QString origin;
    options.ingress = ingressOptions(
        cl, settings, cl.ingressPort.value_or(quint16(settings.ingressPort())), &origin);
    if (!options.ingress)
        return 2;
    Workstation workstation(options, &settings);
    QString error;
    if (!workstation.start(&error)) {
        err << "axion-executor: " << error << '\n';
        return 2;
    }
    int code = 0;
    if (!cl.screenshotPath.isEmpty()) {
        QObject::connect(&workstation, &Workstation::screenshotSaved, qApp,
                         [&code, &err](const QString& path, bool ok, const QString& why) {
                             if (ok) {
                                 QTextStream(stdout) << "screenshot: " << path << '\n';
                             } else {
                                 err << "axion-executor: " << why << '\n';
                                 code = 2;
                             }
                             QCoreApplication::quit();
                         });
        workstation.scheduleScreenshot(cl.screenshotPath, cl.screenshotAfterSeconds,
                                       cl.screenshotTab);
    }
    const int rc = QApplication::exec();
    return code != 0 ? code : rc;
}

// Headless runs need no display: only the workstation gets a QApplication.
bool wantsWindow(int argc, char* argv[]) {
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--headless" || a == "--help" || a == "-h" || a == "--version" || a == "-v")
            return false;
    }
    return true;
}

} // namespace

int main(int argc, char* argv[]) {
#if defined(Q_OS_LINUX)
    // A server or a container without a display still runs the workstation (and its
    // screenshots): offscreen, said out loud.
    if (wantsWindow(argc, argv) && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QTextStream(stderr) << "axion-executor: no display found: the workstation runs "
                               "offscreen (use --screenshot FILE to see it, or xvfb-run)\n";
    }
#endif
    std::unique_ptr<QCoreApplication> application =
        wantsWindow(argc, argv) ? std::make_unique<QApplication>(argc, argv)
                                : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication& app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("axion-executor"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AXION_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("Axion"));

    const CommandLine cl = CommandLine::parse(app.arguments());
    QTextStream out(stdout);
    QTextStream err(stderr);
    switch (cl.action) {
    case CommandLine::Action::ShowHelp:
        out << cl.helpText;
        return 0;
    case CommandLine::Action::ShowVersion:
        out << "axion-executor " << AXION_VERSION << '\n';
        return 0;
    case CommandLine::Action::Error:
        err << "axion-executor: " << cl.error << '\n';
        return 2;
    case CommandLine::Action::Run:
    case CommandLine::Action::Headless:
    case CommandLine::Action::HeadlessService:
        break;
    }

    ExecutorConfig config;
    if (!cl.configPath.isEmpty()) {
        QList<ConfigError> errors;
        if (!ExecutorConfig::load(cl.configPath, &config, &errors)) {
            for (const ConfigError& e : errors)
                err << "axion-executor: " << (e.field.isEmpty() ? QString() : e.field + u": ")
                    << e.message << '\n';
            return 2;
        }
    }
    if (cl.rawPrices)
        config.replayAdjustPrices = false; // --raw-prices wins over the config file
    if (cl.action == CommandLine::Action::Headless)
        return runHeadless(cl, config);
    if (cl.action == CommandLine::Action::HeadlessService)
        return runService(cl, config);
    return runWorkstation(cl, config, !cl.configPath.isEmpty());
}
