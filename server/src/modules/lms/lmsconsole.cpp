// SPDX-License-Identifier: Apache-2.0
#include "lmsconsole.h"

#include "core/auth/keys.h"
#include "core/auth/principal.h"
#include "core/database.h"
#include "core/http/api.h"
#include "core/http/blank.h"
#include "core/rowjson.h"
#include "core/servercontext.h"
#include "core/sqlchanges.h"
#include "core/sqlpage.h"
#include "lmsservice.h"
#include "modules/accounts/accountservice.h"
#include "readonlyquery.h"

#include <wn/common/apierror.h>

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

QVariant noId()
{
    return QVariant(QMetaType::fromType<qint64>());
}

QJsonObject companyRow(const Sql &q)
{
    return jsonOf(q,
                  { .ids = { u"id"_s, u"learners"_s },
                    .texts = { u"uuid"_s, u"kind"_s, u"name"_s, u"country_code"_s, u"created_at"_s },
                    .optionalTexts = { u"state"_s, u"industry"_s, u"website"_s } });
}

const QString companyColumns
        = u"c.id, c.uuid, c.kind, c.name, c.country_code, c.state, c.industry, c.website, "
          u"c.created_at, (SELECT COUNT(*) FROM lms_learners l WHERE l.academy_id = c.id) AS "
          u"learners"_s;

const QString talentColumns
        = u"u.id, u.email, u.first_name, u.last_name, u.status, u.created_at, l.provider, "
          u"l.remote_id, l.username, l.course_creator, l.nysc, l.nysc_state_code, l.nysc_batch, "
          u"l.academy_id"_s;

QJsonObject talentRow(const Sql &q)
{
    QJsonObject json = jsonOf(q,
                              { .ids = { u"id"_s },
                                .texts = { u"email"_s, u"first_name"_s, u"last_name"_s, u"status"_s,
                                           u"created_at"_s },
                                .optionalTexts = { u"provider"_s, u"username"_s,
                                                   u"nysc_state_code"_s, u"nysc_batch"_s },
                                .optionalIntegers = { u"academy_id"_s },
                                .flags = { u"course_creator"_s, u"nysc"_s } });
    json.insert(u"lms_user_id"_s,
                q.isNull(u"remote_id"_s) ? QJsonValue()
                                         : QJsonValue(q.text(u"remote_id"_s).toLongLong()));
    return json;
}

/** Refuses (400) an academy_id that names no company; a missing or null one is no academy. */
void checkAcademy(QSqlDatabase db, const QJsonValue &academy)
{
    if (!academy.isUndefined() && !academy.isNull()
        && !Sql(db, u"SELECT 1 FROM companies WHERE id = :id AND deleted_at IS NULL"_s)
                    .bind(u":id"_s, academy.toInteger())
                    .exists())
        throw ApiError::badRequest(QStringList { u"academy_id is not a company"_s });
}

} // namespace

LmsConsole::LmsConsole(ServerContext &context, LmsService &lms, AccountService &accounts)
    : m_context(context)
    , m_lms(lms)
    , m_accounts(accounts)
{ }

void LmsConsole::record(QSqlDatabase db, const Principal &by, const QString &action,
                        const QJsonObject &detail)
{
    insertRow(db, u"lms_audit_log"_s,
              { { u"actor_id"_s, by.userId },
                { u"action"_s, action },
                { u"detail"_s, jsonText(detail) },
                { u"created_at"_s, nowText() } });
}

QString LmsConsole::talentEmail(QSqlDatabase db, qint64 userId)
{
    const SqlRow talent
            = Sql(db,
                  u"SELECT email FROM users WHERE id = :id AND role = 'talent' AND deleted_at IS "
                  u"NULL"_s)
                      .bind(u":id"_s, userId)
                      .found(u"Talent %1 not found"_s.arg(userId));
    return talent.text(u"email"_s);
}

void LmsConsole::ensureLearnerRow(QSqlDatabase db, qint64 userId)
{
    const QString email = talentEmail(db, userId);
    const QString now = nowText();
    insertRow(db, u"lms_learners"_s,
              { { u"user_id"_s, userId },
                { u"provider"_s, m_lms.provider().name() },
                { u"username"_s, email.toLower() },
                { u"created_at"_s, now },
                { u"updated_at"_s, now } },
              u"ON CONFLICT (user_id) DO NOTHING"_s);
}

// ---- Companies ----

QJsonObject LmsConsole::companies(const QJsonObject &query, int page, int limit)
{
    SqlFilter filter;
    filter.add(u"c.deleted_at IS NULL"_s);
    if (const QString kind = query.value(u"kind"_s).toString(); !kind.isEmpty())
        filter.add(u"c.kind = :kind"_s, u":kind"_s, kind);
    if (const QString text = query.value(u"q"_s).toString().trimmed(); !text.isEmpty())
        filter.addContains({ u"LOWER(c.name)"_s }, text);
    return selectPage(m_context.db(), companyColumns, u"companies c"_s, filter, u"c.name, c.id"_s,
                      page, limit, [](Sql &q) { return companyRow(q); });
}

QJsonObject LmsConsole::company(qint64 companyId)
{
    Sql q(m_context.db(),
          u"SELECT "_s + companyColumns
                  + u" FROM companies c WHERE c.id = :id AND c.deleted_at IS NULL"_s);
    q.bind(u":id"_s, companyId).exec();
    if (!q.next())
        throw ApiError::notFound(u"Company %1 not found"_s.arg(companyId));
    return companyRow(q);
}

QJsonObject LmsConsole::createCompany(const Principal &by, const QJsonObject &input)
{
    QSqlDatabase db = m_context.db();
    const QString country = input.value(u"country_code"_s).toString(u"NG"_s).toUpper();
    if (!Sql(db, u"SELECT 1 FROM countries WHERE code = :code"_s).bind(u":code"_s, country).exists())
        throw ApiError::badRequest(QStringList { u"country_code is not a country"_s });
    const QString now = nowText();
    Transaction tx(db);
    const qint64 id = insertRowReturningId(
            db, u"companies"_s,
            { { u"uuid"_s, QUuid::createUuid().toString(QUuid::WithoutBraces) },
              { u"kind"_s, input.value(u"kind"_s).toString(u"academy"_s) },
              { u"name"_s, input.value(u"name"_s).toString().trimmed() },
              { u"country_code"_s, country },
              { u"state"_s, nullIfEmpty(input.value(u"state"_s)) },
              { u"industry"_s, nullIfEmpty(input.value(u"industry"_s)) },
              { u"website"_s, nullIfEmpty(input.value(u"website"_s)) },
              { u"created_at"_s, now },
              { u"updated_at"_s, now } });
    record(db, by, u"create_company"_s, { { u"company_id"_s, id } });
    tx.commit();
    return company(id);
}

// ---- Talents ----

QJsonObject LmsConsole::talents(const QJsonObject &query, int page, int limit)
{
    SqlFilter filter;
    filter.add(u"u.role = 'talent' AND u.deleted_at IS NULL"_s);
    if (const QString text = query.value(u"q"_s).toString().trimmed(); !text.isEmpty()) {
        filter.addContains(
                { u"LOWER(u.email)"_s, u"LOWER(u.first_name)"_s, u"LOWER(u.last_name)"_s }, text);
    }
    if (query.contains(u"nysc"_s))
        filter.add(u"COALESCE(l.nysc, FALSE) = :nysc"_s, u":nysc"_s,
                   query.value(u"nysc"_s).toBool());
    if (query.contains(u"course_creator"_s))
        filter.add(u"COALESCE(l.course_creator, FALSE) = :creator"_s, u":creator"_s,
                   query.value(u"course_creator"_s).toBool());
    if (const qint64 academy = query.value(u"academy_id"_s).toInteger(); academy > 0)
        filter.add(u"l.academy_id = :academy"_s, u":academy"_s, academy);
    return selectPage(m_context.db(), talentColumns,
                      u"users u LEFT JOIN lms_learners l ON l.user_id = u.id"_s, filter,
                      u"u.created_at DESC, u.id DESC"_s, page, limit,
                      [](Sql &q) { return talentRow(q); });
}

QJsonObject LmsConsole::talentExists(const QString &email)
{
    const std::optional<qint64> account = AccountService::idByEmail(m_context.db(), email);
    const std::optional<qint64> remote = m_lms.provider().findUser(email);
    return { { u"email"_s, email.trimmed().toLower() },
             { u"exists"_s, account.has_value() },
             { u"user_id"_s, account ? QJsonValue(*account) : QJsonValue() },
             { u"exists_in_lms"_s, remote.has_value() },
             { u"lms_user_id"_s, remote ? QJsonValue(*remote) : QJsonValue() },
             { u"provider"_s, m_lms.provider().name() } };
}

QJsonObject LmsConsole::createTalent(const Principal &by, const QJsonObject &input)
{
    QSqlDatabase db = m_context.db();
    const QString email = input.value(u"email"_s).toString().trimmed().toLower();
    qint64 userId = 0;
    {
        Transaction tx(db);
        // Both refusals name their field, so a form shows them beside it.
        if (m_accounts.findByEmail(db, email))
            throw ApiError(409, QStringList { u"email belongs to an account already"_s });
        const QJsonValue academy = input.value(u"academy_id"_s);
        checkAcademy(db, academy);
        NewAccount account;
        account.email = email;
        account.firstName = input.value(u"first_name"_s).toString().trimmed();
        account.lastName = input.value(u"last_name"_s).toString().trimmed();
        account.role = Role::Talent;
        account.countryCode = u"NG"_s;
        account.invitedBy = by.userId;
        userId = m_accounts.create(db, account);
        m_accounts.sendInvitation(db, userId,
                                  { QT_TRANSLATE_NOOP("Mail", "join the learning platform") });
        ensureLearnerRow(db, userId);
        if (input.value(u"nysc"_s).toBool()) {
            Sql(db,
                u"UPDATE lms_learners SET nysc = TRUE, nysc_state_code = :code, nysc_batch = "
                u":batch WHERE user_id = :user"_s)
                    .bind(u":code"_s, nullIfEmpty(input.value(u"nysc_state_code"_s)))
                    .bind(u":batch"_s, nullIfEmpty(input.value(u"nysc_batch"_s)))
                    .bind(u":user"_s, userId)
                    .exec();
        }
        if (!academy.isUndefined() && !academy.isNull()) {
            Sql(db, u"UPDATE lms_learners SET academy_id = :academy WHERE user_id = :user"_s)
                    .bind(u":academy"_s, academy.toInteger())
                    .bind(u":user"_s, userId)
                    .exec();
        }
        record(db, by, u"create_talent"_s, { { u"user_id"_s, userId }, { u"email"_s, email } });
        tx.commit();
    }
    // The LMS user next: the account stands even when the site is down (fix context links it).
    try {
        m_lms.learnerId(userId);
    } catch (const ApiError &) { }
    return m_lms.learnerJson(db, userId);
}

QJsonObject LmsConsole::setCourseCreator(const Principal &by, qint64 userId, bool courseCreator)
{
    QSqlDatabase db = m_context.db();
    Transaction tx(db);
    ensureLearnerRow(db, userId);
    SqlChanges()
            .set(u"course_creator"_s, courseCreator)
            .write(db, u"lms_learners"_s, userId, u"user_id"_s);
    record(db, by, u"course_creator"_s,
           { { u"user_id"_s, userId }, { u"course_creator"_s, courseCreator } });
    tx.commit();
    return m_lms.learnerJson(db, userId);
}

QJsonObject LmsConsole::bulkNysc(const Principal &by, const QJsonObject &input)
{
    QSqlDatabase db = m_context.db();
    const QJsonArray talents = input.value(u"talents"_s).toArray();
    QJsonArray outcomes;
    int updated = 0;
    Transaction tx(db);
    const QString now = nowText();
    // One statement a row, finding the talent and writing their learner row together: a
    // list of thousands holds the database for as short a time as it can.
    const QString provider = m_lms.provider().name();
    for (const QJsonValue &value : talents) {
        const QJsonObject row = value.toObject();
        const QString email = row.value(u"email"_s).toString().trimmed().toLower();
        const std::optional<SqlRow> talent
                = Sql(db,
                      u"INSERT INTO lms_learners (user_id, provider, username, nysc, "
                      u"nysc_state_code, nysc_batch, created_at, updated_at) SELECT id, "
                      u":provider, LOWER(email), :nysc, :code, :batch, :now, :now FROM users "
                      u"WHERE email = :email AND role = 'talent' AND deleted_at IS NULL ON "
                      u"CONFLICT (user_id) DO UPDATE SET nysc = excluded.nysc, nysc_state_code = "
                      u"excluded.nysc_state_code, nysc_batch = excluded.nysc_batch, updated_at = "
                      u"excluded.updated_at RETURNING user_id"_s)
                          .bind(u":provider"_s, provider)
                          .bind(u":nysc"_s, row.value(u"nysc"_s).toBool(true))
                          .bind(u":code"_s, nullIfEmpty(row.value(u"state_code"_s)))
                          .bind(u":batch"_s, nullIfEmpty(row.value(u"batch"_s)))
                          .bind(u":now"_s, now)
                          .bind(u":email"_s, email)
                          .one();
        if (!talent) {
            outcomes.append(QJsonObject { { u"email"_s, email },
                                          { u"outcome"_s, u"not_found"_s },
                                          { u"reason"_s, u"No talent has this email"_s } });
            continue;
        }
        const qint64 userId = talent->id(u"user_id"_s);
        ++updated;
        outcomes.append(QJsonObject {
                { u"email"_s, email }, { u"outcome"_s, u"updated"_s }, { u"user_id"_s, userId } });
    }
    record(db, by, u"bulk_nysc"_s, { { u"rows"_s, talents.size() }, { u"updated"_s, updated } });
    tx.commit();
    return { { u"updated"_s, updated },
             { u"not_found"_s, talents.size() - updated },
             { u"rows"_s, outcomes } };
}

QJsonObject LmsConsole::resetPassword(const Principal &by, qint64 userId)
{
    QSqlDatabase db = m_context.db();
    // The talent gets the usual reset code by mail and chooses the password: nobody else sees one.
    m_accounts.forgotPassword(talentEmail(db, userId));
    record(db, by, u"reset_password"_s, { { u"user_id"_s, userId } });
    return { { u"user_id"_s, userId },
             { u"message"_s, u"A password reset code was mailed to the talent"_s } };
}

QJsonObject LmsConsole::updateUsername(const Principal &by, qint64 userId, const QString &username)
{
    QSqlDatabase db = m_context.db();
    const QString name = username.trimmed().toLower();
    Transaction tx(db);
    ensureLearnerRow(db, userId);
    if (Sql(db, u"SELECT 1 FROM lms_learners WHERE username = :name AND user_id <> :user"_s)
                .bind(u":name"_s, name)
                .bind(u":user"_s, userId)
                .exists())
        throw ApiError(409, QStringList { u"username is taken by another learner"_s });
    SqlChanges().set(u"username"_s, name).write(db, u"lms_learners"_s, userId, u"user_id"_s);
    record(db, by, u"update_username"_s, { { u"user_id"_s, userId }, { u"username"_s, name } });
    tx.commit();
    return m_lms.learnerJson(db, userId);
}

QJsonObject LmsConsole::updateProfile(const Principal &by, qint64 userId, const QJsonObject &input)
{
    refuseBlank(input, { u"first_name"_s, u"last_name"_s });
    QSqlDatabase db = m_context.db();
    Transaction tx(db);
    ensureLearnerRow(db, userId);
    checkAcademy(db, input.value(u"academy_id"_s));
    const QJsonObject before = m_lms.learnerJson(db, userId);
    auto keep = [&](const QString &key) {
        return input.contains(key) ? input.value(key) : before.value(key);
    };
    SqlChanges()
            .set(u"nysc"_s, keep(u"nysc"_s).toBool())
            .set(u"nysc_state_code"_s, nullIfEmpty(keep(u"nysc_state_code"_s)))
            .set(u"nysc_batch"_s, nullIfEmpty(keep(u"nysc_batch"_s)))
            .set(u"academy_id"_s,
                 keep(u"academy_id"_s).isNull() ? noId()
                                                : QVariant(keep(u"academy_id"_s).toInteger()))
            .write(db, u"lms_learners"_s, userId, u"user_id"_s);
    if (input.contains(u"first_name"_s) || input.contains(u"last_name"_s)) {
        SqlChanges()
                .set(u"first_name"_s, keep(u"first_name"_s).toString().trimmed())
                .set(u"last_name"_s, keep(u"last_name"_s).toString().trimmed())
                .write(db, u"users"_s, userId);
    }
    record(db, by, u"update_profile"_s,
           { { u"user_id"_s, userId }, { u"fields"_s, QJsonArray::fromStringList(input.keys()) } });
    tx.commit();
    return m_lms.learnerJson(db, userId);
}

// ---- Log, settings and the sensitive tools ----

QJsonObject LmsConsole::log(const QJsonObject &query, int page, int limit)
{
    SqlFilter filter;
    filter.add(query.value(u"archived"_s).toBool() ? u"archived_at IS NOT NULL"_s
                                                   : u"archived_at IS NULL"_s);
    if (const QString level = query.value(u"level"_s).toString(); !level.isEmpty())
        filter.add(u"level = :level"_s, u":level"_s, level);
    return selectPage(
            m_context.db(), u"id, level, event, message, user_id, created_at, archived_at"_s,
            u"lms_log"_s, filter, u"id DESC"_s, page, limit, [](Sql &q) {
                return jsonOf(q,
                              { .ids = { u"id"_s },
                                .texts = { u"level"_s, u"event"_s, u"message"_s, u"created_at"_s },
                                .optionalTexts = { u"archived_at"_s },
                                .optionalIntegers = { u"user_id"_s } });
            });
}

QJsonObject LmsConsole::archiveLog(const Principal &by)
{
    QSqlDatabase db = m_context.db();
    Transaction tx(db);
    Sql archive(db, u"UPDATE lms_log SET archived_at = :now WHERE archived_at IS NULL"_s);
    archive.bind(u":now"_s, nowText()).exec();
    const int archived = archive.rowsAffected();
    record(db, by, u"clear_log"_s, { { u"archived"_s, archived } });
    tx.commit();
    return { { u"archived"_s, archived },
             { u"message"_s, u"The entries are archived: list them with archived=true"_s } };
}

QJsonObject LmsConsole::environment(const Principal &by)
{
    QJsonArray settings;
    for (const SettingInfo &info : Config::settings()) {
        const QString key = QString::fromLatin1(info.key);
        const QString value = m_context.config.value(key);
        QJsonObject setting { { u"key"_s, key }, { u"secret"_s, info.secret } };
        // A secret is never shown: only whether it is set.
        if (info.secret)
            setting.insert(u"set"_s, !value.isEmpty());
        else
            setting.insert(u"value"_s, value);
        settings.append(setting);
    }
    QJsonObject values;
    QSqlDatabase db = m_context.db();
    {
        Sql q(db, u"SELECT name, value FROM lms_settings ORDER BY name"_s);
        q.exec();
        while (q.next())
            values.insert(q.text(u"name"_s), q.text(u"value"_s));
    }
    record(db, by, u"get_env"_s, {});
    return { { u"provider"_s, m_lms.provider().name() },
             { u"settings"_s, settings },
             { u"values"_s, values } };
}

QJsonObject LmsConsole::setValue(const Principal &by, const QString &name, const QString &value)
{
    static const QRegularExpression valid(u"^[a-z][a-z0-9_.]{1,63}$"_s);
    if (!valid.match(name).hasMatch())
        throw ApiError::badRequest(
                QStringList { u"name must be 2 to 64 lower case letters, digits, _ or ."_s });
    QSqlDatabase db = m_context.db();
    const QString now = nowText();
    Transaction tx(db);
    insertRow(db, u"lms_settings"_s,
              { { u"name"_s, name },
                { u"value"_s, value },
                { u"updated_by"_s, by.userId },
                { u"updated_at"_s, now } },
              onConflictUpdate(u"name"_s, { u"value"_s, u"updated_by"_s, u"updated_at"_s }));
    record(db, by, u"set_value"_s, { { u"name"_s, name }, { u"value"_s, value } });
    tx.commit();
    return { { u"name"_s, name }, { u"value"_s, value }, { u"updated_at"_s, now } };
}

QJsonObject LmsConsole::clearCache(const Principal &by)
{
    m_lms.clearCache();
    record(m_context.db(), by, u"clear_cache"_s, {});
    return { { u"cleared"_s, QJsonArray { u"courses"_s, u"categories"_s } },
             { u"message"_s, u"The course and category lists will be read from the LMS again"_s } };
}

QJsonObject LmsConsole::fixContext(const Principal &by, qint64 userId)
{
    QSqlDatabase db = m_context.db();
    const QJsonObject before = m_lms.learnerJson(db, userId);
    const QJsonObject after = m_lms.resyncLearner(userId);
    record(db, by, u"fix_context"_s,
           { { u"user_id"_s, userId },
             { u"lms_user_id_before"_s, before.value(u"lms_user_id"_s) },
             { u"lms_user_id_after"_s, after.value(u"lms_user_id"_s) } });
    return after;
}

QJsonObject LmsConsole::runQuery(const Principal &by, const QString &sql)
{
    QSqlDatabase db = m_context.db();
    // Recorded before it runs: a refused or failing query is on the record too.
    record(db, by, u"run_query"_s, { { u"sql"_s, sql } });
    const QueryResult result = runReadOnlyQuery(
            *m_context.database, sql, m_context.config.integer(u"lms/query_row_cap"_s),
            m_context.config.integer(u"lms/query_timeout_ms"_s), m_context.keys->databaseRoles);
    return { { u"columns"_s, QJsonArray::fromStringList(result.columns) },
             { u"rows"_s, result.rows },
             { u"row_count"_s, result.rows.size() },
             { u"truncated"_s, result.truncated } };
}

QJsonObject LmsConsole::audit(const QJsonObject &query, int page, int limit)
{
    SqlFilter filter;
    if (const QString action = query.value(u"action"_s).toString(); !action.isEmpty())
        filter.add(u"a.action = :action"_s, u":action"_s, action);
    return selectPage(
            m_context.db(), u"a.id, a.actor_id, a.action, a.detail, a.created_at, u.email"_s,
            u"lms_audit_log a JOIN users u ON u.id = a.actor_id"_s, filter, u"a.id DESC"_s, page,
            limit,
            [](Sql &q) {
                QJsonObject json = jsonOf(q,
                                          { .ids = { u"id"_s, u"actor_id"_s },
                                            .texts = { u"action"_s, u"created_at"_s } });
                json.insert(u"actor_email"_s, q.text(u"email"_s));
                json.insert(u"detail"_s,
                            QJsonDocument::fromJson(q.text(u"detail"_s).toUtf8()).object());
                return json;
            },
            u"lms_audit_log a"_s);
}

} // namespace wn
