// SPDX-License-Identifier: Apache-2.0
#include "jobsservice.h"

#include "core/auth/principal.h"
#include "core/database.h"
#include "core/http/api.h"
#include "core/searchcache.h"
#include "core/servercontext.h"
#include "core/storage/storage.h"
#include "modules/onboarding/onboardingservice.h"
#include "modules/reference/referenceroutes.h"
#include "modules/webhooks/webhookservice.h"

#include <wn/common/apierror.h>
#include <wn/common/json.h>

#include <QDate>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

constexpr auto jobColumns
        = "j.id, j.slug, j.title, j.summary, j.job_type, j.work_mode, j.career_level, j.industry, "
          "j.country_code, j.state, j.city, j.salary_min, j.salary_max, j.salary_currency, "
          "j.salary_period, "
          "j.openings, j.deadline, j.status, j.published_at, j.closed_at, j.created_at, "
          "j.updated_at, "
          "c.id, c.name, c.logo_key, j.description, j.requirements, j.company_id";

QJsonValue numberOrNull(const QVariant &value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value.toLongLong());
}

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

JobsService::JobsService(ServerContext &context)
    : m_context(context)
{ }

qint64 JobsService::requireOwnJob(QSqlDatabase db, const Principal &by, qint64 jobId)
{
    Sql q(db, u"SELECT company_id FROM jobs WHERE id = :id AND deleted_at IS NULL"_s);
    q.bind(u":id"_s, jobId).exec();
    if (!q.next() || !by.companyId || q.value(0).toLongLong() != *by.companyId)
        throw ApiError::notFound(u"Job not found"_s);
    return q.value(0).toLongLong();
}

QJsonArray JobsService::jobsJson(QSqlDatabase db, const QList<qint64> &ids)
{
    QJsonArray out;
    if (ids.isEmpty())
        return out;
    // One query for the jobs, one for their skills: no query per job.
    Sql q(db,
          u"SELECT %1 FROM jobs j JOIN companies c ON c.id = j.company_id WHERE j.id IN (%2)"_s.arg(
                  QLatin1StringView(jobColumns), Sql::placeholders(u"id"_s, ids.size())));
    q.bindEach(u"id"_s, ids);
    q.exec();
    QHash<qint64, QJsonObject> byId;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        byId.insert(id,
                    QJsonObject {
                            { u"id"_s, id },
                            { u"slug"_s, q.value(1).toString() },
                            { u"title"_s, q.value(2).toString() },
                            { u"summary"_s, textOrNull(q.value(3)) },
                            { u"job_type"_s, q.value(4).toString() },
                            { u"work_mode"_s, q.value(5).toString() },
                            { u"career_level"_s, textOrNull(q.value(6)) },
                            { u"industry"_s, textOrNull(q.value(7)) },
                            { u"location"_s,
                              QJsonObject { { u"country_code"_s, q.value(8).toString() },
                                            { u"state"_s, textOrNull(q.value(9)) },
                                            { u"city"_s, textOrNull(q.value(10)) } } },
                            { u"salary"_s,
                              QJsonObject { { u"min"_s, numberOrNull(q.value(11)) },
                                            { u"max"_s, numberOrNull(q.value(12)) },
                                            { u"currency"_s, q.value(13).toString() },
                                            { u"period"_s, q.value(14).toString() } } },
                            { u"openings"_s, q.value(15).toInt() },
                            { u"deadline"_s, textOrNull(q.value(16)) },
                            { u"status"_s, q.value(17).toString() },
                            { u"published_at"_s, textOrNull(q.value(18)) },
                            { u"closed_at"_s, textOrNull(q.value(19)) },
                            { u"created_at"_s, q.value(20).toString() },
                            { u"updated_at"_s, q.value(21).toString() },
                            { u"company"_s,
                              QJsonObject { { u"id"_s, q.value(22).toLongLong() },
                                            { u"name"_s, q.value(23).toString() },
                                            { u"logo_url"_s,
                                              q.value(24).isNull()
                                                      ? QJsonValue(QJsonValue::Null)
                                                      : QJsonValue(m_context.storage->url(
                                                              q.value(24).toString())) } } },
                            { u"skills"_s, QJsonArray {} },
                    });
    }
    q.query().finish();
    Sql skills(
            db,
            u"SELECT js.job_id, s.id, s.name FROM job_skills js JOIN skills s ON s.id = js.skill_id WHERE js.job_id IN (%1) ORDER BY s.name"_s
                    .arg(Sql::placeholders(u"id"_s, ids.size())));
    skills.bindEach(u"id"_s, ids);
    skills.exec();
    while (skills.next()) {
        auto it = byId.find(skills.value(0).toLongLong());
        if (it == byId.end())
            continue;
        QJsonArray list = it->value(u"skills"_s).toArray();
        list.append(QJsonObject { { u"id"_s, skills.value(1).toLongLong() },
                                  { u"name"_s, skills.value(2).toString() } });
        it->insert(u"skills"_s, list);
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
        Sql q(db, u"SELECT description, requirements FROM jobs WHERE id = :id"_s);
        q.bind(u":id"_s, id).exec();
        q.next();
        job.insert(u"description"_s, q.value(0).toString());
        job.insert(u"requirements"_s, textOrNull(q.value(1)));
        q.query().finish();
        Sql count(db, u"SELECT COUNT(*) FROM job_questions WHERE job_id = :id"_s);
        job.insert(u"question_count"_s, count.bind(u":id"_s, id).scalar().toInt());
    }
    return job;
}

void JobsService::writeSkillsAndQuestions(QSqlDatabase db, const Principal &by, qint64 jobId,
                                          const QJsonObject &input)
{
    if (input.contains(u"skills"_s)) {
        QList<qint64> ids;
        for (const QJsonValue &id : input.value(u"skills"_s).toArray()) {
            if (!ids.contains(id.toInteger()))
                ids.append(id.toInteger());
        }
        if (!ids.isEmpty()) {
            Sql known(db,
                      u"SELECT id FROM skills WHERE active = TRUE AND id IN (%1)"_s.arg(
                              Sql::placeholders(u"id"_s, ids.size())));
            known.bindEach(u"id"_s, ids);
            known.exec();
            const QList<qint64> found = known.takeIds();
            QStringList unknown;
            for (qint64 id : std::as_const(ids)) {
                if (!found.contains(id))
                    unknown.append(QString::number(id));
            }
            if (!unknown.isEmpty())
                throw ApiError::badRequest(QStringList {
                        u"skills contains unknown skill ids: %1"_s.arg(unknown.join(u", "_s)) });
        }
        Sql(db, u"DELETE FROM job_skills WHERE job_id = :job"_s).bind(u":job"_s, jobId).exec();
        for (qint64 skill : std::as_const(ids))
            Sql(db, u"INSERT INTO job_skills (job_id, skill_id) VALUES (:job, :skill)"_s)
                    .bind(u":job"_s, jobId)
                    .bind(u":skill"_s, skill)
                    .exec();
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
            Sql usable(db,
                       u"SELECT 1 FROM prequalification_questions WHERE id = :id AND deleted_at IS "
                       u"NULL AND active = TRUE "
                       "AND (company_id IS NULL OR company_id = :company)"_s);
            if (!usable.bind(u":id"_s, questionId).bind(u":company"_s, *by.companyId).exec().next())
                throw ApiError::badRequest(QStringList {
                        u"questions[%1].question_id is not a question this job can use"_s.arg(
                                position) });
            usable.query().finish();
            Sql(db,
                u"INSERT INTO job_questions (job_id, question_id, position, required) VALUES (:job, :q, :pos, :req)"_s)
                    .bind(u":job"_s, jobId)
                    .bind(u":q"_s, questionId)
                    .bind(u":pos"_s, position++)
                    .bind(u":req"_s, entry.value(u"required"_s).toBool(true))
                    .exec();
        }
    }
}

namespace {

void checkJobRules(QSqlDatabase db, const QJsonObject &input, const QJsonObject &current = {})
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
    if (input.contains(u"country_code"_s) && !isCountry(db, country))
        throw ApiError::badRequest(
                QStringList { u"country_code must be an ISO 3166 country code"_s });
    if (input.contains(u"state"_s) && country == u"NG"_s
        && !input.value(u"state"_s).toString().isEmpty()
        && stateName(db, u"NG"_s, input.value(u"state"_s).toString()).isEmpty())
        throw ApiError::badRequest(
                QStringList { u"state must be one of Nigeria's 36 states or the FCT"_s });
    if (input.contains(u"career_level"_s)) {
        Sql levels(
                db,
                u"SELECT COUNT(*), SUM(CASE WHEN code = :code THEN 1 ELSE 0 END) FROM career_levels"_s);
        levels.bind(u":code"_s, input.value(u"career_level"_s).toString()).exec();
        levels.next();
        if (levels.value(0).toInt() > 0 && levels.value(1).toInt() == 0)
            throw ApiError::badRequest(
                    QStringList { u"career_level must be a career level code"_s });
    }
}

} // namespace

QJsonObject JobsService::create(const Principal &by, const QJsonObject &input)
{
    QSqlDatabase db = m_context.db();
    if (!OnboardingService::hasCompanyPermission(db, by, u"jobs.create"_s))
        throw ApiError::forbidden(u"Your company role does not allow creating jobs (jobs.create)"_s);
    checkJobRules(db, input);
    Transaction tx(db);
    const QString base = slugify(input.value(u"title"_s).toString());
    QString slug = base;
    for (int n = 2;; ++n) {
        Sql taken(db, u"SELECT 1 FROM jobs WHERE slug = :slug"_s);
        if (!taken.bind(u":slug"_s, slug).exec().next())
            break;
        slug = base + u'-' + QString::number(n);
    }
    QString state = input.value(u"state"_s).toString();
    const QString country = input.value(u"country_code"_s).toString(u"NG"_s).toUpper();
    if (country == u"NG"_s && !state.isEmpty())
        state = stateName(db, u"NG"_s, state);
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
                      .bind(u":state"_s,
                            state.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                            : QVariant(state))
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
    QSqlDatabase db = m_context.db();
    requireOwnJob(db, by, id);
    if (!OnboardingService::hasCompanyPermission(db, by, u"jobs.create"_s))
        throw ApiError::forbidden(u"Your company role does not allow editing jobs (jobs.create)"_s);
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
    checkJobRules(db, input, flat);

    // Column names come from this list, never from the request.
    static const QList<QPair<QString, QString>> columns {
        { u"title"_s, u"title"_s },
        { u"summary"_s, u"summary"_s },
        { u"description"_s, u"description"_s },
        { u"requirements"_s, u"requirements"_s },
        { u"job_type"_s, u"job_type"_s },
        { u"work_mode"_s, u"work_mode"_s },
        { u"career_level"_s, u"career_level"_s },
        { u"industry"_s, u"industry"_s },
        { u"country_code"_s, u"country_code"_s },
        { u"state"_s, u"state"_s },
        { u"city"_s, u"city"_s },
        { u"salary_min"_s, u"salary_min"_s },
        { u"salary_max"_s, u"salary_max"_s },
        { u"salary_currency"_s, u"salary_currency"_s },
        { u"salary_period"_s, u"salary_period"_s },
        { u"openings"_s, u"openings"_s },
        { u"deadline"_s, u"deadline"_s }
    };
    Transaction tx(db);
    for (const auto &[field, column] : columns) {
        if (!input.contains(field))
            continue;
        QVariant value = input.value(field).toVariant();
        if (field == u"state"_s && !value.toString().isEmpty())
            value = stateName(db, u"NG"_s, value.toString()).isEmpty()
                    ? value
                    : QVariant(stateName(db, u"NG"_s, value.toString()));
        if (field == u"country_code"_s)
            value = value.toString().toUpper();
        // The state is also kept lower-cased, as the search compares it (state_key).
        const QString alsoKey = column == u"state"_s ? u", state_key = LOWER(:value)"_s : QString();
        Sql(db,
            u"UPDATE jobs SET %1 = :value%2, updated_at = :now WHERE id = :id"_s.arg(column,
                                                                                     alsoKey))
                .bind(u":value"_s, value)
                .bind(u":now"_s, nowText())
                .bind(u":id"_s, id)
                .exec();
    }
    writeSkillsAndQuestions(db, by, id, input);
    tx.commit();
    m_context.searchCache->clear();
    return jobJson(db, id, true);
}

QStringList JobsService::nextStatuses(const QString &from)
{
    static const QHash<QString, QStringList> allowed {
        { u"draft"_s, { u"published"_s, u"archived"_s } },
        { u"published"_s, { u"closed"_s } },
        { u"closed"_s, { u"published"_s, u"archived"_s } },
        { u"archived"_s, {} },
    };
    return allowed.value(from);
}

QJsonObject JobsService::changeStatus(const Principal &by, qint64 id, const QString &status)
{
    QSqlDatabase db = m_context.db();
    requireOwnJob(db, by, id);
    if (!OnboardingService::hasCompanyPermission(db, by, u"jobs.publish"_s))
        throw ApiError::forbidden(
                u"Your company role does not allow publishing or closing jobs (jobs.publish)"_s);
    Sql q(db, u"SELECT status, deadline FROM jobs WHERE id = :id"_s);
    q.bind(u":id"_s, id).exec();
    q.next();
    const QString from = q.value(0).toString();
    const QString deadline = q.value(1).toString();
    q.query().finish();
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
            .exec();
    if (change.rowsAffected() != 1)
        throw ApiError::conflict(u"The job changed meanwhile; reload it and try again"_s);
    if (status == u"published"_s || status == u"closed"_s) {
        Sql slug(db, u"SELECT slug, title FROM jobs WHERE id = :id"_s);
        slug.bind(u":id"_s, id).exec();
        slug.next();
        WebhookService(m_context).emit(
                db, *by.companyId, status == u"published"_s ? u"job.published"_s : u"job.closed"_s,
                { { u"job_id"_s, id },
                  { u"slug"_s, slug.value(0).toString() },
                  { u"title"_s, slug.value(1).toString() } });
    }
    tx.commit();
    m_context.searchCache->clear(); // the public search's totals change with it
    return jobJson(db, id, true);
}

QJsonObject JobsService::byId(const Principal *viewer, qint64 id)
{
    QSqlDatabase db = m_context.db();
    Sql q(db,
          u"SELECT j.company_id, CASE WHEN c.deleted_at IS NULL THEN j.status ELSE "
          u"'company_deleted' END FROM jobs j "
          "JOIN companies c ON c.id = j.company_id WHERE j.id = :id AND j.deleted_at IS NULL"_s);
    q.bind(u":id"_s, id).exec();
    if (!q.next())
        throw ApiError::notFound(u"Job not found"_s);
    if (q.value(1).toString() != u"published"_s
        && !canSeeCompanyData(viewer, q.value(0).toLongLong()))
        throw ApiError::notFound(u"Job not found"_s);
    q.query().finish();
    return jobJson(db, id, true);
}

QJsonObject JobsService::bySlug(const Principal *viewer, const QString &slug)
{
    Sql q(m_context.db(), u"SELECT id FROM jobs WHERE slug = :slug AND deleted_at IS NULL"_s);
    q.bind(u":slug"_s, slug.left(200)).exec();
    if (!q.next())
        throw ApiError::notFound(u"Job not found"_s);
    return byId(viewer, q.value(0).toLongLong());
}

QJsonArray JobsService::questions(const Principal *viewer, qint64 jobId)
{
    byId(viewer, jobId); // visibility
    Sql q(m_context.db(),
          u"SELECT p.id, p.question, p.kind, p.options, jq.required FROM job_questions jq "
          "JOIN prequalification_questions p ON p.id = jq.question_id WHERE jq.job_id = :job ORDER BY jq.position"_s);
    q.bind(u":job"_s, jobId).exec();
    QJsonArray out;
    // The expected answers stay with the employer: applicants see the questions only.
    while (q.next()) {
        out.append(QJsonObject {
                { u"id"_s, q.value(0).toLongLong() },
                { u"question"_s, q.value(1).toString() },
                { u"kind"_s, q.value(2).toString() },
                { u"options"_s, QJsonDocument::fromJson(q.value(3).toString().toUtf8()).array() },
                { u"required"_s, q.value(4).toBool() } });
    }
    return out;
}

QJsonObject JobsService::listPage(QSqlDatabase db, const QString &where,
                                  const QList<QPair<QString, QVariant>> &values,
                                  const QString &order, int page, int limit, bool withCounts,
                                  bool cacheCount)
{
    // The public search's totals come from the cache when the same search was counted lately.
    QString key;
    std::optional<qint64> knownTotal;
    const quint64 generation = m_context.searchCache->generation();
    if (cacheCount) {
        key = where;
        for (const auto &[name, value] : values)
            key += u'\x1f' + name + u'=' + value.toString();
        knownTotal = m_context.searchCache->count(key);
    }
    qint64 total = 0;
    if (knownTotal) {
        total = *knownTotal;
    } else {
        Sql count(db, u"SELECT COUNT(*) FROM jobs j"_s + where);
        for (const auto &[name, value] : values)
            count.bind(name, value);
        total = count.scalar().toLongLong();
        if (cacheCount)
            m_context.searchCache->storeCount(key, total, generation);
    }
    Sql ids(db,
            u"SELECT j.id FROM jobs j"_s + where + u" ORDER BY "_s + order
                    + u" LIMIT :limit OFFSET :offset"_s);
    for (const auto &[name, value] : values)
        ids.bind(name, value);
    ids.bind(u":limit"_s, limit).bind(u":offset"_s, qint64(page - 1) * limit).exec();
    const QList<qint64> found = ids.takeIds();
    QJsonArray data = jobsJson(db, found);
    if (withCounts && !found.isEmpty()) {
        Sql counts(
                db,
                u"SELECT job_id, status, COUNT(*) FROM applications WHERE job_id IN (%1) GROUP BY job_id, status"_s
                        .arg(Sql::placeholders(u"id"_s, found.size())));
        counts.bindEach(u"id"_s, found);
        counts.exec();
        QHash<qint64, QJsonObject> byJob;
        while (counts.next())
            byJob[counts.value(0).toLongLong()].insert(counts.value(1).toString(),
                                                       counts.value(2).toLongLong());
        for (qsizetype i = 0; i < data.size(); ++i) {
            QJsonObject job = data.at(i).toObject();
            const QJsonObject perStatus = byJob.value(job.value(u"id"_s).toInteger());
            // The company's own view: what it may move the job to, for a client to offer.
            job.insert(u"next_statuses"_s,
                       QJsonArray::fromStringList(nextStatuses(job.value(u"status"_s).toString())));
            qint64 total = 0;
            for (const QJsonValue &n : perStatus)
                total += n.toInteger();
            job.insert(u"applicants"_s,
                       QJsonObject { { u"total"_s, total }, { u"by_status"_s, perStatus } });
            data.replace(i, job);
        }
    }
    return pageOf(data, page, limit, total);
}

QJsonObject JobsService::search(const QJsonObject &query, int page, int limit)
{
    // A deleted company's jobs are gone with it: the deleted companies are few, and an index
    // lists them (migration 0014). The unary + keeps SQLite from driving the search by company.
    QString where = u" WHERE j.status = 'published' AND j.deleted_at IS NULL AND +j.company_id "
                    "NOT IN (SELECT id FROM companies WHERE deleted_at IS NOT NULL)"_s;
    QList<QPair<QString, QVariant>> values;
    auto add = [&](const QString &clause, const QString &name, const QVariant &value) {
        where += u" AND "_s + clause;
        values.append({ name, value });
    };
    if (query.contains(u"q"_s)) {
        // Words read a trigram index of title and summary (migration 0013). PostgreSQL's LIKE
        // escapes with a backslash by default. On SQLite, words of three characters or more are
        // a phrase of the index: each trigram of the words, in a row, found from the index alone
        // (a LIKE reads each candidate's text to confirm it, four times the work for common
        // words); quoted, nothing in them is query syntax. Shorter words have no trigram and
        // are a LIKE, which the index serves only without an ESCAPE clause.
        const QString words = query.value(u"q"_s).toString().toLower();
        if (m_context.database->isPostgres()) {
            add(u"(LOWER(j.title) || chr(10) || LOWER(COALESCE(j.summary, ''))) LIKE :q"_s, u":q"_s,
                likePattern(words));
        } else if (words.toUcs4().size() >= 3) {
            add(u"j.id IN (SELECT rowid FROM job_words WHERE job_words MATCH :q)"_s, u":q"_s,
                u'"' + QString(words).replace(u'"', u"\"\""_s) + u'"');
        } else if (words.contains(u'%') || words.contains(u'_') || words.contains(u'\\')) {
            add(u"j.id IN (SELECT rowid FROM job_words WHERE words LIKE :q ESCAPE '\\')"_s, u":q"_s,
                likePattern(words));
        } else {
            add(u"j.id IN (SELECT rowid FROM job_words WHERE words LIKE :q)"_s, u":q"_s,
                u'%' + words + u'%');
        }
    }
    if (query.contains(u"state"_s))
        add(u"j.state_key = :state"_s, u":state"_s, query.value(u"state"_s).toString().toLower());
    if (query.contains(u"country"_s))
        add(u"j.country_code = :country"_s, u":country"_s,
            query.value(u"country"_s).toString().toUpper());
    if (query.contains(u"work_mode"_s))
        add(u"j.work_mode = :mode"_s, u":mode"_s, query.value(u"work_mode"_s).toString());
    if (query.value(u"remote"_s).toBool())
        where += u" AND j.work_mode = 'remote'"_s;
    if (query.contains(u"job_type"_s))
        add(u"j.job_type = :type"_s, u":type"_s, query.value(u"job_type"_s).toString());
    if (query.contains(u"career_level"_s))
        add(u"j.career_level = :level"_s, u":level"_s, query.value(u"career_level"_s).toString());
    if (query.contains(u"industry"_s))
        add(u"j.industry = :industry"_s, u":industry"_s, query.value(u"industry"_s).toString());
    if (query.contains(u"salary_min"_s))
        add(u"j.salary_max >= :smin"_s, u":smin"_s, query.value(u"salary_min"_s).toInteger());
    if (query.contains(u"salary_max"_s))
        add(u"j.salary_min <= :smax"_s, u":smax"_s, query.value(u"salary_max"_s).toInteger());
    if (query.contains(u"posted_since"_s))
        add(u"j.published_at >= :since"_s, u":since"_s, query.value(u"posted_since"_s).toString());
    if (query.contains(u"company_id"_s))
        add(u"j.company_id = :company"_s, u":company"_s, query.value(u"company_id"_s).toInteger());
    if (query.contains(u"skill"_s))
        add(u"EXISTS (SELECT 1 FROM job_skills js WHERE js.job_id = j.id AND js.skill_id = :skill)"_s,
            u":skill"_s, query.value(u"skill"_s).toInteger());
    static const QHash<QString, QString> orders {
        { u"newest"_s, u"j.published_at DESC, j.id DESC"_s },
        { u"salary"_s, u"j.salary_max DESC, j.id DESC"_s },
        { u"deadline"_s, u"j.deadline ASC, j.id DESC"_s }
    };
    return listPage(m_context.db(), where, values,
                    orders.value(query.value(u"sort"_s).toString(u"newest"_s)), page, limit, false,
                    true);
}

QJsonObject JobsService::companyJobs(const Principal &by, const QJsonObject &query, int page,
                                     int limit)
{
    QString where = u" WHERE j.company_id = :company AND j.deleted_at IS NULL"_s;
    QList<QPair<QString, QVariant>> values { { u":company"_s, *by.companyId } };
    if (query.contains(u"status"_s)) {
        where += u" AND j.status = :status"_s;
        values.append({ u":status"_s, query.value(u"status"_s).toString() });
    }
    if (query.contains(u"q"_s)) {
        where += u" AND LOWER(j.title) LIKE :q ESCAPE '\\'"_s;
        values.append({ u":q"_s, likePattern(query.value(u"q"_s).toString().toLower()) });
    }
    return listPage(m_context.db(), where, values, u"j.created_at DESC, j.id DESC"_s, page, limit,
                    true);
}

QJsonObject JobsService::publishedBy(qint64 companyId, int page, int limit)
{
    Sql exists(m_context.db(), u"SELECT 1 FROM companies WHERE id = :id AND deleted_at IS NULL"_s);
    if (!exists.bind(u":id"_s, companyId).exec().next())
        throw ApiError::notFound(u"Company not found"_s);
    exists.query().finish();
    return listPage(
            m_context.db(),
            u" WHERE j.company_id = :company AND j.status = 'published' AND j.deleted_at IS NULL"_s,
            { { u":company"_s, companyId } }, u"j.published_at DESC, j.id DESC"_s, page, limit,
            false);
}

QJsonObject JobsService::all(const QJsonObject &query, int page, int limit)
{
    QString where = u" WHERE j.deleted_at IS NULL"_s;
    QList<QPair<QString, QVariant>> values;
    if (query.contains(u"status"_s)) {
        where += u" AND j.status = :status"_s;
        values.append({ u":status"_s, query.value(u"status"_s).toString() });
    }
    if (query.contains(u"q"_s)) {
        where += u" AND LOWER(j.title) LIKE :q ESCAPE '\\'"_s;
        values.append({ u":q"_s, likePattern(query.value(u"q"_s).toString().toLower()) });
    }
    return listPage(m_context.db(), where, values, u"j.created_at DESC, j.id DESC"_s, page, limit,
                    true);
}

QuestionsService::QuestionsService(ServerContext &context)
    : m_context(context)
{ }

namespace {

QJsonObject questionJson(Sql &q)
{
    return { { u"id"_s, q.value(0).toLongLong() },
             { u"scope"_s, q.value(1).isNull() ? u"platform"_s : u"company"_s },
             { u"company_id"_s, numberOrNull(q.value(1)) },
             { u"question"_s, q.value(2).toString() },
             { u"kind"_s, q.value(3).toString() },
             { u"options"_s, QJsonDocument::fromJson(q.value(4).toString().toUtf8()).array() },
             { u"expected_answer"_s, textOrNull(q.value(5)) },
             { u"active"_s, q.value(6).toBool() },
             { u"created_at"_s, q.value(7).toString() },
             { u"updated_at"_s, q.value(8).toString() } };
}

constexpr auto questionColumns = "id, company_id, question, kind, options, expected_answer, "
                                 "active, created_at, updated_at";

void checkQuestion(const QJsonObject &input, const QString &kind)
{
    const QJsonArray options = input.value(u"options"_s).toArray();
    if (kind == u"single_choice"_s && options.size() < 2)
        throw ApiError::badRequest(QStringList {
                u"options must list at least 2 choices for a single_choice question"_s });
    if (input.contains(u"expected_answer"_s) && kind == u"single_choice"_s
        && !options.contains(input.value(u"expected_answer"_s)))
        throw ApiError::badRequest(QStringList { u"expected_answer must be one of the options"_s });
    if (input.contains(u"expected_answer"_s) && kind == u"yes_no"_s
        && input.value(u"expected_answer"_s) != u"yes"_s
        && input.value(u"expected_answer"_s) != u"no"_s)
        throw ApiError::badRequest(
                QStringList { u"expected_answer must be yes or no for a yes_no question"_s });
}

} // namespace

QJsonObject QuestionsService::create(const Principal &by, const QJsonObject &input)
{
    QSqlDatabase db = m_context.db();
    const bool platform = by.role == Role::Admin || by.role == Role::SuperAdmin;
    if (!platform && !OnboardingService::hasCompanyPermission(db, by, u"jobs.create"_s))
        throw ApiError::forbidden(
                u"Your company role does not allow writing job questions (jobs.create)"_s);
    const QString kind = input.value(u"kind"_s).toString();
    checkQuestion(input, kind);
    const QString now = nowText();
    const qint64 id
            = Sql(db,
                  u"INSERT INTO prequalification_questions (company_id, question, kind, options, "
                  u"expected_answer, active, "
                  "created_by, created_at, updated_at) VALUES (:company, :question, :kind, "
                  ":options, :expected, TRUE, :by, :now, :now) "
                  "RETURNING id"_s)
                      .bind(u":company"_s,
                            platform ? QVariant(QMetaType::fromType<qint64>())
                                     : QVariant(*by.companyId))
                      .bind(u":question"_s, input.value(u"question"_s).toString())
                      .bind(u":kind"_s, kind)
                      .bind(u":options"_s,
                            QString::fromUtf8(json::compact(input.value(u"options"_s).toArray())))
                      .bind(u":expected"_s, input.value(u"expected_answer"_s).toVariant())
                      .bind(u":by"_s, by.userId)
                      .bind(u":now"_s, now)
                      .scalar()
                      .toLongLong();
    return one(by, id);
}

QJsonObject QuestionsService::list(const Principal &by, int page, int limit)
{
    QSqlDatabase db = m_context.db();
    // Everyone sees the platform's questions; a company also sees its own.
    const QString where = by.companyId
            ? u" WHERE deleted_at IS NULL AND (company_id IS NULL OR company_id = :company)"_s
            : u" WHERE deleted_at IS NULL AND company_id IS NULL"_s;
    Sql count(db, u"SELECT COUNT(*) FROM prequalification_questions"_s + where);
    Sql rows(db,
             u"SELECT %1 FROM prequalification_questions"_s.arg(QLatin1StringView(questionColumns))
                     + where + u" ORDER BY id LIMIT :limit OFFSET :offset"_s);
    if (by.companyId) {
        count.bind(u":company"_s, *by.companyId);
        rows.bind(u":company"_s, *by.companyId);
    }
    const qint64 total = count.scalar().toLongLong();
    rows.bind(u":limit"_s, limit).bind(u":offset"_s, qint64(page - 1) * limit).exec();
    QJsonArray data;
    while (rows.next())
        data.append(questionJson(rows));
    return pageOf(data, page, limit, total);
}

QJsonObject QuestionsService::one(const Principal &by, qint64 id)
{
    Sql q(m_context.db(),
          u"SELECT %1 FROM prequalification_questions WHERE id = :id AND deleted_at IS NULL"_s.arg(
                  QLatin1StringView(questionColumns)));
    q.bind(u":id"_s, id).exec();
    if (!q.next()
        || (!q.value(1).isNull() && (!by.companyId || *by.companyId != q.value(1).toLongLong())))
        throw ApiError::notFound(u"Question not found"_s);
    return questionJson(q);
}

void QuestionsService::requireEditable(QSqlDatabase db, const Principal &by, qint64 id)
{
    const QJsonObject question = one(by, id);
    const bool platform = question.value(u"scope"_s).toString() == u"platform"_s;
    const bool admin = by.role == Role::Admin || by.role == Role::SuperAdmin;
    if (platform && !admin)
        throw ApiError::forbidden(u"Only admins edit the platform's questions"_s);
    if (!platform && !OnboardingService::hasCompanyPermission(db, by, u"jobs.create"_s))
        throw ApiError::forbidden(
                u"Your company role does not allow writing job questions (jobs.create)"_s);
}

QJsonObject QuestionsService::update(const Principal &by, qint64 id, const QJsonObject &input)
{
    QSqlDatabase db = m_context.db();
    requireEditable(db, by, id);
    const QJsonObject current = one(by, id);
    QJsonObject merged = current;
    for (auto it = input.begin(); it != input.end(); ++it)
        merged.insert(it.key(), it.value());
    checkQuestion(merged, merged.value(u"kind"_s).toString());
    Transaction tx(db);
    static const QStringList columns { u"question"_s, u"kind"_s, u"expected_answer"_s, u"active"_s };
    for (const QString &column : columns) {
        if (input.contains(column)) {
            Sql(db,
                u"UPDATE prequalification_questions SET %1 = :v, updated_at = :now WHERE id = :id"_s
                        .arg(column))
                    .bind(u":v"_s, input.value(column).toVariant())
                    .bind(u":now"_s, nowText())
                    .bind(u":id"_s, id)
                    .exec();
        }
    }
    if (input.contains(u"options"_s)) {
        Sql(db,
            u"UPDATE prequalification_questions SET options = :v, updated_at = :now WHERE id = :id"_s)
                .bind(u":v"_s, QString::fromUtf8(json::compact(input.value(u"options"_s).toArray())))
                .bind(u":now"_s, nowText())
                .bind(u":id"_s, id)
                .exec();
    }
    tx.commit();
    return one(by, id);
}

void QuestionsService::remove(const Principal &by, qint64 id)
{
    QSqlDatabase db = m_context.db();
    requireEditable(db, by, id);
    // Jobs that ask it keep their history; it just stops being offered.
    Sql(db,
        u"UPDATE prequalification_questions SET deleted_at = :now, active = FALSE WHERE id = :id"_s)
            .bind(u":now"_s, nowText())
            .bind(u":id"_s, id)
            .exec();
}

} // namespace wn
