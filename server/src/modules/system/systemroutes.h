// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace wn {
class Api;
struct ServerContext;
/** Health, readiness, metrics and the API's own description. */
void installSystem(Api &api, ServerContext &context);
} // namespace wn
