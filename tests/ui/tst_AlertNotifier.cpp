#include "widgets/AlertNotifier.h"

#include <QSignalSpy>
#include <QTest>

using namespace axion;
using Kind = EngineEvent::Kind;
using Burst = AlertNotifier::Burst;
using Severity = AlertNotifier::Severity;

namespace {

EngineEvent makeEvent(Kind kind, const QString& ticker, const QString& text) {
    EngineEvent e;
    e.kind = kind;
    e.ticker = ticker;
    e.text = text;
    return e;
}

Burst burstOf(const QList<EngineEvent>& events) {
    Burst b;
    for (const EngineEvent& e : events)
        b.add(e);
    return b;
}

EngineEvent fill(int n) {
    return makeEvent(Kind::Fill, QStringLiteral("AAPL"),
                     QStringLiteral("bought %1 @ 187.42").arg(n));
}

} // namespace

class tst_AlertNotifier : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void nothingPendingNothingToDo() {
        const auto d = AlertNotifier::decide(Burst{}, 10'000, std::nullopt, 2000);
        QVERIFY(!d.balloon);
        QCOMPARE(d.waitMs, 0);
    }

    void firstEventShowsAtOnce() {
        const auto d = AlertNotifier::decide(burstOf({fill(100)}), 10'000, std::nullopt, 2000);
        QVERIFY(d.balloon);
        QCOMPARE(d.balloon->title, QStringLiteral("Fill \u00b7 AAPL"));
        QCOMPARE(d.balloon->message, QStringLiteral("bought 100 @ 187.42"));
        QCOMPARE(d.balloon->eventCount, 1);
        QVERIFY(d.balloon->severity == Severity::Information);
    }

    void rateLimitWaitsOutTheInterval() {
        const Burst b = burstOf({fill(1)});
        auto d = AlertNotifier::decide(b, 2'500, 1'000, 2000);
        QVERIFY(!d.balloon);
        QCOMPARE(d.waitMs, 500);
        d = AlertNotifier::decide(b, 2'999, 1'000, 2000);
        QVERIFY(!d.balloon);
        QCOMPARE(d.waitMs, 1);
        d = AlertNotifier::decide(b, 3'000, 1'000, 2000); // exactly one interval later
        QVERIFY(d.balloon);
        QCOMPARE(d.waitMs, 0);
        d = AlertNotifier::decide(b, 1'000'000, 1'000, 2000);
        QVERIFY(d.balloon);
    }

    void burstIsSummarized() {
        QList<EngineEvent> events;
        for (int i = 0; i < 5; ++i)
            events << fill(i + 1);
        events << makeEvent(Kind::Exit, QStringLiteral("MSFT"),
                            QStringLiteral("target hit, +2.0R"));
        events << makeEvent(Kind::Exit, QStringLiteral("NVDA"),
                            QStringLiteral("cloud flip, -0.4R"));
        const auto b = AlertNotifier::summarize(burstOf(events));
        QCOMPARE(b.eventCount, 7);
        QCOMPARE(b.title, QStringLiteral("7 alerts"));
        const QStringList lines = b.message.split(QLatin1Char('\n'));
        QCOMPARE(lines.value(0), QStringLiteral("2 exits, 5 fills"));
        QCOMPARE(lines.value(1), QStringLiteral("NVDA: cloud flip, -0.4R")); // newest first
        QCOMPARE(lines.value(2), QStringLiteral("MSFT: target hit, +2.0R"));
        QCOMPARE(lines.value(3), QStringLiteral("See the alert log for all of them."));
        QCOMPARE(lines.size(), 4);
        QVERIFY(b.severity == Severity::Information);
    }

    void singularsAndSeverity() {
        const auto b = AlertNotifier::summarize(burstOf(
            {makeEvent(Kind::StopHit, QStringLiteral("TSLA"), QStringLiteral("stop 241.10 filled")),
             makeEvent(Kind::Rejection, QStringLiteral("AMD"), QStringLiteral("sector limit 30 %")),
             makeEvent(Kind::Rejection, QStringLiteral("AMD"),
                       QStringLiteral("duplicate signal"))}));
        QCOMPARE(b.message.split(QLatin1Char('\n')).value(0),
                 QStringLiteral("1 stop hit, 2 rejections"));
        QVERIFY(b.severity == Severity::Warning);
        QCOMPARE(b.message.split(QLatin1Char('\n')).size(), 3); // all three kept: no "see log"
    }

    void killSwitchLeadsAndIsCritical() {
        QList<EngineEvent> events;
        events << makeEvent(Kind::KillSwitch, QString(),
                            QStringLiteral("Kill switch tripped: daily loss -10.4 %"));
        for (int i = 0; i < 6; ++i)
            events << fill(i);
        const Burst burst = burstOf(events);
        QCOMPARE(burst.latest.size(), AlertNotifier::kLatestKept); // the kill switch fell out...
        QVERIFY(burst.killSwitch.has_value());                     // ...but is remembered
        const auto b = AlertNotifier::summarize(burst);
        QVERIFY(b.severity == Severity::Critical);
        QCOMPARE(b.title, QStringLiteral("Kill switch \u00b7 7 alerts"));
        const QStringList lines = b.message.split(QLatin1Char('\n'));
        QCOMPARE(lines.value(0), QStringLiteral("Kill switch tripped: daily loss -10.4 %"));
        QCOMPARE(lines.value(1), QStringLiteral("1 kill switch event, 6 fills"));

        const auto single = AlertNotifier::summarize(burstOf({events.first()}));
        QCOMPARE(single.title, QStringLiteral("Kill switch"));
        QVERIFY(single.severity == Severity::Critical);
    }

    void notifierRateLimitsAFlood() {
        AlertNotifier notifier;
        notifier.setMinInterval(200);
        QList<AlertNotifier::Balloon> shown;
        notifier.setPresenter([&shown](const AlertNotifier::Balloon& b) { shown << b; });
        QVERIFY(notifier.isActive());

        notifier.addEvents({fill(1)});
        QCOMPARE(shown.size(), 1); // the first one at once
        for (int i = 0; i < 50; ++i)
            notifier.addEvents(
                {fill(i), makeEvent(Kind::Exit, QStringLiteral("MSFT"), QStringLiteral("closed"))});
        QCOMPARE(shown.size(), 1); // the flood waits
        QTRY_COMPARE(shown.size(), 2);
        QCOMPARE(shown.at(1).eventCount, 100);
        QVERIFY(shown.at(1).message.startsWith(u"50 exits, 50 fills"));
        QTest::qWait(400);
        QCOMPARE(shown.size(), 2); // nothing pending, nothing more
    }

    void perKindFlags() {
        AlertNotifier notifier;
        notifier.setMinInterval(0);
        int shown = 0;
        notifier.setPresenter([&shown](const AlertNotifier::Balloon&) { ++shown; });
        QVERIFY(!notifier.isKindEnabled(Kind::Info)); // the log has them
        QVERIFY(notifier.isKindEnabled(Kind::KillSwitch));
        notifier.addEvents({makeEvent(Kind::Info, QString(), QStringLiteral("alpaca connected"))});
        QCOMPARE(shown, 0);
        notifier.setKindEnabled(Kind::Fill, false);
        notifier.addEvents({fill(1), fill(2)});
        QCOMPARE(shown, 0);
        notifier.addEvents(
            {makeEvent(Kind::Rejection, QStringLiteral("AMD"), QStringLiteral("no"))});
        QCOMPARE(shown, 1);
    }
};

QTEST_MAIN(tst_AlertNotifier)
#include "tst_AlertNotifier.moc"
