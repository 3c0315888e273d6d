// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "accounts/accountservice.h"
#include "admin/adminservice.h"
#include "admin/userimportservice.h"
#include "applications/applicationsservice.h"
#include "assessments/assessmentservice.h"
#include "attendance/attendanceservice.h"
#include "catalog/catalogservice.h"
#include "chat/chatservice.h"
#include "coding/codingservice.h"
#include "cohorts/cohortservice.h"
#include "companies/companyservice.h"
#include "cvs/cvservice.h"
#include "identity/identityservice.h"
#include "internships/internshipapplicationservice.h"
#include "internships/internshipservice.h"
#include "internships/kpiservice.h"
#include "jobs/faqservice.h"
#include "jobs/jobindex.h"
#include "jobs/jobsservice.h"
#include "lms/lmsconsole.h"
#include "lms/lmsservice.h"
#include "notifications/notificationservice.h"
#include "nysc/nyscservice.h"
#include "onboarding/onboardingservice.h"
#include "partners/apikeyservice.h"
#include "partners/assessmentportal.h"
#include "partners/msdservice.h"
#include "partners/partnerservice.h"
#include "partners/vendorservices.h"
#include "pipelines/candidateindex.h"
#include "pipelines/pipelineservice.h"
#include "pipelines/savedsearchservice.h"
#include "profiles/profileservice.h"
#include "reference/referenceservice.h"
#include "skills/skillservice.h"
#include "sponsorship/sponsorshipapplicationservice.h"
#include "sponsorship/sponsorshipservice.h"
#include "support/supportservice.h"
#include "testimonials/testimonialservice.h"
#include "trainings/trainingapplicationservice.h"
#include "trainings/trainingservice.h"
#include "webhooks/webhookservice.h"

namespace wn {

struct ServerContext;

/**
 * @brief Every area's service, each built once and handed the services it works with: the one
 * place where they are wired together (a service never builds another).
 */
struct Services
{
    explicit Services(ServerContext &context);
    Q_DISABLE_COPY_MOVE(Services)

    // In the order they are built: a service comes after those it is handed.
    /** The public job search's index: opened by the first search. */
    std::shared_ptr<JobIndex> jobIndex;
    /** The candidate search's index: opened by the first search. */
    std::shared_ptr<CandidateIndex> candidateIndex;
    ReferenceService reference;
    NotificationService notifications;
    WebhookService webhooks;
    AccountService accounts;
    IdentityService identity;
    OnboardingService onboarding;
    SupportService support;
    UserImportService imports;
    AdminService admin;
    TalentProfileService profiles;
    SkillService skills;
    CatalogService catalog;
    ChatService chats;
    CompanyService companies;
    JobsService jobs;
    QuestionsService questions;
    FaqService faqs;
    ApplicationsService applications;
    TestimonialService testimonials;
    SponsorshipApplicationService sponsorshipApplications;
    SponsorshipService sponsorships;
    TrainingService trainings;
    TrainingApplicationService trainingApplications;
    InternshipService internships;
    InternshipApplicationService internshipApplications;
    KpiService kpis;
    CohortService cohorts;
    AttendanceService attendance;
    AssessmentService assessments;
    CodingService coding;
    LmsService lms;
    LmsConsole lmsConsole;
    PipelineService pipelines;
    SavedSearchService savedSearches;
    ApiKeyService apiKeys;
    PartnerService partners;
    AssessmentPortal assessmentPortal;
    NyscService nysc;
    MsdService msd;
    VendorServices vendors;
    CvService cvs;
};

} // namespace wn
