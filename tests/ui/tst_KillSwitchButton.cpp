#include "dialogs/KillSwitchResetDialog.h"
#include "market/MarketCalendar.h"
#include "widgets/KillSwitchButton.h"

#include <QDateTime>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

using namespace axion;

namespace {

qint64 nyMs(QDate date, QTime time) {
    return QDateTime(date, time, MarketCalendar::newYork()).toMSecsSinceEpoch();
}

KillSwitchTrip dailyLossTrip() {
    KillSwitchTrip trip;
    trip.trigger = KillTrigger::DailyLoss;
    trip.detail = QStringLiteral("day P&L -10.40 % of $100,000.00 (limit -10.00 %)");
    trip.atMs = nyMs(QDate(2026, 11, 24), QTime(14, 31, 5));
    return trip;
}

QString labelText(QWidget* dialog, const char* name) {
    auto* label = dialog->findChild<QLabel*>(QString::fromLatin1(name));
    return label ? label->text() : QString();
}

} // namespace

class tst_KillSwitchButton : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void startsArmed() {
        KillSwitchButton button;
        QVERIFY(!button.isTripped());
        QVERIFY(!button.isChecked());
        QCOMPARE(button.text(), QStringLiteral("KILL SWITCH"));
        QVERIFY(button.toolTip().contains(u"Ctrl+Shift+K"));
        QCOMPARE(KillSwitchButton::shortcutKey(), QKeySequence(QStringLiteral("Ctrl+Shift+K")));
    }

    void armedClickTripsAtOnceWithoutDialog() {
        KillSwitchButton button;
        QSignalSpy trip(&button, &KillSwitchButton::tripRequested);
        QSignalSpy reset(&button, &KillSwitchButton::resetRequested);
        QTest::mouseClick(&button, Qt::LeftButton);

        QCOMPARE(trip.count(), 1);
        QCOMPARE(trip.at(0).at(0).toString(),
                 QStringLiteral("manual: kill switch pressed in the toolbar"));
        QCOMPARE(reset.count(), 0);
        QVERIFY(button.isTripped());
        QVERIFY(button.isTripPending());
        QVERIFY(button.isChecked());
        QCOMPARE(button.text(), QStringLiteral("KILL SWITCH TRIPPED"));
        QVERIFY(button.styleSheet().contains(u"background:#c62828"));
        QVERIFY(button.resetDialog() == nullptr);
    }

    void shortcutTrips() {
        QWidget window;
        auto* button = new KillSwitchButton(&window);
        auto* layout = new QVBoxLayout(&window);
        layout->addWidget(button);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QSignalSpy trip(button, &KillSwitchButton::tripRequested);
        QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(trip.count(), 1);
        QVERIFY(button->isTripped());
    }

    void trippedClickConfirmRequestsResetWithNote() {
        KillSwitchButton button;
        button.setState(true, dailyLossTrip());
        QSignalSpy trip(&button, &KillSwitchButton::tripRequested);
        QSignalSpy reset(&button, &KillSwitchButton::resetRequested);

        button.click();
        QCOMPARE(trip.count(), 0); // clicking a tripped switch never re-trips nor resets
        QCOMPARE(reset.count(), 0);
        KillSwitchResetDialog* dialog = button.resetDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(labelText(dialog, "trigger"), QStringLiteral("Daily loss limit"));
        QCOMPARE(labelText(dialog, "detail"), dailyLossTrip().detail);
        QCOMPARE(labelText(dialog, "time"), QStringLiteral("2026-11-24 14:31:05 New York time"));

        QVERIFY(!dialog->resetButton()->isEnabled());
        dialog->setNote(QStringLiteral("  broker back, positions checked \n"));
        QVERIFY(dialog->resetButton()->isEnabled());
        QTest::mouseClick(dialog->resetButton(), Qt::LeftButton);

        QCOMPARE(reset.count(), 1);
        QCOMPARE(reset.at(0).at(0).toString(), QStringLiteral("broker back, positions checked"));
        QCOMPARE(trip.count(), 0);
        // Still tripped until the engine says otherwise.
        QVERIFY(button.isTripped());
        QTRY_VERIFY(button.resetDialog() == nullptr);
        button.setState(false, std::nullopt);
        QVERIFY(!button.isTripped());
        QCOMPARE(button.text(), QStringLiteral("KILL SWITCH"));
    }

    void cancelEmitsNothing() {
        KillSwitchButton button;
        button.setState(true, dailyLossTrip());
        QSignalSpy trip(&button, &KillSwitchButton::tripRequested);
        QSignalSpy reset(&button, &KillSwitchButton::resetRequested);
        button.click();
        KillSwitchResetDialog* dialog = button.resetDialog();
        QVERIFY(dialog);
        dialog->setNote(QStringLiteral("typed, then changed my mind"));
        QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
        QTRY_VERIFY(button.resetDialog() == nullptr);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(trip.count(), 0);
        QVERIFY(button.isTripped());
        QCOMPARE(button.text(), QStringLiteral("KILL SWITCH TRIPPED"));
    }

    void emptyNoteCannotConfirm() {
        KillSwitchButton button;
        button.setState(true, dailyLossTrip());
        QSignalSpy reset(&button, &KillSwitchButton::resetRequested);
        button.click();
        KillSwitchResetDialog* dialog = button.resetDialog();
        QVERIFY(dialog);
        QVERIFY(!dialog->resetButton()->isEnabled());
        dialog->setNote(QStringLiteral("   \n\t "));
        QVERIFY(!dialog->resetButton()->isEnabled());
        dialog->accept(); // a programmatic accept is refused too
        QVERIFY(dialog->isVisible());
        QCOMPARE(reset.count(), 0);
        // Enter goes to Cancel, the default button: it never resumes trading.
        QVERIFY(dialog->cancelButton()->isDefault());
        QVERIFY(!dialog->resetButton()->isDefault());
    }

    void secondClickWhileDialogOpenKeepsOneDialog() {
        KillSwitchButton button;
        button.setState(true, dailyLossTrip());
        button.click();
        KillSwitchResetDialog* first = button.resetDialog();
        QVERIFY(first);
        button.click();
        QCOMPARE(button.resetDialog(), first);
        QCOMPARE(button.findChildren<KillSwitchResetDialog*>().size(), 1);
    }

    void staleArmedSnapshotDoesNotUndoTheOptimisticTrip() {
        KillSwitchButton button;
        button.click();
        // A snapshot published before the engine processed the command.
        button.setState(false, std::nullopt);
        QVERIFY(button.isTripped());
        QVERIFY(button.isTripPending());
        // The engine confirms: the real reason replaces the optimistic look.
        KillSwitchTrip manual;
        manual.trigger = KillTrigger::Manual;
        manual.detail = QStringLiteral("manual: kill switch pressed in the toolbar");
        manual.atMs = nyMs(QDate(2026, 11, 24), QTime(14, 31, 5));
        button.setState(true, manual);
        QVERIFY(button.isTripped());
        QVERIFY(!button.isTripPending());
        QVERIFY(button.toolTip().contains(u"Manual"));
        QVERIFY(button.toolTip().contains(u"14:31:05"));
    }

    void unconfirmedTripFallsBackToTheEngineState() {
        KillSwitchButton button;
        button.setConfirmTimeout(50);
        button.click();
        button.setState(false, std::nullopt);
        QVERIFY(button.isTripped());
        QTRY_VERIFY(!button.isTripped());
        QVERIFY(!button.isTripPending());
        QCOMPARE(button.text(), QStringLiteral("KILL SWITCH"));
    }

    void setStateReconciles() {
        KillSwitchButton button;
        QSignalSpy trip(&button, &KillSwitchButton::tripRequested);
        QSignalSpy reset(&button, &KillSwitchButton::resetRequested);
        button.setState(true, dailyLossTrip()); // tripped by the engine (daily loss)
        QVERIFY(button.isTripped());
        QVERIFY(button.isChecked());
        QVERIFY(button.toolTip().contains(u"Daily loss limit"));
        QVERIFY(!button.isTripPending());
        button.setState(false, std::nullopt); // reset by the engine
        QVERIFY(!button.isTripped());
        QVERIFY(!button.isChecked());
        QVERIFY(button.styleSheet().contains(u"border:2px solid #c62828"));
        QCOMPARE(trip.count(), 0); // setState never emits commands
        QCOMPARE(reset.count(), 0);
    }

    void engineResetClosesAnOpenDialogSilently() {
        KillSwitchButton button;
        button.setState(true, dailyLossTrip());
        QSignalSpy reset(&button, &KillSwitchButton::resetRequested);
        button.click();
        QVERIFY(button.resetDialog());
        button.resetDialog()->setNote(QStringLiteral("about to reset"));
        button.setState(false, std::nullopt); // someone else reset it meanwhile
        QTRY_VERIFY(button.resetDialog() == nullptr);
        QCOMPARE(reset.count(), 0);
        QVERIFY(!button.isTripped());
    }
};

QTEST_MAIN(tst_KillSwitchButton)
#include "tst_KillSwitchButton.moc"
