#include "signals/SignalParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <limits>

using namespace axion;

namespace {

// The contract example of DESIGN.md §5, as PRD-134's TradeSignal.to_dict() emits it.
const char* kExample = R"({"signal_type":"cloud_flip_bullish","direction":"long","ticker":"AAPL",
 "timeframe":"10m","conviction":82,"entry_price":187.42,"stop_loss":185.1,"target_price":191.9,
 "cloud_states":[{"cloud_name":"fast","short_ema":187.1,"long_ema":186.8,"is_bullish":true,
 "thickness":0.0016,"price_above":true,"price_inside":false,"price_below":false,"slope":0.0004,
 "slope_direction":"flat"},{"cloud_name":"pullback","short_ema":186.9,"long_ema":186.7,
 "is_bullish":true,"thickness":0.001,"price_above":true,"price_inside":false,"price_below":false,
 "slope":0.0012,"slope_direction":"rising"}],
 "timestamp":"2026-11-24T15:31:00+00:00","metadata":{"volume_ratio":1.8,"candle":"marubozu"}})";

// 30 s after the example's timestamp.
const qint64 kNow = QDateTime(QDate(2026, 11, 24), QTime(15, 31, 30), Qt::UTC).toMSecsSinceEpoch();

QJsonObject example() {
    return QJsonDocument::fromJson(kExample).object();
}

QByteArray toBytes(const QJsonObject& o) {
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

class tst_SignalParser : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parsesTheContractExample() {
        const SignalParser parser{ExecutorConfig{}};
        const SignalParseResult r = parser.parse(QByteArray(kExample), kNow);
        QVERIFY2(r.ok(), qPrintable(r.message));
        const Signal& s = *r.signal;
        QCOMPARE(s.signalType, QStringLiteral("cloud_flip_bullish"));
        QCOMPARE(toString(s.direction), toString(Direction::Long));
        QCOMPARE(s.ticker, QStringLiteral("AAPL"));
        QCOMPARE(s.conviction, 82);
        QCOMPARE(s.entryPrice.units(), 1'874'200);
        QCOMPARE(s.stopLoss.units(), 1'851'000);
        QCOMPARE(s.targetPrice->units(), 1'919'000);
        QCOMPARE(s.stopDistance().units(), 23'200);
        QCOMPARE(s.timestampMs, kNow - 30'000);
        QCOMPARE(toString(s.tradeType), toString(TradeType::Day)); // 10m
        QVERIFY(s.volumeConfirmed);                                // volume_ratio 1.8 >= 1.5
        QCOMPARE(s.sector, QStringLiteral("AAPL"));                // unknown ticker: its own sector
        QCOMPARE(s.cloudStates.size(), 2);
        QCOMPARE(toString(s.cloudStates[1].layer), toString(CloudLayer::Pullback));
        QCOMPARE(toString(s.cloudStates[1].slopeDirection), toString(SlopeDirection::Rising));
        QCOMPARE(s.cloud(CloudLayer::Fast)->shortEma, 187.1);
        QVERIFY(s.cloud(CloudLayer::Macro) == nullptr);
        QCOMPARE(s.metadata.value(u"candle").toString(), QStringLiteral("marubozu"));
        QVERIFY(s.signalId.startsWith(u"sig-"));
    }

    void derivedSignalIdIsStableAndDistinct() {
        const SignalParser parser{ExecutorConfig{}};
        const QString a = parser.parse(QByteArray(kExample), kNow).signal->signalId;
        const QString b = parser.parse(QByteArray(kExample), kNow + 1000).signal->signalId;
        QCOMPARE(a, b);
        QJsonObject o = example();
        o[QStringLiteral("timeframe")] = QStringLiteral("5m");
        QVERIFY(parser.parse(o, kNow).signal->signalId != a);
    }

    void optionalFieldsOverrideDefaults() {
        ExecutorConfig config;
        config.sectorMap.insert(QStringLiteral("AAPL"), QStringLiteral("Technology"));
        const SignalParser parser{config};
        QJsonObject o = example();
        QCOMPARE(parser.parse(o, kNow).signal->sector, QStringLiteral("Technology"));
        o[QStringLiteral("signal_id")] = QStringLiteral("ext-42");
        o[QStringLiteral("trade_type")] = QStringLiteral("swing");
        o[QStringLiteral("volume_confirmed")] = false;
        o[QStringLiteral("sector")] = QStringLiteral("Consumer");
        o[QStringLiteral("strategy_version")] = QStringLiteral("v3"); // unknown: kept
        const Signal s = *parser.parse(o, kNow).signal;
        QCOMPARE(s.signalId, QStringLiteral("ext-42"));
        QCOMPARE(toString(s.tradeType), toString(TradeType::Swing));
        QVERIFY(!s.volumeConfirmed);
        QCOMPARE(s.sector, QStringLiteral("Consumer"));
        QCOMPARE(s.metadata.value(u"strategy_version").toString(), QStringLiteral("v3"));
    }

    void pricesMayBeDecimalStrings() {
        const SignalParser parser{ExecutorConfig{}};
        QJsonObject o = example();
        o[QStringLiteral("entry_price")] = QStringLiteral("187.4200");
        o[QStringLiteral("stop_loss")] = QStringLiteral("185.10");
        o[QStringLiteral("target_price")] = QJsonValue::Null;
        const Signal s = *parser.parse(o, kNow).signal;
        QCOMPARE(s.entryPrice.units(), 1'874'200);
        QCOMPARE(s.stopLoss.units(), 1'851'000);
        QVERIFY(!s.targetPrice.has_value());
    }

    void volumeConfirmationThreshold_data() {
        QTest::addColumn<double>("ratio");
        QTest::addColumn<bool>("confirmed");
        QTest::newRow("1.49") << 1.49 << false;
        QTest::newRow("1.5 exactly") << 1.5 << true;
        QTest::newRow("none") << -1.0 << false;
    }
    void volumeConfirmationThreshold() {
        QFETCH(double, ratio);
        QFETCH(bool, confirmed);
        QJsonObject o = example();
        QJsonObject meta;
        if (ratio >= 0)
            meta[QStringLiteral("volume_ratio")] = ratio;
        o[QStringLiteral("metadata")] = meta;
        QCOMPARE(SignalParser{ExecutorConfig{}}.parse(o, kNow).signal->volumeConfirmed, confirmed);
    }

    void tradeTypeFromTimeframe_data() {
        QTest::addColumn<QString>("timeframe");
        QTest::addColumn<int>("type");
        QTest::newRow("1m") << "1m" << int(TradeType::Scalp);
        QTest::newRow("5m") << "5m" << int(TradeType::Day);
        QTest::newRow("10m") << "10m" << int(TradeType::Day);
        QTest::newRow("1h") << "1h" << int(TradeType::Swing);
        QTest::newRow("1d") << "1d" << int(TradeType::Swing);
    }
    void tradeTypeFromTimeframe() {
        QFETCH(QString, timeframe);
        QFETCH(int, type);
        QJsonObject o = example();
        o[QStringLiteral("timeframe")] = timeframe;
        QCOMPARE(int(SignalParser{ExecutorConfig{}}.parse(o, kNow).signal->tradeType), type);
    }

    void rejects_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("field");

        auto row = [](const char* name, auto mutate, SignalRejectCode code, const char* field) {
            QJsonObject o = example();
            mutate(o);
            QTest::newRow(name) << toBytes(o) << int(code) << QString::fromLatin1(field);
        };
        auto set = [](const char* key, QJsonValue v) {
            return [key, v](QJsonObject& o) { o[QString::fromLatin1(key)] = v; };
        };
        auto drop = [](const char* key) {
            return [key](QJsonObject& o) { o.remove(QString::fromLatin1(key)); };
        };
        const double nan = std::numeric_limits<double>::quiet_NaN();

        QTest::newRow("malformed json") << QByteArray("{\"ticker\": \"AAPL\",")
                                        << int(SignalRejectCode::MalformedJson) << QString();
        QTest::newRow("array") << QByteArray("[1,2]") << int(SignalRejectCode::NotAnObject)
                               << QString();
        for (const char* key : {"signal_type", "direction", "ticker", "timeframe", "conviction",
                                "entry_price", "stop_loss", "timestamp"})
            row(qPrintable(QStringLiteral("missing %1").arg(QString::fromLatin1(key))), drop(key),
                SignalRejectCode::MissingField, key);
        row("null entry", set("entry_price", QJsonValue::Null), SignalRejectCode::MissingField,
            "entry_price");
        row("ticker number", set("ticker", 42), SignalRejectCode::WrongType, "ticker");
        row("NaN entry string", set("entry_price", QStringLiteral("NaN")),
            SignalRejectCode::InvalidPrice, "entry_price");
        // Python's json.dumps writes a bare NaN, which is not JSON.
        QTest::newRow("NaN entry from python") << QByteArray(kExample).replace("187.42", "NaN")
                                               << int(SignalRejectCode::MalformedJson) << QString();
        // A NaN put into a JSON object serialises as null: a missing price.
        row("NaN entry number", set("entry_price", nan), SignalRejectCode::MissingField,
            "entry_price");
        row("infinite stop", set("stop_loss", QStringLiteral("Infinity")),
            SignalRejectCode::InvalidPrice, "stop_loss");
        row("negative entry", set("entry_price", -187.42), SignalRejectCode::InvalidPrice,
            "entry_price");
        row("zero entry", set("entry_price", 0), SignalRejectCode::InvalidPrice, "entry_price");
        row("zero stop", set("stop_loss", 0), SignalRejectCode::InvalidPrice, "stop_loss");
        row("garbage price", set("entry_price", QStringLiteral("18x.42")),
            SignalRejectCode::InvalidPrice, "entry_price");
        row("bool price", set("entry_price", true), SignalRejectCode::InvalidPrice, "entry_price");
        row("zero target", set("target_price", 0), SignalRejectCode::InvalidPrice, "target_price");
        row("long stop above entry", set("stop_loss", 190.0), SignalRejectCode::StopWrongSide,
            "stop_loss");
        row("long stop at entry", set("stop_loss", 187.42), SignalRejectCode::StopWrongSide,
            "stop_loss");
        row("long target below entry", set("target_price", 180.0),
            SignalRejectCode::TargetWrongSide, "target_price");
        row(
            "short stop below entry",
            [](QJsonObject& o) {
                o[QStringLiteral("signal_type")] = QStringLiteral("cloud_flip_bearish");
                o[QStringLiteral("direction")] = QStringLiteral("short");
                o[QStringLiteral("target_price")] = 180.0;
            },
            SignalRejectCode::StopWrongSide, "stop_loss");
        row(
            "short target above entry",
            [](QJsonObject& o) {
                o[QStringLiteral("signal_type")] = QStringLiteral("cloud_flip_bearish");
                o[QStringLiteral("direction")] = QStringLiteral("short");
                o[QStringLiteral("stop_loss")] = 190.0;
            },
            SignalRejectCode::TargetWrongSide, "target_price");
        row("conviction 101", set("conviction", 101), SignalRejectCode::ConvictionOutOfRange,
            "conviction");
        row("conviction -1", set("conviction", -1), SignalRejectCode::ConvictionOutOfRange,
            "conviction");
        row("conviction fractional", set("conviction", 82.5), SignalRejectCode::WrongType,
            "conviction");
        row("conviction string", set("conviction", QStringLiteral("82")),
            SignalRejectCode::WrongType, "conviction");
        row("direction sideways", set("direction", QStringLiteral("sideways")),
            SignalRejectCode::UnknownDirection, "direction");
        row("bullish type short", set("direction", QStringLiteral("short")),
            SignalRejectCode::InconsistentDirection, "direction");
        row("trade type position", set("trade_type", QStringLiteral("position")),
            SignalRejectCode::UnknownTradeType, "trade_type");
        row("timeframe 7m", set("timeframe", QStringLiteral("7m")),
            SignalRejectCode::UnknownTimeframe, "timeframe");
        row("timestamp garbage", set("timestamp", QStringLiteral("yesterday")),
            SignalRejectCode::BadTimestamp, "timestamp");
        row("timestamp naive", set("timestamp", QStringLiteral("2026-11-24T15:31:00")),
            SignalRejectCode::BadTimestamp, "timestamp");
        // Default tolerances: 300 s old at most, 5 s in the future at most.
        row("stale by 1 s", set("timestamp", QStringLiteral("2026-11-24T15:26:29+00:00")),
            SignalRejectCode::StaleTimestamp, "timestamp");
        row("future by 6 s", set("timestamp", QStringLiteral("2026-11-24T15:31:36+00:00")),
            SignalRejectCode::FutureTimestamp, "timestamp");
        row("future by 6 s in New York offset",
            set("timestamp", QStringLiteral("2026-11-24T10:31:36-05:00")),
            SignalRejectCode::FutureTimestamp, "timestamp");
        row("ticker with bang", set("ticker", QStringLiteral("AAPL!")),
            SignalRejectCode::InvalidTicker, "ticker");
        row("ticker too long", set("ticker", QStringLiteral("ABCDEF")),
            SignalRejectCode::InvalidTicker, "ticker");
        row("ticker digits", set("ticker", QStringLiteral("12")), SignalRejectCode::InvalidTicker,
            "ticker");
        row("ticker bad class", set("ticker", QStringLiteral("BRK.")),
            SignalRejectCode::InvalidTicker, "ticker");
        row("cloud states object", set("cloud_states", QJsonObject()), SignalRejectCode::WrongType,
            "cloud_states");
        row("cloud name unknown",
            set("cloud_states",
                QJsonArray{QJsonObject{{QStringLiteral("cloud_name"), QStringLiteral("hyper")},
                                       {QStringLiteral("short_ema"), 1.0},
                                       {QStringLiteral("long_ema"), 1.0}}}),
            SignalRejectCode::WrongType, "cloud_states");
        row("metadata array", set("metadata", QJsonArray{}), SignalRejectCode::WrongType,
            "metadata");
        row("empty signal id", set("signal_id", QStringLiteral(" ")), SignalRejectCode::WrongType,
            "signal_id");
    }
    void rejects() {
        QFETCH(QByteArray, json);
        QFETCH(int, code);
        QFETCH(QString, field);
        const SignalParseResult r = SignalParser{ExecutorConfig{}}.parse(json, kNow);
        QVERIFY(!r.ok());
        QCOMPARE(toString(r.code), toString(SignalRejectCode(code)));
        QCOMPARE(r.field, field);
        QVERIFY2(!r.message.isEmpty(), "every rejection carries a human message");
    }

    void acceptsBoundaries_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("exactly 300 s old")
            << "timestamp" << QJsonValue(QStringLiteral("2026-11-24T15:26:30+00:00"));
        QTest::newRow("exactly 5 s ahead")
            << "timestamp" << QJsonValue(QStringLiteral("2026-11-24T15:31:35Z"));
        QTest::newRow("conviction 0") << "conviction" << QJsonValue(0);
        QTest::newRow("conviction 100") << "conviction" << QJsonValue(100);
        QTest::newRow("conviction 82.0") << "conviction" << QJsonValue(82.0);
        QTest::newRow("class share") << "ticker" << QJsonValue(QStringLiteral("BRK.B"));
        QTest::newRow("lower case") << "ticker" << QJsonValue(QStringLiteral("aapl"));
        QTest::newRow("one letter") << "ticker" << QJsonValue(QStringLiteral("F"));
    }
    void acceptsBoundaries() {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QJsonObject o = example();
        o[field] = value;
        const SignalParseResult r = SignalParser{ExecutorConfig{}}.parse(o, kNow);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QVERIFY(SignalParser::isValidTicker(r.signal->ticker));
    }

    void rejectsDuplicates() {
        const SignalParser parser{ExecutorConfig{}};
        QSet<QString> seen;
        auto known = [&seen](const QString& id) { return seen.contains(id); };
        const SignalParseResult first = parser.parse(QByteArray(kExample), kNow, known);
        QVERIFY(first.ok());
        seen.insert(first.signal->signalId);
        const SignalParseResult again = parser.parse(QByteArray(kExample), kNow, known);
        QCOMPARE(toString(again.code), toString(SignalRejectCode::DuplicateId));
    }

    void toleranceComesFromConfig() {
        ExecutorConfig config;
        config.signalMaxAgeSeconds = 10;
        QCOMPARE(toString(SignalParser{config}.parse(QByteArray(kExample), kNow).code),
                 toString(SignalRejectCode::StaleTimestamp));
    }
};

QTEST_GUILESS_MAIN(tst_SignalParser)
#include "tst_SignalParser.moc"
