// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
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
    /** The answer as it came: its bytes, its type and its headers (pictures, files). */
    using RawCallback
            = std::function<void(int status, const QByteArray &bytes, const QNetworkReply &reply)>;

    QUrl baseUrl() const { return m_baseUrl; }
    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }
    QString token() const { return m_token; }
    void setToken(const QString &token) { m_token = token; }
    /** The language every request asks for (Accept-Language): the one the client speaks. */
    void setLanguage(const QString &language) { m_language = language.toLatin1(); }

    /** Sends a request; @p done runs with the status (0 when the server could not be reached). */
    void send(const QByteArray &method, const QString &path, const QJsonObject &body, Callback done);
    /** Sends @p payload as the body, of type @p contentType (uploads). */
    void sendBytes(const QByteArray &method, const QString &path, const QByteArray &payload,
                   const QByteArray &contentType, Callback done);
    /** Sends a request whose answer is not JSON: @p done gets the reply's bytes and headers. */
    void sendRaw(const QByteArray &method, const QString &path, const QByteArray &payload,
                 const QByteArray &contentType, RawCallback done);

    /** One line a person can read, from a NestJS-shaped error body. */
    static QString errorMessage(int status, const QJsonObject &body);

Q_SIGNALS:
    /** The server refused the token: the session is over. */
    void unauthorized();

private:
    QNetworkAccessManager m_network;
    QUrl m_baseUrl;
    QString m_token;
    QByteArray m_language;
};

} // namespace wn::client
