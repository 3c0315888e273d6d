// SPDX-License-Identifier: Apache-2.0
#pragma once
// What the internships' route files share.

#include "core/http/api.h"
#include "core/http/routegroup.h"

#include <memory>

namespace wn {

class InternshipService;
class KpiService;

namespace internshiproutes {

inline QString tag()
{
    return QStringLiteral("Internships");
}

/** Mentors are the company's people: its mentor accounts, its staff and its owner. */
inline Access mentorAccess()
{
    return Access::roles(Role::Mentor, Role::Employer, Role::Employee);
}

/** The area's routes: under /api/v1, tagged, their seeds under "Internship > ". */
inline RouteGroup area(Api &api)
{
    return RouteGroup(api,
                      { .prefix = QStringLiteral("/api/v1"),
                        .tag = tag(),
                        .seedPrefix = QStringLiteral("Internship > ") });
}

} // namespace internshiproutes

/** The KPIs, their submissions and scores, the interns' standings and the reports
 *  (kpiroutes.cpp); installInternships installs them after the area's other routes. */
void installInternshipKpis(Api &api, const std::shared_ptr<InternshipService> &internships,
                           const std::shared_ptr<KpiService> &kpis);

} // namespace wn
