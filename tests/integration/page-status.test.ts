import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeDomainCtx } from "@/server/domain/context";
import { lookupByTrackingCode } from "@/server/domain/rate-limit";
import { detailPageStatusFor, trackStatusFor } from "@/server/http/page-status";
import { evaluationReports, incidents } from "@/server/db/schema";
import { createAgency, createUser } from "@/tests/helpers/factories";
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

/** A stand-in for Next behind a before-Next hook: answers every page 200, as Next does whatever the page found. */
async function serve(take: ReturnType<typeof trackStatusFor>) {
  const app = (res: ServerResponse) => {
    res.writeHead(200, { "content-type": "text/html" });
    res.end("<p>page</p>");
  };
  const s = createServer((req, res) => {
    if (!take(req, res, () => app(res))) app(res);
  });
  await new Promise<void>((resolve) => s.listen(0, "127.0.0.1", resolve));
  return { server: s, base: `http://127.0.0.1:${(s.address() as AddressInfo).port}` };
}

describe("tracking page status", () => {
  beforeAll(async () => {
    t = await createTestDb();
    known = (await createComplaint(t.db)).trackingCode;
    ({ server, base } = await serve(trackStatusFor(t.db)));
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

describe("incident, report and agency page status", () => {
  let t2: TestDb;
  let site: { server: Server; base: string };
  const status = async (path: string) => (await fetch(`${site.base}${path}`, { redirect: "manual" })).status;

  beforeAll(async () => {
    t2 = await createTestDb();
    const author = await createUser(t2.db, "investigator");
    await createAgency(t2.db, { slug: "kemenkes-uji", active: true });
    await createAgency(t2.db, { slug: "lama-uji", active: false });
    await t2.db.insert(incidents).values([
      { code: "INC-PUB1", titleId: "Terbuka", isPublic: true },
      { code: "INC-PRIV", titleId: "Belum dikonfirmasi", isPublic: false },
    ]);
    await t2.db.insert(evaluationReports).values([
      { slug: "terbit-uji", title: "Terbit", publishedVersion: 1, status: "published", createdById: author.id },
      { slug: "draf-uji", title: "Draf", createdById: author.id },
    ]);
    site = await serve(detailPageStatusFor(t2.db));
  });
  afterAll(async () => {
    await new Promise((resolve) => site.server.close(resolve));
    await t2.destroy();
  });

  it("answers 404 where nothing public lives: a private incident, a draft report, an inactive or unknown agency", async () => {
    expect(await status("/insiden/INC-PUB1")).toBe(200);
    expect(await status("/en/insiden/inc-pub1")).toBe(200);
    expect(await status("/insiden/INC-PRIV")).toBe(404);
    expect(await status("/insiden/TIDAK-ADA")).toBe(404);
    expect(await status("/laporan/terbit-uji")).toBe(200);
    expect(await status("/laporan/draf-uji")).toBe(404);
    expect(await status("/en/laporan/tidak-ada")).toBe(404);
    expect(await status("/instansi/kemenkes-uji")).toBe(200);
    expect(await status("/instansi/lama-uji")).toBe(404);
    expect(await status("/instansi/%E0%A4%A")).toBe(404);
    // A code past the input's limit is refused by the page as not found, and so here.
    expect(await status(`/insiden/${"X".repeat(40)}`)).toBe(404);
  });

  it("leaves the index pages and other methods alone", async () => {
    for (const path of ["/insiden", "/laporan", "/instansi", "/laporan-berkala", "/insiden/INC-PUB1/lain"])
      expect(await status(path), path).toBe(200);
    expect((await fetch(`${site.base}/insiden/TIDAK-ADA`, { method: "POST" })).status).toBe(200);
  });
});
