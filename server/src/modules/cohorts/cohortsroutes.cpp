// SPDX-License-Identifier: Apache-2.0
#include "modules/areas.h"

#include "cohortservice.h"
#include "core/http/api.h"
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
    // ---- Cohorts ----

    api.post(u"/api/v1/cohorts"_s,
             { .seed = { u"Admin KPI > Cohorts > Create Cohort"_s },
               .access = admins(),
               .summary = u"Start a cohort"_s,
               .tag = tag(),
               .body = forms::cohort(true),
               .status = 201 },
             [cohorts](Call &call) { return cohorts->create(call.principal(), call.body()); });

    api.get(u"/api/v1/cohorts"_s,
            { .seed = { u"Admin KPI > Cohorts > Get All Cohorts"_s },
              .access = Access::roles(Role::Admin, Role::SuperAdmin, Role::Instructor, Role::Talent),
              .summary = u"Every cohort for admins; the ones you teach or belong to for "
                         u"instructors and talents"_s,
              .tag = tag(),
              .query = { { u"q"_s, Field::string(0, 100).describe(u"Search in names"_s) } },
              .paged = true },
            [cohorts](Call &call) {
                return cohorts->list(call.principal(), call.query(), call.page(), call.limit());
            });

    api.get(u"/api/v1/cohorts/{id}"_s,
            { .seed = { u"Admin KPI > Cohorts > Get A Cohort By Id"_s },
              .access = Access::roles(Role::Admin, Role::SuperAdmin, Role::Instructor, Role::Talent),
              .summary = u"One cohort with its instructors (and their ratings) and skills"_s,
              .tag = tag() },
            [cohorts](Call &call) { return cohorts->byId(call.principal(), call.pathId(u"id"_s)); });

    api.patch(u"/api/v1/cohorts/{id}"_s,
              { .seed = { u"Admin KPI > Cohorts > Update Cohort By Id"_s },
                .access = admins(),
                .summary = u"Edit a cohort"_s,
                .tag = tag(),
                .body = forms::cohort(false) },
              [cohorts](Call &call) { return cohorts->update(call.pathId(u"id"_s), call.body()); });

    api.del(u"/api/v1/cohorts/{id}"_s,
            { .seed = { u"Admin KPI > Cohorts > Delete Cohort By Id"_s },
              .access = admins(),
              .summary = u"Delete a cohort; its attendance records stay"_s,
              .tag = tag() },
            [cohorts](Call &call) {
                cohorts->remove(call.pathId(u"id"_s));
                return Response::noContent();
            });

    api.post(u"/api/v1/cohorts/{id}/talents"_s,
             { .seed = { u"Admin KPI > Cohorts > Add Talent to Cohort"_s },
               .access = admins(),
               .summary = u"Add a talent to a cohort"_s,
               .tag = tag(),
               .body = { { u"talent_id"_s, Field::integer().required() } },
               .status = 201 },
             [cohorts](Call &call) {
                 return cohorts->addTalent(call.pathId(u"id"_s),
                                           call.body().value(u"talent_id"_s).toInteger());
             });

    api.post(u"/api/v1/cohorts/{id}/instructors"_s,
             { .seed = { u"Admin KPI > Cohorts > Add Instructor to Cohort"_s },
               .access = admins(),
               .summary = u"Make an instructor teach a cohort"_s,
               .tag = tag(),
               .body = { { u"instructor_id"_s, Field::integer().required() } },
               .status = 201 },
             [cohorts](Call &call) {
                 return cohorts->addInstructor(call.pathId(u"id"_s),
                                               call.body().value(u"instructor_id"_s).toInteger());
             });

    api.get(u"/api/v1/cohorts/skills"_s,
            { .seed = { u"Admin KPI > Skills > View All Skills"_s },
              .access = Access::Authenticated,
              .summary = u"The skills cohorts teach, with how many cohorts teach each"_s,
              .tag = tag(),
              .paged = true },
            [cohorts](Call &call) { return cohorts->skills(call.page(), call.limit()); });

    api.post(u"/api/v1/cohorts/{id}/instructors/{instructor}/rating"_s,
             { .seed = { u"Admin KPI > Reviews > Rate Instructor"_s },
               .access = Access::roles(Role::Talent),
               .summary = u"Rate an instructor of your cohort from 1 to 5, once"_s,
               .tag = tag(),
               .body = { { u"rating"_s, Field::integer(1, 5).required() },
                         { u"comment"_s, Field::string(0, 2000) } },
               .status = 201 },
             [cohorts](Call &call) {
                 return cohorts->rate(call.principal(), call.pathId(u"id"_s),
                                      call.pathId(u"instructor"_s), call.body());
             });

    // ---- Instructors ----

    api.post(u"/api/v1/instructors"_s,
             { .seed = { u"Admin KPI > Instructors > Add Instructor"_s },
               .access = admins(),
               .summary = u"Open an instructor account; the instructor is mailed an invitation to "
                          u"choose a password"_s,
               .tag = tag(),
               .body = instructorSchema(true),
               .status = 201 },
             [cohorts](Call &call) {
                 return cohorts->createInstructor(call.principal(), call.body());
             });

    api.get(u"/api/v1/instructors"_s,
            { .seed = { u"Admin KPI > Instructors > Get All Instructors"_s },
              .access = admins(),
              .summary = u"Instructors with their average rating and how many rated"_s,
              .tag = tag(),
              .query = { { u"q"_s, Field::string(0, 100) } },
              .paged = true },
            [cohorts](Call &call) {
                return cohorts->instructors(call.query(), call.page(), call.limit());
            });

    api.get(u"/api/v1/instructors/{id}"_s,
            { .seed = { u"Admin KPI > Instructors > Get Instructor By Id"_s },
              .access = Access::Authenticated,
              .summary = u"One instructor with their rating"_s,
              .tag = tag() },
            [cohorts](Call &call) { return cohorts->instructor(call.pathId(u"id"_s)); });

    api.patch(u"/api/v1/instructors/{id}"_s,
              { .seed = { u"Admin KPI > Instructors > Update Instructor By Id"_s },
                .access = Access::roles(Role::Admin, Role::SuperAdmin, Role::Instructor),
                .summary = u"Edit an instructor: admins any, an instructor their own"_s,
                .tag = tag(),
                .body = instructorSchema(false) },
              [cohorts](Call &call) {
                  return cohorts->updateInstructor(call.principal(), call.pathId(u"id"_s),
                                                   call.body());
              });

    api.del(u"/api/v1/instructors/{id}"_s,
            { .seed = { u"Admin KPI > Instructors > Delete Instructor By Id"_s },
              .access = admins(),
              .summary = u"Close an instructor's account; their ratings stay"_s,
              .tag = tag() },
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

    api.post(u"/api/v1/instructors/forgot-password"_s,
             { .seed = { u"Admin KPI > Instructors > Instructor Forgot Password"_s },
               .summary = u"Mail an instructor a password reset code (same answer whether or not "
                          u"the account exists)"_s,
               .tag = tag(),
               .body = { { u"email"_s, Field::email().required() } } },
             [accounts, instructor](Call &call) {
                 accounts->forgotPassword(call.body().value(u"email"_s).toString(), instructor);
                 return QJsonObject {
                     { u"message"_s,
                       u"If an instructor account uses this address, a reset code is on its way"_s }
                 };
             });

    api.post(u"/api/v1/instructors/reset-password"_s,
             { .seed = { u"Admin KPI > Instructors > Instructor Reset Password"_s },
               .summary = u"Choose a new instructor password with the mailed code"_s,
               .tag = tag(),
               .body = accountdoors::passwordResetBody() },
             [accounts, instructor](Call &call) {
                 const QJsonObject &body = call.body();
                 accounts->resetPassword(body.value(u"email"_s).toString(),
                                         body.value(u"token"_s).toString(),
                                         body.value(u"password"_s).toString(), instructor);
                 return QJsonObject { { u"message"_s,
                                        u"Password changed; sign in with the new one"_s } };
             });
}

} // namespace wn
