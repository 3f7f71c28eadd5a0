#pragma once

#include "brokers/alpaca/AlpacaCodec.h"

#include <QByteArray>
#include <QObject>
#include <QUrl>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace axion {

// One look at an Alpaca account before it is traded: GET /v2/account with the keys the operator
// gave, nothing else (no stream, no orders). The settings' live confirmation shows its answer.
// Ends in exactly one signal per check(); a new check() abandons the one under way.
class AlpacaAccountCheck : public QObject {
    Q_OBJECT

public:
    explicit AlpacaAccountCheck(QObject* parent = nullptr);
    ~AlpacaAccountCheck() override;

    // `tradingUrl`: https://api.alpaca.markets, the paper host, or anything speaking its API.
    void check(const QUrl& tradingUrl, const QByteArray& keyId, const QByteArray& secretKey,
               int timeoutMs = 10'000);

Q_SIGNALS:
    void accountReceived(const axion::alpaca::AccountObject& account);
    // In words for the operator: the keys refused, the host unreachable, an answer not understood.
    void failed(const QString& why);

private:
    std::unique_ptr<QNetworkAccessManager> m_net;
    QNetworkReply* m_reply = nullptr;
};

} // namespace axion
