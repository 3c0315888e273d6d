// SPDX-License-Identifier: Apache-2.0
// The portal's frame: the header with its navigation, the page the address names, and sign-in
// for the pages that need it.
import { useEffect, useRef, useState } from "preact/hooks";
import { call } from "./api";
import * as live from "./live";
import { followUnread, unreadNotifications } from "./notices";
import { match, navigate, useLocation, type Route } from "./router";
import { session, signOut } from "./session";
import { useValue } from "./signal";
import { routes } from "./routes";

/** The talent's less daily pages, behind one button so that the header fits a phone. */
const morePages: [string, string][] = [
    ["/internships", "Internships"],
    ["/learning", "Learning"],
    ["/assessments", "Assessments"],
    ["/coding", "Coding challenges"],
    ["/cvs", "CVs"],
    ["/cohorts", "Cohorts"],
    ["/check-in", "Attendance"],
    ["/sharing", "Data sharing"],
    ["/settings", "Settings"],
];

function MoreMenu({ where }: { where: string }) {
    const [open, setOpen] = useState(false);
    const box = useRef<HTMLDivElement>(null);
    const button = useRef<HTMLButtonElement>(null);
    useEffect(() => setOpen(false), [where]);
    useEffect(() => {
        if (!open)
            return;
        const away = (event: Event) => {
            if (!box.current?.contains(event.target as Node))
                setOpen(false);
        };
        document.addEventListener("click", away);
        document.addEventListener("focusin", away);
        return () => {
            document.removeEventListener("click", away);
            document.removeEventListener("focusin", away);
        };
    }, [open]);
    const inside = morePages.some(([href]) => where === href || where.startsWith(href + "/"));
    return (
        <div class="more" ref={box} onKeyDown={(e) => {
            if (e.key === "Escape" && open) {
                setOpen(false);
                button.current?.focus();
            }
        }}>
            <button type="button" ref={button} class={`more-button${inside ? " more-current" : ""}`} aria-expanded={open}
                aria-controls="more-pages" onClick={() => setOpen(!open)}>
                More
            </button>
            <ul id="more-pages" hidden={!open}>
                {morePages.map(([href, text]) => (
                    <li key={href}>
                        <a href={href} aria-current={where === href || where.startsWith(href + "/") ? "page" : undefined}>{text}</a>
                    </li>
                ))}
            </ul>
        </div>
    );
}

function Header() {
    const current = useValue(session);
    const where = useLocation().pathname;
    const unread = useValue(unreadNotifications);
    const link = (href: string, text: string) => (
        <a href={href} aria-current={where === href || where.startsWith(href + "/") ? "page" : undefined}>{text}</a>
    );
    const leave = async () => {
        try {
            await call("logout");
        } catch {
            // Signed out here whatever the server says.
        }
        signOut();
        navigate("/login");
    };
    return (
        <header class="top">
            <a class="brand" href="/jobs" aria-label="Worknation, jobs">Worknation</a>
            <nav aria-label="Main">
                {current && link("/home", "Home")}
                {link("/jobs", "Jobs")}
                {link("/trainings", "Trainings")}
                {current && link("/applications", "Applications")}
                {current && link("/messages", "Messages")}
                {current && (
                    <a href="/notifications" aria-current={where === "/notifications" ? "page" : undefined}>
                        Notifications
                        {!!unread && (
                            <span class="count-badge">
                                {unread > 99 ? "99+" : unread}
                                <span class="visually-hidden"> unread</span>
                            </span>
                        )}
                    </a>
                )}
                {current && link("/profile", "Profile")}
                {current && <MoreMenu where={where} />}
            </nav>
            <div class="account">
                {current ? (
                    <button type="button" class="button button-link" onClick={leave}>Sign out</button>
                ) : (
                    <>
                        <a href="/login">Sign in</a>
                        <a class="button button-primary" href="/signup">Join</a>
                    </>
                )}
            </div>
        </header>
    );
}

function NotFound() {
    return (
        <section>
            <h1>Page not found</h1>
            <p>There is no page at this address. <a href="/jobs">Find jobs</a> instead.</p>
        </section>
    );
}

export function App() {
    const url = useLocation();
    const current = useValue(session);
    const found = match(routes, url.pathname);
    const route: Route | undefined = found?.route;
    const needsSignIn = route?.signedIn && !current;
    useEffect(() => {
        if (url.pathname === "/")
            navigate(current ? "/home" : "/jobs", true);
        else if (needsSignIn)
            navigate(`/login?next=${encodeURIComponent(url.pathname + url.search)}`, true);
    }, [url.pathname, needsSignIn]);
    // A new page takes the keyboard's focus to its heading, as a page load would.
    const main = useRef<HTMLElement>(null);
    useEffect(() => {
        const focusHeading = () => {
            const heading = main.current?.querySelector("h1") as HTMLElement | null;
            if (heading && document.activeElement === document.body) {
                heading.tabIndex = -1;
                heading.focus({ preventScroll: true });
            }
            return heading !== null;
        };
        if (focusHeading() || !main.current)
            return;
        // A page whose code or data comes later shows its heading later.
        const watch = new MutationObserver(() => focusHeading() && watch.disconnect());
        watch.observe(main.current, { childList: true, subtree: true });
        return () => watch.disconnect();
    }, [url.pathname]);
    // The live connection and the unread count follow who is signed in.
    useEffect(() => {
        if (!current) {
            live.disconnect();
            return;
        }
        live.connect(current);
        return followUnread();
    }, [current?.token]);
    const Page = route?.page;
    return (
        <>
            <a class="skip" href="#main">Skip to content</a>
            <Header />
            <main id="main" ref={main}>
                {Page && !needsSignIn ? <Page params={found!.params} /> : !route && url.pathname !== "/" ? <NotFound /> : null}
            </main>
        </>
    );
}
