import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DEMO_PASSWORD } from "@/server/seed/reference-data";
import { launchBrowser, signIn } from "./browser";

const baseUrl = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe("administration", () => {
  it("invites an agency responder whose temporary password opens only the account page until they choose their own", async () => {
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

    // The temporary password opens only the account page, where the newcomer chooses their own.
    const newcomer = await (await browser.newContext({ locale: "id-ID" })).newPage();
    const signInAs = async (pass: string) => {
      await newcomer.goto(`${baseUrl}/signin`);
      await newcomer.getByLabel("Email").fill("petugas.baru@kemenhub.example");
      await newcomer.locator("#password").fill(pass);
      await newcomer.locator("main").getByRole("button", { name: "Masuk" }).click();
    };
    await signInAs(password);
    await newcomer.waitForURL(/\/akun$/);
    await newcomer.goto(`${baseUrl}/agency`);
    await newcomer.waitForURL(/\/akun$/);
    await newcomer.locator("#currentPassword").fill(password);
    await newcomer.locator("#newPassword").fill("kata sandi pilihan sendiri");
    await newcomer.locator("#confirmPassword").fill("kata sandi pilihan sendiri");
    await newcomer.getByRole("button", { name: "Ganti kata sandi" }).click();
    await newcomer.waitForURL(/\/signin\?notice=password_changed/);
    await signInAs(password);
    await expect.poll(() => newcomer.locator("#signin-error").textContent()).toContain("salah");
    await signInAs("kata sandi pilihan sendiri");
    await newcomer.waitForURL(/\/agency$/);
    expect(await newcomer.getByRole("heading", { level: 1 }).textContent()).toBe("Kotak masuk instansi");
    await newcomer.context().close();
  });
});
