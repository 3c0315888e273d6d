// SPDX-License-Identifier: Apache-2.0
#include "modules/areas.h"

#include "applicationsservice.h"
#include "core/http/api.h"
#include "core/http/routegroup.h"
#include "modules/assessments/scorefilter.h"

#include <wn/common/workflows.h>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

Schema applicationSchema()
{
    return { { u"cover_letter"_s, Field::text(10000) },
             { u"answers"_s,
               Field::arrayOf(Field::object({ { u"question_id"_s, Field::integer().required() },
                                              { u"answer"_s, Field::string(1, 2000).required() } }),
                              50) },
             { u"cv_key"_s,
               Field::string(1, 100).describe(u"The key of a CV you uploaded (kind cv)"_s) } };
}

Field note()
{
    return Field::string(0, 2000).describe(u"A note kept in the application's history"_s);
}

} // namespace

void installApplications(Api &api, std::shared_ptr<ApplicationsService> applications)
{
    RouteGroup area(api, { .prefix = u"/api/v1"_s });
    RouteGroup talents
            = area.group({ .access = Access::roles(Role::Talent), .tag = u"Applications"_s });
    RouteGroup readers
            = area.group({ .access = Access::company(), .permission = u"applications.read"_s });
    RouteGroup deciders
            = area.group({ .access = Access::company(), .permission = u"applications.decide"_s });

    talents.post(
            u"/jobs/{id}/applications/draft"_s,
            { .seed = { u"User > Applicants > Job Applications > Talents > Save Job as Draft"_s },
              .summary = u"Save (or update) a draft application; answers may be partial"_s,
              .body = applicationSchema(),
              .status = 201 },
            [applications](Call &call) {
                return applications->saveDraft(call.principal(), call.pathId(u"id"_s), call.body());
            });

    talents.post(
            u"/jobs/{id}/applications"_s,
            { .seed = { u"User > Applicants > Job Applications > Talents > Apply for a role"_s },
              .summary = u"Apply: every required pre-qualification question must be answered"_s,
              .body = applicationSchema(),
              .status = 201 },
            [applications](Call &call) {
                return applications->apply(call.principal(), call.pathId(u"id"_s), call.body());
            });

    talents.patch(u"/applications/{id}/submit"_s,
                  { .seed = { u"HR > Jobs > Toggle draft status to applied"_s },
                    .summary = u"Send a draft application: draft → applied"_s },
                  [applications](Call &call) {
                      return applications->submitDraft(call.principal(), call.pathId(u"id"_s));
                  });

    talents.post(u"/applications/{id}/withdraw"_s,
                 { .summary = u"Withdraw your application while it is open"_s,
                   .body = { { u"note"_s, note() } } },
                 [applications](Call &call) {
                     return applications->withdraw(call.principal(), call.pathId(u"id"_s),
                                                   call.body().value(u"note"_s).toString());
                 });

    talents.get(
            u"/jobs/{id}/application-status"_s,
            { .seed
              = { u"User > Applicants > Job Applications > Talents > Get Job Application status"_s },
              .summary = u"Whether and how you applied for a job"_s },
            [applications](Call &call) {
                return applications->statusForJob(call.principal(), call.pathId(u"id"_s));
            });

    talents.get(u"/applications/mine"_s,
                { .seed = { u"User > Applicants > Job Applications > Talents > All jobs applied"_s },
                  .summary = u"Your applications, most recently changed first"_s,
                  .query = { { u"status"_s, Field::oneOf(ApplicationsService::statuses()) } },
                  .paged = true },
                [applications](Call &call) {
                    return applications->mine(call.principal(), call.query(), call.page(),
                                              call.limit());
                });

    talents.get(
            u"/jobs/not-applied"_s,
            { .seed = { u"User > Applicants > Job Applications > Talents > All jobs not applied"_s },
              .summary = u"Published jobs you have not applied for"_s,
              .paged = true },
            [applications](Call &call) {
                return applications->jobsNotApplied(call.principal(), call.page(), call.limit());
            });

    area.get(u"/applications/{id}"_s,
             { .seed = { u"User > Applicants > Job Applications > Talents > Get application"_s },
               .access = Access::Authenticated,
               .summary
               = u"An application with its timeline: your own, or one to your company's job"_s,
               .tag = u"Applications"_s },
             [applications](Call &call) {
                 return applications->get(call.principal(), call.pathId(u"id"_s));
             });

    area.get(u"/applications/{id}/status"_s,
             { .seed = { u"User > Applicants > Job Applications > Talents > Application Status"_s },
               .access = Access::Authenticated,
               .summary = u"An application's status and timeline"_s,
               .tag = u"Applications"_s },
             [applications](Call &call) {
                 const QJsonObject application
                         = applications->get(call.principal(), call.pathId(u"id"_s));
                 return QJsonObject { { u"id"_s, application.value(u"id"_s) },
                                      { u"status"_s, application.value(u"status"_s) },
                                      { u"timeline"_s, application.value(u"timeline"_s) } };
             });

    readers.get(
            u"/jobs/{id}/applicants"_s,
            { .seed
              = { u"User > Applicants > Job Applications > employer > Fetch all Applicant for a job"_s },
              .summary = u"Applicants for one of your jobs, by status, name, remark, skill or "
                         u"assessment score; by an assessment, the highest score first and each "
                         u"with its assessment_percent"_s,
              .tag = u"Applications"_s,
              .query
              = Schema { { u"status"_s, Field::oneOf(ApplicationsService::statuses()) },
                         { u"q"_s, Field::string(0, 100) },
                         { u"remark"_s, Field::oneOf({ u"pass"_s, u"fail"_s }) },
                         { u"skill"_s,
                           Field::integer().describe(u"Applicants who have this skill id"_s) } }
                        .plus(ScoreFilter::parameters()),
              .paged = true },
            [applications](Call &call) {
                return applications->applicantsForJob(call.principal(), call.pathId(u"id"_s),
                                                      call.query(), call.page(), call.limit());
            });

    const Schema decision {
        { u"status"_s, Field::oneOf(applicationWorkflow().targets(Viewer::Company)).required() },
        { u"reason"_s,
          Field::oneOf(ApplicationsService::rejectionReasons())
                  .describe(u"Required when rejecting"_s) },
        { u"note"_s, note() }
    };
    deciders.patch(
            u"/applications/{id}/status"_s,
            { .seed
              = { u"User > Applicants > Job Applications > employer > Update hiring status"_s },
              .summary
              = u"Move an application on: applied → shortlisted → interview → offered → hired, or reject it with a reason"_s,
              .tag = u"Applications"_s,
              .body = decision },
            [applications](Call &call) {
                const QJsonObject &b = call.body();
                return applications->decide(
                        call.principal(), call.pathId(u"id"_s), b.value(u"status"_s).toString(),
                        b.value(u"reason"_s).toString(), b.value(u"note"_s).toString());
            });

    // Shortcuts for single moves, each with its own path: the status and, for a rejection, a
    // reason the body must give.
    struct Shortcut
    {
        QString action, seed, summary, status;
    };
    const QList<Shortcut> shortcuts {
        { u"shortlist"_s, u"HR > shortlisted-candidates > Shortlist candidate for Job application"_s,
          u"Shortlist an applicant"_s, u"shortlisted"_s },
        { u"accept"_s, u"HR > shortlisted-candidates > Accept candidates application for job"_s,
          u"Accept a shortlisted or interviewed candidate: make them an offer"_s, u"offered"_s },
        { u"reject"_s, u"HR > shortlisted-candidates > Reject candidates application for job"_s,
          u"Reject an application with a reason"_s, u"rejected"_s },
    };
    for (const Shortcut &shortcut : shortcuts) {
        const bool rejection = shortcut.status == u"rejected"_s;
        deciders.post(u"/applications/{id}/"_s + shortcut.action,
                      { .seed = { shortcut.seed },
                        .summary = shortcut.summary,
                        .body = rejection
                                ? Schema { { u"reason"_s,
                                             Field::oneOf(ApplicationsService::rejectionReasons())
                                                     .required() },
                                           { u"note"_s, note() } }
                                : Schema { { u"note"_s, note() } } },
                      [applications, status = shortcut.status](Call &call) {
                          return applications->decide(call.principal(), call.pathId(u"id"_s),
                                                      status,
                                                      call.body().value(u"reason"_s).toString(),
                                                      call.body().value(u"note"_s).toString());
                      });
    }

    readers.get(
            u"/shortlisted-candidates"_s,
            { .seed
              = { u"HR > shortlisted-candidates > Get shortlisted candidates for all Jobs created by current employer"_s },
              .summary = u"Shortlisted candidates across your company's jobs"_s,
              .query = { { u"job_id"_s, Field::integer() } },
              .paged = true },
            [applications](Call &call) {
                return applications->shortlisted(call.principal(), call.query(), call.page(),
                                                 call.limit());
            });

    deciders.post(
            u"/applications/{id}/remark"_s,
            { .seed
              = { u"HR > shortlisted-candidates > Shortlisted candidates remark(To pass or fail candidate)."_s },
              .summary
              = u"Pass or fail a shortlisted candidate; fail also rejects (failed_assessment)"_s,
              .body = { { u"remark"_s, Field::oneOf({ u"pass"_s, u"fail"_s }).required() },
                        { u"note"_s, note() } } },
            [applications](Call &call) {
                return applications->remark(call.principal(), call.pathId(u"id"_s),
                                            call.body().value(u"remark"_s).toString(),
                                            call.body().value(u"note"_s).toString());
            });

    talents.get(
            u"/talents/me/dashboard"_s,
            { .seed = { u"User > Applicants > Statistics > Get talent dashbaord stats"_s },
              .summary = u"Your applications by status, open jobs, profile completion, assessments "
                         u"taken"_s },
            [applications](Call &call) { return applications->talentDashboard(call.principal()); });

    area.get(
            u"/employers/me/dashboard"_s,
            { .seed = { u"HR > Statistics > Get Employers dashbaord stats"_s },
              .access = Access::company(),
              .permission = u"reports.read"_s,
              .summary
              = u"Open jobs, applicants by status, time to first response, applications per day"_s },
            [applications](Call &call) {
                return applications->employerDashboard(call.principal());
            });
}

} // namespace wn
