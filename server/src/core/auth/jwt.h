// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

/**
 * HS256 JSON Web Tokens, the one format the server reads from an Authorization header or a link
 * without an account: TokenService gives them their key and a session behind each.
 */
namespace wn::jwt {

/** @p claims signed under @p key, with "typ" @p purpose (so a token of one use never passes for
 *  another), "iat" now and "exp" @p ttlSeconds from now. */
QString sign(const QByteArray &key, QJsonObject claims, const QString &purpose, qint64 ttlSeconds);
/** The claims of @p token if it is signed under @p key, for @p purpose and unexpired; nullopt for
 *  anything else. The algorithm is the server's: a header naming another ("none" included) is
 *  refused. */
std::optional<QJsonObject> verify(const QByteArray &key, const QString &token,
                                  const QString &purpose);

} // namespace wn::jwt
