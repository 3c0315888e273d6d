// SPDX-License-Identifier: Apache-2.0
#include "apikeyservice.h"

#include "core/auth/keys.h"
#include "core/auth/ratelimiter.h"
#include "core/database.h"
#include "core/http/api.h"
#include "core/rowjson.h"
#include "core/servercontext.h"
#include "core/sqlchanges.h"
#include "core/sqlpage.h"

#include <wn/common/apierror.h>
#include <wn/common/json.h>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

const QString keyColumns = u"k.id, k.company_id, c.name AS company_name, k.name, k.prefix, "
                           u"k.scopes, k.created_by, k.replaces_id, k.created_at, k.expires_at, "
                           u"k.revoked_at, k.last_used_at, k.requests_per_minute, (SELECT COUNT(*) "
                           u"FROM partner_reads r "
                           u"WHERE r.api_key_id = k.id) AS reads"_s;
const QString keyTables = u"api_keys k JOIN companies c ON c.id = k.company_id"_s;

/** How long a rotated key keeps working unless the rotation says otherwise. */
constexpr int defaultOverlapHours = 24;
/** The stamp of a key's last use is written at most this often: a key in steady use would
 *  otherwise write its row on every request. */
constexpr qint64 lastUsedResolutionMs = 30 * 1000;

QString statusOf(const QString &revokedAt, const QString &expiresAt)
{
    if (!revokedAt.isEmpty())
        return u"revoked"_s;
    if (expiresAt.isEmpty())
        return u"active"_s;
    return expiresAt > nowText() ? u"expiring"_s : u"expired"_s;
}

QJsonObject keyJson(Sql &row)
{
    QJsonObject json
            = jsonOf(row,
                     { .ids = { u"id"_s, u"company_id"_s, u"reads"_s },
                       .texts = { u"company_name"_s, u"name"_s, u"prefix"_s, u"created_at"_s },
                       .optionalTexts = { u"expires_at"_s, u"revoked_at"_s, u"last_used_at"_s },
                       .optionalIntegers
                       = { u"created_by"_s, u"replaces_id"_s, u"requests_per_minute"_s } });
    json.insert(u"scopes"_s, QJsonDocument::fromJson(row.text(u"scopes"_s).toUtf8()).array());
    json.insert(u"status"_s, statusOf(row.text(u"revoked_at"_s), row.text(u"expires_at"_s)));
    return json;
}

QString newSecret()
{
    // 30 random bytes are 40 characters of URL-safe base64, with no padding to trip a header.
    return QString::fromLatin1(Keys::random(30).toBase64(QByteArray::Base64UrlEncoding));
}

} // namespace

ApiKeyService::ApiKeyService(ServerContext &context)
    : m_context(context)
{ }

const QList<ApiKeyScope> &ApiKeyService::scopes()
{
    static const QList<ApiKeyScope> all {
        { u"talents.write"_s, u"Add talents to Worknation (they consent to you by joining)"_s,
          true },
        { u"talents.read"_s,
          u"Read consenting talents by Worknation id: profile, image, CV, intro video"_s, true },
        { u"applicants.read"_s, u"Read a consenting applicant and their files by reference"_s,
          true },
        { u"webhooks.send"_s, u"Send signed webhooks to Worknation"_s, true },
        { u"assessments.onboard"_s,
          u"Make signed onboarding links into assessments for applicants and employers"_s, false },
        { u"msd.register"_s,
          u"Register users by email, open sealed tokens, read profile answers (MSD)"_s, true },
    };
    return all;
}

bool ApiKeyService::isPartnersOnly(const QString &scope)
{
    for (const ApiKeyScope &known : scopes()) {
        if (known.name == scope)
            return known.partnersOnly;
    }
    return false;
}

QStringList ApiKeyService::scopeNames()
{
    QStringList names;
    for (const ApiKeyScope &scope : scopes())
        names.append(scope.name);
    return names;
}

bool ApiKeyService::isPartner(QSqlDatabase db, qint64 companyId)
{
    return Sql(db, u"SELECT 1 FROM companies WHERE id = :id AND kind = 'partner'"_s)
            .bind(u":id"_s, companyId)
            .exists();
}

QJsonObject ApiKeyService::scopesFor(const Principal &by)
{
    // Keys are a company's: someone acting for none may hold none.
    const bool company = by.companyId.has_value();
    const bool partner = company && isPartner(m_context.db(), *by.companyId);
    QJsonArray data;
    for (const ApiKeyScope &scope : scopes())
        data.append(QJsonObject { { u"name"_s, scope.name },
                                  { u"description"_s, scope.description },
                                  { u"partners_only"_s, scope.partnersOnly },
                                  { u"may_hold"_s, company && (partner || !scope.partnersOnly) } });
    return { { u"data"_s, data } };
}

void ApiKeyService::checkScopesFit(QSqlDatabase db, qint64 companyId, const QStringList &scopes)
{
    QStringList partnersOnly;
    for (const QString &scope : scopes) {
        if (isPartnersOnly(scope))
            partnersOnly.append(scope);
    }
    if (partnersOnly.isEmpty())
        return;
    const QString kind = Sql(db, u"SELECT kind FROM companies WHERE id = :id"_s)
                                 .bind(u":id"_s, companyId)
                                 .single()
                                 .text(u"kind"_s);
    if (kind != u"partner"_s)
        throw ApiError::forbidden(
                u"Only a partner organisation registered by Worknation may hold %1; your "
                u"company is of kind %2, and its keys may hold only assessments.onboard"_s.arg(
                        partnersOnly.join(u", "_s), kind));
}

QString ApiKeyService::hashOf(const QString &key) const
{
    return QString::fromLatin1(
            Keys::hmac(m_context.keys->partners, "api-key:" + key.toUtf8()).toHex());
}

QJsonObject ApiKeyService::issue(QSqlDatabase db, qint64 companyId, const QString &name,
                                 const QStringList &scopes, qint64 createdBy, qint64 replaces,
                                 const QJsonValue &perMinute)
{
    const QString key = QString::fromLatin1(Api::keyPrefix) + newSecret();
    const QString signingSecret = u"whsec_"_s + QString::fromLatin1(Keys::random(24).toBase64());
    QStringList sorted = scopes;
    sorted.sort();
    sorted.removeDuplicates();
    const qint64 id = insertRowReturningId(
            db, u"api_keys"_s,
            { { u"company_id"_s, companyId },
              { u"name"_s, name },
              { u"prefix"_s, key.left(int(qstrlen(Api::keyPrefix)) + 8) },
              { u"secret_hash"_s, hashOf(key) },
              { u"signing_secret"_s, Keys::seal(m_context.keys->secrets, signingSecret) },
              { u"scopes"_s, QString::fromUtf8(json::compact(QJsonArray::fromStringList(sorted))) },
              { u"created_by"_s, createdBy > 0 ? QVariant(createdBy) : QVariant() },
              { u"replaces_id"_s, replaces > 0 ? QVariant(replaces) : QVariant() },
              { u"requests_per_minute"_s,
                perMinute.isDouble() ? QVariant(perMinute.toInteger()) : QVariant() },
              { u"created_at"_s, nowText() } });
    Sql row(db, u"SELECT "_s + keyColumns + u" FROM "_s + keyTables + u" WHERE k.id = :id"_s);
    row.bind(u":id"_s, id).exec();
    row.next();
    QJsonObject json = keyJson(row);
    json.insert(u"key"_s, key);
    json.insert(u"signing_secret"_s, signingSecret);
    json.insert(u"message"_s,
                u"Store the key and the signing secret now: Worknation keeps only a hash of the "
                u"key and shows neither again"_s);
    return json;
}

void ApiKeyService::admit(QSqlDatabase db, qint64 keyId, qint64 companyId, int ownLimit, int cost,
                          int alreadyCounted)
{
    // The key's own limit, when its company set one, within the platform's; and every key of
    // the company together within the company's, so that more keys buy no more requests.
    const int platformLimit = m_context.config.integer(u"partners/key_requests_per_minute"_s);
    const int keyLimit = ownLimit > 0 ? std::min(platformLimit, ownLimit) : platformLimit;
    const int companyLimit = m_context.config.integer(u"partners/company_requests_per_minute"_s);
    // A request that could never fit in a minute is refused whole, not left to wait.
    const int total = cost + alreadyCounted;
    if (total > keyLimit || total > companyLimit)
        throw ApiError::badRequest(QStringList {
                u"This request counts %1 calls, more than this key may make in a minute (%2): "
                u"send fewer at a time"_s.arg(total)
                        .arg(std::min(keyLimit, companyLimit)) });
    const RateAdmission admission = m_context.rateLimiter->admit(
            db,
            { { u"api-key:"_s + QString::number(keyId), keyLimit, cost },
              { u"api-company:"_s + QString::number(companyId), companyLimit, cost } },
            60);
    if (!admission.admitted())
        throw ApiError::tooManyRequests(
                u"This API key or its company has made its requests for this minute"_s,
                admission.retryAfter);
}

void ApiKeyService::charge(QSqlDatabase db, const Principal &key, int calls)
{
    if (calls <= 0 || !key.apiKeyId || !key.companyId)
        return;
    // The key's limit as authenticate() read it for this request, which it counted as one call.
    admit(db, key.apiKeyId, *key.companyId, key.apiKeyRequestsPerMinute, calls, 1);
}

QJsonObject ApiKeyService::create(const Principal &by, const QJsonObject &input)
{
    if (!by.companyId)
        throw ApiError::forbidden(u"Only a company or a partner holds API keys"_s);
    QStringList scopes;
    for (const QJsonValue &scope : input.value(u"scopes"_s).toArray())
        scopes.append(scope.toString());
    if (scopes.isEmpty())
        throw ApiError::badRequest(QStringList { u"scopes must name at least one scope"_s });
    const int platformLimit = m_context.config.integer(u"partners/key_requests_per_minute"_s);
    if (input.value(u"requests_per_minute"_s).toInteger() > platformLimit)
        throw ApiError::badRequest(QStringList {
                u"requests_per_minute may be at most %1, the platform's limit for a key"_s.arg(
                        platformLimit) });
    QSqlDatabase db = m_context.db();
    checkScopesFit(db, *by.companyId, scopes);
    Transaction tx(db);
    const qint64 live = Sql(db,
                            u"SELECT COUNT(*) AS n FROM api_keys WHERE company_id = :company AND "
                            u"revoked_at IS NULL AND (expires_at IS NULL OR expires_at > :now)"_s)
                                .bind(u":company"_s, *by.companyId)
                                .bind(u":now"_s, nowText())
                                .single()
                                .id(u"n"_s);
    if (live >= maxKeysPerCompany)
        throw ApiError::conflict(u"Your company holds %1 live keys, as many as it may: revoke "
                                 u"one it no longer uses first"_s.arg(maxKeysPerCompany));
    QJsonObject json = issue(db, *by.companyId, input.value(u"name"_s).toString(), scopes,
                             by.userId, 0, input.value(u"requests_per_minute"_s));
    tx.commit();
    return json;
}

QJsonObject ApiKeyService::listOwn(const Principal &by, int page, int limit)
{
    if (!by.companyId)
        throw ApiError::forbidden(u"Only a company or a partner holds API keys"_s);
    SqlFilter filter;
    filter.add(u"k.company_id = :company"_s, u":company"_s, *by.companyId);
    return selectPage(m_context.db(), keyColumns, keyTables, filter,
                      u"k.created_at DESC, k.id DESC"_s, page, limit, keyJson);
}

QJsonObject ApiKeyService::listOfCompany(const Principal &by, qint64 companyId, int page, int limit)
{
    // A company's people see their own keys; another company's keys are as missing as none.
    if (!by.isStaff() && by.companyId != companyId)
        throw ApiError::notFound(u"Company not found"_s);
    SqlFilter filter;
    filter.add(u"k.company_id = :company"_s, u":company"_s, companyId);
    return selectPage(m_context.db(), keyColumns, keyTables, filter,
                      u"k.created_at DESC, k.id DESC"_s, page, limit, keyJson);
}

QJsonObject ApiKeyService::listAll(const QJsonObject &query, int page, int limit)
{
    SqlFilter filter;
    filter.addEqual(query, u"company_id"_s, u"k.company_id"_s);
    const QString status = query.value(u"status"_s).toString();
    if (status == u"revoked"_s)
        filter.add(u"k.revoked_at IS NOT NULL"_s);
    else if (status == u"active"_s)
        filter.add(u"k.revoked_at IS NULL AND (k.expires_at IS NULL OR k.expires_at > :now)"_s,
                   u":now"_s, nowText());
    return selectPage(m_context.db(), keyColumns, keyTables, filter,
                      u"k.created_at DESC, k.id DESC"_s, page, limit, keyJson);
}

QJsonObject ApiKeyService::visibleKey(QSqlDatabase db, const Principal &by, qint64 id) const
{
    Sql row(db, u"SELECT "_s + keyColumns + u" FROM "_s + keyTables + u" WHERE k.id = :id"_s);
    row.bind(u":id"_s, id).exec();
    if (!row.next() || (!by.isStaff() && by.companyId != row.id(u"company_id"_s)))
        throw ApiError::notFound(u"API key not found"_s);
    return keyJson(row);
}

QJsonObject ApiKeyService::get(const Principal &by, qint64 id)
{
    return visibleKey(m_context.db(), by, id);
}

QJsonObject ApiKeyService::revoke(const Principal &by, qint64 id)
{
    QSqlDatabase db = m_context.db();
    Transaction tx(db);
    visibleKey(db, by, id);
    Sql(db, u"UPDATE api_keys SET revoked_at = :now WHERE id = :id AND revoked_at IS NULL"_s)
            .bind(u":now"_s, nowText())
            .bind(u":id"_s, id)
            .exec();
    QJsonObject json = visibleKey(db, by, id);
    tx.commit();
    return json;
}

QJsonObject ApiKeyService::rotate(const Principal &by, qint64 id, const QJsonObject &input)
{
    QSqlDatabase db = m_context.db();
    Transaction tx(db);
    const QJsonObject old = visibleKey(db, by, id);
    // Rotating a key that no longer works would hand out a key nobody asked to keep.
    if (old.value(u"status"_s).toString() != u"active"_s)
        throw ApiError::conflict(u"Only an active key can be rotated; this one is %1"_s.arg(
                old.value(u"status"_s).toString()));
    const int overlapHours = input.contains(u"overlap_hours"_s)
            ? input.value(u"overlap_hours"_s).toInt()
            : defaultOverlapHours;
    Sql(db, u"UPDATE api_keys SET expires_at = :until WHERE id = :id"_s)
            .bind(u":until"_s,
                  timeText(QDateTime::currentDateTimeUtc().addSecs(qint64(overlapHours) * 3600)))
            .bind(u":id"_s, id)
            .exec();
    QStringList scopes;
    for (const QJsonValue &scope : old.value(u"scopes"_s).toArray())
        scopes.append(scope.toString());
    // A key issued before the rule would otherwise pass its scopes on.
    checkScopesFit(db, old.value(u"company_id"_s).toInteger(), scopes);
    QJsonObject json
            = issue(db, old.value(u"company_id"_s).toInteger(), old.value(u"name"_s).toString(),
                    scopes, by.userId, id, old.value(u"requests_per_minute"_s));
    tx.commit();
    return json;
}

Principal ApiKeyService::authenticate(QSqlDatabase db, const QString &key, const QString &scope)
{
    const std::optional<SqlRow> row
            = Sql(db,
                  u"SELECT k.id, k.company_id, k.scopes, k.revoked_at, k.expires_at, "
                  u"k.last_used_at, k.requests_per_minute, c.deleted_at, c.kind FROM api_keys k "
                  u"JOIN companies c "
                  u"ON c.id = k.company_id WHERE k.secret_hash = :hash"_s)
                      .bind(u":hash"_s, hashOf(key))
                      .one();
    if (!row || !row->isNull(u"deleted_at"_s))
        throw ApiError::unauthorized(u"This API key is not recognised"_s);
    if (!row->isNull(u"revoked_at"_s))
        throw ApiError::unauthorized(u"This API key was revoked"_s);
    const QString now = nowText();
    if (!row->isNull(u"expires_at"_s) && row->text(u"expires_at"_s) <= now)
        throw ApiError::unauthorized(u"This API key has expired: use the key that replaced it"_s);
    const QJsonArray scopes = QJsonDocument::fromJson(row->text(u"scopes"_s).toUtf8()).array();
    if (!scopes.contains(scope))
        throw ApiError::forbidden(u"This API key does not hold the %1 scope"_s.arg(scope));
    // A key issued before partners alone could hold partners' scopes opens nothing of theirs.
    if (isPartnersOnly(scope) && row->text(u"kind"_s) != u"partner"_s)
        throw ApiError::forbidden(
                u"The %1 scope is for partner organisations, and this key's company is not one"_s
                        .arg(scope));

    const qint64 id = row->id(u"id"_s);
    const int ownLimit
            = row->isNull(u"requests_per_minute"_s) ? 0 : int(row->id(u"requests_per_minute"_s));
    admit(db, id, row->id(u"company_id"_s), ownLimit, 1);
    const QDateTime lastUsed = json::parseTimestamp(row->text(u"last_used_at"_s));
    if (!lastUsed.isValid()
        || lastUsed.msecsTo(QDateTime::currentDateTimeUtc()) >= lastUsedResolutionMs)
        Sql(db, u"UPDATE api_keys SET last_used_at = :now WHERE id = :id"_s)
                .bind(u":now"_s, now)
                .bind(u":id"_s, id)
                .exec();

    Principal principal;
    principal.role = Role::Partner;
    principal.companyId = row->id(u"company_id"_s);
    principal.apiKeyId = id;
    principal.apiKeyRequestsPerMinute = ownLimit;
    return principal;
}

QString ApiKeyService::signingSecret(QSqlDatabase db, qint64 keyId) const
{
    const SqlRow row = Sql(db, u"SELECT signing_secret FROM api_keys WHERE id = :id"_s)
                               .bind(u":id"_s, keyId)
                               .single();
    return Keys::unseal(m_context.keys->secrets, row.text(u"signing_secret"_s)).value_or(QString());
}

} // namespace wn
