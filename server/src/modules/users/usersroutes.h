// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <memory>

namespace wn {
class Api;
class AccountService;
struct ServerContext;
/** Looking up, activating and closing accounts; avatars; profile completion. */
void installUsers(Api &api, ServerContext &context, std::shared_ptr<AccountService> accounts);
} // namespace wn
