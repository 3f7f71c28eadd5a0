#pragma once

// What the ingress benchmarks share: the signal they post, the loopback client that posts them
// one at a time on a keep-alive connection, and the percentiles they print.

#include "market/Bar.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QThread>
#include <algorithm>
#include <memory>
#include <vector>

namespace axion::bench {

// The instant the benchmarks run at (a regular session) and the ingress's token.
inline const qint64 kNow =
    QDateTime(QDate(2026, 11, 24), QTime(15, 31, 30), Qt::UTC).toMSecsSinceEpoch();
inline const QByteArray kToken = "0123456789abcdef0123456789abcdef";

// AAPL's minute bar before kNow, as a live feed delivers one before the first signal: the
// executor learns the session, a paper broker marks the price.
inline Bar lastMinuteBar() {
    return Bar{kNow - 60'000,
               Price::fromUnits(1'874'000),
               Price::fromUnits(1'875'000),
               Price::fromUnits(1'873'000),
               Price::fromUnits(1'874'200),
               10'000};
}

// POST /v1/signals of signal `bench-<i>` (AAPL, long, a bullish cloud flip).
inline QByteArray signalRequest(int i, const QByteArray& token) {
    QJsonObject o =
        QJsonDocument::fromJson(
            "{\"signal_type\":\"cloud_flip_bullish\",\"direction\":\"long\",\"ticker\":\"AAPL\","
            "\"timeframe\":\"10m\",\"conviction\":82,\"entry_price\":187.42,\"stop_loss\":185.1,"
            "\"target_price\":191.9,\"cloud_states\":[{\"cloud_name\":\"fast\",\"short_ema\":"
            "187.1,\"long_ema\":186.8,\"is_bullish\":true,\"thickness\":0.0016,\"price_above\":"
            "true,\"price_inside\":false,\"price_below\":false,\"slope\":0.0004,"
            "\"slope_direction\":\"flat\"}],\"timestamp\":\"2026-11-24T15:31:00+00:00\","
            "\"metadata\":{\"volume_ratio\":1.8}}")
            .object();
    o.insert(QStringLiteral("signal_id"), QStringLiteral("bench-%1").arg(i));
    const QByteArray body = QJsonDocument(o).toJson(QJsonDocument::Compact);
    return "POST /v1/signals HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token +
           "\r\nContent-Type: application/json\r\nContent-Length: " +
           QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

// Posts `count` signals from a client thread, each after the previous one's answer (and
// `pauseMs` more), while this thread runs the event loop; returns how many were answered 202.
inline int postSignalsOneAtATime(quint16 port, int count, const QByteArray& token,
                                 int pauseMs = 0) {
    int answered = 0;
    std::unique_ptr<QThread> client(QThread::create([&] {
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, port);
        if (!s.waitForConnected(10'000))
            return;
        s.setSocketOption(QAbstractSocket::LowDelayOption, 1);
        for (int i = 0; i < count; ++i) {
            s.write(signalRequest(i, token));
            s.waitForBytesWritten(10'000);
            QByteArray reply;
            // Each answer ends with its JSON body's closing brace.
            while (!reply.endsWith('}') && s.waitForReadyRead(10'000))
                reply += s.readAll();
            if (reply.startsWith("HTTP/1.1 202"))
                ++answered;
            if (pauseMs > 0)
                QThread::msleep(pauseMs);
        }
    }));
    client->start();
    while (!client->isFinished())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    client->wait();
    return answered;
}

inline double percentileUs(std::vector<qint64> v, double p) {
    if (v.empty())
        return 0.0;
    std::sort(v.begin(), v.end());
    const std::size_t i = std::min(v.size() - 1, std::size_t(p * double(v.size() - 1) + 0.5));
    return double(v[i]) / 1000.0;
}

} // namespace axion::bench
