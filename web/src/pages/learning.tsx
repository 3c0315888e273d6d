// SPDX-License-Identifier: Apache-2.0
// Learning, as in the desktop client: the LMS's course catalogue to ask to join, and the talent's
// own courses with how far along each is.
import { useState } from "preact/hooks";
import { call, type Page } from "../api";
import { navigate, useLocation, useSearchText } from "../router";
import { Button, ListState, Pager, StatusBadge, TextField, Told, useLoad, useTitle } from "../ui";

interface Course {
    id: number;
    shortname: string;
    fullname: string;
    summary: string | null;
}

interface MyCourse extends Course {
    progress: number;
    completed: boolean;
}

interface EnrolmentRequest {
    course_id: number;
    status: string;
}

export function LearningPage() {
    useTitle("Learning");
    const url = useLocation();
    const q = url.searchParams.get("q") ?? "";
    const page = Number(url.searchParams.get("page") ?? "1") || 1;
    const [query, setQuery] = useSearchText(q);
    const catalogue = useLoad((signal) => call<Page<Course>>("lmsCourses", { query: { q, page, limit: 20 }, signal }), [q, page]);
    const mine = useLoad((signal) => call<{ data: MyCourse[] }>("myLmsCourses", { signal }), []);
    // The talent's own requests, newest first: what they asked before this visit shows too.
    const requests = useLoad((signal) => call<Page<EnrolmentRequest>>("myLmsEnrolmentRequests", { query: { limit: 100 }, signal }), []);
    const [asked, setAsked] = useState<Record<number, string>>({});
    const [told, setTold] = useState<{ text: string; kind: "error" | "success" }>({ text: "", kind: "success" });
    const [busy, setBusy] = useState(0);

    const go = (next: { q?: string; page?: number }) => {
        const search = new URLSearchParams();
        const words = next.q ?? q;
        if (words)
            search.set("q", words);
        if (next.page && next.page > 1)
            search.set("page", String(next.page));
        const text = search.toString();
        navigate(`/learning${text ? "?" + text : ""}`);
    };

    const ask = async (course: Course) => {
        setBusy(course.id);
        setTold({ text: "", kind: "success" });
        try {
            const request = await call<EnrolmentRequest>("requestLmsEnrolment", { body: { course_id: course.id } });
            setAsked((old) => ({ ...old, [course.id]: request.status }));
            setTold({ text: `You asked to join ${course.fullname}; you will be told when it is decided.`, kind: "success" });
        } catch (error) {
            setTold({ text: (error as Error).message, kind: "error" });
        } finally {
            setBusy(0);
        }
    };

    const enrolled = new Set((mine.data?.data ?? []).map((c) => c.id));
    const latest: Record<number, string> = {};
    for (const request of requests.data?.data ?? [])
        latest[request.course_id] ??= request.status;
    const statusOf = (course: Course) => asked[course.id] ?? latest[course.id];
    return (
        <section>
            <h1>Learning</h1>
            <ul class="section-nav" aria-label="On this page">
                <li><a href="#my-courses">My courses</a></li>
                <li><a href="#catalogue">Catalogue</a></li>
            </ul>
            <Told {...told} />

            <h2 id="my-courses">My courses</h2>
            <ListState load={mine} loading="Loading your courses…" empty="You are not enrolled in a course yet." />
            <ul class="cards">
                {mine.data?.data.map((course) => (
                    <li key={course.id} class="card">
                        <h3>{course.fullname}</h3>
                        <p class="meta">{course.shortname}</p>
                        {course.completed ? (
                            <p><StatusBadge status="completed" /> On your profile as a verified course</p>
                        ) : (
                            <>
                                <p>{course.progress}% done</p>
                                <progress class="bar" max={100} value={course.progress} aria-label={`Progress in ${course.fullname}`} />
                            </>
                        )}
                    </li>
                ))}
            </ul>

            <h2 id="catalogue">Catalogue</h2>
            <form class="filters filters-one" role="search" onSubmit={(e) => { e.preventDefault(); go({ q: query.trim() }); }}>
                <TextField label="Find a course" type="search" name="q" value={query} onValue={setQuery} />
                <Button type="submit">Search</Button>
            </form>
            <ListState load={catalogue} loading="Loading the catalogue…" empty={q ? "No course matches these words." : "No course is offered yet."} />
            <ul class="cards">
                {catalogue.data?.data.map((course) => (
                    <li key={course.id} class="card">
                        <h3>{course.fullname}</h3>
                        <p class="meta">{course.shortname}</p>
                        {course.summary && <p class="text">{course.summary}</p>}
                        <div class="actions">
                            {enrolled.has(course.id) ? (
                                <p class="meta">You are enrolled.</p>
                            ) : statusOf(course) && statusOf(course) !== "declined" ? (
                                <p class="meta">You asked to join: <StatusBadge status={statusOf(course)} /></p>
                            ) : (
                                <>
                                    {statusOf(course) && <p class="meta">Your last request: <StatusBadge status={statusOf(course)} /></p>}
                                    <Button busy={busy === course.id} aria-label={`Ask to join ${course.fullname}`} onClick={() => ask(course)}>
                                        {statusOf(course) ? "Ask again" : "Ask to join"}
                                    </Button>
                                </>
                            )}
                        </div>
                    </li>
                ))}
            </ul>
            {catalogue.data && <Pager page={catalogue.data.meta.page} pages={catalogue.data.meta.pages} onPage={(p) => go({ page: p })} />}
        </section>
    );
}
