// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace wn {
class Api;
struct ServerContext;
/** Trainings, the applications talents make for them and the companies' training reports. */
void installTrainings(Api &api, ServerContext &context);
} // namespace wn
