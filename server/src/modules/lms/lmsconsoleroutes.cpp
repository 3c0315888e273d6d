// SPDX-License-Identifier: Apache-2.0
// The learning console of the super admins: companies and academies, talents' learning records,
// the activity log, settings and the sensitive tools, reports and their CSV exports.
#include "lmsroutes.h"

#include "lmsconsole.h"
#include "lmsservice.h"

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
    // ---- The console: companies ----

    api.get(u"/api/v1/lms/companies"_s,
            { .seed = { wn + u"Super-Admin > Fetch All Companies"_s },
              .access = superAdmin(),
              .summary = u"Companies with the learners attached to each; kind=academy for the "
                         u"learning academies"_s,
              .tag = consoleTag(),
              .query = { { u"kind"_s, Field::oneOf(forms::companyKinds()) },
                         { u"q"_s, Field::string(0, 100) } },
              .paged = true },
            [console](Call &call) {
                return console->companies(call.query(), call.page(), call.limit());
            });

    api.get(u"/api/v1/lms/academies"_s,
            { .seed = { wn + u"Talents > Learning Academies"_s },
              .access = superAdmin(),
              .summary = u"The learning academies talents can be attached to"_s,
              .tag = consoleTag(),
              .query = { { u"q"_s, Field::string(0, 100) } },
              .paged = true },
            [console](Call &call) {
                QJsonObject query = call.query();
                query.insert(u"kind"_s, u"academy"_s);
                return console->companies(query, call.page(), call.limit());
            });

    api.get(u"/api/v1/lms/companies/{id}"_s,
            { .seed = { wn + u"Super-Admin > Company"_s },
              .access = superAdmin(),
              .summary = u"One company with its learner count"_s,
              .tag = consoleTag() },
            [console](Call &call) { return console->company(call.pathId(u"id"_s)); });

    api.post(u"/api/v1/lms/companies"_s,
             { .seed = { wn + u"Super-Admin > Create Company"_s },
               .access = superAdmin(),
               .summary = u"Add a company, a learning academy unless kind says otherwise"_s,
               .tag = consoleTag(),
               .body = forms::lmsCompany(),
               .status = 201 },
             [console](Call &call) {
                 return console->createCompany(call.principal(), call.body());
             });

    // ---- The console: talents ----

    api.get(u"/api/v1/lms/talents"_s,
            { .seed = { wn + u"Talents > Get All Talents"_s },
              .access = superAdmin(),
              .summary = u"Talents with their LMS records"_s,
              .tag = consoleTag(),
              .query = { { u"q"_s, Field::string(0, 100) },
                         { u"nysc"_s, Field::boolean() },
                         { u"course_creator"_s, Field::boolean() },
                         { u"academy_id"_s, Field::integer() } },
              .paged = true },
            [console](Call &call) {
                return console->talents(call.query(), call.page(), call.limit());
            });

    api.get(u"/api/v1/lms/talents/exists"_s,
            { .seed = { wn + u"Talents > Check User Exist"_s },
              .access = superAdmin(),
              .summary = u"Whether an email has an account here and a user on the LMS"_s,
              .tag = consoleTag(),
              .query = { { u"email"_s, Field::email().required() } } },
            [console](Call &call) {
                return console->talentExists(call.query().value(u"email"_s).toString());
            });

    api.post(u"/api/v1/lms/talents"_s,
             { .seed = { wn + u"Talents > Create new talent"_s },
               .access = superAdmin(),
               .summary = u"Invite a new talent (they choose their password from the mail) and "
                          u"give them an LMS user"_s,
               .tag = consoleTag(),
               .body = forms::lmsTalent(),
               .status = 201 },
             [console](Call &call) { return console->createTalent(call.principal(), call.body()); });

    api.put(u"/api/v1/lms/talents/{id}/course-creator"_s,
            { .seed = { wn + u"Talents > Make Course Creator"_s },
              .access = superAdmin(),
              .summary = u"Let a talent create built-in courses and record progress, or stop them"_s,
              .tag = consoleTag(),
              .body = { { u"course_creator"_s, Field::boolean().required() } } },
            [console](Call &call) {
                return console->setCourseCreator(call.principal(), call.pathId(u"id"_s),
                                                 call.body().value(u"course_creator"_s).toBool());
            });

    api.post(u"/api/v1/lms/talents/nysc"_s,
             { .seed = { wn + u"Talents > Bulk Update NYSC Talents"_s },
               .access = superAdmin(),
               .summary = u"Mark talents as NYSC corps members (by email), with state code and "
                          u"batch; each row's outcome"_s,
               .tag = consoleTag(),
               .body = forms::lmsNysc() },
             [console](Call &call) { return console->bulkNysc(call.principal(), call.body()); });

    api.post(u"/api/v1/lms/talents/{id}/password-reset"_s,
             { .seed = { wn + u"Talents > Reset Password"_s },
               .access = superAdmin(),
               .summary = u"Mail a talent a password reset code; nobody but the talent sees the "
                          u"new password"_s,
               .tag = consoleTag() },
             [console](Call &call) {
                 return console->resetPassword(call.principal(), call.pathId(u"id"_s));
             });

    api.put(u"/api/v1/lms/talents/{id}/username"_s,
            { .seed = { wn + u"Talents > Update Username"_s },
              .access = superAdmin(),
              .summary = u"Change a talent's LMS username"_s,
              .tag = consoleTag(),
              .body = forms::lmsUsername() },
            [console](Call &call) {
                return console->updateUsername(call.principal(), call.pathId(u"id"_s),
                                               call.body().value(u"username"_s).toString());
            });

    api.patch(u"/api/v1/lms/talents/{id}"_s,
              { .seed = { wn + u"Talents > Update Profile"_s },
                .access = superAdmin(),
                .summary = u"Edit a talent's learning profile: names, NYSC details, academy"_s,
                .tag = consoleTag(),
                .body = { { u"first_name"_s, Field::string(1, 100) },
                          { u"last_name"_s, Field::string(1, 100) },
                          { u"nysc"_s, Field::boolean() },
                          { u"nysc_state_code"_s, Field::string(0, 50).nullable() },
                          { u"nysc_batch"_s, Field::string(0, 50).nullable() },
                          { u"academy_id"_s, Field::integer().nullable() } } },
              [console](Call &call) {
                  return console->updateProfile(call.principal(), call.pathId(u"id"_s), call.body());
              });

    api.post(u"/api/v1/lms/talents/{id}/fix-context"_s,
             { .seed = { wn + u"Talents > Fix Context"_s },
               .access = superAdmin(),
               .summary
               = u"Re-sync a talent's LMS user: looked up by email on the site again (made "
                 u"if the site has none) and kept; recorded in the audit log"_s,
               .tag = consoleTag() },
             [console](Call &call) {
                 return console->fixContext(call.principal(), call.pathId(u"id"_s));
             });

    // ---- The console: log, settings and the sensitive tools ----

    api.get(u"/api/v1/lms/log"_s,
            { .seed = { wn + u"Talents > Get Log"_s },
              .access = superAdmin(),
              .summary = u"The LMS activity log (provider calls, links, enrolments, failures); "
                         u"archived=true for archived entries"_s,
              .tag = consoleTag(),
              .query = { { u"archived"_s, Field::boolean() },
                         { u"level"_s, Field::oneOf({ u"info"_s, u"error"_s }) } },
              .paged = true },
            [console](Call &call) { return console->log(call.query(), call.page(), call.limit()); });

    api.post(u"/api/v1/lms/log/archive"_s,
             { .seed = { wn + u"Talents > Clear Log"_s },
               .access = superAdmin(),
               .summary = u"Clear the activity log by archiving its entries (nothing is deleted)"_s,
               .tag = consoleTag() },
             [console](Call &call) { return console->archiveLog(call.principal()); });

    api.get(u"/api/v1/lms/env"_s,
            { .seed = { wn + u"Talents > get env"_s },
              .access = superAdmin(),
              .summary = u"The server's settings without their secrets (a secret shows only "
                         u"whether it is set) and the console's values; recorded in the audit log"_s,
              .tag = consoleTag() },
            [console](Call &call) { return console->environment(call.principal()); });

    api.put(u"/api/v1/lms/settings/{name}"_s,
            { .seed = { wn + u"Talents > Add/Edit Values"_s },
              .access = superAdmin(),
              .summary = u"Add or change one of the console's values (never a server setting)"_s,
              .tag = consoleTag(),
              .body = { { u"value"_s, Field::string(0, 2000).required() } } },
            [console](Call &call) {
                return console->setValue(call.principal(), call.path(u"name"_s),
                                         call.body().value(u"value"_s).toString());
            });

    api.post(u"/api/v1/lms/cache/clear"_s,
             { .seed = { wn + u"Talents > Clear Cache"_s },
               .access = superAdmin(),
               .summary = u"Forget the cached course and category lists, so the next read asks the "
                          u"LMS; recorded in the audit log"_s,
               .tag = consoleTag() },
             [console](Call &call) { return console->clearCache(call.principal()); });

    api.post(u"/api/v1/lms/query"_s,
             { .seed = { wn + u"Talents > Run Query"_s },
               .access = superAdmin(),
               .summary = u"Run one read-only SELECT over the allowed tables, on a read-only "
                          u"connection, with a row cap and a timeout; recorded in the audit log"_s,
               .tag = consoleTag(),
               .body
               = { { u"sql"_s,
                     Field::string(1, 10000).required().example(u"SELECT course_name, status FROM "
                                                                u"lms_enrolment_requests"_s) } } },
             [console](Call &call) {
                 return console->runQuery(call.principal(), call.body().value(u"sql"_s).toString());
             });

    api.get(u"/api/v1/lms/audit"_s,
            { .access = superAdmin(),
              .summary = u"Who used the console's sensitive tools, and how"_s,
              .tag = consoleTag(),
              .query = { { u"action"_s, Field::string(1, 50) } },
              .paged = true },
            [console](Call &call) {
                return console->audit(call.query(), call.page(), call.limit());
            });

    api.get(u"/api/v1/lms/site"_s,
            { .access = superAdmin(),
              .summary = u"What the LMS says about itself (Moodle: the site, its release and the "
                         u"functions the token may call)"_s,
              .tag = consoleTag() },
            [lms](Call &) { return lms->provider().siteInfo(); });

    // ---- The console: reports and exports ----

    api.get(u"/api/v1/lms/reports/stats"_s,
            { .seed = { wn + u"Super-Admin > Reporting > Stats"_s },
              .access = superAdmin(),
              .summary = u"Learners, requests by status, completions and academies"_s,
              .tag = consoleTag() },
            [console](Call &) { return console->stats(); });

    api.get(u"/api/v1/lms/reports/trainings"_s,
            { .seed = { wn + u"Super-Admin > Reporting > Trainings"_s },
              .access = superAdmin(),
              .summary = u"Per course: requests pending, approved and declined, and completions"_s,
              .tag = consoleTag(),
              .paged = true },
            [console](Call &call) { return console->trainingsReport(call.page(), call.limit()); });

    api.get(u"/api/v1/lms/reports/nysc"_s,
            { .seed = { wn + u"Super-Admin > Reporting > NYSC"_s },
              .access = superAdmin(),
              .summary = u"NYSC talents with their enrolments and completions"_s,
              .tag = consoleTag(),
              .paged = true },
            [console](Call &call) { return console->nyscReport(call.page(), call.limit()); });

    api.post(u"/api/v1/lms/reports/trainings/exports"_s,
             { .seed = { wn + u"Super-Admin > Reporting > Export Trainings"_s },
               .access = superAdmin(),
               .summary = u"Export the trainings report as CSV or XLSX, written in the background: "
                          u"follow its progress, then download it"_s,
               .tag = consoleTag(),
               .body = exportBody(),
               .status = 202 },
             [console](Call &call) {
                 return console->startExport(call.principal(), u"trainings"_s, exportFormat(call));
             });

    api.post(u"/api/v1/lms/reports/nysc/exports"_s,
             { .seed = { wn + u"Super-Admin > Reporting > Export NYSC Talents"_s },
               .access = superAdmin(),
               .summary = u"Export the NYSC report as CSV or XLSX, written in the background"_s,
               .tag = consoleTag(),
               .body = exportBody(),
               .status = 202 },
             [console](Call &call) {
                 return console->startExport(call.principal(), u"nysc"_s, exportFormat(call));
             });

    api.get(u"/api/v1/lms/exports/{id}"_s,
            { .access = superAdmin(),
              .summary = u"An export's progress: status, rows done of rows total, percent"_s,
              .tag = consoleTag() },
            [console](Call &call) {
                return console->exportStatus(call.principal(), call.pathId(u"id"_s));
            });

    api.get(u"/api/v1/lms/exports/{id}/file"_s,
            { .access = superAdmin(),
              .summary = u"A finished export's file, CSV or XLSX as it was asked for"_s,
              .tag = consoleTag() },
            [console](Call &call) {
                return console->exportFile(call.principal(), call.pathId(u"id"_s));
            });
}

} // namespace wn
