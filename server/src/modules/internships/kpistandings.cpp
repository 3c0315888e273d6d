// SPDX-License-Identifier: Apache-2.0
// Interns' standings (weighted in SQL), their programmes, the mentors' dashboard, the
// calibration of mentors' scores and the companies' report.
#include "kpiservice.h"

#include "core/auth/companyaccess.h"
#include "core/auth/principal.h"
#include "core/database.h"
#include "core/http/blank.h"
#include "core/http/csv.h"
#include "core/rowjson.h"
#include "core/servercontext.h"
#include "core/storage/storage.h"
#include "internshiprows.h"
#include "modules/accounts/accountservice.h"

#include <wn/common/apierror.h>

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

using namespace Qt::StringLiterals;

namespace wn {

using namespace internshiprows;

namespace {

double rounded(double value)
{
    return std::round(value * 100.0) / 100.0;
}

QJsonValue numberOrNull(const Sql &q, const QString &column)
{
    return q.isNull(column) ? QJsonValue(QJsonValue::Null) : QJsonValue(rounded(q.number(column)));
}

/** An intern's weighted standing, in percent: each KPI's weight times the share of its scale the
 *  score reached, summed; a KPI not scored yet counts nothing. @p application is the alias of an
 *  internship_applications row. */
QString standingSql(const QString &application)
{
    return u"(SELECT CAST(COALESCE(SUM(CAST(sk.weight AS DOUBLE PRECISION) * ss.score "
           u"/ sk.max_score), 0) AS DOUBLE PRECISION) FROM internship_kpis sk "
           u"JOIN kpi_submissions ss ON ss.kpi_id = sk.id AND ss.intern_id = %1.talent_id "
           u"WHERE sk.internship_id = %1.internship_id AND ss.score IS NOT NULL)"_s.arg(application);
}

/** A score as a percent of its KPI's scale. */
QString percentSql(const QString &submission, const QString &kpi)
{
    return u"CAST(%1.score AS DOUBLE PRECISION) * 100 / %2.max_score"_s.arg(submission, kpi);
}

} // namespace

// ---- Standings and views ----

QJsonObject KpiService::standing(const Principal &viewer, qint64 applicationId)
{
    QSqlDatabase db = m_context.db();
    const std::optional<SqlRow> application
            = Sql(db,
                  u"SELECT a.internship_id, a.talent_id, a.status, "_s + standingSql(u"a"_s)
                          + u" AS standing FROM internship_applications a WHERE a.id = :id"_s)
                      .bind(u":id"_s, applicationId)
                      .one();
    const std::optional<InternshipFacts> internship = application
            ? m_internships.load(db, application->id(u"internship_id"_s))
            : std::nullopt;
    const bool mine = application && viewer.role == Role::Talent
            && application->id(u"talent_id"_s) == viewer.userId;
    if (!internship || (!mine && !reviews(db, viewer, *internship)))
        throw ApiError::notFound(u"Application not found"_s);
    const qint64 talentId = application->id(u"talent_id"_s);
    QJsonArray kpis;
    qint64 scoredWeight = 0;
    {
        Sql q(db,
              u"SELECT k.id, k.title, k.weight, k.max_score, s.id AS submission_id, s.score "
              u"FROM internship_kpis k LEFT JOIN kpi_submissions s ON s.kpi_id = k.id "
              u"AND s.intern_id = :talent WHERE k.internship_id = :internship ORDER BY k.id"_s);
        q.bind(u":talent"_s, talentId).bind(u":internship"_s, internship->id).exec();
        while (q.next()) {
            QJsonObject kpi = jsonOf(q,
                                     { .ids = { u"id"_s, u"weight"_s, u"max_score"_s },
                                       .texts = { u"title"_s },
                                       .optionalIntegers = { u"submission_id"_s, u"score"_s } });
            const bool scored = !q.isNull(u"score"_s);
            // The points this KPI adds to the standing: its weight times the share reached.
            kpi.insert(u"points"_s,
                       scored ? QJsonValue(rounded(double(q.id(u"weight"_s)) * q.number(u"score"_s)
                                                   / double(q.id(u"max_score"_s))))
                              : QJsonValue(QJsonValue::Null));
            scoredWeight += scored ? q.id(u"weight"_s) : 0;
            kpis.append(kpi);
        }
    }
    return { { u"application_id"_s, applicationId },
             { u"internship_id"_s, internship->id },
             { u"talent_id"_s, talentId },
             { u"status"_s, application->text(u"status"_s) },
             { u"standing"_s, rounded(application->number(u"standing"_s)) },
             { u"scored_weight"_s, scoredWeight },
             { u"kpis"_s, kpis } };
}

QJsonObject KpiService::programmeStandings(const Principal &viewer, qint64 internshipId)
{
    QSqlDatabase db = m_context.db();
    const std::optional<InternshipFacts> internship = m_internships.load(db, internshipId);
    if (!internship || !reviews(db, viewer, *internship))
        throw ApiError::notFound(u"Internship not found"_s);
    Sql q(db,
          u"SELECT a.id AS application_id, a.status, "_s + standingSql(u"a"_s) + u" AS standing, "_s
                  + AccountService::summaryColumns(u"u"_s, u"talent_"_s)
                  + u" FROM internship_applications a JOIN users u ON u.id = a.talent_id "
                    u"WHERE a.internship_id = :id AND a.status IN ('approved', 'completed') "
                    u"ORDER BY standing DESC, a.id"_s);
    q.bind(u":id"_s, internshipId).exec();
    QJsonArray data;
    const Storage &storage = *m_context.storage;
    while (q.next()) {
        QJsonObject row = jsonOf(q, { .ids = { u"application_id"_s }, .texts = { u"status"_s } });
        row.insert(u"standing"_s, rounded(q.number(u"standing"_s)));
        row.insert(u"talent"_s, AccountService::readSummary(q, storage, u"talent_"_s).toJson());
        data.append(row);
    }
    return { { u"internship_id"_s, internshipId }, { u"data"_s, data } };
}

QJsonObject KpiService::enrolled(const Principal &intern, int pageNumber, int limit)
{
    SqlFilter filter;
    filter.add(u"a.talent_id = :me"_s, u":me"_s, intern.userId);
    filter.add(u"a.status IN ('approved', 'completed')"_s);
    filter.add(u"i.deleted_at IS NULL"_s);
    const Storage &storage = *m_context.storage;
    return selectPage(
            m_context.db(),
            internshipColumns() + u", a.id AS application_id, a.status AS enrolment_status, "_s
                    + standingSql(u"a"_s) + u" AS standing"_s,
            internshipFrom() + u" JOIN internship_applications a ON a.internship_id = i.id"_s,
            filter, u"a.created_at DESC, a.id DESC"_s, pageNumber, limit, [&storage](Sql &q) {
                return QJsonObject {
                    { u"application_id"_s, q.id(u"application_id"_s) },
                    { u"status"_s, q.text(u"enrolment_status"_s) },
                    { u"standing"_s, rounded(q.number(u"standing"_s)) },
                    { u"internship"_s, readInternship(q, storage) },
                };
            });
}

QJsonObject KpiService::mentorDashboard(const Principal &mentor)
{
    QSqlDatabase db = m_context.db();
    if (!Sql(db, u"SELECT 1 FROM internship_mentors WHERE user_id = :me"_s)
                 .bind(u":me"_s, mentor.userId)
                 .exists())
        throw ApiError::forbidden(u"You are not a mentor of any company"_s);
    const QString mine = u"(SELECT ma.internship_id FROM internship_mentor_assignments ma "
                         u"JOIN internship_mentors m ON m.id = ma.mentor_id "
                         u"JOIN internships mi ON mi.id = ma.internship_id "
                         u"WHERE m.user_id = :me AND mi.deleted_at IS NULL)"_s;
    const SqlRow counts
            = Sql(db,
                  u"SELECT (SELECT COUNT(*) FROM internships i WHERE i.id IN %1) AS programmes, "
                  u"(SELECT COUNT(*) FROM internship_applications a WHERE a.internship_id IN %1 "
                  u"AND a.status = 'approved') AS interns, "
                  u"(SELECT COUNT(*) FROM kpi_submissions s JOIN internship_kpis k "
                  u"ON k.id = s.kpi_id WHERE k.internship_id IN %1 AND s.score IS NULL) "
                  u"AS pending_reviews, "
                  u"(SELECT COUNT(*) FROM kpi_submissions s WHERE s.scored_by = :me) AS scored, "
                  u"(SELECT AVG(%2) FROM kpi_submissions s JOIN internship_kpis k "
                  u"ON k.id = s.kpi_id WHERE s.scored_by = :me) AS average_score"_s.arg(
                          mine, percentSql(u"s"_s, u"k"_s)))
                      .bind(u":me"_s, mentor.userId)
                      .single();
    QJsonArray pending;
    {
        Sql q(db,
              u"SELECT "_s + submissionColumns() + u" FROM "_s + submissionFrom()
                      + u" WHERE k.internship_id IN "_s + mine
                      + u" AND s.score IS NULL ORDER BY s.updated_at, s.id LIMIT 10"_s);
        q.bind(u":me"_s, mentor.userId).exec();
        while (q.next())
            pending.append(readSubmission(q, *m_context.storage));
    }
    QJsonObject dashboard = jsonOf(
            counts, { .ids = { u"programmes"_s, u"interns"_s, u"pending_reviews"_s, u"scored"_s } });
    dashboard.insert(u"average_score"_s,
                     counts.isNull(u"average_score"_s)
                             ? QJsonValue(QJsonValue::Null)
                             : QJsonValue(rounded(counts.number(u"average_score"_s))));
    dashboard.insert(u"oldest_pending"_s, pending);
    return dashboard;
}

QJsonObject KpiService::calibration(const Principal &viewer, qint64 internshipId)
{
    QSqlDatabase db = m_context.db();
    const std::optional<InternshipFacts> internship = m_internships.load(db, internshipId);
    if (!internship || !reviews(db, viewer, *internship))
        throw ApiError::notFound(u"Internship not found"_s);
    const QString percent = percentSql(u"s"_s, u"k"_s);
    const SqlRow overall
            = Sql(db,
                  u"SELECT COUNT(*) AS scored, AVG(%1) AS average "
                  u"FROM kpi_submissions s JOIN internship_kpis k ON k.id = s.kpi_id "
                  u"WHERE k.internship_id = :id AND s.score IS NOT NULL"_s.arg(percent))
                      .bind(u":id"_s, internshipId)
                      .single();
    const bool anyScored = !overall.isNull(u"average"_s);
    const double programmeAverage = anyScored ? overall.number(u"average"_s) : 0.0;
    // Every mentor of the programme, and anyone who scored in it before leaving it.
    Sql q(db,
          u"SELECT u.id, u.first_name, u.last_name, g.scored, g.average FROM users u "
          u"LEFT JOIN (SELECT s.scored_by, COUNT(*) AS scored, AVG(%1) AS average "
          u"FROM kpi_submissions s JOIN internship_kpis k ON k.id = s.kpi_id "
          u"WHERE k.internship_id = :id AND s.score IS NOT NULL GROUP BY s.scored_by) g "
          u"ON g.scored_by = u.id WHERE g.scored_by IS NOT NULL OR u.id IN "
          u"(SELECT m.user_id FROM internship_mentor_assignments ma JOIN internship_mentors m "
          u"ON m.id = ma.mentor_id WHERE ma.internship_id = :id) "
          u"ORDER BY u.first_name, u.last_name, u.id"_s.arg(percent));
    q.bind(u":id"_s, internshipId).exec();
    QJsonArray mentors;
    while (q.next()) {
        QJsonObject mentor
                = jsonOf(q, { .ids = { u"id"_s }, .texts = { u"first_name"_s, u"last_name"_s } });
        const bool scored = !q.isNull(u"average"_s);
        mentor.insert(u"scored"_s, scored ? q.id(u"scored"_s) : 0);
        mentor.insert(u"average"_s, numberOrNull(q, u"average"_s));
        // Above zero: more lenient than the programme as a whole; below: harsher.
        mentor.insert(u"difference"_s,
                      scored ? QJsonValue(rounded(q.number(u"average"_s) - programmeAverage))
                             : QJsonValue(QJsonValue::Null));
        mentors.append(mentor);
    }
    return { { u"internship_id"_s, internshipId },
             { u"scored"_s, overall.id(u"scored"_s) },
             { u"programme_average"_s,
               anyScored ? QJsonValue(rounded(programmeAverage)) : QJsonValue(QJsonValue::Null) },
             { u"mentors"_s, mentors } };
}

QList<QJsonObject> KpiService::reportRows(const Principal &by)
{
    Sql q(m_context.db(),
          u"SELECT i.id, i.title, i.slug, i.status, "
          u"(SELECT COUNT(*) FROM internship_applications a WHERE a.internship_id = i.id) "
          u"AS applications, "
          u"(SELECT COUNT(*) FROM internship_applications a WHERE a.internship_id = i.id "
          u"AND a.status = 'applied') AS pending, "
          u"(SELECT COUNT(*) FROM internship_applications a WHERE a.internship_id = i.id "
          u"AND a.status = 'approved') AS approved, "
          u"(SELECT COUNT(*) FROM internship_applications a WHERE a.internship_id = i.id "
          u"AND a.status = 'rejected') AS rejected, "
          u"(SELECT COUNT(*) FROM internship_applications a WHERE a.internship_id = i.id "
          u"AND a.status = 'completed') AS completed, "
          u"(SELECT COUNT(*) FROM internship_kpis k WHERE k.internship_id = i.id) AS kpis, "
          u"(SELECT COUNT(*) FROM kpi_submissions s JOIN internship_kpis k ON k.id = s.kpi_id "
          u"WHERE k.internship_id = i.id) AS submissions, "
          u"(SELECT COUNT(*) FROM kpi_submissions s JOIN internship_kpis k ON k.id = s.kpi_id "
          u"WHERE k.internship_id = i.id AND s.score IS NOT NULL) AS scored, "
          u"(SELECT AVG("_s
                  + standingSql(u"a"_s)
                  + u") FROM internship_applications a WHERE a.internship_id = i.id "
                    u"AND a.status IN ('approved', 'completed')) AS average_standing "
                    u"FROM internships i WHERE i.company_id = :company AND i.deleted_at IS NULL "
                    u"ORDER BY i.created_at DESC, i.id DESC"_s);
    q.bind(u":company"_s, *by.companyId).exec();
    QList<QJsonObject> rows;
    while (q.next()) {
        QJsonObject row = jsonOf(
                q,
                { .ids = { u"id"_s, u"applications"_s, u"pending"_s, u"approved"_s, u"rejected"_s,
                           u"completed"_s, u"kpis"_s, u"submissions"_s, u"scored"_s },
                  .texts = { u"title"_s, u"slug"_s, u"status"_s } });
        const qint64 admitted = q.id(u"approved"_s) + q.id(u"completed"_s);
        row.insert(u"interns"_s, admitted);
        // Percent of the admitted who completed; null while nobody has been admitted.
        row.insert(u"completion_rate"_s,
                   admitted > 0 ? QJsonValue(
                           rounded(double(q.id(u"completed"_s)) * 100.0 / double(admitted)))
                                : QJsonValue(QJsonValue::Null));
        row.insert(u"average_standing"_s, numberOrNull(q, u"average_standing"_s));
        rows.append(row);
    }
    return rows;
}

QJsonObject KpiService::report(const Principal &by)
{
    QJsonArray data;
    for (const QJsonObject &row : reportRows(by))
        data.append(row);
    return { { u"data"_s, data } };
}

Response KpiService::reportCsv(const Principal &by)
{
    static const QStringList columns {
        u"id"_s,       u"title"_s,       u"status"_s,    u"applications"_s,    u"pending"_s,
        u"approved"_s, u"rejected"_s,    u"completed"_s, u"interns"_s,         u"completion_rate"_s,
        u"kpis"_s,     u"submissions"_s, u"scored"_s,    u"average_standing"_s
    };
    QList<QStringList> lines;
    for (const QJsonObject &row : reportRows(by)) {
        QStringList cells;
        for (const QString &column : columns) {
            const QJsonValue value = row.value(column);
            cells.append(value.isString()         ? value.toString()
                                 : value.isNull() ? QString()
                                                  : QString::number(value.toDouble()));
        }
        lines.append(cells);
    }
    return csvDownload(u"internship-report.csv"_s, columns, lines);
}

} // namespace wn
