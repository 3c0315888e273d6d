// SPDX-License-Identifier: Apache-2.0
#include "modules/areas.h"

#include "core/http/api.h"
#include "identityservice.h"

using namespace Qt::StringLiterals;

namespace wn {

namespace {

Field elevenDigits(const QString &what)
{
    return Field::pattern(u"[0-9]{11}"_s, u"an 11-digit %1"_s.arg(what), 11).required();
}

/** The route that checks a talent's BVN or NIN (@p fullName) against the registry. */
void installPersonCheck(Api &api, const std::shared_ptr<IdentityService> &identity,
                        IdentityKind kind, const QString &seed, const QString &fullName)
{
    const QString field = identityKindName(kind);
    api.post(u"/api/v1/onboarding/verify-"_s + field,
             { .seed = { seed },
               .access = Access::roles(Role::Talent),
               .summary
               = u"Verify your %1; the name on record must match your account"_s.arg(fullName),
               .tag = u"Onboarding"_s,
               .body = { { field, elevenDigits(field.toUpper()) },
                         { u"date_of_birth"_s, Field::date() } } },
             [identity, kind, field](Call &call) {
                 return identity->verifyPerson(call.principal(), kind,
                                               call.body().value(field).toString(),
                                               call.body().value(u"date_of_birth"_s).toString());
             });
}

} // namespace

void installIdentity(Api &api, std::shared_ptr<IdentityService> identity)
{
    installPersonCheck(api, identity, IdentityKind::Bvn, u"Onboarding > Applicants > Verify BVN"_s,
                       u"Bank Verification Number"_s);
    installPersonCheck(api, identity, IdentityKind::Nin, u"Onboarding > Applicants > Verify Nin"_s,
                       u"National Identification Number"_s);

    api.post(
            u"/api/v1/onboarding/verify-tin"_s,
            { .seed = { u"Onboarding > Employer > Verify Tin"_s },
              .access = Access::roles(Role::Employer, Role::Sponsor),
              .summary
              = u"Verify your company's Tax Identification Number; it must be registered to your company's name"_s,
              .tag = u"Onboarding"_s,
              .body = { { u"tin"_s,
                          Field::pattern(u"[0-9]{10}|[0-9]{8}-[0-9]{4}"_s,
                                         u"a TIN: 10 digits or NNNNNNNN-NNNN"_s, 13)
                                  .required() } } },
            [identity](Call &call) {
                return identity->verifyCompany(call.principal(),
                                               call.body().value(u"tin"_s).toString());
            });

    const Schema recordSchema {
        { u"kind"_s, Field::oneOf({ u"bvn"_s, u"nin"_s, u"tin"_s }).required() },
        { u"number"_s, Field::string(8, 13).required() },
        { u"first_name"_s, Field::string(0, 100) },
        { u"last_name"_s, Field::string(0, 100) },
        { u"date_of_birth"_s, Field::date() },
        { u"company_name"_s, Field::string(0, 200) },
    };
    api.post(
            u"/api/v1/admin/identity-registry"_s,
            { .access = Access::roles(Role::Admin),
              .summary
              = u"Load records into the local identity registry (numbers are stored only as keyed hashes)"_s,
              .tag = u"Admin"_s,
              .body = { { u"records"_s,
                          Field::arrayOf(Field::object(recordSchema), 10000).required() } } },
            [identity](Call &call) {
                return identity->loadRegistry(call.body().value(u"records"_s).toArray());
            });
}

} // namespace wn
