// SPDX-License-Identifier: Apache-2.0
// A talent starts a CV from the profile, chooses its template, hides and moves sections, makes the
// PDF and downloads it through its signed link.
import { readFileSync } from "node:fs";
import { check, demo, desktop, phone } from "./support.mjs";
import { newTalent } from "./talents.mjs";

export async function makeAndDownloadACv(context) {
    const talent = await newTalent(context, "Bisi");
    const page = await context.page(phone);
    await context.signIn(page, talent, "/cvs");
    await page.getByRole("heading", { name: "CVs", level: 1 }).waitFor();
    await page.getByText("No CV yet: start one from your profile.").waitFor();
    await context.accessible(page, "the CVs page");
    await context.snapshot(page, "cvs-phone");

    // A title too long is refused next to its field, and what was typed stays.
    const long = "Analyst roles ".repeat(8).trim();
    await page.getByLabel("Title").fill(long);
    await page.getByLabel("Title").evaluate((input) => input.removeAttribute("maxlength"));
    await page.getByLabel("Title").fill(long);
    await page.getByRole("button", { name: "Start the CV" }).click();
    await page.getByText(/^title must be/).waitFor();
    check(await page.getByLabel("Title").inputValue() === long, "the title typed is kept");

    await page.getByLabel("Title").fill("Analyst roles");
    await page.getByLabel("Template").selectOption("compact");
    await page.getByRole("button", { name: "Start the CV" }).click();
    await page.waitForURL(/\/cvs\/\d+$/);
    await page.getByRole("heading", { name: "Analyst roles", level: 1 }).waitFor();
    check(await page.getByLabel("Template").inputValue() === "compact", "the template chosen is the CV's");

    // Sections: hide one, move another up by keyboard.
    const sections = page.locator("ol.sections > li");
    const names = async () => (await sections.allTextContents()).map((t) => t.replace(/\s*\(.*$/, "").replace(/[↑↓]/g, "").trim());
    const before = await names();
    check(before[0] === "Experience" && before.includes("Assessment results"), `the profile's sections come first, the verified ones after (${before.join(", ")})`);
    await page.getByRole("checkbox", { name: /^Languages/ }).uncheck();
    await page.getByRole("button", { name: "Move Education up" }).focus();
    await page.keyboard.press("Enter");
    await sections.first().getByText("Education").waitFor();
    check((await names())[0] === "Education", "Education moved to the top");
    // At the top its own ↑ is off: the keyboard stays with the section, on its ↓.
    await page.waitForFunction(() => document.activeElement?.getAttribute("aria-label") === "Move Education down");
    await page.getByLabel("Template").selectOption("modern");
    await context.accessible(page, "a CV being edited");
    await context.snapshot(page, "cv-phone");

    await page.getByRole("button", { name: "Save and make PDF" }).click();
    await page.getByRole("status").filter({ hasText: "the PDF is ready" }).waitFor();
    const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("link", { name: /^Download PDF/ }).click(),
    ]);
    check(download.suggestedFilename() === "Analyst-roles.pdf", `the file is named after the CV (${download.suggestedFilename()})`);
    const bytes = readFileSync(await download.path());
    check(bytes.subarray(0, 5).toString() === "%PDF-", "the download is a PDF");

    // Saved as shown: a reload brings the same order, the hidden section and the template.
    await page.reload();
    await page.getByRole("heading", { name: "Analyst roles", level: 1 }).waitFor();
    check((await names())[0] === "Education", "the order was saved");
    check(!(await page.getByRole("checkbox", { name: /^Languages/ }).isChecked()), "the hidden section stays hidden");
    check(await page.getByLabel("Template").inputValue() === "modern", "the template was saved");

    await page.getByRole("link", { name: "← Your CVs" }).click();
    const card = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: "Analyst roles" }) });
    await card.getByText("Modern template").waitFor();
    await page.getByRole("heading", { name: "PDFs made" }).waitFor();
    await page.getByRole("link", { name: /^Download PDF.*Analyst roles.*Modern/ }).waitFor();
    await page.getByRole("heading", { name: "PDFs made" }).scrollIntoViewIfNeeded();
    await context.snapshot(page, "cvs-with-pdf-phone");
}

export async function cvsOnADesktop(context) {
    const { token } = await context.token(demo.talent);
    const cv = await context.api("POST", "/api/v1/cvs", { token, body: { title: "Desktop roles", template: "classic" } });
    const page = await context.page(desktop);
    await context.signIn(page, demo.talent, `/cvs/${cv.id}`);
    await page.getByRole("heading", { name: "Desktop roles", level: 1 }).waitFor();
    await context.accessible(page, "a CV on a desktop");
    await context.snapshot(page, "cv-desktop");
    page.once("dialog", (dialog) => dialog.accept());
    await page.getByRole("button", { name: "Delete this CV" }).click();
    await page.waitForURL(/\/cvs$/);
    await page.getByRole("heading", { name: "CVs", level: 1 }).waitFor();
    check(await page.getByRole("link", { name: "Desktop roles" }).count() === 0, "the deleted CV is gone from the list");
    await page.goto(`/cvs/${cv.id}`);
    await page.getByRole("heading", { name: "CV not found" }).waitFor();
}

/** The smallest PDF the server takes as one (its own tests' tinyPdf). */
const tinyPdf = Buffer.from("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");

export async function uploadACvFile(context) {
    const talent = await newTalent(context, "Yemi");
    const page = await context.page(phone);
    await context.signIn(page, talent, "/cvs");
    await page.getByRole("heading", { name: "Upload a CV file" }).waitFor();

    // Nothing chosen, then a picture: said beside the file field before anything is sent.
    await page.getByRole("button", { name: "Upload the CV" }).click();
    await page.getByText("Choose the file to upload").waitFor();
    await page.getByLabel("CV file").setInputFiles({ name: "photo.png", mimeType: "image/png", buffer: Buffer.from("not a picture") });
    await page.getByText("Choose a PDF or a Word document (.docx)").waitFor();
    check(await page.getByLabel("CV file").getAttribute("aria-invalid") === "true", "the file field is marked invalid");

    // A file that only calls itself a PDF: the server reads its bytes and refuses it, beside the field.
    await page.getByLabel("CV file").setInputFiles({ name: "old-cv.pdf", mimeType: "application/pdf", buffer: Buffer.from("My CV: ten years of sales") });
    await page.getByLabel("Name of the uploaded CV").fill("Sales roles");
    await page.getByRole("button", { name: "Upload the CV" }).click();
    const refusal = page.locator("#cv-file-error");
    await refusal.waitFor();
    check(/must be one of application\/pdf.*this file is text\/plain/.test(await refusal.textContent()), "the server's refusal of the bytes shows beside the file");
    check(await page.getByLabel("Name of the uploaded CV").inputValue() === "Sales roles", "the name typed is kept");
    await context.accessible(page, "a refused CV file");
    await context.snapshot(page, "cvs-upload-phone");

    await page.getByLabel("CV file").setInputFiles({ name: "old-cv.pdf", mimeType: "application/pdf", buffer: tinyPdf });
    await page.getByRole("button", { name: "Upload the CV" }).click();
    await page.waitForURL(/\/cvs\/\d+$/);
    await page.getByRole("heading", { name: "Sales roles", level: 1 }).waitFor();
    const { token } = await context.token(talent);
    const mine = await context.api("GET", "/api/v1/cvs", { token });
    check(mine.data.some((cv) => cv.title === "Sales roles" && cv.source === "upload"), "the server keeps the file as a CV");
    await page.goto("/cvs");
    await page.getByRole("listitem").filter({ hasText: "Sales roles" }).getByText("Uploaded file").waitFor();
}
