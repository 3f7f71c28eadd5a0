#include "market/ExhaustionRun.h"

#include <QTest>
#include <limits>

using namespace axion;

namespace {

// One completed bar as the caller sees it: candle colour and where it closed against the fast
// cloud. Upper case closes above the cloud, lower case below it, a digit inside (or on an edge):
//   G / g / 1  bullish (green) candle above / below / inside
//   R / r / 2  bearish (red) candle above / below / inside
//   D / d / 0  doji above / below / inside
//   ?          bullish, cloud not known yet (neither above nor below)
struct Step {
    Bar bar;
    bool above = false;
    bool below = false;
};

Step step(char code) {
    Step s;
    s.bar.open = Price::fromUnits(1'000'000);
    switch (code) {
    case 'G':
    case 'g':
    case '1':
    case '?':
        s.bar.close = Price::fromUnits(1'010'000);
        break;
    case 'R':
    case 'r':
    case '2':
        s.bar.close = Price::fromUnits(990'000);
        break;
    default:
        s.bar.close = s.bar.open; // doji
        break;
    }
    s.above = code == 'G' || code == 'R' || code == 'D';
    s.below = code == 'g' || code == 'r' || code == 'd';
    return s;
}

// "+2" = run of two on the long side, "-1" = one on the short side, "0" = no run.
QString describe(const ExhaustionRun& run) {
    if (run.side == 0)
        return QStringLiteral("0");
    return (run.side > 0 ? QStringLiteral("+") : QStringLiteral("-")) + QString::number(run.length);
}

} // namespace

class tst_ExhaustionRun : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void startsEmpty() {
        const ExhaustionRun run;
        QCOMPARE(run.side, 0);
        QCOMPARE(run.length, 0);
        QVERIFY(!run.exhausted(1));
        QVERIFY(!run.exhaustedNow(0));
    }

    // Bar by bar: the run's side and length after each bar.
    void runs_data() {
        QTest::addColumn<QString>("bars");
        QTest::addColumn<QString>("after");
        QTest::newRow("green closes above count up") << "GGG"
                                                     << "+1 +2 +3";
        QTest::newRow("red closes below count down") << "rrrr"
                                                     << "-1 -2 -3 -4";
        QTest::newRow("inside ends the run") << "GG1G"
                                             << "+1 +2 0 +1";
        QTest::newRow("red inside ends the run") << "rr2r"
                                                 << "-1 -2 0 -1";
        QTest::newRow("doji above ends the run") << "GGDG"
                                                 << "+1 +2 0 +1";
        QTest::newRow("doji below ends the run") << "rrdr"
                                                 << "-1 -2 0 -1";
        QTest::newRow("doji inside ends the run") << "GG0"
                                                  << "+1 +2 0";
        QTest::newRow("red above is no run (wrong side)") << "GGRG"
                                                          << "+1 +2 0 +1";
        QTest::newRow("green below is no run (wrong side)") << "rrgr"
                                                            << "-1 -2 0 -1";
        QTest::newRow("other colour outside starts a new run") << "GGrrG"
                                                               << "+1 +2 -1 -2 +1";
        QTest::newRow("short run then long run") << "rGGG"
                                                 << "-1 +1 +2 +3";
        QTest::newRow("unknown cloud is no run") << "GG?G"
                                                 << "+1 +2 0 +1";
        QTest::newRow("nothing outside") << "12012"
                                         << "0 0 0 0 0";
    }
    void runs() {
        QFETCH(QString, bars);
        QFETCH(QString, after);
        const QStringList expected = after.split(u' ');
        QCOMPARE(expected.size(), bars.size());
        ExhaustionRun run;
        for (qsizetype i = 0; i < bars.size(); ++i) {
            const Step s = step(bars.at(i).toLatin1());
            run.update(s.bar, s.above, s.below);
            QVERIFY2(describe(run) == expected.at(i),
                     qPrintable(QStringLiteral("bar %1: %2, expected %3")
                                    .arg(i)
                                    .arg(describe(run), expected.at(i))));
        }
    }

    // exhausted(): the run is at least `bars` long, for as long as it lasts; exhaustedNow(): the
    // bar that made it exactly that long.
    void predicates_data() {
        QTest::addColumn<int>("side");
        QTest::addColumn<int>("length");
        QTest::addColumn<int>("bars");
        QTest::addColumn<bool>("exhausted");
        QTest::addColumn<bool>("exhaustedNow");
        QTest::newRow("no run") << 0 << 0 << 3 << false << false;
        QTest::newRow("long, one short of it") << 1 << 2 << 3 << false << false;
        QTest::newRow("long, exactly") << 1 << 3 << 3 << true << true;
        QTest::newRow("long, one past") << 1 << 4 << 3 << true << false;
        QTest::newRow("short, one short of it") << -1 << 2 << 3 << false << false;
        QTest::newRow("short, exactly") << -1 << 3 << 3 << true << true;
        QTest::newRow("short, one past") << -1 << 4 << 3 << true << false;
        QTest::newRow("one bar rule, first bar") << 1 << 1 << 1 << true << true;
    }
    void predicates() {
        QFETCH(int, side);
        QFETCH(int, length);
        QFETCH(int, bars);
        QFETCH(bool, exhausted);
        QFETCH(bool, exhaustedNow);
        const ExhaustionRun run{.side = side, .length = length};
        QCOMPARE(run.exhausted(bars), exhausted);
        QCOMPARE(run.exhaustedNow(bars), exhaustedNow);
    }

    // The same bars through update() as a three-bar rule: fires on the third and stays
    // exhausted; the edge is only the third.
    void threeBarRuleOverARun() {
        ExhaustionRun run;
        const QString bars = QStringLiteral("GGGG1rrr");
        const QString exhausted = QStringLiteral("--XX---X");
        const QString now = QStringLiteral("--X----X");
        for (qsizetype i = 0; i < bars.size(); ++i) {
            const Step s = step(bars.at(i).toLatin1());
            run.update(s.bar, s.above, s.below);
            QVERIFY2(run.exhausted(3) == (exhausted.at(i) == u'X'), qPrintable(QString::number(i)));
            QVERIFY2(run.exhaustedNow(3) == (now.at(i) == u'X'), qPrintable(QString::number(i)));
        }
    }

    void lengthSaturates() {
        ExhaustionRun run{.side = 1, .length = std::numeric_limits<int>::max()};
        const Step s = step('G');
        run.update(s.bar, s.above, s.below);
        QCOMPARE(run.side, 1);
        QCOMPARE(run.length, std::numeric_limits<int>::max());
    }
};

QTEST_GUILESS_MAIN(tst_ExhaustionRun)
#include "tst_ExhaustionRun.moc"
