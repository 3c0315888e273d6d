// SPDX-License-Identifier: Apache-2.0
#include "attendancetoken.h"

#include "core/auth/keys.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace wn::attendancetoken {

namespace {

QByteArray signature(const QByteArray &key, qint64 sessionId, qint64 window)
{
    return Keys::hmac(key,
                      "attendance\n" + QByteArray::number(sessionId) + '\n'
                              + QByteArray::number(window))
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

QString issue(const QByteArray &key, qint64 sessionId, qint64 window)
{
    return u"%1.%2.%3"_s.arg(sessionId).arg(window).arg(
            QString::fromLatin1(signature(key, sessionId, window)));
}

std::optional<Claim> verify(const QByteArray &key, const QString &token)
{
    const QStringList parts = token.split(u'.');
    if (parts.size() != 3)
        return std::nullopt;
    bool sessionOk = false;
    bool windowOk = false;
    const qint64 sessionId = parts.at(0).toLongLong(&sessionOk);
    const qint64 window = parts.at(1).toLongLong(&windowOk);
    if (!sessionOk || !windowOk || sessionId <= 0 || window <= 0)
        return std::nullopt;
    if (!Keys::equal(signature(key, sessionId, window), parts.at(2).toLatin1()))
        return std::nullopt;
    return Claim { sessionId, window };
}

} // namespace wn::attendancetoken
