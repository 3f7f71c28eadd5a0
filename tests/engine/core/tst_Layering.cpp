// The engine's folders depend downwards only: core/ holds the vocabulary every other folder
// shares and includes nothing above it; brokers/ and journal/ take their value types from core/
// and never include execution/ (the executor uses them, not the other way round). Read from the
// sources, so a new include that breaks the layering fails here.

#include "TestPaths.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

namespace {

// "engine/<folder>/X.h" -> the folders its project includes name.
QStringList violations(const QString& folder, const QStringList& allowed,
                       const QStringList& exceptions = {}) {
    QStringList out;
    const QString root = QStringLiteral(AXION_SOURCE_DIR "/engine/") + folder;
    const QRegularExpression include(QStringLiteral("^#include \"([a-z]+)/([^\"]+)\""),
                                     QRegularExpression::MultilineOption);
    QDirIterator it(root, {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                    QDirIterator::Subdirectories); // brokers/alpaca/ too
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QString text = QString::fromUtf8(f.readAll());
        auto m = include.globalMatch(text);
        while (m.hasNext()) {
            const auto hit = m.next();
            const QString entry =
                folder + u'/' + it.fileName() + u" -> " + hit.captured(1) + u'/' + hit.captured(2);
            if (!allowed.contains(hit.captured(1)) && !exceptions.contains(entry))
                out << entry;
        }
    }
    return out;
}

} // namespace

class tst_Layering : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void coreIncludesOnlyCore() {
        // The one exception left: a signal carries the built-in engine's metadata as values.
        const QStringList v =
            violations(QStringLiteral("core"), {QStringLiteral("core")},
                       {QStringLiteral("core/Signal.h -> signals/CloudSignalMetadata.h")});
        QVERIFY2(v.isEmpty(), qPrintable(v.join(u'\n')));
    }
    void brokersAndJournalDoNotIncludeTheExecutor() {
        for (const QString& folder : {QStringLiteral("brokers"), QStringLiteral("journal")}) {
            const QStringList v =
                violations(folder, {QStringLiteral("core"), QStringLiteral("brokers"),
                                    QStringLiteral("journal"), QStringLiteral("market"),
                                    QStringLiteral("risk"), QStringLiteral("signals"),
                                    QStringLiteral("config")});
            QVERIFY2(v.isEmpty(), qPrintable(v.join(u'\n')));
        }
    }
};

QTEST_GUILESS_MAIN(tst_Layering)
#include "tst_Layering.moc"
