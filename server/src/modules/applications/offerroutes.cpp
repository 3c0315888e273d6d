// SPDX-License-Identifier: Apache-2.0
#include "offerroutes.h"

#include "offerapplications.h"

using namespace Qt::StringLiterals;

namespace wn {

using namespace offerschemas;

void installOfferApplicationRoutes(Api &api, const std::shared_ptr<OfferApplications> &applications,
                                   const OfferRoutes &r)
{
    RouteGroup area(api, { .prefix = u"/api/v1"_s, .tag = r.tag });
    const QString offer = u"/"_s + r.offers + u"/{id}"_s;
    const QString application = u"/"_s + r.noun + u"-applications/{id}"_s;
    const Access either = Access::roles(Role::Talent, Role::Employer, Role::Employee);

    area.post(offer + u"/applications"_s,
              { .seed = r.apply.seed,
                .access = Access::roles(Role::Talent),
                .summary = r.apply.summary,
                .body = applying(),
                .status = 201 },
              [applications](Call &call) {
                  return applications->apply(call.principal(), call.pathId(u"id"_s), call.body());
              });

    area.get(u"/talents/me/"_s + r.noun + u"-applications"_s,
             { .seed = r.applied.seed,
               .access = Access::roles(Role::Talent),
               .summary = r.applied.summary,
               .query = talentApplications(*r.applicationWorkflow),
               .paged = true },
             [applications](Call &call) {
                 return applications->applied(call.principal(), call.query(), call.page(),
                                              call.limit());
             });

    area.get(application,
             { .seed = r.application.seed,
               .access = either,
               .permission = u"applications.read"_s,
               .summary = r.application.summary },
             [applications](Call &call) {
                 return applications->byId(call.principal(), call.pathId(u"id"_s));
             });

    area.get(offer + u"/application-status"_s,
             { .seed = r.applicationStatus.seed,
               .access = Access::roles(Role::Talent),
               .summary = r.applicationStatus.summary },
             [applications](Call &call) {
                 return applications->statusFor(call.principal(), call.pathId(u"id"_s));
             });

    area.get(offer + u"/applications"_s,
             { .seed = r.applicants.seed,
               .access = Access::company(),
               .permission = u"applications.read"_s,
               .summary = r.applicants.summary,
               .query = applicants(*r.applicationWorkflow),
               .paged = true },
             [applications](Call &call) {
                 return applications->applicants(call.principal(), call.pathId(u"id"_s),
                                                 call.query(), call.page(), call.limit());
             });

    area.patch(application + u"/status"_s,
               { .seed = r.move.seed,
                 .access = either,
                 .permission = u"applications.decide"_s,
                 .summary = r.move.summary,
                 .body = applicationMove(*r.applicationWorkflow) },
               [applications](Call &call) {
                   return applications->changeStatus(call.principal(), call.pathId(u"id"_s),
                                                     call.body().value(u"status"_s).toString(),
                                                     call.body().value(u"reason"_s).toString());
               });
}

} // namespace wn
