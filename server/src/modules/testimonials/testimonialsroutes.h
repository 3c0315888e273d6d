// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace wn {
class Api;
struct ServerContext;
/** Talents' testimonials, their approval by admins, and the approved ones for everyone. */
void installTestimonials(Api &api, ServerContext &context);
} // namespace wn
