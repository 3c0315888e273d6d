// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <exception>

namespace wn {

/** @brief An error a caller should read: an HTTP status and the message(s) explaining it. */
class ApiError : public std::exception
{
public:
    ApiError(int status, QString message);
    ApiError(int status, QStringList messages);

    static ApiError badRequest(const QString &message) { return { 400, message }; }
    static ApiError badRequest(const QStringList &messages) { return { 400, messages }; }
    static ApiError unauthorized(const QString &message = QStringLiteral("Unauthorized"))
    {
        return { 401, message };
    }
    static ApiError forbidden(const QString &message = QStringLiteral("Forbidden resource"))
    {
        return { 403, message };
    }
    static ApiError notFound(const QString &message) { return { 404, message }; }
    static ApiError conflict(const QString &message) { return { 409, message }; }
    static ApiError payloadTooLarge(const QString &message) { return { 413, message }; }
    static ApiError unprocessable(const QString &message) { return { 422, message }; }
    static ApiError tooManyRequests(const QString &message, int retryAfterSeconds);

    int status() const { return m_status; }
    const QStringList &messages() const { return m_messages; }
    /** The first message, for logs and one-line displays. */
    QString message() const { return m_messages.value(0); }
    int retryAfter() const { return m_retryAfter; }
    /** True when the caller gave a list of field errors (400 validation). */
    bool isList() const { return m_isList; }

    /** The NestJS-shaped body: {"statusCode", "error", "message"}. */
    QJsonObject toJson() const;
    const char *what() const noexcept override { return "wn::ApiError"; }

    static QString reasonPhrase(int status);

private:
    int m_status;
    QStringList m_messages;
    bool m_isList = false;
    int m_retryAfter = 0;
};

} // namespace wn
