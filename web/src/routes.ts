// SPDX-License-Identifier: Apache-2.0
// Every page of the portal by its address.
import type { Route } from "./router";
import { JobPage } from "./pages/job";
import { JobsPage } from "./pages/jobs";
import { LoginPage } from "./pages/login";

export const routes: Route[] = [
    { path: "/login", page: LoginPage, title: "Sign in" },
    { path: "/jobs", page: JobsPage, title: "Jobs" },
    { path: "/jobs/:slug", page: JobPage, title: "Job" },
];
