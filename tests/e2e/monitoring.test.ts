import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Browser } from "playwright-core";
import { extractText } from "unpdf";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DEMO_PASSWORD } from "@/server/seed/reference-data";
import { seriousViolations } from "./axe";
import { launchBrowser, signIn } from "./browser";

const baseUrl = inject("baseUrl");
let browser: Browser;

/** The service the admin watches: a server of this test's own on loopback (the app runs with MONITOR_ALLOW_PRIVATE). */
const checks: Array<string | undefined> = [];
const watched = http.createServer((req, res) => {
  checks.push(req.headers["user-agent"]);
  res.writeHead(200, { "content-type": "text/html" }).end("<h1>e-HAC siap</h1>");
});

beforeAll(async () => {
  browser = await launchBrowser();
  await new Promise<void>((resolve) => watched.listen(0, "127.0.0.1", resolve));
});
afterAll(async () => {
  watched.close();
  await browser?.close();
});

describe("service monitors and the evidence pack", () => {
  it("an admin adds a monitor; its checks reach the service and the board shows the measured bars", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "id-ID" });
    const admin = await context.newPage();
    await signIn(admin, baseUrl, "admin@sigap.example", DEMO_PASSWORD);
    await admin.goto(`${baseUrl}/admin`);
    const form = admin.getByTestId("monitor-form");
    await form.locator('select[name="serviceId"]').selectOption({ label: "e-HAC (Kartu Kewaspadaan Kesehatan Elektronik)" });
    await form.locator('input[name="name"]').fill("e-HAC uji");
    await form.locator('input[name="url"]').fill(`http://127.0.0.1:${(watched.address() as AddressInfo).port}/ehac`);
    await form.locator('input[name="intervalSeconds"]').fill("10");
    await form.locator('input[name="expectText"]').fill("e-HAC siap");
    await form.getByRole("button", { name: "Tambah pemantau" }).click();
    // Too short an interval: a field error, and nothing typed is lost.
    await expect.poll(() => form.textContent()).toContain("Selang 30 detik sampai 1 hari.");
    expect(await form.locator('input[name="name"]').inputValue()).toBe("e-HAC uji");
    expect(await seriousViolations(admin)).toEqual([]);
    await form.locator('input[name="intervalSeconds"]').fill("30");
    await form.getByRole("button", { name: "Tambah pemantau" }).click();
    await expect.poll(() => admin.getByTestId("monitors-admin").textContent(), { timeout: 15_000 }).toContain("e-HAC uji");

    await expect.poll(() => checks.length, { timeout: 60_000 }).toBeGreaterThan(0);
    expect(checks[0]).toMatch(/^SigapMonitor\/1\.0 /);

    const board = await context.newPage();
    const ehac = () => board.getByTestId("service-history").filter({ hasText: "e-HAC" }).first();
    await expect
      .poll(
        async () => {
          await board.goto(`${baseUrl}/insiden`);
          return ehac().textContent();
        },
        { timeout: 60_000, interval: 2000 },
      )
      .toContain("Terukur berjalan 100 %");
    expect(await ehac().getByTestId("monitor-state").textContent()).toBe("Berjalan (terukur)");
    const todayBar = ehac().locator("span[title]").last();
    expect(await todayBar.getAttribute("title")).toContain("terukur 100 % berjalan");
    expect(await seriousViolations(board)).toEqual([]);

    // Paused, it checks no more: the rest of the run's cached pages are not moved by its roll-ups.
    await admin.reload();
    const row = admin.getByTestId("monitor-row").filter({ hasText: "e-HAC uji" });
    await row.getByRole("button", { name: "Hentikan sementara" }).click();
    await expect.poll(() => row.textContent()).toContain("dihentikan sementara");
    const served = checks.length;
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(checks.length).toBe(served);
    await context.close();
  });

  it("the published report shows its evidence as a chart with a data table, in the PDF and as open data", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "id-ID" });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/laporan`);
    await page
      .getByRole("link", { name: /Evaluasi gangguan e-HAC/ })
      .first()
      .click();
    await page.waitForURL(/\/laporan\/evaluasi-gangguan-e-hac/);
    const evidence = page.getByTestId("evidence");
    const chart = evidence.getByRole("img", { name: "Laporan per jam" });
    await chart.waitFor();
    expect(await chart.locator("rect[data-outage]").count()).toBe(1);
    expect(await chart.locator("desc").textContent()).toContain("Gangguan terukur diarsir: 19 Des 2020, 06.12 WIB – 20 Des 2020, 14.21 WIB.");
    await evidence.getByText("Tabel data").first().click();
    const table = evidence.getByTestId("evidence-series-table");
    expect(await table.isVisible()).toBe(true);
    expect(await table.locator("tbody tr").count()).toBeGreaterThan(24);
    expect(await evidence.getByTestId("evidence-milestones").textContent()).toContain(
      "Layanan pulih: 20 Des 2020, 14.21 WIB (diukur pemantau Sigap)",
    );
    expect(await seriousViolations(page)).toEqual([]);

    const slug = new URL(page.url()).pathname.split("/").at(-1)!;
    const pdf = await page.request.get(`${baseUrl}/api/reports/${slug}/pdf`);
    expect(pdf.status()).toBe(200);
    const { text } = await extractText(new Uint8Array(await pdf.body()), { mergePages: true });
    expect(text).toContain("Bukti terukur");
    expect(text).toContain("Laporan per jam");
    expect(text).toContain("Gangguan terukur diarsir: 19 Des 2020, 06.12 WIB – 20 Des 2020, 14.21 WIB.");

    const csv = await page.request.get(`${baseUrl}/api/reports/${slug}/evidence.csv`);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    expect(await csv.text()).toMatch(/^section,key,label,at,until,count,working_days,limit_working_days,status\n/);
    const json = (await (await page.request.get(`${baseUrl}/api/reports/${slug}/evidence.json`)).json()) as { evidence: { outages: unknown[] } };
    expect(json.evidence.outages).toHaveLength(1);
    await context.close();
  });
});
