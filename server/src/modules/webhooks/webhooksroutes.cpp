// SPDX-License-Identifier: Apache-2.0
#include "modules/areas.h"

#include "core/http/api.h"
#include "core/http/routegroup.h"
#include "core/jobs/jobqueue.h"
#include "core/servercontext.h"
#include "webhookservice.h"

using namespace Qt::StringLiterals;

namespace wn {

namespace {

Field webhookUrl()
{
    return Field::string(1, 2000)
            .describe(u"Where events are POSTed: https (http only where the server allows it), "
                      "reaching a public address"_s)
            .example(u"https://hooks.example.com/worknation"_s);
}

Field eventList()
{
    return Field::arrayOf(Field::oneOf(WebhookService::eventNames()), 50)
            .example(QJsonArray { u"application.created"_s, u"job.published"_s });
}

} // namespace

void installWebhooks(Api &api, ServerContext &context, std::shared_ptr<WebhookService> webhooks)
{
    context.jobs->registerHandler(
            u"webhook-delivery"_s,
            [webhooks](const QJsonObject &payload) { webhooks->deliver(payload); },
            context.config.integer(u"webhooks/max_attempts"_s));
    const Access members = Access::roles(Role::Employer, Role::Employee, Role::Sponsor);
    RouteGroup hooks(api,
                     { .prefix = u"/api/v1/webhooks"_s,
                       .access = members,
                       .permission = u"webhooks.manage"_s,
                       .tag = u"User"_s,
                       .seedPrefix = u"User > Employer > WebHooks > "_s });

    api.get(u"/api/v1/webhooks/events"_s,
            { .seed = { u"User > Employer > WebHooks > Get All events"_s },
              .access = members,
              .summary = u"Every event a webhook endpoint may receive"_s },
            [webhooks](Call &) { return webhooks->eventCatalog(); });

    hooks.post(u""_s,
               { .seed = { u"Add Web url"_s },
                 .summary = u"Register an endpoint for some events; the answer holds its signing "
                            "secret, shown only this once"_s,
                 .body = { { u"url"_s, webhookUrl().required() },
                           { u"events"_s, eventList().required() },
                           { u"description"_s, Field::string(0, 300) } },
                 .status = 201 },
               [webhooks](Call &call) { return webhooks->create(call.principal(), call.body()); });

    hooks.get(u""_s,
              { .seed = { u"Get all employers selected"_s },
                .summary = u"Your company's endpoints and the events each receives"_s,
                .paged = true },
              [webhooks](Call &call) {
                  return webhooks->list(call.principal(), call.page(), call.limit());
              });

    hooks.get(u"/{id}"_s, { .summary = u"One of your company's endpoints"_s },
              [webhooks](Call &call) {
                  return webhooks->get(call.principal(), call.pathId(u"id"_s));
              });

    hooks.patch(u"/{id}"_s,
                { .summary = u"Change an endpoint's URL, events or description, or turn it off "
                             "and on"_s,
                  .body = { { u"url"_s, webhookUrl() },
                            { u"events"_s, eventList() },
                            { u"description"_s, Field::string(0, 300).nullable() },
                            { u"enabled"_s, Field::boolean() } } },
                [webhooks](Call &call) {
                    return webhooks->update(call.principal(), call.pathId(u"id"_s), call.body());
                });

    hooks.del(u"/{id}"_s,
              { .summary = u"Remove an endpoint; deliveries still queued for it are cancelled"_s },
              [webhooks](Call &call) {
                  webhooks->remove(call.principal(), call.pathId(u"id"_s));
                  return Response::message(u"Webhook endpoint removed"_s);
              });

    hooks.get(
            u"/{id}/deliveries"_s,
            { .summary = u"An endpoint's deliveries, newest first, with every attempt"_s,
              .query
              = { { u"status"_s,
                    Field::oneOf({ u"pending"_s, u"delivered"_s, u"failed"_s, u"cancelled"_s }) } },
              .paged = true },
            [webhooks](Call &call) {
                return webhooks->deliveries(call.principal(), call.pathId(u"id"_s), call.query(),
                                            call.page(), call.limit());
            });

    hooks.post(u"/{id}/test"_s,
               { .summary = u"Queue a test.ping event to the endpoint"_s, .status = 202 },
               [webhooks](Call &call) {
                   return webhooks->sendTest(call.principal(), call.pathId(u"id"_s));
               });
}

} // namespace wn
