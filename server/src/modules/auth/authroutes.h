// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace wn {
class Api;
struct ServerContext;
/** Logins, the current user, email verification and passwords. */
void installAuth(Api &api, ServerContext &context);
} // namespace wn
