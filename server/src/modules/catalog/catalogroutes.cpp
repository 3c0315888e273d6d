// SPDX-License-Identifier: Apache-2.0
#include "modules/areas.h"

#include "catalogservice.h"
#include "core/http/api.h"

#include <wn/common/apierror.h>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

const QString tag = u"Catalog"_s;

/** ?include_inactive=true is for admins: deactivated entries are hidden from everyone else. */
bool includeInactive(const Call &call)
{
    if (!call.query().value(u"include_inactive"_s).toBool())
        return false;
    if (!call.isAuthenticated())
        throw ApiError::unauthorized(u"Sign in as an admin to see inactive entries"_s);
    if (!call.principal().isAdmin())
        throw ApiError::forbidden(u"Only admins see inactive entries"_s);
    return true;
}

} // namespace

void installCatalog(Api &api, std::shared_ptr<CatalogService> catalog)
{
    for (const ReferenceList &list : referenceLists()) {
        const QString path = u"/api/v1/"_s + list.path();
        api.get(path,
                { .seed = { list.seed },
                  .summary = list.paged ? u"Every active %1, paged"_s.arg(list.noun)
                                        : u"Every active %1"_s.arg(list.noun),
                  .tag = tag,
                  .query = CatalogService::querySchema(list),
                  .paged = list.paged },
                [catalog, &list](Call &call) {
                    return catalog->list(list, call.query(), includeInactive(call), call.page(),
                                         call.limit());
                });
        api.post(path,
                 { .access = Access::roles(Role::Admin),
                   .summary = u"Add a %1 (admins)"_s.arg(list.noun),
                   .tag = tag,
                   .body = CatalogService::addSchema(list),
                   .status = 201 },
                 [catalog, &list](Call &call) { return catalog->add(list, call.body()); });
        api.patch(path + u"/{id}"_s,
                  { .access = Access::roles(Role::Admin),
                    .summary
                    = u"Rename, change or deactivate a %1 (admins; codes stay)"_s.arg(list.noun),
                    .tag = tag,
                    .body = CatalogService::updateSchema(list) },
                  [catalog, &list](Call &call) {
                      return catalog->update(list, call.pathId(u"id"_s), call.body());
                  });
    }

    api.get(u"/api/v1/subscription-plans"_s,
            { .seed = { u"SUbscription Plan > Get All"_s },
              .summary = u"The subscription plans with monthly and yearly prices (whole naira), "
                         u"features and limits (null: unlimited)"_s,
              .tag = tag },
            [catalog](Call &) { return catalog->plans(); });
}

} // namespace wn
