#include "widgets/ModeBadge.h"

#include <QSignalSpy>
#include <QTest>

using namespace axion;

class tst_ModeBadge : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void startsInPaperMode() {
        ModeBadge badge;
        QCOMPARE(badge.mode(), ModeBadge::Mode::Paper);
        QCOMPARE(badge.text(), QStringLiteral("PAPER"));
        QVERIFY(badge.styleSheet().contains(u"#2e7d32"));
    }

    void switchingToLiveIsLoudAndSignalled() {
        ModeBadge badge;
        QSignalSpy spy(&badge, &ModeBadge::modeChanged);
        badge.setMode(ModeBadge::Mode::Live);
        QCOMPARE(badge.text(), QStringLiteral("LIVE"));
        QVERIFY(badge.styleSheet().contains(u"#c62828"));
        QCOMPARE(spy.count(), 1);
        badge.setMode(ModeBadge::Mode::Live); // no change, no signal
        QCOMPARE(spy.count(), 1);
        badge.setMode(ModeBadge::Mode::Paper);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(badge.text(), QStringLiteral("PAPER"));
    }
};

QTEST_MAIN(tst_ModeBadge)
#include "tst_ModeBadge.moc"
