// SPDX-License-Identifier: Apache-2.0
#include "apiclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace wn::client {

ApiClient::ApiClient(QObject *parent)
    : QObject(parent)
{ }

void ApiClient::send(const QByteArray &method, const QString &path, const QJsonObject &body,
                     Callback done)
{
    const QByteArray payload = body.isEmpty() && (method == "GET" || method == "DELETE")
            ? QByteArray()
            : QJsonDocument(body).toJson(QJsonDocument::Compact);
    sendBytes(method, path, payload, "application/json", std::move(done));
}

void ApiClient::sendBytes(const QByteArray &method, const QString &path, const QByteArray &payload,
                          const QByteArray &contentType, Callback done)
{
    sendRaw(method, path, payload, contentType,
            [done = std::move(done)](int status, const QByteArray &bytes, const QNetworkReply &) {
                done(status, QJsonDocument::fromJson(bytes).object());
            });
}

void ApiClient::sendRaw(const QByteArray &method, const QString &path, const QByteArray &payload,
                        const QByteArray &contentType, RawCallback done)
{
    QUrl url = m_baseUrl;
    const qsizetype query = path.indexOf(u'?');
    url.setPath(url.path() + (query < 0 ? path : path.left(query)));
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    request.setTransferTimeout(payload.size() > (1 << 20) ? 300000 : 30000);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    if (!m_language.isEmpty())
        request.setRawHeader("Accept-Language", m_language);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, payload);
    connect(reply, &QNetworkReply::finished, this, [this, reply, done = std::move(done)] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 401 && !m_token.isEmpty())
            Q_EMIT unauthorized();
        done(status, reply->readAll(), *reply);
    });
}

QString ApiClient::errorMessage(int status, const QJsonObject &body)
{
    if (status == 0)
        return u"The server cannot be reached; check its address and your connection."_s;
    const QJsonValue message = body.value(u"message"_s);
    if (message.isArray()) {
        QStringList parts;
        for (const QJsonValue &part : message.toArray())
            parts.append(part.toString());
        return parts.join(u"; "_s);
    }
    if (message.isString() && !message.toString().isEmpty())
        return message.toString();
    return u"The server answered %1."_s.arg(status);
}

} // namespace wn::client
