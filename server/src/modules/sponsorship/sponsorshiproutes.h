// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <memory>

namespace wn {
class Api;
class SponsorshipService;
class SponsorshipApplicationService;
/** Sponsorship programmes, applications to them and their approval workflow. */
void installSponsorship(Api &api, std::shared_ptr<SponsorshipService> programmes,
                        std::shared_ptr<SponsorshipApplicationService> applications);
} // namespace wn
