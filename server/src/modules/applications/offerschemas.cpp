// SPDX-License-Identifier: Apache-2.0
#include "offerschemas.h"

#include <wn/common/forms.h>
#include <wn/common/workflows.h>

using namespace Qt::StringLiterals;

namespace wn::offerschemas {

Field mode()
{
    return Field::oneOf(forms::learningModes());
}

Schema ownOffers(const Workflow &workflow, const QString &qDescription)
{
    return { { u"status"_s, Field::oneOf(workflow.statuses()) },
             { u"q"_s, Field::string(0, 100).describe(qDescription) } };
}

Schema offerMove(const Workflow &workflow)
{
    return { { u"status"_s, Field::oneOf(workflow.statuses()).required() } };
}

Schema applying()
{
    return { { u"motivation"_s, Field::string(0, 5000).describe(u"Why you want to take part"_s) } };
}

Schema applicationMove(const Workflow &workflow)
{
    return { { u"status"_s, Field::oneOf(workflow.statuses()).required() },
             { u"reason"_s, Field::string(0, 1000).describe(u"Required when rejecting"_s) } };
}

Schema applicants(const Workflow &workflow)
{
    return { { u"status"_s, Field::oneOf(workflow.statuses()) },
             { u"q"_s, Field::string(0, 100).describe(u"Search in names and emails"_s) } };
}

Schema talentApplications(const Workflow &workflow)
{
    return { { u"status"_s, Field::oneOf(workflow.statuses()) } };
}

} // namespace wn::offerschemas
