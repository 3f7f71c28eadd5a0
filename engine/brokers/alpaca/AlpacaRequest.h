#pragma once

#include <QByteArray>
#include <QNetworkRequest>
#include <QUrl>

namespace axion::alpaca {

// A request to one of Alpaca's REST APIs (trading, market data) as every client here sends it:
// the keys in Alpaca's headers, no redirect followed (a redirect would turn a POST into something
// else: an https URL that answers with one is a misconfiguration), and an answer that does not
// come in `timeoutMs` ends the request (an unknown outcome for a POST).
inline QNetworkRequest apiRequest(const QUrl& url, const QByteArray& keyId,
                                  const QByteArray& secretKey, int timeoutMs) {
    QNetworkRequest request(url);
    request.setRawHeader("APCA-API-KEY-ID", keyId);
    request.setRawHeader("APCA-API-SECRET-KEY", secretKey);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(timeoutMs);
    return request;
}

} // namespace axion::alpaca
