// SPDX-License-Identifier: Apache-2.0
// A job's own page, by its slug: the address people share.
import { call } from "../api";
import { session } from "../session";
import { useValue } from "../signal";
import { Loading, Missing, StatusBadge, formatDate, useLoad, useTitle } from "../ui";
import { choiceLabel, pay } from "../vocabulary";
import type { ApplicationStatus } from "./apply";
import { where, type JobSummary } from "./jobs";

export interface Job extends JobSummary {
    description: string;
    requirements: string | null;
    skills: { id: number; name: string }[] | string[];
    question_count?: number;
    status: string;
}

export function JobPage({ params }: { params: Record<string, string> }) {
    const signedIn = useValue(session);
    const job = useLoad((signal) => call<Job>("jobBySlug", { params: { slug: params.slug }, signal }), [params.slug]);
    // Whether the talent has applied already: then where the application stands, not Apply.
    const jobId = job.data?.id;
    const applied = useLoad(
        async (signal) => (signedIn && jobId ? call<ApplicationStatus>("applicationStatus", { params: { id: jobId }, signal }) : null),
        [jobId, signedIn?.token],
    );
    useTitle(job.data?.title ?? "Job");
    if (job.loading && !job.data)
        return <Loading what="Loading the job…" />;
    if (job.error || !job.data)
        return <Missing title="Job not found" error={job.error} back="/jobs" backText="Back to the jobs" />;
    const j = job.data;
    const applyHref = `/jobs/${encodeURIComponent(j.slug)}/apply`;
    return (
        <article class="job">
            <p><a href="/jobs">← All jobs</a></p>
            <h1>{j.title}</h1>
            <p class="meta">{j.company?.name} · {where(j)} · {choiceLabel("job_type", j.job_type)}</p>
            {j.salary && <p class="pay">{pay(j.salary.min, j.salary.max, j.salary.currency, j.salary.period)}</p>}
            {j.deadline && <p class="meta">Apply by {formatDate(j.deadline)}</p>}
            <div class="actions">
                {applied.data?.applied && applied.data.status ? (
                    <p class="applied">
                        You applied: <StatusBadge status={applied.data.status} />{" "}
                        <a href={`/applications/${applied.data.application_id}`}>See your application</a>
                    </p>
                ) : signedIn && applied.loading ? null : j.status === "published" ? (
                    <a class="button button-primary" href={signedIn ? applyHref : `/login?next=${encodeURIComponent(applyHref)}`}>
                        {signedIn ? "Apply" : "Sign in to apply"}
                    </a>
                ) : (
                    <p class="meta">This job no longer takes applications.</p>
                )}
            </div>
            <h2>About the job</h2>
            <p class="text">{j.description}</p>
            {j.requirements && (
                <>
                    <h2>Requirements</h2>
                    <p class="text">{j.requirements}</p>
                </>
            )}
            {j.skills?.length > 0 && (
                <>
                    <h2>Skills</h2>
                    <ul class="tags">
                        {j.skills.map((skill) => {
                            const name = typeof skill === "string" ? skill : skill.name;
                            return <li key={name}>{name}</li>;
                        })}
                    </ul>
                </>
            )}
        </article>
    );
}
