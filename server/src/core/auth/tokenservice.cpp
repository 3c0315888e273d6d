// SPDX-License-Identifier: Apache-2.0
#include "tokenservice.h"

#include "../database.h"
#include "../servercontext.h"
#include "../sqlchanges.h"
#include "jwt.h"
#include "keys.h"

#include <wn/common/apierror.h>
#include <wn/common/json.h>

#include <QDateTime>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace wn {

TokenService::TokenService(ServerContext &context)
    : m_context(context)
    , m_ttl(context.config.integer(u"auth/token_ttl_seconds"_s))
{ }

QString TokenService::sign(QJsonObject claims, const QString &purpose, qint64 ttlSeconds) const
{
    return jwt::sign(m_context.keys->jwt, std::move(claims), purpose, ttlSeconds);
}

std::optional<QJsonObject> TokenService::verify(const QString &token, const QString &purpose) const
{
    return jwt::verify(m_context.keys->jwt, token, purpose);
}

IssuedToken TokenService::issue(QSqlDatabase db, qint64 userId, Role role, const QString &userAgent,
                                const QString &address)
{
    IssuedToken issued;
    issued.tokenId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    issued.expiresIn = m_ttl;
    issued.token = sign({ { u"sub"_s, QString::number(userId) },
                          { u"role"_s, roleName(role) },
                          { u"jti"_s, issued.tokenId } },
                        u"access"_s, m_ttl);
    insertRow(db, u"sessions"_s,
              { { u"jti"_s, issued.tokenId },
                { u"user_id"_s, userId },
                { u"created_at"_s, nowText() },
                { u"expires_at"_s, timeText(QDateTime::currentDateTimeUtc().addSecs(m_ttl)) },
                { u"user_agent"_s, userAgent.left(255) },
                { u"ip_address"_s, address } });
    return issued;
}

Principal TokenService::authenticate(const QString &token) const
{
    const auto claims = verify(token, u"access"_s);
    if (!claims)
        throw ApiError::unauthorized(u"Invalid or expired token"_s);
    return sessionPrincipal(claims->value(u"jti"_s).toString(),
                            claims->value(u"sub"_s).toString().toLongLong(),
                            qint64(claims->value(u"exp"_s).toDouble()));
}

Principal TokenService::recheck(const Principal &earlier) const
{
    if (earlier.expiresAt <= QDateTime::currentSecsSinceEpoch())
        throw ApiError::unauthorized(u"Invalid or expired token"_s);
    return sessionPrincipal(earlier.tokenId, earlier.userId, earlier.expiresAt);
}

Principal TokenService::sessionPrincipal(const QString &tokenId, qint64 userId,
                                         qint64 expiresAt) const
{
    Sql q(m_context.db(),
          u"SELECT s.revoked_at, u.role, u.company_id, u.status, u.email FROM sessions s "
          "JOIN users u ON u.id = s.user_id WHERE s.jti = :jti AND s.user_id = :user"_s);
    q.bind(u":jti"_s, tokenId).bind(u":user"_s, userId).exec();
    if (!q.next() || !q.isNull(u"revoked_at"_s))
        throw ApiError::unauthorized(u"Token has been revoked"_s);
    const auto status = accountStatusFromName(q.text(u"status"_s));
    if (status != AccountStatus::Active)
        throw ApiError::unauthorized(u"This account is not active"_s);
    Principal principal;
    principal.userId = userId;
    principal.role = roleFromName(q.text(u"role"_s)).value_or(Role::Talent);
    if (!q.isNull(u"company_id"_s))
        principal.companyId = q.id(u"company_id"_s);
    principal.tokenId = tokenId;
    principal.email = q.text(u"email"_s);
    principal.expiresAt = expiresAt;
    return principal;
}

void TokenService::revoke(QSqlDatabase db, const QString &tokenId)
{
    Sql(db, u"UPDATE sessions SET revoked_at = :now WHERE jti = :jti AND revoked_at IS NULL"_s)
            .bind(u":now"_s, nowText())
            .bind(u":jti"_s, tokenId)
            .exec();
}

void TokenService::revokeAll(QSqlDatabase db, qint64 userId, const QString &keepTokenId)
{
    // "jti <> NULL" matches no row, so the kept session is only named when there is one.
    const bool keep = !keepTokenId.isEmpty();
    Sql q(db,
          u"UPDATE sessions SET revoked_at = :now WHERE user_id = :user AND revoked_at IS NULL"_s
                  + (keep ? u" AND jti <> :keep"_s : QString()));
    q.bind(u":now"_s, nowText()).bind(u":user"_s, userId);
    if (keep)
        q.bind(u":keep"_s, keepTokenId);
    q.exec();
}

} // namespace wn
