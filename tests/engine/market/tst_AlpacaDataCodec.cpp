// Alpaca's market data wire format: the stream's messages and the historical bars' pages, read
// from the documented and recorded payloads of ../shared/fixtures/alpaca/.

#include "market/alpaca/AlpacaDataCodec.h"
#include "support/AlpacaFixtures.h"
#include "support/TestValues.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

using namespace axion;
using namespace axion::alpaca;
using axion::test::alpacaFixture;
using axion::test::alpacaFixtureJson;
using axion::test::px;
using Type = StreamMessage::Type;

Q_DECLARE_METATYPE(axion::alpaca::StreamErrorKind)

namespace {

qint64 utc(const char* iso) {
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

// A fixture holding one message object, as the stream frames it: an array of one.
QByteArray framed(const char* name) {
    return QJsonDocument(QJsonArray{alpacaFixtureJson(name).object()})
        .toJson(QJsonDocument::Compact);
}

std::vector<StreamMessage> decode(const QByteArray& frame) {
    QString error;
    const auto m = decodeStreamFrame(frame, &error);
    if (!m)
        qWarning("not decoded: %s", qPrintable(error));
    return m.value_or(std::vector<StreamMessage>{});
}

QJsonObject parsed(const QByteArray& json) {
    return QJsonDocument::fromJson(json).object();
}

} // namespace

class tst_AlpacaDataCodec : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void authenticationCarriesTheKeys() {
        const QJsonObject m = parsed(authMessage("PKID", "s3cret"));
        QCOMPARE(m.value(QLatin1String("action")).toString(), QStringLiteral("auth"));
        QCOMPARE(m.value(QLatin1String("key")).toString(), QStringLiteral("PKID"));
        QCOMPARE(m.value(QLatin1String("secret")).toString(), QStringLiteral("s3cret"));
    }

    void subscriptionAsksForBarsAndTheirUpdates() {
        const QStringList symbols{QStringLiteral("AAPL"), QStringLiteral("MSFT")};
        const QJsonObject sub = parsed(barsSubscription(symbols, true));
        QCOMPARE(sub.value(QLatin1String("action")).toString(), QStringLiteral("subscribe"));
        QCOMPARE(sub.value(QLatin1String("bars")).toArray(), QJsonArray::fromStringList(symbols));
        QCOMPARE(sub.value(QLatin1String("updatedBars")).toArray(),
                 QJsonArray::fromStringList(symbols));
        QVERIFY(!sub.contains(QLatin1String("trades")));
        QCOMPARE(parsed(barsSubscription(symbols, false)).value(QLatin1String("action")).toString(),
                 QStringLiteral("unsubscribe"));
    }

    void aMinuteBarOfTheDocumentation() {
        const std::vector<StreamMessage> m = decode(framed("md_stream_bar.json"));
        QCOMPARE(m.size(), std::size_t(1));
        QVERIFY(m[0].type == Type::Bar);
        QCOMPARE(m[0].bar.symbol, QStringLiteral("SPY"));
        const Bar& b = m[0].bar.bar;
        QCOMPARE(b.timeMs, utc("2021-02-22T19:15:00Z"));
        QCOMPARE(b.open, px("388.985"));
        QCOMPARE(b.high, px("389.13"));
        QCOMPARE(b.low, px("388.975"));
        QCOMPARE(b.close, px("389.12"));
        QCOMPARE(b.volume, qint64(49378));
    }

    void anUpdatedBarIsItsOwnType() {
        // The SDK's mock closes above its high (101.3 > 101.2): no market prints that, and a bar
        // like it must not reach the exit rules. Said so, by symbol.
        const std::vector<StreamMessage> bad = decode(framed("md_stream_updated_bar_js_mock.json"));
        QCOMPARE(bad.size(), std::size_t(1));
        QVERIFY(bad[0].type == Type::Malformed);
        QVERIFY2(bad[0].text.startsWith(QStringLiteral("AAPL: ")), qPrintable(bad[0].text));
        QVERIFY2(bad[0].text.contains(QStringLiteral("is not a bar")), qPrintable(bad[0].text));

        QJsonObject fixed = alpacaFixtureJson("md_stream_updated_bar_js_mock.json").object();
        fixed.insert(QStringLiteral("h"), 101.4);
        const std::vector<StreamMessage> m =
            decode(QJsonDocument(QJsonArray{fixed}).toJson(QJsonDocument::Compact));
        QCOMPARE(m.size(), std::size_t(1));
        QVERIFY(m[0].type == Type::UpdatedBar);
        QCOMPARE(m[0].bar.symbol, QStringLiteral("AAPL"));
        QCOMPARE(m[0].bar.bar.close, px("101.3"));
        QCOMPARE(m[0].bar.bar.high, px("101.4"));
        // A sub-minute time as the mock sends it is read to the millisecond.
        QCOMPARE(m[0].bar.bar.timeMs, utc("2021-03-05T16:00:30Z"));
    }

    void controlAndErrorFrames() {
        const std::vector<StreamMessage> m =
            decode(alpacaFixture("md_stream_control_and_error_frames.json"));
        QCOMPARE(m.size(), std::size_t(13));
        QVERIFY(m[0].type == Type::Authenticated);
        QVERIFY(m[1].type == Type::Connected);
        QList<int> codes;
        for (std::size_t i = 2; i < m.size(); ++i) {
            QVERIFY(m[i].type == Type::Error);
            codes << m[i].code;
        }
        QCOMPARE(codes, (QList<int>{400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 500}));
        QCOMPARE(m[8].text, QStringLiteral("connection limit exceeded"));
    }

    void theSubscriptionAckListsTheFullSet() {
        const std::vector<StreamMessage> m = decode(framed("md_stream_subscription_ack.json"));
        QCOMPARE(m.size(), std::size_t(1));
        QVERIFY(m[0].type == Type::Subscription);
        QCOMPARE(m[0].symbols, (QStringList{QStringLiteral("IBM"), QStringLiteral("AAPL"),
                                            QStringLiteral("VOO")}));
    }

    void aRecordedSessionHasNothingUnreadable() {
        // Trades, quotes, daily bars and statuses are read past; none is malformed.
        const QJsonArray transcript =
            alpacaFixtureJson("md_stream_session_transcript.json").array();
        int frames = 0;
        for (const QJsonValue& step : transcript) {
            const QJsonObject o = step.toObject();
            if (o.value(QLatin1String("dir")).toString() != u"server")
                continue;
            ++frames;
            const QByteArray frame =
                QJsonDocument(o.value(QLatin1String("frame")).toArray()).toJson();
            for (const StreamMessage& m : decode(frame))
                QVERIFY2(m.type != Type::Malformed, qPrintable(m.text));
        }
        QVERIFY(frames >= 3);
        for (const char* name : {"md_stream_trade.json", "md_stream_quote.json",
                                 "md_stream_status.json", "md_stream_daily_bar.json"}) {
            const std::vector<StreamMessage> m = decode(framed(name));
            QCOMPARE(m.size(), std::size_t(1));
            QVERIFY2(m[0].type == Type::Other, name);
        }
    }

    void badFramesAreClearErrors_data() {
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<QString>("expected"); // in the error, or in the message's text
        QTest::newRow("not json") << QByteArray("[{\"T\":") << QStringLiteral("not JSON");
        QTest::newRow("an object") << QByteArray("{\"T\":\"b\"}") << QStringLiteral("not an array");
        QTest::newRow("no close") << QByteArray(R"([{"T":"b","S":"X","o":1,"h":1,"l":1,"v":1,)"
                                                R"("t":"2021-02-22T19:15:00Z"}])")
                                  << QStringLiteral("c is not a price");
        QTest::newRow("high below low")
            << QByteArray(R"([{"T":"b","S":"X","o":2,"h":1,"l":3,"c":2,"v":1,)"
                          R"("t":"2021-02-22T19:15:00Z"}])")
            << QStringLiteral("is not a bar");
        QTest::newRow("no symbol") << QByteArray(R"([{"T":"b","o":1,"h":1,"l":1,"c":1,"v":1,)"
                                                 R"("t":"2021-02-22T19:15:00Z"}])")
                                   << QStringLiteral("without a symbol");
        QTest::newRow("local time") << QByteArray(R"([{"T":"b","S":"X","o":1,"h":1,"l":1,"c":1,)"
                                                  R"("v":1,"t":"2021-02-22T19:15:00"}])")
                                    << QStringLiteral("not RFC 3339");
        QTest::newRow("no type") << QByteArray(R"([{"S":"X"}])")
                                 << QStringLiteral("without a type");
    }
    void badFramesAreClearErrors() {
        QFETCH(QByteArray, frame);
        QFETCH(QString, expected);
        QString error;
        const auto m = decodeStreamFrame(frame, &error);
        if (!m) {
            QVERIFY2(error.contains(expected), qPrintable(error));
            return;
        }
        QCOMPARE(m->size(), std::size_t(1));
        QVERIFY(m->front().type == Type::Malformed);
        QVERIFY2(m->front().text.contains(expected), qPrintable(m->front().text));
    }

    void errorCodesSayWhatToDo_data() {
        QTest::addColumn<int>("code");
        QTest::addColumn<StreamErrorKind>("kind");
        QTest::newRow("402 auth failed") << 402 << StreamErrorKind::KeysRefused;
        QTest::newRow("401 not authenticated") << 401 << StreamErrorKind::KeysRefused;
        QTest::newRow("406 connection limit") << 406 << StreamErrorKind::ConnectionLimit;
        QTest::newRow("409 insufficient subscription") << 409 << StreamErrorKind::NotEntitled;
        QTest::newRow("407 slow client") << 407 << StreamErrorKind::Transient;
        QTest::newRow("500 internal") << 500 << StreamErrorKind::Transient;
    }
    void errorCodesSayWhatToDo() {
        QFETCH(int, code);
        QFETCH(StreamErrorKind, kind);
        QVERIFY(errorKindOf(code) == kind);
    }

    void theBarsRequest() {
        const QString path = barsPath({QStringLiteral("AAPL"), QStringLiteral("MSFT")},
                                      utc("2026-12-01T14:30:00Z"), utc("2026-12-07T14:59:59Z"),
                                      10'000, QStringLiteral("iex"), QStringLiteral("QUFQ+/=="));
        QVERIFY(path.startsWith(QStringLiteral("/v2/stocks/bars?")));
        const QUrlQuery q(path.mid(path.indexOf(u'?') + 1));
        QCOMPARE(q.queryItemValue(QStringLiteral("symbols"), QUrl::FullyDecoded),
                 QStringLiteral("AAPL,MSFT"));
        QCOMPARE(q.queryItemValue(QStringLiteral("timeframe")), QStringLiteral("1Min"));
        QCOMPARE(q.queryItemValue(QStringLiteral("start"), QUrl::FullyDecoded),
                 QStringLiteral("2026-12-01T14:30:00Z"));
        QCOMPARE(q.queryItemValue(QStringLiteral("end"), QUrl::FullyDecoded),
                 QStringLiteral("2026-12-07T14:59:59Z"));
        QCOMPARE(q.queryItemValue(QStringLiteral("limit")), QStringLiteral("10000"));
        QCOMPARE(q.queryItemValue(QStringLiteral("feed")), QStringLiteral("iex"));
        QCOMPARE(q.queryItemValue(QStringLiteral("adjustment")), QStringLiteral("raw"));
        QCOMPARE(q.queryItemValue(QStringLiteral("sort")), QStringLiteral("asc"));
        // The token is base64: its '+', '/' and '=' must survive the query.
        QVERIFY2(path.contains(QStringLiteral("page_token=QUFQ%2B%2F%3D%3D")), qPrintable(path));
        QVERIFY(!barsPath({QStringLiteral("AAPL")}, 0, 1, 5, QStringLiteral("sip"))
                     .contains(QStringLiteral("page_token")));
    }

    void pagesOfSeveralSymbolsAndOfOne() {
        QString error;
        const auto p1 = decodeBarsPage(alpacaFixture("bars_multi_meta_page1.json"), &error);
        QVERIFY2(p1, qPrintable(error));
        QCOMPARE(p1->bars.size(), std::size_t(2));
        QCOMPARE(p1->bars[0].symbol, QStringLiteral("META"));
        QCOMPARE(p1->bars[0].bar.timeMs, utc("2022-06-08T04:00:00Z"));
        QCOMPARE(p1->bars[1].bar.close, px("184"));
        QCOMPARE(p1->nextPageToken,
                 QStringLiteral("TUVUQXxEfDIwMjItMDYtMDlUMDQ6MDA6MDAuMDAwMDAwMDAwWg=="));

        const auto last = decodeBarsPage(alpacaFixture("bars_multi_amzn_15min_sip.json"), &error);
        QVERIFY2(last, qPrintable(error));
        QCOMPARE(last->bars.size(), std::size_t(5));
        QVERIFY(last->nextPageToken.isEmpty()); // null: the last page

        const auto single =
            decodeBarsPage(alpacaFixture("bars_single_symbol_spec_example.json"), &error);
        QVERIFY2(single, qPrintable(error));
        QCOMPARE(single->bars.size(), std::size_t(1));
        QCOMPARE(single->bars[0].symbol, QStringLiteral("AAPL"));
        QCOMPARE(single->bars[0].bar.open, px("178.26"));
        QCOMPARE(single->bars[0].bar.volume, qint64(1118));

        QVERIFY(decodeBarsPage(R"({"bars":{},"next_page_token":null})", &error));
        QVERIFY(decodeBarsPage(R"({"bars":null,"next_page_token":null})", &error));
        QVERIFY(!decodeBarsPage(R"({"bars":{"X":[{"t":"x"}]}})", &error));
        QVERIFY2(error.startsWith(QStringLiteral("X: ")), qPrintable(error));
        QVERIFY(!decodeBarsPage(R"({"message":"forbidden"})", &error));
        QVERIFY(!decodeBarsPage("<html>", &error));
    }

    void pagesComeTogetherInTimeOrder() {
        // Alpaca sorts a page by symbol, then time: MSFT's morning comes after AAPL's afternoon.
        const auto bar = [](const char* symbol, const char* t) {
            Bar b;
            b.timeMs = utc(t);
            b.open = b.high = b.low = b.close = px("10");
            return SymbolBar{QString::fromLatin1(symbol), b};
        };
        std::vector<SymbolBar> pages{
            bar("AAPL", "2026-12-07T14:30:00Z"), bar("AAPL", "2026-12-07T14:31:00Z"),
            bar("MSFT", "2026-12-07T14:30:00Z"), bar("MSFT", "2026-12-07T14:31:00Z"),
            bar("MSFT", "2026-12-07T14:31:00Z")}; // a page read twice
        const std::vector<SymbolBar> ordered = inTimeOrder(pages);
        QCOMPARE(ordered.size(), std::size_t(4));
        QCOMPARE(ordered[0], pages[0]);
        QCOMPARE(ordered[1], pages[2]);
        QCOMPARE(ordered[2], pages[1]);
        QCOMPARE(ordered[3], pages[3]);
    }
};

QTEST_GUILESS_MAIN(tst_AlpacaDataCodec)
#include "tst_AlpacaDataCodec.moc"
