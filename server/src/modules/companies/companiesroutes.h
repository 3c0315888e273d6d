// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace wn {
class Api;
struct ServerContext;
/** Company profiles, contact persons, sponsorship and the owner's profile. */
void installCompanies(Api &api, ServerContext &context);
} // namespace wn
