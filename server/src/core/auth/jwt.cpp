// SPDX-License-Identifier: Apache-2.0
#include "jwt.h"

#include "keys.h"

#include <QDateTime>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace wn::jwt {

namespace {

constexpr auto base64url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
constexpr qint64 clockLeeway = 60;

QByteArray encodeJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact).toBase64(base64url);
}

std::optional<QJsonObject> decodeJson(const QByteArray &part)
{
    const auto decoded = QByteArray::fromBase64Encoding(
            part, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(*decoded);
    if (!document.isObject())
        return std::nullopt;
    return document.object();
}

} // namespace

QString sign(const QByteArray &key, QJsonObject claims, const QString &purpose, qint64 ttlSeconds)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    claims.insert(u"typ"_s, purpose);
    claims.insert(u"iat"_s, now);
    claims.insert(u"exp"_s, now + ttlSeconds);
    const QByteArray signingInput = encodeJson({ { u"alg"_s, u"HS256"_s }, { u"typ"_s, u"JWT"_s } })
            + '.' + encodeJson(claims);
    const QByteArray signature = Keys::hmac(key, signingInput).toBase64(base64url);
    return QString::fromLatin1(signingInput + '.' + signature);
}

std::optional<QJsonObject> verify(const QByteArray &key, const QString &token,
                                  const QString &purpose)
{
    const QByteArray bytes = token.toLatin1();
    const QList<QByteArray> parts = bytes.split('.');
    if (parts.size() != 3 || token.size() > 4096)
        return std::nullopt;
    const auto header = decodeJson(parts.at(0));
    if (!header || header->value(u"alg"_s).toString() != u"HS256"_s)
        return std::nullopt;
    const auto signature = QByteArray::fromBase64Encoding(
            parts.at(2), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    const QByteArray expected = Keys::hmac(key, parts.at(0) + '.' + parts.at(1));
    if (!signature || !Keys::equal(*signature, expected))
        return std::nullopt;
    auto claims = decodeJson(parts.at(1));
    if (!claims || claims->value(u"typ"_s).toString() != purpose)
        return std::nullopt;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QJsonValue exp = claims->value(u"exp"_s);
    if (!exp.isDouble() || qint64(exp.toDouble()) <= now
        || claims->value(u"iat"_s).toDouble() > double(now + clockLeeway))
        return std::nullopt;
    return claims;
}

} // namespace wn::jwt
