// SPDX-License-Identifier: Apache-2.0
// What a talent shares with partner organisations: the partners that may read their profile, CV
// and intro video (stop, asked first, or share again), sharing with another partner, and every
// read a partner made, newest first, page by page.
import { useEffect, useState } from "preact/hooks";
import { call, type Page } from "../api";
import { useLocation, navigate } from "../router";
import { Button, ListState, Pager, Select, Told, formatDate, useLoad, useTitle } from "../ui";
import { choiceLabel } from "../vocabulary";

interface Consent {
    id: number;
    name: string;
    sharing: boolean;
    source: string;
    granted_at: string | null;
    withdrawn_at: string | null;
    last_read_at: string | null;
}

interface PartnerRead {
    id: number;
    partner: { id: number; name: string };
    what: string;
    read_at: string;
}

const pageSize = 20;

export function SharingPage() {
    useTitle("Data sharing");
    const url = useLocation();
    const page = Number(url.searchParams.get("page") ?? "1") || 1;
    const consents = useLoad((signal) => call<{ data: Consent[] }>("myPartnerConsents", { signal }), []);
    const partners = useLoad((signal) => call<Page<{ id: number; name: string }>>("partners", { query: { limit: 100 }, signal }), []);
    const reads = useLoad((signal) => call<Page<PartnerRead>>("myPartnerReads", { query: { page, limit: pageSize }, signal }), [page]);
    const [list, setList] = useState<Consent[]>([]);
    const [told, setTold] = useState<{ text: string; kind: "error" | "success" }>({ text: "", kind: "success" });
    const [asking, setAsking] = useState<number | null>(null);
    const [chosen, setChosen] = useState("");
    const [busy, setBusy] = useState(false);
    useEffect(() => setList(consents.data?.data ?? []), [consents.data]);

    const others = (partners.data?.data ?? []).filter((p) => !list.some((c) => c.sharing && c.id === p.id));
    const act = async (name: "shareWithPartner" | "stopSharingWithPartner", partner: { id: number; name: string }) => {
        setBusy(true);
        try {
            const answer = await call<{ data: Consent[] }>(name, name === "shareWithPartner"
                ? { body: { partner_id: partner.id } }
                : { params: { partner_id: partner.id } });
            setList(answer.data);
            setAsking(null);
            setChosen("");
            setTold({
                kind: "success",
                text: name === "shareWithPartner"
                    ? `You share your profile, CV and intro video with ${partner.name}.`
                    : `${partner.name} can no longer read your data.`,
            });
        } catch (error) {
            setTold({ kind: "error", text: (error as Error).message });
        } finally {
            setBusy(false);
        }
    };

    return (
        <section>
            <h1>Data sharing</h1>
            <p>Partners read your profile, CV and intro video only while you share with them.</p>
            {told.text && <Told text={told.text} kind={told.kind} />}
            <h2>Partners</h2>
            <ListState load={{ ...consents, data: consents.data ? { data: list } : null }} loading="Loading your partners…"
                empty={partners.data && others.length === 0
                    ? "You share with no partner. No partner organisation works with Worknation yet: you can choose one here once one does."
                    : "You share with no partner. Choose one below to let it read your profile; you can stop at any time."} />
            <ul class="cards">
                {list.map((consent) => (
                    <li key={consent.id} class="card">
                        <h3>{consent.name}</h3>
                        <p class="meta">
                            {consent.sharing
                                ? `Sharing since ${consent.source === "partner" ? "you joined through them, " : ""}${formatDate(consent.granted_at)}`
                                : `Stopped sharing on ${formatDate(consent.withdrawn_at)}`}
                            {" · "}
                            {consent.last_read_at ? `Last read ${formatDate(consent.last_read_at)}` : "Has read nothing yet"}
                        </p>
                        {consent.sharing && asking !== consent.id && (
                            <Button kind="secondary" aria-label={`Stop sharing with ${consent.name}`} onClick={() => setAsking(consent.id)}>Stop sharing…</Button>
                        )}
                        {consent.sharing && asking === consent.id && (
                            <div role="group" aria-label={`Stop sharing with ${consent.name}?`}>
                                <p>{consent.name} will no longer read your profile, CV or intro video. What it read before stays in the log below.</p>
                                <Button kind="danger" busy={busy} onClick={() => act("stopSharingWithPartner", consent)}>Stop sharing</Button>
                                <Button kind="link" onClick={() => setAsking(null)}>Keep sharing</Button>
                            </div>
                        )}
                        {!consent.sharing && (
                            <Button kind="secondary" busy={busy} aria-label={`Share again with ${consent.name}`} onClick={() => act("shareWithPartner", consent)}>Share again</Button>
                        )}
                    </li>
                ))}
            </ul>
            {others.length > 0 && (
                <form onSubmit={(e) => {
                    e.preventDefault();
                    const partner = others.find((p) => String(p.id) === chosen);
                    if (partner)
                        act("shareWithPartner", partner);
                }}>
                    <Select label="Share with another partner" value={chosen} onValue={setChosen}
                        options={[{ value: "", text: "Choose a partner" }, ...others.map((p) => ({ value: String(p.id), text: p.name }))]} />
                    <Button type="submit" busy={busy} disabled={!chosen}>Share</Button>
                </form>
            )}
            <h2>What partners read</h2>
            <ListState load={reads} loading="Loading the reads…" empty="No partner has read your data yet." />
            <ul class="cards">
                {(reads.data?.data ?? []).map((read) => (
                    <li key={read.id} class="card">
                        <h3>{read.partner.name}</h3>
                        <p class="meta">{choiceLabel("partner_read", read.what)} · {formatDate(read.read_at)}</p>
                    </li>
                ))}
            </ul>
            {reads.data && (
                <Pager page={page} pages={Math.ceil(reads.data.meta.total / pageSize)} onPage={(p) => navigate(`/sharing?page=${p}`)} />
            )}
        </section>
    );
}
