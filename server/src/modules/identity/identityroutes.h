// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <memory>

namespace wn {
class Api;
class IdentityService;
/** BVN, NIN and TIN verification, and the admin's identity registry. */
void installIdentity(Api &api, std::shared_ptr<IdentityService> identity);
} // namespace wn
