// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <memory>

namespace wn {
class Api;
class NotificationService;
/** The notification inbox: list, mark read, statistics. */
void installNotifications(Api &api, std::shared_ptr<NotificationService> notifications);
} // namespace wn
