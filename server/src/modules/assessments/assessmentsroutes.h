// SPDX-License-Identifier: Apache-2.0
#pragma once
// What the assessments' route files share: the tag, the seed names, the instrument in the path.

#include "core/http/api.h"

#include <QString>
#include <QStringList>

#include <initializer_list>
#include <memory>

namespace wn {

class AssessmentService;

namespace assessmentroutes {

inline QString tag()
{
    return QStringLiteral("Assessments");
}

/** The seed endpoints @p names, each under "Assessment > ". */
inline QStringList seeds(std::initializer_list<const char16_t *> names)
{
    QStringList out;
    for (const char16_t *name : names)
        out.append(QStringLiteral("Assessment > ") + QString::fromUtf16(name));
    return out;
}

/** The path of an instrument's route: the instrument by slug or id, then @p tail. */
inline QString path(const QString &tail = {})
{
    return QStringLiteral("/api/v1/assessments/{instrument}") + tail;
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
