// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <memory>

namespace wn {
class Api;
class ChatService;
struct ServerContext;
/** The chat sockets (/ws and /socket.io/) and the chat REST endpoints. */
void installChat(Api &api, ServerContext &context, std::shared_ptr<ChatService> chats);
} // namespace wn
