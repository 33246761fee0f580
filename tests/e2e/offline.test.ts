import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { fillReport, launchBrowser } from "./browser";

const baseUrl = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** Reports filed, as the public home page counts them, read by the test itself (not through the phone). */
async function filedOnServer(): Promise<number> {
  const html = await (await fetch(baseUrl)).text();
  const match = /data-testid="stat-total"[^>]*>([^<]+)</.exec(html);
  return Number(match![1]!.replace(/\D/g, ""));
}

describe("reporting through a dropped connection", () => {
  it("keeps a report sent offline, delivers it after the page was closed and the network came back, once, and lists its code on the device", async () => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      locale: "id-ID",
      hasTouch: true,
      isMobile: true,
      serviceWorkers: "allow",
    });
    const page = await context.newPage();
    const description = `Sinyal hilang di gerbang keberangkatan saat melapor antrean e-HAC (${Date.now()}).`;
    await fillReport(page, baseUrl, description);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined)); // the worker that will keep it is running
    const before = await filedOnServer();

    await context.setOffline(true);
    await page.getByRole("button", { name: "Kirim laporan" }).click();
    const queued = page.getByTestId("queued");
    await queued.waitFor();
    expect(await queued.textContent()).toContain("akan terkirim sendiri begitu sinyal kembali, meskipun halaman ini ditutup");
    expect(await page.getByTestId("device-pending").count()).toBe(1);
    await page.close();

    // Nothing reached the server while the phone was offline.
    await new Promise((r) => setTimeout(r, 1500));
    expect(await filedOnServer()).toBe(before);

    // Signal back; the reporter opens Sigap again (no tap on "send"): the worker delivers it.
    await context.setOffline(false);
    const again = await context.newPage();
    await again.goto(`${baseUrl}/lapor`);
    const sent = again.getByTestId("device-sent");
    await sent.first().waitFor({ timeout: 20_000 });
    const code = (await sent.first().locator("a").textContent())!.trim();
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2}$/);
    expect(await again.getByTestId("device-pending").count()).toBe(0);

    // Stored exactly once (a second copy would make it before + 2), under that code.
    await expect.poll(filedOnServer, { timeout: 10_000 }).toBe(before + 1);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await filedOnServer()).toBe(before + 1);
    expect(await (await fetch(`${baseUrl}/track/${code}`)).text()).toContain(description.slice(0, 40));
    await context.close();
  });

  it("tells the reporter it is waiting, then shows the tracking code on the same page once the signal is back", async () => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      locale: "id-ID",
      hasTouch: true,
      isMobile: true,
      serviceWorkers: "allow",
    });
    const page = await context.newPage();
    await fillReport(page, baseUrl, `Antrean e-HAC di Terminal 3, sinyal hilang sebentar saat mengirim (${Date.now()}).`);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await context.setOffline(true);
    await page.getByRole("button", { name: "Kirim laporan" }).click();
    await page.getByTestId("queued").waitFor();
    await context.setOffline(false);
    await page.getByTestId("confirmation").waitFor({ timeout: 20_000 });
    const code = (await page.getByTestId("tracking-code").textContent())!.trim();
    expect(await page.getByTestId("device-sent").first().locator("a").textContent()).toBe(code);
    await context.close();
  });

  it("puts a report sent offline back into the form, with the server's reason, when the server refuses it", async () => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      locale: "id-ID",
      hasTouch: true,
      isMobile: true,
      serviceWorkers: "allow",
    });
    const page = await context.newPage();
    await fillReport(page, baseUrl, "Terlalu pendek");
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await context.setOffline(true);
    await page.getByRole("button", { name: "Kirim laporan" }).click();
    await page.getByTestId("queued").waitFor();
    await context.setOffline(false);
    await page.getByTestId("form-error").waitFor({ timeout: 20_000 });
    expect(await page.getByTestId("form-error").textContent()).toContain("minimal 20 karakter");
    expect(await page.locator("#description").inputValue()).toBe("Terlalu pendek");
    expect(await page.getByTestId("device-pending").count()).toBe(0);
    await context.close();
  });
});
