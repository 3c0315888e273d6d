// SPDX-License-Identifier: Apache-2.0
#include "modules/areas.h"

#include "core/http/api.h"
#include "supportservice.h"

using namespace Qt::StringLiterals;

namespace wn {

namespace {

const QString tag = u"Support"_s;

const Schema &filters()
{
    static const Schema schema {
        { u"q"_s, Field::string(0, 100).describe(u"Search in names, emails, WN ids and phones"_s) },
        { u"status"_s, Field::oneOf({ u"pending"_s, u"active"_s, u"suspended"_s }) },
    };
    return schema;
}

} // namespace

void installSupport(Api &api, std::shared_ptr<SupportService> support)
{
    api.post(u"/api/v1/support/accounts"_s,
             { .seed = { u"support > Create support account(super admin)"_s },
               .access = Access::roles(Role::SuperAdmin),
               .summary = u"Invite a support staff member (super admin)"_s,
               .tag = tag,
               .body = { { u"first_name"_s, Field::string(1, 100).required() },
                         { u"last_name"_s, Field::string(1, 100).required() },
                         { u"email"_s, Field::email().required() },
                         { u"phone_number"_s,
                           Field::pattern(u"\\+?[0-9][0-9 ()-]{6,19}"_s,
                                          u"a phone number of 7 to 20 digits, optionally "
                                          u"starting with +"_s,
                                          21) } },
               .status = 201 },
             [support](Call &call) {
                 return support->createSupportAccount(call.principal(), call.body());
             });

    api.get(u"/api/v1/support/accounts"_s,
            { .seed = { u"support > Get all support users"_s },
              .access = Access::roles(Role::Admin),
              .summary = u"The support accounts (admins and super admins)"_s,
              .tag = tag,
              .query = filters(),
              .paged = true },
            [support](Call &call) {
                return support->listSupportAccounts(call.query(), call.page(), call.limit());
            });

    api.get(u"/api/v1/support/users"_s,
            { .seed = { u"support > Get worknation users"_s },
              .access = Access::staff(),
              .summary = u"Find any account: summaries only, read-only"_s,
              .tag = tag,
              .query = filters().plus({ { u"role"_s, Field::oneOf(allRoleNames()) } }),
              .paged = true },
            [support](Call &call) {
                return support->searchUsers(call.query(), call.page(), call.limit());
            });
}

} // namespace wn
