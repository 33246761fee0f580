import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeDomainCtx } from "@/server/domain/context";
import { lookupByTrackingCode } from "@/server/domain/rate-limit";
import { trackStatusFor } from "@/server/http/track-status";
import { createComplaint } from "@/tests/helpers/complaints";
import { createTestDb, type TestDb } from "@/tests/helpers/db";

// A tracking page's status, which Next cannot give a page: 404 for no such code, 429 for a refused client.
let t: TestDb;
let known: string;
let server: Server;
let base: string;
const GUESSER = "203.0.113.9";

async function get(path: string, ip: string) {
  const res = await fetch(`${base}${path}`, { headers: { "x-forwarded-for": ip }, redirect: "manual" });
  return { status: res.status, retryAfter: res.headers.get("retry-after"), body: await res.text() };
}

describe("tracking page status", () => {
  beforeAll(async () => {
    t = await createTestDb();
    known = (await createComplaint(t.db)).trackingCode;
    const take = trackStatusFor(t.db);
    // The app behind: answers every page 200, as Next does for the tracking page whatever the lookup found.
    const app = (res: ServerResponse) => {
      res.writeHead(200, { "content-type": "text/html" });
      res.end("<p>page</p>");
    };
    server = createServer((req, res) => {
      if (!take(req, res, () => app(res))) app(res);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await t.destroy();
  });

  it("answers 429 with Retry-After once a client has missed too often, and the page's own answer still; asking counts nothing", async () => {
    const ctx = makeDomainCtx({ db: t.db, clientIp: GUESSER });
    for (let i = 0; i < ctx.config.trackLimit.missesPerIp - 1; i++) await lookupByTrackingCode(ctx, async () => null);
    // One miss short of the limit: however often the page is asked, it is not refused (the check counts nothing).
    for (let i = 0; i < 3; i++) expect((await get(`/track/${known}`, GUESSER)).status).toBe(200);

    await lookupByTrackingCode(ctx, async () => null);
    const refused = await get(`/track/${known}`, GUESSER);
    expect(refused).toEqual({ status: 429, retryAfter: String(ctx.config.trackLimit.windowSeconds), body: "<p>page</p>" });
    expect((await get("/en/track/ABCD-EFGH-JK?notice=sent", GUESSER)).status).toBe(429);
  });

  it("answers 404 for a code that names no complaint, typed loosely or not, and 200 for one that does", async () => {
    expect((await get("/track/ZZZZ-ZZZZ-Z9", "198.51.100.7")).status).toBe(404);
    expect((await get("/en/track/%E0%A4%A", "198.51.100.7")).status).toBe(404);
    expect((await get(`/track/${encodeURIComponent(known.toLowerCase().replaceAll("-", " "))}`, "198.51.100.7")).status).toBe(200);
  });

  it("leaves other clients, other pages and other methods as they were", async () => {
    expect((await get(`/track/${known}`, "198.51.100.7")).status).toBe(200);
    expect((await get("/track", GUESSER)).status).toBe(200);
    expect((await get("/insiden", GUESSER)).status).toBe(200);
    const post = await fetch(`${base}/track/ZZZZ-ZZZZ-Z9`, { method: "POST", headers: { "x-forwarded-for": GUESSER } });
    expect(post.status).toBe(200);
  });
});
