// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace wn {
class Api;
struct ServerContext;
/** The chat sockets (/ws and /socket.io/) and the chat REST endpoints. */
void installChat(Api &api, ServerContext &context);
} // namespace wn
