// SPDX-License-Identifier: Apache-2.0
#include "modules/areas.h"

#include "core/http/api.h"
#include "modules/applications/offerroutes.h"
#include "trainingapplicationservice.h"
#include "trainingservice.h"

#include <wn/common/workflows.h>

using namespace Qt::StringLiterals;

namespace wn {

using namespace offerschemas;

namespace {

QString tag()
{
    return u"Trainings"_s;
}

/** A training's fields; creating one needs the first four. */
Schema trainingSchema(bool creating)
{
    auto need = [creating](const Field &field) { return creating ? field.required() : field; };
    return {
        { u"title"_s, need(Field::string(3, 200)).example(u"Data analysis with Python"_s) },
        { u"summary"_s, Field::string(0, 500).nullable() },
        { u"description"_s, need(Field::string(1, 20000)) },
        { u"mode"_s, need(mode()) },
        { u"location"_s,
          Field::string(0, 300).nullable().describe(u"Venue, for onsite and hybrid trainings"_s) },
        { u"state"_s, Field::string(0, 100).nullable().example(u"Lagos"_s) },
        { u"start_date"_s, Field::date().nullable() },
        { u"end_date"_s, Field::date().nullable().describe(u"Not before start_date"_s) },
        { u"application_deadline"_s,
          Field::dateTime().nullable().describe(
                  u"Applications close at this time; not after start_date"_s) },
        { u"capacity"_s,
          Field::integer(1, 100000).nullable().describe(
                  u"Seats; accepted and completed applications take one each. Null: no limit"_s) },
        { u"fee"_s,
          Field::integer(0, 1000000000000).describe(u"In whole currency units; 0: free"_s) },
        { u"currency"_s,
          Field::pattern(u"[A-Za-z]{3}"_s, u"a three-letter ISO 4217 currency code"_s, 3)
                  .example(u"NGN"_s) },
        { u"skill_ids"_s,
          Field::arrayOf(Field::integer(), 30).describe(u"Skills the training teaches"_s) },
    };
}

const Schema &searchSchema()
{
    static const Schema schema {
        { u"q"_s, Field::string(0, 100).describe(u"Search in titles, summaries and companies"_s) },
        { u"mode"_s, mode() },
        { u"state"_s, Field::string(1, 100) },
        { u"skill"_s, Field::integer().describe(u"A skill id the training teaches"_s) },
        { u"starts_after"_s, Field::date().describe(u"Only trainings starting after this date"_s) },
        { u"company_id"_s, Field::integer() },
    };
    return schema;
}

} // namespace

void installTrainings(Api &api, std::shared_ptr<TrainingService> trainings,
                      std::shared_ptr<TrainingApplicationService> applications)
{
    const OfferRoutes routes {
        .offers = u"trainings"_s,
        .noun = u"training"_s,
        .tag = tag(),
        .workflow = &trainingWorkflow(),
        .applicationWorkflow = &trainingApplicationWorkflow(),
        .creating = trainingSchema(true),
        .editing = trainingSchema(false),
        .searching = searchSchema(),
        .ownWords = u"Search in titles"_s,
        .create = { { u"HR > Trainings > Create trainings"_s },
                    u"Draft a training for your company (jobs.create); its slug comes from the "
                    u"title"_s },
        .search = { { u"HR > Trainings > Fetch all trainings"_s },
                    u"Published trainings, searchable and filterable"_s },
        .own = { { u"HR > Trainings > Fetch all employers trainings"_s },
                 u"Your company's trainings in every status, with applicant counts"_s },
        .byId = { { u"HR > Trainings > Fetch trainings by id"_s },
                  u"One training: published and closed ones for anyone, drafts and archived ones "
                  u"for their company"_s },
        .bySlug
        = { { u"HR > Trainings > Fetch trainings by slug"_s }, u"One training by its slug"_s },
        .update = { { u"HR > Trainings > Update trainings"_s },
                    u"Edit your company's training (jobs.create); archived ones are final"_s },
        .status = { { u"HR > Trainings > Update trainings Status"_s },
                    u"Publish, close, reopen or archive your company's training (jobs.publish): "
                    u"draft → published → closed → archived, closed → published"_s },
        .apply
        = { { u"User > Applicants > Training Applications > Talents > Apply for a training"_s },
            u"Apply for a published training before its deadline, while seats are left"_s },
        .applied
        = { { u"User > Applicants > Training Applications > Talents > All training applied"_s },
            u"Your training applications, newest first"_s },
        .application
        = { { u"User > Applicants > Training Applications > Talents > Get application"_s },
            u"One application with its history: your own, or one to your company "
            u"(applications.read)"_s },
        .applicationStatus = { { u"User > Applicants > Training Applications > check status"_s },
                               u"Whether you applied for a training, and your application's "
                               u"status"_s },
        .applicants
        = { { u"User > Applicants > Training Applications > employer > Fetch all Applicant for a job"_s },
            u"The applicants of your company's training (applications.read)"_s },
        .move
        = { { u"User > Applicants > Training Applications > employer > Update applicatio status"_s },
            u"Move an application: the company accepts, rejects (with a reason) or "
            u"completes it (applications.decide); the talent withdraws it"_s },
    };
    installOfferRoutes(api, trainings, routes);
    installOfferApplicationRoutes(api, applications, routes);

    api.get(u"/api/v1/talents/me/trainings-not-applied"_s,
            { .seed
              = { u"User > Applicants > Training Applications > Talents > All training not applied"_s },
              .access = Access::roles(Role::Talent),
              .summary = u"Published trainings you have not applied for"_s,
              .tag = tag(),
              .query = searchSchema(),
              .paged = true },
            [trainings](Call &call) {
                return trainings->notAppliedBy(call.principal(), call.query(), call.page(),
                                               call.limit());
            });

    // ---- Reports ----

    api.get(u"/api/v1/training-reports"_s,
            { .seed
              = { u"User > Employer > Training Reports > Get All Training Reports By Employer"_s },
              .access = Access::company(),
              .permission = u"reports.read"_s,
              .summary = u"Per training of your company: applicants by status and the completion "
                         u"rate (reports.read)"_s,
              .tag = tag(),
              .query = ownOffers(trainingWorkflow(), u"Search in titles"_s),
              .paged = true },
            [trainings](Call &call) {
                return trainings->reports(call.principal(), call.query(), call.page(), call.limit());
            });

    api.get(u"/api/v1/training-reports/{id}"_s,
            { .seed
              = { u"User > Employer > Training Reports > Get Single Training Report By Employer"_s },
              .access = Access::company(),
              .permission = u"reports.read"_s,
              .summary = u"One training's report with its applications per day (reports.read)"_s,
              .tag = tag() },
            [trainings](Call &call) {
                return trainings->report(call.principal(), call.pathId(u"id"_s));
            });
}

} // namespace wn
