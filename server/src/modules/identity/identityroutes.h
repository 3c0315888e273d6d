// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace wn {
class Api;
struct ServerContext;
/** BVN, NIN and TIN verification, and the admin's identity registry. */
void installIdentity(Api &api, ServerContext &context);
} // namespace wn
