// SPDX-License-Identifier: Apache-2.0
#include "modules/areas.h"

#include "core/http/api.h"
#include "skillservice.h"

using namespace Qt::StringLiterals;

namespace wn {

namespace {

Field category()
{
    return Field::string(1, 60).describe(u"A category such as \"Software development\""_s);
}

} // namespace

void installSkills(Api &api, std::shared_ptr<SkillService> skills)
{
    api.get(u"/api/v1/skills"_s,
            { .seed = { u"Skiils > Fetch all"_s },
              .summary = u"The skills catalogue, searchable by name and filterable by category"_s,
              .tag = u"Skills"_s,
              .query
              = { { u"q"_s, Field::string(0, 100).describe(u"Search in skill names"_s) },
                  { u"category"_s, category() },
                  { u"status"_s,
                    Field::oneOf({ u"active"_s, u"inactive"_s, u"all"_s })
                            .describe(u"active (default); inactive and all are for staff"_s) } },
              .paged = true },
            [skills](Call &call) {
                return skills->list(call.viewer(), call.query(), call.page(), call.limit());
            });

    api.get(u"/api/v1/skills/categories"_s,
            { .summary = u"The categories of active skills, with how many skills each has"_s,
              .tag = u"Skills"_s },
            [skills](Call &) { return skills->categories(); });

    api.get(u"/api/v1/skills/{id}"_s,
            { .seed = { u"Skiils > fetch one"_s },
              .summary = u"One skill, active or not"_s,
              .tag = u"Skills"_s },
            [skills](Call &call) { return skills->byId(call.pathId(u"id"_s)); });

    api.post(u"/api/v1/skills"_s,
             { .seed = { u"Skiils > Add"_s },
               .access = Access::roles(Role::Admin),
               .summary = u"Add a skill (admin); names are unique ignoring case"_s,
               .tag = u"Skills"_s,
               .body = { { u"name"_s, Field::string(1, 100).required().example(u"Python"_s) },
                         { u"category"_s, category() },
                         { u"description"_s, Field::string(0, 1000) } },
               .status = 201 },
             [skills](Call &call) { return skills->add(call.body()); });

    api.patch(u"/api/v1/skills/{id}"_s,
              { .seed = { u"Skiils > Update"_s },
                .access = Access::roles(Role::Admin),
                .summary = u"Rename, recategorise, describe, or (de)activate a skill (admin)"_s,
                .tag = u"Skills"_s,
                .body = { { u"name"_s, Field::string(1, 100) },
                          { u"category"_s, category().nullable() },
                          { u"description"_s, Field::string(0, 1000).nullable() },
                          { u"active"_s, Field::boolean() } } },
              [skills](Call &call) { return skills->update(call.pathId(u"id"_s), call.body()); });

    api.del(u"/api/v1/skills/{id}"_s,
            { .seed = { u"Skiils > Delete"_s },
              .access = Access::roles(Role::Admin),
              .summary = u"Delete a skill (admin); a skill talents hold is deactivated instead"_s,
              .tag = u"Skills"_s },
            [skills](Call &call) { return skills->remove(call.pathId(u"id"_s)); });
}

} // namespace wn
