// SPDX-License-Identifier: Apache-2.0
#include "modules/areas.h"

#include "core/http/api.h"
#include "testimonialservice.h"

#include <wn/common/workflows.h>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

const QString tag = u"Testimonials"_s;

Schema testimonialSchema(bool required)
{
    auto maybeRequired
            = [required](const Field &field) { return required ? field.required() : field; };
    return {
        { u"rating"_s, maybeRequired(Field::integer(1, 5)).describe(u"1 to 5 stars"_s) },
        { u"body"_s,
          maybeRequired(Field::string(20, 1000))
                  .example(u"Worknation found me my first job after NYSC in three weeks."_s) },
        { u"role_text"_s,
          Field::string(0, 100)
                  .describe(u"How you are introduced beside it"_s)
                  .example(u"Data analyst, Lagos"_s) },
    };
}

} // namespace

void installTestimonials(Api &api, std::shared_ptr<TestimonialService> testimonials)
{
    api.post(u"/api/v1/testimonials"_s,
             { .seed = { u"User > Testimonials > Create a Testimonial [applicant]"_s },
               .access = Access::roles(Role::Talent),
               .summary = u"Write your testimonial (one per talent); it waits for approval"_s,
               .tag = tag,
               .body = testimonialSchema(true),
               .status = 201 },
             [testimonials](Call &call) {
                 return testimonials->create(call.principal(), call.body());
             });

    api.get(u"/api/v1/testimonials/me"_s,
            { .seed = { u"User > Testimonials > Fetch One Testimonial By User Token"_s },
              .access = Access::roles(Role::Talent),
              .summary = u"Your testimonial and where its approval stands"_s,
              .tag = tag },
            [testimonials](Call &call) { return testimonials->mine(call.principal()); });

    api.patch(u"/api/v1/testimonials/me"_s,
              { .seed = { u"User > Testimonials > Update Testimonial By user token [Applicant]"_s },
                .access = Access::roles(Role::Talent),
                .summary = u"Change your testimonial; it waits for approval again"_s,
                .tag = tag,
                .body = testimonialSchema(false) },
              [testimonials](Call &call) {
                  return testimonials->updateMine(call.principal(), call.body());
              });

    api.del(u"/api/v1/testimonials/{id}"_s,
            { .seed = { u"User > Testimonials > Delete A Testimonial By Id"_s },
              .access = Access::Authenticated,
              .summary = u"Delete a testimonial: its author or an admin"_s,
              .tag = tag },
            [testimonials](Call &call) {
                testimonials->remove(call.principal(), call.pathId(u"id"_s));
                return Response::message(u"Testimonial deleted"_s);
            });

    api.get(u"/api/v1/testimonials"_s,
            { .seed = { u"User > Testimonials > Fetch All Testimonials (Admin)"_s },
              .access = Access::roles(Role::Admin),
              .summary = u"Every testimonial with its author, most recently changed first"_s,
              .tag = tag,
              .query = { { u"status"_s, Field::oneOf(testimonialWorkflow().statuses()) } },
              .paged = true },
            [testimonials](Call &call) {
                return testimonials->list(call.query(), call.page(), call.limit());
            });

    api.post(u"/api/v1/testimonials/users/{user_id}/approve"_s,
             { .seed = { u"User > Testimonials > Approve A Testimonial By User ID [Admin]"_s },
               .access = Access::roles(Role::Admin),
               .summary = u"Approve a talent's testimonial (by the talent's user id)"_s,
               .tag = tag },
             [testimonials](Call &call) {
                 return testimonials->review(call.principal(), call.pathId(u"user_id"_s), true, {});
             });

    api.post(u"/api/v1/testimonials/users/{user_id}/reject"_s,
             { .access = Access::roles(Role::Admin),
               .summary = u"Reject a talent's testimonial with a reason they can read"_s,
               .tag = tag,
               .body = { { u"reason"_s, Field::string(3, 500).required() } } },
             [testimonials](Call &call) {
                 return testimonials->review(call.principal(), call.pathId(u"user_id"_s), false,
                                             call.body().value(u"reason"_s).toString());
             });

    api.get(u"/api/v1/testimonials/approved"_s,
            { .summary = u"Approved testimonials: first name and last initial, role, rating"_s,
              .tag = tag,
              .paged = true },
            [testimonials](Call &call) {
                return testimonials->published(call.page(), call.limit());
            });
}

} // namespace wn
