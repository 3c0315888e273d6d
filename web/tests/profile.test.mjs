// SPDX-License-Identifier: Apache-2.0
// A new talent completes their profile on a phone: details (only what changed is sent, a draft
// survives a reload), a skill, an education and an experience entry, a picture; a wrong video file
// is refused plainly; and everything is still there after a reload.
import { deflateSync } from "node:zlib";
import { check, desktop, phone } from "./support.mjs";
import { newTalent } from "./talents.mjs";

const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; ++k)
        c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
});

function crc32(bytes) {
    let c = 0xffffffff;
    for (const byte of bytes)
        c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
}

/** A small green-and-white PNG picture, made here. */
function png(size = 32) {
    const header = Buffer.alloc(13);
    header.writeUInt32BE(size, 0);
    header.writeUInt32BE(size, 4);
    header[8] = 8; // bits per sample
    header[9] = 2; // RGB
    const rows = [];
    for (let y = 0; y < size; ++y) {
        const row = [0];
        for (let x = 0; x < size; ++x)
            row.push(...((x + y) % 8 < 4 ? [20, 83, 45] : [250, 250, 249]));
        rows.push(Buffer.from(row));
    }
    return Buffer.concat([
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
        chunk("IHDR", header),
        chunk("IDAT", deflateSync(Buffer.concat(rows))),
        chunk("IEND", Buffer.alloc(0)),
    ]);
}

async function percentage(page) {
    const heading = await page.getByRole("heading", { name: /Profile \d+% complete/ }).textContent();
    return Number(heading.match(/(\d+)%/)[1]);
}

export async function completeAProfile(context) {
    const who = await newTalent(context, "completer");
    const skills = await context.api("GET", "/api/v1/skills?limit=2");
    check(skills.data.length > 0, "the demo data has skills");
    const skill = skills.data[0].name;

    const page = await context.page(phone);
    const patches = [];
    page.on("request", (request) => {
        if (request.method() === "PATCH" && request.url().endsWith("/talents/me/profile"))
            patches.push(JSON.parse(request.postData()));
    });
    await context.signIn(page, who, "/profile");
    await page.getByRole("heading", { level: 1, name: "Your profile" }).waitFor();
    const before = await percentage(page);
    await page.getByText("Next best step:").waitFor();
    await context.accessible(page, "a new talent's profile");
    await context.snapshot(page, "profile-new-phone");

    // A detail changed: only it is sent.
    await page.getByLabel("Headline").fill("Mobile developer who ships offline-first apps");
    await page.getByRole("button", { name: "Save details" }).click();
    await page.getByText("Your details are saved.").waitFor();
    check(JSON.stringify(patches) === JSON.stringify([{ headline: "Mobile developer who ships offline-first apps" }]),
        `only the changed field is sent (${JSON.stringify(patches)})`);

    // Typed but not saved: a reload brings it back.
    await page.getByLabel("About me").fill("Five years of Kotlin and Qt on phones that cost little.");
    await page.waitForTimeout(100);
    await page.reload();
    await page.getByText("Your unsaved changes are back.").waitFor();
    check(await page.getByLabel("About me").inputValue() === "Five years of Kotlin and Qt on phones that cost little.", "the draft is kept");
    check(await page.getByLabel("Headline").inputValue() === "Mobile developer who ships offline-first apps", "the saved headline shows");
    await page.getByRole("button", { name: "Save details" }).click();
    await page.getByText("Your details are saved.").waitFor();
    check(JSON.stringify(patches.at(-1)) === JSON.stringify({ bio: "Five years of Kotlin and Qt on phones that cost little." }),
        `again only what changed (${JSON.stringify(patches.at(-1))})`);

    // A skill, found by name.
    await page.getByLabel("Find a skill").fill(skill.slice(0, 4));
    await page.getByLabel("Skill", { exact: true }).locator("option", { hasText: skill }).first().waitFor({ state: "attached" });
    await page.getByLabel("Skill", { exact: true }).selectOption({ label: skill });
    await page.getByLabel("How well you know it").selectOption({ label: "Advanced" });
    await page.getByLabel("Years of practice").fill("4");
    await page.getByRole("button", { name: "Add skill" }).click();
    await page.getByText(`${skill} is added to your skills.`).waitFor();
    await page.locator("#skills").getByText(`${skill} · Advanced · 4 years`).waitFor();

    // An education entry.
    await page.getByLabel("School").fill("University of Lagos");
    await page.getByLabel("Course").fill("Computer Science");
    await page.getByLabel("From (year)").fill("2014");
    await page.getByLabel("To (year)").fill("2012");
    await page.getByRole("button", { name: "Add education" }).click();
    await page.getByText("end_year must not be before start_year").waitFor();
    check(await page.getByLabel("To (year)").getAttribute("aria-invalid") === "true", "the server's refusal lands by the year");
    await page.getByLabel("To (year)").fill("2018");
    await page.getByRole("button", { name: "Add education" }).click();
    await page.getByText("University of Lagos is added to your education.").waitFor();

    // An experience entry, current.
    await page.getByLabel("Job title").fill("Android developer");
    await page.getByLabel("Company", { exact: true }).fill("Paystack");
    await page.getByLabel("From (month)").fill("2021-02");
    await page.getByLabel("I work here now").check();
    await page.getByRole("button", { name: "Add experience" }).click();
    await page.getByText("Android developer at Paystack is added to your experience.").waitFor();
    const entry = await page.locator("#experience .entries li").filter({ hasText: "Android developer" }).textContent();
    check(entry.includes("Feb 2021–now") && !entry.includes("2021-02"), `the months read as words, not as stored (${entry})`);

    // The kinds of work looked for.
    await page.getByLabel("Full-time").check();
    await page.getByRole("button", { name: "Save preferences" }).click();
    await page.getByText("Your preferences are saved.").waitFor();
    check(JSON.stringify(patches.at(-1)) === JSON.stringify({ job_preferences: [await page.getByLabel("Full-time").getAttribute("value")] }),
        `only the kinds of work are sent (${JSON.stringify(patches.at(-1))})`);

    // The level and pay looked for: a range upside down is refused by the box, before sending.
    await page.getByLabel("Career level").selectOption({ label: "Mid level" });
    await page.getByLabel("Pay you expect, from (₦)").fill("600,000");
    await page.getByLabel("To (₦)").fill("450,000");
    await page.getByRole("button", { name: "Save preferences" }).click();
    await page.getByText("salary_expectation.max must not be less than salary_expectation.min").waitFor();
    check(await page.getByLabel("To (₦)").getAttribute("aria-invalid") === "true", "the problem stands by the upper bound");
    await page.getByLabel("To (₦)").fill("900,000");
    await page.getByLabel("Willing to move for work?").selectOption({ label: "Yes" });
    await page.getByRole("button", { name: "Save preferences" }).click();
    await page.getByText("Your preferences are saved.").waitFor();
    const saved = await context.api("GET", "/api/v1/talents/me/profile", { token: (await context.token(who, "talent")).token });
    check(saved.desired_career_level?.name === "Mid level", `the level is saved (${JSON.stringify(saved.desired_career_level)})`);
    check(saved.salary_expectation?.min === 600000 && saved.salary_expectation?.max === 900000 && saved.salary_expectation?.period === "monthly",
        `the pay is saved as typed (${JSON.stringify(saved.salary_expectation)})`);
    check(saved.willing_to_relocate === true, "willing to move is saved");

    // Who sees the assessment results: only that is sent.
    check(await page.getByLabel("Who sees your assessment results").inputValue() === "applications",
        "results go to the companies applied to until the talent says otherwise");
    await page.getByLabel("Who sees your assessment results").selectOption({ label: "Only me" });
    await page.getByRole("button", { name: "Save preferences" }).click();
    await page.getByText("Your preferences are saved.").waitFor();
    check(JSON.stringify(patches.at(-1)) === JSON.stringify({ assessment_visibility: "private" }),
        `only the setting is sent (${JSON.stringify(patches.at(-1))})`);
    const kept = await context.api("GET", "/api/v1/talents/me/profile", { token: (await context.token(who, "talent")).token });
    check(kept.assessment_visibility === "private", `the setting is saved (${kept.assessment_visibility})`);

    // A picture too large is refused before it is sent; then a picture.
    await page.getByLabel("Add a picture").setInputFiles({ name: "huge.png", mimeType: "image/png", buffer: Buffer.alloc(6 * 1024 * 1024) });
    await page.getByText("huge.png is 6 MB; the largest allowed is 5 MB.").waitFor();
    await page.getByLabel("Add a picture").setInputFiles({ name: "me.png", mimeType: "image/png", buffer: png() });
    await page.getByText("Your picture is updated.").waitFor();
    await page.getByRole("img", { name: "Your picture" }).waitFor();
    check(await page.getByRole("img", { name: "Your picture" }).evaluate((img) => img.complete && img.naturalWidth === 32), "the picture shows");

    // A video that is not a video is refused before it is sent, and says why.
    await page.getByLabel("Upload an intro video").setInputFiles({ name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("not a video") });
    await page.getByText("notes.txt is not an MP4, WebM or QuickTime video.").waitFor();
    check(await page.getByLabel("Upload an intro video").getAttribute("aria-invalid") === "true", "the video field is marked wrong");
    // The start of an MP4 file (its type box): enough for the server to know it for a video.
    const mp4 = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from("ftypmp42"), Buffer.alloc(4), Buffer.from("mp42isom"), Buffer.alloc(64)]);
    await page.getByLabel("Upload an intro video").setInputFiles({ name: "hello.mp4", mimeType: "video/mp4", buffer: mp4 });
    await page.getByText("Your intro video is uploaded.").waitFor();
    await page.getByLabel("Replace your intro video").waitFor();
    const src = await page.locator("#video video").getAttribute("src");
    check(src?.startsWith("/api/v1/files/"), `the video plays from this site (${src})`);
    await context.accessible(page, "the profile with entries and a refused video");

    // Everything is kept.
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Your profile" }).waitFor();
    check(await page.getByLabel("Headline").inputValue() === "Mobile developer who ships offline-first apps", "the headline is kept");
    check(await page.getByLabel("About me").inputValue() === "Five years of Kotlin and Qt on phones that cost little.", "the bio is kept");
    check(!(await page.getByText("Your unsaved changes are back.").isVisible()), "no draft is left once saved");
    await page.locator("#skills").getByText(`${skill} · Advanced · 4 years`).waitFor();
    await page.locator("#education").getByText("University of Lagos").waitFor();
    await page.locator("#experience").getByText("Android developer").waitFor();
    await page.getByRole("img", { name: "Your picture" }).waitFor();
    check(await page.getByLabel("Full-time").isChecked(), "the kind of work is kept");
    await page.getByLabel("Replace your intro video").waitFor();
    const after = await percentage(page);
    check(after > before, `the profile is more complete (${before}% → ${after}%)`);
    await context.snapshot(page, "profile-phone");

    const wide = await context.page(desktop);
    await context.signIn(wide, who, "/profile");
    await wide.getByRole("img", { name: "Your picture" }).waitFor();
    await context.accessible(wide, "the profile on a desktop");
    await context.snapshot(wide, "profile-desktop");
}

export async function theNextBestStepLeadsToItsSection(context) {
    const who = await newTalent(context, "stepper");
    const page = await context.page(phone);
    await context.signIn(page, who, "/profile");
    const step = page.locator(".completion a");
    await step.waitFor();
    const label = await step.textContent();
    await step.click();
    const focused = await page.evaluate(() => document.activeElement?.id);
    check(["identity", "about", "picture", "skills", "education", "experience", "preferences", "video"].includes(focused),
        `the next best step (${label}) takes the focus to its section (${focused})`);
}
