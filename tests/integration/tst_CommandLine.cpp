#include "CommandLine.h"

#include <QTest>

using namespace axion;

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
    }
    void errors() {
        QFETCH(QString, args);
        QFETCH(QString, mentions);
        const CommandLine cl = parse(args.split(u' '));
        QCOMPARE(int(cl.action), int(CommandLine::Action::Error));
        QVERIFY2(cl.error.contains(mentions), qPrintable(cl.error));
    }

    void helpAndVersion() {
        const CommandLine help = parse({QStringLiteral("--help")});
        QCOMPARE(int(help.action), int(CommandLine::Action::ShowHelp));
        QVERIFY(help.helpText.contains(u"--headless"));
        QVERIFY(help.helpText.contains(u"--summary-json"));
        QCOMPARE(int(parse({QStringLiteral("--version")}).action),
                 int(CommandLine::Action::ShowVersion));
    }
};

QTEST_GUILESS_MAIN(tst_CommandLine)
#include "tst_CommandLine.moc"
