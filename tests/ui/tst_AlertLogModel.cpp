#include "models/AlertLogModel.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QSignalSpy>
#include <QTest>

using namespace axion;
using Kind = EngineEvent::Kind;

namespace {

EngineEvent makeEvent(int n, Kind kind = Kind::Fill,
                      const QString& ticker = QStringLiteral("AAPL")) {
    EngineEvent e;
    e.kind = kind;
    e.timeMs = 1'795'548'665'000 + n * 1000;
    e.ticker = ticker;
    e.text = QStringLiteral("event %1").arg(n);
    return e;
}

QList<EngineEvent> events(int from, int to) {
    QList<EngineEvent> out;
    for (int n = from; n <= to; ++n)
        out << makeEvent(n);
    return out;
}

QString textAt(const AlertLogModel& model, int row) {
    return model.index(row, AlertLogModel::TextColumn).data().toString();
}

} // namespace

class tst_AlertLogModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void batchIsOneInsertNewestFirst() {
        AlertLogModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

        model.addEvents(events(1, 3));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(inserted.at(0).at(2).toInt(), 2);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(textAt(model, 0), QStringLiteral("event 3"));
        QCOMPARE(textAt(model, 2), QStringLiteral("event 1"));

        model.addEvents(events(4, 5));
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(model.rowCount(), 5);
        QStringList order;
        for (int r = 0; r < model.rowCount(); ++r)
            order << textAt(model, r);
        QCOMPARE(order, QStringList({QStringLiteral("event 5"), QStringLiteral("event 4"),
                                     QStringLiteral("event 3"), QStringLiteral("event 2"),
                                     QStringLiteral("event 1")}));

        model.addEvents({}); // nothing to do, no signal
        QCOMPARE(inserted.count(), 2);
    }

    void capDropsTheOldest() {
        AlertLogModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCapacity(5);
        model.addEvents(events(1, 4));
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

        model.addEvents(events(5, 7)); // 4 + 3 > 5: events 1 and 2 go
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(1).toInt(), 2); // the bottom rows
        QCOMPARE(removed.at(0).at(2).toInt(), 3);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(textAt(model, 0), QStringLiteral("event 7"));
        QCOMPARE(textAt(model, 4), QStringLiteral("event 3"));

        // A batch larger than the cap keeps its newest events only.
        model.addEvents(events(100, 111));
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(textAt(model, 0), QStringLiteral("event 111"));
        QCOMPARE(textAt(model, 4), QStringLiteral("event 107"));

        model.setCapacity(2); // shrinking trims at once
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(textAt(model, 1), QStringLiteral("event 110"));
    }

    void defaultCapIsFiveThousand() {
        AlertLogModel model;
        QCOMPARE(model.capacity(), 5000);
        for (int batch = 0; batch < 51; ++batch)
            model.addEvents(events(batch * 100 + 1, batch * 100 + 100));
        QCOMPARE(model.rowCount(), 5000);
        QCOMPARE(textAt(model, 0), QStringLiteral("event 5100"));
        QCOMPARE(textAt(model, 4999), QStringLiteral("event 101"));
    }

    void columnsAndRoles() {
        AlertLogModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.columnCount(), 4);
        QCOMPARE(model.headerData(AlertLogModel::TimeColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Time (NY)"));
        QCOMPARE(model.headerData(AlertLogModel::TextColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Message"));

        EngineEvent kill = makeEvent(1, Kind::KillSwitch, QString());
        kill.text = QStringLiteral("daily loss -10.4 %: trading halted");
        model.addEvents({makeEvent(0, Kind::StopHit, QStringLiteral("TSLA")), kill});

        // Row 0: the kill switch (newest).
        QCOMPARE(model.index(0, AlertLogModel::TimeColumn).data().toString(),
                 QStringLiteral("14:31:06")); // 2026-11-24 14:31:05 New York + 1 s
        QCOMPARE(model.index(0, AlertLogModel::KindColumn).data().toString(),
                 QStringLiteral("Kill switch"));
        QCOMPARE(model.index(0, AlertLogModel::TickerColumn).data().toString(), QString());
        QCOMPARE(model.index(0, AlertLogModel::TextColumn).data().toString(), kill.text);
        QCOMPARE(model.index(0, 0).data(AlertLogModel::KindRole).toInt(),
                 static_cast<int>(Kind::KillSwitch));
        QCOMPARE(model.index(0, 0).data(AlertLogModel::KindKeyRole).toString(),
                 QStringLiteral("kill_switch"));
        QCOMPARE(model.index(0, 0).data(AlertLogModel::TimeMsRole).toLongLong(), kill.timeMs);
        QVERIFY(model.index(0, 2).data(Qt::BackgroundRole).isValid()); // kill switch rows stand out
        QVERIFY(model.index(0, 0).data(Qt::ToolTipRole).toString().contains(u"2026-11-24"));

        QCOMPARE(model.index(1, AlertLogModel::KindColumn).data().toString(),
                 QStringLiteral("Stop hit"));
        QCOMPARE(model.index(1, AlertLogModel::TickerColumn).data().toString(),
                 QStringLiteral("TSLA"));
        QVERIFY(!model.index(1, 2).data(Qt::BackgroundRole).isValid());
        const auto icon = model.index(1, AlertLogModel::KindColumn).data(Qt::DecorationRole);
        QVERIFY(!icon.value<QIcon>().isNull());
        QVERIFY(!model.index(1, AlertLogModel::TextColumn).data(Qt::DecorationRole).isValid());
        QVERIFY(AlertLogModel::kindColor(Kind::StopHit) != AlertLogModel::kindColor(Kind::Fill));
    }

    void clearEmpties() {
        AlertLogModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addEvents(events(1, 10));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(reset.count(), 1);
        model.addEvents(events(11, 11));
        QCOMPARE(textAt(model, 0), QStringLiteral("event 11"));
    }
};

QTEST_MAIN(tst_AlertLogModel)
#include "tst_AlertLogModel.moc"
