// SPDX-License-Identifier: Apache-2.0
#include "modules/areas.h"

#include "nyscservice.h"

#include "core/http/api.h"

using namespace Qt::StringLiterals;

namespace wn {

void installNysc(Api &api, std::shared_ptr<NyscService> nysc)
{
    const Field number = Field::string(1, 60).required().describe(
            u"As NYSC prints it: NYSC/LAG/2026/008343 or NYSC/2025/LAG/206342"_s);
    api.post(u"/api/v1/nysc/otp"_s,
             { .seed = { u"NYSC > Request for otp using NYSC callup number"_s },
               .access = Access::roles(Role::Talent),
               .summary = u"Send a six-digit code to prove your NYSC call-up number"_s,
               .body = { { u"call_up_number"_s, number },
                         { u"phone_number"_s,
                           Field::pattern(u"^\\+[0-9]{7,15}$"_s,
                                          u"a phone number in international form"_s, 16) } } },
             [nysc](Call &call) { return nysc->requestCode(call.principal(), call.body()); });

    api.post(u"/api/v1/nysc/otp/verify"_s,
             { .seed = { u"NYSC > Verify otp"_s },
               .access = Access::roles(Role::Talent),
               .summary = u"Check the code: your call-up number is verified"_s,
               .body = { { u"call_up_number"_s, number },
                         { u"code"_s,
                           Field::pattern(u"^[0-9]{6}$"_s, u"six digits"_s, 6).required() } } },
             [nysc](Call &call) { return nysc->verify(call.principal(), call.body()); });
}

} // namespace wn
