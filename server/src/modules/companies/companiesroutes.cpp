// SPDX-License-Identifier: Apache-2.0
#include "modules/areas.h"

#include "companyservice.h"
#include "core/http/api.h"
#include "core/http/routegroup.h"

#include <wn/common/forms.h>

using namespace Qt::StringLiterals;

namespace wn {

using forms::companyName;
using forms::industry;
using forms::phone;

void installCompanies(Api &api, std::shared_ptr<CompanyService> companies)
{
    const Access readers = Access::roles(Role::Employer, Role::Employee, Role::Sponsor, Role::Admin,
                                         Role::SuperAdmin, Role::Support);
    const Access members = Access::roles(Role::Employer, Role::Employee, Role::Sponsor);
    const Access owners = Access::roles(Role::Employer, Role::Sponsor);
    RouteGroup area(api,
                    { .prefix = u"/api/v1/companies"_s, .seedPrefix = u"User > Employer > "_s });
    RouteGroup editors = area.group({ .access = members, .permission = u"company.profile.edit"_s });

    area.post(u""_s,
              { .seed = { u"Company > Create"_s },
                .access = owners,
                .summary = u"Create your company, if you have none (after deleting yours)"_s,
                .body = Schema { { u"name"_s, companyName().required() },
                                 { u"country"_s,
                                   Field::pattern(u"[A-Za-z]{2}"_s,
                                                  u"an ISO 3166 two-letter country code"_s, 2)
                                           .required() },
                                 { u"industry"_s, industry().required() },
                                 { u"registration_number"_s, Field::string(0, 50) } }
                                .plus(forms::companyProfile()),
                .status = 201 },
              [companies](Call &call) { return companies->create(call.principal(), call.body()); });

    area.get(u""_s,
             { .seed = { u"Company > Fetch"_s },
               .access = readers,
               .summary = u"Your company (a page of one); admins and support: every company"_s,
               .query
               = { { u"q"_s, Field::string(0, 100).describe(u"Search in names"_s) },
                   { u"kind"_s, Field::oneOf({ u"employer"_s, u"sponsor"_s }) },
                   { u"is_sponsor"_s, Field::boolean() },
                   { u"deleted"_s,
                     Field::boolean().describe(u"Staff only: list deleted companies instead"_s) } },
               .paged = true },
             [companies](Call &call) {
                 return companies->list(call.principal(), call.query(), call.page(), call.limit());
             });

    area.get(u"/{id}"_s,
             { .seed = { u"Company > Get One"_s },
               .access = readers,
               .summary = u"A company: your own, or any for admins and support"_s },
             [companies](Call &call) {
                 return companies->get(call.principal(), call.pathId(u"id"_s));
             });

    editors.patch(u"/{id}"_s,
                  { .seed = { u"Company > Update"_s },
                    .summary = u"Change your company's profile (owner, or staff allowed "
                               "company.profile.edit)"_s,
                    .body = forms::companyChange() },
                  [companies](Call &call) {
                      return companies->update(call.principal(), call.pathId(u"id"_s), call.body());
                  });

    area.del(u"/{id}"_s,
             { .seed = { u"Company > Deleted"_s },
               .access = owners,
               .summary = u"Delete your company (owner): its data is kept, its staff lose "
                          "access, your account stays"_s },
             [companies](Call &call) {
                 return companies->remove(call.principal(), call.pathId(u"id"_s));
             });

    area.post(u"/{id}/sponsorship"_s,
              { .seed = { u"Sponsorship > Employer Become a sponsor"_s },
                .access = Access::roles(Role::Employer),
                .summary = u"Make your company a sponsor of talents, with a short sponsorship "
                           "profile (owner)"_s,
                .body = { { u"focus_areas"_s,
                            Field::arrayOf(Field::string(1, 100), 20)
                                    .required()
                                    .example(QJsonArray { u"Software engineering"_s,
                                                          u"Women in tech"_s }) },
                          { u"budget_range"_s,
                            Field::string(1, 100).required().example(
                                    u"NGN 5,000,000 - 20,000,000 a year"_s) } },
                .status = 201 },
              [companies](Call &call) {
                  return companies->becomeSponsor(call.principal(), call.pathId(u"id"_s),
                                                  call.body());
              });

    api.patch(u"/api/v1/employers/me"_s,
              { .seed = { u"User > Employer > Employer update profile"_s },
                .access = Access::roles(Role::Employer),
                .summary = u"Change your own name, phone number and job title (company owner)"_s,
                .body = { { u"first_name"_s, Field::string(1, 100) },
                          { u"last_name"_s, Field::string(1, 100) },
                          { u"phone_number"_s, phone().nullable() },
                          { u"job_title"_s, Field::string(0, 100).nullable() } } },
              [companies](Call &call) {
                  return companies->updateOwnerProfile(call.principal(), call.body());
              });

    editors.post(u"/{id}/contact-persons"_s,
                 { .seed = { u"Contact Persons > Add Contact person"_s },
                   .summary = u"Add a contact person to your company"_s,
                   .body = forms::contactPerson(true),
                   .status = 201 },
                 [companies](Call &call) {
                     return companies->addContact(call.principal(), call.pathId(u"id"_s),
                                                  call.body());
                 });

    area.get(u"/{id}/contact-persons"_s,
             { .seed = { u"Contact Persons > Fetch all employer contact person"_s },
               .access = readers,
               .summary = u"A company's contact persons, the primary one first"_s,
               .paged = true },
             [companies](Call &call) {
                 return companies->listContacts(call.principal(), call.pathId(u"id"_s), call.page(),
                                                call.limit());
             });

    editors.patch(u"/{id}/contact-persons/{contactId}"_s,
                  { .seed = {},
                    .summary = u"Change a contact person; is_primary true moves the primary flag"_s,
                    .tag = u"User"_s,
                    .body = forms::contactPerson(false) },
                  [companies](Call &call) {
                      return companies->updateContact(call.principal(), call.pathId(u"id"_s),
                                                      call.pathId(u"contactId"_s), call.body());
                  });

    editors.del(u"/{id}/contact-persons/{contactId}"_s,
                { .seed = {},
                  .summary = u"Remove a contact person; the oldest remaining one becomes primary"_s,
                  .tag = u"User"_s },
                [companies](Call &call) {
                    companies->deleteContact(call.principal(), call.pathId(u"id"_s),
                                             call.pathId(u"contactId"_s));
                    return Response::message(u"Contact person removed"_s);
                });
}

} // namespace wn
