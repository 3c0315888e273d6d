// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace wn {
class Api;
struct ServerContext;
/** Sign-ups, staff, employees and company roles. */
void installOnboarding(Api &api, ServerContext &context);
} // namespace wn
