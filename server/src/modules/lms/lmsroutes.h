// SPDX-License-Identifier: Apache-2.0
#pragma once
// What the learning area's route files share.

#include "core/http/api.h"

#include <memory>

namespace wn {

class LmsConsole;
class LmsService;

namespace lmsroutes {

/** The seed's group of Worknation's own learning endpoints. */
inline const QString wn = QStringLiteral("Worknation LMS > ");

} // namespace lmsroutes

/** The super admins' console: companies, talents' learning records, the log, settings and the
 *  sensitive tools, reports and their exports (lmsconsoleroutes.cpp); installLms installs them
 *  after the area's other routes. */
void installLmsConsole(Api &api, const std::shared_ptr<LmsService> &lms,
                       const std::shared_ptr<LmsConsole> &console);

} // namespace wn
