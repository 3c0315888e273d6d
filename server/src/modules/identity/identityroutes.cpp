// SPDX-License-Identifier: Apache-2.0
#include "identityroutes.h"

#include "core/http/api.h"
#include "identityservice.h"

using namespace Qt::StringLiterals;

namespace wn {

namespace {

Field elevenDigits(const QString &what)
{
    return Field::pattern(u"[0-9]{11}"_s, u"an 11-digit %1"_s.arg(what), 11).required();
}

} // namespace

void installIdentity(Api &api, ServerContext &context)
{
    auto identity = std::make_shared<IdentityService>(context, makeIdentityProvider(context));

    api.post(
            u"/api/v1/onboarding/verify-bvn"_s,
            { .seed = { u"Onboarding > Applicants > Verify BVN"_s },
              .access = Access::roles(Role::Talent),
              .summary
              = u"Verify your Bank Verification Number; the name on record must match your account"_s,
              .tag = u"Onboarding"_s,
              .body
              = { { u"bvn"_s, elevenDigits(u"BVN"_s) }, { u"date_of_birth"_s, Field::date() } } },
            [identity](Call &call) {
                return identity->verifyPerson(call.principal(), IdentityKind::Bvn,
                                              call.body().value(u"bvn"_s).toString(),
                                              call.body().value(u"date_of_birth"_s).toString());
            });

    api.post(
            u"/api/v1/onboarding/verify-nin"_s,
            { .seed = { u"Onboarding > Applicants > Verify Nin"_s },
              .access = Access::roles(Role::Talent),
              .summary
              = u"Verify your National Identification Number; the name on record must match your account"_s,
              .tag = u"Onboarding"_s,
              .body
              = { { u"nin"_s, elevenDigits(u"NIN"_s) }, { u"date_of_birth"_s, Field::date() } } },
            [identity](Call &call) {
                return identity->verifyPerson(call.principal(), IdentityKind::Nin,
                                              call.body().value(u"nin"_s).toString(),
                                              call.body().value(u"date_of_birth"_s).toString());
            });

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
