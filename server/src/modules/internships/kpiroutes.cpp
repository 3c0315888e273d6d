// SPDX-License-Identifier: Apache-2.0
// An internship's KPIs, the interns' evidence and the mentors' scores, the standings they make
// and the reports.
#include "internshipsroutes.h"

#include "internshipservice.h"
#include "kpiservice.h"

#include <wn/common/forms.h>

using namespace Qt::StringLiterals;

namespace wn {

using namespace internshiproutes;

namespace {

Schema kpiSchema(bool creating)
{
    auto need = [creating](const Field &field) { return creating ? field.required() : field; };
    return {
        { u"title"_s, need(Field::string(3, 200)).example(u"Ship the payments endpoint"_s) },
        { u"description"_s, Field::string(0, 5000).nullable() },
        { u"rubric"_s,
          Field::string(0, 5000).nullable().describe(
                  u"What each score means, for the mentors who give it"_s) },
        { u"weight"_s,
          need(Field::integer(1, 100))
                  .describe(u"Percent of the standing; a programme's weights sum to 100"_s) },
        { u"max_score"_s,
          Field::integer(1, 100).describe(u"The top of the rubric's scale (default 5)"_s) },
        { u"due_date"_s, Field::date().nullable() },
    };
}

/** [{kpi_id, weight}]: a weight for each KPI named. */
Field kpiWeights()
{
    return Field::arrayOf(Field::object({ { u"kpi_id"_s, Field::integer().required() },
                                          { u"weight"_s, Field::integer(1, 100).required() } }),
                          20);
}

} // namespace

void installInternshipKpis(Api &api, const std::shared_ptr<InternshipService> &internships,
                           const std::shared_ptr<KpiService> &kpis)
{
    RouteGroup area = internshiproutes::area(api);
    RouteGroup managers
            = area.group({ .access = Access::company(), .permission = u"jobs.create"_s });
    RouteGroup mentors = area.group({ .access = mentorAccess() });
    RouteGroup talent = area.group({ .access = Access::roles(Role::Talent) });

    // ---- KPIs ----

    managers.post(
            u"/internships/{id}/kpis"_s,
            { .seed = { u"KPI > Create KPI"_s },
              .summary = u"Add KPIs to your company's internship (jobs.create): with those it "
                         u"has, their weights must sum to 100; to add to a complete set, give "
                         u"the KPIs it has new weights in weights"_s,
              .body = { { u"kpis"_s, Field::arrayOf(Field::object(kpiSchema(true)), 20).required() },
                        { u"weights"_s,
                          kpiWeights().describe(u"New weights for KPIs the "
                                                u"internship has (optional)"_s) } },
              .status = 201 },
            [kpis](Call &call) {
                return kpis->create(call.principal(), call.pathId(u"id"_s), call.body());
            });

    managers.put(u"/internships/{id}/kpi-weights"_s,
                 { .summary
                   = u"Set the weights of all your internship's KPIs at once; they must sum to "
                     u"100 (jobs.create)"_s,
                   .body = { { u"weights"_s, kpiWeights().required() } } },
                 [kpis](Call &call) {
                     return kpis->reweigh(call.principal(), call.pathId(u"id"_s), call.body());
                 });

    area.get(u"/internship-kpis"_s,
             { .seed = { u"KPI > Get All KPIs"_s },
               .access = Access::company(),
               .summary = u"The KPIs of your company's internships"_s,
               .query = { { u"internship_id"_s, Field::integer() } },
               .paged = true },
             [kpis](Call &call) {
                 return kpis->companyKpis(call.principal(), call.query(), call.page(), call.limit());
             });

    area.get(u"/internship-kpis/{id}"_s,
             { .seed = { u"KPI > Get One KPI By Id"_s },
               .summary = u"One KPI of an internship you can see"_s },
             [kpis](Call &call) { return kpis->byId(call.viewer(), call.pathId(u"id"_s)); });

    managers.patch(u"/internship-kpis/{id}"_s,
                   { .seed = { u"KPI > Update One KPI"_s },
                     .summary
                     = u"Edit a KPI (jobs.create); a weight is accepted only when the weights "
                       u"still sum to 100 (else set them together with kpi-weights)"_s,
                     .body = kpiSchema(false) },
                   [kpis](Call &call) {
                       return kpis->update(call.principal(), call.pathId(u"id"_s), call.body());
                   });

    managers.del(u"/internship-kpis/{id}"_s,
                 { .seed = { u"KPI > Delete One KPI"_s },
                   .summary
                   = u"Delete a KPI nobody submitted for (jobs.create); submissions wait until "
                     u"the weights sum to 100 again"_s },
                 [kpis](Call &call) {
                     kpis->remove(call.principal(), call.pathId(u"id"_s));
                     return Response::noContent();
                 });

    area.get(u"/internships/{id}/kpis"_s,
             { .seed = { u"KPI > Fetch All Internship KPIS"_s },
               .summary = u"An internship's KPIs, their total weight and whether it is 100"_s },
             [kpis](Call &call) {
                 return kpis->programmeKpis(call.viewer(), call.pathId(u"id"_s));
             });

    talent.post(u"/internship-kpis/{id}/submissions"_s,
                { .seed = { u"KPI > Intern KPI Submission"_s },
                  .summary = u"Submit your evidence for a KPI of the internship you are an intern "
                             u"of; until it is scored a new submission replaces it"_s,
                  .body = forms::kpiEvidence(),
                  .status = 201 },
                [kpis](Call &call) {
                    return kpis->submit(call.principal(), call.pathId(u"id"_s), call.body());
                });

    const Schema submissionQuery {
        { u"internship_id"_s, Field::integer() },
        { u"kpi_id"_s, Field::integer() },
        { u"intern_id"_s, Field::integer() },
        { u"status"_s, Field::oneOf({ u"submitted"_s, u"scored"_s }) },
    };
    mentors.get(
            u"/kpi-submissions"_s,
            { .seed = { u"KPI > Get All Submissions"_s },
              .summary = u"Submissions to review: your company's, or those of the internships you "
                         u"mentor"_s,
              .query = submissionQuery,
              .paged = true },
            [kpis](Call &call) {
                return kpis->submissions(call.principal(), call.query(), call.page(), call.limit());
            });

    mentors.get(u"/internship-kpis/{id}/submissions"_s,
                { .seed = { u"KPI > Fetch All Submissions By Kpi ID"_s },
                  .summary = u"The submissions for one KPI you review"_s,
                  .query = { { u"status"_s, Field::oneOf({ u"submitted"_s, u"scored"_s }) } },
                  .paged = true },
                [kpis](Call &call) {
                    QJsonObject query = call.query();
                    query.insert(u"kpi_id"_s, call.pathId(u"id"_s));
                    return kpis->submissions(call.principal(), query, call.page(), call.limit());
                });

    talent.get(u"/internship-kpis/{id}/submissions/mine"_s,
               { .seed = { u"KPI > Candidates Submission By kpi ID"_s },
                 .summary = u"Your submission for a KPI, with its score once given"_s },
               [kpis](Call &call) {
                   return kpis->mySubmission(call.principal(), call.pathId(u"id"_s));
               });

    mentors.post(
            u"/kpi-submissions/{id}/score"_s,
            { .seed = { u"KPI > Mentor to Score Project Submission"_s },
              .summary = u"Score a submission on its KPI's rubric, with a comment: only a mentor "
                         u"of its internship"_s,
              .body
              = { { u"score"_s,
                    Field::integer(0, 100).required().describe(u"From 0 to the KPI's max_score"_s) },
                  { u"comment"_s, Field::string(1, 5000).required() } } },
            [kpis](Call &call) {
                return kpis->score(call.principal(), call.pathId(u"id"_s), call.body());
            });

    // ---- Interns, standings and reports ----

    talent.get(u"/talents/me/internships"_s,
               { .seed = { u"Candidates > View All Enrolled Programs"_s },
                 .summary = u"The internships you were admitted to, with your weighted standing"_s,
                 .paged = true },
               [kpis](Call &call) {
                   return kpis->enrolled(call.principal(), call.page(), call.limit());
               });

    talent.get(u"/talents/me/kpi-submissions"_s,
               { .seed = { u"Candidates > Get All candidate submissions"_s },
                 .summary = u"Your KPI submissions with their scores"_s,
                 .query = { { u"internship_id"_s, Field::integer() } },
                 .paged = true },
               [kpis](Call &call) {
                   return kpis->mySubmissions(call.principal(), call.query(), call.page(),
                                              call.limit());
               });

    area.get(u"/internship-applications/{id}/standing"_s,
             { .access = Access::roles(Role::Talent, Role::Mentor, Role::Employer, Role::Employee),
               .summary = u"An intern's weighted standing, KPI by KPI: for the intern, the "
                          u"internship's mentors and its company"_s },
             [kpis](Call &call) { return kpis->standing(call.principal(), call.pathId(u"id"_s)); });

    mentors.get(u"/internships/{id}/standings"_s,
                { .summary = u"Every intern's standing, best first: for the company and mentors"_s },
                [kpis](Call &call) {
                    return kpis->programmeStandings(call.principal(), call.pathId(u"id"_s));
                });

    mentors.get(u"/internships/{id}/calibration"_s,
                { .summary = u"Each mentor's average score against the internship's, in percent of "
                             u"the KPIs' scales: a harsh or lenient mentor shows"_s },
                [kpis](Call &call) {
                    return kpis->calibration(call.principal(), call.pathId(u"id"_s));
                });

    const Schema internQuery { { u"internship_id"_s, Field::integer() } };
    area.get(u"/employers/me/interns"_s,
             { .seed = { u"Get Employer Talents with Token"_s },
               .access = Access::company(),
               .permission = u"applications.read"_s,
               .summary = u"The talents admitted to your company's internships "
                          u"(applications.read)"_s,
               .query = internQuery,
               .paged = true },
             [internships](Call &call) {
                 return internships->companyInterns(*call.principal().companyId, call.query(),
                                                    call.page(), call.limit());
             });

    area.get(u"/employers/{id}/interns"_s,
             { .seed = { u"Get All Employer Talents"_s },
               .access = Access::staff(),
               .summary = u"The talents admitted to a company's internships, for platform staff"_s,
               .query = internQuery,
               .paged = true },
             [internships](Call &call) {
                 return internships->companyInterns(call.pathId(u"id"_s), call.query(), call.page(),
                                                    call.limit());
             });

    area.get(u"/internship-reports"_s,
             { .seed = { u"Employer Report"_s },
               .access = Access::company(),
               .permission = u"reports.read"_s,
               .summary = u"Per internship of your company: applications, interns, completion, "
                          u"submissions and the average standing; as JSON or CSV "
                          u"(reports.read)"_s,
               .query = { { u"format"_s, Field::oneOf({ u"json"_s, u"csv"_s }) } } },
             [kpis](Call &call) -> Response {
                 if (call.query().value(u"format"_s).toString() == u"csv"_s)
                     return kpis->reportCsv(call.principal());
                 return kpis->report(call.principal());
             });
}

} // namespace wn