// SPDX-License-Identifier: Apache-2.0
#include "modules/areas.h"

#include "core/http/api.h"
#include "core/jobs/jobqueue.h"
#include "core/servercontext.h"
#include "lmsconsole.h"
#include "lmsservice.h"

#include <wn/common/workflows.h>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

QString tag()
{
    return u"Learning"_s;
}

QString consoleTag()
{
    return u"Learning console"_s;
}

/** Who runs enrolments and the catalogue: admins and super admins. */
Access learningStaff()
{
    return Access::roles(Role::Admin, Role::SuperAdmin);
}

/** The console's people and its sensitive tools: super admins only. */
Access superAdmin()
{
    return Access::roles(Role::SuperAdmin);
}

Field id()
{
    return Field::integer().required();
}

Schema courseQuery()
{
    return { { u"q"_s, Field::string(0, 100).describe(u"Words in the course's names or summary"_s) },
             { u"category_id"_s, Field::integer() } };
}

const QString lmsPrefix = u"LMS > "_s;
const QString wn = u"Worknation LMS > "_s;

} // namespace

void installLms(Api &api, ServerContext &context, std::shared_ptr<LmsService> lms,
                std::shared_ptr<LmsConsole> console)
{
    context.jobs->registerHandler(
            LmsConsole::exportJobKind,
            [console](const QJsonObject &payload) {
                console->runExport(payload.value(u"export_id"_s).toInteger());
            },
            3,
            [console](const QJsonObject &payload, const QString &failure) {
                console->failExport(payload.value(u"export_id"_s).toInteger(), failure);
            });

    // ---- The catalogue ----

    api.get(u"/api/v1/lms/courses"_s,
            { .seed = { lmsPrefix + u"Fetch All Courses"_s, wn + u"Courses > Get All Courses"_s },
              .access = Access::Authenticated,
              .summary = u"The LMS's courses (built-in or Moodle), searchable by words and "
                         u"category"_s,
              .tag = tag(),
              .query = courseQuery(),
              .paged = true },
            [lms](Call &call) { return lms->courses(call.query(), call.page(), call.limit()); });

    api.get(u"/api/v1/lms/catalogue"_s,
            { .seed = { wn + u"Courses > Get All Courses Fixed"_s },
              .access = Access::Authenticated,
              .summary = u"Every category with its courses, as the talent's catalogue shows them"_s,
              .tag = tag() },
            [lms](Call &) {
                return QJsonObject { { u"data"_s, lms->catalogue() } };
            });

    api.get(u"/api/v1/lms/categories"_s,
            { .seed = { lmsPrefix + u"Fetch All Categories"_s },
              .access = Access::Authenticated,
              .summary = u"The LMS's course categories"_s,
              .tag = tag() },
            [lms](Call &) {
                return QJsonObject { { u"data"_s, lms->categories() } };
            });

    api.get(u"/api/v1/lms/courses/{id}"_s,
            { .seed = { lmsPrefix + u"Fetch One course"_s, wn + u"Courses > View Course"_s },
              .access = Access::Authenticated,
              .summary = u"One course, with the requests Worknation holds for it"_s,
              .tag = tag() },
            [lms](Call &call) { return lms->course(call.pathId(u"id"_s)); });

    api.post(u"/api/v1/lms/categories"_s,
             { .access = Access::Authenticated,
               .summary = u"Built-in LMS: add a category (admins and course creators); 409 when "
                          u"the courses are kept in Moodle"_s,
               .tag = tag(),
               .body = { { u"name"_s, Field::string(2, 200).required() },
                         { u"description"_s, Field::string(0, 2000).nullable() },
                         { u"parent_id"_s, Field::integer().nullable() } },
               .status = 201 },
             [lms](Call &call) { return lms->createCategory(call.principal(), call.body()); });

    api.post(u"/api/v1/lms/courses"_s,
             { .access = Access::Authenticated,
               .summary = u"Built-in LMS: add a course (admins and course creators); 409 when the "
                          u"courses are kept in Moodle"_s,
               .tag = tag(),
               .body = { { u"category_id"_s, id() },
                         { u"shortname"_s,
                           Field::pattern(u"[A-Za-z0-9][A-Za-z0-9_.-]*"_s,
                                          u"letters, digits, _ . - (a course code)"_s, 100)
                                   .required()
                                   .example(u"DATA101"_s) },
                         { u"fullname"_s, Field::string(3, 250).required() },
                         { u"summary"_s, Field::string(0, 20000) },
                         { u"visible"_s, Field::boolean() } },
               .status = 201 },
             [lms](Call &call) { return lms->createCourse(call.principal(), call.body()); });

    api.put(u"/api/v1/lms/courses/{id}/learners/{userId}/progress"_s,
            { .access = Access::Authenticated,
              .summary = u"Built-in LMS: record a learner's progress (admins and course "
                         u"creators); 100 or completed completes the course, which then counts "
                         u"as verified"_s,
              .tag = tag(),
              .body = { { u"progress"_s, Field::integer(0, 100) },
                        { u"completed"_s, Field::boolean() } } },
            [lms](Call &call) {
                return lms->recordProgress(call.principal(), call.pathId(u"id"_s),
                                           call.pathId(u"userId"_s), call.body());
            });

    // ---- LMS users ----

    api.post(u"/api/v1/lms/users/talents"_s,
             { .seed = { lmsPrefix + u"Create Talent"_s },
               .access = learningStaff(),
               .summary = u"Give a talent an LMS user: found by email on the site, else made "
                          u"(once; a repeat changes nothing)"_s,
               .tag = tag(),
               .body = { { u"user_id"_s, id() } } },
             [lms](Call &call) {
                 return lms->linkLearner(call.body().value(u"user_id"_s).toInteger(),
                                         { Role::Talent });
             });

    api.post(u"/api/v1/lms/users/employers"_s,
             { .seed = { lmsPrefix + u"Create enployer"_s },
               .access = learningStaff(),
               .summary = u"Give an employer (a company's owner or staff member) an LMS user, as "
                          u"for a talent"_s,
               .tag = tag(),
               .body = { { u"user_id"_s, id() } } },
             [lms](Call &call) {
                 return lms->linkLearner(call.body().value(u"user_id"_s).toInteger(),
                                         { Role::Employer, Role::Employee });
             });

    api.get(u"/api/v1/lms/users/{id}/courses"_s,
            { .seed = { lmsPrefix + u"Get user enrolled courses"_s },
              .access = learningStaff(),
              .summary = u"The courses an account is enrolled in, with progress; completed ones "
                         u"are recorded as verified"_s,
              .tag = tag() },
            [lms](Call &call) {
                return QJsonObject { { u"data"_s, lms->userCourses(call.pathId(u"id"_s)) } };
            });

    api.get(u"/api/v1/lms/enrolments/by-email"_s,
            { .seed = { wn + u"Enrollments > Talent Enrolled Courses By Email"_s },
              .access = learningStaff(),
              .summary = u"The courses the account with this email is enrolled in"_s,
              .tag = tag(),
              .query = { { u"email"_s, Field::email().required() } } },
            [lms](Call &call) {
                return QJsonObject {
                    { u"data"_s, lms->userCoursesByEmail(call.query().value(u"email"_s).toString()) }
                };
            });

    api.get(u"/api/v1/lms/courses/{id}/learners/{userId}"_s,
            { .seed = { lmsPrefix + u"Check if user is enrolled for course"_s },
              .access = learningStaff(),
              .summary = u"Whether an account is enrolled in a course, with progress"_s,
              .tag = tag() },
            [lms](Call &call) {
                return lms->enrolment(call.pathId(u"userId"_s), call.pathId(u"id"_s));
            });

    api.post(u"/api/v1/lms/enrolments"_s,
             { .seed = { lmsPrefix + u"Enroll applicant for a course"_s,
                         wn + u"Enrollments > Moodle Enrol User To Course"_s },
               .access = learningStaff(),
               .summary = u"Enrol an account in a course now (its LMS user made if needed); a "
                          u"pending request for it is approved; a repeat changes nothing"_s,
               .tag = tag(),
               .body = { { u"user_id"_s, id() }, { u"course_id"_s, id() } } },
             [lms](Call &call) {
                 return lms->enrolNow(call.principal(), call.body().value(u"user_id"_s).toInteger(),
                                      call.body().value(u"course_id"_s).toInteger());
             });

    // ---- Talents' own learning ----

    api.post(u"/api/v1/lms/me/enrolment-requests"_s,
             { .seed = { wn + u"Enrollments > Enrol Talent To Course Copy"_s },
               .access = Access::roles(Role::Talent),
               .summary = u"Ask to join a course; staff approve or decline the request"_s,
               .tag = tag(),
               .body = { { u"course_id"_s, id() },
                         { u"note"_s,
                           Field::string(0, 2000).describe(u"Why you want to take the course"_s) } },
               .status = 201 },
             [lms](Call &call) { return lms->requestEnrolment(call.principal(), call.body()); });

    api.get(u"/api/v1/lms/me/enrolment-requests"_s,
            { .seed = {},
              .access = Access::roles(Role::Talent),
              .summary = u"Your requests to join courses, newest first, with their status"_s,
              .tag = tag(),
              .query = { { u"status"_s, Field::oneOf(lmsEnrolmentWorkflow().statuses()) } },
              .paged = true },
            [lms](Call &call) {
                QJsonObject query = call.query();
                query.insert(u"user_id"_s, call.principal().userId);
                return lms->requests(query, call.page(), call.limit());
            });

    api.get(u"/api/v1/lms/me/courses"_s,
            { .seed = { wn + u"Enrollments > Get All Talent Enrolments"_s },
              .access = Access::roles(Role::Talent),
              .summary = u"Your courses with progress; completed ones are recorded on your "
                         u"profile as verified"_s,
              .tag = tag() },
            [lms](Call &call) {
                return QJsonObject { { u"data"_s, lms->userCourses(call.principal().userId) } };
            });

    api.get(u"/api/v1/lms/me/courses/{id}/status"_s,
            { .seed = { wn + u"Enrollments > Get Enrolment Status"_s },
              .access = Access::roles(Role::Talent),
              .summary = u"Whether you are enrolled in a course, and your latest request for it"_s,
              .tag = tag() },
            [lms](Call &call) { return lms->status(call.principal(), call.pathId(u"id"_s)); });

    api.get(u"/api/v1/lms/me/courses/{id}/progress"_s,
            { .seed = { wn + u"Courses > Get Completion Progress"_s },
              .access = Access::roles(Role::Talent),
              .summary = u"Your progress in a course you are enrolled in; a completed course is "
                         u"recorded as verified"_s,
              .tag = tag() },
            [lms](Call &call) { return lms->progress(call.principal(), call.pathId(u"id"_s)); });

    // ---- Enrolment requests ----

    api.get(u"/api/v1/lms/enrolment-requests"_s,
            { .seed = { wn + u"Enrollments > All Enrollment Applications"_s },
              .access = learningStaff(),
              .summary = u"Talents' requests to join courses, newest first"_s,
              .tag = tag(),
              .query = { { u"status"_s, Field::oneOf(lmsEnrolmentWorkflow().statuses()) },
                         { u"user_id"_s, Field::integer() },
                         { u"course_id"_s, Field::integer() } },
              .paged = true },
            [lms](Call &call) { return lms->requests(call.query(), call.page(), call.limit()); });

    api.get(u"/api/v1/lms/enrolment-requests/{id}"_s,
            { .seed = { wn + u"Enrollments > View Enrollment Applications Copy"_s },
              .access = Access::roles(Role::Talent, Role::Admin, Role::SuperAdmin),
              .summary = u"One request: staff see any, a talent their own"_s,
              .tag = tag() },
            [lms](Call &call) { return lms->request(call.principal(), call.pathId(u"id"_s)); });

    api.post(u"/api/v1/lms/enrolment-requests/{id}/approve"_s,
             { .seed = { wn + u"Enrollments > Approve Enrollment Request"_s },
               .access = learningStaff(),
               .summary = u"Approve a pending request: the talent is enrolled in the LMS and told"_s,
               .tag = tag() },
             [lms](Call &call) { return lms->approve(call.principal(), call.pathId(u"id"_s)); });

    api.post(u"/api/v1/lms/enrolment-requests/{id}/decline"_s,
             { .seed = { wn + u"Enrollments > Decline Enrollment Requests"_s },
               .access = learningStaff(),
               .summary = u"Decline a pending request with a reason the talent is told"_s,
               .tag = tag(),
               .body = { { u"reason"_s, Field::string(3, 1000).required() } } },
             [lms](Call &call) {
                 return lms->decline(call.principal(), call.pathId(u"id"_s),
                                     call.body().value(u"reason"_s).toString());
             });

    // ---- The console: companies ----

    api.get(u"/api/v1/lms/companies"_s,
            { .seed = { wn + u"Super-Admin > Fetch All Companies"_s },
              .access = superAdmin(),
              .summary = u"Companies with the learners attached to each; kind=academy for the "
                         u"learning academies"_s,
              .tag = consoleTag(),
              .query = { { u"kind"_s, Field::oneOf({ u"employer"_s, u"sponsor"_s, u"academy"_s }) },
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
               .body = { { u"name"_s, Field::string(2, 200).required() },
                         { u"kind"_s, Field::oneOf({ u"academy"_s, u"employer"_s }) },
                         { u"country_code"_s,
                           Field::pattern(u"[A-Za-z]{2}"_s, u"an ISO 3166 country code"_s, 2) },
                         { u"state"_s, Field::string(0, 100).nullable() },
                         { u"industry"_s, Field::string(0, 100).nullable() },
                         { u"website"_s, Field::string(0, 300).nullable() } },
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
               .body = { { u"email"_s, Field::email().required() },
                         { u"first_name"_s, Field::string(1, 100).required() },
                         { u"last_name"_s, Field::string(1, 100).required() },
                         { u"nysc"_s, Field::boolean() },
                         { u"nysc_state_code"_s, Field::string(0, 50) } },
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
               .body = { { u"talents"_s,
                           Field::arrayOf(Field::object({ { u"email"_s, Field::email().required() },
                                                          { u"state_code"_s, Field::string(0, 50) },
                                                          { u"batch"_s, Field::string(0, 50) },
                                                          { u"nysc"_s, Field::boolean() } }),
                                          5000)
                                   .required() } } },
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
              .body = { { u"username"_s,
                          Field::pattern(u"[A-Za-z0-9_.@-]{3,100}"_s,
                                         u"3 to 100 letters, digits, _ . @ -"_s, 100)
                                  .required() } } },
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
               .summary = u"Export the trainings report as CSV, written in the background: follow "
                          u"its progress, then download it"_s,
               .tag = consoleTag(),
               .status = 202 },
             [console](Call &call) {
                 return console->startExport(call.principal(), u"trainings"_s);
             });

    api.post(u"/api/v1/lms/reports/nysc/exports"_s,
             { .seed = { wn + u"Super-Admin > Reporting > Export NYSC Talents"_s },
               .access = superAdmin(),
               .summary = u"Export the NYSC report as CSV, written in the background"_s,
               .tag = consoleTag(),
               .status = 202 },
             [console](Call &call) { return console->startExport(call.principal(), u"nysc"_s); });

    api.get(u"/api/v1/lms/exports/{id}"_s,
            { .access = superAdmin(),
              .summary = u"An export's progress: status, rows done of rows total, percent"_s,
              .tag = consoleTag() },
            [console](Call &call) {
                return console->exportStatus(call.principal(), call.pathId(u"id"_s));
            });

    api.get(u"/api/v1/lms/exports/{id}/file"_s,
            { .access = superAdmin(),
              .summary = u"A finished export's CSV file"_s,
              .tag = consoleTag() },
            [console](Call &call) {
                return console->exportFile(call.principal(), call.pathId(u"id"_s));
            });
}

} // namespace wn
