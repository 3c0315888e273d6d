// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace wn {
class Api;
struct ServerContext;
/** The notification inbox: list, mark read, statistics. */
void installNotifications(Api &api, ServerContext &context);
} // namespace wn
