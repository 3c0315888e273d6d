// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <memory>

namespace wn {
class Api;
class OnboardingService;
/** Sign-ups, staff, employees and company roles. */
void installOnboarding(Api &api, std::shared_ptr<OnboardingService> onboarding);
} // namespace wn
