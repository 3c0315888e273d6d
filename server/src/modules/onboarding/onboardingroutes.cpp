// SPDX-License-Identifier: Apache-2.0
#include "modules/areas.h"

#include "core/http/api.h"
#include "core/http/routegroup.h"
#include "modules/accounts/accountdoors.h"
#include "onboardingservice.h"

#include <wn/common/forms.h>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

// The sign-up's rules are shared with the client, which checks the form with them before sending.
using accountdoors::withLanguage;
using forms::countryCode;
using forms::name;
using forms::phone;

const Schema &listFilters()
{
    static const Schema schema {
        { u"q"_s, Field::string(0, 100).describe(u"Search in names and emails"_s) }
    };
    return schema;
}

} // namespace

void installOnboarding(Api &api, std::shared_ptr<OnboardingService> onboarding)
{
    RouteGroup area(api, { .prefix = u"/api/v1/onboarding"_s, .seedPrefix = u"Onboarding > "_s });
    RouteGroup staffManagers
            = area.group({ .access = Access::company(), .permission = u"company.staff.manage"_s });
    RouteGroup roles = area.group({ .prefix = u"/employer-roles"_s,
                                    .access = Access::company(),
                                    .seedPrefix = u"Employer > Roles > "_s });
    RouteGroup roleManagers = roles.group({ .permission = u"company.roles.manage"_s });

    area.post(u"/talents/nigeria"_s,
              { .seed = { u"Applicants > Nigerian Onboarding"_s },
                .summary = u"Sign up as a talent in Nigeria; a verification code is mailed"_s,
                .body = forms::talentSignUp(true),
                .status = 201 },
              [onboarding](Call &call) {
                  return onboarding->registerTalent(withLanguage(call), true);
              });

    area.post(u"/talents/africa"_s,
              { .seed = { u"Applicants > Africa"_s },
                .summary
                = u"Sign up as a talent elsewhere in Africa; a verification code is mailed"_s,
                .body = forms::talentSignUp(false),
                .status = 201 },
              [onboarding](Call &call) {
                  return onboarding->registerTalent(withLanguage(call), false);
              });

    area.get(
            u"/talents"_s,
            { .seed = { u"Applicants > Fetch all applicants"_s },
              .access = Access::staff(),
              .summary = u"Every talent, searchable and filterable"_s,
              .query = listFilters().plus(
                      { { u"country"_s,
                          Field::pattern(u"[A-Za-z]{2}"_s, u"an ISO country code"_s, 2) },
                        { u"state"_s, Field::string(1, 100) },
                        { u"status"_s, Field::oneOf({ u"pending"_s, u"active"_s, u"suspended"_s }) },
                        { u"identity_verified"_s, Field::boolean() } }),
              .paged = true },
            [onboarding](Call &call) {
                return onboarding->listTalents(call.query(), call.page(), call.limit());
            });

    area.post(u"/employers"_s,
              { .seed = { u"Employer > Create Employer"_s },
                .summary = u"Sign up a company in Nigeria and its owner's account"_s,
                .body = forms::employerSignUp(true),
                .status = 201 },
              [onboarding](Call &call) {
                  return onboarding->registerEmployer(withLanguage(call), true);
              });

    area.post(u"/employers/international"_s,
              { .seed = { u"Employer > Outside nigeria"_s },
                .summary = u"Sign up a company outside Nigeria and its owner's account"_s,
                .body = forms::employerSignUp(false),
                .status = 201 },
              [onboarding](Call &call) {
                  return onboarding->registerEmployer(withLanguage(call), false);
              });

    area.get(u"/employers"_s,
             { .seed = { u"Employer > Fetch all employers"_s },
               .access = Access::staff(),
               .summary = u"Every employer company with its owner"_s,
               .query = listFilters().plus(
                       { { u"country"_s,
                           Field::pattern(u"[A-Za-z]{2}"_s, u"an ISO country code"_s, 2) },
                         { u"tin_verified"_s, Field::boolean() } }),
               .paged = true },
             [onboarding](Call &call) {
                 return onboarding->listEmployers(call.query(), call.page(), call.limit());
             });

    staffManagers.post(u"/employees"_s,
                       { .seed = { u"Employer > Add employee"_s },
                         .summary = u"Invite a staff member to your company with one of its roles"_s,
                         .body = { { u"first_name"_s, name() },
                                   { u"last_name"_s, name() },
                                   { u"email"_s, Field::email().required() },
                                   { u"phone_number"_s, phone() },
                                   { u"role_id"_s, Field::integer().required() },
                                   { u"job_title"_s, Field::string(0, 100) } },
                         .status = 201 },
                       [onboarding](Call &call) {
                           return onboarding->addEmployee(call.principal(), call.body());
                       });

    area.get(u"/employees"_s,
             { .seed = { u"Employer > Fetch all employee"_s },
               .access = Access::company(),
               .permission = u"applications.read"_s,
               .summary = u"Your company's staff"_s,
               .query = listFilters().plus(
                       { { u"status"_s,
                           Field::oneOf({ u"pending"_s, u"active"_s, u"suspended"_s }) } }),
               .paged = true },
             [onboarding](Call &call) {
                 return onboarding->listEmployees(call.principal(), call.query(), call.page(),
                                                  call.limit());
             });

    staffManagers.patch(
            u"/employees/{id}"_s,
            { .seed = { u"Employer > Update Employee"_s },
              .summary
              = u"Change a staff member's details, role or status (suspending logs them out)"_s,
              .body = { { u"first_name"_s, Field::string(1, 100) },
                        { u"last_name"_s, Field::string(1, 100) },
                        { u"phone_number"_s, phone() },
                        { u"role_id"_s, Field::integer() },
                        { u"job_title"_s, Field::string(0, 100) },
                        { u"status"_s, Field::oneOf({ u"active"_s, u"suspended"_s }) } } },
            [onboarding](Call &call) {
                return onboarding->updateEmployee(call.principal(), call.pathId(u"id"_s),
                                                  call.body());
            });

    const Schema roleSchema { { u"name"_s, Field::string(2, 60).required() },
                              { u"description"_s, Field::string(0, 500) },
                              { u"permissions"_s,
                                Field::arrayOf(Field::string(1, 100), 50).required() } };
    roles.get(u""_s, { .seed = { u"Fetch all"_s }, .summary = u"Your company's staff roles"_s },
              [onboarding](Call &call) { return onboarding->listCompanyRoles(call.principal()); });
    roleManagers.post(u""_s,
                      { .seed = { u"Add"_s },
                        .summary = u"Define a staff role from the company permissions"_s,
                        .body = roleSchema,
                        .status = 201 },
                      [onboarding](Call &call) {
                          return onboarding->addCompanyRole(call.principal(), call.body());
                      });
    roles.get(u"/{id}"_s,
              { .seed = { u"Ge role by id"_s }, .summary = u"One of your company's staff roles"_s },
              [onboarding](Call &call) {
                  return onboarding->companyRole(call.principal(), call.pathId(u"id"_s));
              });
    roleManagers.patch(
            u"/{id}"_s,
            { .seed = { u"Update"_s },
              .summary = u"Rename a staff role or change its permissions"_s,
              .body = { { u"name"_s, Field::string(2, 60) },
                        { u"description"_s, Field::string(0, 500) },
                        { u"permissions"_s, Field::arrayOf(Field::string(1, 100), 50) } } },
            [onboarding](Call &call) {
                return onboarding->updateCompanyRole(call.principal(), call.pathId(u"id"_s),
                                                     call.body());
            });
    roleManagers.del(u"/{id}"_s,
                     { .seed = { u"Delete"_s }, .summary = u"Delete a staff role no one holds"_s },
                     [onboarding](Call &call) {
                         onboarding->deleteCompanyRole(call.principal(), call.pathId(u"id"_s));
                         return Response::message(u"Role deleted"_s);
                     });

    area.post(u"/sponsors"_s,
              { .seed = { u"Sponsor > Create sponsor"_s },
                .summary
                = u"Sign up an organisation that sponsors talents, and its owner's account"_s,
                .body = forms::person().plus(
                        { { u"organisation_name"_s, Field::string(2, 200).required() },
                          { u"country"_s, countryCode() },
                          { u"state"_s, Field::string(0, 100) },
                          { u"website"_s,
                            Field::pattern(u"https?://[^\\s]{3,290}"_s,
                                           u"a URL starting with http:// or https://"_s, 300) } }),
                .status = 201 },
              [onboarding](Call &call) { return onboarding->registerSponsor(withLanguage(call)); });

    area.post(u"/admins"_s,
              { .seed = { u"Admins > Create Admin"_s },
                .access = Access::roles(Role::SuperAdmin),
                .summary = u"Invite an admin or support staff member (super admin)"_s,
                .body = { { u"first_name"_s, name() },
                          { u"last_name"_s, name() },
                          { u"email"_s, Field::email().required() },
                          { u"phone_number"_s, phone() },
                          { u"role"_s, Field::oneOf({ u"admin"_s, u"support"_s }).required() } },
                .status = 201 },
              [onboarding](Call &call) {
                  return onboarding->createStaff(call.principal(), call.body());
              });

    area.get(u"/admins"_s,
             { .seed = { u"Admins > Fetch All"_s },
               .access = Access::roles(Role::Admin),
               .summary = u"Every admin, super admin and support account"_s,
               .query = listFilters(),
               .paged = true },
             [onboarding](Call &call) {
                 return onboarding->listStaff(call.query(), call.page(), call.limit());
             });
}

} // namespace wn
