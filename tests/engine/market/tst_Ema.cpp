#include "market/Ema.h"
#include "support/GoldenEmaTable.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QTest>
#include <cmath>
#include <limits>
#include <vector>

using namespace axion;

namespace {

using test::GoldenEmaTable;
using test::kGoldenTolerance;
constexpr double kTolerance = kGoldenTolerance;

} // namespace

class tst_Ema : public QObject {
    Q_OBJECT

private:
    GoldenEmaTable m_golden;
    QString m_loadError = QStringLiteral("initTestCase did not run");

private Q_SLOTS:
    void initTestCase() {
        m_loadError = m_golden.load();
        if (!m_loadError.isEmpty())
            QFAIL(qPrintable(m_loadError));
        QVERIFY2(m_golden.indexOf("close") > 0, "golden file has no close column");
        QVERIFY2(m_golden.indexOf("hl2") > 0, "golden file has no hl2 column");
        // A renamed header must not shrink the data-driven test to nothing: every length the
        // PRD-134 layers use has to be there in all four variants.
        for (int n : {5, 12, 8, 9, 20, 21, 34, 50, 72, 89}) {
            for (const char* variant :
                 {"close_sma_seed", "hl2_sma_seed", "close_first_seed", "hl2_first_seed"}) {
                const QByteArray name = "ema" + QByteArray::number(n) + '_' + variant;
                QVERIFY2(m_golden.indexOf(name) > 0, name.constData());
            }
        }
    }

    // One row per golden column ema{N}_{close|hl2}_{sma|first}_seed.
    void matchesGoldenColumn_data() {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("length");
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<bool>("smaSeed");
        if (!m_loadError.isEmpty()) {
            // Keeps the failure visible even if run on its own (-functions).
            QTest::newRow("golden file not loaded") << -1 << 0 << QByteArray() << false;
            return;
        }
        static const QRegularExpression pattern(
            QStringLiteral("^ema(\\d+)_(close|hl2)_(sma|first)_seed$"));
        for (int c = 0; c < m_golden.header.size(); ++c) {
            const QByteArray& name = m_golden.header[c];
            const auto match = pattern.match(QString::fromLatin1(name));
            if (!match.hasMatch())
                continue;
            QTest::newRow(name.constData())
                << c << match.captured(1).toInt() << match.captured(2).toLatin1()
                << (match.captured(3) == u"sma");
        }
    }
    void matchesGoldenColumn() {
        QFETCH(int, column);
        QFETCH(int, length);
        QFETCH(QByteArray, source);
        QFETCH(bool, smaSeed);
        if (column < 0)
            QFAIL(qPrintable(m_loadError));

        const auto& inputs = m_golden.columns[std::size_t(m_golden.indexOf(source))];
        const auto& expected = m_golden.columns[std::size_t(column)];
        Ema ema(length, smaSeed ? EmaSeeding::Sma : EmaSeeding::FirstValue);
        QCOMPARE(ema.length(), length);

        bool seenReady = false;
        int firstReadyRow = -1;
        for (int row = 0; row < m_golden.rows; ++row) {
            const double v = ema.update(inputs[std::size_t(row)]);
            const double want = expected[std::size_t(row)];
            if (std::isnan(want)) {
                if (seenReady)
                    QFAIL(qPrintable(
                        QStringLiteral("golden file: empty cell after a value, row %1").arg(row)));
                QVERIFY2(!ema.isReady(),
                         qPrintable(QStringLiteral("ready too early at row %1").arg(row)));
                QVERIFY2(
                    std::isnan(v) && std::isnan(ema.value()),
                    qPrintable(QStringLiteral("not-ready value is not NaN at row %1").arg(row)));
                continue;
            }
            if (!seenReady) {
                seenReady = true;
                firstReadyRow = row;
            }
            QVERIFY2(ema.isReady(), qPrintable(QStringLiteral("not ready at row %1").arg(row)));
            if (!(std::abs(v - want) <= kTolerance) || ema.value() != v)
                QFAIL(qPrintable(QStringLiteral("row %1: got %2, golden %3, |diff| %4")
                                     .arg(row)
                                     .arg(v, 0, 'g', 17)
                                     .arg(want, 0, 'g', 17)
                                     .arg(std::abs(v - want), 0, 'g', 3)));
        }
        // The golden file itself must show the documented warm-up: value at input N (SMA) or at
        // the first input (first value).
        QCOMPARE(firstReadyRow, smaSeed ? length - 1 : 0);
    }

    // Length 3: alpha = 2 / 4 = 0.5, so every value below is exact in binary.
    void handComputedLength3_data() {
        QTest::addColumn<bool>("smaSeed");
        QTest::addColumn<QList<double>>("expected"); // NaN = not ready
        const double nan = std::numeric_limits<double>::quiet_NaN();
        // First value: 1; (2-1)*0.5+1 = 1.5; (3-1.5)*0.5+1.5 = 2.25; (4-2.25)*0.5+2.25 = 3.125.
        QTest::newRow("first value") << false << QList<double>{1.0, 1.5, 2.25, 3.125};
        // SMA: not ready, not ready, (1+2+3)/3 = 2, (4-2)*0.5+2 = 3.
        QTest::newRow("sma") << true << QList<double>{nan, nan, 2.0, 3.0};
    }
    void handComputedLength3() {
        QFETCH(bool, smaSeed);
        QFETCH(QList<double>, expected);
        Ema ema(3, smaSeed ? EmaSeeding::Sma : EmaSeeding::FirstValue);
        QCOMPARE(ema.length(), 3);
        QCOMPARE(ema.alpha(), 0.5);
        QVERIFY(!ema.isReady());
        QVERIFY(std::isnan(ema.value()));

        // Twice: the second pass after reset() must repeat the first exactly.
        for (int pass = 0; pass < 2; ++pass) {
            for (int i = 0; i < expected.size(); ++i) {
                const double v = ema.update(double(i + 1));
                const double want = expected[i];
                if (std::isnan(want)) {
                    QVERIFY(!ema.isReady());
                    QVERIFY(std::isnan(v));
                    QVERIFY(std::isnan(ema.value()));
                } else {
                    QVERIFY(ema.isReady());
                    QCOMPARE(v, want);
                    QCOMPARE(ema.value(), want);
                }
            }
            ema.reset();
            QVERIFY(!ema.isReady());
            QVERIFY(std::isnan(ema.value()));
            QCOMPARE(ema.length(), 3);
        }
    }

    void handComputedOtherLengths() {
        // Length 1: alpha = 1, the EMA is its input.
        Ema one(1, EmaSeeding::Sma);
        QCOMPARE(one.update(7.0), 7.0);
        QVERIFY(one.isReady());
        QCOMPARE(one.update(-2.5), -2.5);

        // Length 4, alpha = 0.4. SMA seed at input 4: (2+4+6+8)/4 = 5; then (10-5)*0.4+5 = 7,
        // (2-7)*0.4+7 = 5.
        Ema four(4, EmaSeeding::Sma);
        QCOMPARE(four.alpha(), 0.4);
        for (double x : {2.0, 4.0, 6.0})
            QVERIFY(std::isnan(four.update(x)));
        QCOMPARE(four.update(8.0), 5.0);
        QCOMPARE(four.update(10.0), 7.0);
        QCOMPARE(four.update(2.0), 5.0);

        // Same length, first-value seed: 2; (4-2)*0.4+2 = 2.8; (6-2.8)*0.4+2.8 = 4.08.
        Ema fourFirst(4, EmaSeeding::FirstValue);
        QVERIFY(!fourFirst.isReady());
        QCOMPARE(fourFirst.update(2.0), 2.0);
        QVERIFY(fourFirst.isReady());
        QCOMPARE(fourFirst.update(4.0), 2.8);
        QCOMPARE(fourFirst.update(6.0), 4.08);
    }

    void constantInputStaysExact() {
        // (x - x) * k + x == x: a flat market must not drift by rounding.
        for (auto seeding : {EmaSeeding::FirstValue, EmaSeeding::Sma}) {
            Ema ema(89, seeding);
            for (int i = 0; i < 1000; ++i)
                ema.update(167.77);
            QCOMPARE(ema.value(), 167.77);
        }
    }

    void resetMidWarmUpStartsOver() {
        Ema ema(3, EmaSeeding::Sma);
        ema.update(100.0);
        ema.update(200.0);
        ema.reset();
        // The discarded inputs must not leak into the new seed: (1+2+3)/3 = 2.
        QVERIFY(std::isnan(ema.update(1.0)));
        QVERIFY(std::isnan(ema.update(2.0)));
        QCOMPARE(ema.update(3.0), 2.0);
    }

    void nonPositiveLengthActsAsOne() {
        Ema zero(0, EmaSeeding::Sma);
        QCOMPARE(zero.length(), 1);
        QCOMPARE(zero.update(5.0), 5.0);
        Ema negative(-3);
        QCOMPARE(negative.length(), 1);
        QCOMPARE(negative.update(5.0), 5.0);
        QCOMPARE(negative.update(6.0), 6.0);
    }
};

QTEST_GUILESS_MAIN(tst_Ema)
#include "tst_Ema.moc"
