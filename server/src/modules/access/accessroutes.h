// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace wn {
class Api;
struct ServerContext;
/** System roles and the permission catalog. */
void installAccess(Api &api, ServerContext &context);
/** Records the built-in roles with their default permissions (idempotent). */
void seedSystemRoles(ServerContext &context);
} // namespace wn
