// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace wn {
class Api;
struct ServerContext;
/** Looking up, activating and closing accounts; avatars; profile completion. */
void installUsers(Api &api, ServerContext &context);
} // namespace wn
