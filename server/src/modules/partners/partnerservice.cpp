// SPDX-License-Identifier: Apache-2.0
#include "partnerservice.h"

#include "apikeyservice.h"

#include "core/auth/keys.h"
#include "core/database.h"
#include "core/enumnames.h"
#include "core/mail/mailer.h"
#include "core/rowjson.h"
#include "core/servercontext.h"
#include "core/sqlchanges.h"
#include "core/sqlpage.h"
#include "core/storage/storage.h"
#include "modules/accounts/accountservice.h"
#include "modules/files/filesroutes.h"
#include "modules/profiles/profileservice.h"
#include "modules/webhooks/webhookservice.h"

#include <wn/common/apierror.h>
#include <wn/common/json.h>

#include <QDateTime>
#include <QJsonArray>
#include <QUuid>

#include <array>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

/** Each read under the name it is recorded by. */
constexpr std::array readNames { std::pair { PartnerRead::Applicant, u"applicant" },
                                 std::pair { PartnerRead::Files, u"files" },
                                 std::pair { PartnerRead::Profile, u"profile" },
                                 std::pair { PartnerRead::ProfileImage, u"profile_image" },
                                 std::pair { PartnerRead::Cv, u"cv" },
                                 std::pair { PartnerRead::IntroVideo, u"intro_video" },
                                 std::pair { PartnerRead::ProfileResponses, u"profile_responses" } };

const QString notShared = u"Talent not found, or not sharing their data with you"_s;

} // namespace

PartnerService::PartnerService(ServerContext &context, AccountService &accounts,
                               ApiKeyService &keys, TalentProfileService &profiles)
    : m_context(context)
    , m_accounts(accounts)
    , m_keys(keys)
    , m_profiles(profiles)
{ }

QStringList PartnerService::webhookEvents()
{
    return { u"talent.shortlisted"_s, u"talent.interviewed"_s, u"talent.hired"_s,
             u"talent.rejected"_s };
}

// ---- Partners ----

QString PartnerService::partnerName(QSqlDatabase db, qint64 companyId)
{
    return Sql(db, u"SELECT name FROM companies WHERE id = :id"_s)
            .bind(u":id"_s, companyId)
            .single()
            .text(u"name"_s);
}

QJsonObject PartnerService::create(const Principal &by, const QJsonObject &input)
{
    QSqlDatabase db = m_context.db();
    Transaction tx(db);
    const QString now = nowText();
    const QString name = input.value(u"name"_s).toString();
    const qint64 companyId = insertRowReturningId(
            db, u"companies"_s,
            { { u"uuid"_s, QUuid::createUuid().toString(QUuid::WithoutBraces) },
              { u"kind"_s, u"partner"_s },
              { u"name"_s, name },
              { u"country_code"_s, input.value(u"country"_s).toString(u"NG"_s).toUpper() },
              { u"website"_s, nullIfEmpty(input.value(u"website"_s)) },
              { u"created_at"_s, now },
              { u"updated_at"_s, now } });
    NewAccount account = NewAccount::person(input, Role::Partner);
    account.invitedBy = by.userId;
    const qint64 ownerId = m_accounts.createOwner(db, account, companyId);
    m_accounts.sendInvitation(db, ownerId,
                              { QT_TRANSLATE_NOOP("Mail", "manage %1's partner access"), name });
    const UserSummary owner = m_accounts.summary(db, ownerId);
    tx.commit();
    return { { u"id"_s, companyId },
             { u"name"_s, name },
             { u"website"_s, input.value(u"website"_s) },
             { u"owner"_s, owner.toJson() },
             { u"created_at"_s, now } };
}

QJsonObject PartnerService::list(int page, int limit)
{
    SqlFilter filter;
    filter.add(u"kind = 'partner' AND deleted_at IS NULL"_s);
    return selectPage(m_context.db(), u"id, name, website, created_at"_s, u"companies"_s, filter,
                      u"name, id"_s, page, limit, [](Sql &row) {
                          return jsonOf(row,
                                        { .ids = { u"id"_s },
                                          .texts = { u"name"_s, u"created_at"_s },
                                          .optionalTexts = { u"website"_s } });
                      });
}

void PartnerService::askForConsent(QSqlDatabase db, qint64 companyId, const QString &partner,
                                   const UserSummary &talent)
{
    // Once a month at most, however often the partner sends the same person.
    const QString now = nowText();
    const QString monthAgo = timeText(QDateTime::currentDateTimeUtc().addDays(-30));
    Sql ask(db,
            u"INSERT INTO partner_consent_requests (company_id, talent_id, requested_at) VALUES "
            u"(:company, :talent, :now) ON CONFLICT (company_id, talent_id) DO UPDATE SET "
            u"requested_at = excluded.requested_at WHERE partner_consent_requests.requested_at "
            u"< :monthAgo"_s);
    ask.bind(u":company"_s, companyId)
            .bind(u":talent"_s, talent.id)
            .bind(u":now"_s, now)
            .bind(u":monthAgo"_s, monthAgo)
            .exec();
    if (ask.rowsAffected() != 1)
        return;
    const MailWords words = m_context.mailer->wordsFor(db, talent.email);
    m_context.mailer->send(
            db,
            { talent.email,
              words(QT_TRANSLATE_NOOP("Mail", "%1 asks to see your Worknation profile"),
                    { partner }),
              words(QT_TRANSLATE_NOOP("Mail",
                                      "Hello %1,\n\n%2 would like to read your Worknation "
                                      "profile, CV and intro video. Nothing is shared unless "
                                      "you allow it: open Worknation, go to Data sharing and "
                                      "choose whether to share with %2. You can stop sharing "
                                      "at any time.\n"),
                    { talent.firstName, partner }),
              words.language() });
}

QJsonObject PartnerService::addTalent(QSqlDatabase db, qint64 companyId, const QString &partner,
                                      const QJsonObject &talent)
{
    const QString now = nowText();
    const QString email = talent.value(u"email"_s).toString();
    if (const auto existing = m_accounts.findByEmail(db, email)) {
        // Nothing of an existing account is handed over: its owner is asked, and decides.
        const bool shares = Sql(db,
                                u"SELECT 1 FROM partner_consents WHERE talent_id = :talent AND "
                                u"company_id = :company AND withdrawn_at IS NULL"_s)
                                    .bind(u":talent"_s, existing->id)
                                    .bind(u":company"_s, companyId)
                                    .exists();
        if (!shares)
            askForConsent(db, companyId, partner, *existing);
        // One who shares with the partner already is named to it; anyone else is not, until
        // they choose to share.
        if (shares)
            return QJsonObject { { u"email"_s, email },
                                 { u"status"_s, u"consented"_s },
                                 { u"reference"_s, existing->uuid },
                                 { u"wn_id"_s, existing->wnId } };
        return QJsonObject { { u"email"_s, email },
                             { u"status"_s, u"consent_requested"_s },
                             { u"reference"_s, QJsonValue() },
                             { u"wn_id"_s, QJsonValue() } };
    }
    const qint64 talentId = m_accounts.create(db, NewAccount::person(talent, Role::Talent));
    // The partner vouches that the talent asked to join through it; the talent sees the
    // consent under Data sharing and can withdraw it.
    insertRow(db, u"partner_consents"_s,
              { { u"talent_id"_s, talentId },
                { u"company_id"_s, companyId },
                { u"source"_s, u"partner"_s },
                { u"granted_at"_s, now } });
    m_accounts.sendInvitation(
            db, talentId,
            { QT_TRANSLATE_NOOP("Mail", "join the talent community through %1"), partner, true });
    const UserSummary summary = m_accounts.summary(db, talentId);
    return QJsonObject { { u"email"_s, email },
                         { u"status"_s, u"added"_s },
                         { u"reference"_s, summary.uuid },
                         { u"wn_id"_s, summary.wnId } };
}

QJsonObject PartnerService::addTalents(const Principal &key, const QJsonObject &input)
{
    QSqlDatabase db = m_context.db();
    const qint64 companyId = *key.companyId;
    // Each talent is an account opened or a mail sent: it counts as a call of its own (the
    // request itself was counted when the key came in).
    const QJsonArray talents = input.value(u"talents"_s).toArray();
    m_keys.charge(db, key, int(talents.size()) - 1);
    Transaction tx(db);
    const QString partner = partnerName(db, companyId);
    QJsonArray results;
    for (const QJsonValue &value : talents)
        results.append(addTalent(db, companyId, partner, value.toObject()));
    tx.commit();
    return { { u"data"_s, results } };
}

// ---- Reads ----

qint64 PartnerService::consentingTalent(QSqlDatabase db, qint64 companyId, const QString &column,
                                        const QString &id) const
{
    const SqlRow row
            = Sql(db,
                  u"SELECT u.id FROM users u JOIN partner_consents pc ON pc.talent_id = u.id "
                  u"AND pc.company_id = :company AND pc.withdrawn_at IS NULL WHERE u.%1 = :id "
                  u"AND u.role = 'talent' AND u.deleted_at IS NULL"_s.arg(column))
                      .bind(u":company"_s, companyId)
                      .bind(u":id"_s, id)
                      .found(notShared);
    return row.id(u"id"_s);
}

void PartnerService::record(QSqlDatabase db, const Principal &key, qint64 talentId, PartnerRead what)
{
    insertRow(db, u"partner_reads"_s,
              { { u"company_id"_s, *key.companyId },
                { u"api_key_id"_s, key.apiKeyId },
                { u"talent_id"_s, talentId },
                { u"what"_s, nameOf(readNames, what) },
                { u"read_at"_s, nowText() } });
}

QJsonObject PartnerService::fileOf(QSqlDatabase db, const QString &key) const
{
    if (key.isEmpty())
        return {};
    const auto file = m_context.storage->find(db, key);
    return file ? storedFileJson(*m_context.storage, *file) : QJsonObject();
}

QString PartnerService::cvKey(QSqlDatabase db, qint64 talentId) const
{
    const std::optional<SqlRow> sent
            = Sql(db,
                  u"SELECT a.cv_key FROM applications a JOIN files f ON f.file_key = a.cv_key "
                  u"AND f.deleted_at IS NULL WHERE a.talent_id = :talent ORDER BY a.created_at "
                  u"DESC, a.id DESC LIMIT 1"_s)
                      .bind(u":talent"_s, talentId)
                      .one();
    if (sent)
        return sent->text(u"cv_key"_s);
    const std::optional<SqlRow> uploaded
            = Sql(db,
                  u"SELECT file_key FROM files WHERE owner_id = :talent AND kind = 'cv' AND "
                  u"deleted_at IS NULL ORDER BY created_at DESC, file_key DESC LIMIT 1"_s)
                      .bind(u":talent"_s, talentId)
                      .one();
    return uploaded ? uploaded->text(u"file_key"_s) : QString();
}

QJsonObject PartnerService::read(const Principal &key, const QString &id, PartnerRead what,
                                 const QString &column)
{
    QSqlDatabase db = m_context.db();
    const bool byReference = what == PartnerRead::Applicant || what == PartnerRead::Files;
    const qint64 talentId = consentingTalent(db, *key.companyId,
                                             !column.isEmpty()     ? column
                                                     : byReference ? u"uuid"_s
                                                                   : u"wn_id"_s,
                                             id);
    const SqlRow media = Sql(db,
                             u"SELECT u.avatar_key, p.intro_video_key FROM users u LEFT JOIN "
                             u"talent_profiles p ON p.user_id = u.id WHERE u.id = :id"_s)
                                 .bind(u":id"_s, talentId)
                                 .single();
    const QString avatar = media.text(u"avatar_key"_s);
    const QString video = media.text(u"intro_video_key"_s);

    QJsonObject answer;
    auto single = [&](const QString &fileKey, const QString &missing) {
        const QJsonObject file = fileOf(db, fileKey);
        if (file.isEmpty())
            throw ApiError::notFound(missing);
        return file;
    };
    switch (what) {
    case PartnerRead::Applicant:
    case PartnerRead::Profile:
    case PartnerRead::ProfileResponses:
        answer = m_profiles.sharedProfile(db, talentId);
        // The video is a read of its own, recorded as such.
        answer.remove(u"intro_video"_s);
        answer.insert(u"reference"_s, m_accounts.summary(db, talentId).uuid);
        break;
    case PartnerRead::Files: {
        auto orNull = [&](const QString &fileKey) -> QJsonValue {
            const QJsonObject file = fileOf(db, fileKey);
            return file.isEmpty() ? QJsonValue() : QJsonValue(file);
        };
        answer = { { u"profile_image"_s, orNull(avatar) },
                   { u"cv"_s, orNull(cvKey(db, talentId)) },
                   { u"intro_video"_s, orNull(video) } };
        break;
    }
    case PartnerRead::ProfileImage:
        answer = single(avatar, u"This talent has no profile image"_s);
        break;
    case PartnerRead::Cv:
        answer = single(cvKey(db, talentId), u"This talent has no CV"_s);
        break;
    case PartnerRead::IntroVideo:
        answer = single(video, u"This talent has no intro video"_s);
        break;
    }
    record(db, key, talentId, what);
    return answer;
}

// ---- Webhooks ----

void PartnerService::verifyWebhook(const Principal &key, const WebhookHeaders &headers,
                                   const QByteArray &body) const
{
    QStringList missing;
    if (headers.id.isEmpty())
        missing.append(u"webhook-id header is required"_s);
    if (headers.timestamp.isEmpty())
        missing.append(u"webhook-timestamp header is required"_s);
    if (headers.signature.isEmpty())
        missing.append(u"webhook-signature header is required"_s);
    if (!missing.isEmpty())
        throw ApiError::badRequest(missing);
    if (headers.id.size() > 200)
        throw ApiError::badRequest(QStringList { u"webhook-id header is too long"_s });
    bool isNumber = false;
    const qint64 timestamp = headers.timestamp.toLongLong(&isNumber);
    if (!isNumber)
        throw ApiError::badRequest(
                QStringList { u"webhook-timestamp header must be seconds since the epoch"_s });

    QSqlDatabase db = m_context.db();
    const QString secret = m_keys.signingSecret(db, key.apiKeyId);
    const QByteArray expected = WebhookService::signature(secret, headers.id, timestamp, body);
    bool signedRight = false;
    for (const QString &candidate : headers.signature.split(u' ', Qt::SkipEmptyParts))
        signedRight = Keys::equal(candidate.toLatin1(), expected) || signedRight;
    if (!signedRight)
        throw ApiError::unauthorized(
                u"webhook-signature does not match the body signed with this key's secret"_s);
    // Checked after the signature, so that only the partner learns the clock is off.
    const qint64 skew = QDateTime::currentSecsSinceEpoch() - timestamp;
    if (skew > webhookToleranceSeconds || skew < -webhookToleranceSeconds)
        throw ApiError::unauthorized(
                u"webhook-timestamp is more than %1 minutes from the server's clock"_s.arg(
                        webhookToleranceSeconds / 60));
}

QJsonObject PartnerService::receiveWebhook(const Principal &key, const WebhookHeaders &headers,
                                           const QJsonObject &input)
{
    QSqlDatabase db = m_context.db();
    const QJsonObject data = input.value(u"data"_s).toObject();
    Transaction tx(db);
    const qint64 talentId
            = consentingTalent(db, *key.companyId, u"wn_id"_s, data.value(u"wn_id"_s).toString());
    const QString now = nowText();
    Sql(db,
        u"INSERT INTO partner_webhook_messages (company_id, message_id, api_key_id, "
        u"event_type, talent_id, data, received_at) VALUES (:company, :id, :key, :type, "
        u":talent, :data, :now) ON CONFLICT DO NOTHING"_s)
            .bind(u":company"_s, *key.companyId)
            .bind(u":id"_s, headers.id)
            .bind(u":key"_s, key.apiKeyId)
            .bind(u":type"_s, input.value(u"type"_s).toString())
            .bind(u":talent"_s, talentId)
            .bind(u":data"_s, QString::fromUtf8(json::compact(data)))
            .bind(u":now"_s, now)
            .execChanging(ApiError::conflict(
                    u"Message %1 was already received: a replay is refused"_s.arg(headers.id)));
    tx.commit();
    return { { u"id"_s, headers.id },
             { u"type"_s, input.value(u"type"_s) },
             { u"received_at"_s, now } };
}

// ---- The talent's side ----

QJsonObject PartnerService::consents(const Principal &talent)
{
    QSqlDatabase db = m_context.db();
    Sql rows(db,
             u"SELECT c.id, c.name, c.website, pc.source, pc.granted_at, pc.withdrawn_at, "
             u"(SELECT MAX(r.read_at) FROM partner_reads r WHERE r.company_id = c.id AND "
             u"r.talent_id = :talent) AS last_read_at FROM partner_consents pc JOIN companies c "
             u"ON c.id = pc.company_id WHERE pc.talent_id = :talent ORDER BY c.name, c.id"_s);
    rows.bind(u":talent"_s, talent.userId).exec();
    QJsonArray data;
    while (rows.next()) {
        QJsonObject json = jsonOf(
                rows,
                { .ids = { u"id"_s },
                  .texts = { u"name"_s, u"source"_s, u"granted_at"_s },
                  .optionalTexts = { u"website"_s, u"withdrawn_at"_s, u"last_read_at"_s } });
        json.insert(u"sharing"_s, rows.isNull(u"withdrawn_at"_s));
        data.append(json);
    }
    return { { u"data"_s, data } };
}

QJsonObject PartnerService::grant(const Principal &talent, qint64 partnerId)
{
    QSqlDatabase db = m_context.db();
    Transaction tx(db);
    if (!Sql(db,
             u"SELECT 1 FROM companies WHERE id = :id AND kind = 'partner' AND deleted_at IS "
             u"NULL"_s)
                 .bind(u":id"_s, partnerId)
                 .exists())
        throw ApiError::notFound(u"Partner not found"_s);
    Sql(db,
        u"INSERT INTO partner_consents (talent_id, company_id, source, granted_at) VALUES "
        u"(:talent, :company, 'talent', :now) ON CONFLICT (talent_id, company_id) DO UPDATE SET "
        u"source = 'talent', granted_at = :now, withdrawn_at = NULL"_s)
            .bind(u":talent"_s, talent.userId)
            .bind(u":company"_s, partnerId)
            .bind(u":now"_s, nowText())
            .exec();
    tx.commit();
    return consents(talent);
}

QJsonObject PartnerService::withdraw(const Principal &talent, qint64 partnerId)
{
    QSqlDatabase db = m_context.db();
    Sql update(db,
               u"UPDATE partner_consents SET withdrawn_at = :now WHERE talent_id = :talent AND "
               u"company_id = :company AND withdrawn_at IS NULL"_s);
    update.bind(u":now"_s, nowText())
            .bind(u":talent"_s, talent.userId)
            .bind(u":company"_s, partnerId)
            .execChanging(ApiError::notFound(u"You are not sharing with this partner"_s));
    return consents(talent);
}

QJsonObject PartnerService::reads(const Principal &talent, int page, int limit)
{
    SqlFilter filter;
    filter.add(u"r.talent_id = :talent"_s, u":talent"_s, talent.userId);
    return selectPage(
            m_context.db(),
            u"r.id, r.what, r.read_at, c.id AS partner_id, c.name AS partner_name"_s,
            u"partner_reads r JOIN companies c ON c.id = r.company_id"_s, filter,
            u"r.read_at DESC, r.id DESC"_s, page, limit, [](Sql &row) {
                QJsonObject json
                        = jsonOf(row, { .ids = { u"id"_s }, .texts = { u"what"_s, u"read_at"_s } });
                json.insert(u"partner"_s,
                            QJsonObject { { u"id"_s, row.id(u"partner_id"_s) },
                                          { u"name"_s, row.text(u"partner_name"_s) } });
                return json;
            });
}

} // namespace wn
