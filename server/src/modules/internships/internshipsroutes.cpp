// SPDX-License-Identifier: Apache-2.0
#include "internshipsroutes.h"
#include "modules/areas.h"

#include "core/http/api.h"
#include "core/http/routegroup.h"
#include "internshipapplicationservice.h"
#include "internshipservice.h"
#include "kpiservice.h"
#include "modules/applications/offerroutes.h"

#include <wn/common/workflows.h>

using namespace Qt::StringLiterals;

namespace wn {

using namespace internshiproutes;
using namespace offerschemas;

namespace {

/** A programme's fields; creating one needs the first three. */
Schema internshipSchema(bool creating)
{
    auto need = [creating](const Field &field) { return creating ? field.required() : field; };
    return {
        { u"title"_s, need(Field::string(3, 200)).example(u"Backend engineering internship"_s) },
        { u"description"_s, need(Field::string(1, 20000)) },
        { u"mode"_s, need(mode()) },
        { u"category_id"_s, Field::integer().nullable().describe(u"An internship category"_s) },
        { u"location"_s, Field::string(0, 300).nullable() },
        { u"state"_s, Field::string(0, 100).nullable().example(u"Lagos"_s) },
        { u"places"_s,
          Field::integer(1, 100000).nullable().describe(
                  u"Interns taken; approved and completed applications fill one each. Null: no "
                  u"limit"_s) },
        { u"stipend"_s,
          Field::integer(0, 1000000000000).nullable().describe(u"Monthly, in whole naira"_s) },
        { u"start_date"_s, Field::date().nullable() },
        { u"end_date"_s, Field::date().nullable().describe(u"Not before start_date"_s) },
        { u"application_deadline"_s,
          Field::dateTime().nullable().describe(u"Not after start_date"_s) },
    };
}

const Schema &searchSchema()
{
    static const Schema schema {
        { u"q"_s, Field::string(0, 100).describe(u"Search in titles and companies"_s) },
        { u"category_id"_s, Field::integer() },
        { u"mode"_s, mode() },
        { u"state"_s, Field::string(1, 100) },
        { u"company_id"_s, Field::integer() },
    };
    return schema;
}

} // namespace

void installInternships(Api &api, std::shared_ptr<InternshipService> internships,
                        std::shared_ptr<InternshipApplicationService> applications,
                        std::shared_ptr<KpiService> kpis)
{
    RouteGroup area = internshiproutes::area(api);

    // ---- Categories ----

    area.post(u"/internship-categories/seed"_s,
              { .seed = { u"Category > Seed Program Categories"_s },
                .access = Access::roles(Role::Admin, Role::SuperAdmin),
                .summary = u"Add the default internship categories that are missing"_s },
              [internships](Call &) {
                  return QJsonObject { { u"added"_s, internships->seedCategories() } };
              });

    area.get(u"/internship-categories"_s,
             { .seed = { u"Category > Fetch category"_s },
               .summary = u"Internship categories with their open programmes"_s },
             [internships](Call &) { return internships->categories(); });

    // ---- Programmes ----

    const OfferRoutes routes {
        .offers = u"internships"_s,
        .noun = u"internship"_s,
        .tag = tag(),
        .workflow = &internshipWorkflow(),
        .applicationWorkflow = &internshipApplicationWorkflow(),
        .creating = internshipSchema(true),
        .editing = internshipSchema(false),
        .searching = searchSchema(),
        .create = { { u"Internship > Intership Program > create Internship"_s },
                    u"Draft an internship programme for your company (jobs.create); its slug "
                    u"comes from the title"_s },
        .search = { { u"Internship > Intership Program > get all Internship"_s },
                    u"Published internships, searchable and filterable"_s },
        .own = { { u"Internship > Intership Program > Get All Employer Internship"_s },
                 u"Your company's internships in every status"_s },
        .byId = { { u"Internship > Intership Program > get one internship by id"_s },
                  u"One internship: published and closed ones for anyone, others for their "
                  u"company"_s },
        .bySlug = { { u"Internship > Intership Program > Get Internship By Slug"_s },
                    u"One internship by its slug"_s },
        .update = { { u"Internship > Intership Program > update Internship by id"_s },
                    u"Edit your company's internship (jobs.create); archived ones are final"_s },
        .status = { {},
                    u"Publish, close, reopen or archive your company's internship "
                    u"(jobs.publish)"_s },
        .apply = { { u"Internship > Internship Application > Apply for internship (Talent)"_s },
                   u"Apply for a published internship before its deadline"_s },
        .applied = { { u"Internship > Fetch Talent Applications by Status"_s },
                     u"Your internship applications, newest first"_s },
        .application = { {},
                         u"One application with its history: your own, or one to your company "
                         u"(applications.read)"_s },
        .applicationStatus = { { u"Internship > Application Status > Fetch Application Status"_s },
                               u"Whether you applied for an internship, and your application's "
                               u"status"_s },
        .applicants = { { u"Internship > Get All Internship Applications By ID"_s },
                        u"The applications to your company's internship (applications.read)"_s },
        .move = { {},
                  u"Move an application: the company approves, rejects or completes it "
                  u"(applications.decide); the talent withdraws it"_s },
    };
    installOfferRoutes(api, internships, routes);

    area.del(u"/internships/{id}"_s,
             { .seed = { u"Intership Program > delete Internship by id"_s },
               .access = Access::company(),
               .permission = u"jobs.create"_s,
               .summary = u"Delete your company's internship while nobody was admitted to it "
                          u"(jobs.create); applications still waiting are rejected, and their "
                          u"talents told"_s },
             [applications](Call &call) {
                 applications->removeInternship(call.principal(), call.pathId(u"id"_s));
                 return Response::noContent();
             });

    // ---- Applications ----

    installOfferApplicationRoutes(api, applications, routes);

    RouteGroup deciders
            = area.group({ .access = Access::company(), .permission = u"applications.decide"_s });

    deciders.post(u"/internship-applications/{id}/approve"_s,
                  { .seed = { u"Internship Application > Approve Internship Application"_s },
                    .summary = u"Approve an application to your company's internship: the talent "
                               u"becomes an intern (applications.decide)"_s },
                  [applications](Call &call) {
                      return applications->changeStatus(call.principal(), call.pathId(u"id"_s),
                                                        u"approved"_s, {});
                  });

    deciders.post(u"/internship-applications/{id}/reject"_s,
                  { .seed = { u"Internship Application > Reject Internship Application"_s },
                    .summary = u"Reject an application with a reason (applications.decide)"_s,
                    .body = { { u"reason"_s, Field::string(1, 1000).required() } } },
                  [applications](Call &call) {
                      return applications->changeStatus(call.principal(), call.pathId(u"id"_s),
                                                        u"rejected"_s,
                                                        call.body().value(u"reason"_s).toString());
                  });

    area.get(
            u"/internships/by-slug/{slug}/applications"_s,
            { .seed
              = { u"Application Status > Fetch Employer Internship Application By Slug & Status"_s },
              .access = Access::company(),
              .permission = u"applications.read"_s,
              .summary = u"The applications to your company's internship, found by its slug, by "
                         u"status (applications.read)"_s,
              .query = applicants(internshipApplicationWorkflow()),
              .paged = true },
            [applications](Call &call) {
                return applications->applicantsBySlug(call.principal(), call.path(u"slug"_s),
                                                      call.query(), call.page(), call.limit());
            });

    // ---- Mentors ----

    RouteGroup staffManagers
            = area.group({ .access = Access::company(), .permission = u"company.staff.manage"_s });
    RouteGroup mentors = area.group({ .prefix = u"/mentors/me"_s, .access = mentorAccess() });

    staffManagers.post(
            u"/internship-mentors"_s,
            { .seed = { u"Mentors > Create Mentor"_s },
              .summary = u"Make one of your company's people a mentor (user_id), or invite a new "
                         u"person as your company's mentor (email and names) "
                         u"(company.staff.manage)"_s,
              .body = { { u"user_id"_s,
                          Field::integer().describe(u"Your company's owner, staff or mentor"_s) },
                        { u"email"_s, Field::email() },
                        { u"first_name"_s, Field::string(1, 100) },
                        { u"last_name"_s, Field::string(1, 100) },
                        { u"phone_number"_s, Field::string(0, 30) },
                        { u"expertise"_s, Field::string(0, 300) } },
              .status = 201 },
            [internships](Call &call) {
                return internships->addMentor(call.principal(), call.body());
            });

    area.get(u"/employers/me/internship-mentors"_s,
             { .seed = { u"Mentors > Get All Employer Mentors"_s },
               .access = Access::company(),
               .summary = u"Your company's mentors with how many programmes each mentors"_s,
               .query = { { u"internship_id"_s,
                            Field::integer().describe(u"Only those assigned to it"_s) } },
               .paged = true },
             [internships](Call &call) {
                 return internships->companyMentors(call.principal(), call.query(), call.page(),
                                                    call.limit());
             });

    area.get(u"/internship-mentors"_s,
             { .seed = { u"Mentors > Get All Mentors"_s },
               .access = Access::staff(),
               .summary = u"Every company's mentors"_s,
               .query = { { u"company_id"_s, Field::integer() } },
               .paged = true },
             [internships](Call &call) {
                 return internships->allMentors(call.query(), call.page(), call.limit());
             });

    staffManagers.del(u"/internship-mentors/{id}"_s,
                      { .seed = { u"Mentors > Delete A Mentor"_s },
                        .summary
                        = u"Stop someone mentoring for your company; the scores they gave stay "
                          u"(company.staff.manage)"_s },
                      [internships](Call &call) {
                          internships->removeMentor(call.principal(), call.pathId(u"id"_s));
                          return Response::noContent();
                      });

    area.post(u"/internships/{id}/mentors"_s,
              { .seed = { u"Mentors > Assign mentor to Internship"_s },
                .access = Access::company(),
                .permission = u"jobs.create"_s,
                .summary = u"Assign one of your mentors to your company's internship "
                           u"(jobs.create)"_s,
                .body = { { u"mentor_id"_s, Field::integer().required() } },
                .status = 201 },
              [internships](Call &call) {
                  return internships->assignMentor(call.principal(), call.pathId(u"id"_s),
                                                   call.body().value(u"mentor_id"_s).toInteger());
              });

    mentors.get(u"/dashboard"_s,
                { .seed = { u"Mentors > Mentor Dashboard Stats"_s },
                  .summary = u"Your programmes, interns, reviews waiting (oldest first) and the "
                             u"average of the scores you gave, in percent of each KPI's scale"_s },
                [kpis](Call &call) { return kpis->mentorDashboard(call.principal()); });

    mentors.get(u"/internships"_s,
                { .seed = { u"KPI > Mentor To View All Assigned Internships"_s },
                  .summary = u"The internships you mentor, with their reviews waiting"_s,
                  .paged = true },
                [internships](Call &call) {
                    return internships->mentorInternships(call.principal(), call.page(),
                                                          call.limit());
                });

    installInternshipKpis(api, internships, kpis);
}

} // namespace wn
