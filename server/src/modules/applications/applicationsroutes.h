// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace wn {
class Api;
struct ServerContext;
/** Job applications: the talent's side, the company's decisions, shortlists and dashboards. */
void installApplications(Api &api, ServerContext &context);
} // namespace wn
