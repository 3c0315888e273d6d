// SPDX-License-Identifier: Apache-2.0
// The learning console of the super admins: companies and academies, talents' learning records,
// the activity log, settings and the sensitive tools, reports and their CSV exports.
#include "lmsroutes.h"

#include "lmsconsole.h"
#include "lmsservice.h"

#include "core/http/routegroup.h"

#include <wn/common/forms.h>

using namespace Qt::StringLiterals;

namespace wn {

using namespace lmsroutes;

namespace {

QString consoleTag()
{
    return u"Learning console"_s;
}

/** The console's people and its sensitive tools: super admins only. */
Access superAdmin()
{
    return Access::roles(Role::SuperAdmin);
}

/** An export's body: the file's format, CSV unless it says XLSX. */
Schema exportBody()
{
    return {
        { u"format"_s,
          Field::oneOf({ u"csv"_s, u"xlsx"_s }).describe(u"The file: csv (the default) or xlsx"_s) }
    };
}

QString exportFormat(Call &call)
{
    return call.body().value(u"format"_s).toString(u"csv"_s);
}

} // namespace

void installLmsConsole(Api &api, const std::shared_ptr<LmsService> &lms,
                       const std::shared_ptr<LmsConsole> &console)
{
    RouteGroup group(api,
                     { .prefix = u"/api/v1/lms"_s,
                       .access = superAdmin(),
                       .tag = consoleTag(),
                       .seedPrefix = wn });

    // ---- The console: companies ----

    group.get(u"/companies"_s,
              { .seed = { u"Super-Admin > Fetch All Companies"_s },
                .summary = u"Companies with the learners attached to each; kind=academy for the "
                           u"learning academies"_s,
                .query = { { u"kind"_s, Field::oneOf(forms::companyKinds()) },
                           { u"q"_s, Field::string(0, 100) } },
                .paged = true },
              [console](Call &call) {
                  return console->companies(call.query(), call.page(), call.limit());
              });

    group.get(u"/academies"_s,
              { .seed = { u"Talents > Learning Academies"_s },
                .summary = u"The learning academies talents can be attached to"_s,
                .query = { { u"q"_s, Field::string(0, 100) } },
                .paged = true },
              [console](Call &call) {
                  QJsonObject query = call.query();
                  query.insert(u"kind"_s, u"academy"_s);
                  return console->companies(query, call.page(), call.limit());
              });

    group.get(u"/companies/{id}"_s,
              { .seed = { u"Super-Admin > Company"_s },
                .summary = u"One company with its learner count"_s },
              [console](Call &call) { return console->company(call.pathId(u"id"_s)); });

    group.post(u"/companies"_s,
               { .seed = { u"Super-Admin > Create Company"_s },
                 .summary = u"Add a company, a learning academy unless kind says otherwise"_s,
                 .body = forms::lmsCompany(),
                 .status = 201 },
               [console](Call &call) {
                   return console->createCompany(call.principal(), call.body());
               });

    // ---- The console: talents ----

    group.get(u"/talents"_s,
              { .seed = { u"Talents > Get All Talents"_s },
                .summary = u"Talents with their LMS records"_s,
                .query = { { u"q"_s, Field::string(0, 100) },
                           { u"nysc"_s, Field::boolean() },
                           { u"course_creator"_s, Field::boolean() },
                           { u"academy_id"_s, Field::integer() } },
                .paged = true },
              [console](Call &call) {
                  return console->talents(call.query(), call.page(), call.limit());
              });

    group.get(u"/talents/exists"_s,
              { .seed = { u"Talents > Check User Exist"_s },
                .summary = u"Whether an email has an account here and a user on the LMS"_s,
                .query = { { u"email"_s, Field::email().required() } } },
              [console](Call &call) {
                  return console->talentExists(call.query().value(u"email"_s).toString());
              });

    group.post(
            u"/talents"_s,
            { .seed = { u"Talents > Create new talent"_s },
              .summary = u"Invite a new talent (they choose their password from the mail) and "
                         u"give them an LMS user"_s,
              .body = forms::lmsTalent(),
              .status = 201 },
            [console](Call &call) { return console->createTalent(call.principal(), call.body()); });

    group.put(u"/talents/{id}/course-creator"_s,
              { .seed = { u"Talents > Make Course Creator"_s },
                .summary
                = u"Let a talent create built-in courses and record progress, or stop them"_s,
                .body = { { u"course_creator"_s, Field::boolean().required() } } },
              [console](Call &call) {
                  return console->setCourseCreator(call.principal(), call.pathId(u"id"_s),
                                                   call.body().value(u"course_creator"_s).toBool());
              });

    group.post(u"/talents/nysc"_s,
               { .seed = { u"Talents > Bulk Update NYSC Talents"_s },
                 .summary = u"Mark talents as NYSC corps members (by email), with state code and "
                            u"batch; each row's outcome"_s,
                 .body = forms::lmsNysc() },
               [console](Call &call) { return console->bulkNysc(call.principal(), call.body()); });

    group.post(u"/talents/{id}/password-reset"_s,
               { .seed = { u"Talents > Reset Password"_s },
                 .summary = u"Mail a talent a password reset code; nobody but the talent sees the "
                            u"new password"_s },
               [console](Call &call) {
                   return console->resetPassword(call.principal(), call.pathId(u"id"_s));
               });

    group.put(u"/talents/{id}/username"_s,
              { .seed = { u"Talents > Update Username"_s },
                .summary = u"Change a talent's LMS username"_s,
                .body = forms::lmsUsername() },
              [console](Call &call) {
                  return console->updateUsername(call.principal(), call.pathId(u"id"_s),
                                                 call.body().value(u"username"_s).toString());
              });

    group.patch(u"/talents/{id}"_s,
                { .seed = { u"Talents > Update Profile"_s },
                  .summary = u"Edit a talent's learning profile: names, NYSC details, academy"_s,
                  .body = { { u"first_name"_s, Field::string(1, 100) },
                            { u"last_name"_s, Field::string(1, 100) },
                            { u"nysc"_s, Field::boolean() },
                            { u"nysc_state_code"_s, Field::string(0, 50).nullable() },
                            { u"nysc_batch"_s, Field::string(0, 50).nullable() },
                            { u"academy_id"_s, Field::integer().nullable() } } },
                [console](Call &call) {
                    return console->updateProfile(call.principal(), call.pathId(u"id"_s),
                                                  call.body());
                });

    group.post(u"/talents/{id}/fix-context"_s,
               { .seed = { u"Talents > Fix Context"_s },
                 .summary
                 = u"Re-sync a talent's LMS user: looked up by email on the site again (made "
                   u"if the site has none) and kept; recorded in the audit log"_s },
               [console](Call &call) {
                   return console->fixContext(call.principal(), call.pathId(u"id"_s));
               });

    // ---- The console: log, settings and the sensitive tools ----

    group.get(u"/log"_s,
              { .seed = { u"Talents > Get Log"_s },
                .summary = u"The LMS activity log (provider calls, links, enrolments, failures); "
                           u"archived=true for archived entries"_s,
                .query = { { u"archived"_s, Field::boolean() },
                           { u"level"_s, Field::oneOf({ u"info"_s, u"error"_s }) } },
                .paged = true },
              [console](Call &call) {
                  return console->log(call.query(), call.page(), call.limit());
              });

    group.post(u"/log/archive"_s,
               { .seed = { u"Talents > Clear Log"_s },
                 .summary
                 = u"Clear the activity log by archiving its entries (nothing is deleted)"_s },
               [console](Call &call) { return console->archiveLog(call.principal()); });

    group.get(u"/env"_s,
              { .seed = { u"Talents > get env"_s },
                .summary
                = u"The server's settings without their secrets (a secret shows only "
                  u"whether it is set) and the console's values; recorded in the audit log"_s },
              [console](Call &call) { return console->environment(call.principal()); });

    group.put(u"/settings/{name}"_s,
              { .seed = { u"Talents > Add/Edit Values"_s },
                .summary = u"Add or change one of the console's values (never a server setting)"_s,
                .body = { { u"value"_s, Field::string(0, 2000).required() } } },
              [console](Call &call) {
                  return console->setValue(call.principal(), call.path(u"name"_s),
                                           call.body().value(u"value"_s).toString());
              });

    group.post(u"/cache/clear"_s,
               { .seed = { u"Talents > Clear Cache"_s },
                 .summary
                 = u"Forget the cached course and category lists, so the next read asks the "
                   u"LMS; recorded in the audit log"_s },
               [console](Call &call) { return console->clearCache(call.principal()); });

    group.post(
            u"/query"_s,
            { .seed = { u"Talents > Run Query"_s },
              .summary = u"Run one read-only SELECT over the allowed tables, on a read-only "
                         u"connection, with a row cap and a timeout; recorded in the audit log"_s,
              .body
              = { { u"sql"_s,
                    Field::string(1, 10000).required().example(u"SELECT course_name, status FROM "
                                                               u"lms_enrolment_requests"_s) } } },
            [console](Call &call) {
                return console->runQuery(call.principal(), call.body().value(u"sql"_s).toString());
            });

    group.get(u"/audit"_s,
              { .summary = u"Who used the console's sensitive tools, and how"_s,
                .query = { { u"action"_s, Field::string(1, 50) } },
                .paged = true },
              [console](Call &call) {
                  return console->audit(call.query(), call.page(), call.limit());
              });

    group.get(u"/site"_s,
              { .summary = u"What the LMS says about itself (Moodle: the site, its release and the "
                           u"functions the token may call)"_s },
              [lms](Call &) { return lms->provider().siteInfo(); });

    // ---- The console: reports and exports ----

    group.get(u"/reports/stats"_s,
              { .seed = { u"Super-Admin > Reporting > Stats"_s },
                .summary = u"Learners, requests by status, completions and academies"_s },
              [console](Call &) { return console->stats(); });

    group.get(
            u"/reports/trainings"_s,
            { .seed = { u"Super-Admin > Reporting > Trainings"_s },
              .summary = u"Per course: requests pending, approved and declined, and completions"_s,
              .paged = true },
            [console](Call &call) { return console->trainingsReport(call.page(), call.limit()); });

    group.get(u"/reports/nysc"_s,
              { .seed = { u"Super-Admin > Reporting > NYSC"_s },
                .summary = u"NYSC talents with their enrolments and completions"_s,
                .paged = true },
              [console](Call &call) { return console->nyscReport(call.page(), call.limit()); });

    group.post(
            u"/reports/trainings/exports"_s,
            { .seed = { u"Super-Admin > Reporting > Export Trainings"_s },
              .summary = u"Export the trainings report as CSV or XLSX, written in the background: "
                         u"follow its progress, then download it"_s,
              .body = exportBody(),
              .status = 202 },
            [console](Call &call) {
                return console->startExport(call.principal(), u"trainings"_s, exportFormat(call));
            });

    group.post(u"/reports/nysc/exports"_s,
               { .seed = { u"Super-Admin > Reporting > Export NYSC Talents"_s },
                 .summary = u"Export the NYSC report as CSV or XLSX, written in the background"_s,
                 .body = exportBody(),
                 .status = 202 },
               [console](Call &call) {
                   return console->startExport(call.principal(), u"nysc"_s, exportFormat(call));
               });

    group.get(u"/exports/{id}"_s,
              { .summary = u"An export's progress: status, rows done of rows total, percent"_s },
              [console](Call &call) {
                  return console->exportStatus(call.principal(), call.pathId(u"id"_s));
              });

    group.get(u"/exports/{id}/file"_s,
              { .summary = u"A finished export's file, CSV or XLSX as it was asked for"_s },
              [console](Call &call) {
                  return console->exportFile(call.principal(), call.pathId(u"id"_s));
              });
}

} // namespace wn
