// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <memory>

namespace wn {
class Api;
class TestimonialService;
/** Talents' testimonials, their approval by admins, and the approved ones for everyone. */
void installTestimonials(Api &api, std::shared_ptr<TestimonialService> testimonials);
} // namespace wn
