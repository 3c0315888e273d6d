// SPDX-License-Identifier: Apache-2.0
// Every page of the portal by its address.
import { lazy, type Route } from "./router";
import { JobPage } from "./pages/job";
import { JobsPage } from "./pages/jobs";
import { LoginPage } from "./pages/login";

type PageProps = { params: Record<string, string> };

// Pages off the first screen load when first shown, to keep the first load small.
const ApplyPage = lazy<PageProps>(() => import("./pages/apply").then((m) => m.ApplyPage));
const ApplicationsPage = lazy<PageProps>(() => import("./pages/applications").then((m) => m.ApplicationsPage));
const ApplicationPage = lazy<PageProps>(() => import("./pages/applications").then((m) => m.ApplicationPage));
const TrainingsPage = lazy<PageProps>(() => import("./pages/trainings").then((m) => m.TrainingsPage));
const TrainingPage = lazy<PageProps>(() => import("./pages/trainings").then((m) => m.TrainingPage));
const TrainingApplicationsPage = lazy<PageProps>(() => import("./pages/trainings").then((m) => m.TrainingApplicationsPage));

export const routes: Route[] = [
    { path: "/login", page: LoginPage, title: "Sign in" },
    { path: "/jobs", page: JobsPage, title: "Jobs" },
    { path: "/jobs/:slug", page: JobPage, title: "Job" },
    { path: "/jobs/:slug/apply", page: ApplyPage, signedIn: true, title: "Apply" },
    { path: "/applications", page: ApplicationsPage, signedIn: true, title: "Your applications" },
    // Before /applications/:id, whose ids are numbers.
    { path: "/applications/trainings", page: TrainingApplicationsPage, signedIn: true, title: "Your training applications" },
    { path: "/applications/:id", page: ApplicationPage, signedIn: true, title: "Application" },
    { path: "/trainings", page: TrainingsPage, title: "Trainings" },
    { path: "/trainings/:slug", page: TrainingPage, title: "Training" },
];
