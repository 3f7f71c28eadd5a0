#include "format/DisplayFormat.h"
#include "support/TestValues.h"

#include <QtTest>

using namespace axion;
using namespace axion::test;

class tst_DisplayFormat : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void money() {
        QCOMPARE(display::money(usd("1234567.891")), QStringLiteral("$1,234,567.89"));
        QCOMPARE(display::money(usd("-12.5")), QStringLiteral("-$12.50"));
        QCOMPARE(display::money(usd("0.004")), QStringLiteral("$0.00"));
        QCOMPARE(display::money(usd("-0.004")), QStringLiteral("$0.00"));
        QCOMPARE(display::money(usd("999.995")), QStringLiteral("$1,000.00"));
        QCOMPARE(display::signedMoney(usd("12.5")), QStringLiteral("+$12.50"));
        QCOMPARE(display::signedMoney(usd("-3")), QStringLiteral("-$3.00"));
        QCOMPARE(display::signedMoney(Money()), QStringLiteral("$0.00"));
    }
    void prices() {
        QCOMPARE(display::price(px("1234.5")), QStringLiteral("1,234.50"));
        QCOMPARE(display::price(px("0.1234")), QStringLiteral("0.1234"));
        QCOMPARE(display::shares(1500), QStringLiteral("1,500"));
        QCOMPARE(display::shares(-250), QStringLiteral("-250"));
    }
    void ratiosAndTimes() {
        QCOMPARE(display::percent(0.03125), QStringLiteral("3.13 %"));
        QCOMPARE(display::percent(0.05, 1, true), QStringLiteral("+5.0 %"));
        QCOMPARE(display::rMultiple(1.49), QStringLiteral("+1.5R"));
        QCOMPARE(display::rMultiple(-0.8), QStringLiteral("-0.8R"));
        QCOMPARE(display::duration(7'500'000), QStringLiteral("2h 05m"));
        QCOMPARE(display::duration(750'000), QStringLiteral("12m 30s"));
        QCOMPARE(display::duration(45'000), QStringLiteral("45s"));
        // 2026-11-24 19:31:05 UTC is 14:31:05 in New York (EST).
        QCOMPARE(display::nyTime(QDateTime(QDate(2026, 11, 24), QTime(19, 31, 5), QTimeZone::utc())
                                     .toMSecsSinceEpoch()),
                 QStringLiteral("14:31:05"));
    }
    void colours() {
        QVERIFY(display::pnlColor(usd("1")) != display::pnlColor(usd("-1")));
        QVERIFY(display::orderStateColor(OrderState::Filled) !=
                display::orderStateColor(OrderState::Rejected));
    }
};

QTEST_MAIN(tst_DisplayFormat)
#include "tst_DisplayFormat.moc"
