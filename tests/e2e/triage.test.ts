import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DEMO_PASSWORD } from "@/server/seed/reference-data";
import { seriousViolations } from "./axe";
import { desktopContext, launchBrowser, signIn } from "./browser";

const baseUrl = inject("baseUrl");
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe("triage in the console", () => {
  it("a phone report gets suggestions as it is typed; an investigator accepts a suggestion chip on its page", async () => {
    const page = await (await desktopContext(browser)).newPage();
    const errors: string[] = [];
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    await signIn(page, baseUrl, "investigator@sigap.example", DEMO_PASSWORD);
    await page.goto(`${baseUrl}/console`);
    await page.getByRole("link", { name: "Catat laporan" }).click();
    await page.waitForURL(/\/console\/record$/);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel("Diterima melalui").selectOption("phone");
    await page
      .getByLabel("Isi laporan")
      .fill(
        "Bapak ini menelepon: kuota antrean M-Paspor di Kantor Imigrasi Jakarta Selatan selalu habis, sudah tiga minggu mencoba, dan ada calo di depan kantor.",
      );
    // The app's job trains the first model a few seconds after it starts: the suggestions come once it has.
    const serviceChip = page.getByTestId("suggestion-service").first();
    await serviceChip.waitFor({ timeout: 60_000 });
    expect(await serviceChip.textContent()).toMatch(/^Pakai Paspor \(\d+ %\)$/);
    await serviceChip.click();
    expect(await page.locator("#serviceId option:checked").textContent()).toBe("Paspor");
    await page.getByTestId("suggestion-place").first().click();
    expect(await page.locator("#placeId option:checked").textContent()).toBe("Kantor Imigrasi Jakarta Selatan");
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel("Nama pelapor").fill("Pak Darmo");
    await page.getByRole("button", { name: "Simpan laporan" }).click();
    const recorded = page.getByTestId("recorded");
    await recorded.waitFor();
    expect(await recorded.textContent()).toMatch(/Laporan tercatat dengan kode [0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2}/);
    await recorded.getByRole("link", { name: "Buka laporan" }).click();
    await page.waitForURL(/\/console\/complaints\//);
    expect(await page.getByTestId("channel").textContent()).toContain("Telepon");

    const panel = page.getByTestId("triage-panel");
    expect(await panel.locator("#triage-service option:checked").textContent()).toBe("Paspor");
    // Staff picked the service; the category was left to triage: its suggestions are one click away.
    const categoryChip = panel.getByTestId("suggestion-category").nth(1);
    const chosen = ((await categoryChip.textContent()) ?? "").replace(/^Pakai (.*) \(\d+ %\)$/, "$1");
    await categoryChip.click();
    await page.getByRole("status").filter({ hasText: "Klasifikasi disimpan." }).waitFor();
    await page.waitForFunction((label) => document.querySelector("#triage-category option:checked")?.textContent === label, chosen);
    await page.reload();
    expect(await page.locator("#triage-category option:checked").textContent()).toBe(chosen);
    expect(await page.getByText(/^Diputuskan oleh Budi Santoso/).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
