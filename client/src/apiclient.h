// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

#include <functional>

namespace wn::client {

/** @brief The server's REST API: JSON in and out, the bearer token, one readable error line. */
class ApiClient : public QObject
{
    Q_OBJECT
public:
    explicit ApiClient(QObject *parent = nullptr);

    using Callback = std::function<void(int status, const QJsonObject &body)>;

    QUrl baseUrl() const { return m_baseUrl; }
    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }
    QString token() const { return m_token; }
    void setToken(const QString &token) { m_token = token; }

    /** Sends a request; @p done runs with the status (0 when the server could not be reached). */
    void send(const QByteArray &method, const QString &path, const QJsonObject &body, Callback done);
    /** Sends @p payload as the body, of type @p contentType (uploads). */
    void sendBytes(const QByteArray &method, const QString &path, const QByteArray &payload,
                   const QByteArray &contentType, Callback done);

    /** One line a person can read, from a NestJS-shaped error body. */
    static QString errorMessage(int status, const QJsonObject &body);

Q_SIGNALS:
    /** The server refused the token: the session is over. */
    void unauthorized();

private:
    QNetworkAccessManager m_network;
    QUrl m_baseUrl;
    QString m_token;
};

} // namespace wn::client
