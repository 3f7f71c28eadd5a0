#include "market/MarketCalendar.h"
#include "support/TestValues.h"
#include "widgets/StatusPanel.h"

#include <QDateTime>
#include <QLabel>
#include <QLocale>
#include <QTest>

using namespace axion;
using namespace Qt::StringLiterals;
using axion::test::usd;

namespace {

qint64 nyMs(QDate date, QTime time) {
    return QDateTime(date, time, MarketCalendar::newYork()).toMSecsSinceEpoch();
}

// The session view as the engine fills it, from the real calendar.
MarketSessionView sessionAt(qint64 nowMs) {
    const MarketCalendar calendar;
    MarketSessionView v;
    const auto s = calendar.session(calendar.newYorkDate(nowMs));
    v.tradingDay = s.has_value();
    if (s) {
        v.openMs = s->openMs;
        v.closeMs = s->closeMs;
        v.earlyClose = s->earlyClose;
        v.open = s->openMs <= nowMs && nowMs < s->closeMs;
        v.msToClose = v.open ? s->closeMs - nowMs : 0;
    }
    return v;
}

EngineSnapshot snapshotAt(qint64 nowMs) {
    EngineSnapshot s;
    s.nowMs = nowMs;
    s.session = sessionAt(nowMs);
    s.startOfDayEquity = usd("100000");
    s.equity = usd("101234.56");
    s.dayPnl = usd("1234.56");
    BrokerView paper;
    paper.name = QStringLiteral("paper");
    paper.connected = true;
    paper.connectivity = BrokerConnectivity::Ready;
    s.brokers = {paper};
    return s;
}

} // namespace

class tst_StatusPanel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void sessionTexts_data() {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QTime>("time");
        QTest::addColumn<QString>("expected");
        // Tuesday 2026-11-24: a regular day.
        QTest::newRow("open") << QDate(2026, 11, 24) << QTime(13, 55)
                              << QStringLiteral("Open \u00b7 closes in 2h 05m");
        QTest::newRow("last minutes")
            << QDate(2026, 11, 24) << QTime(15, 25) << QStringLiteral("Open \u00b7 closes in 35m");
        QTest::newRow("last seconds") << QDate(2026, 11, 24) << QTime(15, 59, 15)
                                      << QStringLiteral("Open \u00b7 closes in 45s");
        QTest::newRow("before the open")
            << QDate(2026, 11, 24) << QTime(8, 0) << QStringLiteral("Closed \u00b7 opens 09:30");
        // Wednesday opens normally; the Thursday is Thanksgiving.
        QTest::newRow("after the close") << QDate(2026, 11, 24) << QTime(17, 0)
                                         << QStringLiteral("Closed \u00b7 opens Wed 09:30");
        // Friday after Thanksgiving: 13:00 close.
        QTest::newRow("early close") << QDate(2026, 11, 27) << QTime(12, 25)
                                     << QStringLiteral("Early close 13:00 \u00b7 closes in 35m");
        QTest::newRow("early close, before the open")
            << QDate(2026, 11, 27) << QTime(9, 0)
            << QStringLiteral("Closed \u00b7 opens 09:30 \u00b7 early close 13:00");
        QTest::newRow("holiday") << QDate(2026, 11, 26) << QTime(11, 0)
                                 << QStringLiteral("Closed \u00b7 holiday \u00b7 opens Fri 09:30");
        QTest::newRow("weekend") << QDate(2026, 11, 28) << QTime(11, 0)
                                 << QStringLiteral("Closed \u00b7 weekend \u00b7 opens Mon 09:30");
        QTest::newRow("the evening before a holiday")
            << QDate(2026, 11, 25) << QTime(20, 0)
            << QStringLiteral("Closed \u00b7 opens Fri 09:30");
    }

    void sessionTexts() {
        QFETCH(QDate, date);
        QFETCH(QTime, time);
        QFETCH(QString, expected);
        const qint64 now = nyMs(date, time);
        QCOMPARE(StatusPanel::sessionText(sessionAt(now), now), expected);

        StatusPanel panel;
        panel.setSnapshot(snapshotAt(now));
        QCOMPARE(panel.sessionLabelText(), expected);
    }

    // A live market-data feed has its own section: green while bars stream, red "data down"
    // with the reason when not; a replayed market shows none.
    void marketDataIsShownWhenLive() {
        EngineSnapshot s = snapshotAt(nyMs(QDate(2026, 11, 24), QTime(10, 0)));
        StatusPanel panel;
        panel.setSnapshot(s);
        QVERIFY(panel.marketDataLabelText().isEmpty());
        QVERIFY(panel.findChild<QLabel*>(QStringLiteral("marketData"))->isHidden());
        s.marketData = MarketDataView{QStringLiteral("alpaca iex"), false,
                                      QStringLiteral("connection refused")};
        panel.setSnapshot(s);
        QVERIFY(!panel.findChild<QLabel*>(QStringLiteral("marketData"))->isHidden());
        QVERIFY(panel.marketDataLabelText().contains(u"alpaca iex"));
        QVERIFY(
            panel.marketDataLabelText().contains(u"color:#c62828;font-weight:bold\">data down"));
        QVERIFY(panel.marketDataToolTip().contains(u"connection refused"));
        s.marketData->streaming = true;
        s.marketData->why = QStringLiteral("minute bars of SPY");
        panel.setSnapshot(s);
        QVERIFY(!panel.marketDataLabelText().contains(u"data down"));
        QVERIFY(panel.marketDataLabelText().contains(u"color:#2e7d32"));
        QVERIFY(panel.marketDataToolTip().contains(u"minute bars of SPY"));
    }

    void disconnectedBrokerIsShownInRed() {
        EngineSnapshot s = snapshotAt(nyMs(QDate(2026, 11, 24), QTime(10, 0)));
        BrokerView ibkr;
        ibkr.name = QStringLiteral("ibkr");
        ibkr.connected = false;
        ibkr.connectivity = BrokerConnectivity::Ready;
        ibkr.live = true;
        s.brokers.append(ibkr);

        StatusPanel panel;
        panel.setSnapshot(s);
        const QString text = panel.brokersLabelText();
        QVERIFY(text.contains(u"paper"));
        QVERIFY(text.contains(u"ibkr"));
        QCOMPARE(text.count(QStringLiteral("disconnected")), 1);
        // The word follows ibkr, not paper, and is red.
        QVERIFY(text.indexOf(u"disconnected") > text.indexOf(u"ibkr"));
        QVERIFY(text.contains(u"color:#c62828;font-weight:bold\">disconnected"));
        QVERIFY(text.contains(u"color:#2e7d32"));

        s.brokers[1].connected = true;
        panel.setSnapshot(s);
        QVERIFY(!panel.brokersLabelText().contains(u"disconnected"));
        QVERIFY(!panel.brokersLabelText().contains(u"#c62828"));
    }

    // The executor's view of each broker: anything but ready is named beside it, down in red,
    // the states in which exits go out but entries wait in orange.
    void brokerConnectivityIsShown_data() {
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("color");
        QTest::newRow("connecting")
            << int(BrokerConnectivity::Connecting) << u"connecting"_s << u"#ef6c00"_s;
        QTest::newRow("reconciling")
            << int(BrokerConnectivity::Reconciling) << u"reconciling"_s << u"#ef6c00"_s;
        QTest::newRow("degraded") << int(BrokerConnectivity::Degraded) << u"degraded"_s
                                  << u"#ef6c00"_s;
        QTest::newRow("down") << int(BrokerConnectivity::Down) << u"down"_s << u"#c62828"_s;
    }
    void brokerConnectivityIsShown() {
        QFETCH(int, state);
        QFETCH(QString, word);
        QFETCH(QString, color);
        EngineSnapshot s = snapshotAt(nyMs(QDate(2026, 11, 24), QTime(10, 0)));
        s.brokers[0].connectivity = static_cast<BrokerConnectivity>(state);
        StatusPanel panel;
        panel.setSnapshot(s);
        const QString text = panel.brokersLabelText();
        QVERIFY2(text.contains(u"color:%1;font-weight:bold\">%2"_s.arg(color, word)),
                 qPrintable(text));
        QVERIFY(panel.brokersToolTip().contains(word));
        s.brokers[0].connectivity = BrokerConnectivity::Ready;
        panel.setSnapshot(s);
        QVERIFY(!panel.brokersLabelText().contains(word));
    }

    void noBrokers() { QVERIFY(StatusPanel::brokersText({}).contains(u"no broker")); }

    void equityAndDayPnl() {
        StatusPanel panel;
        EngineSnapshot s = snapshotAt(nyMs(QDate(2026, 11, 24), QTime(10, 0)));
        panel.setSnapshot(s);
        QCOMPARE(panel.equityLabelText(), QStringLiteral("Equity $101,234.56"));
        QCOMPARE(panel.dayPnlLabelText(), QStringLiteral("Day +$1,234.56 (+1.23 %)"));

        s.equity = usd("97500");
        s.dayPnl = usd("-2500");
        panel.setSnapshot(s);
        QCOMPARE(panel.equityLabelText(), QStringLiteral("Equity $97,500.00"));
        QCOMPARE(panel.dayPnlLabelText(), QStringLiteral("Day -$2,500.00 (-2.50 %)"));
        auto* label = panel.findChild<QWidget*>(QStringLiteral("dayPnl"));
        QVERIFY(label);
        QVERIFY(label->styleSheet().contains(u"#c62828"));

        s.startOfDayEquity = Money(); // not known yet: no percentage
        panel.setSnapshot(s);
        QCOMPARE(panel.dayPnlLabelText(), QStringLiteral("Day -$2,500.00"));
    }

    void clockLiveAndDemo() {
        StatusPanel panel;
        EngineSnapshot s = snapshotAt(nyMs(QDate(2026, 11, 24), QTime(13, 55, 7)));
        panel.setSnapshot(s);
        QCOMPARE(panel.clockLabelText(), QStringLiteral("13:55:07 ET"));
        QVERIFY(!panel.isDemoShown());

        s.demo = true;
        s.replaySpeed = 20.0;
        panel.setSnapshot(s);
        QVERIFY(panel.isDemoShown());
        QCOMPARE(panel.clockLabelText(), QStringLiteral("2026-11-24 13:55:07 ET"));
        auto* demo = panel.findChild<QLabel*>(QStringLiteral("demo"));
        QVERIFY(demo);
        QCOMPARE(demo->text(), QStringLiteral("DEMO 20\u00d7"));
        s.replaySpeed = 0.0;
        panel.setSnapshot(s);
        QCOMPARE(demo->text(), QStringLiteral("DEMO paused"));
    }
};

QTEST_MAIN(tst_StatusPanel)
#include "tst_StatusPanel.moc"
