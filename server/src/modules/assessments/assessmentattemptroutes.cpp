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
    RouteGroup area = assessmentroutes::area(api);
    RouteGroup talent = area.group({ .access = Access::roles(Role::Talent) });
    RouteGroup results = area.group({ .access = everyone(), .permission = u"applications.read"_s });
    RouteGroup recruiters
            = area.group({ .access = Access::company(), .permission = u"applications.read"_s });

    // ---- Taking an assessment ----

    talent.post(u"/assessments/{instrument}/attempts"_s,
                { .seed = { u"comprehension assessment > Get random sentence from prepoluated "
                            u"sentence in the db."_s },
                  .summary
                  = u"Start (201) or resume (200) your attempt: questions in random order from "
                    u"the active pool, a random passage for comprehension, the server's "
                    u"deadline; refused (409) while the retake rule says wait"_s,
                  .status = 201 },
                [assessments](Call &call) {
                    bool created = false;
                    const QJsonObject attempt
                            = assessments->start(call.principal(), ref(call), &created);
                    return Response(attempt, created ? 201 : 200);
                });

    talent.get(u"/assessment-attempts/{id}"_s,
               { .summary
                 = u"Your attempt as it stands, to resume it: saved answers, the time left"_s },
               [assessments](Call &call) {
                   return assessments->attempt(call.principal(), call.pathId(u"id"_s));
               });

    talent.put(u"/assessment-attempts/{id}/answers/{question}"_s,
               { .summary = u"Save (or change) one answer; refused (409) after the deadline or the "
                            u"submission"_s,
                 .body = answerSchema() },
               [assessments](Call &call) {
                   return assessments->answer(call.principal(), call.pathId(u"id"_s),
                                              call.pathId(u"question"_s), call.body());
               });

    talent.post(u"/assessment-attempts/{id}/reading-done"_s,
                { .summary = u"Comprehension: the passage is read; the reading time stops and its "
                             u"questions are shown"_s },
                [assessments](Call &call) {
                    return assessments->finishReading(call.principal(), call.pathId(u"id"_s));
                });

    talent.post(u"/assessment-attempts/{id}/submit"_s,
                { .summary
                  = u"Submit your attempt, once: its result (the same one for a repeated or "
                    u"simultaneous submission)"_s },
                [assessments](Call &call) {
                    return assessments->submit(call.principal(), call.pathId(u"id"_s));
                });

    talent.post(
            u"/assessments/{instrument}/submissions"_s,
            { .seed = { u"personality-test > Submit Personality Assessment Answers"_s,
                        u"soft-skills > Submit Soft Skill Assessment Answers"_s,
                        u"culture-fit-assessment > Submit Culture Fit Assessment Answers"_s,
                        u"Create assessment > Submit answers"_s,
                        u"Scenario Assessment > Submit Scenario Test"_s,
                        u"Integrity Assessment > Submit Test"_s,
                        u"Level One Questionaire > Submit Answers"_s,
                        u"comprehension assessment > Submit comprehension assessment"_s },
              .summary = u"Save these answers into your open attempt and submit it: its result"_s,
              .body
              = { { u"answers"_s,
                    Field::arrayOf(Field::object(answerSchema().plus(
                                           { { u"question_id"_s, Field::integer().required() } })),
                                   500) } } },
            [assessments](Call &call) {
                return assessments->submitAnswers(call.principal(), ref(call), call.body());
            });

    talent.get(
            u"/assessments/{instrument}/taken"_s,
            { .seed = { u"personality-test > Check if User has taken Assessment test"_s,
                        u"soft-skills > Check if User has taken Assessment test"_s,
                        u"culture-fit-assessment > Check if User has taken assessment test"_s,
                        u"Scenario Assessment > Check If User Has Taken Test"_s,
                        u"Integrity Assessment > Check If User has taken test"_s,
                        u"Level One Questionaire > Check If User Has Submitted"_s },
              .summary
              = u"Whether you have taken it, your open attempt, and when you may start again"_s },
            [assessments](Call &call) { return assessments->taken(call.principal(), ref(call)); });

    // ---- Results ----

    talent.get(u"/assessments/{instrument}/results/me"_s,
               { .seed = { u"personality-test > Retrieve User Assessment Results"_s,
                           u"soft-skills > Get User's Assessment Results"_s,
                           u"culture-fit-assessment > Retrieve User Assessment Results"_s,
                           u"Integrity Assessment > View User Results"_s,
                           u"Level One Questionaire > Get User Response"_s,
                           u"comprehension assessment > Get user's assessments"_s },
                 .summary = u"Your results on this assessment, newest first"_s,
                 .paged = true },
               [assessments](Call &call) {
                   return assessments->myResults(call.principal(), ref(call), call.page(),
                                                 call.limit());
               });

    talent.get(u"/assessments/{instrument}/scores/me"_s,
               { .seed = { u"personality-test > Retrieve User Assessment Score"_s,
                           u"soft-skills > Get User's Assessment Score"_s,
                           u"culture-fit-assessment > Retrieve User Assessment Score"_s },
                 .summary = u"Your newest result in full: domain and facet scores with bands and "
                            u"percentiles"_s },
               [assessments](Call &call) {
                   return assessments->myScore(call.principal(), ref(call));
               });

    results.get(u"/assessments/{instrument}/results/{id}"_s,
                { .seed = { u"personality-test > Retrieve Assessment Result by ID"_s,
                            u"soft-skills > Get Assessment Result by ID"_s,
                            u"culture-fit-assessment > Retrieve Assessment Result By ID"_s,
                            u"Scenario Assessment > View Result By ID"_s,
                            u"comprehension assessment > Get assessment results by ID"_s },
                  .summary
                  = u"One result of this assessment: yours, or an applicant's to your company "
                    u"(applications.read), or any for staff"_s },
                [assessments](Call &call) {
                    return assessments->result(call.principal(), call.pathId(u"id"_s), ref(call));
                });

    results.get(
            u"/assessments/{instrument}/users/{user}/results"_s,
            { .seed = { u"personality-test > Retrieve User Assessment Results by user Id"_s,
                        u"soft-skills > Get User's Assessment Results by user id"_s,
                        u"culture-fit-assessment > Retrieve User Assessment Results by User Id"_s,
                        u"Scenario Assessment > View Result By User ID"_s },
              .summary = u"A talent's results on this assessment: staff, the talent, or a company "
                         u"the talent applied to (applications.read)"_s,
              .paged = true },
            [assessments](Call &call) {
                return assessments->userResults(call.principal(), ref(call), call.pathId(u"user"_s),
                                                call.page(), call.limit());
            });

    area.get(u"/assessments/{instrument}/results"_s,
             { .seed = { u"Scenario Assessment > View All User Results"_s,
                         u"Level One Questionaire > Get All Responses"_s },
               .access = readers(),
               .permission = u"applications.read"_s,
               .summary = u"Every result of this assessment for staff; a company's applicants' for "
                          u"the company (applications.read)"_s,
               .query = resultsQuery(),
               .paged = true },
             [assessments](Call &call) {
                 return assessments->results(call.principal(), ref(call), call.query(), call.page(),
                                             call.limit());
             });

    area.get(u"/assessments/{instrument}/reports"_s,
             { .seed = { u"personality-test > Get Reports"_s, u"soft-skills > Get Reports"_s,
                         u"culture-fit-assessment > Get Reports"_s,
                         u"Integrity Assessment > Get Assessment Reports"_s },
               .access = readers(),
               .permission = u"reports.read"_s,
               .summary = u"Takers, mean and distribution per category, and cohorts per month: the "
                          u"platform's for staff, a company's applicants' for the company "
                          u"(reports.read)"_s,
               .query = { { u"from"_s, Field::date() }, { u"to"_s, Field::date() } } },
             [assessments](Call &call) {
                 return assessments->reports(call.principal(), ref(call), call.query());
             });

    area.get(u"/assessment-results"_s,
             { .seed = { u"Create assessment > Results > Get all Results"_s },
               .access = readers(),
               .permission = u"applications.read"_s,
               .summary
               = u"Results of every assessment: all for staff, a company's applicants' for "
                 u"the company (applications.read)"_s,
               .query = resultsQuery().plus(
                       { { u"instrument"_s,
                           Field::string(1, 60).describe(u"An assessment's slug or id"_s) } }),
               .paged = true },
             [assessments](Call &call) {
                 return assessments->results(call.principal(), {}, call.query(), call.page(),
                                             call.limit());
             });

    results.get(u"/assessment-results/{id}"_s,
                { .seed = { u"Create assessment > Results > Get result by id"_s },
                  .summary = u"One result of any assessment, to whoever may see it"_s },
                [assessments](Call &call) {
                    return assessments->result(call.principal(), call.pathId(u"id"_s));
                });

    results.get(
            u"/talents/{id}/assessment-scores"_s,
            { .seed = { u"Create assessment > Results > Get Talent scores"_s },
              .summary = u"A talent's newest result on each assessment with its domain scores"_s },
            [assessments](Call &call) {
                return assessments->talentScores(call.principal(), call.pathId(u"id"_s));
            });

    // ---- Culture fit: a company's target profile and its applicants ranked by it ----

    recruiters.get(
            u"/assessments/{instrument}/target"_s,
            { .summary = u"Your company's target mean (1-5) per category of this assessment"_s },
            [assessments](Call &call) { return assessments->target(call.principal(), ref(call)); });

    area.put(u"/assessments/{instrument}/target"_s,
             { .access = Access::company(),
               .permission = u"assessments.manage"_s,
               .summary = u"Set your company's target profile; it replaces the one before"_s,
               .body = forms::assessmentTarget() },
             [assessments](Call &call) {
                 return assessments->setTarget(call.principal(), ref(call), call.body());
             });

    recruiters.get(u"/assessments/{instrument}/applicants"_s,
                   { .summary
                     = u"Your applicants with a result on this assessment, ranked by fit to your "
                       u"target (then by score)"_s,
                     .paged = true },
                   [assessments](Call &call) {
                       return assessments->rankedApplicants(call.principal(), ref(call),
                                                            call.page(), call.limit());
                   });
}

} // namespace wn
