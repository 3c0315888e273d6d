// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <memory>

namespace wn {
class Api;
class CatalogService;
struct ServerContext;
/** The reference lists profiles pick from (education levels, schools, industries, ...) and the
 * subscription plans. */
void installCatalog(Api &api, std::shared_ptr<CatalogService> catalog);
/** Loads the shipped lists and plans, keyed by code (idempotent; admins' active flags stay). */
void seedCatalog(ServerContext &context);
} // namespace wn
