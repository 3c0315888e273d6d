// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/server.h"

namespace wn {

class Api;
struct ServerContext;

/** Every area, as the server is composed of them (main, the tests and the benchmarks). */
ServerModules serverModules();

/** Registers every area's endpoints: the one list of what the server offers. */
void installModules(Api &api, ServerContext &context);
/** Loads the reference data shipped in resources/ (idempotent). */
void seedReferenceData(ServerContext &context);

} // namespace wn
