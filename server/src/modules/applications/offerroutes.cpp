// SPDX-License-Identifier: Apache-2.0
#include "offerroutes.h"

#include "offerapplications.h"

using namespace Qt::StringLiterals;

namespace wn {

using namespace offerschemas;

void installOfferApplicationRoutes(Api &api, const std::shared_ptr<OfferApplications> &applications,
                                   const OfferRoutes &r)
{
    const QString offer = u"/api/v1/"_s + r.offers + u"/{id}"_s;
    const QString application = u"/api/v1/"_s + r.noun + u"-applications/{id}"_s;
    const Access either = Access::roles(Role::Talent, Role::Employer, Role::Employee);

    api.post(offer + u"/applications"_s,
             { .seed = r.apply.seed,
               .access = Access::roles(Role::Talent),
               .summary = r.apply.summary,
               .tag = r.tag,
               .body = applying(),
               .status = 201 },
             [applications](Call &call) {
                 return applications->apply(call.principal(), call.pathId(u"id"_s), call.body());
             });

    api.get(u"/api/v1/talents/me/"_s + r.noun + u"-applications"_s,
            { .seed = r.applied.seed,
              .access = Access::roles(Role::Talent),
              .summary = r.applied.summary,
              .tag = r.tag,
              .query = talentApplications(*r.applicationWorkflow),
              .paged = true },
            [applications](Call &call) {
                return applications->applied(call.principal(), call.query(), call.page(),
                                             call.limit());
            });

    api.get(application,
            { .seed = r.application.seed,
              .access = either,
              .permission = u"applications.read"_s,
              .summary = r.application.summary,
              .tag = r.tag },
            [applications](Call &call) {
                return applications->byId(call.principal(), call.pathId(u"id"_s));
            });

    api.get(offer + u"/application-status"_s,
            { .seed = r.applicationStatus.seed,
              .access = Access::roles(Role::Talent),
              .summary = r.applicationStatus.summary,
              .tag = r.tag },
            [applications](Call &call) {
                return applications->statusFor(call.principal(), call.pathId(u"id"_s));
            });

    api.get(offer + u"/applications"_s,
            { .seed = r.applicants.seed,
              .access = Access::company(),
              .permission = u"applications.read"_s,
              .summary = r.applicants.summary,
              .tag = r.tag,
              .query = applicants(*r.applicationWorkflow),
              .paged = true },
            [applications](Call &call) {
                return applications->applicants(call.principal(), call.pathId(u"id"_s),
                                                call.query(), call.page(), call.limit());
            });

    api.patch(application + u"/status"_s,
              { .seed = r.move.seed,
                .access = either,
                .permission = u"applications.decide"_s,
                .summary = r.move.summary,
                .tag = r.tag,
                .body = applicationMove(*r.applicationWorkflow) },
              [applications](Call &call) {
                  return applications->changeStatus(call.principal(), call.pathId(u"id"_s),
                                                    call.body().value(u"status"_s).toString(),
                                                    call.body().value(u"reason"_s).toString());
              });
}

} // namespace wn
