// SPDX-License-Identifier: Apache-2.0
// A page following the server's live events while it is shown (the shared connection, ../live).
import { useEffect, useRef } from "preact/hooks";
import * as live from "../live";

/**
 * Calls @p handler with each @p event while the component is shown, and @p onOnline each time the
 * live connection comes (back) online: what changed while it was down is fetched again then.
 * The latest versions of both are called.
 */
export function useLive(event: string, handler: (data: any) => void, onOnline?: () => void): void {
    const latest = useRef({ handler, onOnline });
    latest.current = { handler, onOnline };
    useEffect(() => {
        const stops = [
            live.subscribe(event, (data) => latest.current.handler(data)),
            live.state.subscribe((now) => now === "online" && latest.current.onOnline?.()),
        ];
        return () => stops.forEach((stop) => stop());
    }, [event]);
}
