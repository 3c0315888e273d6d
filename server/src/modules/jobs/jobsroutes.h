// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace wn {
class Api;
struct ServerContext;
/** Job posts, their pre-qualification questions, and the FAQ. */
void installJobs(Api &api, ServerContext &context);
/** Loads the FAQ shipped in resources/reference/faqs.json when the table is empty. */
void seedFaqs(ServerContext &context);
} // namespace wn
