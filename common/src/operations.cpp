// SPDX-License-Identifier: Apache-2.0
#include "wn/common/operations.h"

using namespace Qt::StringLiterals;

namespace wn {

const QHash<QString, Operation> &clientOperations()
{
    static const QHash<QString, Operation> table {
        // The session
        { u"login"_s, { "POST", u"/api/v1/auth/login"_s } },
        { u"loginTalent"_s, { "POST", u"/api/v1/auth/login/talent"_s } },
        { u"loginEmployer"_s, { "POST", u"/api/v1/auth/login/employer"_s } },
        { u"loginStaff"_s, { "POST", u"/api/v1/auth/login/employee"_s } },
        { u"logout"_s, { "POST", u"/api/v1/auth/logout"_s } },
        { u"me"_s, { "GET", u"/api/v1/auth/me"_s } },
        // Accounts
        { u"registerTalent"_s, { "POST", u"/api/v1/onboarding/talents/nigeria"_s } },
        { u"registerTalentAfrica"_s, { "POST", u"/api/v1/onboarding/talents/africa"_s } },
        { u"registerEmployer"_s, { "POST", u"/api/v1/onboarding/employers"_s } },
        { u"verifyEmail"_s, { "POST", u"/api/v1/auth/verify-email"_s } },
        { u"resendCode"_s, { "POST", u"/api/v1/auth/resend-token"_s } },
        { u"forgotPassword"_s, { "POST", u"/api/v1/auth/forgot-password"_s } },
        { u"resetPassword"_s, { "POST", u"/api/v1/auth/reset-password"_s } },
        { u"states"_s, { "GET", u"/api/v1/countries/{code}/states"_s } },
        { u"industries"_s, { "GET", u"/api/v1/industries"_s } },
        // Jobs and applications, the talent's side
        { u"publicJobs"_s, { "GET", u"/api/v1/jobs/landing"_s } },
        { u"recommendedJobs"_s, { "GET", u"/api/v1/jobs/recommendations"_s } },
        { u"job"_s, { "GET", u"/api/v1/jobs/{id}"_s } },
        { u"jobQuestions"_s, { "GET", u"/api/v1/jobs/{id}/questions"_s } },
        { u"applicationStatus"_s, { "GET", u"/api/v1/jobs/{id}/application-status"_s } },
        { u"applyToJob"_s, { "POST", u"/api/v1/jobs/{id}/applications"_s } },
        { u"myApplications"_s, { "GET", u"/api/v1/applications/mine"_s } },
        { u"application"_s, { "GET", u"/api/v1/applications/{id}"_s } },
        { u"withdrawApplication"_s, { "POST", u"/api/v1/applications/{id}/withdraw"_s } },
        { u"talentDashboard"_s, { "GET", u"/api/v1/talents/me/dashboard"_s } },
        { u"myProfile"_s, { "GET", u"/api/v1/talents/me/profile"_s } },
        { u"updateMyProfile"_s, { "PATCH", u"/api/v1/talents/me/profile"_s } },
        { u"profileCompletion"_s, { "GET", u"/api/v1/users/{me}/profile-completion"_s } },
        { u"avatar"_s, { "POST", u"/api/v1/users/me/avatar"_s } },
        { u"trainings"_s, { "GET", u"/api/v1/trainings"_s } },
        { u"applyToTraining"_s, { "POST", u"/api/v1/trainings/{id}/applications"_s } },
        { u"myTrainingApplications"_s, { "GET", u"/api/v1/talents/me/training-applications"_s } },
        { u"assessments"_s, { "GET", u"/api/v1/assessments"_s } },
        { u"startAssessment"_s, { "POST", u"/api/v1/assessments/{instrument}/attempts"_s } },
        { u"answerAssessment"_s,
          { "PUT", u"/api/v1/assessment-attempts/{id}/answers/{question}"_s } },
        { u"finishReading"_s, { "POST", u"/api/v1/assessment-attempts/{id}/reading-done"_s } },
        { u"submitAttempt"_s, { "POST", u"/api/v1/assessment-attempts/{id}/submit"_s } },
        { u"codingChallenges"_s, { "GET", u"/api/v1/coding-challenges"_s } },
        { u"myCvs"_s, { "GET", u"/api/v1/cvs"_s } },
        { u"cv"_s, { "GET", u"/api/v1/cvs/{id}"_s } },
        { u"createCv"_s, { "POST", u"/api/v1/cvs"_s } },
        { u"updateCv"_s, { "PATCH", u"/api/v1/cvs/{id}"_s } },
        { u"deleteCv"_s, { "DELETE", u"/api/v1/cvs/{id}"_s } },
        { u"generateCvPdf"_s, { "POST", u"/api/v1/cvs/{id}/pdf"_s } },
        { u"codingChallenge"_s, { "GET", u"/api/v1/coding-challenges/{id}"_s } },
        { u"runCode"_s, { "POST", u"/api/v1/coding-challenges/{id}/runs"_s } },
        { u"submitCode"_s, { "POST", u"/api/v1/coding-challenges/{id}/submissions"_s } },
        { u"codingSubmission"_s, { "GET", u"/api/v1/coding-submissions/{id}"_s } },
        // The employer's side
        { u"employerDashboard"_s, { "GET", u"/api/v1/employers/me/dashboard"_s } },
        { u"companyJobs"_s, { "GET", u"/api/v1/jobs/mine"_s } },
        { u"createJob"_s, { "POST", u"/api/v1/jobs"_s } },
        { u"updateJob"_s, { "PATCH", u"/api/v1/jobs/{id}"_s } },
        { u"setJobStatus"_s, { "PATCH", u"/api/v1/jobs/{id}/status"_s } },
        { u"jobApplicants"_s, { "GET", u"/api/v1/jobs/{id}/applicants"_s } },
        { u"moveApplication"_s, { "PATCH", u"/api/v1/applications/{id}/status"_s } },
        { u"remarkApplication"_s, { "POST", u"/api/v1/applications/{id}/remark"_s } },
        { u"companyTrainings"_s, { "GET", u"/api/v1/employers/me/trainings"_s } },
        { u"createTraining"_s, { "POST", u"/api/v1/trainings"_s } },
        { u"setTrainingStatus"_s, { "PATCH", u"/api/v1/trainings/{id}/status"_s } },
        { u"trainingApplicants"_s, { "GET", u"/api/v1/trainings/{id}/applications"_s } },
        { u"moveTrainingApplication"_s,
          { "PATCH", u"/api/v1/training-applications/{id}/status"_s } },
        { u"myCompanies"_s, { "GET", u"/api/v1/companies"_s } },
        { u"updateCompany"_s, { "PATCH", u"/api/v1/companies/{id}"_s } },
        { u"contactPersons"_s, { "GET", u"/api/v1/companies/{id}/contact-persons"_s } },
        { u"addContactPerson"_s, { "POST", u"/api/v1/companies/{id}/contact-persons"_s } },
        { u"removeContactPerson"_s,
          { "DELETE", u"/api/v1/companies/{id}/contact-persons/{contactId}"_s } },
        // Administration
        { u"statistics"_s, { "GET", u"/api/v1/admin/statistics"_s } },
        { u"talents"_s, { "GET", u"/api/v1/admin/talents"_s } },
        { u"employers"_s, { "GET", u"/api/v1/admin/employers"_s } },
        { u"testimonials"_s, { "GET", u"/api/v1/testimonials"_s } },
        { u"approveTestimonial"_s, { "POST", u"/api/v1/testimonials/users/{userId}/approve"_s } },
        { u"rejectTestimonial"_s, { "POST", u"/api/v1/testimonials/users/{userId}/reject"_s } },
        { u"importUsers"_s, { "POST", u"/api/v1/admin/user-imports"_s } },
        { u"userImport"_s, { "GET", u"/api/v1/admin/user-imports/{id}"_s } },
        // Everyone
        { u"notifications"_s, { "GET", u"/api/v1/notifications"_s } },
        { u"notificationStats"_s, { "GET", u"/api/v1/notifications/stats"_s } },
        { u"markNotificationsRead"_s, { "POST", u"/api/v1/notifications/mark-read"_s } },
        { u"markAllNotificationsRead"_s, { "POST", u"/api/v1/notifications/mark-all-read"_s } },
        { u"chats"_s, { "GET", u"/api/v1/chat/users/{me}/chats"_s } },
        { u"chatPeople"_s, { "GET", u"/api/v1/chat/users"_s } },
        { u"openChat"_s, { "POST", u"/api/v1/chat/chats"_s } },
        { u"chatMessages"_s, { "GET", u"/api/v1/chat/chats/{id}/messages"_s } },
    };
    return table;
}

} // namespace wn
