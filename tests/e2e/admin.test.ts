import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DEMO_PASSWORD } from "../../server/db/seed/reference-data";
import { launchBrowser, signIn } from "./browser";

const baseUrl = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe("administration", () => {
  it("invites an agency responder who can then sign in with the temporary password", async () => {
    const adminContext = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "id-ID" });
    const admin = await adminContext.newPage();
    await signIn(admin, baseUrl, "admin@sigap.example", DEMO_PASSWORD);
    await admin.goto(`${baseUrl}/admin`);
    const form = admin.locator("form").filter({ has: admin.locator('select[name="role"]') });
    await form.locator('input[name="email"]').fill("petugas.baru@kemenhub.example");
    await form.locator('input[name="name"]').fill("Petugas Baru Kemenhub");
    await form.locator('select[name="role"]').selectOption("agency_responder");
    await form.locator('select[name="agencyId"]').selectOption({ label: "Kementerian Perhubungan" });
    await form.getByRole("button", { name: "Tambah" }).click();
    const issued = form.getByRole("status").filter({ hasText: "Kata sandi sementara" });
    await issued.waitFor();
    const password = /: (\S+) —/.exec((await issued.textContent())!)![1]!;
    await expect.poll(() => admin.getByTestId("accounts").textContent()).toContain("petugas.baru@kemenhub.example");
    await adminContext.close();

    const newcomer = await (await browser.newContext({ locale: "id-ID" })).newPage();
    await signIn(newcomer, baseUrl, "petugas.baru@kemenhub.example", password);
    await newcomer.waitForURL(/\/agency$/);
    expect(await newcomer.getByRole("heading", { level: 1 }).textContent()).toBe("Kotak masuk instansi");
    await newcomer.context().close();
  });
});
