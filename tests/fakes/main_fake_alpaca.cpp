// fake_alpaca: the loopback Alpaca (FakeAlpacaServer) as a process, for the tests that run
// axion-executor against it. Prints one JSON line with its URLs and keys, then serves until
// killed. Market data (history over REST on the same port, the stream on its own) comes from
// FakeAlpacaDataServer. Options: --auto-fill-market (market orders fill at once at the symbol's
// quote),
// --quote SYMBOL=PRICE (repeatable).

#include "fakes/FakeAlpacaDataServer.h"
#include "fakes/FakeAlpacaServer.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    axion::test::FakeAlpacaServer fake;
    axion::test::FakeAlpacaDataServer data(fake.keyId(), fake.secretKey());
    fake.setMarketData(&data);
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--auto-fill-market")) {
            fake.setAutoFillMarket(true);
        } else if (args[i] == QLatin1String("--quote") && i + 1 < args.size()) {
            const QStringList kv = args[++i].split(u'=');
            const auto price = kv.size() == 2 ? axion::Price::parse(kv[1]) : std::nullopt;
            if (!price) {
                QTextStream(stderr) << "fake_alpaca: --quote SYMBOL=PRICE\n";
                return 2;
            }
            fake.setQuote(kv[0], *price);
        } else {
            QTextStream(stderr) << "fake_alpaca: unknown argument " << args[i] << '\n';
            return 2;
        }
    }
    if (!fake.listen() || !data.listen()) {
        QTextStream(stderr) << "fake_alpaca: cannot listen on 127.0.0.1\n";
        return 2;
    }
    const QJsonObject ready{
        {QStringLiteral("trading_url"), fake.tradingUrl().toString()},
        {QStringLiteral("stream_url"), fake.streamUrl().toString()},
        {QStringLiteral("data_url"), fake.tradingUrl().toString()},
        {QStringLiteral("data_stream_url"), data.streamUrl().toString()},
        {QStringLiteral("key_id"), QString::fromUtf8(fake.keyId())},
        {QStringLiteral("secret_key"), QString::fromUtf8(fake.secretKey())},
    };
    QTextStream(stdout) << QJsonDocument(ready).toJson(QJsonDocument::Compact) << Qt::endl;
    return app.exec();
}
