// The request budget that keeps AlpacaBroker under Alpaca's 200 requests a minute.

#include "brokers/alpaca/RateLimiter.h"

#include <QTest>

using axion::alpaca::RateLimiter;

class tst_RateLimiter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aFullBucketAllowsABurstThenTheSteadyRate() {
        RateLimiter limiter(120); // two a second
        int taken = 0;
        while (limiter.tryTake(1'000))
            ++taken;
        QCOMPARE(taken, 120);
        QCOMPARE(limiter.waitMs(1'000), 500);
        QVERIFY(!limiter.tryTake(1'499));
        QVERIFY(limiter.tryTake(1'500));
        QVERIFY(!limiter.tryTake(1'500));
    }

    void neverMoreThanTheLimitInAnyMinute() {
        RateLimiter limiter(190);
        int inFirstMinute = 0;
        for (qint64 t = 0; t < 60'000; t += 10)
            inFirstMinute += limiter.tryTake(t) ? 1 : 0;
        // The burst and what the minute refills: under Alpaca's 200 per minute in steady state.
        QVERIFY2(inFirstMinute <= 190 + 190, qPrintable(QString::number(inFirstMinute)));
        int inSecondMinute = 0;
        for (qint64 t = 60'000; t < 120'000; t += 10)
            inSecondMinute += limiter.tryTake(t) ? 1 : 0;
        QVERIFY2(inSecondMinute <= 190 && inSecondMinute >= 185,
                 qPrintable(QString::number(inSecondMinute)));
    }

    void a429PausesUntilTheResetAndEmptiesTheBucket() {
        RateLimiter limiter(600);
        QVERIFY(limiter.tryTake(0));
        limiter.pauseUntil(5'000);
        QVERIFY(!limiter.tryTake(4'999));
        QCOMPARE(limiter.waitMs(4'000), 1'000 + 100);
        QVERIFY(!limiter.tryTake(5'000)); // empty at the reset: the steady rate, no burst
        QVERIFY(limiter.tryTake(5'100));
        QVERIFY(!limiter.tryTake(5'100));
        // An earlier reset does not shorten a pause.
        limiter.pauseUntil(9'000);
        limiter.pauseUntil(8'000);
        QVERIFY(!limiter.tryTake(8'500));
    }
};

QTEST_GUILESS_MAIN(tst_RateLimiter)
#include "tst_RateLimiter.moc"
