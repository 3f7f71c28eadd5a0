#include "brokers/alpaca/AlpacaAccountCheck.h"

#include "brokers/alpaca/AlpacaRequest.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace axion {

using namespace Qt::StringLiterals;

AlpacaAccountCheck::AlpacaAccountCheck(QObject* parent)
    : QObject(parent)
    , m_net(std::make_unique<QNetworkAccessManager>()) {}

AlpacaAccountCheck::~AlpacaAccountCheck() {
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

void AlpacaAccountCheck::check(const QUrl& tradingUrl, const QByteArray& keyId,
                               const QByteArray& secretKey, int timeoutMs) {
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply = nullptr;
    }
    if (keyId.isEmpty() || secretKey.isEmpty()) {
        Q_EMIT failed(tr("No API key id or secret key: enter both in the Alpaca section."));
        return;
    }
    QUrl url = tradingUrl;
    url.setPath(url.path() + u"/v2/account"_s);
    QNetworkReply* reply = m_net->get(alpaca::apiRequest(url, keyId, secretKey, timeoutMs));
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply, url] {
        reply->deleteLater();
        m_reply = nullptr;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        if (status == 0) {
            Q_EMIT failed(
                tr("%1 cannot be reached: %2")
                    .arg(url.adjusted(QUrl::RemovePath).toString(), reply->errorString()));
            return;
        }
        if (status == 401 || status == 403) {
            Q_EMIT failed(tr("Alpaca refused the API keys (%1). Paper and live accounts have "
                             "keys of their own.")
                              .arg(alpaca::decodeError(status, body).text()));
            return;
        }
        if (status != 200) {
            Q_EMIT failed(tr("Alpaca answered %1").arg(alpaca::decodeError(status, body).text()));
            return;
        }
        QString error;
        const std::optional<alpaca::AccountObject> account =
            alpaca::decodeAccount(QJsonDocument::fromJson(body).object(), &error);
        if (!account) {
            Q_EMIT failed(tr("Alpaca's account answer is not understood: %1").arg(error));
            return;
        }
        Q_EMIT accountReceived(*account);
    });
}

} // namespace axion
