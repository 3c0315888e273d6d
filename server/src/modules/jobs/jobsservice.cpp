// SPDX-License-Identifier: Apache-2.0
#include "jobsservice.h"

#include "core/auth/companyaccess.h"
#include "core/auth/principal.h"
#include "core/database.h"
#include "core/http/blank.h"
#include "core/servercontext.h"
#include "core/slug.h"
#include "core/sqlchanges.h"
#include "core/storage/storage.h"
#include "modules/companies/companyrefs.h"
#include "modules/reference/referenceservice.h"
#include "modules/skills/skilltags.h"
#include "modules/webhooks/webhookservice.h"

#include <wn/common/apierror.h>
#include <wn/common/json.h>
#include <wn/common/workflows.h>

#include <QDate>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

constexpr auto jobColumns
        = "j.id, j.slug, j.title, j.summary, j.job_type, j.work_mode, j.career_level, j.industry, "
          "j.country_code, j.state, j.city, j.salary_min, j.salary_max, j.salary_currency, "
          "j.salary_period, "
          "j.openings, j.deadline, j.status, j.published_at, j.closed_at, j.created_at, "
          "j.updated_at, j.company_id, c.name AS company_name, c.logo_key";

QString slugify(const QString &title)
{
    QString slug = title.normalized(QString::NormalizationForm_KD).toLower();
    static const QRegularExpression nonWord(u"[^a-z0-9]+"_s);
    slug.replace(nonWord, u"-"_s);
    while (slug.startsWith(u'-'))
        slug.remove(0, 1);
    while (slug.endsWith(u'-'))
        slug.chop(1);
    slug = slug.left(80);
    while (slug.endsWith(u'-'))
        slug.chop(1);
    return slug.isEmpty() ? u"job"_s : slug;
}

bool canSeeCompanyData(const Principal *viewer, qint64 companyId)
{
    return viewer && (viewer->isStaff() || (viewer->companyId && *viewer->companyId == companyId));
}

} // namespace

JobsService::JobsService(ServerContext &context, std::shared_ptr<JobIndex> index,
                         WebhookService &webhooks, ReferenceService &reference)
    : m_context(context)
    , m_index(std::move(index))
    , m_webhooks(webhooks)
    , m_reference(reference)
{ }

qint64 JobsService::requireOwnJob(QSqlDatabase db, const Principal &by, qint64 jobId)
{
    const std::optional<SqlRow> job
            = Sql(db, u"SELECT company_id FROM jobs WHERE id = :id AND deleted_at IS NULL"_s)
                      .bind(u":id"_s, jobId)
                      .one();
    if (!job || !by.companyId || job->id(u"company_id"_s) != *by.companyId)
        throw ApiError::notFound(u"Job not found"_s);
    return job->id(u"company_id"_s);
}

QLatin1StringView JobsService::cardColumns()
{
    return QLatin1StringView(jobColumns);
}

QHash<qint64, JobsService::Skills> JobsService::skillsOf(QSqlDatabase db, const QList<qint64> &ids)
{
    QHash<qint64, Skills> skills;
    Sql q(db,
          u"SELECT js.job_id, s.id, s.name FROM job_skills js JOIN skills s ON s.id = js.skill_id "
          u"WHERE js.job_id IN (%1) ORDER BY s.name"_s.arg(Sql::placeholders(u"id"_s, ids.size())));
    q.bindEach(u"id"_s, ids).exec();
    while (q.next())
        skills[q.id(u"job_id"_s)].append({ q.id(u"id"_s), q.text(u"name"_s) });
    return skills;
}

JobCard JobsService::cardOf(const Sql &row, const Storage &storage, const Skills &skills)
{
    JobCard card;
    card.id = row.id(u"id"_s);
    card.openings = row.id(u"openings"_s);
    card.slug = row.text(u"slug"_s);
    card.title = row.text(u"title"_s);
    card.jobType = row.text(u"job_type"_s);
    card.workMode = row.text(u"work_mode"_s);
    card.status = row.text(u"status"_s);
    card.createdAt = row.text(u"created_at"_s);
    card.updatedAt = row.text(u"updated_at"_s);
    card.summary = row.optionalText(u"summary"_s);
    card.careerLevel = row.optionalText(u"career_level"_s);
    card.industry = row.optionalText(u"industry"_s);
    card.deadline = row.optionalText(u"deadline"_s);
    card.publishedAt = row.optionalText(u"published_at"_s);
    card.closedAt = row.optionalText(u"closed_at"_s);
    card.location = { row.text(u"country_code"_s), row.optionalText(u"state"_s),
                      row.optionalText(u"city"_s) };
    card.salary = { row.optionalInteger(u"salary_min"_s), row.optionalInteger(u"salary_max"_s),
                    row.text(u"salary_currency"_s), row.text(u"salary_period"_s) };
    card.company = { row.id(u"company_id"_s), row.text(u"company_name"_s),
                     companyLogoUrl(row, storage) };
    card.skills = skills;
    return card;
}

QJsonArray JobsService::jobsJson(QSqlDatabase db, const QList<qint64> &ids)
{
    QJsonArray out;
    if (ids.isEmpty())
        return out;
    // One query for the jobs' skills, one for the jobs: no query per job.
    const QHash<qint64, Skills> skills = skillsOf(db, ids);
    QHash<qint64, QJsonObject> byId;
    Sql q(db,
          u"SELECT %1 FROM jobs j JOIN companies c ON c.id = j.company_id WHERE j.id IN (%2)"_s.arg(
                  cardColumns(), Sql::placeholders(u"id"_s, ids.size())));
    q.bindEach(u"id"_s, ids).exec();
    while (q.next()) {
        const qint64 id = q.id(u"id"_s);
        byId.insert(id, cardOf(q, *m_context.storage, skills.value(id)).toJson());
    }
    for (qint64 id : ids) {
        if (byId.contains(id))
            out.append(byId.value(id));
    }
    return out;
}

QJsonObject JobsService::jobJson(QSqlDatabase db, qint64 id, bool full)
{
    QJsonObject job = json::firstOrNotFound(jobsJson(db, { id }), u"Job not found"_s);
    if (full) {
        const SqlRow texts = Sql(db, u"SELECT description, requirements FROM jobs WHERE id = :id"_s)
                                     .bind(u":id"_s, id)
                                     .single();
        job.insert(u"description"_s, texts.text(u"description"_s));
        job.insert(u"requirements"_s, texts.textOrNull(u"requirements"_s));
        Sql count(db, u"SELECT COUNT(*) FROM job_questions WHERE job_id = :id"_s);
        job.insert(u"question_count"_s, count.bind(u":id"_s, id).scalar().toInt());
    }
    return job;
}

void JobsService::writeSkillsAndQuestions(QSqlDatabase db, const Principal &by, qint64 jobId,
                                          const QJsonObject &input)
{
    if (input.contains(u"skills"_s)) {
        const QList<qint64> ids = skilltags::distinctIds(input.value(u"skills"_s).toArray());
        QStringList unknown;
        for (qint64 id : skilltags::notActive(db, ids))
            unknown.append(QString::number(id));
        if (!unknown.isEmpty())
            throw ApiError::badRequest(QStringList {
                    u"skills contains unknown skill ids: %1"_s.arg(unknown.join(u", "_s)) });
        skilltags::replace(db, u"job_skills"_s, u"job_id"_s, jobId, ids);
    }
    if (input.contains(u"questions"_s)) {
        Sql(db, u"DELETE FROM job_questions WHERE job_id = :job"_s).bind(u":job"_s, jobId).exec();
        int position = 0;
        QList<qint64> seen;
        for (const QJsonValue &value : input.value(u"questions"_s).toArray()) {
            const QJsonObject entry = value.toObject();
            const qint64 questionId = entry.value(u"question_id"_s).toInteger();
            if (seen.contains(questionId))
                continue;
            seen.append(questionId);
            // A job may use the platform's questions and its own company's.
            const bool usable = Sql(db,
                                    u"SELECT 1 FROM prequalification_questions WHERE id = :id AND "
                                    u"deleted_at IS NULL AND active = TRUE "
                                    "AND (company_id IS NULL OR company_id = :company)"_s)
                                        .bind(u":id"_s, questionId)
                                        .bind(u":company"_s, *by.companyId)
                                        .exists();
            if (!usable)
                throw ApiError::badRequest(QStringList {
                        u"questions[%1].question_id is not a question this job can use"_s.arg(
                                position) });
            insertRow(db, u"job_questions"_s,
                      { { u"job_id"_s, jobId },
                        { u"question_id"_s, questionId },
                        { u"position"_s, position++ },
                        { u"required"_s, entry.value(u"required"_s).toBool(true) } });
        }
    }
}

namespace {

void checkJobRules(QSqlDatabase db, const ReferenceService &reference, const QJsonObject &input,
                   const QJsonObject &current = {})
{
    auto value = [&](const QString &key) {
        return input.contains(key) ? input.value(key) : current.value(key);
    };
    const QJsonValue min = value(u"salary_min"_s);
    const QJsonValue max = value(u"salary_max"_s);
    if (min.isDouble() && max.isDouble() && min.toInteger() > max.toInteger())
        throw ApiError::badRequest(
                QStringList { u"salary_max must be greater than or equal to salary_min"_s });
    const QString country = value(u"country_code"_s).toString(u"NG"_s).toUpper();
    if (input.contains(u"country_code"_s) && !reference.isCountry(db, country))
        throw ApiError::badRequest(
                QStringList { u"country_code must be an ISO 3166 country code"_s });
    if (input.contains(u"state"_s) && country == u"NG"_s
        && !input.value(u"state"_s).toString().isEmpty()
        && reference.stateName(db, u"NG"_s, input.value(u"state"_s).toString()).isEmpty())
        throw ApiError::badRequest(
                QStringList { u"state must be one of Nigeria's 36 states or the FCT"_s });
    if (input.contains(u"career_level"_s)) {
        const SqlRow levels
                = Sql(db,
                      u"SELECT COUNT(*) AS listed, SUM(CASE WHEN code = :code THEN 1 ELSE 0 END) "
                      u"AS matching FROM career_levels"_s)
                          .bind(u":code"_s, input.value(u"career_level"_s).toString())
                          .single();
        if (levels.integer(u"listed"_s) > 0 && levels.integer(u"matching"_s) == 0)
            throw ApiError::badRequest(
                    QStringList { u"career_level must be a career level code"_s });
    }
}

} // namespace

QJsonObject JobsService::create(const Principal &by, const QJsonObject &input)
{
    QSqlDatabase db = m_context.db();
    // Publishing at once also needs jobs.publish: it depends on the body, so the endpoint (which
    // declares jobs.create) cannot say it.
    if (input.value(u"publish"_s).toBool() && !companyRoleAllows(db, by, u"jobs.publish"_s))
        throw ApiError::forbidden(
                u"Your company role does not allow this: it needs the jobs.publish permission"_s);
    checkJobRules(db, m_reference, input);
    Transaction tx(db);
    const QString slug = freeSlug(db, u"jobs"_s, slugify(input.value(u"title"_s).toString()));
    QString state = input.value(u"state"_s).toString();
    const QString country = input.value(u"country_code"_s).toString(u"NG"_s).toUpper();
    if (country == u"NG"_s && !state.isEmpty())
        state = m_reference.stateName(db, u"NG"_s, state);
    const QString now = nowText();
    const qint64 id
            = Sql(db,
                  u"INSERT INTO jobs (company_id, created_by, title, slug, summary, description, "
                  u"requirements, job_type, "
                  "work_mode, career_level, industry, country_code, state, state_key, city, "
                  "salary_min, "
                  "salary_max, salary_currency, "
                  "salary_period, openings, deadline, status, created_at, updated_at) VALUES "
                  "(:company, :by, :title, :slug, "
                  ":summary, :description, :requirements, :type, :mode, :level, :industry, "
                  ":country, :state, LOWER(:state), :city, :min, "
                  ":max, :currency, :period, :openings, :deadline, 'draft', :now, :now) RETURNING id"_s)
                      .bind(u":company"_s, *by.companyId)
                      .bind(u":by"_s, by.userId)
                      .bind(u":title"_s, input.value(u"title"_s).toString())
                      .bind(u":slug"_s, slug)
                      .bind(u":summary"_s, input.value(u"summary"_s).toVariant())
                      .bind(u":description"_s, input.value(u"description"_s).toString())
                      .bind(u":requirements"_s, input.value(u"requirements"_s).toVariant())
                      .bind(u":type"_s, input.value(u"job_type"_s).toString())
                      .bind(u":mode"_s, input.value(u"work_mode"_s).toString())
                      .bind(u":level"_s, input.value(u"career_level"_s).toVariant())
                      .bind(u":industry"_s, input.value(u"industry"_s).toVariant())
                      .bind(u":country"_s, country)
                      .bind(u":state"_s, nullIfEmpty(state))
                      .bind(u":city"_s, input.value(u"city"_s).toVariant())
                      .bind(u":min"_s,
                            input.contains(u"salary_min"_s)
                                    ? QVariant(input.value(u"salary_min"_s).toInteger())
                                    : QVariant(QMetaType::fromType<qint64>()))
                      .bind(u":max"_s,
                            input.contains(u"salary_max"_s)
                                    ? QVariant(input.value(u"salary_max"_s).toInteger())
                                    : QVariant(QMetaType::fromType<qint64>()))
                      .bind(u":currency"_s, input.value(u"salary_currency"_s).toString(u"NGN"_s))
                      .bind(u":period"_s, input.value(u"salary_period"_s).toString(u"month"_s))
                      .bind(u":openings"_s, input.value(u"openings"_s).toInteger(1))
                      .bind(u":deadline"_s, input.value(u"deadline"_s).toVariant())
                      .bind(u":now"_s, now)
                      .scalar()
                      .toLongLong();
    writeSkillsAndQuestions(db, by, id, input);
    tx.commit();
    if (input.value(u"publish"_s).toBool())
        return changeStatus(by, id, u"published"_s);
    return jobJson(db, id, true);
}

QJsonObject JobsService::update(const Principal &by, qint64 id, const QJsonObject &input)
{
    refuseBlank(input, { u"title"_s, u"description"_s });
    QSqlDatabase db = m_context.db();
    requireOwnJob(db, by, id);
    const QJsonObject current = jobJson(db, id, false);
    if (current.value(u"status"_s).toString() == u"archived"_s)
        throw ApiError::unprocessable(u"An archived job cannot be edited"_s);
    QJsonObject flat = input;
    flat.insert(u"salary_min"_s,
                input.contains(u"salary_min"_s)
                        ? input.value(u"salary_min"_s)
                        : current.value(u"salary"_s).toObject().value(u"min"_s));
    flat.insert(u"salary_max"_s,
                input.contains(u"salary_max"_s)
                        ? input.value(u"salary_max"_s)
                        : current.value(u"salary"_s).toObject().value(u"max"_s));
    checkJobRules(db, m_reference, input, flat);

    Transaction tx(db);
    SqlChanges changes;
    // Column names come from this list, never from the request.
    changes.setFrom(input,
                    { u"title"_s, u"summary"_s, u"description"_s, u"requirements"_s, u"job_type"_s,
                      u"work_mode"_s, u"career_level"_s, u"industry"_s, u"country_code"_s,
                      u"state"_s, u"city"_s, u"salary_min"_s, u"salary_max"_s, u"salary_currency"_s,
                      u"salary_period"_s, u"openings"_s, u"deadline"_s },
                    [&](const QString &column, const QJsonValue &sent) {
                        QVariant value = sent.toVariant();
                        if (column == u"state"_s && !value.toString().isEmpty()) {
                            const QString name
                                    = m_reference.stateName(db, u"NG"_s, value.toString());
                            if (!name.isEmpty())
                                value = name;
                        }
                        if (column == u"country_code"_s)
                            value = value.toString().toUpper();
                        return value;
                    });
    changes.write(db, u"jobs"_s, id);
    // The state is also kept lower-cased, as the search compares it (state_key).
    if (input.contains(u"state"_s))
        Sql(db, u"UPDATE jobs SET state_key = LOWER(state) WHERE id = :id"_s)
                .bind(u":id"_s, id)
                .exec();
    writeSkillsAndQuestions(db, by, id, input);
    tx.commit();
    return jobJson(db, id, true);
}

QStringList JobsService::nextStatuses(const QString &from)
{
    return jobWorkflow().moves(from, Viewer::Company);
}

QJsonObject JobsService::changeStatus(const Principal &by, qint64 id, const QString &status)
{
    QSqlDatabase db = m_context.db();
    requireOwnJob(db, by, id);
    const SqlRow job = Sql(db, u"SELECT status, deadline FROM jobs WHERE id = :id"_s)
                               .bind(u":id"_s, id)
                               .single();
    const QString from = job.text(u"status"_s);
    const QString deadline = job.text(u"deadline"_s);
    if (from == status)
        return jobJson(db, id, true);
    if (!nextStatuses(from).contains(status))
        throw ApiError::unprocessable(u"A job cannot go from %1 to %2"_s.arg(from, status));
    if (status == u"published"_s && !deadline.isEmpty()
        && QDate::fromString(deadline, Qt::ISODate) < QDate::currentDate())
        throw ApiError::unprocessable(
                u"The application deadline has passed: set a new deadline before publishing"_s);
    const QString now = nowText();
    Transaction tx(db); // the change and its webhook deliveries commit together
    Sql change(
            db,
            u"UPDATE jobs SET status = :to, updated_at = :now, "
            "published_at = CASE WHEN :to = 'published' THEN COALESCE(published_at, :now) ELSE "
            "published_at END, "
            "closed_at = CASE WHEN :to = 'closed' THEN :now ELSE closed_at END WHERE id = :id AND status = :from"_s);
    change.bind(u":to"_s, status)
            .bind(u":now"_s, now)
            .bind(u":id"_s, id)
            .bind(u":from"_s, from)
            .execChanging(
                    ApiError::conflict(u"The job changed meanwhile; reload it and try again"_s));
    if (status == u"published"_s || status == u"closed"_s) {
        const SqlRow named = Sql(db, u"SELECT slug, title FROM jobs WHERE id = :id"_s)
                                     .bind(u":id"_s, id)
                                     .single();
        m_webhooks.emit(db, *by.companyId,
                        status == u"published"_s ? u"job.published"_s : u"job.closed"_s,
                        { { u"job_id"_s, id },
                          { u"slug"_s, named.text(u"slug"_s) },
                          { u"title"_s, named.text(u"title"_s) } });
    }
    tx.commit();
    return jobJson(db, id, true);
}

QJsonObject JobsService::byId(const Principal *viewer, qint64 id)
{
    QSqlDatabase db = m_context.db();
    const SqlRow job
            = Sql(db,
                  u"SELECT j.company_id, CASE WHEN c.deleted_at IS NULL THEN j.status ELSE "
                  u"'company_deleted' END AS visible_status FROM jobs j "
                  "JOIN companies c ON c.id = j.company_id WHERE j.id = :id AND j.deleted_at IS NULL"_s)
                      .bind(u":id"_s, id)
                      .found(u"Job not found"_s);
    if (job.text(u"visible_status"_s) != u"published"_s
        && !canSeeCompanyData(viewer, job.id(u"company_id"_s)))
        throw ApiError::notFound(u"Job not found"_s);
    return jobJson(db, id, true);
}

QJsonObject JobsService::bySlug(const Principal *viewer, const QString &slug)
{
    const SqlRow job = Sql(m_context.db(),
                           u"SELECT id FROM jobs WHERE slug = :slug AND deleted_at IS NULL"_s)
                               .bind(u":slug"_s, slug.left(200))
                               .found(u"Job not found"_s);
    return byId(viewer, job.id(u"id"_s));
}

} // namespace wn
