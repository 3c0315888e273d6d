// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <memory>

namespace wn {

class AccountService;
class AdminService;
class Api;
class ApiKeyService;
class ApplicationsService;
class AssessmentPortal;
class AssessmentService;
class AttendanceService;
class CatalogService;
class ChatService;
class CodingService;
class CohortService;
class CompanyService;
class CvService;
class FaqService;
class IdentityService;
class InternshipApplicationService;
class InternshipService;
class JobsService;
class KpiService;
class LmsConsole;
class LmsService;
class MsdService;
class NotificationService;
class NyscService;
class OnboardingService;
class PartnerService;
class PipelineService;
class QuestionsService;
class ReferenceService;
class SavedSearchService;
class SkillService;
class SponsorshipApplicationService;
class SponsorshipService;
class SupportService;
class TalentProfileService;
class TestimonialService;
class TrainingApplicationService;
class TrainingService;
class UserImportService;
class VendorServices;
class WebhookService;
struct ServerContext;

// What each area offers: its endpoints, given the services they call (see modules.cpp), and the
// reference data it ships.

/** System roles and the permission catalog. */
void installAccess(Api &api, ServerContext &context);

/** Records the built-in roles with their default permissions (idempotent). */
void seedSystemRoles(ServerContext &context);

/**
 * The admin console: talent and employer lists (admins and support), dashboard statistics and
 * bulk invitations (admins; super admins included).
 */
void installAdmin(Api &api, ServerContext &context, std::shared_ptr<AdminService> admin,
                  std::shared_ptr<UserImportService> imports);

/** Attendance at cohorts' sessions by rotating QR codes: sessions, codes, check-ins, records. */
void installAttendance(Api &api, std::shared_ptr<AttendanceService> attendance);

/** Job applications: the talent's side, the company's decisions, shortlists and dashboards. */
void installApplications(Api &api, std::shared_ptr<ApplicationsService> applications);

/** The assessment engine behind every psychometric test and question bank: instruments, their
 * banks, attempts under the server's clock, results, reports, culture-fit targets, and the roles
 * and skills assessments are filed under. */
void installAssessments(Api &api, std::shared_ptr<AssessmentService> assessments);

/** Logins, the current user, email verification and passwords. */
void installAuth(Api &api, ServerContext &context, std::shared_ptr<AccountService> accounts);

/** The reference lists profiles pick from (education levels, schools, industries, ...) and the
 * subscription plans. */
void installCatalog(Api &api, std::shared_ptr<CatalogService> catalog);

/** The chat sockets (/ws and /socket.io/) and the chat REST endpoints. */
void installChat(Api &api, ServerContext &context, std::shared_ptr<ChatService> chats);

/** Training cohorts with their talents, skills and instructors; instructor accounts, their
 * doors (through the accounts' code) and their ratings. */
void installCohorts(Api &api, std::shared_ptr<CohortService> cohorts,
                    std::shared_ptr<AccountService> accounts);
/** Coding challenges: languages, challenges and their cases, invitations, runs and submissions
 *  judged in the sandbox by background workers (started with the server), and results. */
void installCoding(Api &api, ServerContext &context, std::shared_ptr<CodingService> coding);

/** Company profiles, contact persons, sponsorship and the owner's profile. */
void installCompanies(Api &api, std::shared_ptr<CompanyService> companies);

/** Talents' CVs: built from the profile and edited, uploaded as files, exported and imported as
 * JSON Resume, rendered to PDF (verified sections marked) and kept behind signed links. */
void installCvs(Api &api, std::shared_ptr<CvService> cvs);

/** Presigned uploads and file downloads. */
void installFiles(Api &api, ServerContext &context);

/** BVN, NIN and TIN verification, and the admin's identity registry. */
void installIdentity(Api &api, std::shared_ptr<IdentityService> identity);

/** Internship programmes, applications to them, mentors, weighted KPIs with submissions and
 * scores, standings, dashboards and reports. */
void installInternships(Api &api, std::shared_ptr<InternshipService> internships,
                        std::shared_ptr<InternshipApplicationService> applications,
                        std::shared_ptr<KpiService> kpis);

/** Job posts, their pre-qualification questions, and the FAQ. */
void installJobs(Api &api, ServerContext &context, std::shared_ptr<JobsService> jobs,
                 std::shared_ptr<QuestionsService> questions, std::shared_ptr<FaqService> faqs);

/** Learning through the configured LMS (built in, or a Moodle site): the catalogue, LMS users,
 * enrolment requests and their approval, progress and verified completions, and the super
 * admins' console (companies, talents, reports with background exports, the activity and audit
 * logs, the configuration without secrets, a read-only query). */
void installLms(Api &api, ServerContext &context, std::shared_ptr<LmsService> lms,
                std::shared_ptr<LmsConsole> console);

/** The notification inbox: list, mark read, statistics. */
void installNotifications(Api &api, std::shared_ptr<NotificationService> notifications);

/** The MSD partner: background registration by email, sealed tokens, profile answers. */
void installMsd(Api &api, ServerContext &context, std::shared_ptr<MsdService> msd);

/** Live image verification, a consenting talent by id for the AI service, and wallets, each
 * behind a provider (local, or the vendor's HTTP API). */
void installVendorServices(Api &api, std::shared_ptr<VendorServices> vendors,
                           std::shared_ptr<PartnerService> partners);

/** NYSC call-up numbers proved by a code sent by mail (or SMS). */
void installNysc(Api &api, std::shared_ptr<NyscService> nysc);

/** Sign-ups, staff, employees and company roles. */
void installOnboarding(Api &api, std::shared_ptr<OnboardingService> onboarding);

/** Partners and the external API: API keys (the one door of the external routes), partners,
 * the talents they add and read with consent, their signed webhooks, the talent's view of who
 * read what, and the assessment portal's signed onboarding links. */
void installPartners(Api &api, std::shared_ptr<ApiKeyService> keys,
                     std::shared_ptr<PartnerService> partners,
                     std::shared_ptr<AccountService> accounts,
                     std::shared_ptr<AssessmentPortal> portal);

/** Talent profiles: skills with proficiency, the profile itself, the intro video. */
void installProfiles(Api &api, std::shared_ptr<TalentProfileService> profiles);

/** Hiring pipelines (projects, stages, candidates with their moves and comments) and the
 * candidate search. */
void installPipelines(Api &api, std::shared_ptr<PipelineService> pipelines);

/** A company's saved candidate searches, and the periodic job that tells their creators of new
 * matches. */
void installSavedSearches(Api &api, ServerContext &context,
                          std::shared_ptr<SavedSearchService> searches);

/** Countries and states. */
void installReference(Api &api, std::shared_ptr<ReferenceService> reference);

/** The skills catalogue: public search, admin edits. */
void installSkills(Api &api, std::shared_ptr<SkillService> skills);

/** Sponsorship programmes, applications to them and their approval workflow. */
void installSponsorship(Api &api, std::shared_ptr<SponsorshipService> programmes,
                        std::shared_ptr<SponsorshipApplicationService> applications);

/** The support desk: support accounts and a read-only search over every account. */
void installSupport(Api &api, std::shared_ptr<SupportService> support);

/** Health, readiness, metrics and the API's own description. */
void installSystem(Api &api);

/** Talents' testimonials, their approval by admins, and the approved ones for everyone. */
void installTestimonials(Api &api, std::shared_ptr<TestimonialService> testimonials);

/** Trainings, the applications talents make for them and the companies' training reports. */
void installTrainings(Api &api, std::shared_ptr<TrainingService> trainings,
                      std::shared_ptr<TrainingApplicationService> applications);

/** Looking up, activating and closing accounts; avatars; profile completion. */
void installUsers(Api &api, ServerContext &context, std::shared_ptr<AccountService> accounts);

/** A company's webhook endpoints, the event catalog, deliveries and their log. */
void installWebhooks(Api &api, ServerContext &context, std::shared_ptr<WebhookService> webhooks);

} // namespace wn
