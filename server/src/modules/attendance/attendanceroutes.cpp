// SPDX-License-Identifier: Apache-2.0
#include "modules/areas.h"

#include "attendanceservice.h"
#include "core/http/api.h"

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

} // namespace

void installAttendance(Api &api, std::shared_ptr<AttendanceService> attendance)
{
    api.post(u"/api/v1/cohorts/{id}/sessions"_s,
             { .access = runners(),
               .summary = u"Schedule a session of a cohort you run, to take attendance at"_s,
               .tag = tag(),
               .body = forms::attendanceSession(),
               .status = 201 },
             [attendance](Call &call) {
                 return attendance->createSession(call.principal(), call.pathId(u"id"_s),
                                                  call.body());
             });

    api.get(u"/api/v1/cohorts/{id}/sessions"_s,
            { .access = Access::roles(Role::Admin, Role::SuperAdmin, Role::Instructor, Role::Talent),
              .summary = u"A cohort's sessions with how many attended, latest first"_s,
              .tag = tag(),
              .paged = true },
            [attendance](Call &call) {
                return attendance->sessions(call.principal(), call.pathId(u"id"_s), call.page(),
                                            call.limit());
            });

    api.get(u"/api/v1/attendance/sessions/{id}/code"_s,
            { .seed = { u"Attendance system > Generate QR code - Admin"_s },
              .access = runners(),
              .summary = u"The session's QR code for this 30-second window: its token (JSON), or "
                         u"the code as a PNG or SVG picture. Fetch it again when it rotates"_s,
              .tag = tag(),
              .query = { { u"format"_s, Field::oneOf({ u"json"_s, u"png"_s, u"svg"_s }) } } },
            [attendance](Call &call) {
                return attendance->code(call.principal(), call.pathId(u"id"_s),
                                        call.query().value(u"format"_s).toString());
            });

    api.post(u"/api/v1/attendance/check"_s,
             { .seed = { u"Attendance system > Check-in and check-out student."_s },
               .access = Access::roles(Role::Talent),
               .summary = u"Check in to (or out of) a session of your cohort with the token of "
                          u"the code shown now; checking out needs a check-in"_s,
               .tag = tag(),
               .body
               = { { u"token"_s, Field::string(1, 200).verbatim().required() },
                   { u"action"_s, Field::oneOf({ u"check_in"_s, u"check_out"_s }).required() } } },
             [attendance](Call &call) {
                 return attendance->check(call.principal(),
                                          call.body().value(u"token"_s).toString(),
                                          call.body().value(u"action"_s).toString());
             });

    api.get(u"/api/v1/attendance/records"_s,
            { .seed
              = { u"Attendance system > Get all attendance records with various optional filtering options"_s },
              .access = runners(),
              .summary = u"Attendance records by cohort, session, talent and day, as JSON pages or "
                         u"one CSV file: every cohort's for admins, an instructor's own cohorts'"_s,
              .tag = tag(),
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
    api.get(u"/api/v1/attendance/sessions/{id}/offline-code"_s,
            { .access = runners(),
              .summary = u"The session's offline code for check-in stations: the session and "
                         u"its window signed with the server's Ed25519 key, as JSON or as a PNG "
                         u"or SVG QR code"_s,
              .tag = tag(),
              .query = { { u"format"_s, Field::oneOf({ u"json"_s, u"png"_s, u"svg"_s }) } } },
            [attendance](Call &call) {
                return attendance->offlineCode(call.principal(), call.pathId(u"id"_s),
                                               call.query().value(u"format"_s).toString());
            });

    api.get(u"/api/v1/attendance/station-key"_s,
            { .access = runners(),
              .summary = u"The Ed25519 public key a check-in station verifies offline codes with"_s,
              .tag = tag() },
            [attendance](Call &) { return attendance->stationKey(); });

    api.post(u"/api/v1/attendance/station-uploads"_s,
             { .access = runners(),
               .summary = u"Apply the check-ins a station recorded offline, each with the code it "
                          u"verified: every row is answered accepted or refused with its reason; "
                          u"a row sent again is accepted once"_s,
               .tag = tag(),
               .body = forms::stationUpload() },
             [attendance](Call &call) {
                 return attendance->applyStationUpload(call.principal(),
                                                       call.body().value(u"checkins"_s).toArray());
             });

    api.get(u"/api/v1/attendance/me"_s,
            { .seed = { u"Attendance system > Get attendance logs for current user"_s },
              .access = Access::roles(Role::Talent),
              .summary = u"Your check-ins and check-outs, newest first"_s,
              .tag = tag(),
              .paged = true },
            [attendance](Call &call) {
                return attendance->myLog(call.principal(), call.page(), call.limit());
            });
}

} // namespace wn
