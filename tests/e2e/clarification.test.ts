import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DEMO_PASSWORD } from "../../server/db/seed/reference-data";
import { launchBrowser, openEhacIncident, signIn } from "./browser";

const baseUrl = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const desktop = () => browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "id-ID" });

describe("clarification loop with the Ministry of Health", () => {
  it("investigator asks about the e-HAC incident, only Kemenkes sees it, answers, and the investigator reads the answer", async () => {
    const staffContext = await desktop();
    const staff = await staffContext.newPage();
    await signIn(staff, baseUrl, "investigator@sigap.example", DEMO_PASSWORD);
    await openEhacIncident(staff, baseUrl);
    const incidentUrl = staff.url();
    await staff.locator('select[name="agencyId"]').selectOption({ label: "Kementerian Kesehatan" });
    await staff.locator('textarea[name="questions"]').fill("Mohon jelaskan mengapa server e-HAC tidak dapat dijangkau dari Bandara Soekarno-Hatta pada 19–20 Desember 2020.");
    await staff.getByRole("button", { name: "Kirim permintaan" }).click();
    await expect.poll(() => staff.getByTestId("clarifications").textContent()).toContain("Menunggu jawaban");

    // Another agency's responder sees nothing of it.
    const otherContext = await desktop();
    const other = await otherContext.newPage();
    await signIn(other, baseUrl, "ap2@sigap.example", DEMO_PASSWORD);
    expect(await other.getByTestId("agency-inbox").count()).toBe(0);
    expect(await other.content()).not.toContain("server e-HAC tidak dapat dijangkau");
    await otherContext.close();

    const agencyContext = await desktop();
    const agency = await agencyContext.newPage();
    await signIn(agency, baseUrl, "kemenkes@sigap.example", DEMO_PASSWORD);
    await agency.getByTestId("agency-inbox").getByRole("link").first().click();
    await agency.waitForURL(/\/agency\/requests\//);
    expect(await agency.getByTestId("questions").textContent()).toContain("server e-HAC");
    await agency.locator("#answer").fill("Server e-HAC mengalami gangguan basis data; layanan dipulihkan pukul 14.20 WIB dan cadangan formulir kertas disiapkan.");
    await agency.getByRole("button", { name: "Kirim jawaban" }).click();
    await expect.poll(() => agency.locator("main").textContent()).toContain("Sudah dijawab");
    await agencyContext.close();

    await staff.goto(incidentUrl);
    await expect.poll(() => staff.getByTestId("clarifications").textContent()).toContain("dipulihkan pukul 14.20 WIB");
    await staffContext.close();
  });
});
