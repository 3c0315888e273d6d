// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/http/response.h"
#include "core/sqlpage.h"
#include "internshipservice.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace wn {

struct ServerContext;
struct Principal;

/**
 * @brief A programme's KPIs and how interns stand against them. A programme's KPI weights sum to
 * 100 after every write that sets one; interns (approved applications) submit evidence per KPI;
 * a mentor assigned to the programme scores each submission on the KPI's scale with a comment;
 * an intern's standing is the weighted sum of their scores. Mentors get a dashboard and a
 * calibration of their scores against the programme's, employers a report (JSON or CSV).
 */
class KpiService
{
public:
    KpiService(ServerContext &context, InternshipService &internships);

    // ---- KPIs (the company) ----
    /** Adds KPIs to a programme; refused unless its weights then sum to 100. */
    QJsonObject create(const Principal &by, qint64 internshipId, const QJsonObject &input);
    QJsonObject update(const Principal &by, qint64 id, const QJsonObject &input);
    /** Sets every KPI's weight of a programme at once; they must sum to 100. */
    QJsonObject reweigh(const Principal &by, qint64 internshipId, const QJsonObject &input);
    void remove(const Principal &by, qint64 id);
    /** The KPIs of the caller's company's programmes. */
    QJsonObject companyKpis(const Principal &by, const QJsonObject &query, int page, int limit);
    /** One KPI, for whoever sees its programme. */
    QJsonObject byId(const Principal *viewer, qint64 id);
    /** A programme's KPIs with their total weight. */
    QJsonObject programmeKpis(const Principal *viewer, qint64 internshipId);

    // ---- Submissions ----
    QJsonObject submit(const Principal &intern, qint64 kpiId, const QJsonObject &input);
    /** Submissions the caller reviews: their company's (owner and staff) or their programmes'
     *  (mentors), filtered. */
    QJsonObject submissions(const Principal &by, const QJsonObject &query, int page, int limit);
    /** The intern's own submission for a KPI. */
    QJsonObject mySubmission(const Principal &intern, qint64 kpiId);
    QJsonObject mySubmissions(const Principal &intern, const QJsonObject &query, int page,
                              int limit);
    /** A mentor of the submission's programme scores it; nobody else. */
    QJsonObject score(const Principal &mentor, qint64 submissionId, const QJsonObject &input);

    // ---- Standings and views ----
    /** An intern's weighted standing with the score of each KPI: for the intern, the
     *  programme's mentors and its company. */
    QJsonObject standing(const Principal &viewer, qint64 applicationId);
    /** Every intern's standing in a programme, best first: its company and mentors. */
    QJsonObject programmeStandings(const Principal &viewer, qint64 internshipId);
    /** The programmes the talent is (or was) an intern of, with their standing. */
    QJsonObject enrolled(const Principal &intern, int page, int limit);
    QJsonObject mentorDashboard(const Principal &mentor);
    /** Each mentor's average score against the programme's: its company and mentors. */
    QJsonObject calibration(const Principal &viewer, qint64 internshipId);
    /** Per programme of the caller's company: applications, completion and scores. */
    QJsonObject report(const Principal &by);
    Response reportCsv(const Principal &by);

private:
    struct Kpi
    {
        qint64 id = 0;
        qint64 internshipId = 0;
        qint64 weight = 0;
        qint64 maxScore = 0;
    };
    Kpi loadKpi(QSqlDatabase db, qint64 id);
    /** The programme's KPI weights summed. */
    static qint64 totalWeight(QSqlDatabase db, qint64 internshipId);
    /** Whether @p viewer reviews the programme: its company (owner or staff) or a mentor of it. */
    bool reviews(QSqlDatabase db, const Principal &viewer, const InternshipFacts &internship);
    QJsonObject kpiJson(QSqlDatabase db, qint64 id);
    QJsonObject submissionJson(QSqlDatabase db, qint64 id);
    QJsonObject submissionsPage(QSqlDatabase db, const SqlFilter &filter, int page, int limit);
    QList<QJsonObject> reportRows(const Principal &by);

    ServerContext &m_context;
    InternshipService &m_internships;
};

} // namespace wn
