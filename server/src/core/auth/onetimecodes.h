// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace wn {

struct ServerContext;

/**
 * @brief Single-use codes sent by mail (email verification, password reset, invitations):
 * random, stored only as an HMAC, expiring, with a bounded number of attempts each.
 */
class OneTimeCodes
{
public:
    enum class Purpose { VerifyEmail, ResetPassword, Invite };
    enum class Result { Accepted, Wrong, Expired, TooManyAttempts, None };

    explicit OneTimeCodes(ServerContext &context);

    static constexpr int maxAttempts = 5;
    static constexpr int codeTtlSeconds = 10 * 60;
    static constexpr int inviteTtlSeconds = 7 * 24 * 60 * 60;

    /**
     * A new code for @p userId, replacing any earlier one of the same purpose: six digits, or for
     * invitations a long token that carries the user id. Empty when the hourly limit is reached.
     */
    QString issue(QSqlDatabase db, qint64 userId, Purpose purpose);
    /** Checks @p code against the user's current code; a right code is used up. */
    Result consume(QSqlDatabase db, qint64 userId, Purpose purpose, const QString &code);
    /** The user an invitation token belongs to (0 if it names none). */
    static qint64 inviteUser(const QString &token);

private:
    QString digest(qint64 userId, Purpose purpose, const QString &code) const;

    ServerContext &m_context;
    int m_perHour;
};

} // namespace wn
