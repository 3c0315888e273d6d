// SPDX-License-Identifier: Apache-2.0
#pragma once
// What the internships' route files share.

#include "core/http/api.h"

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

} // namespace internshiproutes

/** The KPIs, their submissions and scores, the interns' standings and the reports
 *  (kpiroutes.cpp); installInternships installs them after the area's other routes. */
void installInternshipKpis(Api &api, const std::shared_ptr<InternshipService> &internships,
                           const std::shared_ptr<KpiService> &kpis);

} // namespace wn
