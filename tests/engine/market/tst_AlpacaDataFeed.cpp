// AlpacaDataFeed against the loopback Alpaca market data (FakeAlpacaDataServer's stream, its
// bars served over HTTP by FakeAlpacaServer): the warm-up over every page, each minute delivered
// once, updated bars, live bars during the warm-up, a reconnect that resubscribes and reads the
// gap, history errors, refused keys, the connection limit and a feed the plan does not include.

#include "fakes/FakeAlpacaDataServer.h"
#include "fakes/FakeAlpacaServer.h"
#include "market/alpaca/AlpacaDataFeed.h"
#include "support/TestValues.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

using namespace axion;
using axion::alpaca::SymbolBar;
using axion::test::FakeAlpacaDataServer;
using axion::test::FakeAlpacaServer;
using axion::test::px;

namespace {

constexpr qint64 kMinuteMs = 60'000;
// 2026-12-07 14:30 UTC: 09:30 in New York.
const qint64 kOpenMs =
    QDateTime::fromString(QStringLiteral("2026-12-07T14:30:00Z"), Qt::ISODate).toMSecsSinceEpoch();

Bar minute(int i, double close) {
    Bar b;
    b.timeMs = kOpenMs + i * kMinuteMs;
    b.open = *Price::fromDouble(close - 0.05);
    b.close = *Price::fromDouble(close);
    b.high = *Price::fromDouble(close + 0.10);
    b.low = *Price::fromDouble(close - 0.10);
    b.volume = 1'000 + i;
    return b;
}

// What the feed delivered, in order: "h" history (with its bars), "b" a bar, "u" an update.
struct Delivered {
    QStringList order;
    std::vector<SymbolBar> history;
    std::vector<SymbolBar> bars;
    std::vector<SymbolBar> updates;
    QStringList problems;
    bool streaming = false;

    explicit Delivered(AlpacaDataFeed& feed) {
        QObject::connect(&feed, &AlpacaDataFeed::historyReceived, [this](const auto& h) {
            order << QStringLiteral("h%1").arg(h.size());
            history.insert(history.end(), h.begin(), h.end());
        });
        QObject::connect(&feed, &AlpacaDataFeed::barReceived, [this](const SymbolBar& b) {
            order << QStringLiteral("b%1").arg((b.bar.timeMs - kOpenMs) / kMinuteMs);
            bars.push_back(b);
        });
        QObject::connect(&feed, &AlpacaDataFeed::barUpdated,
                         [this](const SymbolBar& b) { updates.push_back(b); });
        QObject::connect(&feed, &AlpacaDataFeed::problem,
                         [this](const QString& p) { problems << p; });
        QObject::connect(&feed, &AlpacaDataFeed::streamingChanged,
                         [this](bool on, const QString&) { streaming = on; });
    }
    bool sawProblem(const QString& part) const {
        return std::any_of(problems.cbegin(), problems.cend(),
                           [&](const QString& p) { return p.contains(part); });
    }
};

} // namespace

class tst_AlpacaDataFeed : public QObject {
    Q_OBJECT

    std::unique_ptr<FakeAlpacaServer> m_http;
    std::unique_ptr<FakeAlpacaDataServer> m_data;

    AlpacaDataSettings settings(const QString& feed = QStringLiteral("iex")) const {
        AlpacaDataSettings s;
        s.dataUrl = m_http->tradingUrl();
        s.streamUrl = m_data->streamUrl(feed);
        s.feed = feed;
        s.keyId = m_http->keyId();
        s.secretKey = m_http->secretKey();
        s.historyMs = 24 * 3600 * 1000;
        s.reconnectMinMs = 50;
        s.reconnectMaxMs = 400;
        return s;
    }
    // Now, for the feed: just after minute `i` of the session.
    static qint64 after(int i) { return kOpenMs + (i + 1) * kMinuteMs + 5'000; }

private Q_SLOTS:
    void init() {
        m_http = std::make_unique<FakeAlpacaServer>();
        m_data = std::make_unique<FakeAlpacaDataServer>(m_http->keyId(), m_http->secretKey());
        m_http->setMarketData(m_data.get());
        QVERIFY(m_http->listen());
        QVERIFY(m_data->listen());
    }
    void cleanup() {
        m_http.reset();
        m_data.reset();
    }

    void theWarmUpReadsEveryPageInTimeOrder() {
        for (int i = 0; i < 30; ++i) {
            m_data->addBar(QStringLiteral("AAPL"), minute(i, 100 + i * 0.1));
            m_data->addBar(QStringLiteral("MSFT"), minute(i, 300 + i * 0.1));
        }
        AlpacaDataSettings s = settings();
        s.pageLimit = 25; // 60 bars: three pages, the first of AAPL alone
        AlpacaDataFeed feed(s);
        Delivered got(feed);
        feed.start();
        QTRY_VERIFY(got.streaming);
        feed.watch({QStringLiteral("aapl"), QStringLiteral("MSFT")}, after(29));
        QTRY_COMPARE(got.history.size(), std::size_t(60));
        QCOMPARE(m_data->barsRequests(), 3);
        for (std::size_t i = 1; i < got.history.size(); ++i)
            QVERIFY(got.history[i - 1].bar.timeMs <= got.history[i].bar.timeMs);
        QCOMPARE(got.history[0].symbol, QStringLiteral("AAPL"));
        QCOMPARE(got.history[1].symbol, QStringLiteral("MSFT"));
        QCOMPARE(got.history[59].bar, minute(29, 302.9));
        QTRY_COMPARE(m_data->subscribedBars(),
                     (QStringList{QStringLiteral("AAPL"), QStringLiteral("MSFT")}));

        m_data->publishBar(QStringLiteral("AAPL"), minute(30, 103));
        QTRY_COMPARE(got.bars.size(), std::size_t(1));
        QCOMPARE(got.bars[0].bar, minute(30, 103));
        QVERIFY(got.problems.isEmpty());
    }

    void eachMinuteIsDeliveredOnce() {
        AlpacaDataFeed feed(settings());
        Delivered got(feed);
        feed.start();
        feed.watch({QStringLiteral("AAPL")}, after(0));
        QTRY_COMPARE(m_data->subscribedBars(), QStringList{QStringLiteral("AAPL")});
        QTRY_COMPARE(got.order, QStringList{QStringLiteral("h0")});
        m_data->setDuplicateBars(true);
        for (int i = 1; i <= 3; ++i)
            m_data->publishBar(QStringLiteral("AAPL"), minute(i, 100 + i));
        m_data->publishBar(QStringLiteral("AAPL"), minute(2, 99)); // an older minute again
        m_data->publishBar(QStringLiteral("AAPL"), minute(4, 104));
        QTRY_COMPARE(got.bars.size(), std::size_t(4));
        QTest::qWait(100);
        QCOMPARE(got.order,
                 (QStringList{QStringLiteral("h0"), QStringLiteral("b1"), QStringLiteral("b2"),
                              QStringLiteral("b3"), QStringLiteral("b4")}));
    }

    void anUpdatedBarOnlyUpdatesTheMinute() {
        AlpacaDataFeed feed(settings());
        Delivered got(feed);
        feed.start();
        feed.watch({QStringLiteral("AAPL")}, after(0));
        QTRY_COMPARE(m_data->subscribedBars(), QStringList{QStringLiteral("AAPL")});
        QTRY_COMPARE(got.order.size(), 1);
        m_data->publishBar(QStringLiteral("AAPL"), minute(1, 101));
        Bar late = minute(1, 101.5);
        m_data->publishBar(QStringLiteral("AAPL"), late, true);
        m_data->publishBar(QStringLiteral("AAPL"), minute(0, 90), true); // not the last minute
        m_data->publishBar(QStringLiteral("AAPL"), minute(2, 102));
        QTRY_COMPARE(got.bars.size(), std::size_t(2));
        QTest::qWait(100);
        QCOMPARE(got.bars.size(), std::size_t(2));
        QCOMPARE(got.updates.size(), std::size_t(1));
        QCOMPARE(got.updates[0].bar, late);
    }

    void liveBarsDuringTheWarmUpFollowIt() {
        for (int i = 0; i < 10; ++i)
            m_data->addBar(QStringLiteral("AAPL"), minute(i, 100 + i));
        FakeAlpacaServer::Fault slow;
        slow.method = "GET";
        slow.pathPrefix = "/v2/stocks/bars";
        slow.status = 0; // the usual answer, late
        slow.delayMs = 600;
        m_http->addFault(slow);
        AlpacaDataFeed feed(settings());
        Delivered got(feed);
        feed.start();
        QTRY_VERIFY(got.streaming);
        feed.watch({QStringLiteral("AAPL")}, after(9));
        QTRY_COMPARE(m_data->subscribedBars(), QStringList{QStringLiteral("AAPL")});
        // While the history is read: minute 9 (also in the history) and minute 10.
        m_data->publishBar(QStringLiteral("AAPL"), minute(9, 109));
        m_data->publishBar(QStringLiteral("AAPL"), minute(10, 110));
        QTest::qWait(100);
        QVERIFY(got.order.isEmpty());
        QTRY_COMPARE(got.order, (QStringList{QStringLiteral("h10"), QStringLiteral("b10")}));
    }

    void aReconnectResubscribesAndReadsTheGap() {
        AlpacaDataFeed feed(settings());
        qint64 now = after(1);
        feed.setClock([&now] { return now; });
        Delivered got(feed);
        feed.start();
        feed.watch({QStringLiteral("AAPL"), QStringLiteral("MSFT")}, now);
        QTRY_COMPARE(m_data->subscribedBars().size(), 2);
        // The (empty) history first: a bar published before it is served would be in it, and
        // come as history rather than live.
        QTRY_COMPARE(got.order, QStringList{QStringLiteral("h0")});
        m_data->publishBar(QStringLiteral("AAPL"), minute(1, 101));
        m_data->publishBar(QStringLiteral("MSFT"), minute(1, 301));
        QTRY_COMPARE(got.bars.size(), std::size_t(2));

        m_data->dropStreams();
        QTRY_VERIFY(!got.streaming);
        // Minutes 2 and 3 happen while the stream is down: only REST has them.
        for (int i = 2; i <= 3; ++i) {
            m_data->addBar(QStringLiteral("AAPL"), minute(i, 100 + i));
            m_data->addBar(QStringLiteral("MSFT"), minute(i, 300 + i));
        }
        now = after(3);
        QTRY_VERIFY(got.streaming);
        QCOMPARE(m_data->streamConnections(), 2);
        QTRY_COMPARE(m_data->subscribedBars(),
                     (QStringList{QStringLiteral("AAPL"), QStringLiteral("MSFT")}));
        QTRY_COMPARE(got.bars.size(), std::size_t(6));
        m_data->publishBar(QStringLiteral("AAPL"), minute(4, 104));
        QTRY_COMPARE(got.bars.size(), std::size_t(7));
        QCOMPARE(got.order.mid(1),
                 (QStringList{QStringLiteral("b1"), QStringLiteral("b1"), QStringLiteral("b2"),
                              QStringLiteral("b2"), QStringLiteral("b3"), QStringLiteral("b3"),
                              QStringLiteral("b4")}));
        QCOMPARE(got.bars[5].symbol, QStringLiteral("MSFT"));
        QCOMPARE(got.bars[5].bar, minute(3, 303));
    }

    void aFailedPageIsAskedAgainAndAForbiddenOneIsReported() {
        for (int i = 0; i < 5; ++i)
            m_data->addBar(QStringLiteral("AAPL"), minute(i, 100 + i));
        FakeAlpacaServer::Fault down;
        down.method = "GET";
        down.pathPrefix = "/v2/stocks/bars";
        down.status = 503;
        m_http->addFault(down);
        {
            AlpacaDataFeed feed(settings());
            Delivered got(feed);
            feed.watch({QStringLiteral("AAPL")}, after(4));
            QTRY_COMPARE(got.history.size(), std::size_t(5));
            QCOMPARE(m_data->barsRequests(), 1); // the 503 was the fake's, before serving
            QVERIFY(got.problems.isEmpty());
        }
        // sip on a free plan: 403, said so; the live bars are not held back for it.
        m_data->setSipEntitled(false);
        AlpacaDataSettings s = settings();
        s.feed = QStringLiteral("sip");
        AlpacaDataFeed feed(s);
        Delivered got(feed);
        feed.start();
        feed.watch({QStringLiteral("AAPL")}, after(4));
        QTRY_VERIFY(got.sawProblem(QStringLiteral("403")));
        QVERIFY(got.sawProblem(QStringLiteral("subscription does not permit")));
        QCOMPARE(got.order, QStringList{QStringLiteral("h0")});
    }

    void refusedKeysAreSaidAndNotHammered() {
        AlpacaDataSettings s = settings();
        s.secretKey = "wrong";
        s.reconnectMaxMs = 5'000;
        AlpacaDataFeed feed(s);
        Delivered got(feed);
        feed.start();
        QTRY_VERIFY(got.sawProblem(QStringLiteral("402 auth failed")));
        QVERIFY(got.sawProblem(QStringLiteral("check the API keys")));
        QTest::qWait(1'500);
        QCOMPARE(m_data->streamConnections(), 1);
        QVERIFY(!got.streaming);
    }

    void aSecondConnectionMeetsTheLimit() {
        // Another client of the same account already holds the feed.
        QWebSocket other;
        QSignalSpy frames(&other, &QWebSocket::textMessageReceived);
        other.open(m_data->streamUrl());
        QTRY_COMPARE(frames.size(), 1);
        other.sendTextMessage(
            QString::fromUtf8(alpaca::authMessage(m_http->keyId(), m_http->secretKey())));
        QTRY_COMPARE(m_data->authenticatedConnections(), 1);

        AlpacaDataFeed feed(settings());
        Delivered got(feed);
        feed.start();
        QTRY_VERIFY(got.sawProblem(QStringLiteral("406 connection limit exceeded")));
        QVERIFY(got.sawProblem(QStringLiteral("another client")));
        QVERIFY(!got.streaming);
        // Once the other client is gone, the feed's retry gets in.
        other.close();
        QTRY_VERIFY_WITH_TIMEOUT(got.streaming, 10'000);
    }

    void aFeedThePlanDoesNotIncludeIsSaid() {
        m_data->setSipEntitled(false);
        AlpacaDataFeed feed(settings(QStringLiteral("sip")));
        Delivered got(feed);
        feed.start();
        QTRY_VERIFY(got.sawProblem(QStringLiteral("409 insufficient subscription")));
        QVERIFY(got.sawProblem(QStringLiteral("iex is free")));
    }
};

QTEST_GUILESS_MAIN(tst_AlpacaDataFeed)
#include "tst_AlpacaDataFeed.moc"
