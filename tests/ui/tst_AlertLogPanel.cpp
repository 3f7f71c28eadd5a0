#include "models/AlertLogModel.h"
#include "widgets/AlertLogPanel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QToolButton>

using namespace axion;
using Kind = EngineEvent::Kind;

namespace {

EngineEvent makeEvent(Kind kind, const QString& text) {
    EngineEvent e;
    e.kind = kind;
    e.timeMs = 1'795'548'665'000;
    e.ticker = QStringLiteral("AAPL");
    e.text = text;
    return e;
}

QList<EngineEvent> mixed() {
    return {makeEvent(Kind::Info, QStringLiteral("connected")),
            makeEvent(Kind::Fill, QStringLiteral("fill 1")),
            makeEvent(Kind::StopHit, QStringLiteral("stop")),
            makeEvent(Kind::Fill, QStringLiteral("fill 2")),
            makeEvent(Kind::KillSwitch, QStringLiteral("tripped"))};
}

QStringList shownTexts(const AlertLogPanel& panel) {
    QStringList out;
    const QAbstractItemModel* m = panel.filterModel();
    for (int r = 0; r < m->rowCount(); ++r)
        out << m->index(r, AlertLogModel::TextColumn).data().toString();
    return out;
}

int choiceIndex(const QComboBox* combo, const QString& label) {
    return combo->findText(label);
}

} // namespace

class tst_AlertLogPanel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void kindFilter() {
        AlertLogPanel panel;
        QAbstractItemModelTester tester(panel.filterModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.addEvents(mixed());
        QCOMPARE(shownTexts(panel).size(), 5);
        auto* count = panel.findChild<QLabel*>(QStringLiteral("count"));
        QVERIFY(count);
        QCOMPARE(count->text(), QStringLiteral("5 alerts"));

        panel.kindFilter()->setCurrentIndex(
            choiceIndex(panel.kindFilter(), QStringLiteral("Fills")));
        QCOMPARE(shownTexts(panel),
                 QStringList({QStringLiteral("fill 2"), QStringLiteral("fill 1")}));
        QCOMPARE(count->text(), QStringLiteral("2 of 5 shown"));

        // New events respect the filter.
        panel.addEvents({makeEvent(Kind::Fill, QStringLiteral("fill 3")),
                         makeEvent(Kind::Exit, QStringLiteral("exit"))});
        QCOMPARE(shownTexts(panel).size(), 3);
        QCOMPARE(shownTexts(panel).first(), QStringLiteral("fill 3"));
        QCOMPARE(count->text(), QStringLiteral("3 of 7 shown"));

        panel.kindFilter()->setCurrentIndex(
            choiceIndex(panel.kindFilter(), QStringLiteral("Trading (no info)")));
        QCOMPARE(shownTexts(panel).size(), 6);
        QVERIFY(!shownTexts(panel).contains(QStringLiteral("connected")));

        panel.kindFilter()->setCurrentIndex(
            choiceIndex(panel.kindFilter(), QStringLiteral("Kill switch")));
        QCOMPARE(shownTexts(panel), QStringList({QStringLiteral("tripped")}));

        panel.kindFilter()->setCurrentIndex(
            choiceIndex(panel.kindFilter(), QStringLiteral("All alerts")));
        QCOMPARE(shownTexts(panel).size(), 7);
    }

    void clearButton() {
        AlertLogPanel panel;
        QAbstractItemModelTester tester(panel.filterModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!panel.clearButton()->isEnabled());
        panel.addEvents(mixed());
        QVERIFY(panel.clearButton()->isEnabled());
        QTest::mouseClick(panel.clearButton(), Qt::LeftButton);
        QCOMPARE(panel.model()->rowCount(), 0);
        QCOMPARE(panel.filterModel()->rowCount(), 0);
        QVERIFY(!panel.clearButton()->isEnabled());
        QCOMPARE(panel.findChild<QLabel*>(QStringLiteral("count"))->text(),
                 QStringLiteral("0 alerts"));
    }
};

QTEST_MAIN(tst_AlertLogPanel)
#include "tst_AlertLogPanel.moc"
