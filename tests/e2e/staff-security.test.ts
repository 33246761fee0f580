import { Secret, TOTP } from "otpauth";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DEMO_PASSWORD } from "@/server/seed/reference-data";
import { seriousViolations } from "./axe";
import { desktopContext, launchBrowser, openEhacIncident, signIn } from "./browser";

const baseUrl = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const desktop = () => desktopContext(browser);
const codeAt = (secret: string, at: number) => new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: at });

/** Collects console errors, so the pages are checked for them too. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (m) => (m.type() === "error" ? errors.push(m.text()) : undefined));
  page.on("pageerror", (e) => errors.push(e.message));
  return errors;
}

describe("staff security in the browser", () => {
  // First in this file: the next test turns on admin2's two-step sign-in.
  it("a new admin is asked for by one admin and approved by another, who receives the temporary password", async () => {
    const first = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "id-ID" })).newPage();
    await signIn(first, baseUrl, "admin@sigap.example", DEMO_PASSWORD);
    await first.goto(`${baseUrl}/admin`);
    const form = first.locator("form").filter({ has: first.locator('select[name="role"]') });
    await form.locator('input[name="email"]').fill("admin.ketiga@ombudsman.example");
    await form.locator('input[name="name"]').fill("Admin Ketiga");
    await form.locator('select[name="role"]').selectOption("admin");
    await form.getByRole("button", { name: "Tambah" }).click();
    await form.getByRole("status").filter({ hasText: "admin lain harus menyetujuinya" }).waitFor();
    expect(await first.getByTestId("accounts").textContent()).not.toContain("admin.ketiga@ombudsman.example");
    // The one who asked sees it waiting, and may only cancel it.
    await first.reload();
    const mine = first.getByTestId("admin-requests").locator("li").filter({ hasText: "admin.ketiga@ombudsman.example" });
    expect(await mine.getByRole("button").allTextContents()).toEqual(["Batalkan"]);
    await first.context().close();

    const second = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "id-ID" })).newPage();
    await signIn(second, baseUrl, "admin2@sigap.example", DEMO_PASSWORD);
    await second.goto(`${baseUrl}/admin`);
    expect(await seriousViolations(second)).toEqual([]);
    const request = second.getByTestId("admin-requests").locator("li").filter({ hasText: "admin.ketiga@ombudsman.example" });
    await request.getByRole("button", { name: "Setujui" }).click();
    const issued = request.getByRole("status").filter({ hasText: "Kata sandi sementara" });
    await issued.waitFor();
    expect(/: (\S+) —/.exec((await issued.textContent())!)?.[1]).toMatch(/^[\w-]{16}$/);
    await second.reload();
    expect(await second.getByTestId("accounts").textContent()).toContain("admin.ketiga@ombudsman.example");
    expect(await second.getByTestId("admin-requests").textContent()).not.toContain("admin.ketiga@ombudsman.example");
    await second.context().close();
  });

  it("an admin turns on two-step verification and signs in with a code; a second admin publishes what the first submitted, and the first cannot", async () => {
    // The second admin enrols an authenticator on their account page.
    const secondContext = await desktop();
    const second = await secondContext.newPage();
    const errors = watchErrors(second);
    await signIn(second, baseUrl, "admin2@sigap.example", DEMO_PASSWORD);
    await second.goto(`${baseUrl}/akun`);
    // Enrolment asks for the password first.
    await second.locator("#confirm-password").fill(DEMO_PASSWORD);
    await second.getByRole("button", { name: "Aktifkan verifikasi dua langkah" }).click();
    const secret = (await second.locator("[data-totp-secret]").textContent())!.trim();
    expect(await second.locator("svg").count()).toBeGreaterThan(0);
    await second.locator("#totp-code").fill(codeAt(secret, Date.now()));
    await second.getByRole("button", { name: "Aktifkan", exact: true }).click();
    await expect.poll(() => second.locator("[data-recovery-codes] li").count()).toBe(10);

    // A copy of the session cookie works until its owner signs out, and not after (fails before: it kept working).
    const copied = (await secondContext.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    const me = () => fetch(`${baseUrl}/api/trpc/user.me`, { headers: { cookie: copied } }).then((r) => r.status);
    expect(await me()).toBe(200);
    await second.goto(`${baseUrl}/signout`);
    await second.getByRole("button", { name: "Keluar sekarang" }).click();
    await second.waitForURL(`${baseUrl}/`);
    expect(await me()).toBe(401);

    // Signing in again now asks for the code after the password.
    await second.goto(`${baseUrl}/signin`);
    await second.getByLabel("Email").fill("admin2@sigap.example");
    await second.locator("#password").fill(DEMO_PASSWORD);
    await second.locator("main").getByRole("button", { name: "Masuk" }).click();
    await expect.poll(() => second.locator("#signin-error").textContent()).toContain("verifikasi dua langkah");
    // The code of the enrolment step is spent: the next step's code (accepted one step early) signs in.
    await second.locator("#code").fill(codeAt(secret, Date.now() + 30_000));
    await second.locator("main").getByRole("button", { name: "Masuk" }).click();
    await second.waitForURL(/\/dashboard$/);

    // The first admin drafts and submits a report, then may not publish it.
    const firstContext = await desktop();
    const first = await firstContext.newPage();
    await signIn(first, baseUrl, "admin@sigap.example", DEMO_PASSWORD);
    await openEhacIncident(first, baseUrl);
    await first.getByTestId("draft-report").click();
    await first.waitForURL(/\/console\/reports\/new/);
    await first.locator("#report-title").fill("Evaluasi empat mata: antrean e-HAC Terminal 3");
    await first.getByRole("button", { name: "Buat draf" }).click();
    await first.waitForURL(/\/console\/reports\/[0-9a-f-]{36}$/);
    const reportUrl = first.url();
    await first.getByRole("button", { name: "Ajukan untuk ditinjau" }).click();
    await expect.poll(() => first.getByTestId("report-status").textContent()).toBe("Ditinjau");
    await first.getByRole("button", { name: "Terbitkan" }).click();
    await expect.poll(() => first.locator("main [role=alert]").first().textContent()).toContain("admin yang tidak menulis");
    expect(await first.getByTestId("report-status").textContent()).toBe("Ditinjau");
    await firstContext.close();

    // The second admin, signed in with their code, publishes it.
    await second.goto(reportUrl);
    await second.getByRole("button", { name: "Terbitkan" }).click();
    await expect.poll(() => second.getByTestId("report-status").textContent()).toBe("Terbit");
    expect(errors).toEqual([]);
    await secondContext.close();
  });
});
