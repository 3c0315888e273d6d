// SPDX-License-Identifier: Apache-2.0
#include "modules.h"

#include "access/accessroutes.h"
#include "admin/adminroutes.h"
#include "applications/applicationsroutes.h"
#include "auth/authroutes.h"
#include "catalog/catalogroutes.h"
#include "chat/chatroutes.h"
#include "companies/companiesroutes.h"
#include "files/filesroutes.h"
#include "identity/identityroutes.h"
#include "jobs/jobsroutes.h"
#include "notifications/notificationsroutes.h"
#include "onboarding/onboardingroutes.h"
#include "profiles/profilesroutes.h"
#include "reference/referenceroutes.h"
#include "skills/skillsroutes.h"
#include "sponsorship/sponsorshiproutes.h"
#include "support/supportroutes.h"
#include "system/systemroutes.h"
#include "testimonials/testimonialsroutes.h"
#include "trainings/trainingsroutes.h"
#include "users/usersroutes.h"
#include "webhooks/webhooksroutes.h"

namespace wn {

ServerModules serverModules()
{
    return { .install = installModules, .seedReferenceData = seedReferenceData };
}

void installModules(Api &api, ServerContext &context)
{
    installSystem(api, context);
    installReference(api, context);
    installAuth(api, context);
    installFiles(api, context);
    installUsers(api, context);
    installAccess(api, context);
    installIdentity(api, context);
    installOnboarding(api, context);
    installNotifications(api, context);
    installChat(api, context);
    installJobs(api, context);
    installApplications(api, context);
    installCompanies(api, context);
    installWebhooks(api, context);
    installSkills(api, context);
    installProfiles(api, context);
    installAdmin(api, context);
    installCatalog(api, context);
    installTestimonials(api, context);
    installSupport(api, context);
    installSponsorship(api, context);
    installTrainings(api, context);
}

void seedReferenceData(ServerContext &context)
{
    seedCountries(context);
    seedSystemRoles(context);
    seedFaqs(context);
    seedSkills(context);
    seedCatalog(context);
}

} // namespace wn
