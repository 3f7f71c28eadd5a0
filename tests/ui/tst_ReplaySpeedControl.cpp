#include "widgets/ReplaySpeedControl.h"

#include <QComboBox>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace axion;

namespace {

// What a user's choice in the combo does (QComboBox::activated is user-only).
void choose(ReplaySpeedControl& control, int index) {
    control.speedCombo()->setCurrentIndex(index);
    Q_EMIT control.speedCombo()->activated(index);
}

} // namespace

class tst_ReplaySpeedControl : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void offersThePresets() {
        ReplaySpeedControl control;
        QComboBox* combo = control.speedCombo();
        QCOMPARE(combo->count(), 5);
        const QList<double> expected = {1.0, 5.0, 20.0, 60.0, 240.0};
        QCOMPARE(ReplaySpeedControl::presets(), expected);
        QStringList labels;
        for (int i = 0; i < combo->count(); ++i) {
            labels << combo->itemText(i);
            QCOMPARE(combo->itemData(i).toDouble(), expected.at(i));
        }
        QCOMPARE(labels, QStringList({QStringLiteral("1\u00d7"), QStringLiteral("5\u00d7"),
                                      QStringLiteral("20\u00d7"), QStringLiteral("60\u00d7"),
                                      QStringLiteral("240\u00d7")}));
        QVERIFY(combo->toolTip().contains(u"one simulated minute per second"));
    }

    void choosingAPresetRequestsIt() {
        ReplaySpeedControl control;
        QSignalSpy spy(&control, &ReplaySpeedControl::speedRequested);
        choose(control, 2);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toDouble(), 20.0);
        QCOMPARE(control.speed(), 20.0);
    }

    void pauseAndResume() {
        ReplaySpeedControl control;
        control.setSpeed(60.0);
        QSignalSpy spy(&control, &ReplaySpeedControl::speedRequested);
        QTest::mouseClick(control.pauseButton(), Qt::LeftButton);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toDouble(), 0.0);
        QVERIFY(control.isPaused());
        QCOMPARE(control.speed(), 0.0);
        QTest::mouseClick(control.pauseButton(), Qt::LeftButton);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.at(1).at(0).toDouble(), 60.0); // resumes at the speed it had
        QVERIFY(!control.isPaused());
    }

    void choosingASpeedWhilePausedResumes() {
        ReplaySpeedControl control;
        control.setSpeed(0.0);
        QVERIFY(control.isPaused());
        QSignalSpy spy(&control, &ReplaySpeedControl::speedRequested);
        choose(control, 4);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toDouble(), 240.0);
        QVERIFY(!control.isPaused());
        QVERIFY(!control.pauseButton()->isChecked());
    }

    void setSpeedReflectsWithoutEmitting() {
        ReplaySpeedControl control;
        QSignalSpy spy(&control, &ReplaySpeedControl::speedRequested);
        control.setSpeed(60.0);
        QCOMPARE(control.speedCombo()->currentText(), QStringLiteral("60\u00d7"));
        QCOMPARE(control.speed(), 60.0);
        control.setSpeed(0.0);
        QVERIFY(control.isPaused());
        QCOMPARE(control.speed(), 0.0);
        QCOMPARE(control.selectedSpeed(), 60.0);
        control.setSpeed(5.0);
        QVERIFY(!control.isPaused());
        QCOMPARE(control.speed(), 5.0);
        QCOMPARE(spy.count(), 0);
    }

    void nonPresetSpeedIsShownAsIs() {
        ReplaySpeedControl control;
        control.setSpeed(37.5);
        QCOMPARE(control.speedCombo()->count(), 6);
        QCOMPARE(control.speedCombo()->currentText(), QStringLiteral("37.5\u00d7"));
        QCOMPARE(control.speed(), 37.5);
        control.setSpeed(10.0); // replaces the custom entry
        QCOMPARE(control.speedCombo()->count(), 6);
        QCOMPARE(control.speedCombo()->currentText(), QStringLiteral("10\u00d7"));
        control.setSpeed(20.0); // a preset again: the extra entry goes
        QCOMPARE(control.speedCombo()->count(), 5);
        QCOMPARE(control.speed(), 20.0);
    }

    void staleSnapshotDoesNotUndoARequest() {
        ReplaySpeedControl control;
        control.setSpeed(5.0);
        choose(control, 3);    // 60x requested
        control.setSpeed(5.0); // published before the engine applied it
        QCOMPARE(control.speed(), 60.0);
        control.setSpeed(60.0); // applied
        control.setSpeed(5.0);  // a later change from elsewhere (command line, another window)
        QCOMPARE(control.speed(), 5.0);
    }
};

QTEST_MAIN(tst_ReplaySpeedControl)
#include "tst_ReplaySpeedControl.moc"
