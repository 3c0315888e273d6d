// SPDX-License-Identifier: Apache-2.0
// ApplicationsService: what applications look like to their talent and their company, one at a
// time, in lists, and summed up on the dashboards.
#include "applicationsservice.h"

#include "core/auth/companyaccess.h"
#include "core/auth/principal.h"
#include "core/database.h"
#include "core/rowjson.h"
#include "core/servercontext.h"
#include "core/sqlpage.h"
#include "core/storage/storage.h"
#include "modules/assessments/scorefilter.h"
#include "modules/companies/companyrefs.h"
#include "modules/jobs/jobsservice.h"
#include "modules/jobs/recommendations.h"
#include "modules/users/profilecompletion.h"

#include <wn/common/apierror.h>

#include <QDate>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

// An application with its job, company and talent, as ApplicationsService::rowJson() reads it.
constexpr auto applicationColumns
        = "a.id, a.status, a.cover_letter, a.answers, a.cv_key, a.rejection_reason, "
          "a.remark, a.remark_note, a.applied_at, a.created_at, a.updated_at, j.id AS job_id, "
          "j.title AS job_title, j.slug AS job_slug, c.id AS company_id, c.name AS company_name, "
          "u.id AS talent_id, u.first_name, u.last_name, u.email, u.wn_id, u.state";
constexpr auto applicationFrom
        = "applications a JOIN jobs j ON j.id = a.job_id "
          "JOIN companies c ON c.id = j.company_id JOIN users u ON u.id = a.talent_id";

} // namespace

QJsonObject ApplicationsService::applicationJson(QSqlDatabase db, qint64 id, bool withTimeline,
                                                 bool forCompany)
{
    QJsonObject json;
    {
        Sql q(db,
              u"SELECT %1 FROM %2 WHERE a.id = :id"_s.arg(QLatin1StringView(applicationColumns),
                                                          QLatin1StringView(applicationFrom)));
        q.bind(u":id"_s, id).exec();
        if (!q.next())
            throw ApiError::notFound(u"Application not found"_s);
        json = rowJson(q, forCompany);
    }
    if (withTimeline)
        json.insert(u"timeline"_s, timelineJson(db, id, forCompany));
    return json;
}

QJsonObject ApplicationsService::applicationsPage(QSqlDatabase db, const SqlFilter &filter,
                                                  const QString &countFrom, const QString &order,
                                                  bool forCompany, int page, int limit)
{
    // Two queries whatever the page size: the count, and the page with everything it shows.
    return selectPage(
            db, QLatin1StringView(applicationColumns), QLatin1StringView(applicationFrom), filter,
            order, page, limit, [this, forCompany](Sql &q) { return rowJson(q, forCompany); },
            countFrom);
}

QJsonObject ApplicationsService::rowJson(const Sql &q, bool forCompany) const
{
    QJsonArray answers = QJsonDocument::fromJson(q.text(u"answers"_s).toUtf8()).array();
    if (!forCompany) {
        // Whether an answer passed screening is the company's business.
        for (qsizetype i = 0; i < answers.size(); ++i) {
            QJsonObject answer = answers.at(i).toObject();
            answer.remove(u"passed"_s);
            answers.replace(i, answer);
        }
    }
    QJsonObject talent = jsonOf(q,
                                { .texts = { u"first_name"_s, u"last_name"_s, u"wn_id"_s },
                                  .optionalTexts = { u"state"_s } });
    talent.insert(u"id"_s, q.id(u"talent_id"_s));
    if (forCompany)
        talent.insert(u"email"_s, q.text(u"email"_s));
    const QString status = q.text(u"status"_s);
    QJsonObject json = jsonOf(
            q,
            { .ids = { u"id"_s },
              .texts = { u"status"_s, u"created_at"_s, u"updated_at"_s },
              .optionalTexts = { u"cover_letter"_s, u"rejection_reason"_s, u"applied_at"_s } });
    json.insert(u"answers"_s, answers);
    json.insert(u"cv_url"_s,
                q.isNull(u"cv_key"_s)
                        ? QJsonValue(QJsonValue::Null)
                        : QJsonValue(m_context.storage->signedUrl(q.text(u"cv_key"_s))));
    QJsonObject job = jsonOf(
            q, { .ids = { u"id"_s }, .texts = { u"title"_s, u"slug"_s }, .prefix = u"job_"_s });
    job.insert(u"company"_s, companyRef(q));
    json.insert(u"job"_s, job);
    json.insert(u"talent"_s, talent);
    // What the viewer may move it to next, so a client offers exactly the allowed actions.
    json.insert(u"next_statuses"_s, QJsonArray::fromStringList(nextStates(status, forCompany)));
    if (forCompany) {
        json.insert(u"remark"_s, q.textOrNull(u"remark"_s));
        json.insert(u"remark_note"_s, q.textOrNull(u"remark_note"_s));
    }
    return json;
}

QJsonArray ApplicationsService::timelineJson(QSqlDatabase db, qint64 id, bool forCompany)
{
    Sql events(
            db,
            u"SELECT e.from_status, e.to_status, e.reason, e.note, e.created_at, u.role, "
            u"u.first_name, u.last_name "
            "FROM application_events e JOIN users u ON u.id = e.actor_id WHERE e.application_id = :id ORDER BY e.id"_s);
    events.bind(u":id"_s, id).exec();
    QJsonArray timeline;
    while (events.next()) {
        QJsonObject event {
            { u"from"_s, events.textOrNull(u"from_status"_s) },
            { u"to"_s, events.text(u"to_status"_s) },
            { u"reason"_s, events.textOrNull(u"reason"_s) },
            { u"at"_s, events.text(u"created_at"_s) },
            { u"by"_s, events.text(u"role"_s) == u"talent"_s ? u"talent"_s : u"company"_s }
        };
        if (forCompany) {
            event.insert(u"note"_s, events.textOrNull(u"note"_s));
            event.insert(
                    u"actor"_s,
                    (events.text(u"first_name"_s) + u' ' + events.text(u"last_name"_s)).trimmed());
        }
        timeline.append(event);
    }
    return timeline;
}

QJsonObject ApplicationsService::get(const Principal &viewer, qint64 applicationId)
{
    QSqlDatabase db = m_context.db();
    const SqlRow found
            = Sql(db,
                  u"SELECT a.talent_id, j.company_id, a.status FROM applications a JOIN jobs j ON j.id = a.job_id WHERE a.id = :id"_s)
                      .bind(u":id"_s, applicationId)
                      .found(u"Application not found"_s);
    const bool own = found.id(u"talent_id"_s) == viewer.userId;
    const bool company = viewer.companyId && *viewer.companyId == found.id(u"company_id"_s)
            && found.text(u"status"_s) != u"draft"_s;
    if (own)
        return applicationJson(db, applicationId, true, false);
    // Checked here, not declared: only an application to the caller's company needs it.
    if (company && companyRoleAllows(db, viewer, u"applications.read"_s))
        return applicationJson(db, applicationId, true, true);
    if (viewer.isStaff())
        return applicationJson(db, applicationId, true, true);
    throw ApiError::notFound(u"Application not found"_s);
}

QJsonObject ApplicationsService::statusForJob(const Principal &talent, qint64 jobId)
{
    Sql q(m_context.db(),
          u"SELECT id, status, applied_at, updated_at FROM applications WHERE job_id = :job AND talent_id = :me"_s);
    q.bind(u":job"_s, jobId).bind(u":me"_s, talent.userId).exec();
    if (!q.next())
        return { { u"job_id"_s, jobId },
                 { u"applied"_s, false },
                 { u"status"_s, QJsonValue::Null },
                 { u"application_id"_s, QJsonValue::Null } };
    return { { u"job_id"_s, jobId },
             { u"applied"_s, q.text(u"status"_s) != u"draft"_s },
             { u"status"_s, q.text(u"status"_s) },
             { u"application_id"_s, q.id(u"id"_s) },
             { u"applied_at"_s, q.textOrNull(u"applied_at"_s) },
             { u"updated_at"_s, q.text(u"updated_at"_s) } };
}

QJsonObject ApplicationsService::mine(const Principal &talent, const QJsonObject &query, int page,
                                      int limit)
{
    SqlFilter filter;
    filter.add(u"a.talent_id = :me"_s, u":me"_s, talent.userId);
    filter.addEqual(query, u"status"_s, u"a.status"_s);
    return applicationsPage(m_context.db(), filter, u"applications a"_s,
                            u"a.updated_at DESC, a.id DESC"_s, false, page, limit);
}

QJsonObject ApplicationsService::jobsNotApplied(const Principal &talent, int page, int limit)
{
    SqlFilter filter;
    filter.add(u"j.status = 'published' AND c.deleted_at IS NULL AND j.deleted_at IS NULL"_s);
    filter.add(
            u"NOT EXISTS (SELECT 1 FROM applications a WHERE a.job_id = j.id AND a.talent_id = :me)"_s,
            u":me"_s, talent.userId);
    return selectPage(
            m_context.db(),
            u"j.id, j.slug, j.title, j.summary, j.job_type, j.work_mode, j.state, j.deadline, "
            u"j.published_at, c.id AS company_id, c.name AS company_name"_s,
            u"jobs j JOIN companies c ON c.id = j.company_id"_s, filter,
            u"j.published_at DESC, j.id DESC"_s, page, limit, [](Sql &q) {
                QJsonObject job = jsonOf(
                        q,
                        { .ids = { u"id"_s },
                          .texts = { u"slug"_s, u"title"_s, u"job_type"_s, u"work_mode"_s },
                          .optionalTexts
                          = { u"summary"_s, u"state"_s, u"deadline"_s, u"published_at"_s } });
                job.insert(u"company"_s, companyRef(q));
                return job;
            });
}

QJsonObject ApplicationsService::applicantsForJob(const Principal &by, qint64 jobId,
                                                  const QJsonObject &query, int page, int limit)
{
    QSqlDatabase db = m_context.db();
    m_jobs.requireOwnJob(db, by, jobId);
    SqlFilter filter;
    filter.add(u"a.job_id = :job"_s, u":job"_s, jobId);
    filter.add(u"a.status <> 'draft'"_s);
    filter.addEqual(query, u"status"_s, u"a.status"_s);
    if (query.contains(u"q"_s)) {
        filter.addContains({ u"LOWER(u.first_name || ' ' || u.last_name)"_s, u"u.email"_s },
                           query.value(u"q"_s).toString());
    }
    if (query.contains(u"skill"_s)) {
        filter.add(
                u"EXISTS (SELECT 1 FROM talent_skills ts WHERE ts.user_id = a.talent_id AND ts.skill_id = :skill)"_s,
                u":skill"_s, query.value(u"skill"_s).toInteger());
    }
    filter.addEqual(query, u"remark"_s, u"a.remark"_s);
    const qint64 company = *by.companyId;
    const std::optional<ScoreFilter> score = ScoreFilter::of(db, query, company);
    QString order = u"a.applied_at DESC, a.id DESC"_s;
    if (score) {
        score->addTo(filter, u"a.talent_id"_s, company);
        order = score->highestFirst(u"a.talent_id"_s) + u", "_s + order;
    }
    QJsonObject listed
            = applicationsPage(db, filter, u"applications a JOIN users u ON u.id = a.talent_id"_s,
                               order, true, page, limit);
    if (!score)
        return listed;
    // Each applicant's score beside them, read for the page at once.
    QJsonArray rows = listed.value(u"data"_s).toArray();
    QList<qint64> talents;
    for (const QJsonValue &row : std::as_const(rows))
        talents.append(row[u"talent"_s][u"id"_s].toInteger());
    const QHash<qint64, double> percents = score->percentsOf(db, talents, company);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QJsonObject row = rows.at(i).toObject();
        row.insert(u"assessment_percent"_s, percents.value(row[u"talent"_s][u"id"_s].toInteger()));
        rows.replace(i, row);
    }
    listed.insert(u"data"_s, rows);
    return listed;
}

QJsonObject ApplicationsService::shortlisted(const Principal &by, const QJsonObject &query,
                                             int page, int limit)
{
    QSqlDatabase db = m_context.db();
    SqlFilter filter;
    filter.add(u"j.company_id = :company"_s, u":company"_s, *by.companyId);
    filter.add(u"a.status = 'shortlisted'"_s);
    filter.addEqual(query, u"job_id"_s, u"a.job_id"_s);
    return applicationsPage(db, filter, u"applications a JOIN jobs j ON j.id = a.job_id"_s,
                            u"a.updated_at DESC, a.id DESC"_s, true, page, limit);
}

QJsonObject ApplicationsService::talentDashboard(const Principal &talent)
{
    QSqlDatabase db = m_context.db();
    QJsonObject byStatus;
    qint64 total = 0;
    {
        Sql q(db,
              u"SELECT status, COUNT(*) AS applications FROM applications WHERE talent_id = :me "
              u"GROUP BY status"_s);
        q.bind(u":me"_s, talent.userId).exec();
        while (q.next()) {
            const QString status = q.text(u"status"_s);
            byStatus.insert(status, q.id(u"applications"_s));
            if (status != u"draft"_s)
                total += q.id(u"applications"_s);
        }
    }
    Sql open(
            db,
            u"SELECT COUNT(*) FROM jobs j WHERE j.status = 'published' AND j.deleted_at IS NULL "
            "AND +j.company_id NOT IN (SELECT id FROM companies WHERE deleted_at IS NOT NULL) AND NOT EXISTS (SELECT 1 FROM applications a WHERE a.job_id = j.id AND a.talent_id = :me)"_s);
    open.bind(u":me"_s, talent.userId);
    const QJsonObject completion = profileCompletion(db, talent.userId);
    Sql unread(db, u"SELECT COUNT(*) FROM notifications WHERE user_id = :me AND read_at IS NULL"_s);
    unread.bind(u":me"_s, talent.userId);
    // Each assessment counts once, however often it was taken.
    Sql assessed(db, u"SELECT COUNT(*) FROM assessment_results WHERE user_id = :me AND latest"_s);
    assessed.bind(u":me"_s, talent.userId);
    const qint64 recommended = recommendJobs(m_context, talent.userId, 1, 1)
                                       .value(u"meta"_s)
                                       .toObject()
                                       .value(u"total"_s)
                                       .toInteger();
    return { { u"applications"_s,
               QJsonObject { { u"total"_s, total }, { u"by_status"_s, byStatus } } },
             { u"recommended_jobs"_s, recommended },
             { u"open_jobs_not_applied"_s, open.scalar().toLongLong() },
             { u"profile_completion"_s, completion.value(u"percentage"_s) },
             { u"next_profile_step"_s, completion.value(u"next"_s) },
             { u"unread_notifications"_s, unread.scalar().toLongLong() },
             { u"assessments_taken"_s, assessed.scalar().toLongLong() } };
}

QJsonObject ApplicationsService::employerDashboard(const Principal &by)
{
    QSqlDatabase db = m_context.db();
    const qint64 company = *by.companyId;
    QJsonObject jobsByStatus;
    {
        Sql jobs(db,
                 u"SELECT status, COUNT(*) AS jobs FROM jobs WHERE company_id = :c AND deleted_at "
                 u"IS NULL GROUP BY status"_s);
        jobs.bind(u":c"_s, company).exec();
        while (jobs.next())
            jobsByStatus.insert(jobs.text(u"status"_s), jobs.id(u"jobs"_s));
    }
    QJsonObject applicantsByStatus;
    qint64 totalApplicants = 0;
    {
        Sql applicants(db,
                       u"SELECT a.status, COUNT(*) AS applications FROM applications a JOIN jobs j "
                       "ON j.id = a.job_id WHERE j.company_id = :c AND a.status <> 'draft' "
                       "GROUP BY a.status"_s);
        applicants.bind(u":c"_s, company).exec();
        while (applicants.next()) {
            applicantsByStatus.insert(applicants.text(u"status"_s),
                                      applicants.id(u"applications"_s));
            totalApplicants += applicants.id(u"applications"_s);
        }
    }
    // Hours from application to the company's first decision; each database spells the difference
    // its own way.
    const QString hours = m_context.database->isPostgres()
            ? u"EXTRACT(EPOCH FROM (CAST(a.first_response_at AS timestamptz) - CAST(a.applied_at AS timestamptz))) / 3600.0"_s
            : u"(julianday(a.first_response_at) - julianday(a.applied_at)) * 24.0"_s;
    const SqlRow response
            = Sql(db,
                  u"SELECT AVG(%1) AS average_hours, COUNT(*) AS answered FROM applications a "
                  "JOIN jobs j ON j.id = a.job_id WHERE j.company_id = :c "
                  "AND a.first_response_at IS NOT NULL AND a.applied_at IS NOT NULL"_s.arg(hours))
                      .bind(u":c"_s, company)
                      .single();
    const QJsonValue averageHours = response.id(u"answered"_s) > 0
            ? QJsonValue(qRound(response.number(u"average_hours"_s) * 10) / 10.0)
            : QJsonValue(QJsonValue::Null);
    Sql daily(
            db,
            u"SELECT SUBSTR(a.applied_at, 1, 10) AS applied_on, COUNT(*) AS applications "
            u"FROM applications a JOIN jobs j ON j.id = a.job_id "
            "WHERE j.company_id = :c AND a.applied_at >= :since GROUP BY SUBSTR(a.applied_at, 1, 10) ORDER BY 1"_s);
    daily.bind(u":c"_s, company)
            .bind(u":since"_s, QDate::currentDate().addDays(-29).toString(Qt::ISODate))
            .exec();
    QJsonArray perDay;
    while (daily.next())
        perDay.append(QJsonObject { { u"date"_s, daily.text(u"applied_on"_s) },
                                    { u"applications"_s, daily.id(u"applications"_s) } });
    return { { u"open_jobs"_s, jobsByStatus.value(u"published"_s).toInteger() },
             { u"jobs_by_status"_s, jobsByStatus },
             { u"applicants"_s,
               QJsonObject { { u"total"_s, totalApplicants },
                             { u"by_status"_s, applicantsByStatus } } },
             { u"average_hours_to_first_response"_s, averageHours },
             { u"applications_last_30_days"_s, perDay } };
}

} // namespace wn
