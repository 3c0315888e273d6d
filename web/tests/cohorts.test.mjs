// SPDX-License-Identifier: Apache-2.0
// A talent's cohorts in the browser, as in the desktop client's Cohorts section: the instructors
// with their ratings, rating one once (stars and a comment), a second rating refused beside the
// instructor with the comment kept, each cohort's sessions, and the talent's own attendance log.
import { check, demo, desktop, phone } from "./support.mjs";
import { newTalent, uniqueEmail } from "./talents.mjs";

/** A cohort the admin starts with @p talentIds in it and two instructors teaching it. */
async function cohortWith(context, talentIds) {
    const { access_token: token } = await context.api("POST", "/api/v1/auth/login", { body: demo.admin });
    const cohort = await context.api("POST", "/api/v1/cohorts", {
        token, body: { name: `Data analysis ${Date.now()}`, description: "Spreadsheets, SQL and dashboards, twice a week." },
    });
    for (const talent_id of talentIds)
        await context.api("POST", `/api/v1/cohorts/${cohort.id}/talents`, { token, body: { talent_id } });
    const teachers = [];
    for (const [first_name, expertise] of [["Adaeze", "SQL and data modelling"], ["Kunle", "Dashboards"]]) {
        const made = await context.api("POST", "/api/v1/instructors", {
            token, body: { email: uniqueEmail(first_name), first_name, last_name: "Okafor", expertise },
        });
        await context.api("POST", `/api/v1/cohorts/${cohort.id}/instructors`, { token, body: { instructor_id: made.id } });
        teachers.push(made);
    }
    return { cohort, teachers, token };
}

function rate(context, token, cohort, instructor, rating, comment) {
    return context.api("POST", `/api/v1/cohorts/${cohort.id}/instructors/${instructor.id}/rating`, {
        token, body: comment ? { rating, comment } : { rating },
    });
}

export async function aTalentRatesAnInstructorOnce(context) {
    const talent = await newTalent(context, "Chiamaka");
    const other = await newTalent(context, "Bola");
    const me = await context.token(talent);
    const them = await context.token(other);
    const { cohort, teachers: [adaeze, kunle] } = await cohortWith(context, [me.user.id, them.user.id]);
    await rate(context, them.token, cohort, adaeze, 4);

    // Reached from the header's More menu, as the other less daily pages are.
    const page = await context.page(phone);
    await context.signIn(page, talent, "/jobs");
    await page.getByRole("button", { name: "More" }).click();
    await page.getByRole("link", { name: "Cohorts" }).click();
    await page.getByRole("heading", { name: "Cohorts", level: 1 }).waitFor();
    const panel = page.getByRole("region", { name: cohort.name });
    await panel.getByText("Spreadsheets, SQL and dashboards").waitFor();
    const ada = panel.getByRole("listitem").filter({ hasText: "Adaeze Okafor" });
    const kun = panel.getByRole("listitem").filter({ hasText: "Kunle Okafor" });
    await ada.getByText("Rated 4 of 5 by 1 talent").waitFor();
    await kun.getByText("Not rated yet").waitFor();
    await ada.getByText("SQL and data modelling").waitFor();

    // Sent without stars: said beside the stars, and nothing is sent.
    await ada.getByLabel("Comment on Adaeze Okafor (optional)").fill("Her SQL joins session made it click.");
    await ada.getByRole("button", { name: "Send my rating of Adaeze Okafor" }).click();
    await ada.getByText("Choose 1 to 5 stars").waitFor();
    check(await ada.getByRole("radiogroup").getAttribute("aria-invalid") === "true", "the stars are marked invalid");
    check(await ada.getByLabel("1 of 5").evaluate((input) => input === document.activeElement), "the focus goes to the stars");
    const before = await context.api("GET", `/api/v1/cohorts/${cohort.id}`, { token: me.token });
    check(before.instructor_list.every((i) => i.your_rating === null), "nothing was sent without stars");
    await context.accessible(page, "a rating with a problem");

    await ada.getByLabel("5 of 5").check();
    check(await ada.getByLabel("5 of 5").isChecked(), "five stars chosen");
    await ada.getByRole("button", { name: "Send my rating of Adaeze Okafor" }).click();
    await ada.getByText("Thank you: you rated Adaeze 5 of 5.").waitFor();
    await ada.getByText("You rated Adaeze 5 of 5 for this cohort.").waitFor();
    await ada.getByText("Rated 4.5 of 5 by 2 talents").waitFor();
    check(await ada.getByRole("radiogroup").count() === 0, "a rated instructor is not offered the stars again");
    await kun.getByRole("radiogroup", { name: "Your rating of Kunle Okafor" }).waitFor();

    const after = await context.api("GET", `/api/v1/cohorts/${cohort.id}`, { token: me.token });
    const given = after.instructor_list.find((i) => i.id === adaeze.id);
    check(given.your_rating === 5 && given.rating.count === 2, "the server has the rating");
    check(after.instructor_list.find((i) => i.id === kunle.id).your_rating === null, "the other instructor is not rated");
    await context.accessible(page, "the cohorts page");
    await context.snapshot(page, "cohorts-phone");

    // Read again later, the rating given stays shown and is not asked for again.
    await page.reload();
    await ada.getByText("You rated Adaeze 5 of 5 for this cohort.").waitFor();
    check(await ada.getByRole("button", { name: /Send my rating/ }).count() === 0, "no second rating is offered");
}

export async function aSecondRatingIsRefusedBesideTheInstructor(context) {
    const talent = await newTalent(context, "Emeka");
    const me = await context.token(talent);
    const { cohort, teachers: [adaeze] } = await cohortWith(context, [me.user.id]);

    const page = await context.page(desktop);
    await context.signIn(page, talent, "/cohorts");
    const ada = page.getByRole("region", { name: cohort.name }).getByRole("listitem").filter({ hasText: "Adaeze Okafor" });
    // By keyboard: the stars are one group the arrows move in, then the comment, then the button.
    await ada.getByLabel("1 of 5").focus();
    await page.keyboard.press("Space");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    check(await ada.getByLabel("3 of 5").isChecked(), "the arrows chose three stars");
    await page.keyboard.press("Tab");
    await page.keyboard.type("Patient with questions.");
    check(await ada.getByLabel("Comment on Adaeze Okafor (optional)").inputValue() === "Patient with questions.", "Tab leads from the stars to the comment");

    // Meanwhile the talent rated her from another device.
    await rate(context, me.token, cohort, adaeze, 2);
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await ada.getByText("You have already rated this instructor for this cohort").waitFor();
    await ada.getByText("You rated Adaeze 2 of 5 for this cohort.").waitFor();
    check(await ada.getByRole("textbox").inputValue() === "Patient with questions.", "the comment typed is kept");
    await context.accessible(page, "a refused second rating");
    await context.snapshot(page, "cohorts-desktop");

    // Kept in the tab after a reload too, until the talent lets it go.
    await page.reload();
    await ada.getByText("You rated Adaeze 2 of 5 for this cohort.").waitFor();
    check(await ada.getByRole("textbox").inputValue() === "Patient with questions.", "the comment survives a reload");
    await ada.getByRole("button", { name: "Discard this comment" }).click();
    check(await ada.getByRole("textbox").count() === 0, "a discarded comment is gone");
    const kept = await context.api("GET", `/api/v1/cohorts/${cohort.id}`, { token: me.token });
    check(kept.instructor_list[0].your_rating === 2, "the first rating stands");
}

export async function noCohortYetAndTheAttendanceLog(context) {
    const talent = await newTalent(context, "Tolu");
    const page = await context.page(desktop);
    await context.signIn(page, talent, "/cohorts");
    await page.getByText("You are in no cohort yet.").waitFor();
    await page.getByText("You have not checked in to any session yet.").waitFor();
    await context.accessible(page, "no cohorts");
    await context.snapshot(page, "cohorts-empty-desktop");

    // Checked in to a session of a new cohort: both show.
    const me = await context.token(talent);
    const { cohort, token } = await cohortWith(context, [me.user.id]);
    const hour = 3600 * 1000;
    const session = await context.api("POST", `/api/v1/cohorts/${cohort.id}/sessions`, {
        token, body: { title: "Pivot tables", starts_at: new Date(Date.now() - hour).toISOString(), ends_at: new Date(Date.now() + hour).toISOString() },
    });
    const code = await context.api("GET", `/api/v1/attendance/sessions/${session.id}/code`, { token });
    await context.api("POST", "/api/v1/attendance/check", { token: me.token, body: { token: code.token, action: "check_in" } });
    await page.reload();
    await page.getByRole("heading", { name: cohort.name }).waitFor();
    const record = page.getByRole("listitem").filter({ hasText: "Pivot tables" });
    await record.getByText(cohort.name).waitFor();
    await record.getByText(/not checked out/).waitFor();
    // The cohort's sessions show in it, as the page promised when there was none.
    const sessions = page.getByRole("list", { name: `Sessions of ${cohort.name}` });
    await sessions.getByRole("listitem").filter({ hasText: "Pivot tables" }).waitFor();
    // Past midnight the end names its day too.
    check(/\d{1,2} \w{3}, \d\d:\d\d to (\d{1,2} \w{3}, )?\d\d:\d\d/.test(await sessions.textContent()), `a session says when it is (${await sessions.textContent()})`);
    // The page's own links lead to its parts.
    await page.getByRole("link", { name: "Your attendance" }).click();
    check(new URL(page.url()).hash === "#your-attendance", "the link to the attendance goes there");
}
