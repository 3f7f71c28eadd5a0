// The shipped translations: every language the settings offer loads from the embedded
// resources and changes what the window shows, and every .ts file is complete (no unfinished
// message, the same %-placeholders as the English source), so a string added without a
// translation fails here once lupdate has picked it up.

#include "MainWindow.h"
#include "TestPaths.h"
#include "settings/AppSettings.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTabWidget>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace axion;

namespace {

QStringList shippedLanguages() {
    QStringList out = AppSettings::supportedLanguages();
    out.removeAll(QStringLiteral("en")); // the source language needs no file
    return out;
}

QString tsPath(const QString& language) {
    return QStringLiteral(AXION_SOURCE_DIR "/translations/axion_%1.ts").arg(language);
}

// %1..%99, %n and %L1: the arguments a translation must keep.
QSet<QString> placeholders(const QString& text) {
    static const QRegularExpression re(QStringLiteral("%L?(?:\\d{1,2}|n)"));
    QSet<QString> out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out.insert(it.next().captured(0));
    return out;
}

struct TsMessage {
    QString context;
    QString source;
    QString type;      // "", "unfinished", "obsolete", "vanished"
    QStringList forms; // the translation, or its numerus forms
};

// The messages of a Qt Linguist file.
QList<TsMessage> readTs(QIODevice* device, QString* error) {
    QList<TsMessage> out;
    QXmlStreamReader xml(device);
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            TsMessage m;
            m.context = context;
            while (xml.readNextStartElement()) {
                if (xml.name() == u"source") {
                    m.source = xml.readElementText();
                } else if (xml.name() == u"translation") {
                    m.type = xml.attributes().value(QStringLiteral("type")).toString();
                    QString text;
                    while (!(xml.readNext() == QXmlStreamReader::EndElement &&
                             xml.name() == u"translation") &&
                           !xml.atEnd()) {
                        if (xml.isStartElement() && xml.name() == u"numerusform")
                            m.forms << xml.readElementText();
                        else if (xml.isCharacters())
                            text += xml.text();
                    }
                    if (m.forms.isEmpty())
                        m.forms << text;
                } else {
                    xml.skipCurrentElement();
                }
            }
            out << m;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return out;
}

QStringList tabTitles(const MainWindow& window) {
    QStringList out;
    const auto* tabs = window.findChild<QTabWidget*>();
    for (int i = 0; tabs && i < tabs->count(); ++i)
        out << tabs->tabText(i);
    return out;
}

} // namespace

class tst_Translations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyLanguageChangesTheWindow_data() {
        QTest::addColumn<QString>("language");
        for (const QString& language : shippedLanguages())
            QTest::newRow(qPrintable(language)) << language;
    }

    void everyLanguageChangesTheWindow() {
        QFETCH(QString, language);
        const QStringList english = tabTitles(MainWindow());
        QCOMPARE(english.size(), 5); // positions, orders, risk, journal, signals

        QTranslator translator;
        QVERIFY2(translator.load(QStringLiteral(":/i18n/axion_%1.qm").arg(language)),
                 qPrintable(QStringLiteral("no embedded axion_%1.qm").arg(language)));
        QCOMPARE(translator.language().left(2), language);
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const QStringList translated = tabTitles(MainWindow());
        const QString title = MainWindow().windowTitle();
        QCoreApplication::removeTranslator(&translator);

        QCOMPARE(translated.size(), english.size());
        for (int i = 0; i < english.size(); ++i)
            QVERIFY2(translated.at(i) != english.at(i),
                     qPrintable(QStringLiteral("tab %1 stays \"%2\"").arg(i).arg(english.at(i))));
        QVERIFY(!title.isEmpty());
    }

    void translationFilesAreComplete_data() {
        QTest::addColumn<QString>("language");
        for (const QString& language : shippedLanguages())
            QTest::newRow(qPrintable(language)) << language;
    }

    void translationFilesAreComplete() {
        QFETCH(QString, language);
        QFile file(tsPath(language));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QString error;
        const QList<TsMessage> messages = readTs(&file, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList problems;
        int live = 0;
        for (const TsMessage& m : messages) {
            if (m.type == u"obsolete" || m.type == u"vanished")
                continue;
            ++live;
            const QString where =
                m.context + QStringLiteral(": \"") + m.source.left(60) + QLatin1Char('"');
            if (m.type == u"unfinished") {
                problems << QStringLiteral("unfinished ") + where;
                continue;
            }
            const QSet<QString> expected = placeholders(m.source);
            for (const QString& form : m.forms) {
                // A numerus form may spell the count out ("one trade") instead of %n.
                QSet<QString> got = placeholders(form);
                QSet<QString> want = expected;
                if (m.forms.size() > 1) {
                    got.remove(QStringLiteral("%n"));
                    want.remove(QStringLiteral("%n"));
                }
                if (form.trimmed().isEmpty() && !m.source.trimmed().isEmpty())
                    problems << QStringLiteral("empty ") + where;
                else if (got != want)
                    problems << QStringLiteral("placeholders differ in ") + where;
            }
        }
        QVERIFY(live > 100);
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 problems, first:\n").arg(problems.size()) +
                            problems.mid(0, 10).join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(tst_Translations)
#include "tst_Translations.moc"
