import { randomUUID } from "node:crypto";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DEMO_PASSWORD } from "@/server/seed/reference-data";
import { launchBrowser, phonePage, signIn } from "./browser";

const baseUrl = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const trpcHeaders = { "content-type": "application/json", "x-sigap-request": "1" };

/** Every public page and document the cache serves, as found by following the public pages' own links. */
async function publicUrls(): Promise<string[]> {
  const board = await (await fetch(`${baseUrl}/insiden`)).text();
  const incident = /href="\/insiden\/(INC-[A-Z0-9-]+)"/.exec(board)?.[1];
  const reports = await (await fetch(`${baseUrl}/laporan`)).text();
  const report = /href="\/laporan\/([a-z0-9-]+)"/.exec(reports)?.[1];
  const agencies = await (await fetch(`${baseUrl}/instansi`)).text();
  const agency = /href="\/instansi\/([a-z0-9-]+)"/.exec(agencies)?.[1];
  expect([incident, report, agency].every(Boolean)).toBe(true);
  const pages = [
    "/",
    "/lapor",
    "/insiden",
    `/insiden/${incident}`,
    "/laporan",
    `/laporan/${report}`,
    "/laporan-berkala",
    "/instansi",
    `/instansi/${agency}`,
    "/statistik",
    "/peta",
    "/data",
  ];
  return [
    ...pages,
    ...pages.map((p) => (p === "/" ? "/en" : `/en${p}`)),
    `/api/feeds/updates?incident=${incident}`,
    "/api/feeds/reports",
    "/api/data/incidents.csv",
    "/api/data/complaint-counts.csv",
    "/api/data/ratings.csv",
    "/en/map",
    `/api/reports/${report}/pdf`,
    "/api/open311/v2/services.json",
    "/api/open311/v2/requests.json",
    "/api/open311/v2/requests.xml",
  ];
}

describe("the public cache of the built app", () => {
  it("serves every public page and document from the cache, and none holds a reporter's name, email, phone, address or tracking code", async () => {
    const secret = {
      name: `Ratna Kusumawati ${randomUUID().slice(0, 6)}`,
      email: `ratna.${randomUUID().slice(0, 8)}@example.com`,
      phone: "+62 812 7788 9911",
      address: "Jl. Melati Rahasia No. 17, Tangerang",
    };
    const submit = await fetch(`${baseUrl}/api/trpc/complaint.submit`, {
      method: "POST",
      headers: trpcHeaders,
      body: JSON.stringify({
        json: {
          idempotencyKey: `k${randomUUID().replaceAll("-", "")}`,
          category: "system_down",
          occurredAt: new Date().toISOString(),
          description: "Server e-HAC mati lagi di Terminal 3; kami diminta mengisi kartu kertas dan antre berdesakan.",
          addressText: secret.address,
          lat: -6.12345,
          lng: 106.65432,
          contactName: secret.name,
          contactEmail: secret.email,
          contactPhone: secret.phone,
        },
      }),
    });
    expect(submit.status).toBe(200);
    const trackingCode = ((await submit.json()) as { result: { data: { json: { trackingCode: string } } } }).result.data.json.trackingCode;
    expect(trackingCode).toMatch(/\S{6,}/);

    const urls = await publicUrls();
    for (const url of urls) {
      await fetch(`${baseUrl}${url}`);
      const res = await fetch(`${baseUrl}${url}`);
      expect(res.status, url).toBe(200);
      expect(["HIT", "STALE"], url).toContain(res.headers.get("x-sigap-cache"));
      expect(res.headers.get("cache-control"), url).toMatch(/^public, /);
      expect(res.headers.get("set-cookie"), url).toBeNull();
      const body = url.endsWith("/pdf") ? Buffer.from(await res.arrayBuffer()).toString("latin1") : await res.text();
      for (const value of [
        secret.name,
        secret.email,
        secret.phone,
        "812 7788",
        secret.address,
        "Melati Rahasia",
        trackingCode,
        "6.12345",
        "106.65432",
      ]) {
        expect(body.includes(value), `${url} holds ${value}`).toBe(false);
      }
    }
  });

  it("never serves a signed-in staff member from the public cache, nor stores what they were shown", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, baseUrl, "investigator@sigap.example", DEMO_PASSWORD);
    // A page nobody has viewed anonymously yet in this run.
    const url = `${baseUrl}/laporan-berkala?period=2020-Q3`;
    const staff = await page.request.get(url);
    expect(staff.status()).toBe(200);
    expect(staff.headers()["x-sigap-cache"]).toBeUndefined();
    expect(staff.headers()["cache-control"]).toMatch(/private|no-store/);
    const staffName = (await page.locator("body > header").innerText()).match(/(?:Masuk sebagai|Signed in as) ([^\n]+)/)?.[1]?.trim();
    expect(staffName).toBeTruthy();
    expect(await staff.text()).toContain(staffName!);
    // The first anonymous view renders it afresh: nothing of the staff view was kept.
    const first = await fetch(url);
    expect(first.headers.get("x-sigap-cache")).toBe("MISS");
    expect(await first.text()).not.toContain(staffName!);
    await context.close();
  });

  it("lets a phone browse the public pages with plain GETs the cache answers: no framework prefetch or navigation requests", async () => {
    const page = await phonePage(browser);
    const framework: string[] = [];
    const pages: Array<string | null> = [];
    page.on("request", (r) => {
      if (r.headers().rsc !== undefined || r.url().includes("_rsc=")) framework.push(r.url());
    });
    page.on("response", (r) => {
      if (r.request().resourceType() === "document") pages.push(r.headers()["x-sigap-cache"] ?? null);
    });
    await page.goto(`${baseUrl}/`);
    await page.waitForLoadState("networkidle");
    // From the home page to the board, to an incident, to the report form, by clicking as a visitor does.
    await page.locator('header a[href="/insiden"]').click();
    await page.waitForURL(/\/insiden$/);
    await page.waitForLoadState("networkidle");
    await page.locator('main a[href^="/insiden/INC-"]').first().click();
    await page.waitForURL(/\/insiden\/INC-/);
    await page.waitForLoadState("networkidle");
    await page.locator('header a[href="/lapor"]').click();
    await page.waitForURL(/\/lapor$/);
    await page.waitForLoadState("networkidle");
    expect(framework).toEqual([]);
    expect(pages).toHaveLength(4);
    for (const state of pages) expect(["HIT", "STALE", "MISS"]).toContain(state);
    await page.context().close();
  });
});
