#include "models/FillsModel.h"
#include "support/TestValues.h"
#include "ui/OrderBookSamples.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QtTest>

using namespace axion;
using namespace axion::test;
using Column = FillsModel::Column;

namespace {

Fill nth(int n, const QString& broker = QStringLiteral("alpaca")) {
    return fill(QStringLiteral("exec-%1").arg(n), QStringLiteral("sig-%1-entry").arg(n / 2),
                n % 2 ? QStringLiteral("MSFT") : QStringLiteral("AAPL"),
                n % 3 ? OrderSide::Buy : OrderSide::Sell, 10 * (n + 1), "187.42",
                nyMs(10, 0) + n * 60'000LL, broker);
}

QString text(const FillsModel& model, int row, Column column) {
    return model.index(row, static_cast<int>(column)).data().toString();
}

} // namespace

class tst_FillsModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void valuesPerColumn() {
        FillsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.columnCount(), FillsModel::kColumnCount);
        model.setFills(
            {fill(QStringLiteral("0000e0d5.6751c2d1.01.01"), QStringLiteral("sig-9f3a-stop"),
                  QStringLiteral("NVDA"), OrderSide::Sell, 1250, "126.8412", nyMs(15, 1, 31),
                  QStringLiteral("ibkr"))});
        QCOMPARE(text(model, 0, Column::Time), QStringLiteral("15:01:31"));
        QCOMPARE(text(model, 0, Column::Ticker), QStringLiteral("NVDA"));
        QCOMPARE(text(model, 0, Column::Side), QStringLiteral("Sell"));
        QCOMPARE(text(model, 0, Column::Quantity), QStringLiteral("1,250"));
        QCOMPARE(text(model, 0, Column::Price), QStringLiteral("126.84"));
        QCOMPARE(text(model, 0, Column::Value), QStringLiteral("$158,551.50"));
        QCOMPARE(text(model, 0, Column::ClientOrderId), QStringLiteral("sig-9f3a-stop"));
        QCOMPARE(text(model, 0, Column::ExecutionId), QStringLiteral("0000e0d5.6751c2d1.01.01"));
        QCOMPARE(text(model, 0, Column::Broker), QStringLiteral("IBKR"));
        QCOMPARE(model.index(0, 0).data(FillsModel::ExecutionIdRole).toString(),
                 QStringLiteral("0000e0d5.6751c2d1.01.01"));
        QCOMPARE(
            model.index(0, static_cast<int>(Column::Time)).data(FillsModel::SortRole).toLongLong(),
            nyMs(15, 1, 31));
        QCOMPARE(
            model.index(0, static_cast<int>(Column::Price)).data(FillsModel::SortRole).toLongLong(),
            px("126.8412").units());
        QCOMPARE(model.headerData(static_cast<int>(Column::Time), Qt::Horizontal).toString(),
                 QStringLiteral("Time (ET)"));
    }

    // The snapshot keeps the newest N fills: new ones arrive at the end, old ones leave the start.
    void cappedStreamUpdatesInPlace() {
        FillsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QItemSelectionModel selection(&model);

        constexpr int kCap = 5;
        QList<Fill> stream;
        for (int n = 0; n < 3; ++n)
            stream.append(nth(n));
        model.setFills(stream);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(inserted.count(), 1);
        selection.select(model.index(2, 0),
                         QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

        for (int n = 3; n < 9; ++n) {
            inserted.clear();
            removed.clear();
            stream.append(nth(n));
            const QList<Fill> snapshot = stream.mid(std::max<qsizetype>(0, stream.size() - kCap));
            model.setFills(snapshot);
            QCOMPARE(model.rowCount(), snapshot.size());
            QCOMPARE(inserted.count(), 1);
            QCOMPARE(inserted.at(0).at(1).toInt(), model.rowCount() - 1);
            QCOMPARE(removed.count(), stream.size() > kCap ? 1 : 0);
            if (!removed.isEmpty())
                QCOMPARE(removed.at(0).at(1).toInt(), 0);
            for (int r = 0; r < snapshot.size(); ++r)
                QCOMPARE(*model.rowAt(r), snapshot.at(r));
            const QModelIndexList rows = selection.selectedRows();
            if (n < 7) {
                // exec-2 is still in the capped list: still selected.
                QCOMPARE(rows.size(), 1);
                QCOMPARE(rows.at(0).data(FillsModel::ExecutionIdRole).toString(),
                         QStringLiteral("exec-2"));
            } else {
                QVERIFY(rows.isEmpty());
            }
        }
        QCOMPARE(changed.count(), 0);
        QCOMPARE(reset.count(), 0);
    }

    // Execution ids are unique per broker only; a corrected report changes the row in place.
    void keyIsBrokerAndExecutionId() {
        FillsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setFills({nth(1, QStringLiteral("alpaca")), nth(1, QStringLiteral("ibkr"))});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(text(model, 0, Column::Broker), QStringLiteral("Alpaca"));
        QCOMPARE(text(model, 1, Column::Broker), QStringLiteral("IBKR"));

        Fill corrected = nth(1, QStringLiteral("ibkr"));
        corrected.price = px("187.45");
        model.setFills({nth(1, QStringLiteral("alpaca")), corrected});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
        QCOMPARE(text(model, 1, Column::Price), QStringLiteral("187.45"));
        QCOMPARE(text(model, 0, Column::Price), QStringLiteral("187.42"));
    }

    void realisticSnapshotThroughTester() {
        FillsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const EngineSnapshot s = realisticSnapshot();
        model.setFills(s.recentFills);
        QCOMPARE(model.rowCount(), 30);
        model.setFills(s.recentFills.mid(10));
        QCOMPARE(model.rowCount(), 20);
        QCOMPARE(*model.rowAt(0), s.recentFills.at(10));
        model.setFills({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(tst_FillsModel)
#include "tst_FillsModel.moc"
