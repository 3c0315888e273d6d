// SPDX-License-Identifier: Apache-2.0
// The portal's pages by path, with the browser's history: links within the portal change the page
// without reloading it, and every page has an address that can be shared and reloaded.
import type { ComponentType } from "preact";
import { useEffect, useState } from "preact/hooks";
import { signal, useValue } from "./signal";

export const location$ = signal(window.location.pathname + window.location.search);

export function navigate(to: string, replace = false): void {
    if (to === window.location.pathname + window.location.search)
        return;
    if (replace)
        history.replaceState(null, "", to);
    else
        history.pushState(null, "", to);
    location$.set(to);
    window.scrollTo(0, 0);
}

window.addEventListener("popstate", () => location$.set(window.location.pathname + window.location.search));

// A click on a link to one of the portal's own pages changes the page in place.
document.addEventListener("click", (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
        return;
    const link = (event.target as Element | null)?.closest?.("a");
    if (!link || link.target || link.hasAttribute("download") || link.origin !== window.location.origin)
        return;
    if (link.pathname.startsWith("/api/"))
        return;
    // A link to a part of this same page ("#catalogue") is the browser's to follow.
    if (link.hash && link.pathname === window.location.pathname && link.search === window.location.search)
        return;
    event.preventDefault();
    navigate(link.pathname + link.search);
});

export interface Route {
    path: string; // "/jobs/:slug"
    page: ComponentType<{ params: Record<string, string> }>;
    /** Only for a signed-in talent; others are sent to sign in first. */
    signedIn?: boolean;
    title: string;
}

export function match(routes: Route[], pathname: string): { route: Route; params: Record<string, string> } | null {
    const parts = pathname.split("/").filter(Boolean);
    for (const route of routes) {
        const pattern = route.path.split("/").filter(Boolean);
        if (pattern.length !== parts.length)
            continue;
        const params: Record<string, string> = {};
        if (pattern.every((segment, i) => {
            if (segment.startsWith(":")) {
                params[segment.slice(1)] = decodeURIComponent(parts[i]);
                return true;
            }
            return segment === parts[i];
        }))
            return { route, params };
    }
    return null;
}

/**
 * The words of a search box whose search is in the address (@p searched, the address's "q"):
 * typed freely, and put back to what the address says when it changes (Back, Forward, a link),
 * so that the box always names the search whose results show.
 */
export function useSearchText(searched: string): [string, (text: string) => void] {
    const [text, setText] = useState(searched);
    useEffect(() => setText(searched), [searched]);
    return [text, setText];
}

/**
 * Goes to @p url's page with its query changed by @p changes ("" removes a key): how lists keep
 * their filters in the address. Any change but the page number's goes back to the first page.
 */
export function navigateQuery(url: URL, changes: Record<string, string | number>): void {
    const next = new URLSearchParams(url.search);
    for (const [key, value] of Object.entries(changes)) {
        if (value === "")
            next.delete(key);
        else
            next.set(key, String(value));
    }
    if (!("page" in changes))
        next.delete("page");
    const search = next.toString();
    navigate(url.pathname + (search ? "?" + search : ""));
}

export function useLocation(): URL {
    return new URL(useValue(location$), window.location.origin);
}

/**
 * A page whose code loads only when it is first shown, so that the first load stays small:
 * `lazy(() => import("./pages/chat").then((m) => m.ChatPage))`.
 */
export function lazy<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
    let loaded: ComponentType<P> | null = null;
    let pending: Promise<ComponentType<P>> | null = null;
    return function Lazy(props: P) {
        const [Page, setPage] = useState<ComponentType<P> | null>(() => loaded);
        const [failed, setFailed] = useState(false);
        useEffect(() => {
            if (loaded)
                return;
            pending ??= load();
            pending.then(
                (page) => {
                    loaded = page;
                    setPage(() => page);
                },
                () => {
                    pending = null;
                    setFailed(true);
                },
            );
        }, []);
        if (failed)
            return <p role="alert">This page could not be loaded. Check your connection and reload.</p>;
        return Page ? <Page {...props} /> : <p class="loading" role="status">Loading…</p>;
    };
}
