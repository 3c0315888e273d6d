// SPDX-License-Identifier: Apache-2.0
// Taking an assessment (attempts under the server's clock, answers, submission), its results
// and reports, and culture fit: a company's target profile and its applicants ranked by it.
#include "assessmentsroutes.h"

#include "assessmentservice.h"

#include <wn/common/forms.h>

using namespace Qt::StringLiterals;

namespace wn {

using namespace assessmentroutes;

namespace {

/** Who reads results besides the talent: platform staff and company staff. */
Access readers()
{
    return Access::roles(Role::Admin, Role::SuperAdmin, Role::Support, Role::Employer,
                         Role::Employee);
}

Schema answerSchema()
{
    return { { u"rating"_s, Field::integer(1, 5).describe(u"Likert questions"_s) },
             { u"choice"_s,
               Field::string(1, 20).describe(u"Single choice, scenario and passage questions"_s) },
             { u"choices"_s,
               Field::arrayOf(Field::string(1, 20), 10).describe(u"Multiple choice questions"_s) },
             { u"text"_s, Field::string(1, 5000).describe(u"Free text questions"_s) } };
}

Schema resultsQuery()
{
    return { { u"user_id"_s, Field::integer() },
             { u"latest"_s, Field::boolean().describe(u"Only each talent's newest result"_s) },
             { u"min_percent"_s, Field::number(0, 100) } };
}

} // namespace

void installAssessmentTaking(Api &api, const std::shared_ptr<AssessmentService> &assessments)
{
    // ---- Taking an assessment ----

    api.post(path(u"/attempts"_s),
             { .seed = seeds({ u"comprehension assessment > Get random sentence from prepoluated "
                               u"sentence in the db." }),
               .access = Access::roles(Role::Talent),
               .summary
               = u"Start (201) or resume (200) your attempt: questions in random order from "
                 u"the active pool, a random passage for comprehension, the server's "
                 u"deadline; refused (409) while the retake rule says wait"_s,
               .tag = tag(),
               .status = 201 },
             [assessments](Call &call) {
                 bool created = false;
                 const QJsonObject attempt
                         = assessments->start(call.principal(), ref(call), &created);
                 return Response(attempt, created ? 201 : 200);
             });

    api.get(u"/api/v1/assessment-attempts/{id}"_s,
            { .access = Access::roles(Role::Talent),
              .summary = u"Your attempt as it stands, to resume it: saved answers, the time left"_s,
              .tag = tag() },
            [assessments](Call &call) {
                return assessments->attempt(call.principal(), call.pathId(u"id"_s));
            });

    api.put(u"/api/v1/assessment-attempts/{id}/answers/{question}"_s,
            { .access = Access::roles(Role::Talent),
              .summary = u"Save (or change) one answer; refused (409) after the deadline or the "
                         u"submission"_s,
              .tag = tag(),
              .body = answerSchema() },
            [assessments](Call &call) {
                return assessments->answer(call.principal(), call.pathId(u"id"_s),
                                           call.pathId(u"question"_s), call.body());
            });

    api.post(u"/api/v1/assessment-attempts/{id}/reading-done"_s,
             { .access = Access::roles(Role::Talent),
               .summary = u"Comprehension: the passage is read; the reading time stops and its "
                          u"questions are shown"_s,
               .tag = tag() },
             [assessments](Call &call) {
                 return assessments->finishReading(call.principal(), call.pathId(u"id"_s));
             });

    api.post(u"/api/v1/assessment-attempts/{id}/submit"_s,
             { .access = Access::roles(Role::Talent),
               .summary = u"Submit your attempt, once: its result (the same one for a repeated or "
                          u"simultaneous submission)"_s,
               .tag = tag() },
             [assessments](Call &call) {
                 return assessments->submit(call.principal(), call.pathId(u"id"_s));
             });

    api.post(path(u"/submissions"_s),
             { .seed = seeds({ u"personality-test > Submit Personality Assessment Answers",
                               u"soft-skills > Submit Soft Skill Assessment Answers",
                               u"culture-fit-assessment > Submit Culture Fit Assessment Answers",
                               u"Create assessment > Submit answers",
                               u"Scenario Assessment > Submit Scenario Test",
                               u"Integrity Assessment > Submit Test",
                               u"Level One Questionaire > Submit Answers",
                               u"comprehension assessment > Submit comprehension assessment" }),
               .access = Access::roles(Role::Talent),
               .summary = u"Save these answers into your open attempt and submit it: its result"_s,
               .tag = tag(),
               .body
               = { { u"answers"_s,
                     Field::arrayOf(Field::object(answerSchema().plus(
                                            { { u"question_id"_s, Field::integer().required() } })),
                                    500) } } },
             [assessments](Call &call) {
                 return assessments->submitAnswers(call.principal(), ref(call), call.body());
             });

    api.get(path(u"/taken"_s),
            { .seed = seeds({ u"personality-test > Check if User has taken Assessment test",
                              u"soft-skills > Check if User has taken Assessment test",
                              u"culture-fit-assessment > Check if User has taken assessment test",
                              u"Scenario Assessment > Check If User Has Taken Test",
                              u"Integrity Assessment > Check If User has taken test",
                              u"Level One Questionaire > Check If User Has Submitted" }),
              .access = Access::roles(Role::Talent),
              .summary
              = u"Whether you have taken it, your open attempt, and when you may start again"_s,
              .tag = tag() },
            [assessments](Call &call) { return assessments->taken(call.principal(), ref(call)); });

    // ---- Results ----

    api.get(path(u"/results/me"_s),
            { .seed = seeds({ u"personality-test > Retrieve User Assessment Results",
                              u"soft-skills > Get User's Assessment Results",
                              u"culture-fit-assessment > Retrieve User Assessment Results",
                              u"Integrity Assessment > View User Results",
                              u"Level One Questionaire > Get User Response",
                              u"comprehension assessment > Get user's assessments" }),
              .access = Access::roles(Role::Talent),
              .summary = u"Your results on this assessment, newest first"_s,
              .tag = tag(),
              .paged = true },
            [assessments](Call &call) {
                return assessments->myResults(call.principal(), ref(call), call.page(),
                                              call.limit());
            });

    api.get(path(u"/scores/me"_s),
            { .seed = seeds({ u"personality-test > Retrieve User Assessment Score",
                              u"soft-skills > Get User's Assessment Score",
                              u"culture-fit-assessment > Retrieve User Assessment Score" }),
              .access = Access::roles(Role::Talent),
              .summary = u"Your newest result in full: domain and facet scores with bands and "
                         u"percentiles"_s,
              .tag = tag() },
            [assessments](Call &call) { return assessments->myScore(call.principal(), ref(call)); });

    api.get(path(u"/results/{id}"_s),
            { .seed = seeds({ u"personality-test > Retrieve Assessment Result by ID",
                              u"soft-skills > Get Assessment Result by ID",
                              u"culture-fit-assessment > Retrieve Assessment Result By ID",
                              u"Scenario Assessment > View Result By ID",
                              u"comprehension assessment > Get assessment results by ID" }),
              .access = everyone(),
              .permission = u"applications.read"_s,
              .summary = u"One result of this assessment: yours, or an applicant's to your company "
                         u"(applications.read), or any for staff"_s,
              .tag = tag() },
            [assessments](Call &call) {
                return assessments->result(call.principal(), call.pathId(u"id"_s), ref(call));
            });

    api.get(path(u"/users/{user}/results"_s),
            { .seed
              = seeds({ u"personality-test > Retrieve User Assessment Results by user Id",
                        u"soft-skills > Get User's Assessment Results by user id",
                        u"culture-fit-assessment > Retrieve User Assessment Results by User Id",
                        u"Scenario Assessment > View Result By User ID" }),
              .access = everyone(),
              .permission = u"applications.read"_s,
              .summary = u"A talent's results on this assessment: staff, the talent, or a company "
                         u"the talent applied to (applications.read)"_s,
              .tag = tag(),
              .paged = true },
            [assessments](Call &call) {
                return assessments->userResults(call.principal(), ref(call), call.pathId(u"user"_s),
                                                call.page(), call.limit());
            });

    api.get(path(u"/results"_s),
            { .seed = seeds({ u"Scenario Assessment > View All User Results",
                              u"Level One Questionaire > Get All Responses" }),
              .access = readers(),
              .permission = u"applications.read"_s,
              .summary = u"Every result of this assessment for staff; a company's applicants' for "
                         u"the company (applications.read)"_s,
              .tag = tag(),
              .query = resultsQuery(),
              .paged = true },
            [assessments](Call &call) {
                return assessments->results(call.principal(), ref(call), call.query(), call.page(),
                                            call.limit());
            });

    api.get(path(u"/reports"_s),
            { .seed = seeds({ u"personality-test > Get Reports", u"soft-skills > Get Reports",
                              u"culture-fit-assessment > Get Reports",
                              u"Integrity Assessment > Get Assessment Reports" }),
              .access = readers(),
              .permission = u"reports.read"_s,
              .summary = u"Takers, mean and distribution per category, and cohorts per month: the "
                         u"platform's for staff, a company's applicants' for the company "
                         u"(reports.read)"_s,
              .tag = tag(),
              .query = { { u"from"_s, Field::date() }, { u"to"_s, Field::date() } } },
            [assessments](Call &call) {
                return assessments->reports(call.principal(), ref(call), call.query());
            });

    api.get(u"/api/v1/assessment-results"_s,
            { .seed = seeds({ u"Create assessment > Results > Get all Results" }),
              .access = readers(),
              .permission = u"applications.read"_s,
              .summary = u"Results of every assessment: all for staff, a company's applicants' for "
                         u"the company (applications.read)"_s,
              .tag = tag(),
              .query = resultsQuery().plus(
                      { { u"instrument"_s,
                          Field::string(1, 60).describe(u"An assessment's slug or id"_s) } }),
              .paged = true },
            [assessments](Call &call) {
                return assessments->results(call.principal(), {}, call.query(), call.page(),
                                            call.limit());
            });

    api.get(u"/api/v1/assessment-results/{id}"_s,
            { .seed = seeds({ u"Create assessment > Results > Get result by id" }),
              .access = everyone(),
              .permission = u"applications.read"_s,
              .summary = u"One result of any assessment, to whoever may see it"_s,
              .tag = tag() },
            [assessments](Call &call) {
                return assessments->result(call.principal(), call.pathId(u"id"_s));
            });

    api.get(u"/api/v1/talents/{id}/assessment-scores"_s,
            { .seed = seeds({ u"Create assessment > Results > Get Talent scores" }),
              .access = everyone(),
              .permission = u"applications.read"_s,
              .summary = u"A talent's newest result on each assessment with its domain scores"_s,
              .tag = tag() },
            [assessments](Call &call) {
                return assessments->talentScores(call.principal(), call.pathId(u"id"_s));
            });

    // ---- Culture fit: a company's target profile and its applicants ranked by it ----

    api.get(path(u"/target"_s),
            { .access = Access::company(),
              .permission = u"applications.read"_s,
              .summary = u"Your company's target mean (1-5) per category of this assessment"_s,
              .tag = tag() },
            [assessments](Call &call) { return assessments->target(call.principal(), ref(call)); });

    api.put(path(u"/target"_s),
            { .access = Access::company(),
              .permission = u"assessments.manage"_s,
              .summary = u"Set your company's target profile; it replaces the one before"_s,
              .tag = tag(),
              .body = forms::assessmentTarget() },
            [assessments](Call &call) {
                return assessments->setTarget(call.principal(), ref(call), call.body());
            });

    api.get(path(u"/applicants"_s),
            { .access = Access::company(),
              .permission = u"applications.read"_s,
              .summary = u"Your applicants with a result on this assessment, ranked by fit to your "
                         u"target (then by score)"_s,
              .tag = tag(),
              .paged = true },
            [assessments](Call &call) {
                return assessments->rankedApplicants(call.principal(), ref(call), call.page(),
                                                     call.limit());
            });
}

} // namespace wn
