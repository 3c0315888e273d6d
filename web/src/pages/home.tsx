// SPDX-License-Identifier: Apache-2.0
// The talent's day at a glance, as the desktop client's Home shows it: applications sent,
// recommended jobs, open jobs not applied for, assessments taken, unread notifications, how
// complete the profile is and what to add next, and the applications by status.
import { call } from "../api";
import { session } from "../session";
import { useValue } from "../signal";
import { Loading, LoadError, useLoad, useTitle } from "../ui";
import { statusLabel } from "../vocabulary";

interface Dashboard {
    applications: { total: number; by_status: Record<string, number> };
    recommended_jobs: number;
    open_jobs_not_applied: number;
    profile_completion: number;
    next_profile_step: { item: string; label: string } | null;
    unread_notifications: number;
    assessments_taken: number;
}

function Figure({ label, value, href }: { label: string; value: number; href: string }) {
    return (
        <li class="figure">
            <a href={href}>
                <span class="figure-value">{value}</span>{" "}
                <span class="figure-label">{label}</span>
            </a>
        </li>
    );
}

export function HomePage() {
    useTitle("Home");
    const who = useValue(session);
    // Read each time the page opens: an application sent meanwhile counts.
    const load = useLoad((signal) => call<Dashboard>("talentDashboard", { signal }), []);
    const figures = load.data;
    const byStatus = Object.entries(figures?.applications.by_status ?? {});
    const most = Math.max(1, ...byStatus.map(([, count]) => count));
    const name = [who?.user.first_name, who?.user.last_name].filter(Boolean).join(" ");
    return (
        <section class="home">
            <h1>Home</h1>
            {name && <p class="meta">{name}</p>}
            <LoadError load={load} />
            {load.loading && !figures && <Loading what="Loading your figures…" />}
            {figures && (
                <>
                    <ul class="figures" aria-label="At a glance">
                        <Figure label="Applications sent" value={figures.applications.total} href="/applications" />
                        <Figure label="Recommended jobs" value={figures.recommended_jobs} href="/jobs" />
                        <Figure label="Open jobs to apply for" value={figures.open_jobs_not_applied} href="/jobs" />
                        <Figure label="Assessments taken" value={figures.assessments_taken} href="/assessments" />
                        <Figure label="Unread notifications" value={figures.unread_notifications} href="/notifications" />
                    </ul>
                    <section class="panel completion" aria-labelledby="home-completion">
                        <h2 id="home-completion">Profile {figures.profile_completion}% complete</h2>
                        <progress max={100} value={figures.profile_completion} aria-labelledby="home-completion" />
                        {figures.next_profile_step ? (
                            <p><strong>Next:</strong> {figures.next_profile_step.label}, under <a href="/profile">your profile</a></p>
                        ) : (
                            <p>Your profile is complete.</p>
                        )}
                    </section>
                    <section class="panel" aria-labelledby="home-applications">
                        <h2 id="home-applications">Your applications by status</h2>
                        {byStatus.length === 0 ? (
                            <p>You have not applied for a job yet. <a href="/jobs">Find jobs</a></p>
                        ) : (
                            <dl class="bars">
                                {byStatus.map(([status, count]) => (
                                    <div key={status} class="bar-row">
                                        <dt><a href={`/applications?status=${encodeURIComponent(status)}`}>{statusLabel(status)}</a></dt>
                                        <dd>
                                            <progress class="bar" max={most} value={count} aria-hidden="true" />
                                            <span class="bar-count">{count}</span>
                                        </dd>
                                    </div>
                                ))}
                            </dl>
                        )}
                    </section>
                </>
            )}
        </section>
    );
}
