// SPDX-License-Identifier: Apache-2.0
#include "modules/areas.h"

#include "core/database.h"
#include "core/http/api.h"
#include "core/http/routegroup.h"
#include "core/http/webportal.h"
#include "core/logging.h"
#include "core/servercontext.h"
#include "faqservice.h"
#include "jobsservice.h"
#include "modules/applications/offerschemas.h"
#include "recommendations.h"

#include <wn/common/apierror.h>
#include <wn/common/forms.h>
#include <wn/common/json.h>
#include <wn/common/workflows.h>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

// The job form's rules are shared with the client, which checks the form with them before sending.
using forms::jobTypes;
using forms::workModes;

const Schema &searchSchema()
{
    static const Schema schema {
        { u"q"_s,
          Field::string(0, 100).describe(
                  u"Words of the title, summary, description, company or skills (stemmed; the last may be unfinished)"_s) },
        { u"state"_s, Field::string(1, 100) },
        { u"country"_s, Field::pattern(u"[A-Za-z]{2}"_s, u"an ISO country code"_s, 2) },
        { u"work_mode"_s, Field::oneOf(workModes()) },
        { u"remote"_s, Field::boolean() },
        { u"job_type"_s, Field::oneOf(jobTypes()) },
        { u"career_level"_s, Field::string(1, 50) },
        { u"industry"_s, Field::string(1, 100) },
        { u"salary_min"_s,
          Field::integer(0, 1000000000000).describe(u"Jobs paying at least this much"_s) },
        { u"salary_max"_s,
          Field::integer(0, 1000000000000).describe(u"Jobs starting at most at this much"_s) },
        { u"skill"_s, Field::integer().describe(u"Jobs asking for this skill id"_s) },
        { u"company_id"_s, Field::integer() },
        { u"posted_since"_s, Field::date() },
        { u"sort"_s,
          Field::oneOf({ u"relevance"_s, u"newest"_s, u"salary"_s, u"deadline"_s })
                  .describe(u"Relevance when there are words, else newest"_s) },
    };
    return schema;
}

} // namespace

void installJobs(Api &api, ServerContext &context, std::shared_ptr<JobsService> jobs,
                 std::shared_ptr<QuestionsService> questions, std::shared_ptr<FaqService> faqs)
{
    // A shared link to a job's page in the web portal shows the job's title and summary.
    context.web->addPreview(
            u"/jobs/"_s, [jobs](const QString &slug) -> std::optional<WebPortal::Preview> {
                try {
                    const QJsonObject job = jobs->bySlug(nullptr, slug);
                    const QString summary = job.value(u"summary"_s).toString();
                    return WebPortal::Preview { job.value(u"title"_s).toString(),
                                                summary.isEmpty()
                                                        ? job.value(u"description"_s).toString()
                                                        : summary };
                } catch (const ApiError &) {
                    return std::nullopt; // no such job: the page says so
                } catch (const std::exception &error) {
                    qCWarning(lcHttp).noquote() << "job preview for" << slug << ":" << error.what();
                    return std::nullopt;
                }
            });
    api.post(u"/api/v1/jobs"_s,
             { .seed = { u"HR > Jobs > Create job"_s },
               .access = Access::company(),
               .permission = u"jobs.create"_s,
               .summary = u"Create a job post (a draft unless publish is true)"_s,
               .body = forms::job(true),
               .status = 201 },
             [jobs](Call &call) { return jobs->create(call.principal(), call.body()); });

    api.get(u"/api/v1/jobs"_s,
            { .seed = { u"HR > Jobs > Fetch all jobs"_s },
              .access = Access::staff(),
              .summary = u"Every job in any status, with applicant counts (staff)"_s,
              .query = offerschemas::ownOffers(jobWorkflow()),
              .paged = true },
            [jobs](Call &call) { return jobs->all(call.query(), call.page(), call.limit()); });

    api.get(u"/api/v1/jobs/landing"_s,
            { .seed = { u"HR > Jobs > Fetch all landing page jobs"_s },
              .summary
              = u"Search published jobs: words, location, remote, type, level, industry, salary, skill, date"_s,
              .query = searchSchema(),
              .paged = true },
            [jobs](Call &call) { return jobs->search(call.query(), call.page(), call.limit()); });

    api.get(u"/api/v1/jobs/mine"_s,
            { .seed = { u"HR > Jobs > Fetch all employers jobs"_s },
              .access = Access::company(),
              .summary = u"Your company's jobs in every status, with applicant counts per status"_s,
              .query = offerschemas::ownOffers(jobWorkflow()),
              .paged = true },
            [jobs](Call &call) {
                return jobs->companyJobs(call.principal(), call.query(), call.page(), call.limit());
            });

    api.get(u"/api/v1/jobs/recommendations"_s,
            { .seed = { u"HR > Jobs > Get job recommedations"_s },
              .access = Access::roles(Role::Talent),
              .summary
              = u"Published jobs ranked for you by skills, career level, location and preferences, with the reasons"_s,
              .paged = true },
            [&context](Call &call) {
                return recommendJobs(context, call.principal().userId, call.page(), call.limit());
            });

    api.get(u"/api/v1/jobs/slug/{slug}"_s,
            { .seed = { u"HR > Jobs > Fetch job by slug"_s }, .summary = u"A job by its slug"_s },
            [jobs](Call &call) { return jobs->bySlug(call.viewer(), call.path(u"slug"_s)); });

    api.get(u"/api/v1/jobs/{id}"_s,
            { .seed = { u"HR > Jobs > Fetch job by id"_s }, .summary = u"A job by id"_s },
            [jobs](Call &call) { return jobs->byId(call.viewer(), call.pathId(u"id"_s)); });

    api.patch(u"/api/v1/jobs/{id}"_s,
              { .seed = { u"HR > Jobs > Update job"_s },
                .access = Access::company(),
                .permission = u"jobs.create"_s,
                .summary = u"Change a job of your company (lists sent replace the old ones)"_s,
                .body = forms::job(false) },
              [jobs](Call &call) {
                  return jobs->update(call.principal(), call.pathId(u"id"_s), call.body());
              });

    api.patch(
            u"/api/v1/jobs/{id}/status"_s,
            { .seed = { u"HR > Jobs > Update Job Status"_s },
              .access = Access::company(),
              .permission = u"jobs.publish"_s,
              .summary
              = u"Publish, close, reopen or archive a job: draft → published ⇄ closed → archived"_s,
              .body = { { u"status"_s,
                          Field::oneOf(jobWorkflow().targets(Viewer::Company)).required() } } },
            [jobs](Call &call) {
                return jobs->changeStatus(call.principal(), call.pathId(u"id"_s),
                                          call.body().value(u"status"_s).toString());
            });

    api.get(u"/api/v1/jobs/{id}/questions"_s,
            { .seed = { u"HR > Jobs > Get Job Prequalification questions"_s },
              .summary = u"The questions an application to this job must answer"_s },
            [jobs](Call &call) {
                return QJsonObject { { u"data"_s,
                                       jobs->questions(call.viewer(), call.pathId(u"id"_s)) } };
            });

    api.get(u"/api/v1/companies/{id}/jobs"_s,
            { .seed = { u"HR > Jobs > Fetch All Company Jobs"_s },
              .summary = u"A company's published jobs"_s,
              .tag = u"HR"_s,
              .paged = true },
            [jobs](Call &call) {
                return jobs->publishedBy(call.pathId(u"id"_s), call.page(), call.limit());
            });

    const Schema questionSchema {
        { u"question"_s, Field::string(5, 500).required() },
        { u"kind"_s,
          Field::oneOf({ u"yes_no"_s, u"text"_s, u"number"_s, u"single_choice"_s }).required() },
        { u"options"_s, Field::arrayOf(Field::string(1, 200), 20) },
        { u"expected_answer"_s,
          Field::string(1, 200).describe(u"The answer that passes automatic screening, if any"_s) },
    };
    RouteGroup screening(api,
                         { .prefix = u"/api/v1/prequalification-questions"_s,
                           .access = Access::roles(Role::Admin, Role::Employer, Role::Employee),
                           .seedPrefix = u"Admin > Pre-Qualification Questions > "_s });
    screening.post(
            u""_s,
            { .seed = { u"Create questions"_s },
              .permission = u"jobs.create"_s,
              .summary
              = u"Write a question: admins for the whole platform, companies for their own jobs"_s,
              .body = questionSchema,
              .status = 201 },
            [questions](Call &call) { return questions->create(call.principal(), call.body()); });
    screening.get(u""_s,
                  { .seed = { u"Fetch all"_s },
                    .summary = u"The platform's questions and your company's"_s,
                    .paged = true },
                  [questions](Call &call) {
                      return questions->list(call.principal(), call.page(), call.limit());
                  });
    screening.get(u"/{id}"_s, { .seed = { u"Fetch one"_s }, .summary = u"One question"_s },
                  [questions](Call &call) {
                      return questions->one(call.principal(), call.pathId(u"id"_s));
                  });
    screening.patch(
            u"/{id}"_s,
            { .seed = { u"Update"_s },
              .permission = u"jobs.create"_s,
              .summary = u"Change a question"_s,
              .body
              = { { u"question"_s, Field::string(5, 500) },
                  { u"kind"_s,
                    Field::oneOf({ u"yes_no"_s, u"text"_s, u"number"_s, u"single_choice"_s }) },
                  { u"options"_s, Field::arrayOf(Field::string(1, 200), 20) },
                  { u"expected_answer"_s, Field::string(1, 200) },
                  { u"active"_s, Field::boolean() } } },
            [questions](Call &call) {
                return questions->update(call.principal(), call.pathId(u"id"_s), call.body());
            });
    screening.del(u"/{id}"_s,
                  { .seed = { u"Delete"_s },
                    .permission = u"jobs.create"_s,
                    .summary = u"Retire a question (jobs that asked it keep their answers)"_s },
                  [questions](Call &call) {
                      questions->remove(call.principal(), call.pathId(u"id"_s));
                      return Response::message(u"Question deleted"_s);
                  });

    api.get(u"/api/v1/faqs"_s,
            { .seed = { u"HR > Get Faq"_s },
              .summary = u"Frequently asked questions, by category"_s,
              .query = { { u"category"_s, Field::string(1, 50) } } },
            [faqs](Call &call) {
                return faqs->shown(call.query().value(u"category"_s).toString());
            });

    const Schema faqSchema { { u"category"_s, Field::string(1, 50).required() },
                             { u"question"_s, Field::string(5, 300).required() },
                             { u"answer"_s, Field::string(5, 5000).required() },
                             { u"position"_s, Field::integer(0, 10000) } };
    api.post(u"/api/v1/faqs"_s,
             { .access = Access::roles(Role::Admin),
               .summary = u"Add a FAQ entry (admin)"_s,
               .tag = u"HR"_s,
               .body = faqSchema,
               .status = 201 },
             [faqs](Call &call) { return faqs->add(call.body()); });
    api.patch(u"/api/v1/faqs/{id}"_s,
              { .access = Access::roles(Role::Admin),
                .summary = u"Edit or hide a FAQ entry (admin)"_s,
                .tag = u"HR"_s,
                .body = { { u"category"_s, Field::string(1, 50) },
                          { u"question"_s, Field::string(5, 300) },
                          { u"answer"_s, Field::string(5, 5000) },
                          { u"position"_s, Field::integer(0, 10000) },
                          { u"active"_s, Field::boolean() } } },
              [faqs](Call &call) { return faqs->update(call.pathId(u"id"_s), call.body()); });
}

} // namespace wn
