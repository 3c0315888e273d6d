// SPDX-License-Identifier: Apache-2.0
#include "modules/areas.h"

#include "core/http/api.h"
#include "notificationservice.h"

using namespace Qt::StringLiterals;

namespace wn {

void installNotifications(Api &api, std::shared_ptr<NotificationService> notifications)
{
    api.get(u"/api/v1/notifications"_s,
            { .seed = { u"Notifications > Fetch All"_s },
              .access = Access::Authenticated,
              .summary = u"Your notifications, newest first; filter by read state and type"_s,
              .query = { { u"read"_s, Field::boolean() }, { u"type"_s, Field::string(1, 50) } },
              .paged = true },
            [notifications](Call &call) {
                return notifications->list(call.principal().userId, call.query(), call.page(),
                                           call.limit());
            });

    api.post(u"/api/v1/notifications/mark-read"_s,
             { .seed = { u"Notifications > mark-read"_s },
               .access = Access::Authenticated,
               .summary = u"Mark some of your notifications read"_s,
               .body = { { u"ids"_s, Field::arrayOf(Field::integer(), 500).required() } } },
             [notifications](Call &call) {
                 QList<qint64> ids;
                 for (const QJsonValue &id : call.body().value(u"ids"_s).toArray())
                     ids.append(id.toInteger());
                 return QJsonObject { { u"updated"_s,
                                        notifications->markRead(call.principal().userId, ids) } };
             });

    api.post(u"/api/v1/notifications/mark-all-read"_s,
             { .seed = { u"Notifications > mark-all-read"_s },
               .access = Access::Authenticated,
               .summary = u"Mark all your notifications read"_s },
             [notifications](Call &call) {
                 return QJsonObject { { u"updated"_s,
                                        notifications->markAllRead(call.principal().userId) } };
             });

    api.get(u"/api/v1/notifications/stats"_s,
            { .seed = { u"Notifications > Get Stats"_s },
              .access = Access::Authenticated,
              .summary = u"How many notifications you have, unread, and per type"_s },
            [notifications](Call &call) { return notifications->stats(call.principal().userId); });
}

} // namespace wn
