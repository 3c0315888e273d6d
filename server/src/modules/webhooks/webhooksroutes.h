// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <memory>

namespace wn {
class Api;
class WebhookService;
struct ServerContext;
/** A company's webhook endpoints, the event catalog, deliveries and their log. */
void installWebhooks(Api &api, ServerContext &context, std::shared_ptr<WebhookService> webhooks);
} // namespace wn
