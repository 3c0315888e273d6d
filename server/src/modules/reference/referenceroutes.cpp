// SPDX-License-Identifier: Apache-2.0
#include "modules/areas.h"

#include "core/http/api.h"
#include "referenceservice.h"

using namespace Qt::StringLiterals;

namespace wn {

void installReference(Api &api, std::shared_ptr<ReferenceService> reference)
{
    api.get(u"/api/v1/countries"_s,
            { .seed
              = { u"Auth > All countries"_s, u"Onboarding > Countries > Fetch all countries"_s },
              .summary = u"Every country (ISO 3166), with whether it is in Africa"_s,
              .tag = u"Reference"_s,
              .query = { { u"african"_s,
                           Field::boolean().describe(
                                   u"Only African countries (true) or only others (false)"_s) } } },
            [reference](Call &call) {
                return reference->countries(call.query().value(u"african"_s));
            });

    api.get(u"/api/v1/countries/{code}/states"_s,
            { .summary = u"The states of a country (Nigeria's 36 states and the FCT)"_s,
              .tag = u"Reference"_s },
            [reference](Call &call) { return reference->states(call.path(u"code"_s).toUpper()); });
}

} // namespace wn
