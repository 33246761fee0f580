import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { seriousViolationsOf } from "./axe";
import { launchBrowser, phonePage } from "./browser";

const baseUrl = inject("baseUrl");
const tileServer = inject("tileServer");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function tileHits(): Promise<number> {
  return ((await (await fetch(`${tileServer}/hits`)).json()) as { hits: number }).hits;
}

/** The scripts a page loaded that carry Leaflet (its source names its home page). */
function leafletScripts(page: Page): string[] {
  const found: string[] = [];
  page.on("response", async (res) => {
    if (res.request().resourceType() !== "script") return;
    const body = await res.text().catch(() => "");
    if (body.includes("leafletjs.com")) found.push(res.url());
  });
  return found;
}

describe("the public map", () => {
  it("without scripts: the drawn map and its table, filters kept in the URL, and nothing axe calls serious", async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "id-ID", isMobile: true, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/peta`);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Peta laporan dan insiden");
    const svg = page.getByRole("img", { name: "Peta laporan per area" });
    expect(await svg.isVisible()).toBe(true);
    const counts = await page
      .locator('[data-testid="map-cells"] [data-count]')
      .evaluateAll((gs) => gs.map((g) => Number(g.getAttribute("data-count"))));
    expect(counts.length).toBeGreaterThan(0);
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(5);
    // The table says what the drawing shows: one row per cell, the demo's surge at the airport's terminals.
    const table = page.getByRole("table", { name: "Laporan per area" });
    expect(await table.locator("tbody tr").count()).toBe(counts.length);
    expect(await table.textContent()).toMatch(/Terminal [23] Bandara Soekarno-Hatta/);
    // Nothing that needs a script is offered.
    expect(await page.getByTestId("open-interactive-map").count()).toBe(0);
    expect(await seriousViolationsOf(browser, `${baseUrl}/peta`, await page.content())).toEqual([]);

    await page.locator('select[name="status"]').selectOption("closed");
    await page.getByRole("button", { name: "Terapkan" }).click();
    await page.waitForURL(/status=closed/);
    expect(await page.locator('select[name="status"]').inputValue()).toBe("closed");

    await page.goto(`${baseUrl}/en/map`);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Map of reports and incidents");
    expect(await page.getByRole("table", { name: "Reports by area" }).isVisible()).toBe(true);
    expect(await seriousViolationsOf(browser, `${baseUrl}/en/map`, await page.content())).toEqual([]);
    await context.close();
  });

  it("with scripts: opens Leaflet over the local tile server on request, and no other page loads it", async () => {
    const page = await phonePage(browser);
    const leaflet = leafletScripts(page);
    for (const path of ["/", "/insiden", "/lapor"]) {
      await page.goto(`${baseUrl}${path}`);
      await page.waitForLoadState("networkidle");
    }
    await page.goto(`${baseUrl}/peta`);
    await page.waitForLoadState("networkidle");
    expect(leaflet).toEqual([]);
    const before = await tileHits();
    await page.getByTestId("open-interactive-map").click();
    const map = page.getByTestId("interactive-map");
    await map.locator(".leaflet-tile-loaded").first().waitFor();
    // The same cells and incidents as the drawing, as Leaflet's shapes.
    const drawnCells = await page.evaluate(() => document.querySelectorAll(".leaflet-overlay-pane path").length);
    expect(drawnCells).toBeGreaterThan(0);
    expect(await tileHits()).toBeGreaterThan(before);
    expect(leaflet.length).toBeGreaterThan(0);
    await page.context().close();
  });

  it("is linked from the board, and an incident's page shows its own small map", async () => {
    const page = await phonePage(browser);
    await page.goto(`${baseUrl}/insiden`);
    await page.getByRole("link", { name: "Peta insiden dan laporan" }).click();
    await page.waitForURL(/\/peta$/);
    await page.goto(`${baseUrl}/insiden`);
    await page.getByTestId("board-incident").first().getByRole("link").first().click();
    await page.waitForURL(/\/insiden\/INC-/);
    expect(await page.getByTestId("incident-map").getByRole("img").count()).toBe(1);
    await page.getByRole("link", { name: "Lihat di peta lengkap" }).click();
    await page.waitForURL(/\/peta\?incident=INC-/);
    expect(await page.getByTestId("map-incidents-table").textContent()).toMatch(/INC-|e-HAC/);
    await page.context().close();
  });
});
