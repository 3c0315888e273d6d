// SPDX-License-Identifier: Apache-2.0
// Every page of the portal by its address.
import { lazy, type Route } from "./router";
import { JobPage } from "./pages/job";
import { JobsPage } from "./pages/jobs";
import { LoginPage } from "./pages/login";
import { ForgotPasswordPage, ResetPasswordPage } from "./pages/password";
import { SignUpPage } from "./pages/signup";
import { VerifyPage } from "./pages/verify";

const ProfilePage = lazy<{ params: Record<string, string> }>(() => import("./pages/profile").then((m) => m.ProfilePage));

// The chat brings socket.io-client's use with it: its code loads when first shown.
type PageProps = { params: Record<string, string> };
const MessagesPage = lazy<PageProps>(() => import("./pages/messages").then((m) => m.MessagesPage));
const NotificationsPage = lazy<PageProps>(() => import("./pages/notifications").then((m) => m.NotificationsPage));

// Pages off the first screen load when first shown, to keep the first load small.
const ApplyPage = lazy<PageProps>(() => import("./pages/apply").then((m) => m.ApplyPage));
const ApplicationsPage = lazy<PageProps>(() => import("./pages/applications").then((m) => m.ApplicationsPage));
const ApplicationPage = lazy<PageProps>(() => import("./pages/applications").then((m) => m.ApplicationPage));
const TrainingsPage = lazy<PageProps>(() => import("./pages/trainings").then((m) => m.TrainingsPage));
const TrainingPage = lazy<PageProps>(() => import("./pages/trainings").then((m) => m.TrainingPage));
const TrainingApplicationsPage = lazy<PageProps>(() => import("./pages/trainings").then((m) => m.TrainingApplicationsPage));

export const routes: Route[] = [
    { path: "/login", page: LoginPage, title: "Sign in" },
    { path: "/signup", page: SignUpPage, title: "Create your account" },
    { path: "/verify", page: VerifyPage, title: "Check your email" },
    { path: "/forgot-password", page: ForgotPasswordPage, title: "Forgot your password" },
    { path: "/reset-password", page: ResetPasswordPage, title: "Choose a new password" },
    { path: "/accept-invite", page: lazy(() => import("./pages/invite").then((m) => m.AcceptInvitePage)), title: "Choose your password" },
    { path: "/assessment-portal/onboarding", page: lazy(() => import("./pages/invite").then((m) => m.OnboardingPage)), title: "Your assessment" },
    { path: "/home", page: lazy(() => import("./pages/home").then((m) => m.HomePage)), signedIn: true, title: "Home" },
    { path: "/profile", page: ProfilePage, signedIn: true, title: "Your profile" },
    { path: "/jobs", page: JobsPage, title: "Jobs" },
    { path: "/jobs/:slug", page: JobPage, title: "Job" },
    { path: "/jobs/:slug/apply", page: ApplyPage, signedIn: true, title: "Apply" },
    { path: "/applications", page: ApplicationsPage, signedIn: true, title: "Your applications" },
    // Before /applications/:id, whose ids are numbers.
    { path: "/applications/trainings", page: TrainingApplicationsPage, signedIn: true, title: "Your training applications" },
    { path: "/applications/:id", page: ApplicationPage, signedIn: true, title: "Application" },
    { path: "/trainings", page: TrainingsPage, title: "Trainings" },
    { path: "/trainings/:slug", page: TrainingPage, title: "Training" },
    { path: "/messages", page: MessagesPage, signedIn: true, title: "Messages" },
    { path: "/messages/:id", page: MessagesPage, signedIn: true, title: "Messages" },
    { path: "/notifications", page: NotificationsPage, signedIn: true, title: "Notifications" },
    { path: "/internships", page: lazy(() => import("./pages/internships").then((m) => m.InternshipsPage)), signedIn: true, title: "Internships" },
    { path: "/learning", page: lazy(() => import("./pages/learning").then((m) => m.LearningPage)), signedIn: true, title: "Learning" },
    { path: "/assessments", page: lazy(() => import("./pages/assessments").then((m) => m.AssessmentsPage)), signedIn: true, title: "Assessments" },
    { path: "/assessments/results/:id", page: lazy(() => import("./pages/assessments").then((m) => m.AssessmentResultPage)), signedIn: true, title: "Assessment result" },
    { path: "/assessments/:slug", page: lazy(() => import("./pages/assessments").then((m) => m.TakeAssessmentPage)), signedIn: true, title: "Assessment" },
    { path: "/cohorts", page: lazy(() => import("./pages/cohorts").then((m) => m.CohortsPage)), signedIn: true, title: "Cohorts" },
    { path: "/check-in", page: lazy(() => import("./pages/checkin").then((m) => m.CheckInPage)), signedIn: true, title: "Attendance" },
    { path: "/cvs", page: lazy(() => import("./pages/cvs").then((m) => m.CvsPage)), signedIn: true, title: "CVs" },
    { path: "/coding", page: lazy(() => import("./pages/coding").then((m) => m.CodingChallengesPage)), signedIn: true, title: "Coding challenges" },
    // Before /coding/:id, whose ids are numbers.
    { path: "/coding/invitation", page: lazy(() => import("./pages/coding").then((m) => m.CodingInvitationPage)), signedIn: true, title: "Coding challenge" },
    { path: "/coding/:id", page: lazy(() => import("./pages/coding").then((m) => m.CodingChallengePage)), signedIn: true, title: "Coding challenge" },
    { path: "/cvs/:id", page: lazy(() => import("./pages/cvs").then((m) => m.CvPage)), signedIn: true, title: "CV" },
    { path: "/settings", page: lazy(() => import("./pages/settings").then((m) => m.SettingsPage)), signedIn: true, title: "Settings" },
    { path: "/sharing", page: lazy(() => import("./pages/sharing").then((m) => m.SharingPage)), signedIn: true, title: "Data sharing" },
];
