// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <memory>

namespace wn {
class Api;
class TalentProfileService;
/** Talent profiles: skills with proficiency, the profile itself, the intro video. */
void installProfiles(Api &api, std::shared_ptr<TalentProfileService> profiles);
} // namespace wn
