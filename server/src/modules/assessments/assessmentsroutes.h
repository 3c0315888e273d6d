// SPDX-License-Identifier: Apache-2.0
#pragma once
// What the assessments' route files share: the area's route group, the instrument in the path.

#include "core/http/api.h"
#include "core/http/routegroup.h"

#include <QString>

#include <memory>

namespace wn {

class AssessmentService;

namespace assessmentroutes {

inline QString tag()
{
    return QStringLiteral("Assessments");
}

/** The area's routes: under /api/v1, tagged, their seeds under "Assessment > ". */
inline RouteGroup area(Api &api)
{
    return RouteGroup(api,
                      { .prefix = QStringLiteral("/api/v1"),
                        .tag = tag(),
                        .seedPrefix = QStringLiteral("Assessment > ") });
}

/** The instrument a call names in its path. */
inline QString ref(const Call &call)
{
    return call.path(QStringLiteral("instrument"));
}

inline Access everyone()
{
    return Access::roles(Role::Talent, Role::Admin, Role::SuperAdmin, Role::Support, Role::Employer,
                         Role::Employee);
}

} // namespace assessmentroutes

/** Taking an assessment, its results and reports, and culture fit (assessmentattemptroutes.cpp);
 *  installAssessments installs them in their place among the area's routes. */
void installAssessmentTaking(Api &api, const std::shared_ptr<AssessmentService> &assessments);

} // namespace wn
