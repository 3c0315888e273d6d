// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <memory>

namespace wn {
class Api;
class CompanyService;
/** Company profiles, contact persons, sponsorship and the owner's profile. */
void installCompanies(Api &api, std::shared_ptr<CompanyService> companies);
} // namespace wn
