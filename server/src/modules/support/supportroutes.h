// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace wn {
class Api;
struct ServerContext;
/** The support desk: support accounts and a read-only search over every account. */
void installSupport(Api &api, ServerContext &context);
} // namespace wn
