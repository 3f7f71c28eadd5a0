#include "config/ExecutorConfig.h"
#include "journal/EventPayload.h"
#include "journal/JsonText.h"
#include "market/DemoMarket.h"
#include "signals/CloudSignalEngine.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTest>
#include <cmath>
#include <cstring>
#include <limits>
#include <random>

using namespace axion;

Q_DECLARE_METATYPE(axion::Signal)
using namespace Qt::StringLiterals;

namespace {

QString qtCompact(const QJsonValue& v) {
    const QByteArray a = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(a.mid(1, a.size() - 2)); // without the array's brackets
}

// The signal payload as the journal wrote it when cloud_states and metadata went through
// QJsonObject and QJsonDocument: the reference the direct writer must match byte for byte.
QString referenceSignalPayload(const Signal& s) {
    QJsonArray clouds;
    for (const CloudState& c : s.cloudStates) {
        clouds.append(QJsonObject{
            {u"cloud_name"_s, toString(c.layer)},
            {u"short_ema"_s, c.shortEma},
            {u"long_ema"_s, c.longEma},
            {u"is_bullish"_s, c.isBullish},
            {u"thickness"_s, c.thickness},
            {u"price_above"_s, c.priceAbove},
            {u"price_inside"_s, c.priceInside},
            {u"price_below"_s, c.priceBelow},
            {u"slope"_s, c.slope},
            {u"slope_direction"_s, toString(c.slopeDirection)},
        });
    }
    return JsonText()
        .str("signal_id"_L1, s.signalId)
        .str("signal_type"_L1, s.signalType)
        .str("direction"_L1, toString(s.direction))
        .str("ticker"_L1, s.ticker)
        .str("timeframe"_L1, s.timeframe)
        .num("conviction"_L1, s.conviction)
        .amount("entry_price"_L1, s.entryPrice)
        .amount("stop_loss"_L1, s.stopLoss)
        .amount("target_price"_L1, s.targetPrice)
        .num("timestamp_ms"_L1, s.timestampMs)
        .str("trade_type"_L1, toString(s.tradeType))
        .boolean("volume_confirmed"_L1, s.volumeConfirmed)
        .str("sector"_L1, s.sector)
        .str("source"_L1, s.source)
        .object("metadata"_L1, s.metadataJson())
        .raw("cloud_states"_L1,
             QString::fromUtf8(QJsonDocument(clouds).toJson(QJsonDocument::Compact)))
        .finish();
}

QString referenceRiskPayload(const RiskDecision& d, const QString& failedCheck) {
    QJsonArray adjustments;
    for (const RiskAdjustment& a : d.adjustments) {
        adjustments.append(QJsonObject{{u"limit"_s, toString(a.limit)},
                                       {u"from_shares"_s, a.fromShares},
                                       {u"to_shares"_s, a.toShares}});
    }
    return JsonText()
        .boolean("approved"_L1, d.approved)
        .str("failed_check"_L1, failedCheck)
        .str("code"_L1, toString(d.code))
        .num("approved_shares"_L1, d.approvedShares)
        .raw("adjustments"_L1,
             QString::fromUtf8(QJsonDocument(adjustments).toJson(QJsonDocument::Compact)))
        .str("message"_L1, d.message)
        .finish();
}

// Doubles of every kind: ordinary magnitudes, integral values around 2^53, powers of ten at the
// decimal/exponent switch, subnormals, random bit patterns.
std::vector<double> testDoubles() {
    std::vector<double> v{0.0,
                          -0.0,
                          1.0,
                          -1.0,
                          25.0,
                          0.5,
                          12.5,
                          1.0 / 3.0,
                          100000.0,
                          1e6,
                          1.2e6,
                          1e15,
                          1e16,
                          1e17,
                          1e21,
                          9007199254740992.0,
                          9007199254740994.0,
                          -9007199254740992.0,
                          0.001,
                          0.0001,
                          0.00012,
                          1.5e-7,
                          5e-324,
                          std::numeric_limits<double>::min(),
                          std::numeric_limits<double>::max(),
                          std::numeric_limits<double>::quiet_NaN(),
                          std::numeric_limits<double>::infinity(),
                          -std::numeric_limits<double>::infinity()};
    for (int e = -25; e <= 25; ++e) {
        for (const double m : {1.0, 1.2, 1.25, 9.99, 5.0})
            v.push_back(m * std::pow(10.0, e)), v.push_back(-m * std::pow(10.0, e));
    }
    std::mt19937_64 rng(20261124);
    std::uniform_real_distribution<double> mantissa(-10.0, 10.0);
    std::uniform_int_distribution<int> exponent(-320, 300);
    for (int i = 0; i < 100'000; ++i)
        v.push_back(mantissa(rng) * std::pow(10.0, exponent(rng)));
    for (int i = 0; i < 50'000; ++i) {
        const quint64 bits = rng();
        double d;
        std::memcpy(&d, &bits, sizeof d);
        v.push_back(d);
    }
    for (int i = 0; i < 50'000; ++i) // prices and ratios with few decimals
        v.push_back(std::round(mantissa(rng) * 1e6) / std::pow(10.0, i % 9));
    return v;
}

// Real signals of the built-in engine on a few generated days: what a replay journals.
std::vector<Signal> engineSignals() {
    const ExecutorConfig config;
    CloudSignalEngine engine(config);
    const DemoMarket market(DemoMarket::kDefaultSeed);
    std::vector<Signal> out;
    std::vector<Signal> batch;
    int symbol = 0;
    for (const QString& ticker : DemoMarket::tickers()) {
        for (const Bar& bar : market.bars(ticker, QDate(2025, 1, 2), 5)) {
            batch.clear();
            engine.onMinuteBar(symbol, ticker, bar, batch);
            out.insert(out.end(), batch.begin(), batch.end());
        }
        ++symbol;
    }
    return out;
}

} // namespace

class tst_EventPayload : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void numbersAreWrittenAsQJsonDocumentWritesThem() {
        int checked = 0;
        for (const double d : testDoubles()) {
            QString mine;
            JsonText::appendQtNumber(mine, d);
            const QString qt = qtCompact(QJsonValue(d));
            if (mine != qt)
                QFAIL(qPrintable(u"%1: %2, Qt writes %3"_s.arg(d, 0, 'g', 17).arg(mine, qt)));
            if (std::isfinite(d)) {
                QString shortest;
                JsonText::appendShortest(shortest, d);
                const QString ref =
                    QString::fromLatin1(QByteArray::number(d, 'g', QLocale::FloatingPointShortest));
                if (shortest != ref)
                    QFAIL(qPrintable(u"%1: %2, QByteArray::number gives %3"_s.arg(d, 0, 'g', 17)
                                         .arg(shortest, ref)));
                // JsonText::real() was QString::number: the same text.
                QCOMPARE(shortest, QString::number(d, 'g', QLocale::FloatingPointShortest));
            }
            ++checked;
        }
        QVERIFY(checked > 200'000);
    }

    void stringsAreEscapedAsQJsonDocumentEscapesThem() {
        const QString nasty = u"a\"b\\c\n\t\r\b\f\u0001\u001f\u007f caf\u00e9 \u6f22 / <"_s;
        QString mine;
        JsonText::appendQtString(mine, nasty);
        QCOMPARE(mine, qtCompact(QJsonValue(nasty)));
        // The journal's own fields keep their older escaping: \u0008 and \u000c.
        QCOMPARE(JsonText().str("k"_L1, u"\b\f\u0001"_s).finish(),
                 uR"({"k":"\u0008\u000c\u0001"})"_s);
    }

    void nestingPutsCommasWhereTheyBelong() {
        const QString text = JsonText()
                                 .num("a"_L1, 1)
                                 .beginArray("list"_L1)
                                 .beginObject()
                                 .num("x"_L1, 1)
                                 .endObject()
                                 .beginObject()
                                 .endObject()
                                 .qtStrElement(u"s"_s)
                                 .endArray()
                                 .beginObject("o"_L1)
                                 .beginArray("e"_L1)
                                 .endArray()
                                 .boolean("b"_L1, false)
                                 .endObject()
                                 .null("n"_L1)
                                 .finish();
        QCOMPARE(text, uR"({"a":1,"list":[{"x":1},{},"s"],"o":{"e":[],"b":false},"n":null})"_s);
        QCOMPARE(JsonText().finish(), u"{}"_s);
    }

    void engineSignalsMatchTheQJsonDocumentPayload() {
        const std::vector<Signal> signals = engineSignals();
        QVERIFY2(signals.size() > 100, "the demo days give signals");
        bool sawExitHint = false;
        bool sawCrossed = false;
        for (const Signal& s : signals) {
            QVERIFY(s.engineMetadata.has_value());
            sawExitHint |= s.engineMetadata->exitHint;
            sawCrossed |= s.engineMetadata->crossedCloud.has_value();
            QCOMPARE(EventPayload::signal(s), referenceSignalPayload(s));
        }
        QVERIFY(sawExitHint);
        QVERIFY(sawCrossed);
    }

    void everyMetadataShapeMatchesTheQJsonDocumentPayload_data() {
        QTest::addColumn<Signal>("signal");
        Signal base;
        base.signalId = u"sig-1"_s;
        base.signalType = u"cloud_cross_bullish"_s;
        base.ticker = u"AAPL"_s;
        base.timeframe = u"10m"_s;
        base.conviction = 82;
        base.entryPrice = Price::fromUnits(1'874'200);
        base.stopLoss = Price::fromUnits(1'851'000);
        base.source = QString::fromLatin1(Signal::kBuiltIn);
        CloudState c;
        c.layer = CloudLayer::LongTerm;
        c.shortEma = 100000.0; // integral: an integer in JSON
        c.longEma = std::numeric_limits<double>::quiet_NaN();
        c.thickness = 1e-7;
        c.slope = -0.0;
        c.slopeDirection = SlopeDirection::Falling;
        c.priceAbove = c.isBullish = true;
        base.cloudStates = {c, c};

        CloudSignalMetadata entry;
        entry.volumeRatio = 2.0;
        entry.candleQuality = 0.9090909090909091;
        entry.conviction.cloudAlignment = 25;
        entry.conviction.thickness = 6.918647868246245;
        entry.conviction.rawSum = 43.5;
        entry.conviction.scale = 100.0 / 85.0;
        entry.conviction.total = 51;
        entry.firedTypes = 0xffu; // every entry type
        entry.crossedCloud = CloudLayer::Macro;
        Signal s = base;
        s.engineMetadata = entry;
        QTest::newRow("entry, all types, crossed cloud") << s;
        entry.conviction.factor = 12.25;
        entry.crossedCloud.reset();
        entry.firedTypes = 0x1u | 0x20u;
        entry.stopFromBarExtreme = true;
        entry.volumeRatio = std::numeric_limits<double>::infinity();
        s.engineMetadata = entry;
        QTest::newRow("entry, factor score, bar extreme stop") << s;
        entry.firedTypes = 0;
        s.engineMetadata = entry;
        s.cloudStates.clear();
        QTest::newRow("entry, no fired types, no clouds") << s;
        CloudSignalMetadata exit;
        exit.exitHint = true;
        exit.exhaustionBars = 4;
        exit.volumeRatio = 0.75;
        s = base;
        s.engineMetadata = exit;
        QTest::newRow("exit hint") << s;
        s.metadata = QJsonObject{{u"note"_s, u"received"_s}, {u"source"_s, u"outside"_s}};
        QTest::newRow("engine metadata and received keys") << s;
        s.engineMetadata.reset();
        QTest::newRow("received metadata only") << s;
        s.metadata = {};
        QTest::newRow("no metadata") << s;
    }

    void everyMetadataShapeMatchesTheQJsonDocumentPayload() {
        QFETCH(Signal, signal);
        QCOMPARE(EventPayload::signal(signal), referenceSignalPayload(signal));
    }

    void riskDecisionMatchesTheQJsonDocumentPayload() {
        RiskDecision d;
        QCOMPARE(EventPayload::riskDecision(d), referenceRiskPayload(d, u"none"_s));
        d.approved = false;
        d.failedCheck = RiskCheck::MaxPositions;
        d.code = RiskRejectCode::MaxPositions;
        d.adjustments = {{RiskRejectCode::SingleStockExposure, 25247, 382},
                         {RiskRejectCode::InsufficientBuyingPower, 382, 0}};
        d.message = u"sized down \"twice\"\n"_s;
        QCOMPARE(EventPayload::riskDecision(d), referenceRiskPayload(d, u"max_positions"_s));
    }
};

QTEST_GUILESS_MAIN(tst_EventPayload)
#include "tst_EventPayload.moc"
