#include "models/ExposureModel.h"
#include "support/TestValues.h"
#include "widgets/LimitBar.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QTest>

using namespace axion;
using axion::test::usd;

namespace {

ExposureView view(const char* name, const char* exposure, double fraction, double limit = 0.15) {
    return ExposureView{QString::fromLatin1(name), usd(exposure), fraction, limit};
}

QStringList names(const ExposureModel& model) {
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out << model.index(r, ExposureModel::NameColumn).data().toString();
    return out;
}

LimitBar::Level levelAt(const ExposureModel& model, int row) {
    return static_cast<LimitBar::Level>(
        model.index(row, ExposureModel::FractionColumn).data(ExposureModel::LevelRole).toInt());
}

} // namespace

class tst_ExposureModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void followsSnapshotsInPlace() {
        ExposureModel model(ExposureModel::Kind::Ticker);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelAboutToBeReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        model.setExposures(
            {view("NVDA", "13000", 0.13), view("AAPL", "8000", 0.08), view("JPM", "6000", 0.06)});
        QCOMPARE(names(model), (QStringList{QStringLiteral("NVDA"), QStringLiteral("AAPL"),
                                            QStringLiteral("JPM")}));
        // The three new rows go in as one run.
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 0);
        QCOMPARE(inserted.first().at(2).toInt(), 2);

        // Same snapshot again: nothing to signal.
        inserted.clear();
        model.setExposures(
            {view("NVDA", "13000", 0.13), view("AAPL", "8000", 0.08), view("JPM", "6000", 0.06)});
        QCOMPARE(inserted.count() + removed.count() + moved.count() + changed.count(), 0);

        // One value changes: one row repainted.
        model.setExposures(
            {view("NVDA", "13000", 0.13), view("AAPL", "8100", 0.081), view("JPM", "6000", 0.06)});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
        QCOMPARE(changed.first().at(1).toModelIndex().column(), ExposureModel::ColumnCount - 1);
        QCOMPARE(model.index(1, ExposureModel::ExposureColumn).data().toString(),
                 QStringLiteral("$8,100.00"));

        // JPM overtakes AAPL: a move, not a reset; XOM arrives, NVDA leaves.
        changed.clear();
        model.setExposures(
            {view("JPM", "9000", 0.09), view("AAPL", "8100", 0.081), view("XOM", "5000", 0.05)});
        QCOMPARE(names(model), (QStringList{QStringLiteral("JPM"), QStringLiteral("AAPL"),
                                            QStringLiteral("XOM")}));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(moved.count(), 1);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.index(0, ExposureModel::FractionColumn).data().toString(),
                 QStringLiteral("9.00 %"));

        model.setExposures({});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(resets.count(), 0);
    }

    void duplicatedNamesStayConsistent() {
        ExposureModel model(ExposureModel::Kind::Sector);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // A name is a row's key: the first of two rows with one name is kept.
        model.setExposures({view("Tech", "1", 0.1, 0.3), view("Tech", "2", 0.2, 0.3)});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, ExposureModel::FractionColumn).data().toString(),
                 QStringLiteral("10.00 %"));
        model.setExposures({view("Tech", "1", 0.1, 0.3)});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.headerData(ExposureModel::NameColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Sector"));
    }

    void amberAboveEightyPercentRedAtTheLimit() {
        ExposureModel model(ExposureModel::Kind::Ticker);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setExposures({
            view("A", "1", 0.10),       // 67 % of 15 %
            view("B", "1", 0.12),       // exactly 80 %: still normal
            view("C", "1", 0.13),       // 87 %: amber
            view("D", "1", 0.15),       // at the limit: red
            view("E", "1", 0.17),       // over: red
            view("F", "1", 0.25, 0.30), // sector 83 %: amber
        });
        QCOMPARE(levelAt(model, 0), LimitBar::Level::Normal);
        QCOMPARE(levelAt(model, 1), LimitBar::Level::Normal);
        QCOMPARE(levelAt(model, 2), LimitBar::Level::Warning);
        QCOMPARE(levelAt(model, 3), LimitBar::Level::Breach);
        QCOMPARE(levelAt(model, 4), LimitBar::Level::Breach);
        QCOMPARE(levelAt(model, 5), LimitBar::Level::Warning);

        const auto background = [&](int row) {
            return model.index(row, ExposureModel::NameColumn).data(Qt::BackgroundRole);
        };
        QVERIFY(!background(0).isValid());
        QVERIFY(!background(1).isValid());
        QCOMPARE(background(2).value<QColor>(), LimitBar::levelTint(LimitBar::Level::Warning));
        QCOMPARE(background(3).value<QColor>(), LimitBar::levelTint(LimitBar::Level::Breach));
        QVERIFY(LimitBar::levelTint(LimitBar::Level::Warning) !=
                LimitBar::levelTint(LimitBar::Level::Breach));
        QCOMPARE(
            model.index(4, ExposureModel::FractionColumn).data(Qt::ForegroundRole).value<QColor>(),
            QColor(0xc6, 0x28, 0x28));

        QCOMPARE(model.index(2, 0).data(ExposureModel::UsageRole).toDouble(), 0.13 / 0.15);
        QCOMPARE(model.index(5, ExposureModel::LimitColumn).data().toString(),
                 QStringLiteral("30 %"));

        // Levels follow the values in place.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setExposures({view("A", "1", 0.14), view("B", "1", 0.12), view("C", "1", 0.13),
                            view("D", "1", 0.15), view("E", "1", 0.17),
                            view("F", "1", 0.25, 0.30)});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(levelAt(model, 0), LimitBar::Level::Warning);
    }
};

QTEST_MAIN(tst_ExposureModel)
#include "tst_ExposureModel.moc"
