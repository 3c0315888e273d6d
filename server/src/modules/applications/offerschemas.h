// SPDX-License-Identifier: Apache-2.0
#pragma once
// What the routes of a company's offers (jobs, trainings, internships) and of their applications
// declare alike.

#include <wn/common/schema.h>

namespace wn {

class Workflow;

namespace offerschemas {

/** An offer's way of learning: onsite, remote or hybrid. */
Field mode();
/** The query of a company's own offers of @p workflow: by status, and by words (@p qDescription
 *  says where they are looked for, when it says anything). */
Schema ownOffers(const Workflow &workflow, const QString &qDescription = {});
/** The body that moves an offer of @p workflow to another status. */
Schema offerMove(const Workflow &workflow);
/** The body of applying: why the talent wants to take part. */
Schema applying();
/** The body that moves an application of @p workflow; rejecting needs a reason. */
Schema applicationMove(const Workflow &workflow);
/** The query of an offer's applications: by status of @p workflow and by words in the talents'
 *  names and emails. */
Schema applicants(const Workflow &workflow);
/** The query of the talent's own applications: by status of @p workflow. */
Schema talentApplications(const Workflow &workflow);

} // namespace offerschemas

} // namespace wn
