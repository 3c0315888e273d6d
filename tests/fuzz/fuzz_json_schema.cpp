// SPDX-License-Identifier: Apache-2.0
// A request body as the server reads it: json::parseObject, then Schema::validate against the
// sign-up and job forms (the largest schemas, with every kind of field: strings, emails, enums,
// dates, numbers, arrays and nested objects).
#include <wn/common/apierror.h>
#include <wn/common/forms.h>
#include <wn/common/json.h>
#include <wn/common/schema.h>

#include "fuzzing.h"

#include <cstdint>
#include <vector>

namespace {

const std::vector<wn::Schema> &schemas()
{
    static const std::vector<wn::Schema> all { wn::forms::talentSignUp(true),
                                               wn::forms::talentSignUp(false),
                                               wn::forms::employerSignUp(false),
                                               wn::forms::job(true), wn::forms::job(false) };
    return all;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QJsonObject input;
    try {
        input = wn::json::parseObject(wn::fuzz::bytesOf(data, size));
    } catch (const wn::ApiError &) {
        return 0; // a 400: what a malformed body should get
    }
    for (const wn::Schema &schema : schemas()) {
        for (const bool fromText : { false, true }) {
            wn::FieldErrors errors;
            const QJsonObject valid = schema.validate(input, errors, fromText);
            if (!errors.isEmpty())
                continue;
            // What validation let through and normalised is valid as it stands, and unchanged
            // by a second pass: a handler may validate what it stored.
            wn::FieldErrors again;
            wn::fuzz::check(schema.validate(valid, again) == valid && again.isEmpty(),
                            "validated input does not validate again unchanged");
        }
    }
    return 0;
}
