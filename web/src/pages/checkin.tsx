// SPDX-License-Identifier: Apache-2.0
// Attendance by QR code: the code a session shows carries this page's address, so a phone's own
// camera opens it and the talent is checked in (after signing in, if need be). The talent's log
// of check-ins and check-outs is here too.
import { useEffect, useState } from "preact/hooks";
import { ApiError, call } from "../api";
import { navigate, useLocation } from "../router";
import { Button, Told, useTitle } from "../ui";
import { AttendanceLog, attendanceTime as time, useAttendanceLog, type AttendanceRecord } from "./attendancelog";

export function CheckInPage() {
    useTitle("Attendance");
    const url = useLocation();
    const code = url.searchParams.get("code") ?? "";
    const page = Number(url.searchParams.get("page") ?? "1") || 1;
    const [told, setTold] = useState<{ text: string; kind: "error" | "success" }>({ text: "", kind: "success" });
    const [canCheckOut, setCanCheckOut] = useState(false);
    const [busy, setBusy] = useState(false);
    const log = useAttendanceLog(page);

    const check = async (action: "check_in" | "check_out") => {
        setBusy(true);
        try {
            const record = await call<AttendanceRecord>("checkAttendance", { body: { token: code, action } });
            setTold({
                kind: "success",
                text: action === "check_in"
                    ? `You are checked in to ${record.session.title} (${record.cohort.name}) at ${time(record.checked_in_at)}.`
                    : `You are checked out of ${record.session.title} at ${time(record.checked_out_at)}.`,
            });
            setCanCheckOut(action === "check_in");
            log.reload();
        } catch (error) {
            const refusal = error as ApiError;
            setTold({ kind: "error", text: refusal.message });
            // Already in: the same code (while it lasts) checks out.
            setCanCheckOut(refusal.status === 409 && action === "check_in");
        } finally {
            setBusy(false);
        }
    };

    // Opened from the code: check in at once, while the code is fresh (it lasts a minute at most).
    useEffect(() => {
        if (code)
            void check("check_in");
    }, [code]);

    return (
        <section>
            <h1>Attendance</h1>
            <Told text={told.text} kind={told.kind} />
            {busy && <p class="loading" role="status">Checking…</p>}
            {code && canCheckOut && !busy && (
                <div class="actions">
                    <Button kind="secondary" onClick={() => check("check_out")}>Check out now</Button>
                </div>
            )}
            {!code && (
                <p>To check in to a session, point your phone's camera at the code your instructor shows, and open the link it offers.</p>
            )}
            <h2>Your attendance</h2>
            <AttendanceLog log={log} onPage={(p) => navigate(`/check-in?page=${p}`)} />
        </section>
    );
}
