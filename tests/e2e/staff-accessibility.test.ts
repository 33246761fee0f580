import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DEMO_PASSWORD } from "@/server/seed/reference-data";
import { seriousViolations } from "./axe";
import { launchBrowser, signIn } from "./browser";

const baseUrl = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** The first link on `path` whose address starts with `prefix` (a detail page to sweep), besides `except`. */
async function firstLink(page: Page, path: string, prefix: string, except: RegExp = /$^/): Promise<string> {
  await page.goto(`${baseUrl}${path}`);
  const hrefs = await page.locator(`a[href^="${prefix}"]`).evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  const href = hrefs.find((h) => !except.test(h));
  expect(href, `a link to ${prefix}… on ${path}`).toBeTruthy();
  return href!;
}

const ACCOUNTS = {
  investigator: {
    email: "investigator@sigap.example",
    pages: async (page: Page) => {
      const report = await firstLink(page, "/console/reports", "/console/reports/", /\/new/);
      return [
        "/dashboard",
        "/console",
        await firstLink(page, "/console", "/console/complaints/"),
        await firstLink(page, report, "/console/incidents/"),
        "/console/reports",
        report,
        "/console/record",
        "/console/mail",
        "/akun",
      ];
    },
  },
  admin: { email: "admin@sigap.example", pages: async () => ["/admin", "/admin/privasi", "/akun"] },
  agency_responder: {
    email: "kemenkes@sigap.example",
    pages: async (page: Page) => ["/agency", await firstLink(page, "/agency", "/agency/requests/"), "/akun"],
  },
} as const;

describe("accessibility of the signed-in pages", () => {
  it.each(Object.keys(ACCOUNTS) as Array<keyof typeof ACCOUNTS>)(
    "every page %s uses has no serious or critical violation, in Indonesian and in English",
    async (who) => {
      const account = ACCOUNTS[who];
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await signIn(page, baseUrl, account.email, DEMO_PASSWORD);
      const pages = await account.pages(page);
      const failures: string[] = [];
      for (const locale of ["id", "en"] as const) {
        await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseUrl }]);
        for (const path of pages) {
          const res = await page.goto(`${baseUrl}${path}`);
          expect(res?.status(), path).toBe(200);
          expect(await page.locator("html").getAttribute("lang"), path).toBe(locale);
          failures.push(...(await seriousViolations(page)).map((v) => `${locale} ${path}: ${v}`));
        }
      }
      expect(failures).toEqual([]);
      await context.close();
    },
    120_000,
  );
});
