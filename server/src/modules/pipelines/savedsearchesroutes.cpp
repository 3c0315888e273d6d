// SPDX-License-Identifier: Apache-2.0
#include "modules/areas.h"

#include "core/config.h"
#include "core/http/api.h"
#include "core/http/routegroup.h"
#include "core/jobs/jobqueue.h"
#include "core/servercontext.h"
#include "savedsearchservice.h"

using namespace Qt::StringLiterals;

namespace wn {

namespace {

QString tag()
{
    return u"Saved searches"_s;
}

Field searchName()
{
    return Field::string(1, 120).example(u"Data analysts in Lagos"_s);
}

} // namespace

void installSavedSearches(Api &api, ServerContext &context,
                          std::shared_ptr<SavedSearchService> searches)
{
    context.jobs->registerPeriodic(
            SavedSearchService::alertsJob(),
            [searches](const QJsonObject &) { searches->sendAlerts(); },
            [&context] { return context.config.integer(u"candidates/alert_interval_seconds"_s); });

    RouteGroup saved(api,
                     { .prefix = u"/api/v1/saved-searches"_s,
                       .access = Access::company(),
                       .permission = u"applications.read"_s,
                       .tag = tag() });

    saved.post(u""_s,
               { .summary = u"Save a candidate search under a name, with the query the candidate "
                            u"search takes; the talents it finds now are not new to it. At most %1 "
                            u"per company (409 beyond)"_s.arg(SavedSearchService::perCompany),
                 .body = { { u"name"_s, searchName().required() },
                           { u"query"_s,
                             Field::object(candidateSearchQuery())
                                     .required()
                                     .describe(u"q, skills, state, career_level, availability and "
                                               u"verified, as GET /candidates takes them"_s) },
                           { u"alerts"_s,
                             Field::boolean().describe(
                                     u"Whether its creator is told of new matches (true when left "
                                     u"out)"_s) } },
                 .status = 201 },
               [searches](Call &call) { return searches->create(call.principal(), call.body()); });

    saved.get(u""_s,
              { .summary = u"Your company's saved searches by name, each with how many new talents "
                           u"it matched since it was last opened (new_matches)"_s,
                .paged = true },
              [searches](Call &call) {
                  return searches->list(call.principal(), call.page(), call.limit());
              });

    saved.get(u"/{id}"_s, { .summary = u"One of your company's saved searches"_s },
              [searches](Call &call) {
                  return searches->byId(call.principal(), call.pathId(u"id"_s));
              });

    saved.patch(u"/{id}"_s,
                { .summary = u"Rename a saved search or switch its alerts on or off"_s,
                  .body = { { u"name"_s, searchName() }, { u"alerts"_s, Field::boolean() } } },
                [searches](Call &call) {
                    return searches->update(call.principal(), call.pathId(u"id"_s), call.body());
                });

    saved.del(u"/{id}"_s,
              { .summary = u"Delete a saved search with what it remembers of its matches"_s },
              [searches](Call &call) {
                  searches->remove(call.principal(), call.pathId(u"id"_s));
                  return Response::message(u"Saved search deleted"_s);
              });

    saved.post(u"/{id}/open"_s,
               { .summary = u"Run a saved search (a page, as GET /candidates answers, each talent "
                            u"saying whether they are new to it) and mark its new matches seen: "
                            u"new_ids lists them, saved_search is the search itself"_s,
                 .paged = true },
               [searches](Call &call) {
                   return searches->open(call.principal(), call.pathId(u"id"_s), call.page(),
                                         call.limit());
               });
}

} // namespace wn
