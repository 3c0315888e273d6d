// SPDX-License-Identifier: Apache-2.0
#include "modules/areas.h"

#include "cohortservice.h"
#include "core/http/api.h"
#include "core/http/routegroup.h"
#include "modules/accounts/accountdoors.h"
#include "modules/accounts/accountservice.h"

#include <wn/common/forms.h>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

QString tag()
{
    return u"Cohorts"_s;
}

Access admins()
{
    return Access::roles(Role::Admin, Role::SuperAdmin);
}

Schema instructorSchema(bool creating)
{
    auto need = [creating](const Field &field) { return creating ? field.required() : field; };
    Schema schema {
        { u"first_name"_s, need(Field::string(1, 100)) },
        { u"last_name"_s, need(Field::string(1, 100)) },
        { u"phone_number"_s, Field::string(0, 30) },
        { u"bio"_s, Field::string(0, 5000).nullable() },
        { u"expertise"_s, Field::string(0, 300).nullable() },
    };
    return creating ? schema.plus({ { u"email"_s, Field::email().required() } }) : schema;
}

} // namespace

void installCohorts(Api &api, std::shared_ptr<CohortService> cohorts,
                    std::shared_ptr<AccountService> accounts)
{
    RouteGroup area(api, { .prefix = u"/api/v1"_s, .tag = tag(), .seedPrefix = u"Admin KPI > "_s });
    RouteGroup admin = area.group({ .access = admins() });

    // ---- Cohorts ----

    admin.post(u"/cohorts"_s,
               { .seed = { u"Cohorts > Create Cohort"_s },
                 .summary = u"Start a cohort"_s,
                 .body = forms::cohort(true),
                 .status = 201 },
               [cohorts](Call &call) { return cohorts->create(call.principal(), call.body()); });

    area.get(u"/cohorts"_s,
             { .seed = { u"Cohorts > Get All Cohorts"_s },
               .access
               = Access::roles(Role::Admin, Role::SuperAdmin, Role::Instructor, Role::Talent),
               .summary = u"Every cohort for admins; the ones you teach or belong to for "
                          u"instructors and talents"_s,
               .query = { { u"q"_s, Field::string(0, 100).describe(u"Search in names"_s) } },
               .paged = true },
             [cohorts](Call &call) {
                 return cohorts->list(call.principal(), call.query(), call.page(), call.limit());
             });

    area.get(u"/cohorts/{id}"_s,
             { .seed = { u"Cohorts > Get A Cohort By Id"_s },
               .access
               = Access::roles(Role::Admin, Role::SuperAdmin, Role::Instructor, Role::Talent),
               .summary = u"One cohort with its instructors (and their ratings) and skills"_s },
             [cohorts](Call &call) {
                 return cohorts->byId(call.principal(), call.pathId(u"id"_s));
             });

    admin.patch(
            u"/cohorts/{id}"_s,
            { .seed = { u"Cohorts > Update Cohort By Id"_s },
              .summary = u"Edit a cohort"_s,
              .body = forms::cohort(false) },
            [cohorts](Call &call) { return cohorts->update(call.pathId(u"id"_s), call.body()); });

    admin.del(u"/cohorts/{id}"_s,
              { .seed = { u"Cohorts > Delete Cohort By Id"_s },
                .summary = u"Delete a cohort; its attendance records stay"_s },
              [cohorts](Call &call) {
                  cohorts->remove(call.pathId(u"id"_s));
                  return Response::noContent();
              });

    admin.post(u"/cohorts/{id}/talents"_s,
               { .seed = { u"Cohorts > Add Talent to Cohort"_s },
                 .summary = u"Add a talent to a cohort"_s,
                 .body = { { u"talent_id"_s, Field::integer().required() } },
                 .status = 201 },
               [cohorts](Call &call) {
                   return cohorts->addTalent(call.pathId(u"id"_s),
                                             call.body().value(u"talent_id"_s).toInteger());
               });

    admin.post(u"/cohorts/{id}/instructors"_s,
               { .seed = { u"Cohorts > Add Instructor to Cohort"_s },
                 .summary = u"Make an instructor teach a cohort"_s,
                 .body = { { u"instructor_id"_s, Field::integer().required() } },
                 .status = 201 },
               [cohorts](Call &call) {
                   return cohorts->addInstructor(call.pathId(u"id"_s),
                                                 call.body().value(u"instructor_id"_s).toInteger());
               });

    area.get(u"/cohorts/skills"_s,
             { .seed = { u"Skills > View All Skills"_s },
               .access = Access::Authenticated,
               .summary = u"The skills cohorts teach, with how many cohorts teach each"_s,
               .paged = true },
             [cohorts](Call &call) { return cohorts->skills(call.page(), call.limit()); });

    area.post(u"/cohorts/{id}/instructors/{instructor}/rating"_s,
              { .seed = { u"Reviews > Rate Instructor"_s },
                .access = Access::roles(Role::Talent),
                .summary = u"Rate an instructor of your cohort from 1 to 5, once"_s,
                .body = { { u"rating"_s, Field::integer(1, 5).required() },
                          { u"comment"_s, Field::string(0, 2000) } },
                .status = 201 },
              [cohorts](Call &call) {
                  return cohorts->rate(call.principal(), call.pathId(u"id"_s),
                                       call.pathId(u"instructor"_s), call.body());
              });

    // ---- Instructors ----

    admin.post(u"/instructors"_s,
               { .seed = { u"Instructors > Add Instructor"_s },
                 .summary
                 = u"Open an instructor account; the instructor is mailed an invitation to "
                   u"choose a password"_s,
                 .body = instructorSchema(true),
                 .status = 201 },
               [cohorts](Call &call) {
                   return cohorts->createInstructor(call.principal(), call.body());
               });

    admin.get(u"/instructors"_s,
              { .seed = { u"Instructors > Get All Instructors"_s },
                .summary = u"Instructors with their average rating and how many rated"_s,
                .query = { { u"q"_s, Field::string(0, 100) } },
                .paged = true },
              [cohorts](Call &call) {
                  return cohorts->instructors(call.query(), call.page(), call.limit());
              });

    area.get(u"/instructors/{id}"_s,
             { .seed = { u"Instructors > Get Instructor By Id"_s },
               .access = Access::Authenticated,
               .summary = u"One instructor with their rating"_s },
             [cohorts](Call &call) { return cohorts->instructor(call.pathId(u"id"_s)); });

    area.patch(u"/instructors/{id}"_s,
               { .seed = { u"Instructors > Update Instructor By Id"_s },
                 .access = Access::roles(Role::Admin, Role::SuperAdmin, Role::Instructor),
                 .summary = u"Edit an instructor: admins any, an instructor their own"_s,
                 .body = instructorSchema(false) },
               [cohorts](Call &call) {
                   return cohorts->updateInstructor(call.principal(), call.pathId(u"id"_s),
                                                    call.body());
               });

    admin.del(u"/instructors/{id}"_s,
              { .seed = { u"Instructors > Delete Instructor By Id"_s },
                .summary = u"Close an instructor's account; their ratings stay"_s },
              [cohorts](Call &call) {
                  cohorts->removeInstructor(call.pathId(u"id"_s));
                  return Response::noContent();
              });

    // The instructors' doors are the accounts' own, opened to instructor accounts only.
    const QList<Role> instructor { Role::Instructor };
    accountdoors::installLogin(api, accounts, u"/api/v1/instructors/login"_s,
                               { .seed = { u"Admin KPI > Instructors > Instructor Sign In"_s },
                                 .summary = u"Sign in as an instructor"_s,
                                 .tag = tag(),
                                 .body = accountdoors::loginBody() },
                               instructor);

    accountdoors::installForgotPassword(
            api, accounts, u"/api/v1/instructors/forgot-password"_s,
            { .seed = { u"Admin KPI > Instructors > Instructor Forgot Password"_s },
              .summary = u"Mail an instructor a password reset code (same answer whether or not "
                         u"the account exists)"_s,
              .tag = tag() },
            instructor,
            u"If an instructor account uses this address, a reset code is on its way"_s);

    accountdoors::installPasswordReset(
            api, accounts, u"/api/v1/instructors/reset-password"_s,
            { .seed = { u"Admin KPI > Instructors > Instructor Reset Password"_s },
              .summary = u"Choose a new instructor password with the mailed code"_s,
              .tag = tag() },
            instructor, u"Password changed; sign in with the new one"_s);
}

} // namespace wn
