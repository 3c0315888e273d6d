// SPDX-License-Identifier: Apache-2.0
#include "lmsroutes.h"
#include "modules/areas.h"

#include "core/http/api.h"
#include "core/http/routegroup.h"
#include "core/jobs/jobqueue.h"
#include "core/servercontext.h"
#include "lmsconsole.h"
#include "lmsservice.h"

#include <wn/common/workflows.h>

using namespace Qt::StringLiterals;

namespace wn {

using namespace lmsroutes;

namespace {

QString tag()
{
    return u"Learning"_s;
}

/** Who runs enrolments and the catalogue: admins and super admins. */
Access learningStaff()
{
    return Access::roles(Role::Admin, Role::SuperAdmin);
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

    RouteGroup learning(api, { .prefix = u"/api/v1/lms"_s, .tag = tag() });
    RouteGroup signedIn = learning.group({ .access = Access::Authenticated });
    RouteGroup staff = learning.group({ .access = learningStaff() });
    RouteGroup talents = learning.group({ .access = Access::roles(Role::Talent) });

    // ---- The catalogue ----

    signedIn.get(
            u"/courses"_s,
            { .seed = { lmsPrefix + u"Fetch All Courses"_s, wn + u"Courses > Get All Courses"_s },
              .summary = u"The LMS's courses (built-in or Moodle), searchable by words and "
                         u"category"_s,
              .query = courseQuery(),
              .paged = true },
            [lms](Call &call) { return lms->courses(call.query(), call.page(), call.limit()); });

    signedIn.get(u"/catalogue"_s,
                 { .seed = { wn + u"Courses > Get All Courses Fixed"_s },
                   .summary
                   = u"Every category with its courses, as the talent's catalogue shows them"_s },
                 [lms](Call &) {
                     return QJsonObject { { u"data"_s, lms->catalogue() } };
                 });

    signedIn.get(u"/categories"_s,
                 { .seed = { lmsPrefix + u"Fetch All Categories"_s },
                   .summary = u"The LMS's course categories"_s },
                 [lms](Call &) {
                     return QJsonObject { { u"data"_s, lms->categories() } };
                 });

    signedIn.get(u"/courses/{id}"_s,
                 { .seed = { lmsPrefix + u"Fetch One course"_s, wn + u"Courses > View Course"_s },
                   .summary = u"One course, with the requests Worknation holds for it"_s },
                 [lms](Call &call) { return lms->course(call.pathId(u"id"_s)); });

    signedIn.post(u"/categories"_s,
                  { .summary
                    = u"Built-in LMS: add a category (admins and course creators); 409 when "
                      u"the courses are kept in Moodle"_s,
                    .body = { { u"name"_s, Field::string(2, 200).required() },
                              { u"description"_s, Field::string(0, 2000).nullable() },
                              { u"parent_id"_s, Field::integer().nullable() } },
                    .status = 201 },
                  [lms](Call &call) { return lms->createCategory(call.principal(), call.body()); });

    signedIn.post(u"/courses"_s,
                  { .summary
                    = u"Built-in LMS: add a course (admins and course creators); 409 when the "
                      u"courses are kept in Moodle"_s,
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

    signedIn.put(u"/courses/{id}/learners/{userId}/progress"_s,
                 { .summary
                   = u"Built-in LMS: record a learner's progress (admins and course "
                     u"creators); 100 or completed completes the course, which then counts "
                     u"as verified"_s,
                   .body = { { u"progress"_s, Field::integer(0, 100) },
                             { u"completed"_s, Field::boolean() } } },
                 [lms](Call &call) {
                     return lms->recordProgress(call.principal(), call.pathId(u"id"_s),
                                                call.pathId(u"userId"_s), call.body());
                 });

    // ---- LMS users ----

    staff.post(u"/users/talents"_s,
               { .seed = { lmsPrefix + u"Create Talent"_s },
                 .summary = u"Give a talent an LMS user: found by email on the site, else made "
                            u"(once; a repeat changes nothing)"_s,
                 .body = { { u"user_id"_s, id() } } },
               [lms](Call &call) {
                   return lms->linkLearner(call.body().value(u"user_id"_s).toInteger(),
                                           { Role::Talent });
               });

    staff.post(u"/users/employers"_s,
               { .seed = { lmsPrefix + u"Create enployer"_s },
                 .summary = u"Give an employer (a company's owner or staff member) an LMS user, as "
                            u"for a talent"_s,
                 .body = { { u"user_id"_s, id() } } },
               [lms](Call &call) {
                   return lms->linkLearner(call.body().value(u"user_id"_s).toInteger(),
                                           { Role::Employer, Role::Employee });
               });

    staff.get(u"/users/{id}/courses"_s,
              { .seed = { lmsPrefix + u"Get user enrolled courses"_s },
                .summary = u"The courses an account is enrolled in, with progress; completed ones "
                           u"are recorded as verified"_s },
              [lms](Call &call) {
                  return QJsonObject { { u"data"_s, lms->userCourses(call.pathId(u"id"_s)) } };
              });

    staff.get(u"/enrolments/by-email"_s,
              { .seed = { wn + u"Enrollments > Talent Enrolled Courses By Email"_s },
                .summary = u"The courses the account with this email is enrolled in"_s,
                .query = { { u"email"_s, Field::email().required() } } },
              [lms](Call &call) {
                  return QJsonObject { { u"data"_s,
                                         lms->userCoursesByEmail(
                                                 call.query().value(u"email"_s).toString()) } };
              });

    staff.get(u"/courses/{id}/learners/{userId}"_s,
              { .seed = { lmsPrefix + u"Check if user is enrolled for course"_s },
                .summary = u"Whether an account is enrolled in a course, with progress"_s },
              [lms](Call &call) {
                  return lms->enrolment(call.pathId(u"userId"_s), call.pathId(u"id"_s));
              });

    staff.post(u"/enrolments"_s,
               { .seed = { lmsPrefix + u"Enroll applicant for a course"_s,
                           wn + u"Enrollments > Moodle Enrol User To Course"_s },
                 .summary = u"Enrol an account in a course now (its LMS user made if needed); a "
                            u"pending request for it is approved; a repeat changes nothing"_s,
                 .body = { { u"user_id"_s, id() }, { u"course_id"_s, id() } } },
               [lms](Call &call) {
                   return lms->enrolNow(call.principal(),
                                        call.body().value(u"user_id"_s).toInteger(),
                                        call.body().value(u"course_id"_s).toInteger());
               });

    // ---- Talents' own learning ----

    talents.post(
            u"/me/enrolment-requests"_s,
            { .seed = { wn + u"Enrollments > Enrol Talent To Course Copy"_s },
              .summary = u"Ask to join a course; staff approve or decline the request"_s,
              .body = { { u"course_id"_s, id() },
                        { u"note"_s,
                          Field::string(0, 2000).describe(u"Why you want to take the course"_s) } },
              .status = 201 },
            [lms](Call &call) { return lms->requestEnrolment(call.principal(), call.body()); });

    talents.get(u"/me/enrolment-requests"_s,
                { .seed = {},
                  .summary = u"Your requests to join courses, newest first, with their status"_s,
                  .query = { { u"status"_s, Field::oneOf(lmsEnrolmentWorkflow().statuses()) } },
                  .paged = true },
                [lms](Call &call) {
                    QJsonObject query = call.query();
                    query.insert(u"user_id"_s, call.principal().userId);
                    return lms->requests(query, call.page(), call.limit(), Viewer::Talent);
                });

    talents.get(u"/me/courses"_s,
                { .seed = { wn + u"Enrollments > Get All Talent Enrolments"_s },
                  .summary = u"Your courses with progress; completed ones are recorded on your "
                             u"profile as verified"_s },
                [lms](Call &call) {
                    return QJsonObject { { u"data"_s, lms->userCourses(call.principal().userId) } };
                });

    talents.get(u"/me/courses/{id}/status"_s,
                { .seed = { wn + u"Enrollments > Get Enrolment Status"_s },
                  .summary
                  = u"Whether you are enrolled in a course, and your latest request for it"_s },
                [lms](Call &call) { return lms->status(call.principal(), call.pathId(u"id"_s)); });

    talents.get(
            u"/me/courses/{id}/progress"_s,
            { .seed = { wn + u"Courses > Get Completion Progress"_s },
              .summary = u"Your progress in a course you are enrolled in; a completed course is "
                         u"recorded as verified"_s },
            [lms](Call &call) { return lms->progress(call.principal(), call.pathId(u"id"_s)); });

    // ---- Enrolment requests ----

    staff.get(u"/enrolment-requests"_s,
              { .seed = { wn + u"Enrollments > All Enrollment Applications"_s },
                .summary = u"Talents' requests to join courses, newest first"_s,
                .query = { { u"status"_s, Field::oneOf(lmsEnrolmentWorkflow().statuses()) },
                           { u"user_id"_s, Field::integer() },
                           { u"course_id"_s, Field::integer() } },
                .paged = true },
              [lms](Call &call) {
                  return lms->requests(call.query(), call.page(), call.limit(), Viewer::Staff);
              });

    learning.get(u"/enrolment-requests/{id}"_s,
                 { .seed = { wn + u"Enrollments > View Enrollment Applications Copy"_s },
                   .access = Access::roles(Role::Talent, Role::Admin, Role::SuperAdmin),
                   .summary = u"One request: staff see any, a talent their own"_s },
                 [lms](Call &call) { return lms->request(call.principal(), call.pathId(u"id"_s)); });

    staff.post(u"/enrolment-requests/{id}/approve"_s,
               { .seed = { wn + u"Enrollments > Approve Enrollment Request"_s },
                 .summary
                 = u"Approve a pending request: the talent is enrolled in the LMS and told"_s },
               [lms](Call &call) { return lms->approve(call.principal(), call.pathId(u"id"_s)); });

    staff.post(u"/enrolment-requests/{id}/decline"_s,
               { .seed = { wn + u"Enrollments > Decline Enrollment Requests"_s },
                 .summary = u"Decline a pending request with a reason the talent is told"_s,
                 .body = { { u"reason"_s, Field::string(3, 1000).required() } } },
               [lms](Call &call) {
                   return lms->decline(call.principal(), call.pathId(u"id"_s),
                                       call.body().value(u"reason"_s).toString());
               });

    installLmsConsole(api, lms, console);
}

} // namespace wn
