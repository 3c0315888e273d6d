// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <memory>

namespace wn {
class Api;
class SkillService;
/** The skills catalogue: public search, admin edits. */
void installSkills(Api &api, std::shared_ptr<SkillService> skills);
} // namespace wn
