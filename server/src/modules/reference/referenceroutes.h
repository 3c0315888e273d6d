// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <memory>

namespace wn {

class Api;
class ReferenceService;

/** Countries and states. */
void installReference(Api &api, std::shared_ptr<ReferenceService> reference);

} // namespace wn
