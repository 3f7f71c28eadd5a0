#include "CommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QHostAddress>
#include <QUrl>

namespace axion {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("axion::CommandLine", text);
}

} // namespace

QString CommandLine::tokenProblem(const QString& token) {
    if (token.size() < kMinTokenLength)
        return tr("must be at least 16 characters long");
    for (const QChar c : token) {
        // It travels in an HTTP header and a URL query: visible ASCII, no spaces.
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f)
            return tr("may only hold visible ASCII characters (no spaces)");
    }
    return {};
}

CommandLine CommandLine::parse(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Axion Trade Executor: an autonomous EMA-cloud trade executor.\n"
           "With no options it opens the workstation on the embedded default (demo mode): the\n"
           "paper broker and a replayed demo market, no keys, no network. When the settings say\n"
           "live mode with Alpaca as the primary broker it opens on Alpaca instead; --demo keeps\n"
           "the demo.\n\n"
           "Screenshot for bug reports and tests:\n"
           "  axion-executor --demo --screenshot FILE --after SECONDS "
           "[--tab positions|orders|risk|journal]\n\n"
           "Headless replay:\n"
           "  axion-executor --headless --replay FILE... [--config FILE] [--journal FILE]\n"
           "                 [--summary-json FILE] [--equity DOLLARS] [--raw-prices]\n"
           "                 [--journal-detail audit|trades]\n"
           "FILE is a Lean minute trade zip (<symbol>/<yyyymmdd>_trade.zip) or a CSV with the\n"
           "header timestamp,open,high,low,close,volume. Lean zips are adjusted for splits and\n"
           "dividends by <root>/factor_files/<symbol>.csv beside <root>/minute/ when it exists.\n\n"
           "Headless live pipeline with the signal ingress, until SIGINT/SIGTERM:\n"
           "  axion-executor --headless --ingress-port N [--broker paper] [--ingress-token TOKEN]\n"
           "                 [--replay FILE...] [--speed N] [--journal FILE] [--config FILE]\n"
           "  axion-executor --headless --ingress-port N --broker alpaca [--alpaca-live]\n"
           "                 [--alpaca-url URL --alpaca-stream-url URL] [--clock-start ISO]\n"
           "                 [--alpaca-data-url URL --alpaca-data-stream-url URL]\n"
           "                 [--alpaca-feed iex|sip]\n"
           "Alpaca's keys come from APCA_API_KEY_ID and APCA_API_SECRET_KEY; the paper account\n"
           "unless --alpaca-live.\n"
           "Signals: POST http://127.0.0.1:N/v1/signals (or a WebSocket on the same path) with\n"
           "Authorization: Bearer TOKEN. The token is --ingress-token, else the environment\n"
           "variable AXION_INGRESS_TOKEN, else the one in the settings (made on first run)."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     tr("Show the version."));
    const QCommandLineOption config(QStringLiteral("config"),
                                    tr("Executor configuration (JSON) to use."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption headless(QStringLiteral("headless"),
                                      tr("Run without a window: replay market data and exit."));
    const QCommandLineOption replay(QStringLiteral("replay"),
                                    tr("Market data files to replay (several may follow)."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption journal(
        QStringLiteral("journal"),
        tr("Trade journal (SQLite) to write; default: a temporary file."), QStringLiteral("FILE"));
    const QCommandLineOption summary(QStringLiteral("summary-json"),
                                     tr("Write the run's summary as JSON to this file."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption equity(
        QStringLiteral("equity"),
        tr("Starting equity of the paper account in dollars (default 100000)."),
        QStringLiteral("DOLLARS"));
    const QCommandLineOption rawPrices(
        QStringLiteral("raw-prices"),
        tr("Replay Lean minute zips as they are, without the splits and dividends of their "
           "factor files (config replay_adjust_prices false)."));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  tr("Open the workstation in demo mode (paper broker, replayed "
                                     "demo market)."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        tr("Save a PNG of the main window to FILE and exit."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption after(QStringLiteral("after"),
                                   tr("Seconds to run before the screenshot (default 5)."),
                                   QStringLiteral("SECONDS"));
    const QCommandLineOption tab(QStringLiteral("tab"),
                                 tr("Tab to show: positions, orders, risk or journal."),
                                 QStringLiteral("NAME"));
    const QCommandLineOption speed(QStringLiteral("speed"),
                                   tr("Replay pace in simulated minutes per second (default 20 "
                                      "in the workstation, real time for --ingress-port)."),
                                   QStringLiteral("N"));
    const QCommandLineOption ingressPort(
        QStringLiteral("ingress-port"),
        tr("Serve the signal ingress on this port (0: any free port). With --headless: run the "
           "live pipeline until SIGINT/SIGTERM."),
        QStringLiteral("N"));
    const QCommandLineOption ingressAddress(
        QStringLiteral("ingress-address"),
        tr("Address the signal ingress listens on (default 127.0.0.1)."), QStringLiteral("ADDR"));
    const QCommandLineOption ingressToken(
        QStringLiteral("ingress-token"),
        tr("Bearer token the signal ingress requires (default: AXION_INGRESS_TOKEN, else the "
           "settings)."),
        QStringLiteral("TOKEN"));
    const QCommandLineOption broker(QStringLiteral("broker"),
                                    tr("Broker of the headless live pipeline (default paper)."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption alpacaUrl(QStringLiteral("alpaca-url"),
                                       tr("Alpaca's trading API (default: its paper or live "
                                          "host)."),
                                       QStringLiteral("URL"));
    const QCommandLineOption alpacaStreamUrl(
        QStringLiteral("alpaca-stream-url"),
        tr("Alpaca's trade_updates WebSocket (default: beside the trading API)."),
        QStringLiteral("URL"));
    const QCommandLineOption alpacaDataUrl(
        QStringLiteral("alpaca-data-url"),
        tr("Alpaca's market data API, for history (default https://data.alpaca.markets)."),
        QStringLiteral("URL"));
    const QCommandLineOption alpacaDataStreamUrl(QStringLiteral("alpaca-data-stream-url"),
                                                 tr("Alpaca's market data WebSocket (default "
                                                    "wss://stream.data.alpaca.markets/v2/FEED)."),
                                                 QStringLiteral("URL"));
    const QCommandLineOption alpacaFeed(
        QStringLiteral("alpaca-feed"),
        tr("Alpaca's market data feed: iex (every plan, the default) or sip (a paid plan)."),
        QStringLiteral("FEED"));
    const QCommandLineOption alpacaLive(
        QStringLiteral("alpaca-live"),
        tr("Trade Alpaca's live account (real money) instead of the paper account."));
    const QCommandLineOption clockStart(
        QStringLiteral("clock-start"),
        tr("Start the live clock at this UTC instant (ISO 8601): a rehearsal outside market "
           "hours against a paper account or a fake."),
        QStringLiteral("ISO"));
    const QCommandLineOption journalDetail(
        QStringLiteral("journal-detail"),
        tr("What a replay journals: audit (every signal, risk decision and order event, the "
           "default) or trades (trades, orders, fills and daily P&L only)."),
        QStringLiteral("DETAIL"));
    const QCommandLineOption builtIn(
        QStringLiteral("built-in-signals"),
        tr("The headless live pipeline also trades the built-in cloud engine's signals."));
    for (const auto& o : {help,          version,
                          config,        headless,
                          replay,        journal,
                          summary,       equity,
                          rawPrices,     demo,
                          screenshot,    after,
                          tab,           speed,
                          ingressPort,   ingressAddress,
                          ingressToken,  broker,
                          builtIn,       journalDetail,
                          alpacaUrl,     alpacaStreamUrl,
                          alpacaLive,    clockStart,
                          alpacaDataUrl, alpacaDataStreamUrl,
                          alpacaFeed})
        parser.addOption(o);

    CommandLine cl;
    auto fail = [&cl](const QString& message) {
        cl.action = Action::Error;
        cl.error = message;
        return cl;
    };
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(help)) {
        cl.action = Action::ShowHelp;
        cl.helpText = parser.helpText();
        return cl;
    }
    if (parser.isSet(version)) {
        cl.action = Action::ShowVersion;
        return cl;
    }
    cl.configPath = parser.value(config);
    cl.journalPath = parser.value(journal);
    cl.summaryJsonPath = parser.value(summary);
    if (parser.isSet(journalDetail)) {
        const QString detail = parser.value(journalDetail);
        if (detail != QStringLiteral("audit") && detail != QStringLiteral("trades"))
            return fail(tr("--journal-detail must be audit or trades, got \"%1\"").arg(detail));
        cl.journalTradesOnly = detail == QStringLiteral("trades");
    }
    if (parser.isSet(equity)) {
        bool ok = false;
        const qint64 dollars = parser.value(equity).toLongLong(&ok);
        if (!ok || dollars <= 0 || dollars > 1'000'000'000'000LL)
            return fail(tr("--equity must be a whole number of dollars above zero, got \"%1\"")
                            .arg(parser.value(equity)));
        cl.equityDollars = dollars;
    }
    // "--replay a b c": the first file is the option's value, the rest are positional.
    cl.replayFiles = parser.values(replay);
    if (!cl.replayFiles.isEmpty())
        cl.replayFiles += parser.positionalArguments();
    else if (!parser.positionalArguments().isEmpty())
        return fail(tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst()));

    cl.demo = parser.isSet(demo);
    cl.screenshotPath = parser.value(screenshot);
    if (parser.isSet(after)) {
        bool ok = false;
        const double seconds = parser.value(after).toDouble(&ok);
        if (!ok || !(seconds >= 0.0) || seconds > 86'400.0)
            return fail(tr("--after must be a number of seconds from 0 to 86400, got \"%1\"")
                            .arg(parser.value(after)));
        cl.screenshotAfterSeconds = seconds;
    }
    cl.screenshotTab = parser.value(tab);
    if (parser.isSet(tab) &&
        !QStringList{QStringLiteral("positions"), QStringLiteral("orders"), QStringLiteral("risk"),
                     QStringLiteral("journal"), QStringLiteral("signals")}
             .contains(cl.screenshotTab))
        return fail(tr("--tab must be positions, orders, risk, journal or signals, got \"%1\"")
                        .arg(cl.screenshotTab));
    if (parser.isSet(speed)) {
        bool ok = false;
        const double n = parser.value(speed).toDouble(&ok);
        if (!ok || !(n >= 0.0) || n > 100'000.0)
            return fail(tr("--speed must be simulated minutes per second from 0 to 100000, "
                           "got \"%1\"")
                            .arg(parser.value(speed)));
        cl.speed = n;
    }
    if ((parser.isSet(after) || parser.isSet(tab)) && cl.screenshotPath.isEmpty())
        return fail(tr("--after and --tab go with --screenshot FILE"));

    if (parser.isSet(ingressPort)) {
        bool ok = false;
        const uint port = parser.value(ingressPort).toUInt(&ok);
        if (!ok || port > 65535)
            return fail(tr("--ingress-port must be a port number from 0 to 65535, got \"%1\"")
                            .arg(parser.value(ingressPort)));
        cl.ingressPort = quint16(port);
    }
    if (parser.isSet(ingressAddress)) {
        cl.ingressAddress = parser.value(ingressAddress);
        if (QHostAddress(cl.ingressAddress).isNull())
            return fail(
                tr("--ingress-address must be an IP address, got \"%1\"").arg(cl.ingressAddress));
    }
    if (parser.isSet(ingressToken)) {
        cl.ingressToken = parser.value(ingressToken);
        if (const QString why = tokenProblem(cl.ingressToken); !why.isEmpty())
            return fail(tr("--ingress-token %1").arg(why));
    }
    const bool service = parser.isSet(headless) && cl.ingressPort.has_value();
    if (parser.isSet(broker)) {
        cl.broker = parser.value(broker);
        if (cl.broker == u"ibkr")
            return fail(tr("--broker %1 is not available yet: the headless live pipeline runs on "
                           "--broker paper or alpaca")
                            .arg(cl.broker));
        if (cl.broker != u"paper" && cl.broker != u"alpaca")
            return fail(tr("--broker must be paper, alpaca or ibkr, got \"%1\"").arg(cl.broker));
    }
    const bool anyAlpaca = parser.isSet(alpacaUrl) || parser.isSet(alpacaStreamUrl) ||
                           parser.isSet(alpacaLive) || parser.isSet(alpacaDataUrl) ||
                           parser.isSet(alpacaDataStreamUrl) || parser.isSet(alpacaFeed);
    if (anyAlpaca && cl.broker != u"alpaca")
        return fail(tr("--alpaca-url, --alpaca-stream-url, --alpaca-live, --alpaca-data-url, "
                       "--alpaca-data-stream-url and --alpaca-feed go with --broker alpaca"));
    for (const auto& [option, field] :
         {std::pair{&alpacaUrl, &cl.alpacaUrl}, std::pair{&alpacaStreamUrl, &cl.alpacaStreamUrl},
          std::pair{&alpacaDataUrl, &cl.alpacaDataUrl},
          std::pair{&alpacaDataStreamUrl, &cl.alpacaDataStreamUrl}}) {
        if (!parser.isSet(*option))
            continue;
        *field = parser.value(*option);
        const QUrl url(*field, QUrl::StrictMode);
        const QStringList schemes =
            option == &alpacaStreamUrl || option == &alpacaDataStreamUrl
                ? QStringList{QStringLiteral("ws"), QStringLiteral("wss")}
                : QStringList{QStringLiteral("http"), QStringLiteral("https")};
        if (!url.isValid() || url.host().isEmpty() || !schemes.contains(url.scheme()))
            return fail(tr("--%1 must be a %2 URL, got \"%3\"")
                            .arg(option->names().constFirst(), schemes.join(u'/'), *field));
    }
    cl.alpacaLive = parser.isSet(alpacaLive);
    if (parser.isSet(alpacaFeed)) {
        cl.alpacaFeed = parser.value(alpacaFeed);
        if (cl.alpacaFeed != u"iex" && cl.alpacaFeed != u"sip")
            return fail(tr("--alpaca-feed must be iex or sip, got \"%1\"").arg(cl.alpacaFeed));
    }
    if (parser.isSet(clockStart)) {
        const QDateTime at = QDateTime::fromString(parser.value(clockStart), Qt::ISODate);
        if (!at.isValid() || at.timeSpec() == Qt::LocalTime)
            return fail(tr("--clock-start must be an ISO 8601 instant with Z or an offset, got "
                           "\"%1\"")
                            .arg(parser.value(clockStart)));
        if (cl.alpacaLive)
            return fail(tr("--clock-start is for rehearsals: not with --alpaca-live"));
        cl.clockStartMs = at.toMSecsSinceEpoch();
    }
    cl.builtInSignals = parser.isSet(builtIn);
    if ((parser.isSet(broker) || cl.builtInSignals || parser.isSet(clockStart)) && !service)
        return fail(tr("--broker, --built-in-signals and --clock-start are for the headless live "
                       "pipeline (--headless --ingress-port N)"));

    if (parser.isSet(headless)) {
        if (parser.isSet(demo) || !cl.screenshotPath.isEmpty())
            return fail(tr("--demo and --screenshot open the workstation: not with --headless"));
        if (service) {
            if (!cl.summaryJsonPath.isEmpty())
                return fail(tr("--summary-json is for headless replays, not with --ingress-port"));
            cl.action = Action::HeadlessService;
        } else {
            if (cl.replayFiles.isEmpty())
                return fail(tr("--headless needs --replay FILE... or --ingress-port N"));
            if (parser.isSet(ingressAddress) || parser.isSet(ingressToken))
                return fail(tr("--ingress-address and --ingress-token go with --ingress-port"));
            cl.action = Action::Headless;
        }
    } else if (!cl.replayFiles.isEmpty() || !cl.summaryJsonPath.isEmpty()) {
        return fail(tr("--replay and --summary-json are for --headless runs"));
    }
    cl.rawPrices = parser.isSet(rawPrices);
    if (cl.rawPrices && cl.replayFiles.isEmpty())
        return fail(tr("--raw-prices goes with --replay FILE..."));
    return cl;
}

} // namespace axion
