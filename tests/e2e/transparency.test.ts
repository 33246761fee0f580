import { readFile } from "node:fs/promises";
import { parse } from "csv-parse/sync";
import type { Browser } from "playwright-core";
import { MESSAGES } from "@/server/i18n/messages";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { fillReport, launchBrowser, phonePage } from "./browser";
import { seriousViolations } from "./axe";
import { publicPages } from "./public-pages";

const baseUrl = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe("public transparency", () => {
  it("an anonymous visitor follows the e-HAC outage from the board to the Ministry of Health's scorecard and downloads the incidents CSV", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "id-ID", acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/insiden`);
    const incident = page.getByTestId("board-incident").filter({ hasText: "Gangguan server e-HAC" });
    expect(await incident.count()).toBe(1);
    const text = (await incident.textContent())!;
    for (const update of ["Ombudsman menerima banyak laporan", "Server e-HAC telah dipulihkan pukul 14.20 WIB", "Antrean kembali normal"])
      expect(text).toContain(update);
    expect(text).toContain("Selesai");
    // Other browser tests post updates on this incident too (the console test: "identified"): compare the export
    // with what the board shows, whatever ran before.
    const updatesShown = await incident.locator("ol li").count();
    const statusShown = (await incident.locator("span").first().textContent())!;
    expect(updatesShown).toBeGreaterThanOrEqual(5);
    const boardCount = await page.getByTestId("board-incident").count();

    await incident.getByRole("link", { name: "Rapor instansi" }).click();
    await page.waitForURL(/\/instansi\/kemenkes$/);
    expect(await page.locator("h1").textContent()).toBe("Kementerian Kesehatan");
    expect(await page.getByTestId("score-on-time").textContent()).toBe("100%");
    expect(await page.getByTestId("score-recommendations").textContent()).toContain("Dilaksanakan sebagian1");

    await page.goto(`${baseUrl}/data`);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("dataset-incidents").getByRole("link", { name: "incidents.csv" }).click(),
    ]);
    const rows = parse<Record<string, string>>(await readFile(await download.path(), "utf8"), { columns: true });
    expect(Object.keys(rows[0]!)).toEqual([
      "code",
      "title_id",
      "title_en",
      "agency",
      "service",
      "status",
      "severity",
      "report_count",
      "place_count",
      "places",
      "started_at",
      "ended_at",
      "public_updates",
    ]);
    expect(rows).toHaveLength(boardCount);
    const row = rows.find((r) => r.title_id === "Gangguan server e-HAC di Bandara Soekarno-Hatta")!;
    expect(row).toMatchObject({ agency: "Kementerian Kesehatan", public_updates: String(updatesShown) });
    expect(MESSAGES.id.incidentPublicStatus[row.status as "resolved"]).toBe(statusShown);
    await context.close();
  });

  it("has no serious or critical accessibility violations on any public page", async () => {
    const page = await phonePage(browser);
    const failures: string[] = [];
    for (const path of await publicPages(baseUrl)) {
      await page.goto(`${baseUrl}${path}`);
      failures.push(...(await seriousViolations(page)).map((v) => `${path}: ${v}`));
    }
    expect(failures).toEqual([]);
    await page.context().close();
  });

  it("logs no console error on any public page, in either language, nor on a tracking page, nor on the form once it lists similar reports", async () => {
    const page = await phonePage(browser);
    const errors: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(`${new URL(page.url()).pathname}: ${m.text().slice(0, 200)}`);
    });
    page.on("pageerror", (e) => errors.push(`${new URL(page.url()).pathname}: ${e.message.slice(0, 200)}`));
    for (const path of await publicPages(baseUrl)) {
      for (const prefix of ["", "/en"]) {
        await page.goto(`${baseUrl}${prefix}${path === "/" && prefix ? "" : path}`);
        await page.waitForLoadState("networkidle");
      }
    }
    // The "already reported?" list, with its relative times, appears once a service and place are chosen that a
    // recent report shares: file one, then start another.
    await fillReport(page, baseUrl, "Antrean e-HAC di Terminal 3 mengular sejak pagi, petugas tidak memberi penjelasan.");
    await page.getByRole("button", { name: "Kirim laporan" }).click();
    await page.getByTestId("confirmation").waitFor();
    // The tracking page of that report, in both languages (its times, its statuses, its forms).
    const code = (await page.getByTestId("tracking-code").textContent())!.trim();
    for (const prefix of ["", "/en"]) {
      await page.goto(`${baseUrl}${prefix}/track/${code}`);
      await page.waitForLoadState("networkidle");
    }
    await fillReport(page, baseUrl, "Pemindai e-HAC di Terminal 3 masih mati, kami diminta mengisi kartu kertas lagi.");
    await page.getByTestId("similar-reports").waitFor();
    await page.waitForLoadState("networkidle");
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
