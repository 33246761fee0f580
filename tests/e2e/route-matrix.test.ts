import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext, Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DEMO_PASSWORD } from "@/server/seed/reference-data";
import { launchBrowser, signIn } from "./browser";

const baseUrl = inject("baseUrl");
const API_DIR = path.resolve(import.meta.dirname, "../../app/api");

type Who = "anonymous" | "investigator" | "admin" | "agency_responder";
type Policy = "public" | "staff" | "own-rules";

/**
 * Every route handler under app/api with who may call it and a sample request. Found by walking the folder:
 * a route file without an entry here fails the test. tRPC's procedures have their own matrix; next-auth's
 * routes are its own business (sign-in is tested through the form).
 */
const ROUTES: Record<string, { policy: Policy; requests: Array<{ method: "GET" | "POST"; url: string }> }> = {
  "attachments/[id]": { policy: "staff", requests: [{ method: "GET", url: "/api/attachments/00000000-0000-4000-8000-000000000000" }] },
  "auth/[...nextauth]": { policy: "own-rules", requests: [{ method: "GET", url: "/api/auth/session" }] },
  "data/[file]": { policy: "public", requests: [{ method: "GET", url: "/api/data/incidents.csv" }] },
  "feeds/reports": { policy: "public", requests: [{ method: "GET", url: "/api/feeds/reports" }] },
  "feeds/updates": { policy: "public", requests: [{ method: "GET", url: "/api/feeds/updates?agency=kemenkes" }] },
  locale: { policy: "public", requests: [{ method: "POST", url: "/api/locale" }] },
  health: { policy: "public", requests: [{ method: "GET", url: "/api/health" }] },
  "open311/v2/[...path]": {
    policy: "public",
    requests: [
      { method: "GET", url: "/api/open311/v2/services.json" },
      { method: "POST", url: "/api/open311/v2/requests.json" },
    ],
  },
  // The reporter's "my data" session cookie decides (401 without one); staff sign-in opens nothing here.
  "privacy/export": { policy: "own-rules", requests: [{ method: "GET", url: "/api/privacy/export" }] },
  "periodic-report": { policy: "public", requests: [{ method: "GET", url: "/api/periodic-report?period=2020-Q4" }] },
  "reports/[slug]/pdf": { policy: "public", requests: [{ method: "GET", url: "/api/reports/no-such-report/pdf" }] },
  "reports/[slug]/[file]": {
    policy: "public",
    requests: [
      { method: "GET", url: "/api/reports/no-such-report/evidence.csv" },
      { method: "GET", url: "/api/reports/no-such-report/evidence.json" },
    ],
  },
  "subscriptions/unsubscribe": { policy: "public", requests: [{ method: "POST", url: "/api/subscriptions/unsubscribe?token=forged.token" }] },
  // Off (404) unless configured; when on, Meta's verify token (GET) and the app secret's signature (POST) decide.
  "webhooks/whatsapp": {
    policy: "own-rules",
    requests: [
      { method: "GET", url: "/api/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=wrong&hub.challenge=1" },
      { method: "POST", url: "/api/webhooks/whatsapp" },
    ],
  },
  "trpc/[trpc]": { policy: "own-rules", requests: [{ method: "GET", url: "/api/trpc/stats.publicSummary" }] },
};

function routeFiles(dir: string, prefix = ""): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return routeFiles(full, prefix ? `${prefix}/${name}` : name);
    return name === "route.ts" ? [prefix] : [];
  });
}

let browser: Browser;
const clients = {} as Record<Who, APIRequestContext>;

beforeAll(async () => {
  browser = await launchBrowser();
  for (const [who, email] of [
    ["anonymous", null],
    ["investigator", "investigator@sigap.example"],
    ["admin", "admin@sigap.example"],
    ["agency_responder", "kemenkes@sigap.example"],
  ] as const) {
    const context = await browser.newContext();
    if (email) await signIn(await context.newPage(), baseUrl, email, DEMO_PASSWORD);
    clients[who] = context.request;
  }
});
afterAll(() => browser?.close());

describe("route handler authorization matrix", () => {
  it("has a policy for every route handler, and no stale entries", () => {
    const found = routeFiles(API_DIR).sort();
    expect(found.filter((r) => !(r in ROUTES))).toEqual([]);
    expect(Object.keys(ROUTES).filter((r) => !found.includes(r))).toEqual([]);
    // Each declared method is one the file exports.
    for (const [route, { requests }] of Object.entries(ROUTES)) {
      const source = readFileSync(path.join(API_DIR, route, "route.ts"), "utf8");
      for (const r of requests) expect(new RegExp(`\\b${r.method}\\b`).test(source), `${route} ${r.method}`).toBe(true);
    }
  });

  it.each(Object.keys(ROUTES))("%s answers each role as its policy says, never with a 5xx", async (route) => {
    const { policy, requests } = ROUTES[route]!;
    for (const who of Object.keys(clients) as Who[]) {
      for (const r of requests) {
        const res =
          r.method === "GET"
            ? await clients[who].get(`${baseUrl}${r.url}`, { maxRedirects: 0 })
            : await clients[who].post(`${baseUrl}${r.url}`, { maxRedirects: 0 });
        const status = res.status();
        expect(status, `${who} ${r.method} ${r.url}`).toBeLessThan(500);
        const refused = status === 401 || status === 403;
        if (policy === "public") expect(refused, `${who} ${r.method} ${r.url} → ${status}`).toBe(false);
        if (policy === "staff") expect(refused, `${who} ${r.method} ${r.url} → ${status}`).toBe(who === "anonymous" || who === "agency_responder");
      }
    }
  });
});
