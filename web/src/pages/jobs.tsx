// SPDX-License-Identifier: Apache-2.0
// Job search with the desktop client's filters. The filters live in the address, so a search can
// be shared, reloaded and gone back to.
import { call, type Page } from "../api";
import { navigateQuery, useLocation, useSearchText } from "../router";
import { Button, LoadError, Loading, Pager, Select, TextField, formatDate, useLoad, useTitle } from "../ui";
import { choiceLabel, choices, pay } from "../vocabulary";

export interface JobSummary {
    id: number;
    slug: string;
    title: string;
    summary: string | null;
    company: { id: number; name: string; logo_url: string | null };
    location: { state: string | null; city: string | null; country_code: string | null };
    job_type: string;
    work_mode: string;
    salary: { min: number | null; max: number | null; currency: string; period: string } | null;
    published_at: string | null;
    deadline: string | null;
}

interface Facet {
    value: string;
    count: number;
}

type JobPage = Page<JobSummary> & { facets?: Record<string, Facet[]> };

const filterNames = ["q", "state", "job_type", "work_mode", "posted_since", "sort"] as const;

export function where(job: Pick<JobSummary, "location" | "work_mode">): string {
    const place = [job.location?.city, job.location?.state].filter(Boolean).join(", ");
    const mode = choiceLabel("work_mode", job.work_mode);
    return place ? `${place} · ${mode}` : mode;
}

function withCount(options: { value: string; text: string }[], facet: Facet[] | undefined) {
    return options.map((option) => {
        const count = option.value ? facet?.find((f) => f.value === option.value)?.count : undefined;
        return count === undefined ? option : { ...option, text: `${option.text} (${count})` };
    });
}

export function JobsPage() {
    useTitle("Jobs");
    const url = useLocation();
    const filters = Object.fromEntries(filterNames.map((name) => [name, url.searchParams.get(name) ?? ""])) as Record<(typeof filterNames)[number], string>;
    const page = Number(url.searchParams.get("page") ?? "1") || 1;
    const [query, setQuery] = useSearchText(filters.q);
    const states = useLoad((signal) => call<{ data: { code: string; name: string }[] }>("states", { params: { code: "NG" }, signal }), []);
    const jobs = useLoad(
        (signal) => call<JobPage>("publicJobs", { query: { ...filters, page, limit: 20 }, signal }),
        [url.search],
    );

    const go = (changes: Record<string, string | number>) => navigateQuery(url, changes);

    const facets = jobs.data?.facets;
    return (
        <section>
            <h1>Jobs</h1>
            <form class="filters" role="search" onSubmit={(e) => { e.preventDefault(); go({ q: query.trim() }); }}>
                <TextField label="What" type="search" name="q" placeholder="Title, skill or company" value={query} onValue={setQuery} />
                <Select label="State" name="state" value={filters.state} onValue={(v) => go({ state: v })}
                    options={[{ value: "", text: "Anywhere" }, ...(states.data?.data ?? []).map((s) => ({ value: s.name, text: s.name }))]} />
                <Select label="Type" name="job_type" value={filters.job_type} onValue={(v) => go({ job_type: v })}
                    options={withCount([{ value: "", text: "Any type" }, ...choices("job_type")], facets?.job_type)} />
                <Select label="Work mode" name="work_mode" value={filters.work_mode} onValue={(v) => go({ work_mode: v })}
                    options={withCount([{ value: "", text: "Any mode" }, ...choices("work_mode")], facets?.work_mode)} />
                <Button type="submit">Search</Button>
            </form>
            <LoadError load={jobs} />
            {jobs.loading && !jobs.data && <Loading what="Finding jobs…" />}
            {jobs.data && (
                <>
                    <p class="count" role="status">
                        {jobs.data.meta.total === 0 ? "No job matches these filters." : `${jobs.data.meta.total} ${jobs.data.meta.total === 1 ? "job" : "jobs"}`}
                    </p>
                    <ul class="cards">
                        {jobs.data.data.map((job) => (
                            <li key={job.id} class="card">
                                <h2><a href={`/jobs/${encodeURIComponent(job.slug)}`}>{job.title}</a></h2>
                                <p class="meta">{job.company?.name} · {where(job)} · {choiceLabel("job_type", job.job_type)}</p>
                                {job.salary && <p class="pay">{pay(job.salary.min, job.salary.max, job.salary.currency, job.salary.period)}</p>}
                                {job.summary && <p>{job.summary}</p>}
                                {job.published_at && <p class="meta">Posted {formatDate(job.published_at)}</p>}
                            </li>
                        ))}
                    </ul>
                    <Pager page={jobs.data.meta.page} pages={jobs.data.meta.pages} onPage={(p) => go({ page: p })} />
                </>
            )}
        </section>
    );
}
