// SPDX-License-Identifier: Apache-2.0
#include "modules/areas.h"

#include "adminservice.h"
#include "core/http/api.h"
#include "core/jobs/jobqueue.h"
#include "core/servercontext.h"
#include "userimportservice.h"

using namespace Qt::StringLiterals;

namespace wn {

namespace {

Field countryFilter()
{
    return Field::pattern(u"[A-Za-z]{2}"_s, u"an ISO 3166 two-letter country code"_s, 2);
}

Field createdSince()
{
    return Field::date().describe(u"Only accounts created on or after this day (UTC)"_s);
}

} // namespace

void installAdmin(Api &api, ServerContext &context, std::shared_ptr<AdminService> admin,
                  std::shared_ptr<UserImportService> imports)
{
    context.jobs->registerHandler(
            UserImportService::jobKind,
            [imports](const QJsonObject &payload) {
                imports->processChunk(payload.value(u"import_id"_s).toInteger(),
                                      payload.value(u"offset"_s).toInteger());
            },
            8,
            [imports](const QJsonObject &payload, const QString &) {
                imports->markFailed(payload.value(u"import_id"_s).toInteger());
            });

    // Support staff may read the lists; everything else here is for admins.
    const Access readers = Access::roles(Role::Admin, Role::Support);
    const Access admins = Access::roles(Role::Admin);

    api.get(u"/api/v1/admin/talents"_s,
            { .seed = { u"Admin > Fetch All Talents"_s },
              .access = readers,
              .summary
              = u"Every talent with their skills, searchable and filterable (admins and support)"_s,
              .query
              = { { u"q"_s, Field::string(0, 100).describe(u"Search in names and emails"_s) },
                  { u"country"_s, countryFilter() },
                  { u"state"_s, Field::string(1, 100) },
                  { u"skill_ids"_s,
                    Field::pattern(u"[0-9]{1,10}(,[0-9]{1,10}){0,19}"_s,
                                   u"a comma-separated list of up to 20 skill ids"_s, 230) },
                  { u"skill_match"_s,
                    Field::oneOf({ u"all"_s, u"any"_s })
                            .describe(u"Talents with all the skills (default) or any"_s) },
                  { u"identity_status"_s,
                    Field::oneOf({ u"verified"_s, u"unverified"_s, u"bvn_verified"_s,
                                   u"nin_verified"_s }) },
                  { u"email_verified"_s, Field::boolean() },
                  { u"status"_s, Field::oneOf({ u"pending"_s, u"active"_s, u"suspended"_s }) },
                  { u"created_since"_s, createdSince() } },
              .paged = true },
            [admin](Call &call) { return admin->talents(call.query(), call.page(), call.limit()); });

    api.get(u"/api/v1/admin/employers"_s,
            { .seed = { u"Admin > Get All Employers"_s },
              .access = readers,
              .summary
              = u"Every employer company with its owner, searchable and filterable (admins and support)"_s,
              .query
              = { { u"q"_s,
                    Field::string(0, 100).describe(
                            u"Search in company names and the owner's name and email"_s) },
                  { u"country"_s, countryFilter() },
                  { u"industry"_s,
                    Field::string(1, 100).describe(u"An industry's code or name, ignoring case"_s) },
                  { u"tin_verified"_s, Field::boolean() },
                  { u"created_since"_s, createdSince() } },
              .paged = true },
            [admin](Call &call) {
                return admin->employers(call.query(), call.page(), call.limit());
            });

    api.get(u"/api/v1/admin/statistics"_s,
            { .seed = { u"Admin > Admin Dashboard Statistics"_s },
              .access = admins,
              .summary
              = u"Accounts by role, sign-ups per day for 30 days, verification rates, companies, jobs and applications"_s },
            [admin](Call &) { return admin->statistics(); });

    api.post(
            u"/api/v1/admin/user-imports"_s,
            { .seed = { u"Admin > Invite Users (file upload)"_s },
              .access = admins,
              .summary
              = u"Invite users from a CSV file or an XLSX workbook (its first sheet) sent as the body: header first_name,last_name,email and optionally role, company_name; answers 202 at once and processes it in the background"_s,
              .status = 202,
              .rawBody = true,
              .maxBody = 8 * 1024 * 1024 },
            [imports](Call &call) {
                return imports->startCsvImport(call.principal(), call.rawBody());
            });

    api.get(u"/api/v1/admin/user-imports/{id}"_s,
            { .seed = { u"Admin > Invite Users (file upload)"_s },
              .access = admins,
              .summary = u"An import's progress and counts, with a page of its per-row report"_s,
              .query
              = { { u"outcome"_s, Field::oneOf({ u"created"_s, u"duplicate"_s, u"invalid"_s }) } },
              .paged = true },
            [imports](Call &call) {
                return imports->report(call.pathId(u"id"_s),
                                       call.query().value(u"outcome"_s).toString(), call.page(),
                                       call.limit());
            });

    api.post(
            u"/api/v1/admin/talent-invitations"_s,
            { .seed = { u"Admin > Invite applicants"_s },
              .access = admins,
              .summary
              = u"Invite up to 500 talents by email now; every row is reported created, duplicate or invalid"_s,
              .body = { { u"invites"_s,
                          Field::arrayOf(Field::object({ { u"first_name"_s, Field::string(0, 1000) },
                                                         { u"last_name"_s, Field::string(0, 1000) },
                                                         { u"email"_s, Field::string(0, 1000) } }),
                                         UserImportService::maxJsonRows)
                                  .required() } } },
            [imports](Call &call) { return imports->inviteTalents(call.principal(), call.body()); });
}

} // namespace wn
