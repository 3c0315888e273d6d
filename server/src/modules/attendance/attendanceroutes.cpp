// SPDX-License-Identifier: Apache-2.0
#include "modules/areas.h"

#include "attendanceservice.h"
#include "core/http/api.h"
#include "core/http/routegroup.h"

#include <wn/common/forms.h>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

QString tag()
{
    return u"Attendance"_s;
}

/** Who runs a cohort's sessions: admins, and the cohort's instructors (checked by the service). */
Access runners()
{
    return Access::roles(Role::Admin, Role::SuperAdmin, Role::Instructor);
}

/** How a session's code is asked for: its token as JSON, or the QR code as a PNG or SVG picture. */
Schema codeQuery()
{
    return { { u"format"_s, Field::oneOf({ u"json"_s, u"png"_s, u"svg"_s }) } };
}

QString codeFormat(const Call &call)
{
    return call.query().value(u"format"_s).toString();
}

} // namespace

void installAttendance(Api &api, std::shared_ptr<AttendanceService> attendance)
{
    RouteGroup area(
            api, { .prefix = u"/api/v1"_s, .tag = tag(), .seedPrefix = u"Attendance system > "_s });
    RouteGroup sessionRunners = area.group({ .access = runners() });
    RouteGroup talent = area.group({ .access = Access::roles(Role::Talent) });

    sessionRunners.post(
            u"/cohorts/{id}/sessions"_s,
            { .summary = u"Schedule a session of a cohort you run, to take attendance at"_s,
              .body = forms::attendanceSession(),
              .status = 201 },
            [attendance](Call &call) {
                return attendance->createSession(call.principal(), call.pathId(u"id"_s),
                                                 call.body());
            });

    area.get(u"/cohorts/{id}/sessions"_s,
             { .access
               = Access::roles(Role::Admin, Role::SuperAdmin, Role::Instructor, Role::Talent),
               .summary = u"A cohort's sessions with how many attended, latest first"_s,
               .paged = true },
             [attendance](Call &call) {
                 return attendance->sessions(call.principal(), call.pathId(u"id"_s), call.page(),
                                             call.limit());
             });

    sessionRunners.get(
            u"/attendance/sessions/{id}/code"_s,
            { .seed = { u"Generate QR code - Admin"_s },
              .summary = u"The session's QR code for this 30-second window: its token (JSON), or "
                         u"the code as a PNG or SVG picture. Fetch it again when it rotates"_s,
              .query = codeQuery() },
            [attendance](Call &call) {
                return attendance->code(call.principal(), call.pathId(u"id"_s), codeFormat(call));
            });

    talent.post(
            u"/attendance/check"_s,
            { .seed = { u"Check-in and check-out student."_s },
              .summary = u"Check in to (or out of) a session of your cohort with the token of "
                         u"the code shown now; checking out needs a check-in"_s,
              .body
              = { { u"token"_s, Field::string(1, 200).verbatim().required() },
                  { u"action"_s, Field::oneOf({ u"check_in"_s, u"check_out"_s }).required() } } },
            [attendance](Call &call) {
                return attendance->check(call.principal(), call.body().value(u"token"_s).toString(),
                                         call.body().value(u"action"_s).toString());
            });

    sessionRunners.get(
            u"/attendance/records"_s,
            { .seed = { u"Get all attendance records with various optional filtering options"_s },
              .summary = u"Attendance records by cohort, session, talent and day, as JSON pages or "
                         u"one CSV file: every cohort's for admins, an instructor's own cohorts'"_s,
              .query = { { u"cohort_id"_s, Field::integer() },
                         { u"session_id"_s, Field::integer() },
                         { u"talent_id"_s, Field::integer() },
                         { u"date"_s, Field::date().describe(u"Checked in on this day (UTC)"_s) },
                         { u"format"_s, Field::oneOf({ u"json"_s, u"csv"_s }) } },
              .paged = true },
            [attendance](Call &call) -> Response {
                if (call.query().value(u"format"_s).toString() == u"csv"_s)
                    return attendance->recordsCsv(call.principal(), call.query());
                return attendance->records(call.principal(), call.query(), call.page(),
                                           call.limit());
            });

    // Offline check-in stations: a signed code they verify without the network, the key to
    // verify it with, and the check-ins they recorded, uploaded later.
    sessionRunners.get(u"/attendance/sessions/{id}/offline-code"_s,
                       { .summary
                         = u"The session's offline code for check-in stations: the session and "
                           u"its window signed with the server's Ed25519 key, as JSON or as a PNG "
                           u"or SVG QR code"_s,
                         .query = codeQuery() },
                       [attendance](Call &call) {
                           return attendance->offlineCode(call.principal(), call.pathId(u"id"_s),
                                                          codeFormat(call));
                       });

    sessionRunners.get(
            u"/attendance/station-key"_s,
            { .summary
              = u"The Ed25519 public key a check-in station verifies offline codes with"_s },
            [attendance](Call &) { return attendance->stationKey(); });

    sessionRunners.post(
            u"/attendance/station-uploads"_s,
            { .summary = u"Apply the check-ins a station recorded offline, each with the code it "
                         u"verified: every row is answered accepted or refused with its reason; "
                         u"a row sent again is accepted once"_s,
              .body = forms::stationUpload() },
            [attendance](Call &call) {
                return attendance->applyStationUpload(call.principal(),
                                                      call.body().value(u"checkins"_s).toArray());
            });

    talent.get(u"/attendance/me"_s,
               { .seed = { u"Get attendance logs for current user"_s },
                 .summary = u"Your check-ins and check-outs, newest first"_s,
                 .paged = true },
               [attendance](Call &call) {
                   return attendance->myLog(call.principal(), call.page(), call.limit());
               });
}

} // namespace wn
