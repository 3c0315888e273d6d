// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <memory>

namespace wn {
class Api;
class TrainingService;
class TrainingApplicationService;
/** Trainings, the applications talents make for them and the companies' training reports. */
void installTrainings(Api &api, std::shared_ptr<TrainingService> trainings,
                      std::shared_ptr<TrainingApplicationService> applications);
} // namespace wn
