// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace wn {
class Api;
struct ServerContext;
/** A company's webhook endpoints, the event catalog, deliveries and their log. */
void installWebhooks(Api &api, ServerContext &context);
} // namespace wn
