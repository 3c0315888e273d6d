// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace wn {
class Api;
struct ServerContext;
/** Talent profiles: skills with proficiency, the profile itself, the intro video. */
void installProfiles(Api &api, ServerContext &context);
} // namespace wn
