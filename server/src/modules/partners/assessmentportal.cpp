// SPDX-License-Identifier: Apache-2.0
#include "assessmentportal.h"

#include "core/auth/principal.h"
#include "core/auth/ratelimiter.h"
#include "core/auth/tokenservice.h"
#include "core/database.h"
#include "core/mail/mailer.h"
#include "core/servercontext.h"
#include "modules/accounts/accountservice.h"
#include "modules/assessments/assessmentservice.h"

#include <wn/common/apierror.h>
#include <wn/common/json.h>

#include <QDateTime>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

const QString purpose = u"assessment-portal"_s;

/** The instrument a company's portal may send people to: the platform's or its own. */
Instrument portalInstrument(AssessmentService &assessments, QSqlDatabase db, qint64 companyId,
                            const QString &ref)
{
    const Instrument instrument = assessments.resolve(db, ref);
    if ((instrument.companyId && *instrument.companyId != companyId) || !instrument.active)
        throw ApiError::notFound(u"Assessment not found"_s);
    return instrument;
}

QJsonObject instrumentJson(const Instrument &instrument)
{
    return { { u"slug"_s, instrument.slug },
             { u"title"_s, instrument.title },
             { u"time_limit_seconds"_s,
               instrument.timeLimitSeconds ? QJsonValue(*instrument.timeLimitSeconds)
                                           : QJsonValue() } };
}

} // namespace

AssessmentPortal::AssessmentPortal(ServerContext &context, AccountService &accounts,
                                   AssessmentService &assessments)
    : m_context(context)
    , m_accounts(accounts)
    , m_assessments(assessments)
{ }

QJsonObject AssessmentPortal::link(const QJsonObject &claims, const QJsonObject &input,
                                   const QJsonObject &landing)
{
    const int hours = input.contains(u"expires_in_hours"_s)
            ? input.value(u"expires_in_hours"_s).toInt()
            : defaultHours;
    const QString token = m_context.tokens->sign(claims, purpose, qint64(hours) * 3600);
    return { { u"url"_s,
               m_context.config.publicUrl() + u"/assessment-portal/onboarding?token="_s
                       + QString::fromLatin1(QUrl::toPercentEncoding(token)) },
             { u"token"_s, token },
             { u"expires_at"_s,
               json::timestamp(QDateTime::currentDateTimeUtc().addSecs(qint64(hours) * 3600)) },
             { u"landing"_s, landing } };
}

QJsonObject AssessmentPortal::applicantLink(const Principal &key, const QJsonObject &input)
{
    QSqlDatabase db = m_context.db();
    const Instrument instrument = portalInstrument(m_assessments, db, *key.companyId,
                                                   input.value(u"assessment"_s).toString());
    const QString email = input.value(u"email"_s).toString();
    // The answer is the same whether the email had an account, had one that takes no tests, or
    // is new: a key holder must not learn who uses Worknation. Only the address's owner is told
    // more, by mail.
    const auto existing = m_accounts.findByEmail(db, email);
    // One note a day to a staff address, however often keys send it: the key's own rate limit
    // would otherwise let it fill that inbox. Counted outside the transaction, as limits are.
    if (existing && existing->role != Role::Talent
        && m_context.rateLimiter
                   ->admit(db, { { u"portal-staff-note:"_s + QString::number(existing->id), 1, 1 } },
                           86400)
                   .admitted()) {
        const MailWords words = m_context.mailer->wordsFor(db, existing->email);
        m_context.mailer->send(
                db,
                { existing->email,
                  words(QT_TRANSLATE_NOOP("Mail", "An assessment your account cannot take")),
                  words(QT_TRANSLATE_NOOP("Mail",
                                          "Hello %1,\n\nAn organisation asked Worknation to send "
                                          "%2 the %3 assessment. This address belongs to a staff "
                                          "account, and staff accounts take no tests: if the "
                                          "assessment is meant for you, ask them to use another "
                                          "address.\n"),
                        { existing->firstName, existing->email, instrument.title }),
                  words.language() });
    }
    Transaction tx(db);
    qint64 userId = 0;
    if (existing) {
        userId = existing->id;
    } else {
        userId = m_accounts.create(db, NewAccount::person(input, Role::Talent));
        m_accounts.sendInvitation(
                db, userId,
                { QT_TRANSLATE_NOOP("Mail", "take the %1 assessment"), instrument.title });
    }
    QJsonObject answer = link(
            { { u"kind"_s, u"applicant"_s },
              { u"sub"_s, QString::number(userId) },
              { u"company"_s, *key.companyId },
              { u"assessment"_s, instrument.slug } },
            input,
            { { u"page"_s, u"assessment"_s }, { u"assessment"_s, instrumentJson(instrument) } });
    tx.commit();
    return answer;
}

QJsonObject AssessmentPortal::employerLink(const Principal &key, const QJsonObject &input)
{
    QSqlDatabase db = m_context.db();
    const Instrument instrument = portalInstrument(m_assessments, db, *key.companyId,
                                                   input.value(u"assessment"_s).toString());
    return link({ { u"kind"_s, u"employer"_s },
                  { u"company"_s, *key.companyId },
                  { u"assessment"_s, instrument.slug } },
                input,
                { { u"page"_s, u"assessment-results"_s },
                  { u"assessment"_s, instrumentJson(instrument) } });
}

QJsonObject AssessmentPortal::land(const QString &token)
{
    const std::optional<QJsonObject> claims = m_context.tokens->verify(token, purpose);
    if (!claims)
        throw ApiError(410,
                       u"This onboarding link is not valid or has expired: ask for a new one"_s);
    QSqlDatabase db = m_context.db();
    const qint64 companyId = claims->value(u"company"_s).toInteger();
    const Instrument instrument = portalInstrument(m_assessments, db, companyId,
                                                   claims->value(u"assessment"_s).toString());
    const SqlRow company = Sql(db, u"SELECT id, name FROM companies WHERE id = :id"_s)
                                   .bind(u":id"_s, companyId)
                                   .found(u"Company not found"_s);
    QJsonObject answer { { u"kind"_s, claims->value(u"kind"_s) },
                         { u"company"_s,
                           QJsonObject { { u"id"_s, company.id(u"id"_s) },
                                         { u"name"_s, company.text(u"name"_s) } } },
                         { u"assessment"_s, instrumentJson(instrument) } };
    if (claims->value(u"kind"_s).toString() == u"applicant"_s) {
        // The page does not depend on the account's state either: whoever holds the link learns
        // nothing about the address. The person signs in, or accepts the mailed invitation first.
        const UserSummary user
                = m_accounts.summary(db, claims->value(u"sub"_s).toString().toLongLong());
        answer.insert(u"email"_s, user.email);
        answer.insert(u"page"_s, u"assessment"_s);
    } else {
        answer.insert(u"page"_s, u"assessment-results"_s);
    }
    return answer;
}

} // namespace wn
