// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <memory>

namespace wn {
class Api;
class AdminService;
class UserImportService;
struct ServerContext;
/**
 * The admin console: talent and employer lists (admins and support), dashboard statistics and
 * bulk invitations (admins; super admins included).
 */
void installAdmin(Api &api, ServerContext &context, std::shared_ptr<AdminService> admin,
                  std::shared_ptr<UserImportService> imports);
} // namespace wn
