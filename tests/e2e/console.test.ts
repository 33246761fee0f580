import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DEMO_PASSWORD } from "@/server/seed/reference-data";
import { launchBrowser, openEhacIncident, phonePage, signIn } from "./browser";

const baseUrl = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe("investigator console", () => {
  it("shows an evaluation report's timeline in WIB: the e-HAC outage's first report is on 19 December", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "id-ID" });
    const page = await context.newPage();
    await signIn(page, baseUrl, "investigator@sigap.example", DEMO_PASSWORD);
    await page.goto(`${baseUrl}/console/reports`);
    await page.locator('a[href^="/console/reports/"]').filter({ hasText: "e-HAC" }).first().click();
    await page.waitForURL(/\/console\/reports\/[0-9a-f-]+$/);
    const times = page.getByLabel("Waktu (WIB)");
    expect(await times.count()).toBeGreaterThan(0);
    const values = await times.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    // The outage began on the morning of 19 December 2020 in Jakarta (the evening of the 18th in UTC).
    expect(values[0]).toMatch(/^2020-12-19T\d{2}:\d{2}$/);
    await context.close();
  });

  it("changes a confirmed incident's severity", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "id-ID" });
    const page = await context.newPage();
    await signIn(page, baseUrl, "investigator@sigap.example", DEMO_PASSWORD);
    await openEhacIncident(page, baseUrl);
    const form = page.getByTestId("severity");
    const before = await form.locator("select").inputValue();
    const after = before === "critical" ? "major" : "critical";
    await form.locator("select").selectOption(after);
    await form.getByRole("button", { name: "Ubah tingkat" }).click();
    await expect.poll(async () => (await page.reload(), await page.getByTestId("severity").locator("select").inputValue())).toBe(after);
    await context.close();
  });

  it("filters the queue to e-HAC, opens the outage incident, posts 'identified', and the reporter's tracking page shows it", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "id-ID" });
    const page = await context.newPage();
    await signIn(page, baseUrl, "investigator@sigap.example", DEMO_PASSWORD);

    await openEhacIncident(page, baseUrl);
    // The queue it came from: every row an e-HAC report, the filter kept in the URL.
    await page.goBack();
    const queue = page.getByTestId("queue");
    await queue.waitFor();
    const rows = await queue.locator("li").count();
    expect(rows).toBeGreaterThan(10);
    expect(page.url()).toContain("serviceId=");
    expect(await queue.locator("li", { hasText: "e-HAC" }).count()).toBe(rows);
    await page.goForward();
    await page.waitForURL(/\/console\/incidents\//);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toContain("Gangguan server e-HAC");
    expect(Number(await page.getByTestId("incident-reports").textContent())).toBeGreaterThan(100);

    // One of the incident's reports: its tracking code is what that reporter holds.
    const code = (await page
      .locator("main ul li a")
      .filter({ hasText: /^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2}$/ })
      .first()
      .textContent())!;

    // The public board, cached before the update (served from the cache on the second view).
    await fetch(`${baseUrl}/insiden`);
    expect((await fetch(`${baseUrl}/insiden`)).headers.get("x-sigap-cache")).toBe("HIT");

    await page.locator('select[name="status"]').selectOption("identified");
    await page
      .locator('textarea[name="body"]')
      .fill("Penyebab diketahui: server e-HAC Kementerian Kesehatan tidak dapat dijangkau dari bandara. Kemenkes telah dihubungi.");
    await page.locator('textarea[name="bodyEn"]').fill("Cause found: the Ministry of Health's e-HAC server cannot be reached from the airport.");
    await page.getByRole("button", { name: "Kirim pembaruan publik" }).click();
    await expect.poll(() => page.getByTestId("incident-updates").textContent()).toContain("server e-HAC Kementerian Kesehatan tidak dapat dijangkau");
    expect(await page.getByTestId("incident-status").textContent()).toBe("Penyebab diketahui");
    // The cached board shows the update within 5 s of the investigator seeing it posted.
    const posted = Date.now();
    let seenAfter = Number.POSITIVE_INFINITY;
    while (Date.now() - posted < 5000) {
      if ((await (await fetch(`${baseUrl}/insiden`)).text()).includes("server e-HAC Kementerian Kesehatan tidak dapat dijangkau")) {
        seenAfter = Date.now() - posted;
        break;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(seenAfter).toBeLessThan(5000);
    await context.close();

    const reporter = await phonePage(browser);
    await reporter.goto(`${baseUrl}/track/${code}`);
    expect(await reporter.getByTestId("incident-link").textContent()).toContain("Penyebab diketahui");
    expect(await reporter.getByTestId("timeline").textContent()).toContain("server e-HAC Kementerian Kesehatan tidak dapat dijangkau");
    // And the public incident page tells everyone.
    await reporter.getByTestId("incident-link").getByRole("link").click();
    await reporter.waitForURL(/\/insiden\/INC-/);
    expect(await reporter.getByTestId("incident-public-status").textContent()).toBe("Penyebab diketahui");
    // In English: the English text where it was given, marked English; an update written only in Indonesian is
    // shown as written, marked lang="id" and said to be in Indonesian.
    await reporter.goto(reporter.url().replace(/\/insiden\//, "/en/insiden/"));
    const english = reporter.locator('[data-testid="public-updates"] [lang="en"]', { hasText: "Cause found: the Ministry of Health" });
    expect(await english.count()).toBe(1);
    const untranslated = reporter.locator('[data-testid="public-updates"] p[lang="id"]').first();
    expect(await untranslated.getByTestId("written-in").textContent()).toBe("(in Indonesian)");
    await reporter.context().close();
  });

  it("moves a complaint through a procedure step from its page", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "id-ID" });
    const page = await context.newPage();
    await signIn(page, baseUrl, "investigator@sigap.example", DEMO_PASSWORD);
    await page.goto(`${baseUrl}/console?stage=received&sort=oldest`);
    await page.getByTestId("queue").locator("li").first().getByRole("link").first().click();
    await page.waitForURL(/\/console\/complaints\//);
    expect(await page.getByTestId("stage").textContent()).toBe("Diterima");
    await page.locator('select[name="action"]').selectOption("start_verification");
    await page.getByRole("button", { name: "Jalankan" }).click();
    await expect.poll(() => page.getByTestId("stage").textContent()).toBe("Verifikasi formil");
    await context.close();
  });
});
