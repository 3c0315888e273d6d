// SPDX-License-Identifier: Apache-2.0
#include "onetimecodes.h"

#include "../database.h"
#include "../servercontext.h"
#include "../sqlchanges.h"
#include "keys.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

QString purposeName(OneTimeCodes::Purpose purpose)
{
    switch (purpose) {
    case OneTimeCodes::Purpose::VerifyEmail:
        return u"verify_email"_s;
    case OneTimeCodes::Purpose::ResetPassword:
        return u"reset_password"_s;
    case OneTimeCodes::Purpose::Invite:
        return u"invite"_s;
    }
    return {};
}

} // namespace

OneTimeCodes::OneTimeCodes(ServerContext &context)
    : m_context(context)
    , m_perHour(context.config.integer(u"auth/code_requests_per_hour"_s))
{ }

QString OneTimeCodes::digest(qint64 userId, Purpose purpose, const QString &code) const
{
    const QByteArray data = purposeName(purpose).toUtf8() + ':' + QByteArray::number(userId) + ':'
            + code.toUtf8();
    return QString::fromLatin1(Keys::hmac(m_context.keys->codes, data).toHex());
}

QString OneTimeCodes::issue(QSqlDatabase db, qint64 userId, Purpose purpose)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (purpose != Purpose::Invite) {
        Sql recent(
                db,
                u"SELECT COUNT(*) FROM one_time_codes WHERE user_id = :user AND purpose = :purpose AND created_at > :since"_s);
        recent.bind(u":user"_s, userId)
                .bind(u":purpose"_s, purposeName(purpose))
                .bind(u":since"_s, timeText(now.addSecs(-3600)));
        if (recent.scalar().toInt() >= m_perHour)
            return {};
    }
    const QString code = purpose == Purpose::Invite ? QString::number(userId) + u'.'
                    + QString::fromLatin1(Keys::random(24).toBase64(
                            QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))
                                                    : Keys::randomDigits(6);
    const int ttl = purpose == Purpose::Invite ? inviteTtlSeconds : codeTtlSeconds;
    // Only the newest code of a purpose is valid.
    Sql(db,
        u"UPDATE one_time_codes SET used_at = :now WHERE user_id = :user AND purpose = :purpose AND used_at IS NULL"_s)
            .bind(u":now"_s, timeText(now))
            .bind(u":user"_s, userId)
            .bind(u":purpose"_s, purposeName(purpose))
            .exec();
    insertRow(db, u"one_time_codes"_s,
              { { u"user_id"_s, userId },
                { u"purpose"_s, purposeName(purpose) },
                { u"code_hash"_s, digest(userId, purpose, code) },
                { u"expires_at"_s, timeText(now.addSecs(ttl)) },
                { u"attempts"_s, 0 },
                { u"created_at"_s, timeText(now) } });
    return code;
}

OneTimeCodes::Result OneTimeCodes::consume(QSqlDatabase db, qint64 userId, Purpose purpose,
                                           const QString &code)
{
    Transaction tx(db);
    Sql q(db,
          u"SELECT id, code_hash, expires_at, attempts FROM one_time_codes "
          "WHERE user_id = :user AND purpose = :purpose AND used_at IS NULL ORDER BY id DESC LIMIT 1"_s);
    q.bind(u":user"_s, userId).bind(u":purpose"_s, purposeName(purpose)).exec();
    if (!q.next())
        return Result::None;
    const qint64 id = q.id(u"id"_s);
    const QString hash = q.text(u"code_hash"_s);
    const QString expires = q.text(u"expires_at"_s);
    const int attempts = q.integer(u"attempts"_s);
    if (attempts >= maxAttempts)
        return Result::TooManyAttempts;
    if (expires <= nowText())
        return Result::Expired;
    if (!Keys::equal(hash.toLatin1(), digest(userId, purpose, code).toLatin1())) {
        Sql(db, u"UPDATE one_time_codes SET attempts = attempts + 1 WHERE id = :id"_s)
                .bind(u":id"_s, id)
                .exec();
        tx.commit();
        return attempts + 1 >= maxAttempts ? Result::TooManyAttempts : Result::Wrong;
    }
    Sql(db, u"UPDATE one_time_codes SET used_at = :now WHERE id = :id"_s)
            .bind(u":now"_s, nowText())
            .bind(u":id"_s, id)
            .exec();
    tx.commit();
    return Result::Accepted;
}

qint64 OneTimeCodes::inviteUser(const QString &token)
{
    return token.section(u'.', 0, 0).toLongLong();
}

} // namespace wn
