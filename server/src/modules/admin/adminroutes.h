// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace wn {
class Api;
struct ServerContext;
/**
 * The admin console: talent and employer lists (admins and support), dashboard statistics and
 * bulk invitations (admins; super admins included).
 */
void installAdmin(Api &api, ServerContext &context);
} // namespace wn
