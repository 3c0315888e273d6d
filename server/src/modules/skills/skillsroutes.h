// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace wn {
class Api;
struct ServerContext;
/** The skills catalogue: public search, admin edits. */
void installSkills(Api &api, ServerContext &context);
/** Loads the shipped skills list (idempotent; see SkillService::seed). */
void seedSkills(ServerContext &context);
} // namespace wn
