import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DEMO_PASSWORD } from "@/server/seed/reference-data";
import { launchBrowser } from "./browser";

const baseUrl = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "id-ID" });
  return context.newPage();
}

describe("foundation in a real browser", () => {
  it("serves health as JSON", async () => {
    const res = await fetch(`${baseUrl}/api/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok", database: "pglite" });
  });

  it("names itself by the address it was asked on in Open311 discovery and the feeds, not the server's own host", async () => {
    const discovery = (await (await fetch(`${baseUrl}/api/open311/v2/discovery.json`)).json()) as { endpoints: Array<{ url: string }> };
    expect(discovery.endpoints.map((e) => e.url)).toEqual(discovery.endpoints.map(() => `${baseUrl}/api/open311/v2`));
    const feed = await (await fetch(`${baseUrl}/api/feeds/reports`)).text();
    expect(feed).toContain(`${baseUrl}/laporan/`);
    expect(feed).not.toContain("localhost");
  });

  it("shows the home page in Bahasa Indonesia with real counts, and switches to English", async () => {
    const page = await newPage();
    await page.goto(baseUrl);
    expect(await page.locator("html").getAttribute("lang")).toBe("id");
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toContain("Laporkan");
    // 200 seeded; other browser tests may have added their own reports.
    expect(Number(await page.getByTestId("stat-total").textContent())).toBeGreaterThanOrEqual(200);

    await page.getByRole("button", { name: "Ganti bahasa ke English" }).click();
    await page.waitForFunction(() => document.documentElement.lang === "en");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toContain("Report it");
    // The choice sticks across navigation.
    await page.reload();
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    await page.context().close();
  });

  it("sends an anonymous visitor of the dashboard to sign-in, rejects a wrong password, and signs the investigator in", async () => {
    const page = await newPage();
    await page.goto(baseUrl);
    const publicTotal = (await page.getByTestId("stat-total").textContent())!;
    await page.goto(`${baseUrl}/dashboard`);
    await page.waitForURL(/\/signin/);

    await page.getByLabel("Email").fill("investigator@sigap.example");
    await page.getByLabel("Kata sandi").fill("wrong-password");
    await page.getByRole("button", { name: "Masuk", exact: true }).click();
    await expect.poll(() => page.locator("#signin-error").textContent()).toContain("Email atau kata sandi salah");
    // What was typed is kept.
    expect(await page.getByLabel("Email").inputValue()).toBe("investigator@sigap.example");

    await page.getByLabel("Kata sandi").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Masuk", exact: true }).click();
    await page.waitForURL(/\/dashboard$/);
    // The dashboard counts the same complaints the public page counted.
    await expect.poll(() => page.getByTestId("dashboard-total").textContent()).toBe(publicTotal);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Dasbor");

    // tRPC from the client component: refresh keeps the same figures.
    await page.getByRole("button", { name: "Perbarui" }).click();
    await expect.poll(() => page.getByTestId("dashboard-total").textContent()).toBe(publicTotal);
    await page.context().close();
  });

  it("returns a signed-out staff member to the page they opened, query included, after signing in", async () => {
    for (const [path, email] of [
      ["/console?stage=received&sort=oldest", "investigator@sigap.example"],
      ["/admin", "admin@sigap.example"],
    ] as const) {
      const page = await newPage();
      await page.goto(`${baseUrl}${path}`);
      await page.waitForURL(/\/signin\?callbackUrl=/);
      await page.getByLabel("Email").fill(email);
      await page.getByLabel("Kata sandi").fill(DEMO_PASSWORD);
      await page.getByRole("button", { name: "Masuk", exact: true }).click();
      await page.waitForURL(`${baseUrl}${path}`);
      await page.context().close();
    }
  });

  it("takes an agency responder to their inbox, never the Ombudsman dashboard, and answers 403 on staff pages", async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/signin`);
    await page.getByLabel("Email").fill("kemenkes@sigap.example");
    await page.getByLabel("Kata sandi").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Masuk", exact: true }).click();
    await page.waitForURL(/\/agency$/);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Kotak masuk instansi");
    expect(await page.getByTestId("dashboard-total").count()).toBe(0);
    // Pages not for their role answer 403, not a 200 that says so.
    for (const path of ["/console", "/console/reports", "/admin"]) {
      const answer = await page.goto(`${baseUrl}${path}`);
      expect(answer!.status()).toBe(403);
      expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Tidak ada akses");
    }
    await page.context().close();
  });
});
