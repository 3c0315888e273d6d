// SPDX-License-Identifier: Apache-2.0
#include <wn/common/apierror.h>

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace wn {

ApiError::ApiError(int status, QString message)
    : m_status(status)
    , m_messages { std::move(message) }
{ }

ApiError::ApiError(int status, QStringList messages)
    : m_status(status)
    , m_messages(std::move(messages))
    , m_isList(true)
{ }

ApiError ApiError::tooManyRequests(const QString &message, int retryAfterSeconds)
{
    ApiError error(429, message);
    error.m_retryAfter = std::max(1, retryAfterSeconds);
    return error;
}

QJsonObject ApiError::toJson() const
{
    QJsonObject body { { u"statusCode"_s, m_status }, { u"error"_s, reasonPhrase(m_status) } };
    if (m_isList)
        body.insert(u"message"_s, QJsonArray::fromStringList(m_messages));
    else
        body.insert(u"message"_s, message());
    return body;
}

QString ApiError::reasonPhrase(int status)
{
    switch (status) {
    case 400:
        return u"Bad Request"_s;
    case 401:
        return u"Unauthorized"_s;
    case 403:
        return u"Forbidden"_s;
    case 404:
        return u"Not Found"_s;
    case 405:
        return u"Method Not Allowed"_s;
    case 408:
        return u"Request Timeout"_s;
    case 409:
        return u"Conflict"_s;
    case 410:
        return u"Gone"_s;
    case 411:
        return u"Length Required"_s;
    case 413:
        return u"Payload Too Large"_s;
    case 414:
        return u"URI Too Long"_s;
    case 415:
        return u"Unsupported Media Type"_s;
    case 422:
        return u"Unprocessable Entity"_s;
    case 429:
        return u"Too Many Requests"_s;
    case 431:
        return u"Request Header Fields Too Large"_s;
    case 500:
        return u"Internal Server Error"_s;
    case 501:
        return u"Not Implemented"_s;
    case 502:
        return u"Bad Gateway"_s;
    case 503:
        return u"Service Unavailable"_s;
    default:
        return status < 500 ? u"Bad Request"_s : u"Internal Server Error"_s;
    }
}

} // namespace wn
