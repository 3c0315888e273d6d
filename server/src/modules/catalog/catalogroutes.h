// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace wn {

struct ServerContext;

/** Loads the shipped lists and plans, keyed by code (idempotent; admins' active flags stay). */
void seedCatalog(ServerContext &context);

} // namespace wn
