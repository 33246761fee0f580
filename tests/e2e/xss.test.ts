import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DEMO_PASSWORD } from "@/server/seed/reference-data";
import { fillReport, launchBrowser, phonePage, signIn } from "./browser";

const baseUrl = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const PAYLOAD = [
  "Penanda xssujicoba: server e-HAC mati.",
  '<script>window.__xss = "script"</script>',
  '<img src="x" onerror="window.__xss = \'img\'">',
  '"><svg onload="window.__xss=\'svg\'">',
  "javascript:window.__xss='href'",
].join("\n");

/** The payload is shown as the text it is, and nothing in it ran or became an element. */
async function expectInert(page: Page) {
  const main = page.locator("main");
  expect(await main.textContent()).toContain('<img src="x" onerror=');
  expect(await main.locator("img[onerror], svg[onload], script").count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
}

describe("script and markup in a complaint description", () => {
  it("render inert on the reporter's tracking page and in the investigator's console", async () => {
    const page = await phonePage(browser);
    await fillReport(page, baseUrl, PAYLOAD);
    await page.getByRole("button", { name: "Kirim laporan" }).click();
    await page.getByTestId("confirmation").waitFor();
    const code = (await page.getByTestId("tracking-code").textContent())!.trim();
    await page.goto(`${baseUrl}/track/${code}`);
    await expectInert(page);
    await page.context().close();

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "id-ID" });
    const staff = await context.newPage();
    await signIn(staff, baseUrl, "investigator@sigap.example", DEMO_PASSWORD);
    await staff.goto(`${baseUrl}/console?q=xssujicoba`);
    await staff.getByTestId("queue").getByRole("link", { name: code }).click();
    await staff.waitForURL(/\/console\/complaints\//);
    await expectInert(staff);
    await context.close();
  });
});
