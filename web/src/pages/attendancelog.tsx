// SPDX-License-Identifier: Apache-2.0
// The talent's own log of check-ins and check-outs, newest first, 20 a page: shown on the check-in
// page (what a session's code opens) and in the Cohorts section, as the desktop client shows it.
import { call, type Page } from "../api";
import { ListState, Pager, useLoad } from "../ui";

export interface AttendanceRecord {
    id: number;
    checked_in_at: string;
    checked_out_at: string | null;
    session: { id: number; title: string; starts_at: string; ends_at: string };
    cohort: { id: number; name: string };
}

export function attendanceTime(iso: string | null): string {
    return iso ? new Date(iso).toLocaleString("en-GB", { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" }) : "";
}

/** The log's page @p page, read again by its `reload()`. */
export function useAttendanceLog(page: number) {
    return useLoad((signal) => call<Page<AttendanceRecord>>("myAttendance", { query: { page, limit: 20 }, signal }), [page]);
}

export function AttendanceLog({ log, onPage }: { log: ReturnType<typeof useAttendanceLog>; onPage: (page: number) => void }) {
    return (
        <>
            <ListState load={log} loading="Loading your attendance…"
                empty="You have not checked in to any session yet. Scan the code your instructor shows at the start of a session." />
            {log.data && log.data.data.length > 0 && (
                <>
                    <ul class="cards">
                        {log.data.data.map((record) => (
                            <li key={record.id} class="card">
                                <h3>{record.session.title}</h3>
                                <p class="meta">{record.cohort.name}</p>
                                <p>In at {attendanceTime(record.checked_in_at)}{record.checked_out_at ? `, out at ${attendanceTime(record.checked_out_at)}` : ", not checked out"}</p>
                            </li>
                        ))}
                    </ul>
                    <Pager page={log.data.meta.page} pages={log.data.meta.pages} onPage={onPage} />
                </>
            )}
        </>
    );
}
