// SPDX-License-Identifier: Apache-2.0
#include "services.h"

namespace wn {

Services::Services(ServerContext &context)
    : jobIndex(std::make_shared<JobIndex>(context))
    , reference(context)
    , notifications(context)
    , webhooks(context)
    , accounts(context)
    , identity(context, makeIdentityProvider(context))
    , onboarding(context, accounts, reference)
    , support(context, accounts)
    , imports(context, accounts)
    , admin(context)
    , profiles(context, accounts, reference)
    , skills(context)
    , catalog(context, reference)
    , chats(context, notifications)
    , companies(context, accounts, reference)
    , jobs(context, jobIndex, webhooks, reference)
    , questions(context)
    , faqs(context)
    , applications(context, jobs, webhooks, notifications)
    , testimonials(context)
    , sponsorshipApplications(context, notifications)
    , sponsorships(context, sponsorshipApplications, notifications)
    , trainings(context)
    , trainingApplications(context, trainings, notifications)
    , internships(context, accounts)
    , internshipApplications(context, internships, notifications)
    , kpis(context, internships)
    , cohorts(context, accounts)
    , attendance(context)
    , assessments(context)
    , coding(context)
    , cvs(context)
{ }

} // namespace wn
