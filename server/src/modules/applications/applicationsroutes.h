// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <memory>

namespace wn {
class Api;
class ApplicationsService;
/** Job applications: the talent's side, the company's decisions, shortlists and dashboards. */
void installApplications(Api &api, std::shared_ptr<ApplicationsService> applications);
} // namespace wn
