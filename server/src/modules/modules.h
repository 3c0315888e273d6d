// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace wn {

class Api;
struct ServerContext;

/** Registers every area's endpoints: the one list of what the server offers. */
void installModules(Api &api, ServerContext &context);
/** Loads the reference data shipped in resources/ (idempotent). */
void seedReferenceData(ServerContext &context);

} // namespace wn
