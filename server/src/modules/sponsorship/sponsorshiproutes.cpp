// SPDX-License-Identifier: Apache-2.0
#include "modules/areas.h"

#include "core/http/api.h"
#include "core/http/routegroup.h"
#include "core/storage/storage.h"
#include "sponsorshipapplicationservice.h"
#include "sponsorshipservice.h"

#include <wn/common/workflows.h>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

Access sponsorPeople()
{
    return Access::roles(Role::Sponsor, Role::Employer, Role::Employee);
}

Field applicationStatus()
{
    return Field::oneOf(sponsorshipApplicationWorkflow().statuses());
}

const Schema &levelSchema()
{
    static const Schema schema {
        { u"name"_s, Field::string(1, 100).required().example(u"Screening"_s) },
        { u"mode"_s,
          Field::oneOf({ u"any_of"_s, u"all_of"_s })
                  .required()
                  .describe(u"any_of: one approver's approval passes the level; all_of: every "
                            "approver must approve"_s) },
        { u"approvers"_s,
          Field::arrayOf(Field::integer(), 20)
                  .required()
                  .describe(
                          u"User ids: your company's owner or staff holding sponsorships.approve"_s) },
    };
    return schema;
}

/** The programme's fields; on creation some are required and the status starts as draft or open. */
Schema programmeSchema(bool creating)
{
    auto needed = [creating](const Field &field) { return creating ? field.required() : field; };
    Field amount
            = Field::integer(0, 1'000'000'000'000)
                      .describe(u"What each recipient receives, in whole units of the currency"_s);
    return {
        { u"title"_s, needed(Field::string(3, 200)) },
        { u"description"_s, needed(Field::string(1, 10000)) },
        { u"amount"_s, creating ? amount : amount.nullable() },
        { u"currency"_s,
          Field::oneOf({ u"NGN"_s, u"USD"_s, u"GBP"_s, u"EUR"_s }).describe(u"NGN unless given"_s) },
        { u"benefits"_s, Field::text(5000).describe(u"What else recipients receive"_s) },
        { u"slots"_s,
          needed(Field::integer(1, 100000)).describe(u"How many applications can be approved"_s) },
        { u"eligibility"_s, Field::text(5000).describe(u"Who may apply"_s) },
        { u"opening_date"_s,
          Field::date().describe(u"First day applications are accepted (today "
                                 "unless given)"_s) },
        { u"closing_date"_s,
          needed(Field::date()).describe(u"Last day applications are accepted (UTC)"_s) },
        { u"required_documents"_s,
          Field::arrayOf(Field::string(1, 100), 20)
                  .describe(u"What applicants should attach, e.g. \"CV\", \"Transcript\""_s) },
        { u"status"_s,
          creating ? Field::oneOf({ u"draft"_s, u"open"_s }).describe(u"draft unless given"_s)
                   : Field::oneOf({ u"draft"_s, u"open"_s, u"closed"_s })
                             .describe(u"draft -> open <-> closed; a published programme never "
                                       "returns to draft"_s) },
        { u"workflow"_s,
          needed(Field::arrayOf(Field::object(levelSchema()), 10))
                  .describe(u"The approval levels, in the order they act; fixed once the "
                            "programme has applications"_s) },
    };
}

/** A programme's or an application's document upload: the file is the body (PDF, PNG or JPEG),
 *  what it is goes in the query. */
Endpoint documentUpload(Endpoint endpoint)
{
    endpoint.query = { { u"label"_s,
                         Field::string(1, 100).describe(
                                 u"What the file is, e.g. \"Terms\" or \"Transcript\""_s) } };
    endpoint.status = 201;
    endpoint.rawBody = true;
    endpoint.maxBody = Storage::maxBytes(FileKind::Document);
    endpoint.storesFile = true;
    return endpoint;
}

/** Stores the uploaded document with @p service (programmes or applications). */
template<typename Service>
Api::Handler addDocument(std::shared_ptr<Service> service)
{
    return [service](Call &call) {
        return service->addDocument(call.principal(), call.pathId(u"id"_s),
                                    call.query().value(u"label"_s).toString(), call.upload());
    };
}

} // namespace

void installSponsorship(Api &api, std::shared_ptr<SponsorshipService> programmes,
                        std::shared_ptr<SponsorshipApplicationService> applications)
{
    RouteGroup area(api,
                    { .prefix = u"/api/v1"_s,
                      .tag = u"Sponsorship"_s,
                      .seedPrefix = u"HR > sponsorship > "_s });
    RouteGroup managers
            = area.group({ .access = sponsorPeople(), .permission = u"sponsorships.manage"_s });

    // ---- Programmes ----

    managers.post(
            u"/sponsorships"_s,
            { .seed = { u"Create a new sponsorship"_s },
              .summary = u"Create a programme with its approval workflow (a sponsor company's "
                         "owner or staff holding sponsorships.manage)"_s,
              .body = programmeSchema(true),
              .status = 201 },
            [programmes](Call &call) { return programmes->create(call.principal(), call.body()); });

    area.get(u"/sponsorships"_s,
             { .seed = { u"Get all sponsorships"_s },
               .summary = u"Open programmes, newest first; a sponsor's people also see their own "
                          "drafts and closed programmes"_s,
               .query
               = { { u"q"_s,
                     Field::string(0, 100).describe(
                             u"Search in titles, descriptions and sponsor names"_s) },
                   { u"status"_s, Field::oneOf({ u"draft"_s, u"open"_s, u"closed"_s }) },
                   { u"company_id"_s, Field::integer().describe(u"One sponsor's programmes"_s) } },
               .paged = true },
             [programmes](Call &call) {
                 return programmes->list(call.viewer(), call.query(), call.page(), call.limit());
             });

    area.get(u"/sponsorships/{id}"_s,
             { .seed = { u"Get sponsorship by ID"_s },
               .summary = u"A programme with its documents and workflow; the sponsor's reviewers "
                          "also see the approvers and application counts"_s },
             [programmes](Call &call) {
                 return programmes->byId(call.viewer(), call.pathId(u"id"_s));
             });

    managers.patch(
            u"/sponsorships/{id}"_s,
            { .seed = { u"Update sponsorship"_s },
              .summary = u"Change a programme, publish, close or reopen it (sponsorships.manage)"_s,
              .body = programmeSchema(false) },
            [programmes](Call &call) {
                return programmes->update(call.principal(), call.pathId(u"id"_s), call.body());
            });

    managers.del(u"/sponsorships/{id}"_s,
                 { .seed = { u"Delete sponsorship"_s },
                   .summary = u"Delete a programme without applications, or a closed one (its "
                              "undecided applications are cancelled)"_s },
                 [programmes](Call &call) {
                     programmes->remove(call.principal(), call.pathId(u"id"_s));
                     return Response::message(u"Sponsorship deleted"_s);
                 });

    managers.post(
            u"/sponsorships/{id}/documents"_s,
            documentUpload({ .seed = { u"documents > Upload sponsorship document"_s },
                             .summary
                             = u"Publish a file with the programme (brochure, terms): PDF, PNG "
                               "or JPEG of at most 10 MiB as the body"_s }),
            addDocument(programmes));

    // ---- Applications ----

    area.post(u"/sponsorships/{id}/applications"_s,
              { .seed = { u"Applications > Apply for sponsorship"_s },
                .access = Access::roles(Role::Talent),
                .summary = u"Apply to an open programme, once, before its closing date"_s,
                .body
                = { { u"motivation"_s,
                      Field::string(1, 5000).required().describe(u"Why you should be sponsored"_s) },
                    { u"document_keys"_s,
                      Field::arrayOf(Field::string(1, 100), 10)
                              .describe(u"Keys of document or CV files you uploaded"_s) } },
                .status = 201 },
              [applications](Call &call) {
                  return applications->apply(call.principal(), call.pathId(u"id"_s), call.body());
              });

    area.get(
            u"/sponsorships/{id}/applications"_s,
            { .seed = { u"Applications > Get applications by sponsorship"_s },
              .access = Access::roles(Role::Sponsor, Role::Employer, Role::Employee, Role::Admin,
                                      Role::SuperAdmin, Role::Support),
              .summary = u"A programme's applications, oldest first (its managers and approvers)"_s,
              .query
              = { { u"status"_s, applicationStatus() },
                  { u"q"_s,
                    Field::string(0, 100).describe(u"Search in applicants' names and emails"_s) } },
              .paged = true },
            [applications](Call &call) {
                return applications->listForProgramme(call.principal(), call.pathId(u"id"_s),
                                                      call.query(), call.page(), call.limit());
            });

    area.get(u"/sponsorship-applications"_s,
             { .seed = { u"Applications > Get applications by applicant"_s },
               .access = Access::roles(Role::Talent, Role::Admin, Role::SuperAdmin, Role::Support),
               .summary = u"A talent's applications, newest first: your own, or (staff) anyone's"_s,
               .query
               = { { u"applicant_id"_s,
                     Field::integer().describe(u"Staff: whose applications (default all)"_s) },
                   { u"status"_s, applicationStatus() } },
               .paged = true },
             [applications](Call &call) {
                 return applications->listForApplicant(call.principal(), call.query(), call.page(),
                                                       call.limit());
             });

    area.get(u"/sponsorship-applications/{id}"_s,
             { .seed = { u"Applications > Get application by ID"_s },
               .access = Access::Authenticated,
               .summary
               = u"An application: for its applicant, the programme's reviewers and staff"_s },
             [applications](Call &call) {
                 return applications->byId(call.principal(), call.pathId(u"id"_s));
             });

    area.patch(
            u"/sponsorship-applications/{id}"_s,
            { .seed = { u"Applications > Update application approval"_s },
              .access = Access::roles(Role::Talent, Role::Sponsor, Role::Employer, Role::Employee),
              .summary = u"The overall decision outside the levels: the applicant withdraws an "
                         "undecided application; the programme's managers cancel one (undecided "
                         "or approved, freeing its place) or reopen a rejected or cancelled one "
                         "for a new review round from level 1"_s,
              .body = { { u"action"_s,
                          Field::oneOf({ u"withdraw"_s, u"cancel"_s, u"reopen"_s }).required() },
                        { u"reason"_s,
                          Field::text(2000).describe(
                                  u"Required to cancel; the applicant reads it"_s) } } },
            [applications](Call &call) {
                return applications->changeStatus(call.principal(), call.pathId(u"id"_s),
                                                  call.body());
            });

    area.post(u"/sponsorship-applications/{id}/documents"_s,
              documentUpload({ .seed = { u"documents > Upload application document"_s },
                               .access = Access::roles(Role::Talent),
                               .summary
                               = u"Add a supporting file to your undecided application: PDF, "
                                 "PNG or JPEG of at most 10 MiB as the body"_s }),
              addDocument(applications));

    // ---- Approvals ----

    area.post(u"/sponsorship-applications/{id}/approvals"_s,
              { .seed = { u"Approvals > Take approval action"_s },
                .access = sponsorPeople(),
                .permission = u"sponsorships.approve"_s,
                .summary = u"Approve or reject at the current level (its approvers only, once "
                           "each); a rejection ends the application, the last level's approval "
                           "approves it and takes a place"_s,
                .body = { { u"action"_s, Field::oneOf({ u"approve"_s, u"reject"_s }).required() },
                          { u"comment"_s,
                            Field::text(2000).describe(
                                    u"Required to reject: the reason the applicant reads"_s) },
                          { u"level"_s,
                            Field::integer(1, 100).describe(
                                    u"The level you are acting on; 409 if the application has "
                                    "moved on"_s) } } },
              [applications](Call &call) {
                  return applications->act(call.principal(), call.pathId(u"id"_s), call.body());
              });

    area.get(u"/sponsorship-applications/{id}/workflow"_s,
             { .seed = { u"Approvals > Get approval workflow"_s },
               .access = Access::Authenticated,
               .summary = u"Each level of the application's workflow: its state and the approvals "
                          "it received in the current review round"_s },
             [applications](Call &call) {
                 return applications->workflow(call.principal(), call.pathId(u"id"_s));
             });

    area.get(u"/sponsorship-applications/{id}/history"_s,
             { .seed = { u"Approvals > Get approval history"_s },
               .access = Access::Authenticated,
               .summary = u"Everything that happened to the application, oldest first; entries "
                          "are never changed or removed"_s,
               .paged = true },
             [applications](Call &call) {
                 return applications->history(call.principal(), call.pathId(u"id"_s), call.page(),
                                              call.limit());
             });
}

} // namespace wn
