// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace wn {
class Api;
struct ServerContext;
/** Sponsorship programmes, applications to them and their approval workflow. */
void installSponsorship(Api &api, ServerContext &context);
} // namespace wn
