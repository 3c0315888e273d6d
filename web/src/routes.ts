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

export const routes: Route[] = [
    { path: "/login", page: LoginPage, title: "Sign in" },
    { path: "/signup", page: SignUpPage, title: "Create your account" },
    { path: "/verify", page: VerifyPage, title: "Check your email" },
    { path: "/forgot-password", page: ForgotPasswordPage, title: "Forgot your password" },
    { path: "/reset-password", page: ResetPasswordPage, title: "Choose a new password" },
    { path: "/profile", page: ProfilePage, signedIn: true, title: "Your profile" },
    { path: "/jobs", page: JobsPage, title: "Jobs" },
    { path: "/jobs/:slug", page: JobPage, title: "Job" },
];
