// SPDX-License-Identifier: Apache-2.0
#include "modules.h"

#include "areas.h"
#include "catalog/catalogroutes.h"
#include "core/servercontext.h"
#include "services.h"

using namespace Qt::StringLiterals;

namespace wn {

ServerModules serverModules()
{
    return { .install = installModules, .seedReferenceData = seedReferenceData };
}

void installModules(Api &api, ServerContext &context)
{
    const auto services = std::make_shared<Services>(context);
    // A route holds the services it calls; whichever route is the last to go takes them all,
    // as each service works with others.
    auto share = [&services](auto &service) {
        return std::shared_ptr<std::remove_reference_t<decltype(service)>>(services, &service);
    };
    // The search indexes are brought up to date as the server starts, so that the first search
    // after an upgrade, a restore or a new index format does not wait for a rebuild.
    context.background.append(context.onceAtStart(
            u"wn-search-start"_s,
            [jobs = services->jobIndex, candidates = services->candidateIndex](QSqlDatabase db) {
                jobs->index().catchUp(db);
                candidates->index().catchUp(db);
            }));
    installSystem(api);
    installReference(api, share(services->reference));
    installAuth(api, context, share(services->accounts));
    installFiles(api, context);
    installUsers(api, context, share(services->accounts));
    installAccess(api, context);
    installIdentity(api, share(services->identity));
    installOnboarding(api, share(services->onboarding));
    installNotifications(api, share(services->notifications));
    installChat(api, context, share(services->chats));
    installJobs(api, context, share(services->jobs), share(services->questions),
                share(services->faqs));
    installApplications(api, share(services->applications));
    installCompanies(api, share(services->companies));
    installWebhooks(api, context, share(services->webhooks));
    installSkills(api, share(services->skills));
    installProfiles(api, share(services->profiles));
    installAdmin(api, context, share(services->admin), share(services->imports));
    installCatalog(api, share(services->catalog));
    installTestimonials(api, share(services->testimonials));
    installSupport(api, share(services->support));
    installSponsorship(api, share(services->sponsorships), share(services->sponsorshipApplications));
    installTrainings(api, share(services->trainings), share(services->trainingApplications));
    installInternships(api, share(services->internships), share(services->internshipApplications),
                       share(services->kpis));
    installCohorts(api, share(services->cohorts), share(services->accounts));
    installAttendance(api, share(services->attendance));
    installAssessments(api, share(services->assessments));
    installCoding(api, context, share(services->coding));
    installLms(api, context, share(services->lms), share(services->lmsConsole));
    installPipelines(api, share(services->pipelines));
    installSavedSearches(api, context, share(services->savedSearches));
    installPartners(api, share(services->apiKeys), share(services->partners),
                    share(services->accounts), share(services->assessmentPortal));
    installNysc(api, share(services->nysc));
    installMsd(api, context, share(services->msd));
    installVendorServices(api, share(services->vendors), share(services->partners));
    installCvs(api, share(services->cvs));
}

void seedReferenceData(ServerContext &context)
{
    Services services(context);
    services.reference.seed();
    seedSystemRoles(context);
    services.faqs.seed();
    services.skills.seed();
    seedCatalog(context);
    services.internships.seedCategories();
    services.assessments.seedBanks();
    services.assessments.seedRoles();
    services.coding.seedLanguages();
}

} // namespace wn
