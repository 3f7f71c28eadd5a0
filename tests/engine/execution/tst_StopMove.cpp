#include "execution/StopMove.h"
#include "support/TestValues.h"

#include <QTest>

using namespace axion;
using axion::test::px;

namespace {

Position open(Direction direction, const char* last) {
    Position p;
    p.ticker = QStringLiteral("TEST");
    p.direction = direction;
    p.shares = 100;
    p.averageEntry = px("50");
    p.lastPrice = px(last);
    p.stopLoss = px(direction == Direction::Long ? "48" : "52");
    p.initialStop = p.stopLoss;
    return p;
}

} // namespace

class tst_StopMove : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void stopMustStayOnTheProtectiveSide_data() {
        QTest::addColumn<int>("direction");
        QTest::addColumn<QString>("last");
        QTest::addColumn<QString>("stop");
        QTest::addColumn<QString>("expected");
        const int L = int(Direction::Long);
        const int S = int(Direction::Short);
        QTest::newRow("long, tighter") << L << "51"
                                       << "50.50"
                                       << "ok";
        QTest::newRow("long, looser") << L << "51"
                                      << "45"
                                      << "ok";
        QTest::newRow("long, at the market") << L << "51"
                                             << "51"
                                             << "stop_wrong_side";
        QTest::newRow("long, above the market") << L << "51"
                                                << "52"
                                                << "stop_wrong_side";
        QTest::newRow("short, tighter") << S << "49"
                                        << "49.50"
                                        << "ok";
        QTest::newRow("short, at the market") << S << "49"
                                              << "49"
                                              << "stop_wrong_side";
        QTest::newRow("short, below the market") << S << "49"
                                                 << "48"
                                                 << "stop_wrong_side";
        QTest::newRow("zero") << L << "51"
                              << "0"
                              << "invalid_price";
        QTest::newRow("no price yet: the entry is the reference") << L << "0"
                                                                  << "50"
                                                                  << "stop_wrong_side";
    }
    void stopMustStayOnTheProtectiveSide() {
        QFETCH(int, direction);
        QFETCH(QString, last);
        QFETCH(QString, stop);
        QFETCH(QString, expected);
        const Position p = open(Direction(direction), qPrintable(last));
        QCOMPARE(toString(checkStopMove(p, px(qPrintable(stop)))), expected);
    }

    void flatPositionHasNoStopToMove() {
        Position p = open(Direction::Long, "51");
        p.shares = 0;
        COMPARE_NAMED(checkStopMove(p, px("49")), StopMoveError::NoPosition);
    }
};

QTEST_GUILESS_MAIN(tst_StopMove)
#include "tst_StopMove.moc"
