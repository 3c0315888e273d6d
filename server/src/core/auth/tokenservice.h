// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "principal.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace wn {

struct ServerContext;

/** @brief An access token just issued. */
struct IssuedToken
{
    QString token;
    QString tokenId;
    qint64 expiresIn = 0;
};

/**
 * @brief Access tokens: HS256 JWTs whose algorithm is fixed by the server, each backed by a row
 * of the sessions table so that logout revokes it at once.
 */
class TokenService
{
public:
    explicit TokenService(ServerContext &context);

    /** Issues a token for @p userId and records its session. */
    IssuedToken issue(QSqlDatabase db, qint64 userId, Role role, const QString &userAgent,
                      const QString &address);
    /** The caller behind @p token; ApiError 401 for anything forged, expired, revoked or disabled. */
    Principal authenticate(const QString &token) const;
    /** The principal of a token authenticate() accepted before, checked again without its
     *  signature (the same string, held since): expiry, revocation and account status. */
    Principal recheck(const Principal &earlier) const;
    void revoke(QSqlDatabase db, const QString &tokenId);
    /** Revokes every session of @p userId except @p keepTokenId (after a password change). */
    void revokeAll(QSqlDatabase db, qint64 userId, const QString &keepTokenId = {});

    /** Signs @p claims (adds iat); the purpose goes in "typ" so tokens of one use never pass for
     * another. */
    QString sign(QJsonObject claims, const QString &purpose, qint64 ttlSeconds) const;
    /** The claims of a valid, unexpired token signed for @p purpose; nullopt otherwise. */
    std::optional<QJsonObject> verify(const QString &token, const QString &purpose) const;

private:
    Principal sessionPrincipal(const QString &tokenId, qint64 userId, qint64 expiresAt) const;
    ServerContext &m_context;
    qint64 m_ttl;
};

} // namespace wn
