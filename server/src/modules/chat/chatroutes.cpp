// SPDX-License-Identifier: Apache-2.0
#include "modules/areas.h"

#include "chat/chatconnection.h"
#include "chatservice.h"
#include "core/http/api.h"
#include "core/jobs/jobqueue.h"
#include "core/servercontext.h"

#include <wn/common/apierror.h>

#include <QWebSocket>

using namespace Qt::StringLiterals;

namespace wn {

void installChat(Api &api, ServerContext &context, std::shared_ptr<ChatService> chats)
{
    context.acceptSocket = [&context, chats](std::unique_ptr<QWebSocket> socket, QObject *owner) {
        acceptChatSocket(std::move(socket), owner, context, chats);
    };
    context.jobs->registerHandler(u"chat-digest"_s, [chats](const QJsonObject &payload) {
        chats->sendDigest(payload.value(u"user_id"_s).toInteger());
    });

    // A plain GET on a socket path is a client that forgot to upgrade.
    for (const QString &path : { u"/ws"_s, u"/socket.io"_s }) {
        api.get(path,
                { .seed = path == u"/ws"_s ? QStringList { u"Chat > Chat Web Sockets"_s }
                                           : QStringList {},
                  .summary
                  = u"The chat socket: upgrade to a WebSocket with ?userId=&token= (see docs/chat-protocol.md)"_s,
                  .tag = u"Chat"_s },
                [](Call &) -> Response {
                    throw ApiError(426, u"Upgrade Required: connect with a WebSocket client"_s);
                });
    }

    api.post(u"/api/v1/chat/onboarding"_s,
             { .seed = { u"Chat > User Onboarding"_s },
               .access = Access::Authenticated,
               .summary = u"Set up your chat profile: the name others see and a line about you"_s,
               .body = { { u"display_name"_s, Field::string(1, 100) },
                         { u"about"_s, Field::string(0, 300) } } },
             [chats](Call &call) { return chats->onboard(call.principal().userId, call.body()); });

    api.post(u"/api/v1/chat/users/initialize"_s,
             { .seed = { u"Chat > Initialize User"_s },
               .access = Access::Authenticated,
               .summary = u"Make sure your chat profile exists (idempotent)"_s },
             [chats](Call &call) { return chats->initialize(call.principal().userId); });

    api.get(u"/api/v1/chat/users"_s,
            { .seed = { u"Chat > Get Initialized Users"_s },
              .access = Access::Authenticated,
              .summary = u"Chat profiles: the people you chat with (staff see everyone)"_s,
              .query = { { u"q"_s, Field::string(0, 100) } },
              .paged = true },
            [chats](Call &call) {
                return chats->profiles(call.principal().userId, call.principal().isStaff(),
                                       call.query().value(u"q"_s).toString(), call.page(),
                                       call.limit());
            });

    api.post(u"/api/v1/chat/users/find-or-create"_s,
             { .seed = { u"Chat > Find Or Create user"_s },
               .access = Access::Authenticated,
               .summary = u"The chat profile of a user, created if missing"_s,
               .body = { { u"user_id"_s, Field::integer().required() } } },
             [chats](Call &call) {
                 return chats->initialize(call.body().value(u"user_id"_s).toInteger());
             });

    api.get(u"/api/v1/chat/users/{userId}/chats"_s,
            { .seed = { u"Chat > Get All Chats By User ID"_s },
              .access = Access::Authenticated,
              .summary = u"A user's chats with last message and unread count (your own only)"_s },
            [chats](Call &call) {
                const qint64 userId = call.pathId(u"userId"_s);
                if (userId != call.principal().userId)
                    throw ApiError::notFound(u"User not found"_s);
                return QJsonObject { { u"data"_s, chats->chats(userId) } };
            });

    api.post(u"/api/v1/chat/chats"_s,
             { .seed = { u"Chat > Create Chat"_s },
               .access = Access::Authenticated,
               .summary = u"Open the chat with a user (the existing one if there is)"_s,
               .body = { { u"receiver_id"_s, Field::integer().required() } },
               .status = 201 },
             [chats](Call &call) {
                 bool created = false;
                 const QJsonObject chat = chats->openChat(
                         call.principal().userId, call.body().value(u"receiver_id"_s).toInteger(),
                         &created);
                 return Response(chat, created ? 201 : 200);
             });

    api.get(u"/api/v1/chat/chats/{id}"_s,
            { .seed = { u"Chat > Get Chat By Id"_s },
              .access = Access::Authenticated,
              .summary = u"One of your chats"_s },
            [chats](Call &call) {
                return chats->chat(call.principal().userId, call.pathId(u"id"_s));
            });

    api.get(u"/api/v1/chat/chats/{id}/members"_s,
            { .seed = { u"Chat > Get Chat Members"_s },
              .access = Access::Authenticated,
              .summary = u"The two members of one of your chats, with presence"_s },
            [chats](Call &call) {
                return QJsonObject {
                    { u"data"_s, chats->members(call.principal().userId, call.pathId(u"id"_s)) }
                };
            });

    api.get(u"/api/v1/chat/chats/{id}/messages"_s,
            { .access = Access::Authenticated,
              .summary
              = u"Messages of one of your chats, oldest first; ?before=&limit= pages back"_s,
              .tag = u"Chat"_s,
              .query = { { u"before"_s, Field::integer(1, std::numeric_limits<qint32>::max()) },
                         { u"limit"_s, Field::integer(1, 200) } } },
            [chats](Call &call) {
                std::optional<qint64> before;
                std::optional<int> limit;
                if (call.query().contains(u"before"_s))
                    before = call.query().value(u"before"_s).toInteger();
                if (call.query().contains(u"limit"_s))
                    limit = int(call.query().value(u"limit"_s).toInteger());
                return QJsonObject { { u"data"_s,
                                       chats->messages(call.principal().userId,
                                                       call.pathId(u"id"_s), before, limit) } };
            });

    api.post(u"/api/v1/chat/chats/{id}/messages"_s,
             { .access = Access::Authenticated,
               .summary = u"Send a message in one of your chats (as the socket's create_message)"_s,
               .tag = u"Chat"_s,
               .body = { { u"message"_s, Field::string(1, 100000).verbatim().required() } },
               .status = 201 },
             [chats](Call &call) {
                 const qint64 chatId = call.pathId(u"id"_s);
                 const qint64 me = call.principal().userId;
                 return chats->sendMessage(me, chatId, chats->partnerIn(call.db(), me, chatId),
                                           call.body().value(u"message"_s).toString());
             });
}

} // namespace wn
