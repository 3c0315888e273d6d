// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <memory>

namespace wn {
class Api;
class SupportService;
/** The support desk: support accounts and a read-only search over every account. */
void installSupport(Api &api, std::shared_ptr<SupportService> support);
} // namespace wn
