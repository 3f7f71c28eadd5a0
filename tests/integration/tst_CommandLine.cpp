#include "CommandLine.h"

#include <QDateTime>
#include <QTest>

using namespace axion;
using namespace Qt::StringLiterals;

namespace {

CommandLine parse(const QStringList& args) {
    return CommandLine::parse(QStringList{QStringLiteral("axion-executor")} + args);
}

QStringList words(const char* text) {
    return QString::fromLatin1(text).split(u' ', Qt::SkipEmptyParts);
}

} // namespace

class tst_CommandLine : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void noArgumentsRunsTheDefault() {
        const CommandLine cl = parse({});
        QCOMPARE(int(cl.action), int(CommandLine::Action::Run));
        QVERIFY(cl.configPath.isEmpty());
    }

    void headlessReplayWithEveryOption() {
        const CommandLine cl = parse(words("--headless --replay a.zip b.zip c.csv --config c.json "
                                           "--journal j.db --summary-json s.json --equity 250000"));
        QCOMPARE(int(cl.action), int(CommandLine::Action::Headless));
        QCOMPARE(cl.replayFiles, words("a.zip b.zip c.csv"));
        QCOMPARE(cl.configPath, QStringLiteral("c.json"));
        QCOMPARE(cl.journalPath, QStringLiteral("j.db"));
        QCOMPARE(cl.summaryJsonPath, QStringLiteral("s.json"));
        QCOMPARE(*cl.equityDollars, 250'000);
    }

    void headlessServiceWithEveryOption() {
        const CommandLine cl =
            parse(words("--headless --ingress-port 8800 --ingress-address 127.0.0.1 --broker paper "
                        "--ingress-token abcdefghijklmnop --replay a.csv --speed 5 --journal j.db "
                        "--built-in-signals"));
        QCOMPARE(int(cl.action), int(CommandLine::Action::HeadlessService));
        QCOMPARE(*cl.ingressPort, quint16(8800));
        QCOMPARE(cl.ingressAddress, QStringLiteral("127.0.0.1"));
        QCOMPARE(cl.ingressToken, QStringLiteral("abcdefghijklmnop"));
        QCOMPARE(cl.broker, QStringLiteral("paper"));
        QCOMPARE(cl.replayFiles, words("a.csv"));
        QCOMPARE(*cl.speed, 5.0);
        QVERIFY(cl.builtInSignals);
        const CommandLine alpaca = parse(
            words("--headless --ingress-port 0 --broker alpaca --alpaca-url http://127.0.0.1:9001 "
                  "--alpaca-stream-url ws://127.0.0.1:9002/stream --clock-start "
                  "2026-12-07T15:00:00Z --alpaca-data-url http://127.0.0.1:9003 "
                  "--alpaca-data-stream-url ws://127.0.0.1:9004/v2/sip --alpaca-feed sip"));
        QCOMPARE(int(alpaca.action), int(CommandLine::Action::HeadlessService));
        QCOMPARE(alpaca.broker, QStringLiteral("alpaca"));
        QCOMPARE(alpaca.alpacaUrl, QStringLiteral("http://127.0.0.1:9001"));
        QCOMPARE(alpaca.alpacaStreamUrl, QStringLiteral("ws://127.0.0.1:9002/stream"));
        QVERIFY(!alpaca.alpacaLive);
        QCOMPARE(alpaca.alpacaDataUrl, QStringLiteral("http://127.0.0.1:9003"));
        QCOMPARE(alpaca.alpacaDataStreamUrl, QStringLiteral("ws://127.0.0.1:9004/v2/sip"));
        QCOMPARE(alpaca.alpacaFeed, QStringLiteral("sip"));
        QCOMPARE(parse(words("--headless --ingress-port 0 --broker alpaca")).alpacaFeed,
                 QStringLiteral("iex"));
        QCOMPARE(*alpaca.clockStartMs,
                 QDateTime::fromString(QStringLiteral("2026-12-07T15:00:00Z"), Qt::ISODate)
                     .toMSecsSinceEpoch());
        QVERIFY(
            parse(words("--headless --ingress-port 0 --broker alpaca --alpaca-live")).alpacaLive);
        // The port alone is enough: the demo market, the token from the environment or settings.
        const CommandLine bare = parse(words("--headless --ingress-port 0"));
        QCOMPARE(int(bare.action), int(CommandLine::Action::HeadlessService));
        QCOMPARE(*bare.ingressPort, quint16(0));
        QVERIFY(bare.ingressToken.isEmpty());
        QVERIFY(!bare.builtInSignals);
        // The workstation takes the ingress options too (over its settings).
        const CommandLine window = parse(words("--ingress-port 8801"));
        QCOMPARE(int(window.action), int(CommandLine::Action::Run));
        QCOMPARE(*window.ingressPort, quint16(8801));
        QCOMPARE(parse(words("--demo --screenshot s.png --tab signals")).screenshotTab,
                 QStringLiteral("signals"));
    }

    void tokenRules_data() {
        QTest::addColumn<QString>("token");
        QTest::addColumn<bool>("ok");
        QTest::newRow("16 characters") << "abcdefghijklmnop" << true;
        QTest::newRow("64 hex digits") << QString(64, u'a') << true;
        QTest::newRow("15 characters") << "abcdefghijklmno" << false;
        QTest::newRow("space") << "abcdefgh ijklmnop" << false;
        QTest::newRow("non-ASCII") << QStringLiteral("abcdefghijklmnop\u00e9") << false;
        QTest::newRow("control character") << "abcdefghijklmnop\t" << false;
    }
    void tokenRules() {
        QFETCH(QString, token);
        QFETCH(bool, ok);
        QCOMPARE(CommandLine::tokenProblem(token).isEmpty(), ok);
    }

    void errors_data() {
        QTest::addColumn<QString>("args");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("headless without replay") << "--headless"
                                                 << "--replay";
        QTest::newRow("replay without headless") << "--replay a.zip"
                                                 << "--headless";
        QTest::newRow("equity not a number") << "--headless --replay a.zip --equity lots"
                                             << "--equity";
        QTest::newRow("equity zero") << "--headless --replay a.zip --equity 0"
                                     << "--equity";
        QTest::newRow("equity negative") << "--headless --replay a.zip --equity -5"
                                         << "--equity";
        QTest::newRow("stray argument") << "file.zip"
                                        << "file.zip";
        QTest::newRow("unknown option") << "--frobnicate"
                                        << "frobnicate";
        QTest::newRow("missing value") << "--config"
                                       << "config";
        QTest::newRow("port too big") << "--headless --ingress-port 70000"
                                      << "--ingress-port";
        QTest::newRow("port not a number") << "--headless --ingress-port http"
                                           << "--ingress-port";
        QTest::newRow("address not an address") << "--headless --ingress-port 1 --ingress-address x"
                                                << "--ingress-address";
        QTest::newRow("short token") << "--headless --ingress-port 1 --ingress-token short"
                                     << "16 characters";
        QTest::newRow("ibkr not yet") << "--headless --ingress-port 1 --broker ibkr"
                                      << "not available yet";
        QTest::newRow("alpaca url without alpaca")
            << "--headless --ingress-port 1 --alpaca-url http://127.0.0.1:1"
            << "--broker alpaca";
        QTest::newRow("alpaca url not http")
            << "--headless --ingress-port 1 --broker alpaca --alpaca-url ftp://x"
            << "http/https";
        QTest::newRow("stream url not ws")
            << "--headless --ingress-port 1 --broker alpaca --alpaca-stream-url http://x"
            << "ws/wss";
        QTest::newRow("data url not http")
            << "--headless --ingress-port 1 --broker alpaca --alpaca-data-url ws://x"
            << "http/https";
        QTest::newRow("data stream url not ws")
            << "--headless --ingress-port 1 --broker alpaca --alpaca-data-stream-url https://x"
            << "ws/wss";
        QTest::newRow("feed neither iex nor sip")
            << "--headless --ingress-port 1 --broker alpaca --alpaca-feed otc"
            << "iex or sip";
        QTest::newRow("feed without alpaca") << "--headless --ingress-port 1 --alpaca-feed iex"
                                             << "--broker alpaca";
        QTest::newRow("clock start not a time")
            << "--headless --ingress-port 1 --broker alpaca --clock-start noon"
            << "ISO 8601";
        QTest::newRow("clock start with live")
            << "--headless --ingress-port 1 --broker alpaca --alpaca-live --clock-start "
               "2026-12-07T15:00:00Z"
            << "rehearsals";
        QTest::newRow("unknown broker") << "--headless --ingress-port 1 --broker etrade"
                                        << "--broker";
        QTest::newRow("broker without service") << "--headless --replay a.zip --broker paper"
                                                << "--ingress-port";
        QTest::newRow("built-in without service") << "--built-in-signals"
                                                  << "--ingress-port";
        QTest::newRow("summary with service") << "--headless --ingress-port 1 --summary-json s.json"
                                              << "--summary-json";
        QTest::newRow("token without port") << "--headless --replay a.zip --ingress-token "
                                               "abcdefghijklmnop"
                                            << "--ingress-port";
        QTest::newRow("unknown tab") << "--demo --screenshot s.png --tab charts"
                                     << "signals";
        QTest::newRow("unknown journal detail") << "--headless --replay a.zip --journal-detail all"
                                                << "--journal-detail";
    }
    void errors() {
        QFETCH(QString, args);
        QFETCH(QString, mentions);
        const CommandLine cl = parse(args.split(u' '));
        QCOMPARE(int(cl.action), int(CommandLine::Action::Error));
        QVERIFY2(cl.error.contains(mentions), qPrintable(cl.error));
    }

    void journalDetail() {
        QVERIFY(!parse(u"--headless --replay a.zip"_s.split(u' ')).journalTradesOnly);
        QVERIFY(parse(u"--headless --replay a.zip --journal-detail trades"_s.split(u' '))
                    .journalTradesOnly);
        QVERIFY(!parse(u"--headless --replay a.zip --journal-detail audit"_s.split(u' '))
                     .journalTradesOnly);
    }

    void helpAndVersion() {
        const CommandLine help = parse({QStringLiteral("--help")});
        QCOMPARE(int(help.action), int(CommandLine::Action::ShowHelp));
        QVERIFY(help.helpText.contains(u"--headless"));
        QVERIFY(help.helpText.contains(u"--summary-json"));
        QVERIFY(help.helpText.contains(u"--ingress-port"));
        QVERIFY(help.helpText.contains(u"AXION_INGRESS_TOKEN"));
        QCOMPARE(int(parse({QStringLiteral("--version")}).action),
                 int(CommandLine::Action::ShowVersion));
    }
};

QTEST_GUILESS_MAIN(tst_CommandLine)
#include "tst_CommandLine.moc"
