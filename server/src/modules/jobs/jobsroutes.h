// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <memory>

namespace wn {
class Api;
class JobsService;
class QuestionsService;
struct ServerContext;
/** Job posts, their pre-qualification questions, and the FAQ. */
void installJobs(Api &api, ServerContext &context, std::shared_ptr<JobsService> jobs,
                 std::shared_ptr<QuestionsService> questions);
/** Loads the FAQ shipped in resources/reference/faqs.json when the table is empty. */
void seedFaqs(ServerContext &context);
} // namespace wn
