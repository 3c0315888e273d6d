// SPDX-License-Identifier: Apache-2.0
#pragma once
// The routes every kind of company offer (trainings, internships) declares alike, for the offers
// and for the applications to them, from a table of each kind's words.

#include "core/http/api.h"
#include "core/http/routegroup.h"
#include "offerschemas.h"

#include <memory>

namespace wn {

class OfferApplications;
class Workflow;

/** @brief What one kind of offer's routes say: the words of their paths, their bodies and
 * queries, and each route's seed and summary. */
struct OfferRoutes
{
    /** One route's seed endpoints (none where it implements no seed) and its summary. */
    struct Texts
    {
        QStringList seed;
        QString summary;
    };

    QString offers; ///< "trainings": /api/v1/trainings, /api/v1/employers/me/trainings
    QString noun; ///< "training": /api/v1/training-applications, .../me/training-applications
    QString tag;
    const Workflow *workflow = nullptr; ///< the offers' statuses
    const Workflow *applicationWorkflow = nullptr; ///< the applications' statuses
    Schema creating; ///< the body that drafts an offer
    Schema editing; ///< the body that edits one
    Schema searching; ///< the public search's query
    QString ownWords; ///< where the company's own list looks for its q, if it says

    Texts create, search, own, byId, bySlug, update, status;
    Texts apply, applied, application, applicationStatus, applicants, move;
};

/** Declares the offers' own routes on @p offers (a TrainingService, an InternshipService): draft,
 *  search, the company's list, one by id and by slug, edit, and the status moves. */
template<typename Offers>
void installOfferRoutes(Api &api, const std::shared_ptr<Offers> &offers, const OfferRoutes &r)
{
    RouteGroup area(api, { .prefix = QStringLiteral("/api/v1"), .tag = r.tag });
    const QString base = QStringLiteral("/") + r.offers;
    const QString create = QStringLiteral("jobs.create");

    area.post(base,
              { .seed = r.create.seed,
                .access = Access::company(),
                .permission = create,
                .summary = r.create.summary,
                .body = r.creating,
                .status = 201 },
              [offers](Call &call) { return offers->create(call.principal(), call.body()); });

    area.get(base,
             { .seed = r.search.seed,
               .summary = r.search.summary,
               .query = r.searching,
               .paged = true },
             [offers](Call &call) {
                 return offers->search(call.query(), call.page(), call.limit());
             });

    area.get(QStringLiteral("/employers/me/") + r.offers,
             { .seed = r.own.seed,
               .access = Access::company(),
               .summary = r.own.summary,
               .query = offerschemas::ownOffers(*r.workflow, r.ownWords),
               .paged = true },
             [offers](Call &call) {
                 return offers->companyOffers(call.principal(), call.query(), call.page(),
                                              call.limit());
             });

    area.get(base + QStringLiteral("/{id}"), { .seed = r.byId.seed, .summary = r.byId.summary },
             [offers](Call &call) {
                 return offers->byId(call.viewer(), call.pathId(QStringLiteral("id")));
             });

    area.get(base + QStringLiteral("/by-slug/{slug}"),
             { .seed = r.bySlug.seed, .summary = r.bySlug.summary }, [offers](Call &call) {
                 return offers->bySlug(call.viewer(), call.path(QStringLiteral("slug")));
             });

    area.patch(base + QStringLiteral("/{id}"),
               { .seed = r.update.seed,
                 .access = Access::company(),
                 .permission = create,
                 .summary = r.update.summary,
                 .body = r.editing },
               [offers](Call &call) {
                   return offers->update(call.principal(), call.pathId(QStringLiteral("id")),
                                         call.body());
               });

    area.patch(base + QStringLiteral("/{id}/status"),
               { .seed = r.status.seed,
                 .access = Access::company(),
                 .permission = QStringLiteral("jobs.publish"),
                 .summary = r.status.summary,
                 .body = offerschemas::offerMove(*r.workflow) },
               [offers](Call &call) {
                   return offers->changeStatus(
                           call.principal(), call.pathId(QStringLiteral("id")),
                           call.body().value(QStringLiteral("status")).toString());
               });
}

/** Declares the routes of the applications to the offers: apply, the talent's applications, one
 *  by id, whether the talent applied, an offer's applicants, and the moves. */
void installOfferApplicationRoutes(Api &api, const std::shared_ptr<OfferApplications> &applications,
                                   const OfferRoutes &r);

} // namespace wn
