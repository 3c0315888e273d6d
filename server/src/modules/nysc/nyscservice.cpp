// SPDX-License-Identifier: Apache-2.0
#include "nyscservice.h"

#include "callupnumber.h"

#include "core/auth/keys.h"
#include "core/auth/principal.h"
#include "core/auth/ratelimiter.h"
#include "core/database.h"
#include "core/mail/mailer.h"
#include "core/servercontext.h"
#include "core/sqlchanges.h"

#include <wn/common/apierror.h>
#include <wn/common/json.h>

#include <QDateTime>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

CallUpNumber parsed(const QJsonObject &input)
{
    QString error;
    const auto number = CallUpNumber::parse(input.value(u"call_up_number"_s).toString(), &error);
    if (!number)
        throw ApiError::badRequest(QStringList { error });
    return *number;
}

const QString verifiedElsewhere = u"This call-up number is verified on another account"_s;

/** 409 if an account other than @p userId has proved @p number. */
void refuseIfVerifiedElsewhere(QSqlDatabase db, const QString &number, qint64 userId)
{
    if (Sql(db,
            u"SELECT 1 FROM nysc_verifications WHERE call_up_number = :number AND user_id <> "
            u":user"_s)
                .bind(u":number"_s, number)
                .bind(u":user"_s, userId)
                .exists())
        throw ApiError::conflict(verifiedElsewhere);
}

QString masked(const QString &email)
{
    const qsizetype at = email.indexOf(u'@');
    return email.left(std::min<qsizetype>(2, at)) + u"***"_s + email.mid(at);
}

} // namespace

NyscService::NyscService(ServerContext &context, std::unique_ptr<SmsProvider> sms)
    : m_context(context)
    , m_sms(std::move(sms))
{ }

QString NyscService::digest(qint64 userId, const QString &number, const QString &code) const
{
    return QString::fromLatin1(Keys::hmac(m_context.keys->partners,
                                          u"nysc:%1:%2:%3"_s.arg(userId).arg(number, code).toUtf8())
                                       .toHex());
}

QJsonObject NyscService::requestCode(const Principal &talent, const QJsonObject &input)
{
    const QString number = parsed(input).canonical();
    QSqlDatabase db = m_context.db();
    refuseIfVerifiedElsewhere(db, number, talent.userId);
    // A code goes by SMS to the number typed, not one Worknation knows: each phone gets a few
    // an hour whoever asks, on top of the number's and the talent's own limits.
    const QString phone = input.value(u"phone_number"_s).toString();
    const bool bySms = !phone.isEmpty() && m_sms->available();
    QList<RateLimit> limits { { u"nysc-number:"_s + number, sendsPerNumberHourly },
                              { u"nysc-talent:"_s + QString::number(talent.userId),
                                sendsPerTalentHourly } };
    if (bySms)
        limits.append({ u"nysc-phone:"_s + phone, sendsPerPhoneHourly });
    const RateAdmission admission = m_context.rateLimiter->admit(db, limits, 3600);
    if (!admission.admitted())
        throw ApiError::tooManyRequests(
                bySms ? u"Enough codes were sent for this number, phone or account this hour"_s
                      : u"Enough codes were sent for this number or account this hour"_s,
                admission.retryAfter);

    const QString code = Keys::randomDigits(6);
    const QString email = Sql(db, u"SELECT email FROM users WHERE id = :id"_s)
                                  .bind(u":id"_s, talent.userId)
                                  .single()
                                  .text(u"email"_s);
    const QString now = nowText();
    Transaction tx(db);
    // Only the newest code counts: asking again retires the ones before.
    Sql(db, u"UPDATE nysc_codes SET used_at = :now WHERE user_id = :user AND used_at IS NULL"_s)
            .bind(u":now"_s, now)
            .bind(u":user"_s, talent.userId)
            .exec();
    insertRow(db, u"nysc_codes"_s,
              { { u"user_id"_s, talent.userId },
                { u"call_up_number"_s, number },
                { u"code_hash"_s, digest(talent.userId, number, code) },
                { u"expires_at"_s,
                  timeText(QDateTime::currentDateTimeUtc().addSecs(codeTtlSeconds)) },
                { u"created_at"_s, now } });
    // The text message says the same as the mail, in the same language.
    const MailWords words = m_context.mailer->wordsFor(db, email);
    const QString text = words(QT_TRANSLATE_NOOP("Mail",
                                                 "Your Worknation code is %1, for NYSC call-up "
                                                 "number %2. It works for 10 minutes. If you did "
                                                 "not ask for it, ignore this message.\n"),
                               { code, number });
    m_context.mailer->send(db,
                           { email, words(QT_TRANSLATE_NOOP("Mail", "Your NYSC verification code")),
                             text, words.language() });
    tx.commit();

    QJsonArray channels { u"email"_s };
    if (bySms) {
        m_sms->send(phone, text);
        channels.append(u"sms"_s);
    }
    return { { u"call_up_number"_s, number },     { u"sent_to"_s, masked(email) },
             { u"channels"_s, channels },         { u"sms_available"_s, m_sms->available() },
             { u"expires_in"_s, codeTtlSeconds }, { u"tries"_s, maxTries } };
}

QJsonObject NyscService::verify(const Principal &talent, const QJsonObject &input)
{
    const CallUpNumber callUp = parsed(input);
    const QString number = callUp.canonical();
    const QString code = input.value(u"code"_s).toString();
    QSqlDatabase db = m_context.db();
    Transaction tx(db);
    const std::optional<SqlRow> row
            = Sql(db,
                  u"SELECT id, code_hash, expires_at, attempts FROM nysc_codes WHERE user_id = "
                  u":user AND call_up_number = :number AND used_at IS NULL ORDER BY id DESC "
                  u"LIMIT 1"_s)
                      .bind(u":user"_s, talent.userId)
                      .bind(u":number"_s, number)
                      .one();
    if (!row)
        throw ApiError::badRequest(
                QStringList { u"code was not sent for this call-up number: ask for one"_s });
    const qint64 id = row->id(u"id"_s);
    if (row->integer(u"attempts"_s) >= maxTries)
        throw ApiError::tooManyRequests(u"Five wrong codes: ask for a new one"_s, 1);
    if (row->text(u"expires_at"_s) <= nowText())
        throw ApiError::badRequest(QStringList { u"code has expired: ask for a new one"_s });
    if (!Keys::equal(row->text(u"code_hash"_s).toLatin1(),
                     digest(talent.userId, number, code).toLatin1())) {
        Sql(db, u"UPDATE nysc_codes SET attempts = attempts + 1 WHERE id = :id"_s)
                .bind(u":id"_s, id)
                .exec();
        tx.commit();
        const int left = maxTries - row->integer(u"attempts"_s) - 1;
        throw ApiError::badRequest(QStringList {
                left > 0 ? u"code is not right: %1 tries left"_s.arg(left)
                         : u"code is not right, and that was the last try: ask for a new one"_s });
    }
    // Two talents may both hold a code for one number, sent before either proved it: the
    // number is checked again here, in the transaction that proves it. The check answers the
    // common case; the unique number (ON CONFLICT) settles two proofs at the same moment.
    refuseIfVerifiedElsewhere(db, number, talent.userId);
    const QString now = nowText();
    Sql(db, u"UPDATE nysc_codes SET used_at = :now WHERE id = :id"_s)
            .bind(u":now"_s, now)
            .bind(u":id"_s, id)
            .exec();
    Sql(db, u"DELETE FROM nysc_verifications WHERE user_id = :user"_s)
            .bind(u":user"_s, talent.userId)
            .exec();
    const bool proved
            = Sql(db,
                  u"INSERT INTO nysc_verifications (user_id, call_up_number, state_code, year, "
                  u"serial, verified_at) VALUES (:user, :number, :state, :year, :serial, :now) "
                  u"ON CONFLICT DO NOTHING RETURNING user_id"_s)
                      .bind(u":user"_s, talent.userId)
                      .bind(u":number"_s, number)
                      .bind(u":state"_s, callUp.state)
                      .bind(u":year"_s, callUp.year)
                      .bind(u":serial"_s, callUp.serial)
                      .bind(u":now"_s, now)
                      .one()
                      .has_value();
    if (!proved)
        throw ApiError::conflict(verifiedElsewhere);
    tx.commit();
    return { { u"verified"_s, true },           { u"call_up_number"_s, number },
             { u"state_code"_s, callUp.state }, { u"year"_s, callUp.year },
             { u"serial"_s, callUp.serial },    { u"verified_at"_s, now } };
}

} // namespace wn
