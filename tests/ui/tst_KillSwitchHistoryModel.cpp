#include "models/KillSwitchHistoryModel.h"
#include "support/TestValues.h"
#include "widgets/LimitBar.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QTest>

using namespace axion;

namespace {

// 2026-11-24 14:31:05 America/New_York (EST, UTC-5).
constexpr qint64 kT0 = 1795548665000;

KillSwitchEvent event(KillSwitchEvent::Kind kind, KillTrigger trigger, int n) {
    return {kind, trigger, QStringLiteral("event %1").arg(n), kT0 + n * 60'000};
}

QList<KillSwitchEvent> history(int from, int to) {
    QList<KillSwitchEvent> out;
    for (int n = from; n < to; ++n) {
        const auto kind = n % 3 == 0   ? KillSwitchEvent::Kind::Tripped
                          : n % 3 == 1 ? KillSwitchEvent::Kind::Repeated
                                       : KillSwitchEvent::Kind::Reset;
        out << event(kind, n % 2 ? KillTrigger::Manual : KillTrigger::DailyLoss, n);
    }
    return out;
}

} // namespace

class tst_KillSwitchHistoryModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void onlyAppends() {
        KillSwitchHistoryModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelAboutToBeReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        model.setHistory({});
        QCOMPARE(model.rowCount(), 0);
        model.setHistory(history(0, 1));
        model.setHistory(history(0, 1));
        model.setHistory(history(0, 3));
        model.setHistory(history(0, 3));
        model.setHistory(history(0, 7));

        QCOMPARE(model.rowCount(), 7);
        QCOMPARE(inserted.count(), 3);
        QCOMPARE(inserted.at(1).at(1).toInt(), 1); // first new row
        QCOMPARE(inserted.at(1).at(2).toInt(), 2); // last new row
        QCOMPARE(inserted.at(2).at(1).toInt(), 3);
        QCOMPARE(inserted.at(2).at(2).toInt(), 6);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(model.history(), history(0, 7));

        QCOMPARE(model.index(0, KillSwitchHistoryModel::TimeColumn).data().toString(),
                 QStringLiteral("2026-11-24 14:31"));
        QCOMPARE(model.index(0, KillSwitchHistoryModel::KindColumn).data().toString(),
                 QStringLiteral("Tripped"));
        QCOMPARE(model.index(1, KillSwitchHistoryModel::KindColumn).data().toString(),
                 QStringLiteral("Repeated"));
        QCOMPARE(model.index(2, KillSwitchHistoryModel::KindColumn).data().toString(),
                 QStringLiteral("Reset"));
        QCOMPARE(model.index(0, KillSwitchHistoryModel::TriggerColumn).data().toString(),
                 QStringLiteral("Daily loss limit"));
        QCOMPARE(model.index(1, KillSwitchHistoryModel::TriggerColumn).data().toString(),
                 QStringLiteral("Manual stop"));
        QCOMPARE(model.index(4, KillSwitchHistoryModel::DetailColumn).data().toString(),
                 QStringLiteral("event 4"));
        QVERIFY(model.index(0, 0).data(Qt::ToolTipRole).toString().contains(u"14:31:05"));
    }

    void followsTheEnginesCap() {
        // The engine drops its oldest entries past its cap: rows go from the top, new ones are
        // appended, and nothing is reset.
        KillSwitchHistoryModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setHistory(history(0, 10));
        QSignalSpy resets(&model, &QAbstractItemModel::modelAboutToBeReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

        model.setHistory(history(3, 13));
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.first().at(1).toInt(), 0);
        QCOMPARE(removed.first().at(2).toInt(), 2);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 7);
        QCOMPARE(model.history(), history(3, 13));
        QCOMPARE(resets.count(), 0);
    }

    void anotherHistoryReplacesTheRows() {
        KillSwitchHistoryModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setHistory(history(0, 5));
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.setHistory(history(20, 22));
        QCOMPARE(resets.count(), 1);
        QCOMPARE(model.history(), history(20, 22));
        model.setHistory({});
        QCOMPARE(model.rowCount(), 0);
    }

    void kindsAreColoured() {
        KillSwitchHistoryModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setHistory(history(0, 3));
        const auto fg = [&](int row) {
            return model.index(row, KillSwitchHistoryModel::KindColumn)
                .data(Qt::ForegroundRole)
                .value<QColor>();
        };
        QCOMPARE(fg(0), LimitBar::levelColor(LimitBar::Level::Breach));
        QCOMPARE(fg(1), LimitBar::levelColor(LimitBar::Level::Warning));
        QCOMPARE(fg(2), LimitBar::levelColor(LimitBar::Level::Normal));
        QCOMPARE(model.index(0, 0).data(Qt::BackgroundRole).value<QColor>(),
                 LimitBar::levelTint(LimitBar::Level::Breach));
        QVERIFY(!model.index(1, 0).data(Qt::BackgroundRole).isValid());
        QCOMPARE(model.index(2, 0).data(KillSwitchHistoryModel::KindRole).toInt(),
                 static_cast<int>(KillSwitchEvent::Kind::Reset));
    }
};

QTEST_MAIN(tst_KillSwitchHistoryModel)
#include "tst_KillSwitchHistoryModel.moc"
