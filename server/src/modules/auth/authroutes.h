// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <memory>

namespace wn {
class Api;
class AccountService;
struct ServerContext;
/** Logins, the current user, email verification and passwords. */
void installAuth(Api &api, ServerContext &context, std::shared_ptr<AccountService> accounts);
} // namespace wn
