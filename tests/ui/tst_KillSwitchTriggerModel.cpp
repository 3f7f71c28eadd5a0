#include "models/KillSwitchTriggerModel.h"
#include "support/TestValues.h"
#include "widgets/LimitBar.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QFont>
#include <QSignalSpy>
#include <QTest>

using namespace axion;

namespace {

QList<KillSwitchTriggerView> fiveTriggers(double dailyLossUsage, bool dailyLossFiring = false) {
    return {
        {KillTrigger::DailyLoss, QStringLiteral("-3.20 %"), QStringLiteral("-10.00 %"),
         dailyLossUsage, dailyLossFiring},
        {KillTrigger::Manual, QStringLiteral("not pressed"), QStringLiteral("operator"), 0.0,
         false},
        {KillTrigger::BrokerUnreachable, QStringLiteral("reachable"), QStringLiteral("60 s"), 0.0,
         false},
        {KillTrigger::EquityBelowMinimum, QStringLiteral("$98,000.00"),
         QStringLiteral("$25,000.00"), 0.26, false},
        {KillTrigger::ConsecutiveLosses, QStringLiteral("1 of 3"), QStringLiteral("3 losses"), 0.33,
         false},
    };
}

int rowOf(const KillSwitchTriggerModel& model, KillTrigger trigger) {
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.index(r, 0).data(KillSwitchTriggerModel::TriggerRole).toInt() ==
            static_cast<int>(trigger))
            return r;
    }
    return -1;
}

LimitBar::Level levelOf(const KillSwitchTriggerModel& model, int row) {
    return static_cast<LimitBar::Level>(model.index(row, KillSwitchTriggerModel::UsageColumn)
                                            .data(KillSwitchTriggerModel::LevelRole)
                                            .toInt());
}

} // namespace

class tst_KillSwitchTriggerModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void namesAreHumanReadable() {
        const QList<KillTrigger> all{
            KillTrigger::DailyLoss, KillTrigger::Manual, KillTrigger::BrokerUnreachable,
            KillTrigger::EquityBelowMinimum, KillTrigger::ConsecutiveLosses};
        QStringList seen;
        for (KillTrigger t : all) {
            const QString name = KillSwitchTriggerModel::triggerName(t);
            QVERIFY2(!name.contains(QLatin1Char('_')), qPrintable(name));
            QVERIFY(name != toString(t));
            QVERIFY(name.at(0).isUpper());
            QVERIFY(!seen.contains(name));
            seen << name;
        }
        QCOMPARE(KillSwitchTriggerModel::triggerName(KillTrigger::DailyLoss),
                 QStringLiteral("Daily loss limit"));
    }

    void updatesInPlaceOverSnapshots() {
        KillSwitchTriggerModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelAboutToBeReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        model.setTriggers(fiveTriggers(0.32));
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.columnCount(), int(KillSwitchTriggerModel::ColumnCount));
        QCOMPARE(inserted.count(), 5);
        QCOMPARE(model.index(0, KillSwitchTriggerModel::TriggerColumn).data().toString(),
                 QStringLiteral("Daily loss limit"));
        QCOMPARE(model.index(0, KillSwitchTriggerModel::CurrentColumn).data().toString(),
                 QStringLiteral("-3.20 %"));
        QCOMPARE(model.index(0, KillSwitchTriggerModel::LimitColumn).data().toString(),
                 QStringLiteral("-10.00 %"));
        QCOMPARE(model.index(0, KillSwitchTriggerModel::UsageColumn).data().toString(),
                 QStringLiteral("32 %"));
        QCOMPARE(model.index(0, KillSwitchTriggerModel::StateColumn).data().toString(),
                 QStringLiteral("Clear"));

        // Only the daily loss moves: one row repainted, nothing inserted, never a reset.
        model.setTriggers(fiveTriggers(0.5));
        QCOMPARE(inserted.count(), 5);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), rowOf(model, KillTrigger::DailyLoss));

        model.setTriggers(fiveTriggers(0.5)); // unchanged
        QCOMPARE(changed.count(), 1);

        // Fires, then trips the switch and clears while the switch stays latched.
        model.setTriggers(fiveTriggers(1.05, true), KillTrigger::DailyLoss);
        QCOMPARE(model.index(0, KillSwitchTriggerModel::StateColumn).data().toString(),
                 QStringLiteral("Firing"));
        model.setTriggers(fiveTriggers(0.5, false), KillTrigger::DailyLoss);
        QCOMPARE(model.index(0, KillSwitchTriggerModel::StateColumn).data().toString(),
                 QStringLiteral("Tripped"));
        QVERIFY(model.index(0, KillSwitchTriggerModel::StateColumn)
                    .data(Qt::FontRole)
                    .value<QFont>()
                    .bold());
        // Reset by the operator: same values, the latch alone repaints the row.
        const auto before = changed.count();
        model.setTriggers(fiveTriggers(0.5, false));
        QCOMPARE(changed.count(), before + 1);
        QCOMPARE(model.index(0, KillSwitchTriggerModel::StateColumn).data().toString(),
                 QStringLiteral("Clear"));

        // A reordered or shorter list is followed with moves/removals.
        auto reordered = fiveTriggers(0.5);
        std::swap(reordered[0], reordered[4]);
        reordered.removeAt(2);
        model.setTriggers(reordered);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(0, 0).data(KillSwitchTriggerModel::TriggerRole).toInt(),
                 static_cast<int>(KillTrigger::ConsecutiveLosses));
        QCOMPARE(rowOf(model, KillTrigger::BrokerUnreachable), -1);
        QCOMPARE(resets.count(), 0);
    }

    void coloursFollowUsageAndFiring() {
        KillSwitchTriggerModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto triggers = fiveTriggers(0.79);
        triggers[3].usage = 0.85; // equity closing in on the minimum
        triggers[4].usage = 1.0;  // at the limit, not firing yet (strict comparison)
        model.setTriggers(triggers);

        QCOMPARE(levelOf(model, 0), LimitBar::Level::Normal);
        QVERIFY(!model.index(0, 0).data(Qt::BackgroundRole).isValid());
        QCOMPARE(levelOf(model, 3), LimitBar::Level::Warning);
        QCOMPARE(model.index(3, 0).data(Qt::BackgroundRole).value<QColor>(),
                 LimitBar::levelTint(LimitBar::Level::Warning));
        QCOMPARE(levelOf(model, 4), LimitBar::Level::Breach);

        // Firing is red whatever the usage says.
        triggers[2].firing = true;
        model.setTriggers(triggers);
        QCOMPARE(levelOf(model, 2), LimitBar::Level::Breach);
        QCOMPARE(model.index(2, 0).data(Qt::BackgroundRole).value<QColor>(),
                 LimitBar::levelTint(LimitBar::Level::Breach));
        QCOMPARE(model.index(2, KillSwitchTriggerModel::StateColumn)
                     .data(Qt::ForegroundRole)
                     .value<QColor>(),
                 LimitBar::levelColor(LimitBar::Level::Breach));
        QVERIFY(model.index(2, 0).data(KillSwitchTriggerModel::FiringRole).toBool());

        // The manual trigger has no usage to draw.
        const int manual = rowOf(model, KillTrigger::Manual);
        QVERIFY(!model.index(manual, KillSwitchTriggerModel::UsageColumn)
                     .data(KillSwitchTriggerModel::UsageRole)
                     .isValid());
        QVERIFY(model.index(0, KillSwitchTriggerModel::UsageColumn)
                    .data(KillSwitchTriggerModel::UsageRole)
                    .isValid());
    }
};

QTEST_MAIN(tst_KillSwitchTriggerModel)
#include "tst_KillSwitchTriggerModel.moc"
