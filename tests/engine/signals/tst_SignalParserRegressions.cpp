#include "TestPaths.h"
#include "signals/SignalParser.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace axion;

// Every file in tests/fuzz/regressions/ (inputs the fuzzer found or hand-made nasty ones: deep
// nesting, huge numbers, invalid UTF-8) must parse without a crash into a clean rejection. The
// seed corpus must parse without a crash too, accepted or not. Run under the debug preset's
// sanitizers these are the fuzzer's findings as ordinary tests.
class tst_SignalParserRegressions : public QObject {
    Q_OBJECT

private:
    static constexpr qint64 kNowMs = 1795534290000; // 2026-11-24T15:31:30Z, as in the fuzzer

    static void addFiles(const QString& folder) {
        const QDir dir(QStringLiteral(AXION_SOURCE_DIR "/tests/fuzz/") + folder);
        const QStringList names = dir.entryList(QDir::Files, QDir::Name);
        QVERIFY2(!names.isEmpty(), qPrintable(dir.path()));
        for (const QString& name : names)
            QTest::newRow(qPrintable(name)) << dir.filePath(name);
    }

    static QByteArray read(const QString& path) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(path));
        return file.readAll();
    }

private Q_SLOTS:
    void regressionIsCleanlyRejected_data() {
        QTest::addColumn<QString>("path");
        addFiles(QStringLiteral("regressions"));
    }
    void regressionIsCleanlyRejected() {
        QFETCH(QString, path);
        const SignalParser parser{ExecutorConfig{}};
        const SignalParseResult r = parser.parse(read(path), kNowMs);
        QVERIFY2(!r.ok(), "a regression input was accepted");
        QVERIFY(r.code != SignalRejectCode::None);
        QVERIFY(!r.message.isEmpty());
        QVERIFY(!toString(r.code).isEmpty());
    }

    void seedParsesWithoutCrash_data() {
        QTest::addColumn<QString>("path");
        addFiles(QStringLiteral("corpus"));
    }
    void seedParsesWithoutCrash() {
        QFETCH(QString, path);
        const SignalParser parser{ExecutorConfig{}};
        const SignalParseResult r = parser.parse(read(path), kNowMs);
        QCOMPARE(r.ok(), r.code == SignalRejectCode::None);
        QCOMPARE(r.ok(), r.message.isEmpty());
    }

    void designExampleSeedIsAccepted() {
        const SignalParser parser{ExecutorConfig{}};
        const SignalParseResult r = parser.parse(
            read(QStringLiteral(AXION_SOURCE_DIR "/tests/fuzz/corpus/design-example.json")),
            kNowMs);
        QVERIFY2(r.ok(), qPrintable(r.message));
    }
};

QTEST_GUILESS_MAIN(tst_SignalParserRegressions)
#include "tst_SignalParserRegressions.moc"
